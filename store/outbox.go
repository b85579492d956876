package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Reply kinds.
const (
	// KindPost is a reply posted with chat.postMessage.
	KindPost = "post"
	// KindRespond is a reply sent to a slash command's or an action's
	// response_url.
	KindRespond = "respond"
)

// Reply is a reply owed to a Slack user: what was asked and where to answer.
// It stays in the outbox from the moment the bot acknowledges the request
// until Slack confirms the reply or the bot gives up on it.
type Reply struct {
	// ID names the reply uniquely: "event:<event id>" for an event, so that
	// a second delivery of the event cannot owe a second reply.
	ID string
	// Kind is KindPost or KindRespond.
	Kind     string
	Question string
	Channel  string
	ThreadTS string
	User     string
	Origin   string
	// ResponseURL is where a KindRespond reply goes (and where a failed
	// share is explained).
	ResponseURL string
	// Created is when the request was acknowledged.
	Created time.Time
	// Next is when the reply is due.
	Next time.Time
	// Attempts counts the claims, this one included.
	Attempts int
	// Unsure says that an earlier attempt may have reached Slack: its
	// outcome is unknown, so the sender must check before sending again.
	Unsure bool
}

// Outbox is the durable queue of replies owed.
type Outbox struct {
	db   *sql.DB
	keep time.Duration
}

// Outbox returns the store's outbox. A delivered reply's id is kept for
// keep, so that the same id offered again within that time is refused.
func (s *Store) Outbox(keep time.Duration) *Outbox { return &Outbox{db: s.db, keep: keep} }

// Add stores r unless a reply with its ID is pending or was delivered within
// the keep window; it reports whether it stored r.
func (o *Outbox) Add(ctx context.Context, r Reply) (bool, error) {
	next := r.Next
	if next.IsZero() {
		next = r.Created
	}
	res, err := o.db.ExecContext(ctx, `INSERT INTO outbox
		(id, kind, question, channel, thread_ts, user_id, origin, response_url, created_ns, next_ns)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
		r.ID, r.Kind, r.Question, r.Channel, r.ThreadTS, r.User, r.Origin, r.ResponseURL,
		r.Created.UnixNano(), next.UnixNano())
	if err != nil {
		return false, fmt.Errorf("outbox add %s: %w", r.ID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("outbox add %s: %w", r.ID, err)
	}
	return n == 1, nil
}

// Claim returns up to n pending replies due at now, oldest due first, and
// leases them: none is due again before now+lease, unless Later or Done
// says otherwise first. Each claimed reply's Attempts is counted and it is
// marked unsure from now on (an attempt may reach Slack); the replies
// returned carry the Unsure they had before the claim.
func (o *Outbox) Claim(ctx context.Context, now time.Time, n int, lease time.Duration) ([]Reply, error) {
	if n <= 0 {
		return nil, nil
	}
	tx, err := o.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("outbox claim: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, kind, question, channel, thread_ts, user_id, origin,
		response_url, created_ns, next_ns, attempts, unsure
		FROM outbox WHERE sent_ns = 0 AND next_ns <= ? ORDER BY next_ns, created_ns LIMIT ?`, now.UnixNano(), n)
	if err != nil {
		return nil, fmt.Errorf("outbox claim: %w", err)
	}
	var out []Reply
	for rows.Next() {
		var r Reply
		var created, next int64
		if err := rows.Scan(&r.ID, &r.Kind, &r.Question, &r.Channel, &r.ThreadTS, &r.User, &r.Origin,
			&r.ResponseURL, &created, &next, &r.Attempts, &r.Unsure); err != nil {
			rows.Close()
			return nil, fmt.Errorf("outbox claim: %w", err)
		}
		r.Created, r.Next = time.Unix(0, created), time.Unix(0, next)
		r.Attempts++
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("outbox claim: %w", err)
	}
	until := now.Add(lease).UnixNano()
	for _, r := range out {
		if _, err := tx.ExecContext(ctx, `UPDATE outbox SET next_ns = ?, attempts = ?, unsure = 1 WHERE id = ?`,
			until, r.Attempts, r.ID); err != nil {
			return nil, fmt.Errorf("outbox claim %s: %w", r.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("outbox claim: %w", err)
	}
	return out, nil
}

// Later makes a claimed reply due again at at, with its attempts so far
// (a claim given back unused does not count) and whether one of them may
// have reached Slack.
func (o *Outbox) Later(ctx context.Context, id string, at time.Time, attempts int, unsure bool) error {
	if _, err := o.db.ExecContext(ctx, `UPDATE outbox SET next_ns = ?, attempts = ?, unsure = ? WHERE id = ? AND sent_ns = 0`,
		at.UnixNano(), attempts, unsure, id); err != nil {
		return fmt.Errorf("outbox later %s: %w", id, err)
	}
	return nil
}

// Done ends a reply, delivered or given up, at now. Its id is remembered
// for the keep window, and older ended replies are forgotten.
func (o *Outbox) Done(ctx context.Context, id string, now time.Time) error {
	tx, err := o.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("outbox done %s: %w", id, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `UPDATE outbox SET sent_ns = ?, question = '', response_url = '' WHERE id = ?`,
		now.UnixNano(), id); err != nil {
		return fmt.Errorf("outbox done %s: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM outbox WHERE sent_ns > 0 AND sent_ns < ?`,
		now.Add(-o.keep).UnixNano()); err != nil {
		return fmt.Errorf("outbox done %s: %w", id, err)
	}
	return tx.Commit()
}

// Backlog is the number of replies pending.
func (o *Outbox) Backlog(ctx context.Context) (int, error) {
	var n int
	err := o.db.QueryRowContext(ctx, `SELECT count(*) FROM outbox WHERE sent_ns = 0`).Scan(&n)
	if err != nil && err != sql.ErrNoRows {
		return 0, fmt.Errorf("outbox backlog: %w", err)
	}
	return n, nil
}

// Recover makes every pending reply due at now: at start-up, the leases of
// a process that ended are void (the store belongs to one process at a
// time). Replies it had in flight stay marked unsure. It returns how many
// replies are pending.
func (o *Outbox) Recover(ctx context.Context, now time.Time) (int, error) {
	if _, err := o.db.ExecContext(ctx, `UPDATE outbox SET next_ns = ? WHERE sent_ns = 0 AND next_ns > ?`,
		now.UnixNano(), now.UnixNano()); err != nil {
		return 0, fmt.Errorf("outbox recover: %w", err)
	}
	return o.Backlog(ctx)
}
