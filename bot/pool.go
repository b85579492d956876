package bot

import (
	"context"
	"sync"
	"sync/atomic"
)

// pool runs jobs on a fixed number of goroutines from a bounded queue. A job
// offered when the queue is full is refused at once, never waited for: the
// caller answers "busy" (a slash command) or leaves the work stored for
// later (a reply in the outbox).
type pool struct {
	jobs chan job
	busy atomic.Int64 // jobs running
	wg   sync.WaitGroup
	done func() // called after each job, to wake whoever feeds the pool

	// mu guards closed against submit: submits share it (sends on a
	// channel need no lock among themselves), close holds it alone.
	mu     sync.RWMutex
	closed bool
}

// job is work for the pool.
type job interface{ run(ctx context.Context) }

// jobFunc is a function as a job.
type jobFunc func(context.Context)

func (f jobFunc) run(ctx context.Context) { f(ctx) }

// newPool starts workers goroutines taking jobs from a queue of queue
// places; every job runs with ctx.
func newPool(ctx context.Context, workers, queue int, done func()) *pool {
	p := &pool{jobs: make(chan job, queue), done: done}
	p.wg.Add(workers)
	for range workers {
		go func() {
			defer p.wg.Done()
			for j := range p.jobs {
				p.busy.Add(1)
				j.run(ctx)
				p.busy.Add(-1)
				if p.done != nil {
					p.done()
				}
			}
		}()
	}
	return p
}

// submit queues f and reports whether there was room.
func (p *pool) submit(f func(context.Context)) bool { return p.submitJob(jobFunc(f)) }

// submitJob queues j and reports whether there was room.
func (p *pool) submitJob(j job) bool {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return false
	}
	select {
	case p.jobs <- j:
		return true
	default:
		return false
	}
}

// free is the number of places left in the queue.
func (p *pool) free() int { return cap(p.jobs) - len(p.jobs) }

// queued is the number of jobs waiting for a worker.
func (p *pool) queued() int { return len(p.jobs) }

// close refuses new jobs; the workers finish the queued ones and stop.
func (p *pool) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.closed {
		p.closed = true
		close(p.jobs)
	}
}

// wait waits for the workers to stop (after close).
func (p *pool) wait() { p.wg.Wait() }
