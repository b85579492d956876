package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Config is what `fundbot serve` reads from the environment (and .env).
type Config struct {
	// BotToken (SLACK_BOT_TOKEN, xoxb-…) calls Slack's Web API. Required.
	BotToken string
	// AppToken (SLACK_APP_TOKEN, xapp-…) selects Socket Mode when set.
	AppToken string
	// SigningSecret (SLACK_SIGNING_SECRET) checks requests in HTTP mode,
	// where it is required.
	SigningSecret string
	// APIURL (SLACK_API_URL) overrides Slack's Web API base URL; it ends
	// in a slash.
	APIURL string
	// Port (PORT, default 3000) is where HTTP mode listens.
	Port int
	// MetricsAddr (METRICS_ADDR, host:port) serves /metrics and /healthz in
	// Socket Mode. Empty: none.
	MetricsAddr string
	// LogFormat (LOG_FORMAT) is "text" (the default) or "json".
	LogFormat string
	// LogLevel (LOG_LEVEL) is debug, info (the default), warn or error.
	LogLevel slog.Level
	// CorpusDir (FUNDBOT_CORPUS) replaces the embedded corpus; IndexDir
	// (FUNDBOT_INDEX) persists the index. Both optional.
	CorpusDir string
	IndexDir  string
	// ShutdownTimeout (SHUTDOWN_TIMEOUT, default 10s) bounds how long
	// the bot delivers the replies owed once a shutdown begins; the rest
	// stay in the outbox for the next start.
	ShutdownTimeout time.Duration
	// DataDir (FUNDBOT_DATA, default "data") holds the embedded database:
	// the outbox of replies owed, and the records of unanswered questions
	// and feedback.
	DataDir string
	// Record (FUNDBOT_RECORD, default on) keeps the questions fundbot could
	// not answer and the thumbs up and down; "off" keeps none.
	Record bool
	// Workers (FUNDBOT_WORKERS, default 8) answer and deliver; QueueSize
	// (FUNDBOT_QUEUE, default 64) bounds the work waiting for them.
	Workers   int
	QueueSize int
	// Answering (FUNDBOT_ANSWERING) answers slash commands at most that
	// many at once, the others waiting in the order they came
	// (bot.Options.Answering); 0 turns that off. Default: half the CPUs Go
	// runs on, at least one (defaultAnswering).
	Answering int
	// MaxConnections (MAX_CONNECTIONS, default 1024) caps the open HTTP
	// connections.
	MaxConnections int
	// MemoryLimit (GOMEMLIMIT, default 280MiB; "off" for none) is the
	// soft limit on the Go runtime's memory that serve sets: past it the
	// garbage collector runs more often instead of letting garbage grow
	// the heap to twice what is live. It is read here, not only by the
	// runtime, so that .env can set it and serve has a default.
	MemoryLimit int64
	// GCPercent (GOGC; "off" for -1) is the garbage collector's target
	// that serve sets: the heap may grow by this percentage of what is
	// live before a collection. 0, when GOGC is not set, lets serve pick
	// it from the heap live once the engine is loaded (gcPercentFor).
	GCPercent int
	// RedisURL (REDIS_URL, redis://host:port/db), when set, keeps the
	// events taken and the claims on replies in Redis, shared by every
	// replica. It may hold a password: it is never logged.
	RedisURL string
}

// defaultDataDir is FUNDBOT_DATA's default, relative to the working
// directory.
const defaultDataDir = "data"

// defaultMemoryLimit is GOMEMLIMIT's default for serve. On 10,000 releases
// under load, what is live (the engine's cached answers, most of it) is
// about 210 MB; the heap held under 280 MiB keeps the process, with its
// mapped corpus and binary (about 100 MB), under 400 MB, for more collector
// work per answer (docs/benchmarks.md).
const defaultMemoryLimit = 280 << 20

// gcPercent reads GOGC as the Go runtime does: a percentage, or "off"
// (-1) for no collection but the memory limit's; 0 when it is not set.
func gcPercent(v string) (int, error) {
	v = strings.TrimSpace(v)
	switch v {
	case "":
		return 0, nil
	case "off":
		return -1, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("%w: GOGC must be a percentage from 1, such as 100, or off, not %q", errConfig, v)
	}
	return n, nil
}

