package bot

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// MaxBodyBytes is the largest request body the bot reads; a larger one gets
// 413.
const MaxBodyBytes = 1 << 20

// Handler returns the bot's HTTP handler: POST /slack/events takes Events
// API callbacks, slash commands and interactivity payloads signed with
// signingSecret; GET /healthz reports liveness and readiness; GET /metrics
// serves Prometheus metrics.
func (b *Bot) Handler(signingSecret string) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST /slack/events", &eventsHandler{b: b, secret: signingSecret})
	mux.Handle("GET /healthz", b.HealthHandler())
	mux.Handle("GET /metrics", b.MetricsHandler())
	return mux
}

// HealthHandler answers 200 {"status":"ok"} when the bot is ready to take
// work; 200 {"status":"degraded"} when it is, but its calls to Slack keep
// failing; and 503 when it is starting or stopping, or when Slack no longer
// accepts its token (revoked, or the app uninstalled).
func (b *Bot) HealthHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if reason := b.health.revokedReason(); reason != "" {
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, `{"status":"unhealthy","reason":"`+reason+`"}`+"\n")
			return
		}
		if !b.Ready() {
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, `{"status":"not ready"}`+"\n")
			return
		}
		if slackBad, n, sharedBad := b.health.degraded(); slackBad || sharedBad {
			io.WriteString(w, `{"status":"degraded","failed_calls_in_a_row":`+strconv.FormatInt(n, 10)+
				`,"shared_state_failing":`+strconv.FormatBool(sharedBad)+`}`+"\n")
			return
		}
		io.WriteString(w, `{"status":"ok"}`+"\n")
	})
}

// MetricsHandler serves the bot's Prometheus metrics.
func (b *Bot) MetricsHandler() http.Handler {
	return promhttp.HandlerFor(b.opts.Registry, promhttp.HandlerOpts{})
}

// eventsHandler serves POST /slack/events.
type eventsHandler struct {
	b      *Bot
	secret string

	lastLog  atomic.Int64 // when a rejection was last logged, in Unix ns
	unlogged atomic.Int64 // rejections not logged since
}

// jsonType is the Content-Type of JSON replies, shared: net/http only reads
// header values.
var jsonType = []string{"application/json"}

// bodies recycles request body buffers.
var bodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Request kinds, for metrics.
const (
	kindCommand     = "command"
	kindEvent       = "event"
	kindInteractive = "interactive"
	kindURLVerify   = "url_verification"
	kindSSLCheck    = "ssl_check"
	kindRejected    = "rejected"
)

// ServeHTTP serves one request from Slack and records it in the metrics.
func (h *eventsHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	kind, code := h.serve(w, r)
	h.b.m.request(kind, statusText(code), time.Since(start).Seconds())
}

// statusText is code as a metric label, without allocating for common codes.
func statusText(code int) string {
	switch code {
	case 200:
		return "200"
	case 400:
		return "400"
	case 401:
		return "401"
	case 413:
		return "413"
	case 503:
		return "503"
	}
	return http.StatusText(code)
}

// fail writes a short error reply; the detail is for the log only. A flood
// of bad requests must not flood the log: it logs at most one rejection a
// second, with the count of those it left out (the metrics count them all).
func (h *eventsHandler) fail(w http.ResponseWriter, r *http.Request, code int, why string, err error) (string, int) {
	now := time.Now().UnixNano()
	last := h.lastLog.Load()
	if now-last >= int64(time.Second) && h.lastLog.CompareAndSwap(last, now) {
		h.b.lg.Warn("request rejected", "status", code, "why", why, "err", err, "remote", r.RemoteAddr,
			"not_logged_since_last", h.unlogged.Swap(0))
	} else {
		h.unlogged.Add(1)
	}
	http.Error(w, http.StatusText(code), code)
	return kindRejected, code
}

func (h *eventsHandler) serve(w http.ResponseWriter, r *http.Request) (kind string, code int) {
	// The signature headers and the timestamp first: an unsigned or stale
	// request is refused before its body is read.
	sv, err := slack.NewSecretsVerifier(r.Header, h.secret)
	if err != nil {
		return h.fail(w, r, http.StatusUnauthorized, "bad signature headers", err)
	}
	buf := bodies.Get().(*bytes.Buffer)
	buf.Reset()
	defer bodies.Put(buf)
	// The verifier sees exactly the bytes the parsers will see.
	_, err = buf.ReadFrom(io.TeeReader(http.MaxBytesReader(w, r.Body, MaxBodyBytes), &sv))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return h.fail(w, r, http.StatusRequestEntityTooLarge, "body too large", err)
		}
		return h.fail(w, r, http.StatusBadRequest, "read body", err)
	}
	if err := sv.Ensure(); err != nil {
		return h.fail(w, r, http.StatusUnauthorized, "signature mismatch", err)
	}
	if !h.b.Ready() {
		w.Header().Set("Retry-After", "5")
		http.Error(w, "not ready", http.StatusServiceUnavailable)
		return kindRejected, http.StatusServiceUnavailable
	}
	body := buf.Bytes()
	switch mediaType(r.Header.Get("Content-Type")) {
	case "application/x-www-form-urlencoded":
		return h.form(w, r, body)
	case "application/json":
		return h.events(w, r, body)
	default:
		return h.fail(w, r, http.StatusBadRequest, "unsupported content type", nil)
	}
}

