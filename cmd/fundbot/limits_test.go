package main

import (
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/fundbot/fundbot/internal/testlog"
)

// TestConnectionCap fills the server with silent connections and idle
// keep-alive ones, far past its cap: the open connections stay within the
// cap, and a request still gets through at once.
func TestConnectionCap(t *testing.T) {
	const maxConns = 10
	ln, err := listen("127.0.0.1:0", maxConns)
	if err != nil {
		t.Fatal(err)
	}
	lg, _ := testlog.New(t)
	srv := newServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok")
	}), lg, ln)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	addr := ln.Addr().String()

	// Idle keep-alive connections: one request each, then nothing.
	for range 3 * maxConns {
		tr := &http.Transport{}
		t.Cleanup(tr.CloseIdleConnections)
		resp, err := (&http.Client{Transport: tr, Timeout: 5 * time.Second}).Get("http://" + addr + "/")
		if err != nil {
			t.Fatalf("keep-alive request: %v", err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	// Silent connections: connect and send nothing.
	for range 10 * maxConns {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
	}
	start := time.Now()
	client := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Get("http://" + addr + "/")
	if err != nil {
		t.Fatalf("request past the cap: %v", err)
	}
	resp.Body.Close()
	// Each silent connection ahead in the queue holds a place for
	// silentGrace at most.
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("request past the cap took %v, want under 3 s", took)
	}
	if n := len(ln.places); n > maxConns {
		t.Errorf("%d connections open, want at most %d", n, maxConns)
	}
}
