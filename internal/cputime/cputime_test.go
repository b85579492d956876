package cputime

import "testing"

func TestProcessGrows(t *testing.T) {
	before := Process()
	if before <= 0 {
		t.Skip("no CPU time on this platform")
	}
	// Spin until the clock the kernel keeps moves: it counts in ticks.
	for x := 0; Process() == before; x++ {
		_ = x * x
	}
	if after := Process(); after <= before {
		t.Errorf("Process() went from %v to %v, want it to grow", before, after)
	}
}
