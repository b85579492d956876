// Package minimalhandler is the load test's yardstick: the least a Slack
// request handler must do. It checks the request's signature with slack-go
// and returns a fixed reply, so that fundbot's throughput can be reported as
// a share of it, by tools/loadtest/minimal over HTTP and by the bot's
// BenchmarkMinimalHandler in-process.
package minimalhandler

import (
	"bytes"
	"io"
	"net/http"
	"sync"

	"github.com/slack-go/slack"
)

// Reply is the fixed reply to a correctly signed request.
var Reply = []byte(`{"response_type":"ephemeral","text":"ok"}`)

// maxBody is the largest body read, as fundbot's bot.MaxBodyBytes.
const maxBody = 1 << 20

var bodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// New returns a handler that answers Reply to requests signed with secret,
// and 401 or 400 to others.
func New(secret string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sv, err := slack.NewSecretsVerifier(r.Header, secret)
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		// A pooled buffer, as fundbot reads bodies: io.Copy would allocate
		// 32 KiB per request and flatter fundbot's share of this handler.
		buf := bodies.Get().(*bytes.Buffer)
		buf.Reset()
		defer bodies.Put(buf)
		if _, err := buf.ReadFrom(io.TeeReader(http.MaxBytesReader(w, r.Body, maxBody), &sv)); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		if err := sv.Ensure(); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(Reply)
	})
}
