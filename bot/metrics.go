package bot

import (
	"maps"
	"sync"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the bot's Prometheus series.
type metrics struct {
	requests         *prometheus.CounterVec   // by kind and status code
	requestSeconds   *prometheus.HistogramVec // by kind
	answers          *prometheus.CounterVec   // by answer kind
	answerSeconds    prometheus.Histogram
	cacheHits        prometheus.Counter
	cacheMisses      prometheus.Counter
	apiErrors        *prometheus.CounterVec // by method and reason
	replies          *prometheus.CounterVec // by method and outcome
	duplicates       prometheus.Counter
	socketEvents     *prometheus.CounterVec // by socket mode event type
	busy             prometheus.Counter
	seenEvictedEarly prometheus.Counter
	unanswered       *prometheus.CounterVec // by why: not_found, not_stated, passages
	feedback         *prometheus.CounterVec // by vote: up, down
	recordsDropped   prometheus.Counter

	// The children of the vectors above that every request touches, kept
	// by their label values: WithLabelValues checks and hashes the labels
	// and takes a lock on every call.
	requestsBy       series[[2]string, prometheus.Counter]  // by kind and code
	requestSecondsBy series[string, prometheus.Observer]    // by kind
	answersBy        series[answerKind, prometheus.Counter] // by answer kind
	unansweredBy     series[string, prometheus.Counter]     // by why
}

// answerKind is an answer's kind as a key of m.answersBy.
type answerKind string

// request counts one request of kind acknowledged with code (a status
// code or "ack"), and observes how long it took.
func (m *metrics) request(kind, code string, seconds float64) {
	m.requestsBy.get([2]string{kind, code}, func() prometheus.Counter { return m.requests.WithLabelValues(kind, code) }).Inc()
	m.requestSecondsBy.get(kind, func() prometheus.Observer { return m.requestSeconds.WithLabelValues(kind) }).Observe(seconds)
}

// answered counts an answer of kind ("error" for a failure).
func (m *metrics) answered(kind string) {
	m.answersBy.get(answerKind(kind), func() prometheus.Counter { return m.answers.WithLabelValues(kind) }).Inc()
}

// leftUnanswered counts a question left unanswered, by why.
func (m *metrics) leftUnanswered(why string) {
	m.unansweredBy.get(why, func() prometheus.Counter { return m.unanswered.WithLabelValues(why) }).Inc()
}

// series keeps the children of a metric vector by their label values, for
// lookups without a lock: readers use the map last published, and a new
// child is added to a copy. The label values are few (kinds, codes), so
// the copies are too.
type series[K comparable, T any] struct {
	m  atomic.Pointer[map[K]T]
	mu sync.Mutex // serialises additions
}

// get returns the child for key, made by mk (the vector's WithLabelValues)
// the first time.
func (s *series[K, T]) get(key K, mk func() T) T {
	if m := s.m.Load(); m != nil {
		if v, ok := (*m)[key]; ok {
			return v
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.m.Load()
	if old != nil {
		if v, ok := (*old)[key]; ok {
			return v
		}
	}
	next := map[K]T{}
	if old != nil {
		next = maps.Clone(*old)
	}
	v := mk()
	next[key] = v
	s.m.Store(&next)
	return v
}

func newMetrics(reg prometheus.Registerer, b *Bot) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "fundbot_requests_total",
			Help: "Requests from Slack, by kind (command, event, interactive, ...) and HTTP status code (\"ack\" in Socket Mode).",
		}, []string{"kind", "code"}),
		requestSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "fundbot_request_duration_seconds",
			Help:    "Time to acknowledge a request from Slack, by kind.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2, 3},
		}, []string{"kind"}),
		answers: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "fundbot_answers_total",
			Help: "Answers computed by the engine (cache misses), by answer kind.",
		}, []string{"kind"}),
		answerSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "fundbot_answer_duration_seconds",
			Help:    "Time the answer engine took for a question not in the cache.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}),
		cacheHits: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "fundbot_answer_cache_hits_total",
			Help: "Questions answered from the cache.",
		}),
		cacheMisses: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "fundbot_answer_cache_misses_total",
			Help: "Questions the cache did not hold.",
		}),
		apiErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "fundbot_slack_api_errors_total",
			Help: "Failed calls to Slack (Web API and response_url), by method and reason.",
		}, []string{"method", "reason"}),
		replies: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "fundbot_replies_total",
			Help: "Replies posted to Slack after retries, by method and outcome (ok, dropped).",
		}, []string{"method", "outcome"}),
		duplicates: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "fundbot_duplicate_deliveries_total",
			Help: "Events not answered because they were already seen (retries, app_mention+message pairs).",
		}),
		socketEvents: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "fundbot_socket_mode_events_total",
			Help: "Socket Mode client events, by type (connected, connection_error, events_api, ...).",
		}, []string{"type"}),
	}
	m.busy = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "fundbot_busy_total",
		Help: "Slash commands told that the bot is busy because its workers' queue was full.",
	})
	m.seenEvictedEarly = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "fundbot_dedupe_evicted_early_total",
		Help: "Delivered events forgotten by the in-memory dedupe before its window ended (raise SeenSize).",
	})
	backlog := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "fundbot_outbox_backlog",
		Help: "Replies owed and not yet confirmed by Slack.",
	}, func() float64 { return float64(b.backlog.Load()) })
	queue := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "fundbot_worker_queue_length",
		Help: "Jobs waiting for a worker.",
	}, func() float64 { return float64(b.pool.queued()) })
	waiting := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "fundbot_commands_waiting",
		Help: "Slash commands waiting for a place to be answered (FUNDBOT_ANSWERING).",
	}, func() float64 { return float64(b.waiting.Load()) })
	busyWorkers := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "fundbot_workers_busy",
		Help: "Workers answering or delivering.",
	}, func() float64 { return float64(b.pool.busy.Load()) })
	m.unanswered = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "fundbot_unanswered_questions_total",
		Help: "Questions fundbot left unanswered, by why (not_found, not_stated, passages).",
	}, []string{"why"})
	m.feedback = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "fundbot_feedback_total",
		Help: "Feedback buttons clicked on answers, by vote (up, down).",
	}, []string{"vote"})
	m.recordsDropped = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "fundbot_records_dropped_total",
		Help: "Unanswered questions and feedback not recorded: the record queue was full, or the write failed.",
	})
	reg.MustRegister(m.unanswered, m.feedback, m.recordsDropped)
	reg.MustRegister(m.busy, m.seenEvictedEarly, backlog, queue, waiting, busyWorkers)
	reg.MustRegister(m.requests, m.requestSeconds, m.answers, m.answerSeconds, m.cacheHits,
		m.cacheMisses, m.apiErrors, m.replies, m.duplicates, m.socketEvents)
	return m
}
