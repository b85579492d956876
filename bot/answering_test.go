package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/fundbot/fundbot/answer"
)

// stuckAnswerer is an engine that does not notice its deadline: each
// answer waits for a value on release, whatever its context says, and each
// question is sent on started as its answer starts.
type stuckAnswerer struct {
	started chan string
	release chan struct{}
}

func newStuckAnswerer() *stuckAnswerer {
	return &stuckAnswerer{started: make(chan string, 16), release: make(chan struct{})}
}

func (s *stuckAnswerer) Answer(_ context.Context, text string) (answer.Answer, error) {
	s.started <- text
	<-s.release
	return answer.Answer{Kind: answer.KindSearch, Query: text, Headline: "Echo: " + text, Text: "Echo: " + text}, nil
}

// nextStarted waits for the next answer to start and returns its question.
func (s *stuckAnswerer) nextStarted(t *testing.T) string {
	t.Helper()
	select {
	case q := <-s.started:
		return q
	case <-time.After(waitFor):
		t.Fatal("no answer started in time")
		return ""
	}
}

// commandAsync sends a slash command from a goroutine; the channel gets its
// status and body.
func (tb *testBot) commandAsync(t *testing.T, command, text string) <-chan string {
	acked := make(chan string, 1)
	go func() {
		code, body := tb.command(t, command, text)
		acked <- fmt.Sprint(code, " ", body)
	}()
	return acked
}

// ackWithin waits for a command's acknowledgement; a command still waiting
// after waitFor fails the test.
func ackWithin(t *testing.T, acked <-chan string) string {
	t.Helper()
	select {
	case a := <-acked:
		return a
	case <-time.After(waitFor):
		t.Fatalf("no acknowledgement within %v", waitFor)
		return ""
	}
}

// TestCommandAckedWhileEngineStuck checks that a slash command is
// acknowledged by its deadline even when the engine ignores its context:
// the acknowledgement does not wait for the request's goroutine, which is
// still inside the engine, and the answer then goes to response_url.
func TestCommandAckedWhileEngineStuck(t *testing.T) {
	for _, tt := range []struct {
		name string
		opts Options
	}{
		{"answered on the request", Options{}},
		{"handed to a worker", Options{Workers: 1, QueueSize: 4}},
		{"waiting its turn", Options{Answering: 1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ans := newStuckAnswerer()
			tt.opts.AckDeadline = 50 * time.Millisecond
			tb := newTestBot(t, ans, tt.opts)
			released := false
			t.Cleanup(func() {
				if !released {
					close(ans.release)
				}
			})
			if tt.name != "answered on the request" {
				// The one place on a request's goroutine is taken: the
				// command goes to the worker, or waits in line.
				tb.b.inline <- struct{}{}
				defer func() { <-tb.b.inline }()
			}
			start := time.Now()
			acked := tb.commandAsync(t, "/funding", "Kenya")
			if tt.name != "waiting its turn" {
				if q := ans.nextStarted(t); q != "/funding Kenya" {
					t.Errorf("engine asked %q, want %q", q, "/funding Kenya")
				}
			}
			if a := ackWithin(t, acked); a != "200 " {
				t.Errorf("ack with the engine stuck: %q, want 200 and an empty body", a)
			}
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("ack took %v, want under 3 s", took)
			}
			close(ans.release)
			released = true
			p := tb.slack.next(t)
			if p.Method != "response_url" || !strings.Contains(p.Text, "/funding Kenya") {
				t.Errorf("late answer: %s %q, want response_url with the answer", p.Method, p.Text)
			}
			tb.shutdown(t)
			tb.slack.none(t)
		})
	}
}

// TestAnsweringInOrder checks that with Options.Answering, commands that
// find every place taken are answered in the order they came, and that
// one past QueueSize waiting is told at once that the bot is busy.
func TestAnsweringInOrder(t *testing.T) {
	ans := newStuckAnswerer()
	tb := newTestBot(t, ans, Options{Answering: 1, QueueSize: 3, AckDeadline: 10 * time.Second})
	released := false
	t.Cleanup(func() {
		if !released {
			close(ans.release)
		}
	})
	first := tb.commandAsync(t, "/funding", "Kenya")
	ans.nextStarted(t)
	var waiting []<-chan string
	for i, country := range []string{"Mali", "Peru", "Chad"} {
		waiting = append(waiting, tb.commandAsync(t, "/funding", country))
		waitUntil(t, func() bool { return tb.b.waiting.Load() == int64(i+1) })
	}
	wantBusyAtOnce(t, tb, "Togo")
	if got := gauge(t, tb.b.opts.Registry, "fundbot_commands_waiting"); got != 3 {
		t.Errorf("fundbot_commands_waiting = %v, want 3", got)
	}
	acks := append([]<-chan string{first}, waiting...)
	for i, want := range []string{"Mali", "Peru", "Chad"} {
		ans.release <- struct{}{}
		if a := ackWithin(t, acks[i]); !strings.HasPrefix(a, "200 ") || !strings.Contains(a, "Echo: /funding") {
			t.Errorf("command %d: %q, want 200 and its answer", i, a)
		}
		if q := ans.nextStarted(t); q != "/funding "+want {
			t.Errorf("answer %d started for %q, want %q (the order the commands came)", i+2, q, "/funding "+want)
		}
	}
	close(ans.release)
	released = true
	if a := ackWithin(t, acks[3]); !strings.Contains(a, "Echo: /funding Chad") {
		t.Errorf("last command: %q, want its answer", a)
	}
}

// gauge reads the value of the gauge named name from reg.
func gauge(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() == name && len(f.GetMetric()) == 1 {
			return f.GetMetric()[0].GetGauge().GetValue()
		}
	}
	t.Fatalf("no gauge %s", name)
	return 0
}
