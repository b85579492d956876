package bot

import (
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
)

// series makes each child once, whatever the concurrency, and returns the
// child made for each key.
func TestSeriesMakesEachChildOnce(t *testing.T) {
	var s series[string, *int]
	var made atomic.Int64
	children := make([]int, 4)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				k := (g + i) % len(children)
				got := s.get(strconv.Itoa(k), func() *int { made.Add(1); return &children[k] })
				if got != &children[k] {
					t.Errorf("get(%d) returned another key's child", k)
					return
				}
			}
		}()
	}
	wg.Wait()
	if n := made.Load(); n != int64(len(children)) {
		t.Errorf("made %d children, want %d (one per key)", n, len(children))
	}
}
