package answer

import (
	"fmt"
	"strings"
)

// render writes the answer as plain text: the headline, the items with
// their sources, the notes, then the passages.
func (a *Answer) render() string {
	var b strings.Builder
	b.Grow(a.textSize())
	b.WriteString(a.Headline)
	b.WriteString("\n")
	if len(a.Items) > 0 {
		b.WriteString("\n")
	}
	for _, it := range a.Items {
		fmt.Fprintf(&b, "• %s: %s", it.Label, it.Value)
		switch {
		case it.Derived:
			b.WriteString(" [derived by fundbot]")
		case it.Title != "" && it.Year != 0:
			fmt.Fprintf(&b, " — %s (%d)", it.Title, it.Year)
		case it.Title != "":
			fmt.Fprintf(&b, " — %s", it.Title)
		}
		b.WriteString("\n")
		if it.Sentence != "" {
			fmt.Fprintf(&b, "  “%s”\n", it.Sentence)
		}
	}
	if len(a.Notes) > 0 {
		b.WriteString("\n")
	}
	for _, n := range a.Notes {
		fmt.Fprintf(&b, "Note: %s\n", n)
	}
	if len(a.Passages) > 0 {
		b.WriteString("\nPassages:\n")
	}
	for _, p := range a.Passages {
		fmt.Fprintf(&b, "[%s, ¶%d] %s\n", p.Title, p.Paragraph, p.Text)
	}
	return b.String()
}

// textSize is about the length of the rendered text (a little more): an
// answer over thousands of releases renders hundreds of kilobytes, which a
// growing buffer would copy several times.
func (a *Answer) textSize() int {
	const perLine = 32 // bullets, separators, quotation marks, a year
	n := len(a.Headline) + perLine
	for _, it := range a.Items {
		n += len(it.Label) + len(it.Value) + len(it.Title) + len(it.Sentence) + 2*perLine
	}
	for _, s := range a.Notes {
		n += len(s) + perLine
	}
	for _, p := range a.Passages {
		n += len(p.Title) + len(p.Text) + perLine
	}
	return n
}
