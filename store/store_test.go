package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// testLogger routes the store's log through t.Log.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}

func open(t testing.TB, dir string) *Store {
	t.Helper()
	s, err := Open(testLogger(t), dir)
	if err != nil {
		t.Fatalf("Open(%q): %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestOpenMigratesOnceAndKeepsRecords(t *testing.T) {
	dir := t.TempDir() + "/data" // Open creates it
	ctx := context.Background()
	s := open(t, dir)
	at := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return at }
	if err := s.Add(ctx, Record{Outcome: NotFound, Kind: "not_found", Surface: DM, Question: "hello there"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = open(t, dir)
	var version int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		t.Fatal(err)
	}
	if version != len(migrations) {
		t.Errorf("user_version = %d, want %d", version, len(migrations))
	}
	rep, err := s.Report(ctx, at.Add(-time.Hour), 10)
	if err != nil {
		t.Fatal(err)
	}
	want := []QuestionCount{{Question: "hello there", Outcome: NotFound, Count: 1, Last: at}}
	if diff := cmp.Diff(want, rep.Unanswered); diff != "" {
		t.Errorf("after reopening, Unanswered (-want +got):\n%s", diff)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	if _, err := s.db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := Open(testLogger(t), dir)
	if !errors.Is(err, errNewer) {
		t.Errorf("Open on a newer schema: err = %v, want %v", err, errNewer)
	}
}

func TestReport(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir())
	base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	add := func(days int, o Outcome, q string) {
		t.Helper()
		s.now = func() time.Time { return base.AddDate(0, 0, days) }
		if err := s.Add(ctx, Record{Outcome: o, Kind: "k", Surface: Command, Question: q}); err != nil {
			t.Fatal(err)
		}
	}
	add(0, NotFound, "old question") // before the report's window
	add(10, NotFound, "Who funds Mars?")
	add(11, NotFound, "who funds mars?")
	add(12, NotStated, "How much does Kenya get?")
	add(11, Passages, "floods")
	add(13, NotFound, "Who funds Mars?")
	add(13, ThumbsDown, "/funding Pakistan")
	add(14, ThumbsUp, "/funding Pakistan")
	add(14, ThumbsUp, "How much did Japan give to IOM in 2011?")

	rep, err := s.Report(ctx, base.AddDate(0, 0, 5), 2)
	if err != nil {
		t.Fatal(err)
	}
	want := Report{
		Since: base.AddDate(0, 0, 5),
		Unanswered: []QuestionCount{
			{Question: "Who funds Mars?", Outcome: NotFound, Count: 3, Last: base.AddDate(0, 0, 13)},
			{Question: "How much does Kenya get?", Outcome: NotStated, Count: 1, Last: base.AddDate(0, 0, 12)},
		},
		Downvoted: []QuestionCount{
			{Question: "/funding Pakistan", Outcome: ThumbsDown, Count: 1, Last: base.AddDate(0, 0, 13)},
		},
		Counts: map[Outcome]int{NotFound: 3, NotStated: 1, Passages: 1, ThumbsDown: 1, ThumbsUp: 2},
	}
	// Kenya (day 12) ranks before floods (day 11): equal counts, newer
	// first; top 2 leaves floods out.
	if diff := cmp.Diff(want.Unanswered, rep.Unanswered); diff != "" {
		t.Errorf("Unanswered (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want.Downvoted, rep.Downvoted); diff != "" {
		t.Errorf("Downvoted (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want.Counts, rep.Counts); diff != "" {
		t.Errorf("Counts (-want +got):\n%s", diff)
	}
}

func TestAddBoundsAgeAndCount(t *testing.T) {
	ctx := context.Background()
	t.Run("age", func(t *testing.T) {
		s := open(t, t.TempDir())
		s.SetLimits(Limits{MaxAge: 48 * time.Hour})
		base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
		for day := range 5 {
			s.now = func() time.Time { return base.AddDate(0, 0, day) }
			if err := s.Add(ctx, Record{Outcome: NotFound, Surface: DM, Question: "q"}); err != nil {
				t.Fatal(err)
			}
		}
		if n := count(t, s); n != 3 {
			t.Errorf("after 5 daily records with MaxAge 48h, %d kept, want 3 (days 2, 3, 4)", n)
		}
	})
	t.Run("count", func(t *testing.T) {
		s := open(t, t.TempDir())
		s.SetLimits(Limits{MaxRecords: 10})
		for i := range 25 {
			if err := s.Add(ctx, Record{Outcome: NotFound, Surface: DM, Question: strings.Repeat("x", i+1)}); err != nil {
				t.Fatal(err)
			}
		}
		if n := count(t, s); n != 10 {
			t.Errorf("after 25 records with MaxRecords 10, %d kept, want 10", n)
		}
		var shortest int
		if err := s.db.QueryRow("SELECT MIN(length(question)) FROM records").Scan(&shortest); err != nil {
			t.Fatal(err)
		}
		if shortest != 16 {
			t.Errorf("shortest kept question has %d bytes, want 16 (the newest 10 of 25 are kept)", shortest)
		}
	})
}

func TestAddBatch(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir())
	s.SetLimits(Limits{MaxRecords: 10})
	at := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return at }
	var batch []Record
	for i := range 25 {
		batch = append(batch, Record{Outcome: NotFound, Surface: DM, Question: strings.Repeat("x", i+1)})
	}
	batch[24].At = at.Add(-time.Hour)
	if err := s.Add(ctx, batch...); err != nil {
		t.Fatal(err)
	}
	got, err := s.Records(ctx, at.Add(-2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	var lengths []int
	for _, r := range got {
		lengths = append(lengths, len(r.Question))
	}
	// The newest 10 of the batch, in the batch's order.
	if diff := cmp.Diff([]int{16, 17, 18, 19, 20, 21, 22, 23, 24, 25}, lengths); diff != "" {
		t.Errorf("records kept from a batch of 25 with MaxRecords 10, by question length (-want +got):\n%s", diff)
	}
	if len(got) == 10 && (!got[0].At.Equal(at) || !got[9].At.Equal(at.Add(-time.Hour))) {
		t.Errorf("record times %v … %v, want %v (At defaults to now) … %v (as given)", got[0].At, got[9].At, at, at.Add(-time.Hour))
	}
	if err := s.Add(ctx); err != nil {
		t.Errorf("Add of no records: %v", err)
	}

	// A batch longer than one INSERT statement's rows.
	s = open(t, t.TempDir())
	batch = batch[:0]
	for i := range 2*rowsPerInsert + 3 {
		batch = append(batch, Record{Outcome: NotFound, Surface: DM, Question: fmt.Sprint(i)})
	}
	if err := s.Add(ctx, batch...); err != nil {
		t.Fatal(err)
	}
	if got, err = s.Records(ctx, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(batch) || got[0].Question != "0" || got[len(got)-1].Question != fmt.Sprint(len(batch)-1) {
		t.Errorf("a batch of %d records kept %d, want all in order", len(batch), len(got))
	}
}

func count(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT COUNT(*) FROM records").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCleanKeepsPeopleAndSecretsOut(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"mention", "<@U0123ABC> how much for Kenya?", "@someone how much for Kenya?"},
		{"mention with name", "ask <@U0123ABC|alice> about it", "ask @someone about it"},
		{"group", "<!subteam^S123|team> and <!here> funding", "@group and @group funding"},
		{"bot token", "my token is xoxb-1234-5678-abcdEF", "my token is [token]"},
		{"app token", "xapp-1-A0-123-abc please", "[token] please"},
		{"webhook", "post to https://hooks.slack.com/commands/T1/2/abc now", "post to [url] now"},
		{"spaces", "  how\n much\tfor   Chad ", "how much for Chad"},
		{"long", strings.Repeat("é", 400), strings.Repeat("é", 250)},
		{"clean already", "/funding How much did Japan give to IOM in 2011?", "/funding How much did Japan give to IOM in 2011?"},
		{"no-break space", "how\u00a0much for\u2003Chad", "how much for Chad"},
		{"angle brackets, no mention", "a <b> & c", "a <b> & c"},
		{"token mid-word", "keyxoxp-1-2 end", "key[token] end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clean(tt.in); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// BenchmarkAdd measures the records the bot writes under the load test's
// distinct questions: batches of 256 unanswered questions into a table
// already at its cap on count, so that each batch also prunes as many. It
// reports the time per record.
func BenchmarkAdd(b *testing.B) {
	ctx := context.Background()
	s := open(b, b.TempDir())
	s.SetLimits(Limits{MaxRecords: 10_000})
	batch := make([]Record, 256)
	fill := func(round int) {
		for i := range batch {
			batch[i] = Record{Outcome: NotFound, Kind: "not_found", Surface: Command,
				Question: fmt.Sprintf("/funding How much did Japan give to UNICEF in %d? (%d)", 2005+i%20, round*len(batch)+i)}
		}
	}
	for round := range 10_000/len(batch) + 1 {
		fill(round)
		if err := s.Add(ctx, batch...); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for round := 0; b.Loop(); round++ {
		fill(round)
		if err := s.Add(ctx, batch...); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(batch)), "ns/record")
}
