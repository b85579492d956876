package bot

import (
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"

	"github.com/fundbot/fundbot/answer"
)

// Bounds of the thread memory: how many conversations it remembers and for
// how long after their last question.
const (
	threadMemorySize = 10_000
	threadMemoryTTL  = time.Hour
)

// threadMemory remembers the last question asked in each thread (or DM
// conversation) fundbot answers in, so that a follow-up such as "@fundbot
// and Kenya?" asks it again about Kenya. It is bounded in size and age,
// and local to the process: with several replicas, a follow-up that
// reaches another replica is answered as it stands.
type threadMemory struct {
	last *expirable.LRU[string, string] // channel and thread ts → question
}

func newThreadMemory() *threadMemory {
	return &threadMemory{last: expirable.NewLRU[string, string](threadMemorySize, nil, threadMemoryTTL)}
}

// resolve returns the question q asks: a follow-up made whole from the
// thread's last question, or q's text as it stands. It remembers the
// result as the thread's last question; small talk is not a question and
// is not remembered.
func (m *threadMemory) resolve(q question) string {
	if _, ok := answer.SmallTalk(q.text); ok {
		return q.text
	}
	key := q.channel + ":" + q.threadTS
	text := q.text
	if prev, ok := m.last.Get(key); ok {
		if whole, ok := answer.FollowUp(prev, text); ok {
			text = whole
		}
	}
	m.last.Add(key, text)
	return text
}
