// Command fundbot answers questions about humanitarian funding announced in
// press releases, from the command line (ask), as a Slack bot (serve), and
// turns raw release pages into corpus files (ingest).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/joho/godotenv"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], envWithDotenv(".env"), os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "fundbot:", err)
		os.Exit(1)
	}
}

// envWithDotenv returns a getenv that reads the real environment first and
// falls back to the variables in the .env file at path, if there is one.
func envWithDotenv(path string) func(string) string {
	file, err := godotenv.Read(path)
	if err != nil {
		file = nil // no .env (or an unreadable one): the real environment alone
	}
	return func(key string) string {
		if v, ok := os.LookupEnv(key); ok {
			return v
		}
		return file[key]
	}
}

// errUsage marks an error caused by how fundbot was called.
var errUsage = errors.New("usage")

const usage = `usage: fundbot <command> [flags] [args]

commands:
  ask [--corpus DIR] [--index DIR] [--strict] [--json] TEXT...
                                                      answer a question or a slash-command line
  ingest [--corpus DIR] URL|FILE|-...                 turn release pages (web, HTML, text, stdin) into corpus files
  serve [--strict]                                    run the Slack bot (settings from the environment and .env)
  check [--corpus DIR]                                refuse a corpus with any bad release file (for CI)
  report [--since 7d] [--top N]                       the most frequent unanswered questions and the feedback counts
  healthcheck                                         exit 0 if the bot on $PORT answers /healthz (for containers)
`

// run is fundbot's whole program, with its inputs and outputs passed in.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("%w: no command given", errUsage)
	}
	switch args[0] {
	case "ask":
		return ask(ctx, args[1:], getenv, stdout, stderr)
	case "ingest":
		return ingest(ctx, args[1:], os.Stdin, stdout, stderr)
	case "check":
		return check(ctx, args[1:], getenv, stdout, stderr)
	case "serve":
		return serve(ctx, args[1:], getenv, stdout, stderr)
	case "report":
		return report(ctx, args[1:], getenv, stdout, stderr)
	case "healthcheck":
		return healthcheck(ctx, args[1:], getenv, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("%w: unknown command %q", errUsage, args[0])
	}
}
