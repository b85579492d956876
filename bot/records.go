package bot

import (
	"context"
	"time"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/store"
)

// Recorder keeps the questions fundbot could not answer and the feedback on
// its answers. *store.Store is the real one: it writes a batch of records
// in one transaction.
type Recorder interface {
	Add(ctx context.Context, rs ...store.Record) error
}

// recordTimeout bounds one write to the Recorder.
const recordTimeout = 5 * time.Second

// recordLinger is how long the record writer waits for more records to
// write with the first one it takes.
const recordLinger = 100 * time.Millisecond

// maxRecordBatch bounds the records written in one call to the Recorder.
const maxRecordBatch = 256

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
	b.m.leftUnanswered(why)
	b.record(store.Record{Outcome: store.Outcome(why), Kind: string(a.Kind), Surface: surface, Question: a.Query})
}

// record queues r for the record writer when the bot records. It does not
// wait: a record that finds the queue full is logged and dropped, since it
// is never worth delaying a reply.
func (b *Bot) record(r store.Record) {
	if b.opts.Records == nil {
		return
	}
	select {
	case b.records <- r:
	default:
		b.m.recordsDropped.Inc()
		b.lg.Warn("record dropped: record queue full", "outcome", r.Outcome, "kind", r.Kind, "surface", r.Surface)
	}
}

// writeRecords writes the queued records until stop is closed, then the
// ones still queued, and closes b.recorded. It takes what is queued
// within recordLinger of the first, up to maxRecordBatch, so that a flood
// of unanswered questions costs one transaction per batch rather than one
// per question.
func (b *Bot) writeRecords(stop <-chan struct{}) {
	defer close(b.recorded)
	batch := make([]store.Record, 0, maxRecordBatch)
	for {
		select {
		case r := <-b.records:
			batch = b.gatherRecords(append(batch[:0], r), stop)
		case <-stop:
			for {
				batch = b.drainRecords(batch[:0])
				if len(batch) == 0 {
					return
				}
				b.writeBatch(batch)
			}
		}
		b.writeBatch(b.drainRecords(batch))
	}
}

// gatherRecords appends to batch the records queued within recordLinger,
// up to maxRecordBatch in all, or until stop is closed: a record waits a
// little so that many share a transaction.
func (b *Bot) gatherRecords(batch []store.Record, stop <-chan struct{}) []store.Record {
	t := time.NewTimer(recordLinger)
	defer t.Stop()
	for len(batch) < maxRecordBatch {
		select {
		case r := <-b.records:
			batch = append(batch, r)
		case <-t.C:
			return batch
		case <-stop:
			return batch
		}
	}
	return batch
}

// drainRecords appends to batch the records queued now, up to
// maxRecordBatch in all.
func (b *Bot) drainRecords(batch []store.Record) []store.Record {
	for len(batch) < maxRecordBatch {
		select {
		case r := <-b.records:
			batch = append(batch, r)
		default:
			return batch
		}
	}
	return batch
}

// writeBatch writes records within recordTimeout; a failure is logged and
// the records dropped.
func (b *Bot) writeBatch(records []store.Record) {
	ctx, cancel := context.WithTimeout(b.work, recordTimeout)
	defer cancel()
	if err := b.opts.Records.Add(ctx, records...); err != nil {
		b.m.recordsDropped.Add(float64(len(records)))
		b.lg.Error("records not written", "records", len(records), "err", err)
	}
}
