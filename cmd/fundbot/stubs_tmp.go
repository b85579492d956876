package main

import (
	"context"
	"io"
)

// Temporary until each command lands; each lives in its own file.
func ask(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	panic("TODO")
}
func ingest(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	panic("TODO")
}
func serve(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	panic("TODO")
}
