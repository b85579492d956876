//go:build unix

package main

import (
	"context"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestIngestRefusesFIFO: a named pipe called x.txt is refused without
// being opened (opening it would block until a writer came).
func TestIngestRefusesFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "x.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	dir := filepath.Join(t.TempDir(), "corpus")
	_, _, err := runIngest(context.Background(), t, strings.NewReader(""), "--corpus", dir, fifo)
	if err == nil || !strings.Contains(err.Error(), "not a regular file (a named pipe)") {
		t.Errorf("fundbot ingest %s = %v, want it refused as a named pipe", fifo, err)
	}
	if rs := releaseFiles(t, dir); len(rs) != 0 {
		t.Errorf("fundbot ingest of a FIFO wrote %d releases, want none", len(rs))
	}
}
