package bot

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/fundbot/fundbot/store"
)

// countingOutbox is an in-memory outbox that counts the claims made while
// it held no reply at all.
type countingOutbox struct {
	*memOutbox
	mu         sync.Mutex
	claims     int
	idleClaims int
}

func (o *countingOutbox) Claim(ctx context.Context, now time.Time, n int, lease time.Duration) ([]store.Reply, error) {
	pending, _ := o.memOutbox.Backlog(ctx)
	o.mu.Lock()
	o.claims++
	if pending == 0 {
		o.idleClaims++
	}
	o.mu.Unlock()
	return o.memOutbox.Claim(ctx, now, n, lease)
}

func (o *countingOutbox) counts() (claims, idle int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.claims, o.idleClaims
}

// A slash command answered within its deadline owes the outbox nothing:
// the dispatcher, woken after every job, must not look at the outbox for
// it (with SQLite, that was a third of the server's CPU under load).
func TestCommandsAnsweredInTimeLeaveTheOutboxAlone(t *testing.T) {
	ob := &countingOutbox{memOutbox: newMemOutbox(time.Hour)}
	tb := newTestBot(t, &fakeAnswerer{}, Options{Outbox: ob, PollInterval: time.Millisecond})
	for i := range 20 {
		if code, body := tb.command(t, "/funding", "Kenya "+string(rune('a'+i))); code != 200 || body == "" {
			t.Fatalf("command %d: %d %q, want the answer in the response", i, code, body)
		}
	}
	// An event owes a reply: that one is claimed and delivered.
	tb.event(t, "Ev1", message("D1", "im", "U1", "1.1", "Kenya", nil), nil)
	tb.slack.next(t)
	tb.shutdown(t)
	claims, idle := ob.counts()
	if idle != 0 {
		t.Errorf("the outbox was claimed from %d times while it held no reply, want 0", idle)
	}
	if claims == 0 {
		t.Errorf("the reply owed to the event was never claimed")
	}
}

// blockingRecorder is a Recorder whose first write waits for release; it
// keeps the size of every batch written.
type blockingRecorder struct {
	entered chan struct{} // closed when the first write starts
	release chan struct{}
	once    sync.Once
	mu      sync.Mutex
	batches []int
}

func (r *blockingRecorder) Add(ctx context.Context, rs ...store.Record) error {
	r.once.Do(func() {
		close(r.entered)
		<-r.release
	})
	r.mu.Lock()
	defer r.mu.Unlock()
	r.batches = append(r.batches, len(rs))
	return nil
}

// Unanswered questions are recorded off the request path, in batches
// from a bounded queue: those that arrive while a write is under way go
// in the next batch, and past the queue's bound they are dropped and
// counted, never waited for.
func TestRecordsWrittenInBatches(t *testing.T) {
	rec := &blockingRecorder{entered: make(chan struct{}), release: make(chan struct{})}
	tb := newTestBot(t, &fakeAnswerer{}, Options{Records: rec, RecordQueue: 4})
	ask := func(text string) {
		t.Helper()
		if code, body := tb.command(t, "/funding", text); code != 200 || body == "" {
			t.Fatalf("/funding %s: %d %q, want the answer in the response", text, code, body)
		}
	}
	ask("zebra 0")
	<-rec.entered // the writer holds the first record
	for i := 1; i <= 10; i++ {
		ask("zebra " + string(rune('0'+i)))
	}
	close(rec.release)
	tb.shutdown(t)
	rec.mu.Lock()
	batches := rec.batches
	rec.mu.Unlock()
	if len(batches) != 2 || batches[0] != 1 || batches[1] != 4 {
		t.Errorf("record batches %v, want [1 4]: the first record, then the four the queue holds", batches)
	}
	if got := testutil.ToFloat64(tb.b.m.recordsDropped); got != 6 {
		t.Errorf("fundbot_records_dropped_total = %v, want 6 (10 asked while the queue held 4)", got)
	}
}

// unknownBacklog is an outbox that cannot be counted at start-up.
type unknownBacklog struct{ *memOutbox }

func (unknownBacklog) Recover(context.Context, time.Time) (int, error) {
	return 0, errors.New("database is locked")
}

// When the outbox could not be counted at start-up, the dispatcher still
// looks at it: replies owed from before the restart are sent.
func TestOutboxOfUnknownBacklogStillSent(t *testing.T) {
	ob := unknownBacklog{newMemOutbox(time.Hour)}
	if _, err := ob.Add(context.Background(), store.Reply{ID: "msg:D1:1.1", Kind: store.KindPost, Question: "Kenya",
		Channel: "D1", Origin: "dm", Created: time.Now()}); err != nil {
		t.Fatal(err)
	}
	tb := newTestBot(t, &fakeAnswerer{}, Options{Outbox: ob})
	if p := tb.slack.next(t); p.Channel != "D1" {
		t.Errorf("posted to %q, want the reply owed in D1", p.Channel)
	}
}
