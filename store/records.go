package store

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Outcome is why a question was recorded.
type Outcome string

// The outcomes worth recording: questions fundbot could not answer with a
// figure, and what people said of its answers.
const (
	NotFound   Outcome = "not_found"   // nothing in the corpus matched
	NotStated  Outcome = "not_stated"  // the corpus names it but states no figure
	Passages   Outcome = "passages"    // only matching passages, no fact
	ThumbsUp   Outcome = "thumbs_up"   // feedback: the answer helped
	ThumbsDown Outcome = "thumbs_down" // feedback: it did not
)

// Surface is where a question came from.
type Surface string

// The surfaces.
const (
	Channel Surface = "channel" // a mention in a channel or thread
	DM      Surface = "dm"      // a direct message
	Command Surface = "command" // a slash command
)

// Record is one question fundbot could not answer, or one piece of
// feedback. It holds no user, no channel and no token.
type Record struct {
	At       time.Time
	Outcome  Outcome
	Kind     string // the answer's kind ("not_found", "country", ...)
	Surface  Surface
	Question string
}

// maxQuestion bounds a recorded question, in bytes.
const maxQuestion = 500

// redactions keep secrets and people out of a recorded question, applied in
// order: a pasted token or webhook URL, then Slack's mention markup. Every
// match of re contains one of hints, so that a question holding none of
// them (most questions) is not run through re at all.
var redactions = []struct {
	re    *regexp.Regexp
	with  string
	hints []string
}{
	{regexp.MustCompile(`xox[a-z]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+`), "[token]", []string{"xox", "xapp-"}},
	{regexp.MustCompile(`https://hooks\.slack\.com/\S+`), "[url]", []string{"https://hooks.slack.com/"}},
	{regexp.MustCompile(`<@[A-Z0-9]+(\|[^>]*)?>`), "@someone", []string{"<@"}},
	{regexp.MustCompile(`<!(subteam\^)?[A-Za-z0-9^]+(\|[^>]*)?>`), "@group", []string{"<!"}},
}

// clean is the question as stored: secrets and mentions redacted, spaces
// collapsed, cut to maxQuestion bytes on a rune boundary.
func clean(q string) string {
	for _, r := range redactions {
		if slices.ContainsFunc(r.hints, func(h string) bool { return strings.Contains(q, h) }) {
			q = r.re.ReplaceAllString(q, r.with)
		}
	}
	if !collapsed(q) {
		q = strings.Join(strings.Fields(q), " ")
	}
	if len(q) > maxQuestion {
		cut := maxQuestion
		for cut > 0 && !utf8.RuneStart(q[cut]) {
			cut--
		}
		q = q[:cut]
	}
	return q
}

// collapsed reports whether q is ASCII whose only white space is single
// spaces between words: what strings.Fields and a join would leave as it
// is. It may report false for text they would leave as it is too.
func collapsed(q string) bool {
	space := true // no leading space
	for i := 0; i < len(q); i++ {
		switch c := q[i]; {
		case c == ' ':
			if space {
				return false
			}
			space = true
		case c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		default:
			space = false
		}
	}
	return !space || q == ""
}

// insertRecords inserts one record; more rows follow it as ", (?, ?, ?, ?, ?)".
const insertRecords = `INSERT INTO records (at, outcome, kind, surface, question) VALUES (?, ?, ?, ?, ?)`

// rowsPerInsert bounds the rows one INSERT statement writes (5 parameters
// each, far below SQLite's limit of 32,766).
const rowsPerInsert = 64

// insertStatement is an INSERT of n records.
func insertStatement(n int) string {
	return insertRecords + strings.Repeat(", (?, ?, ?, ?, ?)", n-1)
}

// Ids grow by one a record (AUTOINCREMENT, and a rolled-back insert gives
// its id back), so the newest MaxRecords are the ids within MaxRecords of
// the largest: found through the rowid alone, where counting back with
// OFFSET read up to MaxRecords rows on every call. Where an age prune left
// a gap, fewer are kept.
const (
	pruneByAge   = `DELETE FROM records WHERE at < ?`
	pruneByCount = `DELETE FROM records WHERE id <= (SELECT MAX(id) FROM records) - ?`
)

// prepare prepares the statements Add runs for every batch.
func (s *Store) prepare(ctx context.Context) error {
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{{&s.insertRows, insertStatement(rowsPerInsert)}, {&s.pruneAge, pruneByAge}, {&s.pruneCount, pruneByCount}} {
		st, err := s.db.PrepareContext(ctx, p.sql)
		if err != nil {
			return fmt.Errorf("prepare %q: %w", p.sql, err)
		}
		*p.st = st
	}
	return nil
}

