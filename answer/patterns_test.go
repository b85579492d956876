package answer

import (
	"testing"

	"github.com/fundbot/fundbot/internal/lazyre/lazyretest"
)

// TestPatternsCompile compiles the patterns answer makes on first use.
func TestPatternsCompile(t *testing.T) { lazyretest.CheckAll(t, 9) }
