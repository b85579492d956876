package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// DefaultReconnectTimeout is how long RunSocketMode lets the connection stay
// down before it gives up.
const DefaultReconnectTimeout = 2 * time.Minute

// errCannotConnect means Socket Mode could not (re)connect in time.
var errCannotConnect = errors.New("socket mode: cannot connect to slack")

// RunSocketMode serves Slack through Socket Mode, with the app-level token
// of the bot's client (NewClient's appToken), until ctx ends (then it
// returns nil) or the connection cannot be re-established within
// reconnectTimeout (zero means DefaultReconnectTimeout), or Slack refuses
// the app token: then it returns an error, so that a supervisor restarts the
// process rather than leave it alive and deaf. It reconnects by itself on
// disconnect requests and lost connections.
func (b *Bot) RunSocketMode(ctx context.Context, reconnectTimeout time.Duration) error {
	sm := socketmode.New(b.api)
	if reconnectTimeout <= 0 {
		reconnectTimeout = DefaultReconnectTimeout
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	runErr := make(chan error, 1)
	go func() { runErr <- sm.RunContext(ctx) }()

	// down fires when the connection has been down for too long; it runs
	// from the start until the first connection.
	down := time.NewTimer(reconnectTimeout)
	defer down.Stop()
	connected := false
	for {
		select {
		case <-ctx.Done():
			b.SetReady(false)
			<-runErr
			return nil
		case err := <-runErr:
			b.SetReady(false)
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("%w: %w", errCannotConnect, err)
		case <-down.C:
			b.SetReady(false)
			cancel()
			<-runErr
			return fmt.Errorf("%w: down for more than %v", errCannotConnect, reconnectTimeout)
		case evt := <-sm.Events:
			b.m.socketEvents.WithLabelValues(string(evt.Type)).Inc()
			switch evt.Type {
			case socketmode.EventTypeConnecting:
				if connected {
					connected = false
					b.SetReady(false)
					down.Reset(reconnectTimeout)
					b.lg.Info("socket mode reconnecting")
				}
			case socketmode.EventTypeConnected:
				connected = true
				down.Stop()
				b.SetReady(true)
				b.lg.Info("socket mode connected")
			case socketmode.EventTypeConnectionError:
				b.lg.Warn("socket mode connection failed", "err", connErr(evt.Data))
			case socketmode.EventTypeInvalidAuth:
				b.SetReady(false)
				cancel()
				<-runErr
				return fmt.Errorf("%w: slack refused the app token", errCannotConnect)
			case socketmode.EventTypeHello:
				b.lg.Debug("socket mode hello")
			case socketmode.EventTypeEventsAPI:
				b.socketEvent(sm, evt)
			case socketmode.EventTypeSlashCommand:
				b.socketCommand(sm, evt)
			case socketmode.EventTypeInteractive:
				b.socketInteraction(sm, evt)
			case socketmode.EventTypeErrorBadMessage:
				b.badEnvelope(sm, evt)
			case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorWriteFailed:
				b.lg.Warn("socket mode error", "type", evt.Type, "data", fmt.Sprintf("%T", evt.Data))
			}
		}
	}
}

// connErr is the error inside a connection_error event.
func connErr(data any) error {
	if ce, ok := data.(*slack.ConnectionErrorEvent); ok {
		return ce.ErrorObj
	}
	return nil
}

// ack acknowledges an envelope, logging failure.
func (b *Bot) ack(sm *socketmode.Client, req *socketmode.Request, payload any) error {
	if req == nil {
		return nil
	}
	// The ack queue drains only while connected: never wait on it for long.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := sm.AckCtx(ctx, req.EnvelopeID, payload)
	if err != nil {
		b.lg.Warn("socket mode ack failed", "envelope_id", req.EnvelopeID, "err", err)
	}
	return err
}

// badEnvelope acknowledges an envelope slack-go could not parse (an event
// type it does not know, say), so that Slack does not deliver it again.
func (b *Bot) badEnvelope(sm *socketmode.Client, evt socketmode.Event) {
	bad, ok := evt.Data.(*socketmode.ErrorBadMessage)
	if !ok {
		return
	}
	var env struct {
		EnvelopeID string `json:"envelope_id"`
		Type       string `json:"type"`
	}
	if json.Unmarshal(bad.Message, &env) != nil || env.EnvelopeID == "" {
		b.lg.Warn("socket mode: unreadable frame", "err", bad.Cause)
		return
	}
	b.lg.Info("socket mode: envelope not understood, acknowledged", "type", env.Type, "envelope_id", env.EnvelopeID, "err", bad.Cause)
	b.ack(sm, &socketmode.Request{EnvelopeID: env.EnvelopeID}, nil)
}

// socketEvent takes an event: it acknowledges it once the reply owed is
// stored, and leaves it unacknowledged (for Slack to deliver again) when it
// could not be.
func (b *Bot) socketEvent(sm *socketmode.Client, evt socketmode.Event) {
	b.m.requests.WithLabelValues(kindEvent, "ack").Inc()
	ev, ok := evt.Data.(slackevents.EventsAPIEvent)
	if !ok {
		b.ack(sm, evt.Request, nil)
		return
	}
	if evt.Request != nil && evt.Request.RetryAttempt > 0 {
		b.lg.Info("slack retry", "retry_num", evt.Request.RetryAttempt, "retry_reason", evt.Request.RetryReason)
	}
	switch ev.Type {
	case slackevents.CallbackEvent:
		eventID := ""
		if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
			eventID = cb.EventID
		}
		if err := b.event(context.Background(), eventID, ev.InnerEvent); err != nil {
			b.lg.Warn("event refused, not acknowledged", "event_id", eventID, "err", err)
			return
		}
	case slackevents.AppRateLimited:
		b.lg.Warn("slack is rate-limiting events to this app", "team_id", ev.TeamID)
	}
	b.ack(sm, evt.Request, nil)
}

