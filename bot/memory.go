package bot

import (
	"sync"
	"time"
)

// seenSet remembers keys (event ids, channel+ts) for a while, so that a
// question delivered twice is answered once. Its memory is bounded both by
// age and by count: every key lives the same TTL, so a FIFO queue holds them
// in expiry order.
type seenSet struct {
	mu    sync.Mutex
	max   int
	ttl   time.Duration
	at    map[string]time.Time
	queue []seenItem
	head  int
}

type seenItem struct {
	key string
	at  time.Time
}

func newSeenSet(max int, ttl time.Duration) *seenSet {
	return &seenSet{max: max, ttl: ttl, at: make(map[string]time.Time)}
}

// add records key at now and reports whether it was new.
func (s *seenSet) add(key string, now time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expire(now)
	if _, ok := s.at[key]; ok {
		return false
	}
	s.at[key] = now
	s.queue = append(s.queue, seenItem{key, now})
	for len(s.at) > s.max {
		s.pop()
	}
	return true
}

func (s *seenSet) expire(now time.Time) {
	for s.head < len(s.queue) && now.Sub(s.queue[s.head].at) > s.ttl {
		s.pop()
	}
}

func (s *seenSet) pop() {
	it := s.queue[s.head]
	s.queue[s.head] = seenItem{}
	s.head++
	if s.at[it.key].Equal(it.at) {
		delete(s.at, it.key)
	}
	if s.head > len(s.queue)/2 && s.head > 64 {
		s.queue = append(s.queue[:0], s.queue[s.head:]...)
		s.head = 0
	}
}

func (s *seenSet) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.at)
}
