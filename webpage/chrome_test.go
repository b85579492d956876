package webpage

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parseHTML(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestChromeBlocks has, for each row of chromeBlocks, blocks it drops and
// blocks of a release's text that it must keep.
func TestChromeBlocks(t *testing.T) {
	for _, tc := range []struct {
		name       string
		drop, keep []string
	}{
		{"share prompt", []string{"Share", "Share this article:", "share on"}, []string{"Share of the funding for Kenya: 25 per cent."}},
		{"share buttons", []string{"Facebook", "Share on Facebook | Share on Twitter | WhatsApp", "Facebook Twitter LinkedIn E-mail", "Tweet on X"}, []string{"Facebook posts by IOM reached 2 million people."}},
		{"listen widget", []string{"Listen to this article 3:12", "Listen", "Play audio"}, []string{"Listen to the voices of migrants, says IOM."}},
		{"reading time", []string{"2 min read", "5 minutes read"}, []string{"It took 2 min to read."}},
		{"related heading", []string{"Related News", "Related", "You may also like", "Most read", "Read more"}, []string{"Related funding came from Germany."}},
		{"read more link", []string{"Read more: IOM in Pakistan", "Also read: Floods displace thousands"}, []string{"Read more about the response in the annual report, IOM said."}},
		{"photo slug", []string{"SYRIA-DAMASCUS-CHINA-WFP-DONATION"}, []string{"IOM-UNHCR", "UN-HABITAT AND IOM SIGN"}},
		{"tags line", []string{"Tags: Floods, Japan", "Topics: Funding", "See More: Conflicts, Funding, Humanitarian Aid"}, []string{"Topics covered include shelter and health."}},
		{"cookie notice", []string{"We use cookies to give you the best experience.", "This site uses cookies to offer you a better browsing experience."}, []string{"Cookies were not part of the aid."}},
		{"navigation link", []string{"Back to top", "Skip to main content", "Print this page", "Download PDF", "Advertisement"}, []string{"Print media covered the donation."}},
		{"breadcrumb trail", []string{"Home > Press Releases > Emergency Grant Aid", "Home / News / Japan"}, []string{"Home to 2 million refugees, Pakistan received USD 7 million."}},
		{"page dates", []string{"Date modified:", "Last updated: 3 March 2022", "Page last reviewed: 2021-08-13", "Search for related information by keyword"}, []string{"Date modified budgets were approved in March, the ministry said."}},
		{"photo credit", []string{"Photo: IOM/Muse Mohammed", "Minister Kim shakes hands with WFP's David Beasley in Rome. / Courtesy of Ministry of Agriculture", "Families receive shelter kits in Sindh. (Photo: IOM)", "Ambassador Qi Qianjin (R) shakes hands with Jakob Kern in Damascus. (Xinhua/Hummam Sheikh Ali)"}, []string{"IOM photographed the damage: the photo: shows it, he said.", "Courtesy of Japan's funding, IOM reached 9,000 families."}},
		{"reader appeal", []string{"Your support helps us to tell the story. Independent journalism is paid for by those who can afford it. Support us", "Subscribe now"}, []string{"Japan said it would support us, the minister said."}},
		{"syndication note", []string{"(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)", "This material from the originating organization/author(s) might be of the point-in-time nature."}, []string{"This story of funding has not ended, IOM said."}},
		{"end mark", []string{"###", "-30-", "- ends -", "ENDS"}, []string{"It ends in 2024."}},
		{"copyright line", []string{"© 2011 IOM. All rights reserved.", "Copyright © 2022 Ministry of Foreign Affairs of Japan"}, []string{"IOM holds the copyright of the photos, it said."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, b := range tc.drop {
				if got := chromeName(b); got != tc.name {
					t.Errorf("chromeName(%q) = %q, want %q", b, got, tc.name)
				}
			}
			for _, b := range tc.keep {
				if got := chromeName(b); got != "" {
					t.Errorf("chromeName(%q) = %q, want it kept as text", b, got)
				}
			}
		})
	}
}

func TestRemoveChrome(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		kept       []string
		removed    []string
	}{
		{
			name:    "site header and footer go, the article's stay",
			body:    `<header><a>Logo</a></header><article><header><h1>Title</h1></header><p>Body.</p><footer><p>Contact: Ana</p></footer></article><footer>Site footer</footer>`,
			kept:    []string{"Title", "Body.", "Contact: Ana"},
			removed: []string{"Logo", "Site footer"},
		},
		{
			name:    "roles, classes and ids",
			body:    `<div role="navigation">Menu</div><div class="c-cookie-banner">Cookies</div><div id="related_posts">Other</div><ul class="article-share">Share</ul><main><p>Body.</p></main>`,
			kept:    []string{"Body."},
			removed: []string{"Menu", "Cookies", "Other", "Share"},
		},
		{
			name: "a container named like a widget holding the article stays",
			body: `<div class="has-social"><article><p>Body.</p></article></div>`,
			kept: []string{"Body."},
		},
		{
			name: "a body named like a widget with paragraphs stays",
			body: `<div class="entry-content share-enabled"><p>One.</p><p>Two.</p><p>Three.</p></div>`,
			kept: []string{"One.", "Two.", "Three."},
		},
		{
			name:    "figures and captions go",
			body:    `<article><figure><img src="x.jpg"><figcaption>Photo: IOM</figcaption></figure><p>Body.</p></article>`,
			kept:    []string{"Body."},
			removed: []string{"Photo: IOM"},
		},
		{
			name: "words inside other words are not chrome",
			body: `<div class="shared-services"><p>Body.</p></div><div class="menus-of-the-day">Lunch</div>`,
			kept: []string{"Body.", "Lunch"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parseHTML(t, "<html><body>"+tc.body+"</body></html>")
			removeChrome(doc)
			got := strings.Join(textBlocks(doc), "\n")
			for _, s := range tc.kept {
				if !strings.Contains(got, s) {
					t.Errorf("after removeChrome(%s) the text %q lacks %q", tc.body, got, s)
				}
			}
			for _, s := range tc.removed {
				if strings.Contains(got, s) {
					t.Errorf("after removeChrome(%s) the text %q still holds %q", tc.body, got, s)
				}
			}
		})
	}
}

