package answer

import (
	"strconv"
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
		b.WriteString("• ")
		b.WriteString(it.Label)
		b.WriteString(": ")
		b.WriteString(it.Value)
		switch {
		case it.Derived:
			b.WriteString(" [derived by fundbot]")
		case it.Title != "":
			b.WriteString(" — ")
			b.WriteString(it.Title)
			if it.Year != 0 {
				b.WriteString(" (")
				b.WriteString(strconv.Itoa(it.Year))
				b.WriteString(")")
			}
		}
		b.WriteString("\n")
		if it.Sentence != "" {
			b.WriteString("  “")
			b.WriteString(it.Sentence)
			b.WriteString("”\n")
		}
	}
	if len(a.Notes) > 0 {
		b.WriteString("\n")
	}
	for _, n := range a.Notes {
		b.WriteString("Note: ")
		b.WriteString(n)
		b.WriteString("\n")
	}
	if len(a.Passages) > 0 {
		b.WriteString("\nPassages:\n")
	}
	for _, p := range a.Passages {
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