// memoryLimit reads GOMEMLIMIT as the Go runtime does: a number of bytes
// with an optional unit (B, KiB, MiB, GiB, TiB), or "off" for no limit.
func memoryLimit(v string) (int64, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return defaultMemoryLimit, nil
	}
	if v == "off" {
		return math.MaxInt64, nil
	}
	n, unit := v, int64(1)
	for _, u := range []struct {
		suffix string
		size   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40}, {"B", 1}} {
		if strings.HasSuffix(v, u.suffix) {
			n, unit = strings.TrimSuffix(v, u.suffix), u.size
			break
		}
	}
	x, err := strconv.ParseInt(n, 10, 64)
	if err != nil || x < 0 || x > math.MaxInt64/unit {
		return 0, fmt.Errorf("%w: GOMEMLIMIT must be a size such as 300MiB, or off, not %q", errConfig, v)
	}
	return x * unit, nil
}

// recordSetting reads FUNDBOT_RECORD: on (the default) or off.
func recordSetting(v string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "", "on", "true", "1", "yes":
		return true, nil
	case "off", "false", "0", "no":
		return false, nil
	}
	return false, fmt.Errorf("%w: FUNDBOT_RECORD must be on or off, not %q", errConfig, v)
}

// errConfig marks a setting that is missing or malformed.
var errConfig = errors.New("config")

// loadConfig reads the settings through getenv and validates them. Its
// errors name the variable and never hold a secret's value.
func loadConfig(getenv func(string) string) (Config, error) {
	c := Config{
		BotToken:        strings.TrimSpace(getenv("SLACK_BOT_TOKEN")),
		AppToken:        strings.TrimSpace(getenv("SLACK_APP_TOKEN")),
		SigningSecret:   strings.TrimSpace(getenv("SLACK_SIGNING_SECRET")),
		APIURL:          strings.TrimSpace(getenv("SLACK_API_URL")),
		MetricsAddr:     strings.TrimSpace(getenv("METRICS_ADDR")),
		LogFormat:       strings.ToLower(strings.TrimSpace(getenv("LOG_FORMAT"))),
		CorpusDir:       strings.TrimSpace(getenv("FUNDBOT_CORPUS")),
		IndexDir:        strings.TrimSpace(getenv("FUNDBOT_INDEX")),
		Port:            3000,
		LogLevel:        slog.LevelInfo,
		ShutdownTimeout: 10 * time.Second,
		DataDir:         strings.TrimSpace(getenv("FUNDBOT_DATA")),
		RedisURL:        strings.TrimSpace(getenv("REDIS_URL")),
		Workers:         8,
		QueueSize:       64,
		Answering:       defaultAnswering(runtime.GOMAXPROCS(0)),
		MaxConnections:  1024,
	}
	if c.DataDir == "" {
		c.DataDir = defaultDataDir
	}
	rec, err := recordSetting(getenv("FUNDBOT_RECORD"))
	if err != nil {
		return c, err
	}
	c.Record = rec
	for _, n := range []struct {
		name     string
		v        *int
		min, max int
	}{
		{"FUNDBOT_WORKERS", &c.Workers, 1, 1024},
		{"FUNDBOT_QUEUE", &c.QueueSize, 1, 1 << 20},
		{"FUNDBOT_ANSWERING", &c.Answering, 0, 1024},
		{"MAX_CONNECTIONS", &c.MaxConnections, 1, 1 << 20},
	} {
		if v := strings.TrimSpace(getenv(n.name)); v != "" {
			i, err := strconv.Atoi(v)
			if err != nil || i < n.min || i > n.max {
				return c, fmt.Errorf("%w: %s must be a whole number from %d to %d, not %q", errConfig, n.name, n.min, n.max, v)
			}
			*n.v = i
		}
	}
	if c.LogFormat == "" {
		c.LogFormat = "text"
	}
	if c.MemoryLimit, err = memoryLimit(getenv("GOMEMLIMIT")); err != nil {
		return c, err
	}
	if c.GCPercent, err = gcPercent(getenv("GOGC")); err != nil {
		return c, err
	}
	if v := strings.TrimSpace(getenv("PORT")); v != "" {
		p, err := strconv.Atoi(v)
		if err != nil || p < 1 || p > 65535 {
			return c, fmt.Errorf("%w: PORT must be a port number from 1 to 65535, not %q", errConfig, v)
		}
		c.Port = p
	}
	if v := strings.TrimSpace(getenv("LOG_LEVEL")); v != "" {
		if err := c.LogLevel.UnmarshalText([]byte(v)); err != nil {
			return c, fmt.Errorf("%w: LOG_LEVEL must be debug, info, warn or error, not %q", errConfig, v)
		}
	}
	if v := strings.TrimSpace(getenv("SHUTDOWN_TIMEOUT")); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return c, fmt.Errorf("%w: SHUTDOWN_TIMEOUT must be a positive duration such as 10s, not %q", errConfig, v)
		}
		c.ShutdownTimeout = d
	}
	return c, c.Validate()
}

