package main

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/fundbot/fundbot/internal/testlog"
	"github.com/fundbot/fundbot/store"
)

func TestReport(t *testing.T) {
	dir := t.TempDir()
	db, err := store.Open(nil, dir)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	for _, r := range []store.Record{
		{At: now.Add(-time.Hour), Outcome: store.NotFound, Kind: "not_found", Surface: store.Command, Question: "/funding Narnia"},
		{At: now.Add(-2 * time.Hour), Outcome: store.NotFound, Kind: "not_found", Surface: store.DM, Question: "/funding narnia"},
		{At: now.Add(-3 * time.Hour), Outcome: store.NotStated, Kind: "country", Surface: store.Channel, Question: "How much does Kenya get?"},
		{At: now.Add(-10 * 24 * time.Hour), Outcome: store.NotFound, Kind: "not_found", Surface: store.DM, Question: "an old question"},
		{At: now.Add(-time.Hour), Outcome: store.ThumbsDown, Kind: "country", Surface: store.Command, Question: "/funding Pakistan"},
		{At: now.Add(-time.Hour), Outcome: store.ThumbsUp, Kind: "total", Surface: store.Command, Question: "/funding Japan"},
		{At: now.Add(-time.Hour), Outcome: store.ThumbsUp, Kind: "total", Surface: store.Channel, Question: "/funding Japan"},
	} {
		if err := db.Add(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	t.Run("last 7 days", func(t *testing.T) {
		var out strings.Builder
		if err := run(context.Background(), []string{"report", "--since", "7d"}, envMap(map[string]string{"FUNDBOT_DATA": dir}), &out, testlog.NewBuffer(t)); err != nil {
			t.Fatalf("report: %v", err)
		}
		got := out.String()
		t.Logf("fundbot report --since 7d:\n%s", got)
		for _, want := range []string{
			"Unanswered questions: 3 (not found 2, not stated 1, passages only 0)",
			"  2  /funding Narnia",
			"  1  How much does Kenya get?",
			"Feedback: 2 thumbs up, 1 thumbs down",
			"  1  /funding Pakistan",
		} {
			if !strings.Contains(got, want) {
				t.Errorf("report printed\n%s\nwant it to hold %q", got, want)
			}
		}
		if strings.Contains(got, "an old question") {
			t.Errorf("report printed a record older than 7 days:\n%s", got)
		}
		if strings.Index(got, "/funding Narnia") > strings.Index(got, "Kenya") {
			t.Errorf("report lists a less frequent question first:\n%s", got)
		}
	})
	t.Run("since 30 days, --data", func(t *testing.T) {
		var out strings.Builder
		if err := run(context.Background(), []string{"report", "--since", "30d", "--data", dir}, envMap(nil), &out, testlog.NewBuffer(t)); err != nil {
			t.Fatalf("report: %v", err)
		}
		if !strings.Contains(out.String(), "an old question") {
			t.Errorf("report --since 30d printed\n%s\nwant the 10-day-old question", out.String())
		}
	})
	t.Run("no data", func(t *testing.T) {
		var out strings.Builder
		empty := t.TempDir()
		if err := run(context.Background(), []string{"report", "--data", empty}, envMap(nil), &out, testlog.NewBuffer(t)); err != nil {
			t.Fatalf("report: %v", err)
		}
		if !strings.Contains(out.String(), "No records in") {
			t.Errorf("report on an empty directory printed %q", out.String())
		}
	})
	for _, args := range [][]string{{"--since", "soon"}, {"--since", "0d"}, {"--top", "0"}, {"extra"}} {
		t.Run("usage "+strings.Join(args, " "), func(t *testing.T) {
			err := run(context.Background(), append([]string{"report", "--data", dir}, args...), envMap(nil), &strings.Builder{}, testlog.NewBuffer(t))
			if !errors.Is(err, errUsage) {
				t.Errorf("report %q = %v, want a usage error", args, err)
			}
		})
	}
}

func TestParseAge(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"7d", 7 * 24 * time.Hour}, {"2w", 14 * 24 * time.Hour}, {"12h", 12 * time.Hour}, {"90m", 90 * time.Minute},
	}
	for _, tt := range tests {
		if got, err := parseAge(tt.in); err != nil || got != tt.want {
			t.Errorf("parseAge(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
}
