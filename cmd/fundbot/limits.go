package main

import (
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
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

// listen listens on addr and keeps at most maxConns connections open. At
// the cap, a new connection takes the place of the oldest one that is idle
// between requests or has sent nothing for a moment; only when every place
// is busy with a request does it wait. Idle or silent clients cannot lock
// Slack, or a health check, out.
func listen(addr string, maxConns int) (*capListener, error) {
	if maxConns <= 0 {
		return nil, fmt.Errorf("connection cap must be positive, not %d", maxConns)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &capListener{Listener: ln, places: make(chan struct{}, maxConns), conns: map[*capConn]struct{}{}}, nil
}

// silentGrace is how long a new connection may send nothing before it can
// lose its place to a newcomer at the cap.
const silentGrace = 100 * time.Millisecond

// capListener is a net.Listener with a cap on open connections.
type capListener struct {
	net.Listener
	places chan struct{}

	mu    sync.Mutex
	conns map[*capConn]struct{} // the open connections
}

// capConn is a connection holding a place; closing it frees the place. It
// keeps its own state and since when, set by the server's ConnState hook
// twice a request without a lock; evict reads them.
type capConn struct {
	net.Conn
	once  sync.Once
	l     *capListener
	state atomic.Int32 // an http.ConnState
	since atomic.Int64 // Unix ns
}

// setState records that c entered st at now.
func (c *capConn) setState(st http.ConnState, now time.Time) {
	c.since.Store(now.UnixNano())
	c.state.Store(int32(st))
}

// Close closes the connection and frees its place.
func (c *capConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		c.l.mu.Lock()
		delete(c.l.conns, c)
		c.l.mu.Unlock()
		<-c.l.places
	})
	return err
}

// Accept waits for a place, evicting an idle or silent connection at the
// cap, then for a connection.
func (l *capListener) Accept() (net.Conn, error) {
	for {
		select {
		case l.places <- struct{}{}:
		default:
			l.evict()
			t := time.NewTimer(20 * time.Millisecond)
			select {
			case l.places <- struct{}{}:
				t.Stop()
			case <-t.C:
				continue
			}
		}
		c, err := l.Listener.Accept()
		if err != nil {
			<-l.places
			return nil, err
		}
		cc := &capConn{Conn: c, l: l}
		cc.setState(http.StateNew, time.Now())
		l.mu.Lock()
		l.conns[cc] = struct{}{}
		l.mu.Unlock()
		return cc, nil
	}
}

// connState is the server's ConnState hook: it keeps each connection's
// state and since when.
func (l *capListener) connState(c net.Conn, st http.ConnState) {
	cc, ok := c.(*capConn)
	if !ok {
		return
	}
	switch st {
	case http.StateClosed, http.StateHijacked:
		l.mu.Lock()
		delete(l.conns, cc)
		l.mu.Unlock()
	default:
		cc.setState(st, time.Now())
	}
}

// evict closes the connection idle the longest, or else the one silent
// the longest beyond silentGrace; none if every one is in a request.
func (l *capListener) evict() {
	l.mu.Lock()
	var victim *capConn
	var oldest int64
	now := time.Now().UnixNano()
	for c := range l.conns {
		st, since := http.ConnState(c.state.Load()), c.since.Load()
		evictable := st == http.StateIdle || st == http.StateNew && now-since > int64(silentGrace)
		if evictable && (victim == nil || since < oldest) {
			victim, oldest = c, since
		}
	}
	l.mu.Unlock()
	if victim != nil {
		victim.Close()
	}
}

// newServer is an http.Server with bounded headers and timeouts, logging
// its errors to lg, for the listener ln.
func newServer(h http.Handler, lg *slog.Logger, ln *capListener) *http.Server {
	return &http.Server{
		ConnState:         ln.connState,
		Handler:           h,
		MaxHeaderBytes:    maxHeaderBytes,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(lg.Handler(), slog.LevelWarn),
	}
}
