package bot

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// TestWordAtATime holds the word-at-a-time paths of isInline, slackLen,
// mdLen and appendJSONString to what a byte (or rune) at a time gives, on
// random texts made mostly of the bytes the word checks tell apart.
func TestWordAtATime(t *testing.T) {
	pieces := []string{"a", "Z", "0", " ", "  ", "&", "<", ">", "\"", "\\", "\n", "\t", "\r", "\x00", "\x1f", "\x7f",
		"é", "—", "🙂", "\u00a0", "\u2028", "\xff", "US$ 1.5 million", "Kenya"}
	rng := rand.New(rand.NewPCG(8, 8))
	for n := range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			if rng.IntN(3) == 0 {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			} else {
				b.WriteByte(byte('a' + rng.IntN(26)))
			}
		}
		s := b.String()
		if n%2 == 0 {
			s = strings.TrimSpace(s) // more texts that inline leaves as they are
		}
		if got, want := isInline(s), isInlineBytes(s); got != want {
			t.Errorf("isInline(%q) = %v, want %v", s, got, want)
		}
		if got, want := slackLen(s), slackLenRunes(s); got != want {
			t.Errorf("slackLen(%q) = %d, want %d", s, got, want)
		}
		for _, quote := range []bool{false, true} {
			if got, want := mdLen(s, quote), mdLenRunes(s, quote); got != want {
				t.Errorf("mdLen(%q, %v) = %d, want %d", s, quote, got, want)
			}
		}
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	}
}

// isInlineBytes is isInline a byte (or rune) at a time.
func isInlineBytes(s string) bool {
	prevSpace := true
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case unicode.IsSpace(r):
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// slackLenRunes is slackLen a rune at a time.
func slackLenRunes(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// mdLenRunes is mdLen a rune at a time.
func mdLenRunes(s string, quote bool) int {
	n := 0
	if quote {
		n = len("> ")
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		n += runeLen(r, quote)
		i += size
	}
	return n
}
