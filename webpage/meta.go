package webpage

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"github.com/fundbot/fundbot/internal/lazyre"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what a page says about itself.
type meta struct {
	title, published, url, site string
}

// Meta keys (a <meta> element's property, name or itemprop, lower case)
// that state the publication date, most trusted first.
var publishedKeys = []string{
	"article:published_time",
	"og:published_time",
	"datepublished",
	"dcterms.issued",
	"dc.date.issued",
	"dcterms.date",
	"dc.date",
	"citation_publication_date",
	"pubdate",
	"publishdate",
	"date",
}

// readMeta reads the page's metadata from the whole document, before
// anything is removed from it.
func readMeta(doc *html.Node, pageURL *url.URL) meta {
	metas := map[string]string{}
	var canonical, docTitle string
	var ldScripts []string
	findAll(doc, func(n *html.Node) {
		switch n.DataAtom {
		case atom.Meta:
			content := collapse(attr(n, "content"))
			for _, k := range []string{"property", "name", "itemprop"} {
				key := strings.ToLower(strings.TrimSpace(attr(n, k)))
				if key != "" && content != "" {
					if _, seen := metas[key]; !seen {
						metas[key] = content
					}
				}
			}
		case atom.Link:
			if canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				canonical = attr(n, "href")
			}
		case atom.Title:
			if docTitle == "" {
				docTitle = nodeText(n)
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
				ldScripts = append(ldScripts, n.FirstChild.Data)
			}
		}
	})
	var m meta
	m.site = metas["og:site_name"]

	m.title = trimSiteName(metas["og:title"], m.site, false)
	if strings.EqualFold(m.title, m.site) { // a site's default og:title names only the site
		m.title = ""
	}
	if m.title == "" {
		if h := articleH1(doc); h != nil {
			m.title = nodeText(h)
		}
	}
	if m.title == "" {
		m.title = trimSiteName(docTitle, m.site, true)
	}

	for _, k := range publishedKeys {
		if d := normDate(metas[k]); d != "" {
			m.published = d
			break
		}
	}
	if m.published == "" {
		for _, s := range ldScripts {
			if d := normDate(ldDatePublished(s)); d != "" {
				m.published = d
				break
			}
		}
	}
	if m.published == "" {
		m.published = timeDate(doc)
	}

	for _, ref := range []string{canonical, metas["og:url"]} {
		if u := absURL(ref, pageURL); u != "" {
			m.url = u
			break
		}
	}
	return m
}

// hasToken reports whether the space-separated list holds tok, in any
// case.
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// articleH1 returns the first h1 of the page's <article>, else of its
// <main>, else the first h1 outside the page's chrome, or nil.
func articleH1(doc *html.Node) *html.Node {
	for _, container := range []func(*html.Node) bool{
		is(atom.Article),
		func(n *html.Node) bool { return n.DataAtom == atom.Main || attr(n, "role") == "main" },
	} {
		if c := find(doc, container, nil); c != nil {
			if h := find(c, is(atom.H1), isChrome); h != nil && nodeText(h) != "" {
				return h
			}
		}
	}
	h := find(doc, is(atom.H1), func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside, atom.Header:
			return true
		}
		return isChrome(n)
	})
	if h != nil && nodeText(h) != "" {
		return h
	}
	return nil
}

// titleSeparators divide a page title from the site name in <title>.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » "}

// trimSiteName removes the site's name from the end (or the start) of a
// title: always when it is the page's stated site name; with loose set (a
// <title>), also a last part after " | ", or a short last part (at most
// four words) after a dash when at least four words remain.
func trimSiteName(title, site string, loose bool) string {
	title = collapse(title)
	if site != "" {
		for _, sep := range titleSeparators {
			if head, ok := strings.CutSuffix(title, sep+site); ok && head != "" {
				return head
			}
			if tail, ok := strings.CutPrefix(title, site+sep); ok && tail != "" {
				return tail
			}
		}
	}
	if !loose {
		return title
	}
	best := -1
	sepLen := 0
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > best {
			best, sepLen = i, len(sep)
		}
	}
	if best <= 0 {
		return title
	}
	head, tail := title[:best], title[best+sepLen:]
	if strings.TrimSpace(title[best:best+sepLen]) == "|" && len(strings.Fields(head)) >= 2 {
		return head
	}
	if len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 4 {
		return head
	}
	return title
}

