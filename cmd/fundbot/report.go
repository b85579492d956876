package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/fundbot/fundbot/store"
)

// report prints what the bot recorded: the most frequent unanswered
// questions and the feedback counts.
func report(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("report", flag.ContinueOnError)
	fset.SetOutput(stderr)
	since := fset.String("since", "7d", "report the records of the last `AGE` (such as 7d, 2w, 12h)")
	top := fset.Int("top", 20, "list at most `N` questions of each sort")
	data := fset.String("data", "", "the data `DIR` (default $FUNDBOT_DATA, else data)")
	fset.Usage = func() {
		fmt.Fprintln(stderr, "usage: fundbot report [--since 7d] [--top 20] [--data DIR]")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return fmt.Errorf("%w: report: %w", errUsage, err)
	}
	if fset.NArg() > 0 {
		fset.Usage()
		return fmt.Errorf("%w: report takes no arguments, got %q", errUsage, fset.Args())
	}
	age, err := parseAge(*since)
	if err != nil {
		return fmt.Errorf("%w: report: --since: %w", errUsage, err)
	}
	if *top < 1 {
		return fmt.Errorf("%w: report: --top must be at least 1", errUsage)
	}
	dir := *data
	if dir == "" {
		dir = strings.TrimSpace(getenv("FUNDBOT_DATA"))
	}
	if dir == "" {
		dir = defaultDataDir
	}
	// Read what is there; do not create a database where there is none.
	if _, err := os.Stat(filepath.Join(dir, store.FileName)); errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(stdout, "No records in %s: fundbot serve has not recorded anything there (is FUNDBOT_DATA right?).\n", dir)
		return nil
	}
	db, err := store.Open(slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})), dir)
	if err != nil {
		return fmt.Errorf("FUNDBOT_DATA: %w", err)
	}
	defer db.Close()
	from := time.Now().Add(-age)
	rep, err := db.Report(ctx, from, *top)
	if err != nil {
		return err
	}
	return printReport(stdout, db.Path(), *since, rep)
}

// outcomeNames are how the report names each outcome.
var outcomeNames = map[store.Outcome]string{
	store.NotFound:   "not found",
	store.NotStated:  "not stated",
	store.Passages:   "passages only",
	store.ThumbsUp:   "thumbs up",
	store.ThumbsDown: "thumbs down",
}

// printReport writes rep as text.
func printReport(w io.Writer, path, since string, rep store.Report) error {
	unanswered := rep.Counts[store.NotFound] + rep.Counts[store.NotStated] + rep.Counts[store.Passages]
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "fundbot records in %s, last %s (since %s)\n\n", path, since, rep.Since.UTC().Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(tw, "Unanswered questions: %d (not found %d, not stated %d, passages only %d)\n", unanswered,
		rep.Counts[store.NotFound], rep.Counts[store.NotStated], rep.Counts[store.Passages])
	list(tw, rep.Unanswered)
	fmt.Fprintf(tw, "\nFeedback: %d thumbs up, %d thumbs down\n", rep.Counts[store.ThumbsUp], rep.Counts[store.ThumbsDown])
	if len(rep.Downvoted) > 0 {
		fmt.Fprintln(tw, "Answers voted down:")
	}
	list(tw, rep.Downvoted)
	return tw.Flush()
}

// list writes the questions, most frequent first.
func list(tw *tabwriter.Writer, qs []store.QuestionCount) {
	for _, q := range qs {
		fmt.Fprintf(tw, "  %d\t%s\t%s\tlast %s\n", q.Count, q.Question, outcomeNames[q.Outcome], q.Last.UTC().Format("2006-01-02 15:04"))
	}
}

// parseAge reads an age such as 7d, 2w or 12h: days and weeks, or anything
// time.ParseDuration takes.
func parseAge(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	unit := map[byte]time.Duration{'d': 24 * time.Hour, 'w': 7 * 24 * time.Hour}
	if len(s) > 1 {
		if u, ok := unit[s[len(s)-1]]; ok {
			n, err := strconv.Atoi(s[:len(s)-1])
			if err != nil || n < 1 || n > 3650 {
				return 0, fmt.Errorf("%q is not an age such as 7d or 2w", s)
			}
			return time.Duration(n) * u, nil
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%q is not an age such as 7d, 2w or 12h", s)
	}
	return d, nil
}