func TestTextBlocks(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"paragraphs", "<p>One\n  two.</p><p>Three.</p>", []string{"One two.", "Three."}},
		{"list items and headings", "<h2>Where</h2><ul><li>Kenya</li><li>Sudan <b>and</b> Chad</li></ul>", []string{"Where", "Kenya", "Sudan and Chad"}},
		{"quote", "<blockquote><p>We thank Japan.</p></blockquote><p>After.</p>", []string{"We thank Japan.", "After."}},
		{"loose text between blocks", "<div>Intro <p>Para.</p> tail</div>", []string{"Intro", "Para.", "tail"}},
		{"line breaks", "<p>Contact:<br>\n  Yuko Goto <br><br>IOM Tokyo<br></p>", []string{"Contact:\nYuko Goto\nIOM Tokyo"}},
		{"table rows", "<table><tr><th>Country</th><th>Amount</th></tr><tr><td>Kenya</td><td>USD 2 million</td></tr></table>", []string{"Country | Amount", "Kenya | USD 2 million"}},
		{"scripts and buttons", "<p>Text.<script>var x = 1;</script><button>Play</button></p>", []string{"Text."}},
		{"links only", `<p><a href="/a">Global Affairs Canada</a> · <a href="/b">International development</a></p><p><a href="/f">Facebook</a> <a href="/t">Twitter</a></p>`, nil},
		{"links in a sentence", `<p>Contact: <a href="mailto:a@iom.int">a@iom.int</a></p><p><a href="/a">Japan</a> and <a href="/b">IOM</a> signed.</p><p><a href="mailto:b@iom.int">b@iom.int</a></p>`, []string{"Contact: a@iom.int", "Japan and IOM signed.", "b@iom.int"}},
		{"non-breaking spaces", "<p>USD&nbsp;2&nbsp;million</p>", []string{"USD 2 million"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := textBlocks(parseHTML(t, "<html><body>"+tc.body+"</body></html>"))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("textBlocks(%s) = %q, want %q", tc.body, got, tc.want)
			}
		})
	}
}
