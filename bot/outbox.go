package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/fundbot/fundbot/store"
)

// Outbox holds the replies owed, from the moment a request is acknowledged
// until Slack confirms the reply or the bot gives up on it. *store.Outbox
// (SQLite in the data directory) is the durable one; the default, memOutbox,
// loses what it holds when the process ends.
type Outbox interface {
	// Add stores r unless a reply with its ID is pending or recently
	// delivered; it reports whether it stored r.
	Add(ctx context.Context, r store.Reply) (bool, error)
	// Claim leases up to n replies due at now (see store.Outbox.Claim).
	Claim(ctx context.Context, now time.Time, n int, lease time.Duration) ([]store.Reply, error)
	// Later makes a claimed reply due again at at.
	Later(ctx context.Context, id string, at time.Time, attempts int, unsure bool) error
	// Done ends a reply, delivered or given up.
	Done(ctx context.Context, id string, now time.Time) error
	// Backlog is the number of replies pending.
	Backlog(ctx context.Context) (int, error)
	// Recover, at start-up, makes every pending reply due now (the
	// leases of an ended process are void) and returns the backlog.
	Recover(ctx context.Context, now time.Time) (int, error)
}

// Claims are the claims on replies that replicas share (*shared.State, in
// Redis): a replica delivers a reply only while it holds its claim, and a
// reply once ended is never sent again by any of them.
type Claims interface {
	// Claim takes the reply id for lease; claimed is false while another
	// replica holds it, ended true once it was delivered or given up.
	Claim(ctx context.Context, id string, lease time.Duration) (claimed, ended bool, err error)
	// Release lets go of a claim without ending the reply.
	Release(ctx context.Context, id string) error
	// Ended marks the reply delivered or given up, for every replica.
	Ended(ctx context.Context, id string) error
}

// memOutbox is an Outbox in memory: the default when no data directory is
// configured, and not durable.
type memOutbox struct {
	mu      sync.Mutex
	pending map[string]*store.Reply
	sent    map[string]time.Time
	keep    time.Duration
	pruned  time.Time
}

func newMemOutbox(keep time.Duration) *memOutbox {
	return &memOutbox{pending: map[string]*store.Reply{}, sent: map[string]time.Time{}, keep: keep}
}

func (m *memOutbox) Add(_ context.Context, r store.Reply) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.pending[r.ID]; ok {
		return false, nil
	}
	if _, ok := m.sent[r.ID]; ok {
		return false, nil
	}
	if r.Next.IsZero() {
		r.Next = r.Created
	}
	m.pending[r.ID] = &r
	return true, nil
}

func (m *memOutbox) Claim(_ context.Context, now time.Time, n int, lease time.Duration) ([]store.Reply, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var due []*store.Reply
	for _, r := range m.pending {
		if !r.Next.After(now) {
			due = append(due, r)
		}
	}
	slices.SortFunc(due, func(a, b *store.Reply) int {
		if c := a.Next.Compare(b.Next); c != 0 {
			return c
		}
		return a.Created.Compare(b.Created)
	})
	var out []store.Reply
	for _, r := range due[:min(n, len(due))] {
		r.Attempts++
		out = append(out, *r)
		r.Next, r.Unsure = now.Add(lease), true
	}
	return out, nil
}

func (m *memOutbox) Later(_ context.Context, id string, at time.Time, attempts int, unsure bool) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if r, ok := m.pending[id]; ok {
		r.Next, r.Attempts, r.Unsure = at, attempts, unsure
	}
	return nil
}

func (m *memOutbox) Done(_ context.Context, id string, now time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.pending, id)
	m.sent[id] = now
	if now.Sub(m.pruned) > m.keep/10 {
		m.pruned = now
		for k, at := range m.sent {
			if now.Sub(at) > m.keep {
				delete(m.sent, k)
			}
		}
	}
	return nil
}

func (m *memOutbox) Recover(ctx context.Context, now time.Time) (int, error) {
	return m.Backlog(ctx)
}

func (m *memOutbox) Backlog(context.Context) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.pending), nil
}

// errBusy means the bot cannot take more work now: its outbox is full.
var errBusy = errors.New("bot is busy")

// owe stores a reply owed; it fails when the outbox is full or cannot
// store it, and the caller then refuses the request (so that Slack, for an
// event, delivers it again). added is false for a reply already owed.
func (b *Bot) owe(ctx context.Context, r store.Reply) (added bool, err error) {
	if b.closing.Load() {
		return false, errClosing
	}
	if b.backlog.Load() >= int64(b.opts.MaxBacklog) {
		return false, errBusy
	}
	if r.Created.IsZero() {
		r.Created = time.Now()
	}
	ctx, cancel := context.WithTimeout(ctx, b.opts.StoreTimeout)
	defer cancel()
	added, err = b.outbox.Add(ctx, r)
	if err != nil {
		return false, fmt.Errorf("store reply: %w", err)
	}
	if added {
		b.backlog.Add(1)
		b.kick()
	}
	return added, nil
}

