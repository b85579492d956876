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
