// Package store keeps what fundbot must remember across a restart, in an
// embedded SQLite database (modernc.org/sqlite, pure Go, so the binary stays
// cgo-free) in the data directory. It is the only package that imports the
// SQLite driver.
//
// The schema is a list of migrations applied in order and counted in
// SQLite's user_version; a new table is a new row at the end of the list,
// never an edit of an old one.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// FileName is the database's name inside the data directory.
const FileName = "fundbot.db"

// migrations build the schema. Each runs once, in order, in a transaction
// with the user_version bump that records it. Append; never edit or
// reorder a migration that has shipped.
var migrations = []string{
	// 1: questions fundbot could not answer, and feedback on answers.
	`CREATE TABLE records (
		id       INTEGER PRIMARY KEY AUTOINCREMENT,
		at       INTEGER NOT NULL, -- unix seconds
		outcome  TEXT NOT NULL,    -- not_found, not_stated, passages, thumbs_up, thumbs_down
		kind     TEXT NOT NULL,    -- the answer's kind
		surface  TEXT NOT NULL,    -- channel, dm, command
		question TEXT NOT NULL
	);
	CREATE INDEX records_at ON records(at);`,
	// 2: the outbox of replies owed (see outbox.go).
	`CREATE TABLE outbox (
		id           TEXT PRIMARY KEY,
		kind         TEXT NOT NULL,
		question     TEXT NOT NULL,
		channel      TEXT NOT NULL DEFAULT '',
		thread_ts    TEXT NOT NULL DEFAULT '',
		user_id      TEXT NOT NULL DEFAULT '',
		origin       TEXT NOT NULL DEFAULT '',
		response_url TEXT NOT NULL DEFAULT '',
		created_ns   INTEGER NOT NULL,
		next_ns      INTEGER NOT NULL,
		attempts     INTEGER NOT NULL DEFAULT 0,
		unsure       INTEGER NOT NULL DEFAULT 0, -- an attempt may have reached Slack
		sent_ns      INTEGER NOT NULL DEFAULT 0  -- when it ended; 0 while pending
	);
	CREATE INDEX outbox_due ON outbox(sent_ns, next_ns);`,
}

// Store is fundbot's durable state: one SQLite database. It is safe for
// concurrent use.
type Store struct {
	lg   *slog.Logger
	db   *sql.DB
	path string

	limits Limits
	now    func() time.Time

	// The statements Add runs for every batch, prepared once: with the
	// pure-Go SQLite, parsing a 64-row INSERT cost as much as a sixth of a
	// batch's time.
	insertRows, pruneAge, pruneCount *sql.Stmt
}

// Limits bound what the store keeps.
type Limits struct {
	// MaxAge is how long a record is kept. Default 90 days.
	MaxAge time.Duration
	// MaxRecords is how many records are kept at most; the oldest go
	// first. Default 100,000.
	MaxRecords int
}

func (l Limits) withDefaults() Limits {
	if l.MaxAge <= 0 {
		l.MaxAge = 90 * 24 * time.Hour
	}
	if l.MaxRecords <= 0 {
		l.MaxRecords = 100_000
	}
	return l
}

// Open opens (creating it and dir if needed) the database in dir and brings
// its schema up to date.
func Open(lg *slog.Logger, dir string) (*Store, error) {
	if lg == nil {
		lg = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	path := filepath.Join(dir, FileName)
	// busy_timeout makes a second process (fundbot report beside a running
	// serve) wait for a lock instead of failing; WAL lets it read while
	// the bot writes.
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(ON)")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// One connection: SQLite has one writer at a time anyway, and a single
	// connection never meets SQLITE_BUSY from itself.
	db.SetMaxOpenConns(1)
	s := &Store{lg: lg, db: db, path: path, limits: Limits{}.withDefaults(), now: time.Now}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := s.prepare(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// SetLimits replaces the bounds on what the store keeps; zero fields keep
// their defaults.
func (s *Store) SetLimits(l Limits) { s.limits = l.withDefaults() }

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	for _, st := range []*sql.Stmt{s.insertRows, s.pruneAge, s.pruneCount} {
		if st != nil {
			st.Close()
		}
	}
	return s.db.Close()
}

// errNewer marks a database written by a newer fundbot.
var errNewer = errors.New("database schema is newer than this fundbot")

// migrate applies the migrations the database has not seen.
func (s *Store) migrate(ctx context.Context) error {
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if version > len(migrations) {
		return fmt.Errorf("%w: version %d, this build knows %d", errNewer, version, len(migrations))
	}
	for i := version; i < len(migrations); i++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		// PRAGMA takes no parameters; i+1 is an int from this loop.
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		s.lg.Info("store schema migrated", "path", s.path, "version", i+1)
	}
	return nil
}
