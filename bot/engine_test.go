package bot

import (
	"context"
	"log/slog"
	"os"
	"sync"
	"testing"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/index"
)

// The real engine over the embedded corpus, built once for the package's
// tests in a temporary directory that TestMain removes.
var (
	engineOnce sync.Once
	engine     *answer.Engine
	engineErr  error
	engineDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if engineDir != "" {
		os.RemoveAll(engineDir)
	}
	os.Exit(code)
}

// realEngine returns the answer engine fundbot runs with.
func realEngine(t testing.TB) *answer.Engine {
	t.Helper()
	engineOnce.Do(func() {
		c, err := corpus.Default()
		if err != nil {
			engineErr = err
			return
		}
		engineDir, err = os.MkdirTemp("", "fundbot-bot-test-")
		if err != nil {
			engineErr = err
			return
		}
		idx, err := index.Open(slog.New(slog.DiscardHandler), engineDir, c)
		if err != nil {
			engineErr = err
			return
		}
		engine = answer.New(slog.New(slog.DiscardHandler), c, idx)
	})
	if engineErr != nil {
		t.Fatalf("real engine: %v", engineErr)
	}
	return engine
}

// recorder is the real engine, recording the questions it is asked.
type recorder struct {
	e     *answer.Engine
	mu    sync.Mutex
	calls []string
}

func newRecorder(t testing.TB) *recorder { return &recorder{e: realEngine(t)} }

func (r *recorder) Answer(ctx context.Context, text string) (answer.Answer, error) {
	r.mu.Lock()
	r.calls = append(r.calls, text)
	r.mu.Unlock()
	return r.e.Answer(ctx, text)
}

func (r *recorder) Calls() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.calls...)
}

// want is the fallback text of the real engine's answer to q, as the bot
// renders it.
func (r *recorder) want(t testing.TB, q string, share bool) string {
	t.Helper()
	a, err := r.e.Answer(context.Background(), q)
	if err != nil {
		t.Fatalf("Answer(%q): %v", q, err)
	}
	return Render(a, RenderOptions{ShareButton: share}).Text
}