// kick wakes the dispatcher.
func (b *Bot) kick() {
	select {
	case b.wake <- struct{}{}:
	default:
	}
}

// jobDone wakes the dispatcher after a job when replies are owed: a
// worker is free for them. With none owed (slash commands answered in
// time) it would find nothing to do, and waking it after every command
// cost a goroutine switch and a timer reset each. A reply owed later
// wakes it itself (owe).
func (b *Bot) jobDone() {
	if b.backlog.Load() > 0 || b.backlogUnknown.Load() {
		b.kick()
	}
}

// dispatch feeds the worker pool from the outbox until stop is closed:
// whenever the pool has room, it claims the replies due and hands each to
// a worker, or defers it when its channel's pace says so.
func (b *Bot) dispatch(stop <-chan struct{}) {
	defer close(b.dispatched)
	t := time.NewTimer(b.opts.PollInterval)
	defer t.Stop()
	for {
		b.dispatchOnce()
		select {
		case <-stop:
			return
		case <-b.wake:
		case <-t.C:
		}
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
		t.Reset(b.opts.PollInterval)
	}
}

// dispatchOnce claims what the pool can take now. With no reply owed it
// does nothing: the dispatcher is woken after every job, slash commands
// answered in time included, and those owe the outbox nothing.
func (b *Bot) dispatchOnce() {
	if b.backlog.Load() <= 0 && !b.backlogUnknown.Load() {
		return
	}
	free := b.pool.free()
	if free <= 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), b.opts.StoreTimeout)
	defer cancel()
	now := time.Now()
	rs, err := b.outbox.Claim(ctx, now, free, b.opts.Lease)
	if err != nil {
		b.lg.Error("outbox claim failed", "err", err)
		return
	}
	for _, r := range rs {
		if _, busy := b.inflight.Load(r.ID); busy {
			continue // its lease ran out while a worker still has it; the worker settles it
		}
		if r.Kind == store.KindPost {
			if at := b.pace.reserve(r.Channel, now, -1); at.Sub(now) > b.opts.PaceSlack {
				b.giveBack(r, at)
				continue
			}
		}
		b.inflight.Store(r.ID, struct{}{})
		if !b.pool.submit(func(ctx context.Context) {
			defer b.inflight.Delete(r.ID)
			b.send(ctx, r)
		}) {
			b.inflight.Delete(r.ID)
			b.giveBack(r, now)
		}
	}
}

// later makes r due again at at after an attempt, logging a failure to
// store that.
func (b *Bot) later(r store.Reply, at time.Time, unsure bool) {
	b.reschedule(r, at, r.Attempts, unsure)
}

// giveBack makes r due again at at without counting its claim as an
// attempt: nothing was sent.
func (b *Bot) giveBack(r store.Reply, at time.Time) {
	b.reschedule(r, at, r.Attempts-1, r.Unsure)
}

func (b *Bot) reschedule(r store.Reply, at time.Time, attempts int, unsure bool) {
	ctx, cancel := context.WithTimeout(context.Background(), b.opts.StoreTimeout)
	defer cancel()
	if b.claims != nil {
		if err := b.claims.Release(ctx, r.ID); err != nil {
			b.lg.Warn("shared claim not released; it ends with its lease", "id", r.ID, "err", err)
		}
	}
	if err := b.outbox.Later(ctx, r.ID, at, attempts, unsure); err != nil {
		b.lg.Error("outbox: cannot reschedule a reply; it is due again when its lease ends", "id", r.ID, "err", err)
	}
}

// done ends r in the outbox, and for every replica.
func (b *Bot) done(r store.Reply) {
	ctx, cancel := context.WithTimeout(context.Background(), b.opts.StoreTimeout)
	defer cancel()
	if b.claims != nil {
		if err := b.claims.Ended(ctx, r.ID); err != nil {
			b.lg.Error("shared state: reply not marked ended", "id", r.ID, "err", err)
		}
	}
	if err := b.outbox.Done(ctx, r.ID, time.Now()); err != nil {
		b.lg.Error("outbox: cannot mark a reply done; it may be checked and sent again", "id", r.ID, "err", err)
		return
	}
	b.backlog.Add(-1)
}
