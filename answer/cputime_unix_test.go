package answer

import (
	"time"

	"github.com/fundbot/fundbot/internal/cputime"
)

// processCPU returns the user and system CPU time the process has used,
// garbage collection included, or 0 when it cannot be read.
func processCPU() time.Duration { return cputime.Process() }
