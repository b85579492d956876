package webpage

import (
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The page's chrome, everything around the article, is removed in two
// steps: whole elements before readability looks for the main text
// (removeChrome), then blocks of text that slipped through
// (dropChromeBlocks). Both are tables.

// chromeRoles are ARIA roles of elements that are never the article.
var chromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true, "menu": true, "menubar": true,
}

// chromeTokens are words of class and id names (split at spaces, hyphens
// and underscores) that mark site chrome: banners, widgets, lists of other
// stories.
var chromeTokens = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true,
	"share": true, "sharing": true, "sharethis": true, "addthis": true, "social": true,
	"related": true, "recommended": true, "newsletter": true, "subscribe": true, "signup": true,
	"breadcrumb": true, "breadcrumbs": true, "navbar": true, "menu": true, "sidebar": true,
	"promo": true, "advert": true, "advertisement": true, "popup": true, "modal": true,
	"comments": true, "tags": true, "pagination": true, "skip": true, "topicpath": true,
	"pagedetails": true,
}

// isChrome reports whether n's role, class or id marks it as chrome.
func isChrome(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if chromeRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	for _, f := range strings.FieldsFunc(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
	}) {
		if chromeTokens[f] {
			return true
		}
	}
	return false
}

// removeChrome removes from doc the elements that are never the article:
// navigation, side bars, forms, figures (a photo's caption is not the
// release's text), the site's own header and footer (those outside the
// article), and anything whose role, class or id marks it as chrome unless
// it holds three paragraphs or more. An element holding the page's
// <article> or <main> is kept whatever it is called.
func removeChrome(doc *html.Node) {
	var doomed []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom != atom.Html && n.DataAtom != atom.Body && chromeElement(n) && !holdsArticle(n) {
			doomed = append(doomed, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

// chromeElement reports whether n is chrome to remove.
func chromeElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Form, atom.Figure, atom.Figcaption, atom.Dialog:
		return true
	case atom.Header, atom.Footer:
		return !insideArticle(n)
	}
	return isChrome(n) && paragraphs(n) < 3
}

// paragraphs counts the <p> elements under n: an element named like a
// widget but holding several paragraphs may be the article itself.
func paragraphs(n *html.Node) int {
	count := 0
	findAll(n, func(c *html.Node) {
		if c.DataAtom == atom.P {
			count++
		}
	})
	return count
}

// insideArticle reports whether n is inside an <article> or <main>.
func insideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main || attr(p, "role") == "main" {
			return true
		}
	}
	return false
}

// holdsArticle reports whether n is or contains the page's <article> or
// <main>.
func holdsArticle(n *html.Node) bool {
	return find(n, func(c *html.Node) bool {
		return c.DataAtom == atom.Article || c.DataAtom == atom.Main || attr(c, "role") == "main"
	}, nil) != nil
}

// chromeBlock is a kind of text block that is chrome wherever it appears.
type chromeBlock struct {
	name string
	re   *lazyre.Regexp
}

// shareServices names the services of share widgets.
const shareServices = `facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|e-mail|mail|print|copy link|share`

// chromeBlocks are the blocks dropped from the main text, each matched
// against the whole block, case-insensitively.
var chromeBlocks = []chromeBlock{
	{"share prompt", lazyre.New(`(?i)^share( this( article| page| story| post)?)?( on)?:?$`)},
	{"share buttons", lazyre.New(`(?i)^(((share|post|tweet) (on|to|via) )?(` + shareServices + `))([ ,|/·]+(((share|post|tweet) (on|to|via) )?(` + shareServices + `)))*$`)},
	{"listen widget", lazyre.New(`(?i)^(listen( to this (article|story|page))?|play audio)( \d+:\d\d)?( min(utes?)?)?$`)},
	{"reading time", lazyre.New(`(?i)^\d+ min(ute)?s? read$`)},
	{"related heading", lazyre.New(`(?i)^(related( news| stories| articles| content| posts| links)?|you may also like|more (news|stories)|see also|read more|most read|latest news):?$`)},
	{"read more link", lazyre.New(`(?i)^(read more|also read|read also|see also):\s`)},
	{"tags line", lazyre.New(`(?i)^(tags?|topics?|keywords?|see more|more on|filed under):\s`)},
	{"photo slug", lazyre.New(`^[A-Z]+(-[A-Z]+){2,}$`)},
	{"cookie notice", lazyre.New(`(?i)\b(we|this (web)?site) uses? cookies\b`)},
	{"navigation link", lazyre.New(`(?i)^(back to top|skip to (main )?content|print( this page)?|download( as)? pdf|advertisement)$`)},
	{"breadcrumb trail", lazyre.New(`(?i)^home\s*(>|›|»|/|\|)\s`)},
	{"page dates", lazyre.New(`(?i)^((date|page|last) (last )?(modified|updated|reviewed)|search for related information( by keyword)?):?( .{0,40})?$`)},
	{"photo credit", lazyre.New(`(?i)(^(photo|image|picture)( credit)?:\s|\s/\s*(courtesy of|photo:|photo by|photo courtesy)\s|\((photo|image)( credit)?:[^)]*\)$|\((xinhua|afp|reuters|ap|epa|anadolu|getty images)/[^)]+\)$)`)},
	{"reader appeal", lazyre.New(`(?i)\b(support us|subscribe now|donate now|become a (member|subscriber|supporter))\.?$`)},
	{"syndication note", lazyre.New(`(?i)^\(?(this story has not been edited|except for the headline, this story has not been edited|this material from the originating organi[sz]ation)`)},
	{"end mark", lazyre.New(`^(#{3,}|-30-|- ?ends ?-|ENDS)$`)},
	{"copyright line", lazyre.New(`(?i)^(©|\(c\) |copyright\b)`)},
}

// dropChromeBlocks returns blocks without those that are chrome.
func dropChromeBlocks(blocks []string) []string {
	kept := blocks[:0]
	for _, b := range blocks {
		if chromeName(b) == "" {
			kept = append(kept, b)
		}
	}
	return kept
}

// chromeName returns the name of the first chrome block kind b is, or "".
func chromeName(b string) string {
	for _, c := range chromeBlocks {
		if c.re.MatchString(b) {
			return c.name
		}
	}
	return ""
}
