// Package shared keeps the state that replicas of fundbot share, in Redis
// (REDIS_URL): the set of events already taken, so that N replicas behind a
// load balancer (or several Socket Mode connections) take each event once,
// and the claims on replies, so that a reply is delivered by one replica
// only, once. It is the only package that imports go-redis.
package shared

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/redis/go-redis/v9"
)

// State is the state replicas share. It is safe for concurrent use.
type State struct {
	lg     *slog.Logger
	rdb    *redis.Client
	prefix string
	owner  string // this process's name on the claims it holds
	seen   time.Duration
	keep   time.Duration
}

// Options tune a State. Zero fields pick the defaults.
type Options struct {
	// Prefix starts every key. Default "fundbot:".
	Prefix string
	// Owner names this replica on its claims. Required: unique per
	// process (cmd/fundbot uses host name and pid).
	Owner string
	// SeenTTL is how long an event is remembered. Default 1 hour.
	SeenTTL time.Duration
	// Keep is how long a delivered reply is remembered. Default 1 hour.
	Keep time.Duration
	// Timeout bounds each Redis command. Default 2 s.
	Timeout time.Duration
}

// Open connects to the Redis at url (redis://[user:password@]host:port/db)
// and checks that it answers.
func Open(ctx context.Context, lg *slog.Logger, url string, opts Options) (*State, error) {
	if opts.Owner == "" {
		return nil, errors.New("shared state: no owner name")
	}
	ro, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("shared state: REDIS_URL: %w", err)
	}
	if opts.Prefix == "" {
		opts.Prefix = "fundbot:"
	}
	if opts.SeenTTL <= 0 {
		opts.SeenTTL = time.Hour
	}
	if opts.Keep <= 0 {
		opts.Keep = time.Hour
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 2 * time.Second
	}
	ro.DialTimeout, ro.ReadTimeout, ro.WriteTimeout = opts.Timeout, opts.Timeout, opts.Timeout
	ro.ContextTimeoutEnabled = true
	ro.MaxRetries = 1
	s := &State{lg: lg, rdb: redis.NewClient(ro), prefix: opts.Prefix, owner: opts.Owner, seen: opts.SeenTTL, keep: opts.Keep}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		s.rdb.Close()
		return nil, fmt.Errorf("shared state: redis at %s: %w", ro.Addr, err)
	}
	return s, nil
}

// Close closes the connections to Redis.
func (s *State) Close() error { return s.rdb.Close() }

// seenScript records every key unless one is there already, atomically:
// it returns 1 when the keys were new, 0 when one was seen.
var seenScript = redis.NewScript(`
for i, k in ipairs(KEYS) do
	if redis.call('EXISTS', k) == 1 then return 0 end
end
for i, k in ipairs(KEYS) do
	redis.call('SET', k, '1', 'PX', ARGV[1])
end
return 1`)

// Seen records keys, all naming one delivery, for the seen window, and
// reports whether none of them was there: true for exactly one caller,
// whichever replica it runs in.
func (s *State) Seen(ctx context.Context, keys ...string) (bool, error) {
	n, err := seenScript.Run(ctx, s.rdb, s.keys("seen:", keys), s.seen.Milliseconds()).Int()
	if err != nil {
		return false, fmt.Errorf("shared seen: %w", err)
	}
	return n == 1, nil
}

// Forget drops keys recorded by Seen.
func (s *State) Forget(ctx context.Context, keys ...string) error {
	if err := s.rdb.Del(ctx, s.keys("seen:", keys)...).Err(); err != nil {
		return fmt.Errorf("shared forget: %w", err)
	}
	return nil
}

// claimScript: KEYS[1] the claim, KEYS[2] the delivered mark; ARGV[1] the
// owner, ARGV[2] the lease in ms.
var claimScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[2]) == 1 then return 2 end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then
	redis.call('PEXPIRE', KEYS[1], ARGV[2])
	return 1
end
return 0`)

// Claim takes the reply id for lease (or extends this replica's claim on
// it). It reports claimed false when another replica holds it, and ended
// true when it was delivered or given up already.
func (s *State) Claim(ctx context.Context, id string, lease time.Duration) (claimed, ended bool, err error) {
	n, err := claimScript.Run(ctx, s.rdb, []string{s.prefix + "claim:" + id, s.prefix + "sent:" + id},
		s.owner, lease.Milliseconds()).Int()
	if err != nil {
		return false, false, fmt.Errorf("shared claim %s: %w", id, err)
	}
	return n == 1, n == 2, nil
}

// releaseScript deletes the claim KEYS[1] if ARGV[1] owns it.
var releaseScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`)

// Release lets go of a claim without delivering: another attempt, by any
// replica, may claim it.
func (s *State) Release(ctx context.Context, id string) error {
	if err := releaseScript.Run(ctx, s.rdb, []string{s.prefix + "claim:" + id}, s.owner).Err(); err != nil {
		return fmt.Errorf("shared release %s: %w", id, err)
	}
	return nil
}

// Ended marks the reply id delivered (or given up) for the keep window, and
// lets go of its claim: no replica sends it again.
func (s *State) Ended(ctx context.Context, id string) error {
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, s.prefix+"sent:"+id, s.owner, s.keep)
		p.Del(ctx, s.prefix+"claim:"+id)
		return nil
	})
	if err != nil {
		return fmt.Errorf("shared ended %s: %w", id, err)
	}
	return nil
}

func (s *State) keys(kind string, keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = s.prefix + kind + k
	}
	return out
}
