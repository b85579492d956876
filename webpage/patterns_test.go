package webpage

import (
	"testing"

	"github.com/fundbot/fundbot/internal/lazyre"
)

// TestPatternsCompile compiles every pattern this package makes lazily,
// so that an invalid one fails here and never in a user's ingest.
func TestPatternsCompile(t *testing.T) {
	n, err := lazyre.Check()
	if err != nil {
		t.Fatal(err)
	}
	if n < 20 {
		t.Errorf("%d patterns registered, want every package-level pattern", n)
	}
}
