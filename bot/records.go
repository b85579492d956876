package bot

import (
	"context"
	"time"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/store"
)

// Recorder keeps the questions fundbot could not answer and the feedback on
// its answers. *store.Store is the real one.
type Recorder interface {
	Add(ctx context.Context, r store.Record) error
}

// recordTimeout bounds one write to the Recorder.
const recordTimeout = 5 * time.Second

// surfaceOfOrigin says where a question came from, for the records.
var surfaceOfOrigin = map[string]store.Surface{
	"command": store.Command,
	"dm":      store.DM,
	"mention": store.Channel,
}

// asked counts a question that a leaves unanswered, and records it when the
// bot records. It does not wait for the record to be written.
//
// Only questions count: a shared answer or More passages repeats a question
// already counted when it was asked.
func (b *Bot) asked(a *answer.Answer, origin string) {
	surface, ok := surfaceOfOrigin[origin]
	why := a.Unanswered()
	if !ok || why == "" {
		return
	}
	b.m.unanswered.WithLabelValues(why).Inc()
	b.record(store.Record{Outcome: store.Outcome(why), Kind: string(a.Kind), Surface: surface, Question: a.Query})
}

// record writes r in a worker, within recordTimeout, when the bot records.
// It does not wait; a record that finds the workers busy, or fails, is
// logged and dropped: it is never worth delaying a reply.
func (b *Bot) record(r store.Record) {
	if b.opts.Records == nil {
		return
	}
	ok := b.pool.submit(func(ctx context.Context) {
		ctx, cancel := context.WithTimeout(ctx, recordTimeout)
		defer cancel()
		if err := b.opts.Records.Add(ctx, r); err != nil {
			b.lg.Error("record not written", "outcome", r.Outcome, "kind", r.Kind, "surface", r.Surface, "err", err)
		}
	})
	if !ok {
		b.lg.Warn("record dropped: workers busy", "outcome", r.Outcome, "kind", r.Kind, "surface", r.Surface)
	}
}
