package main

import (
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"syscall"
	"time"

	"golang.org/x/net/netutil"
)

// Server limits. Slack's requests carry about 1 KiB of headers and a body
// of at most a few KiB (a 40,000-character message is about 50 KiB
// encoded); the bot's own body limit is bot.MaxBodyBytes.
const (
	// maxHeaderBytes bounds a request's headers (net/http adds 4 KiB of
	// slack to it).
	maxHeaderBytes = 8 << 10
	// readHeaderTimeout bounds how long a new connection may take to send
	// its headers: a connection that sends nothing is closed after it.
	readHeaderTimeout = 2 * time.Second
	// idleTimeout bounds how long a keep-alive connection may sit idle.
	idleTimeout = 30 * time.Second
)

// raiseFileLimit raises the soft limit on open descriptors to the hard
// limit, so that the connection cap, not the descriptor limit, is what
// bounds the server. (Go does this too at start-up since 1.19; doing it
// here says so in the log, with the figure.)
func raiseFileLimit(lg *slog.Logger) {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		lg.Warn("cannot read the open-file limit", "err", err)
		return
	}
	if lim.Cur < lim.Max {
		lim.Cur = lim.Max
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
			lg.Warn("cannot raise the open-file limit", "err", err)
			return
		}
	}
	lg.Info("open-file limit", "soft", lim.Cur, "hard", lim.Max)
}

// listen listens on addr and accepts at most maxConns connections at once;
// past that, new connections wait in the kernel's backlog until one closes.
func listen(addr string, maxConns int) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	if maxConns <= 0 {
		return nil, fmt.Errorf("connection cap must be positive, not %d", maxConns)
	}
	return netutil.LimitListener(ln, maxConns), nil
}

// idleReaper closes idle keep-alive connections when the server nears its
// connection cap, so that idle clients cannot hold every place while new
// requests (Slack's, a health check) wait.
type idleReaper struct {
	high int // open connections from which idle ones are closed

	mu   sync.Mutex
	open int
	idle map[net.Conn]struct{}
}

func newIdleReaper(maxConns int) *idleReaper {
	return &idleReaper{high: max(1, maxConns*3/4), idle: map[net.Conn]struct{}{}}
}

// connState is the server's ConnState hook.
func (r *idleReaper) connState(c net.Conn, st http.ConnState) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch st {
	case http.StateNew:
		r.open++
		if r.open >= r.high {
			for ic := range r.idle {
				ic.Close() // the server sees it closed and reports StateClosed
				delete(r.idle, ic)
			}
		}
	case http.StateIdle:
		r.idle[c] = struct{}{}
	case http.StateActive:
		delete(r.idle, c)
	case http.StateClosed, http.StateHijacked:
		r.open--
		delete(r.idle, c)
	}
}

// newServer is an http.Server with bounded headers and timeouts, logging
// its errors to lg. With maxConns above zero, idle connections are closed
// as the open ones near maxConns.
func newServer(h http.Handler, lg *slog.Logger, maxConns int) *http.Server {
	var hook func(net.Conn, http.ConnState)
	if maxConns > 0 {
		hook = newIdleReaper(maxConns).connState
	}
	return &http.Server{
		ConnState:         hook,
		Handler:           h,
		MaxHeaderBytes:    maxHeaderBytes,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(lg.Handler(), slog.LevelWarn),
	}
}
