package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"unicode/utf8"
)

// busyText is the reply to a slash command that arrives while every worker
// and queue place is taken.
const busyText = "fundbot is busy right now. Please try again in a moment."

// cut shortens s to at most n characters, at a character boundary. A
// question longer than any real one (Slack allows 40,000 characters in a
// message) is answered from its start, at a bounded cost.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i, count := 0, 0
	for i < len(s) && count < n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		count++
	}
	return s[:i]
}

// randomID is a random identifier for a reply Slack gives no id for.
func randomID() string {
	var b [12]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// flights lets one computation of an answer serve every caller that asks
// for the same question while it runs.
type flights struct {
	mu sync.Mutex
	m  map[string]*flight
}

type flight struct {
	// done is made by the first caller that waits for the flight, under
	// flights.mu, and closed when it lands: most flights have no one
	// waiting, and need no channel.
	done chan struct{}
	e    *entry
	err  error
}

// do returns f's result for key, running f only if no call for key is in
// flight; a caller whose ctx ends first stops waiting.
func (fs *flights) do(ctx context.Context, key string, f func() (*entry, error)) (*entry, error) {
	fs.mu.Lock()
	if fs.m == nil {
		fs.m = map[string]*flight{}
	}
	if fl, ok := fs.m[key]; ok {
		if fl.done == nil {
			fl.done = make(chan struct{})
		}
		done := fl.done
		fs.mu.Unlock()
		select {
		case <-done:
			return fl.e, fl.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	fl := &flight{}
	fs.m[key] = fl
	fs.mu.Unlock()
	fl.e, fl.err = f()
	fs.mu.Lock()
	delete(fs.m, key)
	done := fl.done
	fs.mu.Unlock()
	if done != nil {
		close(done)
	}
	return fl.e, fl.err
}
