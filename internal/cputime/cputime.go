// Package cputime reads the CPU time the process has used, for benchmarks
// that report it beside wall time: on a machine shared with other work it
// is the steadier figure, and it counts the work of every goroutine (a
// background writer's, the garbage collector's).
package cputime

import "time"

// Process returns the user and system CPU time the process has used, or 0
// where it cannot be read.
func Process() time.Duration { return process() }
