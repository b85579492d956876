package main

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/joho/godotenv"
)

const (
	cfgBotToken = "xoxb-1111-2222-config-test-secret"
	cfgAppToken = "xapp-1-A111-config-test-secret"
	cfgSecret   = "config-test-signing-secret-value"
)

// envMap is a getenv over a map.
func envMap(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestLoadConfig(t *testing.T) {
	t.Run("http mode defaults", func(t *testing.T) {
		got, err := loadConfig(envMap(map[string]string{"SLACK_BOT_TOKEN": cfgBotToken, "SLACK_SIGNING_SECRET": cfgSecret}))
		if err != nil {
			t.Fatal(err)
		}
		want := Config{BotToken: cfgBotToken, SigningSecret: cfgSecret, Port: 3000, LogFormat: "text",
			LogLevel: slog.LevelInfo, ShutdownTimeout: 10 * time.Second, DataDir: "data", Record: true, Workers: 8, QueueSize: 64,
			Answering: defaultAnswering(runtime.GOMAXPROCS(0)), MaxConnections: 1024, MemoryLimit: 280 << 20}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("config (-want +got):\n%s", diff)
		}
		if got.SocketMode() {
			t.Errorf("SocketMode() = true without SLACK_APP_TOKEN")
		}
	})
	t.Run("socket mode, everything set", func(t *testing.T) {
		got, err := loadConfig(envMap(map[string]string{
			"SLACK_BOT_TOKEN": cfgBotToken, "SLACK_APP_TOKEN": cfgAppToken, "SLACK_API_URL": "http://127.0.0.1:8080/api/",
			"PORT": "8081", "METRICS_ADDR": ":9090", "LOG_FORMAT": "JSON", "LOG_LEVEL": "debug",
			"FUNDBOT_CORPUS": "/corpus", "FUNDBOT_INDEX": "/index", "SHUTDOWN_TIMEOUT": "3s",
			"FUNDBOT_DATA": "/data", "FUNDBOT_WORKERS": "4", "FUNDBOT_QUEUE": "16", "MAX_CONNECTIONS": "100",
			"FUNDBOT_ANSWERING": "0",
			"REDIS_URL":         "redis://redis:6379/0",
			"FUNDBOT_RECORD":    "off",
			"GOMEMLIMIT":        "1GiB",
			"GOGC":              "off",
		}))
		if err != nil {
			t.Fatal(err)
		}
		want := Config{BotToken: cfgBotToken, AppToken: cfgAppToken, APIURL: "http://127.0.0.1:8080/api/", Port: 8081,
			MetricsAddr: ":9090", LogFormat: "json", LogLevel: slog.LevelDebug, CorpusDir: "/corpus", IndexDir: "/index",
			ShutdownTimeout: 3 * time.Second, DataDir: "/data", Workers: 4, QueueSize: 16, MaxConnections: 100,
			RedisURL: "redis://redis:6379/0", MemoryLimit: 1 << 30, GCPercent: -1}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("config (-want +got):\n%s", diff)
		}
		if !got.SocketMode() {
			t.Errorf("SocketMode() = false with SLACK_APP_TOKEN")
		}
	})

	good := map[string]string{"SLACK_BOT_TOKEN": cfgBotToken, "SLACK_SIGNING_SECRET": cfgSecret}
	with := func(kv ...string) map[string]string {
		m := map[string]string{}
		for k, v := range good {
			m[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	tests := []struct {
		name    string
		env     map[string]string
		wantVar string
	}{
		{"nothing set", map[string]string{}, "SLACK_BOT_TOKEN"},
		{"bot token missing", with("SLACK_BOT_TOKEN", ""), "SLACK_BOT_TOKEN"},
		{"user token instead of bot token", with("SLACK_BOT_TOKEN", "xoxp-user-secret-token"), "SLACK_BOT_TOKEN"},
		{"app token as bot token", with("SLACK_BOT_TOKEN", cfgAppToken), "SLACK_BOT_TOKEN"},
		{"bot token as app token", with("SLACK_APP_TOKEN", cfgBotToken), "SLACK_APP_TOKEN"},
		{"http mode without signing secret", with("SLACK_SIGNING_SECRET", ""), "SLACK_SIGNING_SECRET"},
		{"port not a number", with("PORT", "http"), "PORT"},
		{"port out of range", with("PORT", "70000"), "PORT"},
		{"port zero", with("PORT", "0"), "PORT"},
		{"api url without slash", with("SLACK_API_URL", "https://slack.com/api"), "SLACK_API_URL"},
		{"api url not http", with("SLACK_API_URL", "ftp://slack.com/api/"), "SLACK_API_URL"},
		{"api url relative", with("SLACK_API_URL", "/api/"), "SLACK_API_URL"},
		{"log format", with("LOG_FORMAT", "xml"), "LOG_FORMAT"},
		{"log level", with("LOG_LEVEL", "loud"), "LOG_LEVEL"},
		{"shutdown timeout", with("SHUTDOWN_TIMEOUT", "soon"), "SHUTDOWN_TIMEOUT"},
		{"shutdown timeout negative", with("SHUTDOWN_TIMEOUT", "-1s"), "SHUTDOWN_TIMEOUT"},
		{"metrics addr", with("METRICS_ADDR", "9090"), "METRICS_ADDR"},
		{"record", with("FUNDBOT_RECORD", "sometimes"), "FUNDBOT_RECORD"},
		{"memory limit", with("GOMEMLIMIT", "lots"), "GOMEMLIMIT"},
		{"memory limit unit", with("GOMEMLIMIT", "300MB"), "GOMEMLIMIT"},
		{"memory limit negative", with("GOMEMLIMIT", "-1"), "GOMEMLIMIT"},
		{"gc percent", with("GOGC", "lots"), "GOGC"},
		{"gc percent negative", with("GOGC", "-5"), "GOGC"},
		{"gc percent zero", with("GOGC", "0"), "GOGC"},
		{"answering negative", with("FUNDBOT_ANSWERING", "-1"), "FUNDBOT_ANSWERING"},
		{"answering not a number", with("FUNDBOT_ANSWERING", "all"), "FUNDBOT_ANSWERING"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadConfig(envMap(tt.env))
			if !errors.Is(err, errConfig) {
				t.Fatalf("loadConfig = %v, want a config error", err)
			}
			if !strings.Contains(err.Error(), tt.wantVar) {
				t.Errorf("error %q does not name %s", err, tt.wantVar)
			}
			for _, secret := range []string{cfgBotToken, cfgAppToken, cfgSecret, "xoxp-user-secret-token"} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("error %q shows a secret", err)
				}
			}
		})
	}
}

