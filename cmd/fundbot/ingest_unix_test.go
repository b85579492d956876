//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
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

// TestIngestSIGTERM runs fundbot ingest as its own process (this test
// binary, running main through TestIngestMainChild), sends it SIGTERM
// while it waits for a page, and checks that it stops at once, exits 1
// and writes nothing.
func TestIngestSIGTERM(t *testing.T) {
	srv, slow := siteServer(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	var stderr bytes.Buffer
	cmd := exec.Command(os.Args[0], "-test.run=^TestIngestMainChild$")
	cmd.Env = append(os.Environ(), "FUNDBOT_INGEST_CHILD="+strings.Join([]string{"ingest", "--corpus", dir, seedHTML, srv.URL + "/slow"}, "\n"))
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-slow:
	case err := <-done:
		t.Fatalf("fundbot ingest ended before fetching: %v\n%s", err, stderr.String())
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("fundbot ingest did not fetch the page within 30s")
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Errorf("fundbot ingest after SIGTERM: %v, want exit status 1", err)
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("fundbot ingest did not stop within 10s of SIGTERM")
	}
	if !strings.Contains(stderr.String(), "ingest interrupted, nothing written") {
		t.Errorf("fundbot ingest printed %q, want it to say it was interrupted and wrote nothing", stderr.String())
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*")); len(names) != 0 {
		t.Errorf("after SIGTERM the corpus folder holds %q, want nothing", names)
	}
}

// TestIngestMainChild is fundbot's main for TestIngestSIGTERM; it does
// nothing unless that test started it.
func TestIngestMainChild(t *testing.T) {
	args := os.Getenv("FUNDBOT_INGEST_CHILD")
	if args == "" {
		t.Skip("run by TestIngestSIGTERM only")
	}
	os.Args = append([]string{"fundbot"}, strings.Split(args, "\n")...)
	main()
}
