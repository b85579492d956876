package webpage

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"strings"
	"unicode"

	"github.com/fundbot/fundbot/internal/lazyre"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrNoText: the HTML page has no main text to read.
var ErrNoText = errors.New("no main text found in the page")

// Parse reads an HTML page: its main text, found by the readability
// library (a port of Mozilla's Readability.js, the reader view of Firefox),
// and its own metadata (title, publication date, canonical URL, site name),
// read from the document before readability changes it. pageURL, the
// page's address, resolves relative links; it may be nil for a file. The
// reader is read to its end: cap it before (see ReadAll).
func Parse(r io.Reader, pageURL *url.URL) (*Page, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	m := readMeta(doc, pageURL)
	contact := contactBlocks(doc) // before the chrome and readability drop it
	removeChrome(doc)
	ps := readability.NewParser()
	ps.Logger = slog.New(slog.DiscardHandler)
	art, err := ps.ParseAndMutate(doc, pageURL)
	if err != nil {
		return nil, fmt.Errorf("find main text: %w", err)
	}
	if art.Node == nil {
		return nil, ErrNoText
	}
	blocks := dropChromeBlocks(textBlocks(art.Node))
	if len(blocks) == 0 {
		return nil, ErrNoText
	}
	// A press contact in a box of its own ("For more information please
	// contact ...") is part of the release, though readability leaves it
	// out of the main text.
	if len(contact) > 0 && !strings.Contains(strings.Join(blocks, "\n"), contact[0]) {
		blocks = append(blocks, contact...)
	}
	p := &Page{
		Title:     m.title,
		Published: m.published,
		URL:       m.url,
		Site:      m.site,
		Text:      strings.Join(blocks, "\n\n"),
	}
	if p.Site == "" {
		p.Site = collapse(art.SiteName())
	}
	if p.Title == "" {
		p.Title = collapse(art.Title())
	}
	if p.Published == "" {
		p.Published = dateLine(blocks)
	}
	return p, nil
}

// contactLeadRe opens a press contact block.
var contactLeadRe = lazyre.New(`(?i)^(?:for (?:more|further) information|(?:more|further) information\s*:|media contacts?\b|press contacts?\b|contacts?\s*:|for media (?:enquiries|inquiries))`)

// pressOfficeRe names a press office; officeLineRe opens its telephone or
// e-mail line.
var (
	pressOfficeRe = lazyre.New(`(?i)\b(?:press|media|communications?)\b`)
	officeLineRe  = lazyre.New(`(?i)^(?:tel(?:ephone)?|phone|e-?mail)\b\.?\s*:`)
)

// pressOfficeBox reports whether text blocks are a press office's name
// over its telephone or e-mail ("USAID Press Office" / "Telephone: ...").
func pressOfficeBox(bs []string) bool {
	ls := strings.SplitN(strings.Join(bs[:min(2, len(bs))], "\n"), "\n", 3)
	return len(ls) >= 2 && len(strings.Fields(ls[0])) <= 6 && pressOfficeRe.MatchString(ls[0]) && officeLineRe.MatchString(strings.TrimSpace(ls[1]))
}

// contactBlocks returns the text blocks of the page's press contact box:
// the smallest element whose text opens with a contact lead, or is a
// press office's name over its telephone or e-mail, and that is short, or
// nil.
func contactBlocks(doc *html.Node) []string {
	var found []string
	findAll(doc, func(n *html.Node) {
		if found != nil || n.Type != html.ElementNode {
			return
		}
		switch n.DataAtom {
		case atom.Div, atom.Section, atom.Aside, atom.P, atom.Footer:
		default:
			return
		}
		bs := textBlocks(n)
		if len(bs) == 0 || len(bs) > 12 || len(strings.Fields(strings.Join(bs, " "))) > 80 {
			return
		}
		if !contactLeadRe.MatchString(bs[0]) && !pressOfficeBox(bs) {
			return
		}
		found = bs
	})
	return found
}

