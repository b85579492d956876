// Package lazyre holds regular expressions compiled on first use, so that
// packages with many patterns cost nothing at start-up in the processes
// that link them without using them.
package lazyre

import (
	"fmt"
	"regexp"
	"sync"
)

// Regexp is a pattern compiled the first time it is used. extract and
// webpage have about 150 patterns between them and every fundbot process
// links them (for ingest), so compiling them at start-up would cost every
// ask and serve tens of milliseconds for patterns only ingest uses.
type Regexp struct {
	pattern string
	once    sync.Once
	re      *regexp.Regexp
}

// New returns a pattern that compiles on first use; like
// regexp.MustCompile it panics then if the pattern is invalid. Check
// compiles every pattern made so far: call it from a test of each package
// that uses New, so that an invalid pattern never reaches a user.
func New(pattern string) *Regexp {
	l := &Regexp{pattern: pattern}
	mu.Lock()
	patterns = append(patterns, l)
	mu.Unlock()
	return l
}

// patterns are all the patterns made with New, for Check. Packages call New
// while they initialise, one at a time.
var (
	mu       sync.Mutex
	patterns []*Regexp
)

// Check compiles every pattern made with New and returns how many there
// are and the first error.
func Check() (int, error) {
	mu.Lock()
	defer mu.Unlock()
	for _, p := range patterns {
		if _, err := regexp.Compile(p.pattern); err != nil {
			return len(patterns), fmt.Errorf("pattern %q: %w", p.pattern, err)
		}
	}
	return len(patterns), nil
}

// get compiles the pattern once.
func (l *Regexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.pattern) })
	return l.re
}

func (l *Regexp) MatchString(s string) bool              { return l.get().MatchString(s) }
func (l *Regexp) FindString(s string) string             { return l.get().FindString(s) }
func (l *Regexp) FindStringIndex(s string) []int         { return l.get().FindStringIndex(s) }
func (l *Regexp) FindStringSubmatch(s string) []string   { return l.get().FindStringSubmatch(s) }
func (l *Regexp) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }
func (l *Regexp) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}
func (l *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
func (l *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
func (l *Regexp) ReplaceAllString(s, repl string) string {
	return l.get().ReplaceAllString(s, repl)
}
func (l *Regexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	return l.get().ReplaceAllStringFunc(s, repl)
}
func (l *Regexp) Split(s string, n int) []string { return l.get().Split(s, n) }
