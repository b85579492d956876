package bot

import (
	"errors"
	"sync"
	"sync/atomic"

	"github.com/slack-go/slack"
)

// health is what /healthz reports beyond readiness: whether the bot's token
// still works, and whether calls to Slack keep failing.
type health struct {
	lg interface {
		Error(msg string, args ...any)
	}
	degradedAfter int64

	mu      sync.Mutex
	revoked string // why the token stopped working; empty while it works

	failures atomic.Int64 // calls to Slack failed in a row
	shared   atomic.Int64 // calls to the shared state (Redis) failed in a row
}

// observeShared counts a call to the shared state.
func (h *health) observeShared(err error) {
	if err == nil {
		h.shared.Store(0)
		return
	}
	h.shared.Add(1)
}

// revoke marks the token as no longer working, for reason, and logs it
// once.
func (h *health) revoke(reason string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.revoked == "" {
		h.revoked = reason
		h.lg.Error("slack no longer accepts the bot's token; /healthz fails until the bot is restarted with a working one", "reason", reason)
	}
}

// revokedReason is why the token stopped working, or "".
func (h *health) revokedReason() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.revoked
}

// observe counts an outcome of a call to Slack.
func (h *health) observe(out outcome, err error) {
	switch out {
	case sent:
		h.failures.Store(0)
	case notSent, maybeSent:
		h.failures.Add(1)
	case refused:
		if se, ok := errors.AsType[slack.SlackErrorResponse](err); ok && authErrors[se.Err] {
			h.revoke(se.Err)
		}
	}
}

// degraded reports whether calls to Slack keep failing, and how many in a
// row have; and whether calls to the shared state (Redis) are failing.
func (h *health) degraded() (slack bool, n int64, shared bool) {
	n = h.failures.Load()
	return n >= h.degradedAfter, n, h.shared.Load() > 0
}
