package extract

import (
	"strconv"
	"strings"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// maxStories is how many stories Releases reads from one page: a tag page
// or a news listing holds a handful; past this bound the rest is not read.
const maxStories = 20

// Releases reads every story of a page. Most pages hold one; a tag page or
// a news listing holds several, each its headline and a teaser or its text
// ("Bangladesh, Japan sign exchange note ..." with its paragraph, then
// "Japan funds UN Women progs ..." with its own), and each is a release of
// its own: one story's figures are never another's. It returns the
// releases read and, for each story it could not read, an error naming the
// story; with no release read, the first story's error alone.
func Releases(doc Document) ([]*corpus.Release, []error) {
	var out []*corpus.Release
	var skipped []error
	for n := 1; n <= maxStories; n++ {
		r, more, err := readStory(doc)
		switch {
		case err != nil && n == 1 && more == "":
			return nil, []error{err}
		case err != nil:
			skipped = append(skipped, storyError{n, err})
		default:
			out = append(out, r)
		}
		if more == "" {
			break
		}
		// The next story has its own headline: the page's title (an
		// HTML page's og:title) is the first story's.
		doc.Text, doc.Title = more, ""
	}
	if len(out) == 0 {
		return nil, skipped[:1]
	}
	return out, skipped
}

// storyError is the error of a story after the first of a page.
type storyError struct {
	n   int
	err error
}

func (e storyError) Error() string {
	return "story " + strconv.Itoa(e.n) + " of the page: " + e.err.Error()
}
func (e storyError) Unwrap() error { return e.err }

// nextStory returns the index in body (a page's lines below its first
// headline, title) of the headline of a second story, or -1. A second
// story's headline is a short line that reads as a headline of its own (a
// name, then a funding verb: "Japan funds UN Women progs ...") and ends no
// sentence, after a line that ends one (and up to two short labels that
// open the story: "Niger 2011", a date), below a first story of at most
// three lines of prose that states an amount (a listing shows teasers),
// and above a lead of its own: a long line that states an amount and shares
// a word with it. Without labels above it, it shares at most one word with
// the first story's title: a sub-heading inside a release speaks of the
// release's subject.
func nextStory(body []string, title string) int {
	prose, amount := 0, false
	var seen []int // the lines read so far that are not empty
	for k, l := range body {
		if l == "" {
			continue
		}
		if amount && storyHeadline(l) {
			// Up to two short labels may head the story ("Niger 2011",
			// a date), after a line that ends a sentence.
			start, j := k, len(seen)-1
			for ; j >= 0 && len(seen)-j <= 2 && wordCount(body[seen[j]]) <= 4 && !endsSentence(body[seen[j]]); j-- {
				start = seen[j]
			}
			next := nextLine(body[k+1:])
			// A headline with no label shares at most one word with the
			// title: a sub-heading speaks of the release's subject. One
			// under labels is a listing's, however formulaic its words.
			if j >= 0 && endsSentence(body[seen[j]]) && (start < k || sharedWords(title, l) <= 1) &&
				wordCount(next) >= 15 && len(findAmounts(next, "")) > 0 && sharesWord(l, next) {
				return start
			}
		}
		if wordCount(l) >= 8 {
			if prose++; prose > 3 {
				return -1
			}
			amount = amount || wordCount(l) >= 12 && len(findAmounts(l, "")) > 0
		}
		seen = append(seen, k)
	}
	return -1
}

// headlineVerbRe is a headline's subject, a name, and its funding verb in
// the present tense: "Japan funds", "EU allocates", "Korea's KOICA signs".
var headlineVerbRe = lazyre.New(`^(?:\p{Lu}[\p{L}’'.-]*\s+){1,5}(?:funds|grants|donates|gives|contributes|pledges|provides|allocates|commits|announces|extends|approves|releases|signs?|hands over|supports|backs|boosts)\b`)

// storyHeadline reports whether a line reads as a story's headline: 4 to
// 20 words, a name and its funding verb first, ending no sentence, no
// caption.
func storyHeadline(l string) bool {
	n := wordCount(l)
	return n >= 4 && n <= 20 && !endsSentence(l) && !strings.HasSuffix(l, ",") &&
		headlineVerbRe.MatchString(l) && !isCaption(l) && !captionLike(l)
}

// sharedWords counts the telling words (titleStems) that line b shares
// with line a.
func sharedWords(a, b string) int {
	sa, n := titleStems(a), 0
	for w := range titleStems(b) {
		if sa[w] {
			n++
		}
	}
	return n
}

// nextLine returns the first line of lines that is not empty.
func nextLine(lines []string) string {
	for _, l := range lines {
		if l != "" {
			return l
		}
	}
	return ""
}
