package answer

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxPassages is how many passages a reply shows; the rest are behind a
// button in Slack and in --json on the command line.
const MaxPassages = 2

// render writes the answer as plain text, answer first: the headline; a
// line per supporting sentence with its release, link and date; the notes;
// and, only when no item answers, the best passages.
func (a *Answer) render() string {
	var b strings.Builder
	b.Grow(a.textSize())
	b.WriteString(a.Headline)
	b.WriteString("\n")
	lines := a.currentLines()
	if len(lines) > 0 {
		b.WriteString("\n")
	}
	for _, l := range lines {
		b.WriteString("• ")
		if len(l.Extra) > 0 {
			b.WriteString(strings.Join(l.Extra, "; "))
			b.WriteString(": ")
		}
		b.WriteString(l.Text)
		if l.Context != "" {
			b.WriteString(" [context: ")
			b.WriteString(l.Context)
			b.WriteString(", not a gift]")
		}
		if l.Derived {
			b.WriteString(" [derived by fundbot")
			if l.Detail != "" {
				b.WriteString(": ")
				b.WriteString(l.Detail)
			}
			b.WriteString("]\n")
			continue
		}
		if title, date := l.Source(); title != "" {
			b.WriteString(" — ")
			b.WriteString(title)
			if l.URL != "" {
				b.WriteString(" <")
				b.WriteString(l.URL)
				b.WriteString(">")
			}
			if date != "" {
				b.WriteString(", ")
				b.WriteString(date)
			}
		}
		b.WriteString("\n")
	}
	notes := a.Notes
	if len(a.Unchecked()) > 0 {
		notes = append(notes[:len(notes):len(notes)], UncheckedNote)
	}
	if len(notes) > 0 {
		b.WriteString("\n")
	}
	for _, n := range notes {
		b.WriteString("Note: ")
		b.WriteString(n)
		b.WriteString("\n")
	}
	if also := a.SeeAlso(); also != "" {
		b.WriteString("\n")
		b.WriteString(also)
		b.WriteString("\n")
	}
	if len(a.Items) > 0 {
		return b.String()
	}
	if len(a.Passages) > 0 {
		b.WriteString("\nPassages:\n")
	}
	for i, p := range a.Passages {
		if i == MaxPassages {
			b.WriteString("(")
			b.WriteString(strconv.Itoa(len(a.Passages) - i))
			b.WriteString(" more: fundbot ask --json shows them all.)\n")
			break
		}
		b.WriteString("[")
		b.WriteString(p.Title)
		b.WriteString(", ¶")
		b.WriteString(strconv.Itoa(p.Paragraph))
		b.WriteString("] ")
		b.WriteString(p.Text)
		b.WriteString("\n")
	}
	return b.String()
}

// textSize is about the length of the rendered text (a little more): an
// answer over thousands of releases renders hundreds of kilobytes, which a
// growing buffer would copy several times.
func (a *Answer) textSize() int {
	const perLine = 32 // bullets, separators, quotation marks, a date
	n := len(a.Headline) + perLine
	for _, it := range a.Items {
		n += len(it.Label) + len(it.Value) + len(it.Title) + len(it.URL) + min(len(it.Sentence), 2*MaxLineText) + 2*perLine
	}
	for _, s := range a.Notes {
		n += len(s) + perLine
	}
	for _, p := range a.Passages {
		n += len(p.Title) + len(p.Text) + perLine
	}
	return n
}

// collapseSpaces is strings.Join(strings.Fields(s), " "): s itself when it
// is so already, one allocation when it is ASCII. Parsing a question
// collapses its spaces several times.
func collapseSpaces(s string) string {
	if isNormal(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is owed before the next word
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			space = b.Len() > 0
		default:
			if c >= utf8.RuneSelf {
				return strings.Join(strings.Fields(s), " ")
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}
