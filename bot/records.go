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
// A transaction of 1,024 records costs about a sixth less a record than
// four of 256 (store's BenchmarkAdd), but holds a core for about 5 ms of
// SQLite: under load that showed in the slowest replies
// (docs/benchmarks.md, perf7).
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
// is never worth delaying a reply. It wakes the writer only when a batch's
// worth is waiting (recordsFull), not for every record.
func (b *Bot) record(r store.Record) {
	if b.opts.Records == nil {
		return
	}
	select {
	case b.records <- r:
		if len(b.records) >= b.recordWake {
			select {
			case b.recordsFull <- struct{}{}:
			default:
			}
		}
	default:
		b.m.recordsDropped.Inc()
		b.lg.Warn("record dropped: record queue full", "outcome", r.Outcome, "kind", r.Kind, "surface", r.Surface)
	}
}

// recordWakeAt is how many records waiting wake the record writer before
// its linger ends: half the queue, at most a batch.
func recordWakeAt(queue int) int { return max(1, min(maxRecordBatch, queue/2)) }

// writeRecords writes the queued records until stop is closed, then the
// ones still queued, and closes b.recorded. Once a record arrives it waits
// recordLinger, or until half the queue is taken, and writes what is queued
// then, up to maxRecordBatch, so that a flood of unanswered questions costs
// one transaction per batch rather than one per question, and one wake-up
// of the writer per batch rather than one per record.
func (b *Bot) writeRecords(stop <-chan struct{}) {
	defer close(b.recorded)
	batch := make([]store.Record, 0, maxRecordBatch)
	for {
		select {
		case r := <-b.records:
			b.lingerRecords(stop)
			b.writeBatch(b.drainRecords(append(batch[:0], r)))
		case <-stop:
			for {
				batch = b.drainRecords(batch[:0])
				if len(batch) == 0 {
					return
				}
				b.writeBatch(batch)
			}
		}
	}
}

// lingerRecords waits recordLinger for more records to write with one just
// taken, or less: until recordWake of them wait, or stop is closed.
func (b *Bot) lingerRecords(stop <-chan struct{}) {
	select {
	case <-b.recordsFull: // a signal from a batch already written
	default:
	}
	if len(b.records) >= b.recordWake {
		return
	}
	t := time.NewTimer(recordLinger)
	defer t.Stop()
	select {
	case <-t.C:
	case <-b.recordsFull:
	case <-stop:
	}
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
