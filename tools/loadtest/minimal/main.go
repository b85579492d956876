// Command minimal is the load test's yardstick: the least a Slack request
// handler must do. It checks the request's signature with slack-go and
// returns a fixed reply, so fundbot's throughput can be reported as a share
// of it. It reads SLACK_SIGNING_SECRET and PORT from the environment.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"

	"github.com/slack-go/slack"
)

var reply = []byte(`{"response_type":"ephemeral","text":"ok"}`)

var bodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func main() {
	secret := os.Getenv("SLACK_SIGNING_SECRET")
	port := os.Getenv("PORT")
	if secret == "" || port == "" {
		fmt.Fprintln(os.Stderr, "minimal: SLACK_SIGNING_SECRET and PORT must be set")
		os.Exit(2)
	}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
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
		if _, err := buf.ReadFrom(io.TeeReader(http.MaxBytesReader(w, r.Body, 1<<20), &sv)); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		if err := sv.Ensure(); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(reply)
	})
	mux := http.NewServeMux()
	mux.Handle("POST /slack/events", h)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	err := http.ListenAndServe("127.0.0.1:"+strings.TrimPrefix(port, ":"), mux)
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, "minimal:", err)
		os.Exit(1)
	}
}
