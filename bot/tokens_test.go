package bot

import (
	"net/http"
	"strings"
	"testing"
)

// TestTokenStopsWorking covers what issue 7 asks of a token that stops
// working while serving: each way Slack says so turns /healthz unhealthy,
// and the operator reads it once in the log, however often it is said.
func TestTokenStopsWorking(t *testing.T) {
	const logLine = "slack no longer accepts the bot's token"
	tests := []struct {
		name   string
		reason string
		say    func(tb *testBot, i int)
	}{
		{"app_uninstalled event", "app_uninstalled", func(tb *testBot, i int) {
			tb.event(t, "EvU"+string(rune('0'+i)), map[string]any{"type": "app_uninstalled"}, nil)
		}},
		{"tokens_revoked event", "tokens_revoked", func(tb *testBot, i int) {
			tb.event(t, "EvR"+string(rune('0'+i)), map[string]any{"type": "tokens_revoked", "tokens": map[string]any{"bot": []string{testBotUser}}}, nil)
		}},
	}
	for _, reason := range []string{"invalid_auth", "account_inactive", "token_revoked", "not_authed"} {
		tests = append(tests, struct {
			name   string
			reason string
			say    func(tb *testBot, i int)
		}{"chat.postMessage fails with " + reason, reason, func(tb *testBot, i int) {
			tb.slack.failNext("chat.postMessage", slackError(reason))
			tb.event(t, "EvP"+string(rune('0'+i)), message("D1", "im", "U1", "1."+string(rune('0'+i)), "Kenya", nil), nil)
		}})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := newTestBot(t, &fakeAnswerer{}, Options{})
			for i := range 3 {
				tt.say(tb, i)
			}
			waitUntil(t, func() bool { code, _ := tb.health(t); return code == http.StatusServiceUnavailable })
			if _, body := tb.health(t); !strings.Contains(body, tt.reason) {
				t.Errorf("healthz body %q, want the reason %s", body, tt.reason)
			}
			tb.shutdown(t)
			if n := strings.Count(tb.logs.String(), logLine); n != 1 {
				t.Errorf("%q logged %d times after 3 signs, want once", logLine, n)
			}
		})
	}
}