// mediaType is a Content-Type without parameters, in lower case
// (mime.ParseMediaType), or "" when it is malformed.
func mediaType(ct string) string {
	// What Slack sends, as it sends it: no parameters to parse (and
	// ParseMediaType builds a map of them on every call).
	switch ct {
	case "application/x-www-form-urlencoded", "application/json":
		return ct
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	return mt
}

// form handles a form-encoded body: a slash command, an interactivity
// payload or an ssl_check.
func (h *eventsHandler) form(w http.ResponseWriter, r *http.Request, body []byte) (string, int) {
	// The busiest path: a plain command needs only its command and text,
	// not the whole form: answered from the cache or by the engine in
	// time, it owes nothing, and slack-go parses the form only when the
	// reply is owed through response_url or the command is logged.
	if line, ok := commandLine(body); ok {
		var kind string
		var code int
		h.b.answerCommand(line, func() slack.SlashCommand {
			cmd, _ := parseCommandForm(r, body) // commandLine read it: it parses
			return cmd
		}, func(reply []byte) { kind, code = h.commandReply(w, reply) })
		return kind, code
	}
	cmd, err := parseCommandForm(r, body)
	if err != nil {
		return h.fail(w, r, http.StatusBadRequest, "malformed form", err)
	}
	if r.PostForm.Get("ssl_check") == "1" {
		w.WriteHeader(http.StatusOK)
		return kindSSLCheck, http.StatusOK
	}
	if p := r.PostForm.Get("payload"); p != "" {
		var cb slack.InteractionCallback
		if err := json.Unmarshal([]byte(p), &cb); err != nil {
			return h.fail(w, r, http.StatusBadRequest, "malformed interactivity payload", err)
		}
		h.b.interaction(cb)
		w.WriteHeader(http.StatusOK)
		return kindInteractive, http.StatusOK
	}
	if cmd.Command == "" {
		return h.fail(w, r, http.StatusBadRequest, "form without command or payload", nil)
	}
	var kind string
	var code int
	h.b.command(cmd, func(reply []byte) { kind, code = h.commandReply(w, reply) })
	return kind, code
}

// parseCommandForm parses a form body already read (and its signature checked)
// into r's form, once, and reads it as a slash command with slack-go, whose
// ParseForm then has nothing left to read.
func parseCommandForm(r *http.Request, body []byte) (slack.SlashCommand, error) {
	vals, err := url.ParseQuery(string(body))
	if err != nil {
		return slack.SlashCommand{}, err
	}
	r.PostForm, r.Form = vals, vals
	return slack.SlashCommandParse(r)
}

// commandReply writes a command's reply, or acknowledges it empty when
// reply is nil (the answer follows through response_url), and flushes it:
// a late acknowledgement is sent from the deadline's goroutine while the
// handler may still be waiting for the engine (commandAck), and it reaches
// Slack complete (its length is known) without waiting for the handler to
// return.
func (h *eventsHandler) commandReply(w http.ResponseWriter, reply []byte) (string, int) {
	kind, code := kindCommand, http.StatusOK
	if reply == nil {
		w.Header()["Content-Length"] = zeroLength
		w.WriteHeader(http.StatusOK)
	} else {
		kind, code = h.writeReply(w, reply)
	}
	http.NewResponseController(w).Flush()
	return kind, code
}

// zeroLength is the Content-Length of an empty reply, shared: net/http only
// reads header values.
var zeroLength = []string{"0"}

// writeReply writes a command's JSON reply.
func (h *eventsHandler) writeReply(w http.ResponseWriter, reply []byte) (string, int) {
	hdr := w.Header()
	hdr["Content-Type"] = jsonType
	// A known length spares net/http chunked encoding, and with it a
	// write, for replies over its 2 KiB buffer.
	hdr["Content-Length"] = []string{strconv.Itoa(len(reply))}
	w.Write(reply)
	return kindCommand, http.StatusOK
}

// commandLine reads a slash command's line ("/funding Pakistan") from a
// form body, as url.ParseQuery and slack.SlashCommandParse would, without
// building the whole form. It declines (ok false) anything but a plain
// command form — a payload or an ssl_check, an escaped key, a semicolon, a
// malformed escape — so the full parse handles (and rejects) those.
func commandLine(body []byte) (line string, ok bool) {
	var command, text []byte
	var haveCommand, haveText bool
	for len(body) > 0 {
		var field []byte
		field, body, _ = bytes.Cut(body, ampersand)
		if bytes.IndexByte(field, ';') >= 0 {
			return "", false
		}
		key, value, _ := bytes.Cut(field, equals)
		if bytes.ContainsAny(key, "%+") || !validEscapes(value) {
			return "", false
		}
		switch string(key) {
		case "command":
			if !haveCommand {
				command, haveCommand = value, true
			}
		case "text":
			if !haveText {
				text, haveText = value, true
			}
		case "payload", "ssl_check":
			return "", false
		}
	}
	if len(command) == 0 {
		return "", false
	}
	// command + " " + text, each unescaped as url.QueryUnescape would
	// (validEscapes made sure it can), in one allocation.
	var b strings.Builder
	b.Grow(len(command) + 1 + len(text))
	unescapeQuery(&b, command)
	if b.Len() == 0 {
		return "", false
	}
	b.WriteByte(' ')
	unescapeQuery(&b, text)
	return strings.TrimSpace(b.String()), true
}

// unescapeQuery writes v unescaped as a query component ("+" a space, "%XX"
// a byte) to b. Every % in v starts a valid escape (validEscapes).
func unescapeQuery(b *strings.Builder, v []byte) {
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case '+':
			b.WriteByte(' ')
		case '%':
			b.WriteByte(unhex(v[i+1])<<4 | unhex(v[i+2]))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
}

// unhex is the value of the hex digit c.
func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

var ampersand, equals = []byte("&"), []byte("=")

// validEscapes reports whether every % in v starts a two-digit hex escape.
func validEscapes(v []byte) bool {
	for i := bytes.IndexByte(v, '%'); i >= 0; {
		if i+2 >= len(v) || !isHex(v[i+1]) || !isHex(v[i+2]) {
			return false
		}
		next := bytes.IndexByte(v[i+3:], '%')
		if next < 0 {
			break
		}
		i += 3 + next
	}
	return true
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// events handles an Events API body.
func (h *eventsHandler) events(w http.ResponseWriter, r *http.Request, body []byte) (string, int) {
	ev, err := slackevents.ParseEvent(body, slackevents.OptionNoVerifyToken())
	if err != nil {
		if ev.Type == "unmarshalling_error" && knownOuter(body) {
			// A well-formed callback whose inner event slack-go does not
			// know: not for us, but not an error Slack should retry.
			h.b.lg.Debug("unknown event type ignored", "err", err)
			w.WriteHeader(http.StatusOK)
			return kindEvent, http.StatusOK
		}
		return h.fail(w, r, http.StatusBadRequest, "malformed event", err)
	}
	switch ev.Type {
	case slackevents.URLVerification:
		uv, ok := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if !ok || uv.Challenge == "" {
			return h.fail(w, r, http.StatusBadRequest, "url_verification without challenge", nil)
		}
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, uv.Challenge)
		return kindURLVerify, http.StatusOK
	case slackevents.CallbackEvent:
		cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
		if !ok {
			return h.fail(w, r, http.StatusBadRequest, "malformed event callback", nil)
		}
		if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
			h.b.lg.Info("slack retry", "event_id", cb.EventID, "retry_num", n,
				"retry_reason", r.Header.Get("X-Slack-Retry-Reason"))
			w.Header().Set("X-Slack-No-Retry", "1")
		}
		if err := h.b.event(r.Context(), cb.EventID, ev.InnerEvent); err != nil {
			// Not taken: Slack delivers it again later.
			w.Header().Del("X-Slack-No-Retry")
			h.b.lg.Warn("event refused", "event_id", cb.EventID, "err", err)
			w.Header().Set("Retry-After", "5")
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return kindEvent, http.StatusServiceUnavailable
		}
	case slackevents.AppRateLimited:
		h.b.lg.Warn("slack is rate-limiting events to this app", "team_id", ev.TeamID)
	}
	w.WriteHeader(http.StatusOK)
	return kindEvent, http.StatusOK
}

// knownOuter reports whether body is an event_callback with an inner event
// type, however unknown.
func knownOuter(body []byte) bool {
	var outer struct {
		Type  string `json:"type"`
		Event struct {
			Type string `json:"type"`
		} `json:"event"`
	}
	if json.Unmarshal(body, &outer) != nil {
		return false
	}
	_, known := slackevents.EventsAPIInnerEventMapping[slackevents.EventsAPIType(outer.Event.Type)]
	return outer.Type == slackevents.CallbackEvent && outer.Event.Type != "" && !known
}
