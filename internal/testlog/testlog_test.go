package testlog

import (
	"strings"
	"sync"
	"testing"
)

func TestNewKeepsWhatIsLogged(t *testing.T) {
	lg, logs := New(t)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lg.Debug("checked", "n", 1)
		}()
	}
	wg.Wait()
	if got := strings.Count(logs.String(), "msg=checked"); got != 4 {
		t.Errorf("logs hold %d lines of msg=checked, want 4:\n%s", got, logs)
	}
}