// socketCommand answers a slash command in the ack when it is ready within
// the deadline and small enough for an ack (under 20 KiB), and through
// response_url otherwise. It does not hold up the event loop; the commands
// waiting for their answer are bounded, and one past the bound is told at
// once that the bot is busy.
func (b *Bot) socketCommand(sm *socketmode.Client, evt socketmode.Event) {
	b.m.requests.WithLabelValues(kindCommand, "ack").Inc()
	cmd, ok := evt.Data.(slack.SlashCommand)
	if !ok || evt.Request == nil {
		b.ack(sm, evt.Request, nil)
		return
	}
	select {
	case b.acks <- struct{}{}:
	default:
		b.m.busy.Inc()
		b.ack(sm, evt.Request, rawJSON(mustReply(busyText)))
		return
	}
	go func() {
		defer func() { <-b.acks }()
		b.command(cmd, func(reply []byte) { b.socketReply(sm, evt.Request, cmd, reply) })
	}()
}

// socketReply acknowledges a Socket Mode slash command with its reply, or
// empty when reply is nil (the answer follows through response_url).
func (b *Bot) socketReply(sm *socketmode.Client, req *socketmode.Request, cmd slack.SlashCommand, reply []byte) {
	if reply == nil {
		b.ack(sm, req, nil)
		return
	}
	// Slack drops Socket Mode responses of 20 KiB or more (and slack-go
	// refuses them): a bigger reply goes through response_url.
	fits := len(reply)+len(req.EnvelopeID)+64 < maxAck
	if fits && b.ack(sm, req, rawJSON(reply)) == nil {
		return
	}
	line := cut(strings.TrimSpace(cmd.Command+" "+cmd.Text), b.opts.MaxQuestion)
	ctx, cancel := context.WithTimeout(context.Background(), ackStoreBudget)
	defer cancel()
	if err := b.oweCommand(ctx, cmd, line); err != nil {
		b.ack(sm, req, rawJSON(mustReply(busyText)))
		return
	}
	b.ack(sm, req, nil)
}

// maxAck is the size from which Slack drops a Socket Mode response.
const maxAck = 20 * 1024

// rawJSON is a payload already encoded.
type rawJSON []byte

// MarshalJSON returns r itself.
func (r rawJSON) MarshalJSON() ([]byte, error) { return r, nil }

func (b *Bot) socketInteraction(sm *socketmode.Client, evt socketmode.Event) {
	b.ack(sm, evt.Request, nil)
	b.m.requests.WithLabelValues(kindInteractive, "ack").Inc()
	if cb, ok := evt.Data.(slack.InteractionCallback); ok {
		b.interaction(cb)
	}
}
