package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/extract"
)

// ingest turns raw release pages into release files. Every file is read and
// extracted before any is written, so one bad file writes nothing.
func ingest(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("corpus", "corpus", "write release files to `DIR`")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: fundbot ingest [--corpus DIR] FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: ingest: %w", errUsage, err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: ingest: no file given", errUsage)
	}
	var releases []*corpus.Release
	var errs []error
	for _, name := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := os.ReadFile(name)
		if err != nil {
			errs = append(errs, fmt.Errorf("read %s: %w", name, err))
			continue
		}
		r, err := extract.Release(extract.Document{Source: name, Text: string(raw)})
		if err != nil {
			errs = append(errs, fmt.Errorf("ingest %s: %w", name, err))
			continue
		}
		releases = append(releases, r)
	}
	if len(errs) > 0 {
		return fmt.Errorf("nothing written: %w", errors.Join(errs...))
	}
	for _, r := range releases {
		path, updated, err := corpus.WriteRelease(*dir, r)
		if err != nil {
			return fmt.Errorf("write release %s: %w", r.ID, err)
		}
		verb := "wrote"
		if updated {
			verb = "updated"
		}
		fmt.Fprintf(stdout, "%s %s\n", verb, path)
		if err := corpus.Describe(stdout, r); err != nil {
			return err
		}
		fmt.Fprintln(stdout)
	}
	return nil
}