// Validate checks the settings. Its errors name the variable and never hold
// a secret's value.
func (c Config) Validate() error {
	switch {
	case c.BotToken == "":
		return fmt.Errorf("%w: SLACK_BOT_TOKEN is not set (the bot token, xoxb-…, from your app's OAuth & Permissions page)", errConfig)
	case !strings.HasPrefix(c.BotToken, "xoxb-"):
		return fmt.Errorf("%w: SLACK_BOT_TOKEN must be a bot token starting with xoxb-", errConfig)
	case c.AppToken != "" && !strings.HasPrefix(c.AppToken, "xapp-"):
		return fmt.Errorf("%w: SLACK_APP_TOKEN must be an app-level token starting with xapp- (or unset for HTTP mode)", errConfig)
	case c.AppToken == "" && c.SigningSecret == "":
		return fmt.Errorf("%w: SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)", errConfig)
	case c.Port < 1 || c.Port > 65535:
		return fmt.Errorf("%w: PORT must be a port number from 1 to 65535, not %d", errConfig, c.Port)
	case c.LogFormat != "text" && c.LogFormat != "json":
		return fmt.Errorf("%w: LOG_FORMAT must be text or json, not %q", errConfig, c.LogFormat)
	case c.ShutdownTimeout <= 0:
		return fmt.Errorf("%w: SHUTDOWN_TIMEOUT must be positive", errConfig)
	}
	if c.RedisURL != "" {
		if u, err := url.Parse(c.RedisURL); err != nil || (u.Scheme != "redis" && u.Scheme != "rediss") || u.Host == "" {
			return fmt.Errorf("%w: REDIS_URL must be a redis:// or rediss:// URL such as redis://redis:6379/0", errConfig)
		}
	}
	if c.APIURL != "" {
		u, err := url.Parse(c.APIURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || !strings.HasSuffix(u.Path, "/") {
			return fmt.Errorf("%w: SLACK_API_URL must be an http(s) URL ending in /, such as https://slack.com/api/", errConfig)
		}
	}
	if c.MetricsAddr != "" {
		if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			return fmt.Errorf("%w: METRICS_ADDR must be host:port, such as :9090, not %q", errConfig, c.MetricsAddr)
		}
	}
	return nil
}

// SocketMode reports whether the bot connects through Socket Mode.
func (c Config) SocketMode() bool { return c.AppToken != "" }

// newLogger returns the logger the settings ask for, writing to w.
func (c Config) newLogger(w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// defaultAnswering is how many slash commands are answered at once by
// default on procs CPUs: half of them, at least one. The rest of the
// CPUs read requests and write replies meanwhile, so the commands waiting
// are answered in about the order they came: on 2 cores, one place cut the
// 10k load test's p99 by half or more against two places and against
// none, in interleaved rounds, and on a quiet machine put it under 25 ms
// at 10-13% less throughput (docs/benchmarks.md, perf10).
func defaultAnswering(procs int) int {
	return max(1, procs/2)
}
