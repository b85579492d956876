package minimalhandler

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestNew(t *testing.T) {
	const secret = "test-secret"
	body := "command=%2Ffunding&text=Kenya"
	now := strconv.FormatInt(time.Now().Unix(), 10)
	sign := func(secret, ts string) string {
		m := hmac.New(sha256.New, []byte(secret))
		m.Write([]byte("v0:" + ts + ":" + body))
		return "v0=" + hex.EncodeToString(m.Sum(nil))
	}
	stale := strconv.FormatInt(time.Now().Add(-10*time.Minute).Unix(), 10)
	for _, tc := range []struct {
		name     string
		ts, sig  string
		wantCode int
	}{
		{"signed", now, sign(secret, now), http.StatusOK},
		{"other secret", now, sign("other", now), http.StatusUnauthorized},
		{"stale", stale, sign(secret, stale), http.StatusUnauthorized},
		{"unsigned", "", "", http.StatusUnauthorized},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodPost, "/slack/events", strings.NewReader(body))
			req.Header.Set("X-Slack-Request-Timestamp", tc.ts)
			req.Header.Set("X-Slack-Signature", tc.sig)
			rec := httptest.NewRecorder()
			New(secret).ServeHTTP(rec, req)
			if rec.Code != tc.wantCode {
				t.Errorf("status = %d, want %d", rec.Code, tc.wantCode)
			}
			if tc.wantCode == http.StatusOK && rec.Body.String() != string(Reply) {
				t.Errorf("body = %q, want %q", rec.Body, Reply)
			}
		})
	}
}