// dateLine returns the date of a date line among the first three blocks
// of the main text, as YYYY-MM-DD, or "": pages without date metadata
// often print the date above the text, alone ("March 12, 2022") or with a
// label ("Published 20 November 2023", "17.09.2013 - Press release",
// "Press releases, 26.06.2024").
func dateLine(blocks []string) string {
	for _, b := range blocks[:min(3, len(blocks))] {
		if len(b) > 60 {
			continue
		}
		for _, re := range dateLineForms {
			if m := re.FindStringSubmatch(b); m != nil {
				if d := normDate(m[1]); d != "" {
					return d
				}
			}
		}
	}
	return ""
}

// dateLineLabels are the words that label a date line as the publication
// (never "updated" or "modified").
const dateLineLabels = `(?:press releases?|news releases?|news|press statement|statement|pressemitteilung|communiqué de presse)`

// dateLineForms are the forms of a date line; the first group is the date.
var dateLineForms = []*lazyre.Regexp{
	lazyre.New(`^(.+)$`),
	lazyre.New(`(?i)^(?:published|posted|released|issued|date)(?: on)?:?\s+(.+)$`),
	lazyre.New(`(?i)^(.+?)\s*[-–—|,]\s*` + dateLineLabels + `$`),
	lazyre.New(`(?i)^` + dateLineLabels + `\s*[-–—|,:]\s*(.+)$`),
}

// Block-level elements: each starts and ends a block of text.
var blockAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figure: true, atom.Figcaption: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Table: true, atom.Tr: true, atom.Ul: true,
	atom.Caption: true, atom.Summary: true,
}

// Elements whose text is never part of the main text.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Button: true, atom.Svg: true, atom.Select: true, atom.Textarea: true,
	atom.Iframe: true, atom.Object: true,
}

// lineBreak stands for a <br> in a block until the block is written.
const lineBreak = "\uE000"

// textBlocks writes n's text as blocks: one per paragraph, list item,
// heading, quote or table row, whitespace collapsed. A table row's cells
// are separated by " | "; a <br> starts a new line in its block (a
// contact's name, office and phone stay apart).
func textBlocks(n *html.Node) []string {
	var w blockWriter
	w.walk(n)
	w.flush()
	return w.blocks
}

// blockWriter gathers inline text into the current block. It drops a
// block made only of two links or more (a row of tags, a menu, share
// links): such a block names other pages, it says nothing.
type blockWriter struct {
	blocks []string
	cur    strings.Builder
	// links counts the current block's links, plain its letters and
	// digits outside links; inLink is set inside a link.
	links  int
	plain  int
	inLink bool
}

func (w *blockWriter) flush() {
	var lines []string
	for _, l := range strings.Split(w.cur.String(), lineBreak) {
		if l = collapse(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 && (w.links < 2 || w.plain > 0) {
		w.blocks = append(w.blocks, strings.Join(lines, "\n"))
	}
	w.cur.Reset()
	w.links, w.plain = 0, 0
}

func (w *blockWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		if !w.inLink && strings.IndexFunc(n.Data, isWordRune) >= 0 {
			w.plain++
		}
		return
	case html.ElementNode:
		if skipAtoms[n.DataAtom] {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			w.cur.WriteString(lineBreak)
			return
		case atom.Td, atom.Th:
			if strings.TrimSpace(strings.ReplaceAll(w.cur.String(), lineBreak, "")) != "" {
				w.cur.WriteString(" | ")
			}
		}
		if blockAtoms[n.DataAtom] {
			w.flush()
			defer w.flush()
		}
		if n.DataAtom == atom.A && !w.inLink && attr(n, "href") != "" {
			w.links++
			w.inLink = true
			defer func() { w.inLink = false }()
		}
	case html.DocumentNode:
	default:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// collapse turns every run of white space into one space and trims the
// ends.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// attr returns n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// nodeText returns the text inside n, whitespace collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		if n.Type == html.ElementNode && skipAtoms[n.DataAtom] {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapse(b.String())
}

// find returns the first element under n (n included, document order) for
// which match is true and that is not inside an element skip refuses, or
// nil.
func find(n *html.Node, match, skip func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode {
		if skip != nil && skip(n) {
			return nil
		}
		if match(n) {
			return n
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, match, skip); f != nil {
			return f
		}
	}
	return nil
}

// findAll calls fn for every element under n, in document order.
func findAll(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		findAll(c, fn)
	}
}

// is returns a matcher for elements of atom a.
func is(a atom.Atom) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.DataAtom == a }
}