func TestDefaultAnswering(t *testing.T) {
	for _, tt := range []struct {
		procs, want int
	}{{1, 1}, {2, 1}, {3, 1}, {4, 2}, {16, 8}} {
		t.Run(strconv.Itoa(tt.procs), func(t *testing.T) {
			if got := defaultAnswering(tt.procs); got != tt.want {
				t.Errorf("defaultAnswering(%d) = %d, want %d", tt.procs, got, tt.want)
			}
		})
	}
}

func TestMemoryLimit(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
	}{
		{"", 280 << 20},
		{"off", math.MaxInt64},
		{"1000", 1000},
		{"512B", 512},
		{"64KiB", 64 << 10},
		{"300MiB", 300 << 20},
		{" 2GiB ", 2 << 30},
		{"1TiB", 1 << 40},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got, err := memoryLimit(tc.in); err != nil || got != tc.want {
				t.Errorf("memoryLimit(%q) = %d, %v; want %d", tc.in, got, err, tc.want)
			}
		})
	}
}

func TestGCPercent(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{{"", 0}, {"off", -1}, {"100", 100}, {" 50 ", 50}} {
		t.Run(tc.in, func(t *testing.T) {
			if got, err := gcPercent(tc.in); err != nil || got != tc.want {
				t.Errorf("gcPercent(%q) = %d, %v; want %d", tc.in, got, err, tc.want)
			}
		})
	}
}

func TestGCPercentFor(t *testing.T) {
	for _, tc := range []struct {
		live uint64
		want int
	}{{0, 100}, {1 << 20, 800}, {4 << 20, 800}, {12 << 20, 800}, {16 << 20, 600}, {32 << 20, 300}, {60 << 20, 160}, {96 << 20, 100}, {1 << 30, 100}} {
		if got := gcPercentFor(tc.live); got != tc.want {
			t.Errorf("gcPercentFor(%d MiB) = %d, want %d", tc.live>>20, got, tc.want)
		}
	}
}

// TestTuneGC checks that tuneGC sets a target gcPercentFor gives and
// returns once its context ends.
func TestTuneGC(t *testing.T) {
	old := debug.SetGCPercent(50) // never what tuneGC sets
	defer debug.SetGCPercent(old)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		tuneGC(ctx, time.Hour) // looks once, then sees ctx ended
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("tuneGC did not return after its context ended")
	}
	if p := debug.SetGCPercent(100); p < 100 || p > 800 {
		t.Errorf("tuneGC set GOGC %d, want 100 to 800", p)
	}
}

// TestEnvExample checks that .env.example lists exactly the variables
// serve reads.
func TestEnvExample(t *testing.T) {
	read := map[string]bool{}
	loadConfig(func(k string) string { read[k] = true; return "" })
	file, err := godotenv.Read(filepath.Join("..", "..", ".env.example"))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for k := range file {
		listed[k] = true
	}
	if diff := cmp.Diff(read, listed); diff != "" {
		t.Errorf(".env.example vs the variables serve reads (-read +listed):\n%s", diff)
	}
	// Copied as it is, it configures nothing secret.
	if _, err := loadConfig(envMap(file)); !errors.Is(err, errConfig) {
		t.Errorf("loadConfig(.env.example) = %v, want a config error asking for a token", err)
	}
}
