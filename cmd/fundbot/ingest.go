package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/extract"
	"github.com/fundbot/fundbot/webpage"
)

// staleTemp is how old a temporary file of an earlier ingest must be to be
// removed at the start of the next: far longer than any write takes.
const staleTemp = 5 * time.Minute

// ingest turns release pages (URLs, HTML or text files, standard input)
// into release files. Every input is read and extracted before anything
// is written, so one bad input, or an interruption, writes nothing.
func ingest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	flags := flag.NewFlagSet("ingest", flag.ContinueOnError)
	flags.SetOutput(stderr)
	dir := flags.String("corpus", "corpus", "write release files to `DIR`")
	timeout := flags.Duration("timeout", webpage.DefaultTimeout, "give up fetching a URL after `D`")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: fundbot ingest [--corpus DIR] [--timeout D] URL|FILE|- ...")
		fmt.Fprintln(stderr, "  each argument is an http(s) URL, an HTML or text file, or - for standard input")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return fmt.Errorf("%w: ingest: %w", errUsage, err)
	}
	if flags.NArg() == 0 {
		flags.Usage()
		return fmt.Errorf("%w: ingest: no page given", errUsage)
	}
	if n := countStdin(flags.Args()); n > 1 {
		return fmt.Errorf("%w: ingest: - (standard input) given %d times", errUsage, n)
	}
	if removed, err := corpus.RemoveStaleTemp(*dir, staleTemp, time.Now()); err != nil {
		fmt.Fprintf(stderr, "fundbot ingest: removing leftover temporary files: %v\n", err)
	} else if len(removed) > 0 {
		fmt.Fprintf(stderr, "fundbot ingest: removed %d temporary file(s) left by an interrupted ingest\n", len(removed))
	}

	in := inputs{stdin: stdin, fetcher: webpage.Fetcher{Client: &http.Client{}, Timeout: *timeout}}
	var releases []*corpus.Release
	var errs []error
	for _, arg := range flags.Args() {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("ingest interrupted, nothing written: %w", err)
		}
		doc, err := in.read(ctx, arg)
		if err == nil {
			// A tag page or a news listing holds several stories: each
			// is a release; a story that cannot be read is said, and
			// the page's others are still written.
			var rs []*corpus.Release
			var skipped []error
			if rs, skipped, err = extractReleases(ctx, doc); err == nil {
				releases = append(releases, rs...)
				for _, s := range skipped {
					fmt.Fprintf(stderr, "fundbot ingest: %s: skipped %v\n", arg, s)
				}
				continue
			}
		}
		if ctx.Err() != nil {
			return fmt.Errorf("ingest interrupted, nothing written: %w", ctx.Err())
		}
		switch {
		case arg == "-":
			if !strings.Contains(err.Error(), "standard input") {
				err = fmt.Errorf("standard input: %w", err)
			}
		case !strings.Contains(err.Error(), arg): // say which input failed, once
			err = fmt.Errorf("%s: %w", arg, err)
		}
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return fmt.Errorf("nothing written: %w", errors.Join(errs...))
	}

	batch := corpus.NewBatch(*dir)
	for _, r := range releases {
		if err := ctx.Err(); err != nil {
			batch.Discard()
			return fmt.Errorf("ingest interrupted, nothing written: %w", err)
		}
		if err := batch.Add(r); err != nil {
			batch.Discard()
			return fmt.Errorf("nothing written: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		batch.Discard()
		return fmt.Errorf("ingest interrupted, nothing written: %w", err)
	}
	written, err := batch.Commit()
	for _, w := range written {
		verb := "wrote"
		if w.Updated {
			verb = "updated"
		}
		fmt.Fprintf(stdout, "%s %s\n", verb, w.Path)
		if err := corpus.Describe(stdout, w.Release); err != nil {
			return err
		}
		fmt.Fprintln(stdout)
	}
	return err
}

// countStdin counts the arguments that name standard input.
func countStdin(args []string) int {
	n := 0
	for _, a := range args {
		if a == "-" {
			n++
		}
	}
	return n
}

// extractReleases runs extract.Releases, but returns at once when ctx is
// done: an interrupted ingest does not wait for a long page. err is set
// when no story of the page could be read; skipped holds the errors of the
// stories that could not be read beside others that were.
func extractReleases(ctx context.Context, doc extract.Document) (rs []*corpus.Release, skipped []error, err error) {
	type result struct {
		rs   []*corpus.Release
		errs []error
	}
	done := make(chan result, 1)
	go func() {
		rs, errs := extract.Releases(doc)
		done <- result{rs, errs}
	}()
	select {
	case res := <-done:
		if len(res.rs) == 0 {
			return nil, nil, res.errs[0]
		}
		return res.rs, res.errs, nil
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
}

// inputs reads ingest's arguments.
type inputs struct {
	stdin   io.Reader
	fetcher webpage.Fetcher
}

// read reads one argument, an http(s) URL, a file or "-", into a document.
func (in inputs) read(ctx context.Context, arg string) (extract.Document, error) {
	var p *webpage.Page
	var err error
	switch {
	case strings.Contains(arg, "://"):
		p, err = in.fetcher.Fetch(ctx, arg) // refuses schemes other than http(s)
	case arg == "-":
		var data []byte
		if data, err = webpage.ReadAll(in.stdin, webpage.DefaultMaxBytes); err != nil {
			return extract.Document{}, fmt.Errorf("read standard input: %w", err)
		}
		p, err = webpage.Read(arg, data)
	default:
		var data []byte
		if data, err = readFile(arg, webpage.DefaultMaxBytes); err != nil {
			return extract.Document{}, err
		}
		p, err = webpage.Read(arg, data)
	}
	if err != nil {
		return extract.Document{}, err
	}
	return extract.Document{
		Source:    arg,
		URL:       p.URL,
		Title:     p.Title,
		Published: p.Published,
		Site:      p.Site,
		Text:      p.Text,
	}, nil
}

// readFile reads a regular file of at most max bytes. Anything else (a
// FIFO, a device, a folder) is refused before it is read, so that it can
// neither block ingest nor feed it without end.
func readFile(name string, max int64) ([]byte, error) {
	fi, err := os.Stat(name)
	if errors.Is(err, fs.ErrNotExist) && strings.HasPrefix(name, "www.") {
		return nil, fmt.Errorf("%w (for a web page, give its URL with https://)", err)
	}
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("read %s: not a regular file (%s)", name, fileKind(fi.Mode()))
	}
	if fi.Size() > max {
		return nil, fmt.Errorf("read %s: %d bytes, larger than the %d MiB cap: %w", name, fi.Size(), max>>20, webpage.ErrTooLarge)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi2, err := f.Stat(); err != nil || !os.SameFile(fi, fi2) {
		return nil, fmt.Errorf("read %s: the file changed while it was opened", name)
	}
	data, err := webpage.ReadAll(f, max)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return data, nil
}

// fileKind names the kind of a file that is not a regular file.
func fileKind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}
