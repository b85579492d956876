package webpage

import (
	"bytes"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestParsePages reads pages written like those users bring (an agency's
// press release, a newspaper's repost, a ReliefWeb copy, a ministry's page,
// the EU's news page, UN News, an NGO's WordPress post, a newswire
// release): their metadata, their main text (golden), and none of their
// chrome.
func TestParsePages(t *testing.T) {
	for _, tc := range []struct {
		name                        string
		pageURL                     string
		title, published, url, site string
		present, absent             []string
	}{
		{
			name:      "agency-iom",
			pageURL:   "https://www.iom.int/news/japan-donates?utm_source=x",
			title:     "Japan Donates US$ 37.9 million to IOM Humanitarian Operations for 2011",
			published: "2011-02-22", // article:published_time, in the page's own time zone
			url:       "https://www.iom.int/news/japan-donates-us-379-million-iom-humanitarian-operations-2011",
			site:      "International Organization for Migration",
			present: []string{
				"The Japanese government has committed a total of USD 37.9 million in funding for 2011",
				"“Japan’s contribution of nearly USD 38 million",
				"For more information, please contact:\nYuko Goto\nIOM Tokyo\nTel: + 81-3-3595-0108\nE-mail: iomtokyo@iom.int",
			},
			absent: []string{"Who we are", "Where we work", "Skip to main content", "cookies", "Accept all",
				"Facebook", "LinkedIn", "Share", "Related News", "Pakistan Floods: IOM Appeals", "Topics", "Funding Emergencies",
				"route des Morillons", "Terms of Use", "All rights reserved", "Press Release", "Geneva -"},
		},
		{
			name:      "news-repost",
			pageURL:   "https://dailyexample.com.pk/2011/03/12/japan-gives-1-2-million-iom-flood-victims?amp",
			title:     "Japan gives $1.2 million to IOM for flood victims in Pakistan", // h1, not the logo's h1
			published: "2011-03-12",                                                    // JSON-LD datePublished
			url:       "https://dailyexample.com.pk/2011/03/12/japan-gives-1-2-million-iom-flood-victims",
			present: []string{
				"ISLAMABAD: The Government of Japan has provided US$ 1.2 million to the International Organization for Migration (IOM)",
				"Japan was among the largest donors to the 2010 flood response",
			},
			absent: []string{"By Staff Reporter", "Photo: IOM", "Thatta district, Sindh.", "Advertisement", "Also read",
				"Listen", "min read", "Share on", "WhatsApp", "Tags:", "inbox", "Comments", "Thank you Japan",
				"Most Read", "Petrol prices", "E-Paper", "Opinion", "Copyright", "About us"},
		},
		{
			name:      "reliefweb-style",
			pageURL:   "https://reliefweb.int/report/pakistan/pakistan-republic-korea-contributes-usd-2-million-unicef-flood-response",
			title:     "Pakistan: Republic of Korea contributes USD 2 million to UNICEF flood response - Pakistan", // og:title as stated
			published: "2022-10-03",                                                                                // the <time> labelled "Originally published", not "Posted"
			url:       "https://reliefweb.int/report/pakistan/pakistan-republic-korea-contributes-usd-2-million-unicef-flood-response",
			site:      "ReliefWeb",
			present: []string{
				"ISLAMABAD, 3 October 2022 – The Government of the Republic of Korea has contributed USD 2 million to UNICEF",
				"UNICEF’s flood appeal for Pakistan, USD 173.5 million, is currently 35 per cent funded.",
				"Media contacts\nAbdul Sami Malik",
			},
			absent: []string{"Login", "Updates", "Jobs", "Related Content", "Situation Report No. 9", "WFP scales up",
				"Download PDF", "View original", "Themes", "Water Sanitation Hygiene", "provided by OCHA", "+ 1 more"},
		},
		{
			name:      "gov-mofa",
			pageURL:   "https://www.mofa.go.jp/press/release/press4e_003123.html",
			title:     "Emergency Grant Aid in response to the floods in Pakistan", // <title> without " | Ministry ..."
			published: "2022-03-12",                                                // the date line above the text
			present: []string{
				"The Government of Japan has decided to extend Emergency Grant Aid of 3 million US dollars",
				"Of this amount, 2 million US dollars will be provided through WFP",
				"(Reference) Situation in Pakistan",
			},
			absent: []string{"Home >", "Japanese", "Foreign Policy", "Countries & Regions", "Back to Top",
				"Visit to Japan by the Foreign Minister", "Emergency Grant Aid for Tonga", "Kasumigaseki", "Legal Matters", "Site Map"},
		},
		{
			name:      "eu-echo",
			pageURL:   "https://civil-protection-humanitarian-aid.ec.europa.eu/news-stories/news/x",
			title:     "EU releases €15 million in humanitarian aid for Afghan refugees in Iran and Pakistan", // og:title without the site name
			published: "2022-04-12",                                                                           // <time> text
			url:       "https://civil-protection-humanitarian-aid.ec.europa.eu/news-stories/news/eu-releases-eu15-million-afghan-refugees_en",
			site:      "European Civil Protection and Humanitarian Aid Operations",
			present: []string{
				"The European Union has allocated €15 million in humanitarian funding",
				"said Janez Lenarčič, Commissioner for Crisis Management.",
			},
			absent: []string{"cookies", "Français", "Who we are", "Home >", "Share this page", "Facebook", "E-mail",
				"min read", "Related links", "Legal notice"},
		},
		{
			name:      "un-news",
			pageURL:   "https://news.un.org/en/story/2023/02/1133312?utm_medium=x",
			title:     "CERF releases $100 million for neglected crises in Africa and Asia",
			published: "2023-02-21", // dcterms.date
			url:       "https://news.un.org/en/story/2023/02/1133312",
			site:      "UN News",
			present: []string{
				"The UN’s emergency relief chief on Tuesday released $100 million from the Central Emergency Response Fund (CERF)",
				"The largest allocations go to Chad ($12 million)",
			},
			absent: []string{"Français", "Global perspective", "Peace and Security", "UNICEF/Frank Dejongh", "Audio", "Download",
				"Sahel: Humanitarian needs", "Print", "daily news", "More stories", "Türkiye-Syria", "UN News app", "Privacy notice"},
		},
		{
			name:      "ngo-wordpress",
			pageURL:   "https://waterforall-ethiopia.org/?p=812",
			title:     "Thanks to Australia, 12,000 families in Tigray get clean water",
			published: "2021-11-08", // article:published_time, not the modified time
			url:       "https://waterforall-ethiopia.org/2021/11/thanks-to-australia-12000-families/",
			site:      "Water For All Ethiopia",
			present: []string{
				"MEKELLE — The Australian Government, through the Department of Foreign Affairs and Trade (DFAT), has granted AUD 1.5 million",
				"We thank the people of Australia for their support.",
			},
			absent: []string{"Skip to content", "Clean water, healthy lives", "Menu", "Donate", "Posted on", "admin", "Share this",
				"Related", "New boreholes", "Posted in", "Previous post", "Next post", "Leave a Reply", "email address",
				"Recent Posts", "Archives", "WordPress"},
		},
		{
			name:      "wire-release",
			pageURL:   "https://newswire.example.com/news-releases/ikea-foundation-grants-eur-20-million-300923.html",
			title:     "IKEA Foundation grants EUR 20 million to UNHCR for refugee livelihoods in Ethiopia",
			published: "2019-09-24",       // JSON-LD
			site:      "Example Newswire", // the JSON-LD publisher, found by readability
			present: []string{
				"LEIDEN, Netherlands, Sept. 24, 2019 /Example Newswire/ -- The IKEA Foundation today announced a EUR 20 million grant to UNHCR",
				"Media contact:\nJane Doe\n+31 20 555 0199\npress@example.org",
			},
			absent: []string{"Log in", "Products", "News provided by", "Share this article", "Share to", "Related Links",
				"ikeafoundation.org", "Also from this source", "EUR 1 billion", "Explore", "Philanthropy", "All Rights Reserved"},
		},
		{
			name:    "minimal",
			title:   "UNRWA welcomes Germany's contribution",
			present: []string{"UNRWA welcomes a contribution of EUR 10 million from Germany for Palestine refugees in Gaza in 2023."},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "pages", tc.name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var u *url.URL
			if tc.pageURL != "" {
				if u, err = url.Parse(tc.pageURL); err != nil {
					t.Fatal(err)
				}
			}
			p, err := Parse(f, u)
			if err != nil {
				t.Fatalf("Parse(%s): %v", tc.name, err)
			}
			for _, c := range []struct{ field, got, want string }{
				{"Title", p.Title, tc.title},
				{"Published", p.Published, tc.published},
				{"URL", p.URL, tc.url},
				{"Site", p.Site, tc.site},
			} {
				if c.got != c.want {
					t.Errorf("Parse(%s).%s = %q, want %q", tc.name, c.field, c.got, c.want)
				}
			}
			for _, s := range tc.present {
				if !strings.Contains(p.Text, s) {
					t.Errorf("Parse(%s).Text lacks %q", tc.name, s)
				}
			}
			for _, s := range tc.absent {
				if strings.Contains(p.Text, s) {
					t.Errorf("Parse(%s).Text holds chrome %q", tc.name, s)
				}
			}
			for _, l := range strings.Split(strings.ReplaceAll(p.Text, "\n\n", "\n"), "\n") {
				if l == "" || l != collapse(l) {
					t.Errorf("Parse(%s).Text has a line %q with uncollapsed white space", tc.name, l)
				}
			}
			golden.Check(t, filepath.Join("testdata", "pages", tc.name+".txt"), []byte(p.Text+"\n"), *update)
		})
	}
}

func TestParseNoText(t *testing.T) {
	for _, tc := range []struct{ name, page string }{
		{"empty", ""},
		{"only chrome", `<html><body><nav><a href="/">Home</a></nav><footer>© 2024 Example</footer></body></html>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Parse(strings.NewReader(tc.page), nil)
			if err == nil {
				t.Errorf("Parse(%q) = %+v, want an error", tc.page, p)
			}
		})
	}
}

func TestTrimSiteName(t *testing.T) {
	for _, tc := range []struct {
		name, title, site string
		loose             bool
		want              string
	}{
		{"pipe site", "Japan funds IOM | International Organization for Migration", "", true, "Japan funds IOM"},
		{"stated site at the end", "EU releases €15 million | ECHO", "ECHO", false, "EU releases €15 million"},
		{"stated site at the start", "ECHO - EU releases €15 million", "ECHO", false, "EU releases €15 million"},
		{"og:title keeps its dash", "Korea gives USD 2 million to UNICEF - Pakistan", "ReliefWeb", false, "Korea gives USD 2 million to UNICEF - Pakistan"},
		{"dash short site", "Japan gives USD 3 million to WFP and IOM - European Commission", "", true, "Japan gives USD 3 million to WFP and IOM"},
		{"dash in a short title kept", "Japan - Pakistan aid", "", true, "Japan - Pakistan aid"},
		{"long tail kept", "Floods - Japan extends Emergency Grant Aid to the people of Pakistan", "", true, "Floods - Japan extends Emergency Grant Aid to the people of Pakistan"},
		{"no separator", "Japan funds IOM", "", true, "Japan funds IOM"},
		{"white space", "  Japan   funds\nIOM  ", "", true, "Japan funds IOM"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := trimSiteName(tc.title, tc.site, tc.loose); got != tc.want {
				t.Errorf("trimSiteName(%q, %q, %v) = %q, want %q", tc.title, tc.site, tc.loose, got, tc.want)
			}
		})
	}
}

func TestNormDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2011-02-22T23:30:00-05:00", "2011-02-22"},
		{"2011-02-22T10:00:00Z", "2011-02-22"},
		{"2011-02-22 10:00:00", "2011-02-22"},
		{"2011-02-22", "2011-02-22"},
		{"2011/02/22", "2011-02-22"},
		{"22 February 2011", "2011-02-22"},
		{"22 Feb 2011", "2011-02-22"},
		{"February 22, 2011", "2011-02-22"},
		{"Feb 22, 2011", "2011-02-22"},
		{"Tuesday, February 22, 2011", "2011-02-22"},
		{"Tue, 22 Feb 2011 10:00:00 GMT", "2011-02-22"},
		{"2011-02-30", ""},
		{"99999-01-01", ""},
		{"1066-10-14", ""},
		{"last Tuesday", ""},
		{"2011", ""},
		{"", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := normDate(tc.in); got != tc.want {
				t.Errorf("normDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	for _, tc := range []struct{ name, head, body, want string }{
		{"og:title first", `<meta property="og:title" content="Japan funds IOM"><title>Home | IOM</title>`, `<article><h1>Other</h1></article>`, "Japan funds IOM"},
		{"og:title that is only the site", `<meta property="og:site_name" content="ReliefWeb"><meta property="og:title" content="ReliefWeb">`, `<article><h1>Korea gives USD 2 million</h1></article>`, "Korea gives USD 2 million"},
		{"the article's h1, not the logo's", `<title>x</title>`, `<header><h1>Daily Example</h1></header><main><h1>Japan gives $1.2m</h1></main>`, "Japan gives $1.2m"},
		{"an h1 outside the chrome", ``, `<header><h1>Logo</h1></header><div class="story"><h1>EU releases €15 million</h1></div>`, "EU releases €15 million"},
		{"<title> without the site", `<title>Emergency Grant Aid for Pakistan | Ministry of Foreign Affairs of Japan</title>`, `<p>x</p>`, "Emergency Grant Aid for Pakistan"},
		{"no title", ``, `<p>x</p>`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parseHTML(t, "<html><head>"+tc.head+"</head><body>"+tc.body+"</body></html>")
			if got := readMeta(doc, nil).title; got != tc.want {
				t.Errorf("title of %s%s = %q, want %q", tc.head, tc.body, got, tc.want)
			}
		})
	}
}

func TestDateLine(t *testing.T) {
	for _, tc := range []struct {
		name   string
		blocks []string
		want   string
	}{
		{"alone", []string{"March 12, 2022", "Text."}, "2022-03-12"},
		{"labelled before", []string{"Press release from Ministry for Foreign Affairs", "Published 20 November 2023", "Text."}, "2023-11-20"},
		{"labelled after", []string{"17.09.2013 - Press release", "Text."}, "2013-09-17"},
		{"label first", []string{"Press releases, 26.06.2024", "Text."}, "2024-06-26"},
		{"German", []string{"03.12.2020 - Pressemitteilung", "Text."}, "2020-12-03"},
		{"an update is not the publication", []string{"Updated 20 November 2023", "Text."}, ""},
		{"a sentence is not a date line", []string{"On 26 June 2024 the Federal Council decided on a contribution.", "Text."}, ""},
		{"too far down", []string{"One.", "Two.", "Three.", "March 12, 2022"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := dateLine(tc.blocks); got != tc.want {
				t.Errorf("dateLine(%q) = %q, want %q", tc.blocks, got, tc.want)
			}
		})
	}
}

func TestTimeDate(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"first time in the article", `<nav><time datetime="2020-01-01">x</time></nav><article><p>x</p><time datetime="2021-03-12T10:00:00Z">12 March</time><time datetime="2021-04-01">y</time></article>`, "2021-03-12"},
		{"text of the time", `<article><time>12 March 2021</time></article>`, "2021-03-12"},
		{"a change is not the publication", `<article><p>Date modified: <time datetime="2022-01-05">5 Jan</time></p><p>Posted <time datetime="2021-03-12">12 Mar</time></p></article>`, "2021-03-12"},
		{"labelled publication first", `<article><dl><dt>Posted</dt><dd><time datetime="2022-10-04">4 Oct</time></dd><dt>Originally published</dt><dd><time datetime="2022-10-03">3 Oct</time></dd></dl></article>`, "2022-10-03"},
		{"itemprop", `<article><time datetime="2020-05-05">x</time><time itemprop="datePublished" datetime="2020-05-01">y</time></article>`, "2020-05-01"},
		{"related stories' dates are not the page's", `<main><section class="related-news"><time datetime="2019-01-01">x</time></section><p>Text.</p></main>`, ""},
		{"only changes", `<article><time property="dateModified" datetime="2021-08-13">x</time></article>`, ""},
		{"outside the article, outside the chrome", `<div><time datetime="2018-07-07">x</time></div><footer><time datetime="2019-01-01">y</time></footer>`, "2018-07-07"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := timeDate(parseHTML(t, "<html><body>"+tc.body+"</body></html>")); got != tc.want {
				t.Errorf("timeDate(%s) = %q, want %q", tc.body, got, tc.want)
			}
		})
	}
}

func TestJSONLDDatePublished(t *testing.T) {
	for _, tc := range []struct{ name, script, want string }{
		{"object", `{"@type":"NewsArticle","datePublished":"2020-01-02"}`, "2020-01-02"},
		{"array", `[{"@type":"Organization"},{"@type":"Article","datePublished":"2020-01-03T00:00:00Z"}]`, "2020-01-03T00:00:00Z"},
		{"graph", `{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2020-01-04"}]}`, "2020-01-04"},
		{"none", `{"@type":"Organization","name":"IOM"}`, ""},
		{"broken", `{"@type":`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ldDatePublished(tc.script); got != tc.want {
				t.Errorf("ldDatePublished(%q) = %q, want %q", tc.script, got, tc.want)
			}
		})
	}
}

func TestCanonicalURL(t *testing.T) {
	base, _ := url.Parse("https://www.example.org/news/a?x=1")
	for _, tc := range []struct {
		name, head string
		base       *url.URL
		want       string
	}{
		{"relative canonical", `<link rel="canonical" href="/news/b">`, base, "https://www.example.org/news/b"},
		{"canonical before og:url", `<meta property="og:url" content="https://m.example.org/b"><link rel="canonical" href="https://www.example.org/b">`, base, "https://www.example.org/b"},
		{"og:url", `<meta property="og:url" content="https://www.example.org/c">`, base, "https://www.example.org/c"},
		{"relative without a base", `<link rel="canonical" href="/news/b">`, nil, ""},
		{"not http", `<link rel="canonical" href="javascript:void(0)">`, base, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parseHTML(t, "<html><head>"+tc.head+"</head><body><p>Text.</p></body></html>")
			if got := readMeta(doc, tc.base).url; got != tc.want {
				t.Errorf("canonical URL of %q = %q, want %q", tc.head, got, tc.want)
			}
		})
	}
}

// FuzzParse: any input gives a page or an error, never a panic; a page's
// text is non-empty, its lines trimmed, its date YYYY-MM-DD.
func FuzzParse(f *testing.F) {
	pages, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range pages {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<p>a<br><br>b</p><table><tr><td>x<td>y</table><time datetime="2020-02-30">`))
	base, _ := url.Parse("https://example.org/news/")
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(bytes.NewReader(data), base)
		if err != nil {
			return
		}
		if p.Text == "" {
			t.Fatalf("Parse gave an empty text and no error")
		}
		for _, l := range strings.Split(p.Text, "\n") {
			if l != "" && l != collapse(l) {
				t.Fatalf("Parse gave a line %q with uncollapsed white space", l)
			}
		}
		if p.Published != "" && normDate(p.Published) != p.Published {
			t.Fatalf("Parse gave the date %q, not YYYY-MM-DD", p.Published)
		}
		if p.URL != "" && absURL(p.URL, nil) == "" {
			t.Fatalf("Parse gave the URL %q, not absolute http(s)", p.URL)
		}
	})
}
