package bot

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"testing"
	"time"
)

// Callers that ask for a key in flight wait for its one computation, or
// until their context ends; the next call after it lands computes anew.
func TestFlightsComputeOncePerFlight(t *testing.T) {
	var fs flights
	release, started := make(chan struct{}), make(chan struct{})
	calls := 0
	want := &entry{cmdReply: []byte("x")}
	slow := func() (*entry, error) {
		calls++
		close(started)
		<-release
		return want, nil
	}
	var wg sync.WaitGroup
	got := make([]*entry, 2)
	wg.Add(1)
	go func() {
		defer wg.Done()
		got[0], _ = fs.do(context.Background(), "k", slow)
	}()
	<-started
	wg.Add(1)
	go func() {
		defer wg.Done()
		got[1], _ = fs.do(context.Background(), "k", func() (*entry, error) { t.Error("computed twice"); return nil, nil })
	}()
	// The waiter is waiting once the flight has a channel for it.
	for deadline, waiting := time.Now().Add(10*time.Second), false; !waiting; {
		if time.Now().After(deadline) {
			t.Fatal("the second caller never waited for the flight")
		}
		fs.mu.Lock()
		waiting = fs.m["k"].done != nil
		fs.mu.Unlock()
		runtime.Gosched()
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := fs.do(cancelled, "k", slow); !errors.Is(err, context.Canceled) {
		t.Errorf("a waiter whose context ended: err %v, want context.Canceled", err)
	}
	close(release)
	wg.Wait()
	for i, e := range got {
		if e != want {
			t.Errorf("caller %d got %v, want the flight's entry", i, e)
		}
	}
	if calls != 1 {
		t.Errorf("computed %d times, want 1", calls)
	}
	again, _ := fs.do(context.Background(), "k", func() (*entry, error) { return nil, nil })
	if again != nil {
		t.Errorf("after the flight landed, do returned %v, want a new computation's nil", again)
	}
}

// A caller that joined a flight whose leader's context ended (a slash
// command answered inline, past AckDeadline) computes the answer itself.
func TestAnswerKeyOutlivesItsLeadersDeadline(t *testing.T) {
	release := make(chan struct{})
	ans := &fakeAnswerer{release: release}
	tb := newTestBot(t, ans, Options{})
	short, cancel := context.WithCancel(context.Background())
	defer cancel()
	led := make(chan error, 1)
	go func() {
		_, err := tb.b.answerKey(short, "kenya")
		led <- err
	}()
	waitUntil(t, func() bool { return len(ans.Calls()) == 1 })
	followed := make(chan *entry, 1)
	go func() {
		e, err := tb.b.answerKey(context.Background(), "kenya")
		if err != nil {
			t.Errorf("the caller whose context lives: %v", err)
		}
		followed <- e
	}()
	// The follower waits once the flight has a channel for it.
	waitUntil(t, func() bool {
		fs := &tb.b.flights
		fs.mu.Lock()
		defer fs.mu.Unlock()
		fl := fs.m["kenya"]
		return fl != nil && fl.done != nil
	})
	cancel()
	if err := <-led; !errors.Is(err, context.Canceled) {
		t.Fatalf("the leader: %v, want its context's end", err)
	}
	waitUntil(t, func() bool { return len(ans.Calls()) == 2 })
	close(release)
	if e := <-followed; e == nil || e.a.Headline != "Echo: kenya" {
		t.Errorf("the caller whose context lives got %+v, want the answer", e)
	}
}
