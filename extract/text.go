package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fundbot/fundbot/internal/lazyre"
)

var (
	quoteRe = lazyre.New(`"([^"]{20,})"|“([^”]{20,})”|‘([^’]{20,}?[,.!?])’|(?:^|\s)'(.{20,}?[,.!?])'(?:\s|$)|^[–—] (.{20,}?[,.!?]) (?:said|says)\b`)
)

// span is a byte range of a text.
type span struct{ start, end int }

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "no": true, "prof": true, "gen": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "e.g": true, "i.e": true, "etc": true, "vs": true,
	"approx": true, "app": true, "u.s": true, "u.n": true, "inc": true, "ltd": true, "co": true, "cos": true, "amb": true, "h.e": true,
	"rs": true, "nrs": true, "npr": true, // rupees: "about NRs. 324.8 million", "Rs. 50 crore"
}

// sentences splits a paragraph into sentences. It does not split inside a
// quotation, after an abbreviation or an initial, or inside a number.
func sentences(p string) []span {
	// A list set out with bullets in one paragraph: each item is a
	// sentence of its own.
	if strings.Contains(p, "• ") {
		var out []span
		start := 0
		for start < len(p) {
			j := strings.Index(p[start:], "• ")
			end := len(p)
			if j >= 0 {
				end = start + j
			}
			item := strings.TrimRight(p[start:end], " ;")
			if strings.TrimSpace(item) != "" {
				for _, sp := range plainSentences(item) {
					out = append(out, span{start + sp.start, start + sp.end})
				}
			}
			if j < 0 {
				break
			}
			start = end + len("• ")
		}
		return out
	}
	return plainSentences(p)
}

// gluedRe finds where a pasted page ran two sentences or list items into
// one with no space: "across the region.$6 million for the Red Cross",
// "medical care$2 million to UNICEF", "health servicesThe remainder",
// "in Gaza.In a decisive move"; a table's last row run into the text
// after it: "TOTAL $ 482,050,000 In 2011, the United States ...". The
// split falls at the second group.
var gluedRe = lazyre.New(`[a-z]{2}\.?([$€£]\d)|[a-z]{2}\.(\p{Lu}[a-z]{1,})|[a-z]{3}((?:The|This|These|It|In|Of|For)\s)|\d\s((?:In|The|This|These|Since|It|Today)\s)`)

// unglued splits the sentence sp of p where gluedRe finds two run together.
func unglued(p string, sp span) []span {
	var out []span
	start := sp.start
	for _, m := range gluedRe.FindAllStringSubmatchIndex(p[sp.start:sp.end], -1) {
		at := -1
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				at = sp.start + m[g]
				break
			}
		}
		if at > start {
			out = append(out, span{start, at})
			start = at
		}
	}
	return append(out, span{start, sp.end})
}

// plainSentences splits a paragraph without bullets into sentences.
func plainSentences(p string) []span {
	var out []span
	for _, sp := range dottedSentences(p) {
		out = append(out, unglued(p, sp)...)
	}
	return out
}

// groupAfterRe opens a text with a group of three digits that ends a
// number: "311 euros" after "40.009. ".
var groupAfterRe = lazyre.New(`^\d{3}(?:[^\d.,]|$)`)

// dottedSentences splits a paragraph at its sentences' ends.
func dottedSentences(p string) []span {
	var out []span
	start := 0
	inStraight, inCurly := false, false
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		switch r {
		case '"':
			inStraight = !inStraight
		case '“':
			inCurly = true
		case '”':
			inCurly = false
		}
		i += size
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i
		for j < len(p) {
			c, n := utf8.DecodeRuneInString(p[j:])
			if c == '"' || c == '”' || c == '’' || c == ')' || c == '\'' {
				if c == '"' {
					inStraight = false
				}
				if c == '”' {
					inCurly = false
				}
				j += n
				continue
			}
			break
		}
		// The closing marks just read are not read again: a straight
		// quote read twice would open a quotation again ("... in the
		// world." He said), and the rest of the paragraph would never be
		// split.
		dot := i // just after the mark that may end the sentence
		i = j
		if j >= len(p) || p[j] != ' ' {
			continue
		}
		if inStraight || inCurly {
			continue
		}
		k := j
		for k < len(p) && p[k] == ' ' {
			k++
		}
		if k >= len(p) || !startsSentence(p[k:]) {
			continue
		}
		// "40.009. 311 euros": a number in thousands a page parted with a
		// stray space goes on.
		if r == '.' && strayGroupBeforeRe.MatchString(p[max(0, k-10):k]) && groupAfterRe.MatchString(p[k:]) {
			continue
		}
		if r == '.' {
			w := lastWord(p[:dot-1])
			if abbreviations[strings.ToLower(w)] || (utf8.RuneCountInString(w) == 1 && startsUpper(w)) {
				continue
			}
		}
		out = append(out, span{start, j})
		start = k
	}
	if start < len(p) {
		out = append(out, span{start, len(p)})
	}
	return out
}

// afterLast returns the text of s after the last match of re, or s when
// re does not match: the last clause of "..., and ...; ...".
func afterLast(re *lazyre.Regexp, s string) string {
	if m := re.FindAllStringIndex(s, -1); m != nil {
		return s[m[len(m)-1][1]:]
	}
	return s
}

// containsWord reports whether w occurs in s as a whole word.
func containsWord(s, w string) bool { return wordIndex(s, w) >= 0 }

// wordIndex returns the byte offset of the first whole-word occurrence of
// w in s, or -1.
func wordIndex(s, w string) int {
	if w == "" {
		return -1
	}
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return -1
		}
		start, end := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (start == 0 || !isWordRune(before)) && (end == len(s) || !isWordRune(after)) {
			return start
		}
		i = start + 1
	}
	return -1
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' })
	return s[i+1:]
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// insideQuote reports whether byte offset at of s falls inside quoted
// words.
func insideQuote(s string, at int) bool {
	for _, m := range quoteRe.FindAllStringIndex(s, -1) {
		if at >= m[0] && at < m[1] {
			return true
		}
	}
	return false
}

func hasAcronym(s string) bool {
	for _, w := range strings.Fields(s) {
		if len(w) >= 2 && w == strings.ToUpper(w) && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			return true
		}
	}
	return false
}
