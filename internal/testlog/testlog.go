// Package testlog sends a test's logs through t.Log, so that they show with
// the test that wrote them, and keeps a copy that the test can inspect.
package testlog

import (
	"bytes"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
)

// Buffer is a writer, safe for concurrent use, that passes each write to
// t.Log and keeps a copy.
type Buffer struct {
	t   testing.TB
	mu  sync.Mutex
	buf bytes.Buffer
}

var _ io.Writer = (*Buffer)(nil)

// NewBuffer returns a Buffer that logs to t.
func NewBuffer(t testing.TB) *Buffer { return &Buffer{t: t} }

// Write logs p to t and keeps a copy.
func (b *Buffer) Write(p []byte) (int, error) {
	b.t.Log(strings.TrimRight(string(p), "\n"))
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns everything written so far.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// New returns a debug-level text logger that writes to a new Buffer, and
// the Buffer.
func New(t testing.TB) (*slog.Logger, *Buffer) {
	b := NewBuffer(t)
	return slog.New(slog.NewTextHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug})), b
}
