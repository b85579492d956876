// Package chaos holds fundbot's chaos suite: its tests build the fundbot
// binary, run it as a subprocess in HTTP mode against a fake Slack that
// misbehaves the way the real one sometimes does (hangs, resets the
// connection after accepting a post, rate-limits each channel, revokes the
// token), flood it with events, Slack's retries of them and long messages,
// stop it with SIGTERM and kill it with SIGKILL mid-flight, and check that
// every event gets exactly one reply, that acknowledgements come within
// Slack's 3 seconds and that goroutines, descriptors and memory stay
// bounded. docs/reliability.md reports what it measured.
package chaos