// Add stores records (each At defaults to now) in one transaction and
// drops records past the store's bounds on age and count.
func (s *Store) Add(ctx context.Context, records ...Record) error {
	if len(records) == 0 {
		return nil
	}
	now := s.now()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("add record: %w", err)
	}
	defer tx.Rollback()
	// Several rows a statement: with the pure-Go SQLite, running a
	// statement costs far more than the row it inserts.
	args := make([]any, 0, 5*rowsPerInsert)
	for rest := records; len(rest) > 0; {
		n := min(len(rest), rowsPerInsert)
		args = args[:0]
		for _, r := range rest[:n] {
			if r.At.IsZero() {
				r.At = now
			}
			args = append(args, r.At.Unix(), string(r.Outcome), r.Kind, string(r.Surface), clean(r.Question))
		}
		rest = rest[n:]
		var err error
		if n == rowsPerInsert {
			_, err = tx.StmtContext(ctx, s.insertRows).ExecContext(ctx, args...)
		} else {
			_, err = tx.ExecContext(ctx, insertStatement(n), args...)
		}
		if err != nil {
			return fmt.Errorf("add record: %w", err)
		}
	}
	if _, err := tx.StmtContext(ctx, s.pruneAge).ExecContext(ctx, now.Add(-s.limits.MaxAge).Unix()); err != nil {
		return fmt.Errorf("prune records by age: %w", err)
	}
	if _, err := tx.StmtContext(ctx, s.pruneCount).ExecContext(ctx, s.limits.MaxRecords); err != nil {
		return fmt.Errorf("prune records by count: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("add record: %w", err)
	}
	return nil
}

// QuestionCount is a question and how often it was recorded.
type QuestionCount struct {
	Question string
	Outcome  Outcome // the most recent outcome it had
	Count    int
	Last     time.Time
}

// Report summarises the records since a time.
type Report struct {
	Since time.Time
	// Unanswered are the most frequent questions recorded as not found,
	// not stated or passages only, most frequent first.
	Unanswered []QuestionCount
	// Downvoted are the most frequent questions whose answers got a
	// thumbs down, most frequent first.
	Downvoted []QuestionCount
	// Counts holds the number of records by outcome.
	Counts map[Outcome]int
}

// Report summarises the records at or after since, listing at most top
// questions of each sort.
func (s *Store) Report(ctx context.Context, since time.Time, top int) (Report, error) {
	rep := Report{Since: since, Counts: map[Outcome]int{}}
	rows, err := s.db.QueryContext(ctx,
		`SELECT outcome, COUNT(*) FROM records WHERE at >= ? GROUP BY outcome`, since.Unix())
	if err != nil {
		return rep, fmt.Errorf("report: %w", err)
	}
	for rows.Next() {
		var o string
		var n int
		if err := rows.Scan(&o, &n); err != nil {
			rows.Close()
			return rep, fmt.Errorf("report: %w", err)
		}
		rep.Counts[Outcome(o)] = n
	}
	if err := rows.Close(); err != nil {
		return rep, fmt.Errorf("report: %w", err)
	}
	if rep.Unanswered, err = s.frequent(ctx, since, top, NotFound, NotStated, Passages); err != nil {
		return rep, err
	}
	if rep.Downvoted, err = s.frequent(ctx, since, top, ThumbsDown); err != nil {
		return rep, err
	}
	return rep, nil
}

// frequent lists the questions recorded with one of outcomes, most frequent
// first (then most recent), grouped case-insensitively.
func (s *Store) frequent(ctx context.Context, since time.Time, top int, outcomes ...Outcome) ([]QuestionCount, error) {
	args := []any{since.Unix()}
	marks := make([]string, len(outcomes))
	for i, o := range outcomes {
		marks[i] = "?"
		args = append(args, string(o))
	}
	args = append(args, top)
	// SQLite returns the bare columns (question, outcome) of the row that
	// holds MAX(at): the latest wording and outcome of each group.
	rows, err := s.db.QueryContext(ctx, `
		SELECT question, outcome, COUNT(*) AS n, MAX(at) AS last
		FROM records
		WHERE at >= ? AND outcome IN (`+strings.Join(marks, ",")+`)
		GROUP BY lower(question)
		ORDER BY n DESC, last DESC, lower(question)
		LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	defer rows.Close()
	var qs []QuestionCount
	for rows.Next() {
		var q QuestionCount
		var o string
		var last int64
		if err := rows.Scan(&q.Question, &o, &q.Count, &last); err != nil {
			return nil, fmt.Errorf("report: %w", err)
		}
		q.Outcome = Outcome(o)
		q.Last = time.Unix(last, 0).UTC()
		qs = append(qs, q)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return qs, nil
}

// Records returns the records at or after since, oldest first.
func (s *Store) Records(ctx context.Context, since time.Time) ([]Record, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT at, outcome, kind, surface, question FROM records WHERE at >= ? ORDER BY id`, since.Unix())
	if err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	defer rows.Close()
	var out []Record
	for rows.Next() {
		var r Record
		var at int64
		var o, surface string
		if err := rows.Scan(&at, &o, &r.Kind, &surface, &r.Question); err != nil {
			return nil, fmt.Errorf("records: %w", err)
		}
		r.At, r.Outcome, r.Surface = time.Unix(at, 0).UTC(), Outcome(o), Surface(surface)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	return out, nil
}
