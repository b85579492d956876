package webpage

import (
	"testing"

	"github.com/fundbot/fundbot/internal/lazyre/lazyretest"
)

// TestPatternsCompile compiles every pattern this package makes lazily.
func TestPatternsCompile(t *testing.T) { lazyretest.CheckAll(t, 20) }
