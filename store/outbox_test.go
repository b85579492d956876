package store

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/fundbot/fundbot/internal/testlog"
)

func openOutbox(t *testing.T, dir string) *Store {
	t.Helper()
	lg, _ := testlog.New(t)
	db, err := Open(lg, dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestOutbox(t *testing.T) {
	ctx := context.Background()
	t0 := time.Unix(1700000000, 0)
	reply := func(id string, at time.Time) Reply {
		return Reply{ID: id, Kind: KindPost, Question: "q " + id, Channel: "C1", ThreadTS: "1.1", User: "U1",
			Origin: "mention", Created: at}
	}
	t.Run("add once, claim, lease, later, done", func(t *testing.T) {
		o := openOutbox(t, t.TempDir()).Outbox(time.Hour)
		for _, id := range []string{"a", "b"} {
			if ok, err := o.Add(ctx, reply(id, t0)); err != nil || !ok {
				t.Fatalf("Add(%s) = %v, %v; want true", id, ok, err)
			}
		}
		if ok, err := o.Add(ctx, reply("a", t0)); err != nil || ok {
			t.Errorf("Add(a) again = %v, %v; want false", ok, err)
		}
		got, err := o.Claim(ctx, t0, 1, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		want := reply("a", t0)
		want.Next, want.Attempts = t0, 1
		if diff := cmp.Diff([]Reply{want}, got); diff != "" {
			t.Errorf("Claim (-want +got):\n%s", diff)
		}
		// a is leased: only b is due.
		got, _ = o.Claim(ctx, t0.Add(time.Second), 10, time.Minute)
		if len(got) != 1 || got[0].ID != "b" {
			t.Fatalf("second Claim = %v, want b only", got)
		}
		// The lease ends: a is due again, marked unsure (its attempt may have
		// reached Slack).
		got, _ = o.Claim(ctx, t0.Add(2*time.Minute), 1, time.Minute)
		if len(got) != 1 || got[0].ID != "a" || !got[0].Unsure || got[0].Attempts != 2 {
			t.Fatalf("Claim after the lease = %+v, want a, unsure, attempt 2", got)
		}
		if err := o.Later(ctx, "a", t0.Add(3*time.Minute), 1, false); err != nil {
			t.Fatal(err)
		}
		got, _ = o.Claim(ctx, t0.Add(3*time.Minute), 10, time.Minute)
		if len(got) != 2 || got[1].ID != "a" || got[1].Unsure || got[1].Attempts != 2 {
			t.Fatalf("Claim after Later = %+v, want b (its lease ended first), then a (attempt 2, sure)", got)
		}
		if n, _ := o.Backlog(ctx); n != 2 {
			t.Errorf("Backlog = %d, want 2", n)
		}
		if err := o.Done(ctx, "a", t0.Add(4*time.Minute)); err != nil {
			t.Fatal(err)
		}
		if n, _ := o.Backlog(ctx); n != 1 {
			t.Errorf("Backlog after Done = %d, want 1", n)
		}
		if ok, _ := o.Add(ctx, reply("a", t0.Add(5*time.Minute))); ok {
			t.Errorf("Add(a) after it was delivered = true, want false within the keep window")
		}
		// Past the keep window, a's id is forgotten.
		o.Done(ctx, "b", t0.Add(2*time.Hour))
		if ok, _ := o.Add(ctx, reply("a", t0.Add(2*time.Hour))); !ok {
			t.Errorf("Add(a) after the keep window = false, want true")
		}
	})
	t.Run("survives a reopen", func(t *testing.T) {
		dir := t.TempDir()
		db := openOutbox(t, dir)
		o := db.Outbox(time.Hour)
		o.Add(ctx, reply("a", t0))
		o.Claim(ctx, t0, 1, time.Minute) // in flight when the process dies
		db.Close()
		o = openOutbox(t, dir).Outbox(time.Hour)
		// Its lease runs to t0+1m; the new process voids it.
		if n, err := o.Recover(ctx, t0.Add(time.Second)); err != nil || n != 1 {
			t.Fatalf("Recover = %d, %v; want 1", n, err)
		}
		got, err := o.Claim(ctx, t0.Add(time.Second), 10, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].ID != "a" || !got[0].Unsure {
			t.Errorf("after reopen: %+v, want a, unsure", got)
		}
	})
}
