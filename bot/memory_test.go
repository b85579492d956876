package bot

import (
	"context"
	"strconv"
	"testing"
	"time"
)

func TestReplyCacheBounded(t *testing.T) {
	c := newCache(3)
	for i := range 5 {
		c.Add(strconv.Itoa(i), &entry{cmdReply: []byte(strconv.Itoa(i))})
	}
	if got := c.Len(); got != 3 {
		t.Fatalf("Len = %d, want 3", got)
	}
	if _, ok := c.Get("0"); ok {
		t.Errorf("Get(0) found an evicted entry")
	}
	if c := newCache(0); c == nil {
		t.Errorf("newCache(0) = nil, want a cache of one entry")
	}
}

// clock is a settable time for tests.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func TestMemSeen(t *testing.T) {
	ctx := context.Background()
	t0 := time.Unix(1700000000, 0)
	seen := func(t *testing.T, s *memSeen, keys ...string) bool {
		t.Helper()
		first, err := s.Seen(ctx, keys...)
		if err != nil {
			t.Fatalf("Seen(%q): %v", keys, err)
		}
		return first
	}
	t.Run("remembers within the ttl", func(t *testing.T) {
		c := &clock{t0}
		s := newMemSeen(100, time.Minute, c.now, nil)
		if !seen(t, s, "a") {
			t.Errorf("first Seen(a) = false")
		}
		c.t = t0.Add(30 * time.Second)
		if seen(t, s, "a") {
			t.Errorf("Seen(a) again within the ttl = true")
		}
		c.t = t0.Add(2 * time.Minute)
		if !seen(t, s, "a") {
			t.Errorf("Seen(a) after the ttl = false")
		}
	})
	t.Run("one entry per delivery, whatever its keys", func(t *testing.T) {
		c := &clock{t0}
		early := 0
		s := newMemSeen(100, time.Hour, c.now, func() { early++ })
		for i := range 100 {
			if !seen(t, s, "event:E"+strconv.Itoa(i), "msg:C1:"+strconv.Itoa(i)) {
				t.Fatalf("delivery %d not first", i)
			}
		}
		if got := s.len(); got != 100 {
			t.Errorf("len = %d, want 100 (one per delivery)", got)
		}
		// Slack's retries of every one of them, under either key.
		for i := range 100 {
			if seen(t, s, "event:E"+strconv.Itoa(i)) || seen(t, s, "event:X"+strconv.Itoa(i), "msg:C1:"+strconv.Itoa(i)) {
				t.Fatalf("retry of delivery %d taken as new", i)
			}
		}
		if early != 0 {
			t.Errorf("%d deliveries forgotten before their ttl, want 0", early)
		}
	})
	t.Run("forget lets a refused delivery be taken again", func(t *testing.T) {
		s := newMemSeen(100, time.Hour, nil, nil)
		seen(t, s, "event:E1", "msg:C1:1")
		if err := s.Forget(ctx, "event:E1", "msg:C1:1"); err != nil {
			t.Fatal(err)
		}
		if !seen(t, s, "event:E1", "msg:C1:1") {
			t.Errorf("Seen after Forget = false, want true")
		}
	})
	t.Run("bounded by size", func(t *testing.T) {
		c := &clock{t0}
		early := 0
		s := newMemSeen(10, time.Hour, c.now, func() { early++ })
		for i := range 10000 {
			seen(t, s, strconv.Itoa(i))
		}
		if got := s.len(); got != 10 {
			t.Errorf("len = %d, want 10", got)
		}
		if len(s.queue)-s.head > 10 || cap(s.queue) > 1000 {
			t.Errorf("queue holds %d (cap %d), want it bounded", len(s.queue)-s.head, cap(s.queue))
		}
		if early != 9990 {
			t.Errorf("early evictions = %d, want 9990", early)
		}
		if !seen(t, s, "0") {
			t.Errorf("oldest key not forgotten")
		}
	})
	t.Run("bounded by age", func(t *testing.T) {
		c := &clock{t0}
		s := newMemSeen(1000000, time.Minute, c.now, nil)
		for i := range 5000 {
			c.t = t0.Add(time.Duration(i) * time.Second)
			seen(t, s, strconv.Itoa(i))
		}
		if got := s.len(); got > 60 {
			t.Errorf("len = %d, want at most a minute's worth", got)
		}
	})
}
