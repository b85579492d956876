package bot

import (
	"context"
	"sync"
	"time"
)

// Dedupe remembers deliveries for a window of time, so that an event Slack
// delivers more than once (its retries, an app_mention and a message naming
// the same post) is answered once. The in-process one is memSeen; with
// REDIS_URL, a Redis one shared by every replica.
type Dedupe interface {
	// Seen records keys, all naming one delivery, and reports whether this
	// is the first time any of them is seen within the window.
	Seen(ctx context.Context, keys ...string) (first bool, err error)
	// Forget drops keys recorded by Seen, for a delivery that was refused
	// (so that Slack's retry of it is taken).
	Forget(ctx context.Context, keys ...string) error
}

// memSeen is an in-process Dedupe. Its memory is bounded both by age and by
// count, and it counts deliveries, not keys: one delivery, however many keys
// name it, is one entry. Every entry lives the same TTL, so a FIFO queue
// holds them in expiry order.
type memSeen struct {
	mu      sync.Mutex
	max     int
	ttl     time.Duration
	now     func() time.Time
	at      map[string]time.Time // key → when its delivery was recorded
	queue   []seenItem
	head    int
	early   int // entries evicted by count before their TTL ran out
	onEarly func()
}

type seenItem struct {
	keys []string
	at   time.Time
}

// newMemSeen returns an in-process Dedupe of at most max deliveries, each
// remembered for ttl. onEarly, if set, is called when a delivery is
// forgotten by count before its ttl: the window then no longer holds.
func newMemSeen(max int, ttl time.Duration, now func() time.Time, onEarly func()) *memSeen {
	if now == nil {
		now = time.Now
	}
	return &memSeen{max: max, ttl: ttl, now: now, at: make(map[string]time.Time), onEarly: onEarly}
}

// Seen implements Dedupe.
func (s *memSeen) Seen(_ context.Context, keys ...string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.expire(now)
	for _, k := range keys {
		if _, ok := s.at[k]; ok {
			return false, nil
		}
	}
	for _, k := range keys {
		s.at[k] = now
	}
	s.queue = append(s.queue, seenItem{keys, now})
	for len(s.queue)-s.head > s.max {
		s.early++
		if s.onEarly != nil {
			s.onEarly()
		}
		s.pop()
	}
	return true, nil
}

// Forget implements Dedupe. The queue entry stays until it expires; only
// the keys are dropped.
func (s *memSeen) Forget(_ context.Context, keys ...string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range keys {
		delete(s.at, k)
	}
	return nil
}

func (s *memSeen) expire(now time.Time) {
	for s.head < len(s.queue) && now.Sub(s.queue[s.head].at) >= s.ttl {
		s.pop()
	}
}

func (s *memSeen) pop() {
	it := s.queue[s.head]
	s.queue[s.head] = seenItem{}
	s.head++
	for _, k := range it.keys {
		if at, ok := s.at[k]; ok && at.Equal(it.at) {
			delete(s.at, k)
		}
	}
	if s.head > len(s.queue)/2 && s.head > 64 {
		s.queue = append(s.queue[:0], s.queue[s.head:]...)
		s.head = 0
	}
}

// len is the number of deliveries remembered.
func (s *memSeen) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expire(s.now())
	return len(s.queue) - s.head
}