// timeDate returns the publication date a <time> element states, from its
// datetime attribute or its text. It looks in the page's article, else
// its main, else anywhere outside its chrome; there it takes the first
// <time> labelled as the publication (by itemprop, class or the words
// before it: "Published", "Originally published"), else the first one not
// labelled as a change ("Date modified", "Updated").
func timeDate(doc *html.Node) string {
	skip := func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside:
			return true
		}
		return isChrome(n)
	}
	for _, container := range []func(*html.Node) bool{
		is(atom.Article),
		func(n *html.Node) bool { return n.DataAtom == atom.Main || attr(n, "role") == "main" },
		is(atom.Body),
	} {
		c := find(doc, container, nil)
		if c == nil {
			continue
		}
		var first string
		var walk func(*html.Node) string
		walk = func(n *html.Node) string {
			if n.Type == html.ElementNode && skip(n) {
				return ""
			}
			if n.DataAtom == atom.Time {
				d := normDate(attr(n, "datetime"))
				if d == "" {
					d = normDate(nodeText(n))
				}
				label := timeLabel(n)
				switch {
				case d == "" || changedLabel.MatchString(label):
				case publishedLabel.MatchString(label):
					return d
				case first == "":
					first = d
				}
				return ""
			}
			for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
				if d := walk(ch); d != "" {
					return d
				}
			}
			return ""
		}
		if d := walk(c); d != "" {
			return d
		}
		if first != "" {
			return first
		}
	}
	return ""
}

// Words that label a <time> as the publication date, or as a later change.
var (
	publishedLabel = lazyre.New(`(?i)publish|pubdate|issued|released`)
	changedLabel   = lazyre.New(`(?i)modif|updat|revis|review|edited`)
)

// timeLabel gathers what says what a <time> element is: its itemprop,
// property and class, its parent's class, the text just before it, and
// the <dt> before the <dd> that holds it.
func timeLabel(t *html.Node) string {
	parts := []string{attr(t, "itemprop"), attr(t, "property"), attr(t, "class")}
	if _, ok := attrOK(t, "pubdate"); ok {
		parts = append(parts, "pubdate")
	}
	if p := t.Parent; p != nil {
		parts = append(parts, attr(p, "class"))
		for s := p.PrevSibling; s != nil && p.DataAtom == atom.Dd; s = s.PrevSibling {
			if s.Type == html.ElementNode {
				parts = append(parts, nodeText(s))
				break
			}
		}
	}
	if s := t.PrevSibling; s != nil && s.Type == html.TextNode {
		parts = append(parts, s.Data)
	}
	return strings.Join(parts, " ")
}

// attrOK returns n's attribute key and whether n has it.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// ldDatePublished returns the first datePublished in a JSON-LD script,
// searching objects, arrays and @graph alike; "" if none.
func ldDatePublished(script string) string {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(script)), &v); err != nil {
		return ""
	}
	var search func(any) string
	search = func(v any) string {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok && s != "" {
				return s
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if s := search(v[k]); s != "" {
					return s
				}
			}
		case []any:
			for _, e := range v {
				if s := search(e); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return search(v)
}

// isoDate matches a date at the start of an ISO 8601 timestamp.
var isoDate = lazyre.New(`^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])`)

// dateLayouts are the written forms of a date read from a <time> element's
// text or a loose meta value.
var dateLayouts = []string{
	"2006/01/02",
	"2 January 2006",
	"2 Jan 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"Mon, 2 Jan 2006",
	time.RFC1123,
	time.RFC1123Z,
	"02.01.2006",
	"20060102",
}

// normDate returns s as YYYY-MM-DD, the date as the page states it (its
// own time zone), or "" if s is not a date of 1900–2100.
func normDate(s string) string {
	s = collapse(s)
	if s == "" {
		return ""
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		if t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3]); err == nil && sensibleYear(t) {
			return t.Format("2006-01-02")
		}
		return ""
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil && sensibleYear(t) {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

func sensibleYear(t time.Time) bool {
	return t.Year() >= 1900 && t.Year() <= 2100
}

// absURL resolves ref against base into an absolute http(s) URL, or "".
func absURL(ref string, base *url.URL) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() || !httpScheme(u) || u.Host == "" {
		return ""
	}
	return u.String()
}
