package shared

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/fundbot/fundbot/internal/redistest"
	"github.com/fundbot/fundbot/internal/testlog"
)

func open(t *testing.T, url, owner string, opts Options) *State {
	t.Helper()
	lg, _ := testlog.New(t)
	opts.Owner = owner
	s, err := Open(context.Background(), lg, url, opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestSeen(t *testing.T) {
	ctx := context.Background()
	url := redistest.Start(t)
	a, b := open(t, url, "a", Options{}), open(t, url, "b", Options{})
	t.Run("one delivery, two replicas: one takes it", func(t *testing.T) {
		var wg sync.WaitGroup
		firsts := make(chan bool, 200)
		for i := range 200 {
			s := a
			if i%2 == 1 {
				s = b
			}
			wg.Go(func() {
				first, err := s.Seen(ctx, "event:E1", "msg:C1:1.1")
				if err != nil {
					t.Error(err)
				}
				firsts <- first
			})
		}
		wg.Wait()
		close(firsts)
		n := 0
		for f := range firsts {
			if f {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d callers took the event, want 1", n)
		}
	})
	t.Run("any of its keys names it", func(t *testing.T) {
		if first, _ := a.Seen(ctx, "event:E2", "msg:C1:1.1"); first {
			t.Errorf("a second event id for a message already seen was taken")
		}
		if first, _ := b.Seen(ctx, "event:E3", "msg:C1:3.3"); !first {
			t.Errorf("a new message was not taken")
		}
	})
	t.Run("forget lets a retry be taken", func(t *testing.T) {
		a.Seen(ctx, "event:E4")
		if err := a.Forget(ctx, "event:E4"); err != nil {
			t.Fatal(err)
		}
		if first, _ := b.Seen(ctx, "event:E4"); !first {
			t.Errorf("after Forget, Seen = false")
		}
	})
	t.Run("the window ends", func(t *testing.T) {
		s := open(t, url, "c", Options{SeenTTL: 50 * time.Millisecond, Prefix: "short:"})
		s.Seen(ctx, "event:E5")
		deadline := time.Now().Add(5 * time.Second)
		for {
			first, err := s.Seen(ctx, "event:E5")
			if err != nil {
				t.Fatal(err)
			}
			if first {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("event still remembered 5 s after a 50 ms window")
			}
		}
	})
}

func TestClaims(t *testing.T) {
	ctx := context.Background()
	url := redistest.Start(t)
	a, b := open(t, url, "a", Options{}), open(t, url, "b", Options{})
	const (
		held = iota
		claimed
		delivered
	)
	claim := func(s *State, id string) int {
		t.Helper()
		ok, ended, err := s.Claim(ctx, id, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case ended:
			return delivered
		case ok:
			return claimed
		}
		return held
	}
	if got := claim(a, "r1"); got != claimed {
		t.Fatalf("a.Claim(r1) = %d, want claimed", got)
	}
	if got := claim(a, "r1"); got != claimed {
		t.Errorf("a.Claim(r1) again = %d, want claimed (its own)", got)
	}
	if got := claim(b, "r1"); got != held {
		t.Errorf("b.Claim(r1) = %d, want held", got)
	}
	if err := b.Release(ctx, "r1"); err != nil {
		t.Fatal(err)
	}
	if got := claim(b, "r1"); got != held {
		t.Errorf("b.Claim(r1) after b released what it did not hold = %d, want held", got)
	}
	a.Release(ctx, "r1")
	if got := claim(b, "r1"); got != claimed {
		t.Errorf("b.Claim(r1) after a released = %d, want claimed", got)
	}
	if err := b.Ended(ctx, "r1"); err != nil {
		t.Fatal(err)
	}
	if got := claim(a, "r1"); got != delivered {
		t.Errorf("a.Claim(r1) after delivery = %d, want delivered", got)
	}
}
