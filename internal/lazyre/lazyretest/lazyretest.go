// Package lazyretest holds the test every package that makes patterns with
// lazyre runs, so that an invalid pattern fails in its tests and never in
// a user's run.
package lazyretest

import (
	"testing"

	"github.com/fundbot/fundbot/internal/lazyre"
)

// CheckAll compiles every pattern made with lazyre.New in the test binary
// and fails t if one does not compile or fewer than min were made (a
// package that forgot to use lazyre.New would register none).
func CheckAll(t testing.TB, min int) {
	t.Helper()
	n, err := lazyre.Check()
	if err != nil {
		t.Fatal(err)
	}
	if n < min {
		t.Errorf("%d patterns registered, want every package-level pattern (at least %d)", n, min)
	}
}
