package bot

import (
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

func TestSeenSet(t *testing.T) {
	t0 := time.Unix(1700000000, 0)
	t.Run("remembers within the ttl", func(t *testing.T) {
		s := newSeenSet(100, time.Minute)
		if !s.add("a", t0) {
			t.Errorf("first add(a) = false")
		}
		if s.add("a", t0.Add(30*time.Second)) {
			t.Errorf("add(a) again within the ttl = true")
		}
		if !s.add("a", t0.Add(2*time.Minute)) {
			t.Errorf("add(a) after the ttl = false")
		}
	})
	t.Run("bounded by size", func(t *testing.T) {
		s := newSeenSet(10, time.Hour)
		for i := range 10000 {
			s.add(strconv.Itoa(i), t0)
		}
		if got := s.len(); got != 10 {
			t.Errorf("len = %d, want 10", got)
		}
		if len(s.queue)-s.head > 10 || cap(s.queue) > 1000 {
			t.Errorf("queue holds %d (cap %d), want it bounded", len(s.queue)-s.head, cap(s.queue))
		}
		if !s.add("0", t0) {
			t.Errorf("oldest key not forgotten")
		}
	})
	t.Run("bounded by age", func(t *testing.T) {
		s := newSeenSet(1000000, time.Minute)
		for i := range 5000 {
			s.add(strconv.Itoa(i), t0.Add(time.Duration(i)*time.Second))
		}
		if got := s.len(); got > 61 {
			t.Errorf("len = %d, want at most a minute's worth", got)
		}
	})
}
