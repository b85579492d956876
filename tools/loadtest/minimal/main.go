// Command minimal serves the load test's yardstick, minimalhandler, on
// POST /slack/events: it checks the request's signature with slack-go and
// returns a fixed reply. It reads SLACK_SIGNING_SECRET and PORT from the
// environment.
package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"github.com/fundbot/fundbot/tools/loadtest/minimalhandler"
)

func main() {
	secret := os.Getenv("SLACK_SIGNING_SECRET")
	port := os.Getenv("PORT")
	if secret == "" || port == "" {
		fmt.Fprintln(os.Stderr, "minimal: SLACK_SIGNING_SECRET and PORT must be set")
		os.Exit(2)
	}
	mux := http.NewServeMux()
	mux.Handle("POST /slack/events", minimalhandler.New(secret))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	err := http.ListenAndServe("127.0.0.1:"+strings.TrimPrefix(port, ":"), mux)
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, "minimal:", err)
		os.Exit(1)
	}
}
