package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// parsed is a release page cut into its parts.
type parsed struct {
	title string
	date  string
	// source is the publisher a source line names alone ("Government of
	// Austria"), "" if none.
	source string
	// url is the web address a line near the top gives alone (a page
	// pasted with its address under the headline), "" if none.
	url        string
	paragraphs []string
	contact    int // 1-based paragraph of the contact block, 0 if none
	org        int // 1-based paragraph of the organisation's self-description, 0 if none
	// more is the page's text from a second story's headline on (a tag
	// page, a news listing), as the page gives it; empty if none.
	more string
}

// urlLabelRe is the label before an address line's address.
var urlLabelRe = lazyre.New(`(?i)^(?:source\s+)?(?:url|link|address)\s*:\s*`)

// fundingWordRe is a word of funding; a French page's too ("millions de",
// "fait un don", "octroie", "verse"), and a Spanish page's ("millones de",
// "aportó", "destina", "ayuda"; their last letter may be accented, which
// \b does not see as a letter).
var (
	dateRe         = lazyre.New(`(?i)\b` + datePattern + `\b`)
	fundingWordRe  = lazyre.New(`(?i)\b(donat\w*|contribut\w*|gifts?|fund\w*|grant\w*|pledg\w*|giv\w*|gave|provid\w*|commit(?:s|ted|ting|ment|ments)?\b|allocat\w*|award\w*|receiv\w*|announc\w*|approv\w*|extend\w*|releas\w*|aid|assistance|worth|boost\w*|support\w*|million|billion|US\$|USD|EUR|CHF|GBP|at a cost of|valued at|to the tune of|millions de|millions d|milliards? de|milliards? d|fait un don|octroi\w*|octroy\w*|vers(?:e|ent)|allou\w*)\b|\b(?:millones de|millón de|mil millones|aport\p{L}*|don(?:a|an|ó|aron|ará|ar|ación|aciones)|destin(?:a|an|ó|aron|ará|ar|ado|ada)|dedic(?:a|an|ó|aron|ará)|contribu(?:ye|yen|yó|yeron|ir|irá|irán|ción|ciones)|conced(?:e|en|ió|ieron|er|erá)|financ(?:ia|ian|ió|iar|iará|iación)|ayuda|asign\p{L}*|otorg\p{L}*|proporcion\p{L}*|liber(?:a|an|ó|aron|ará))(?:\P{L}|$)|[$€£¥]`)
	contactStartRe = lazyre.New(`(?i)^(for (more|further) (information|details)|(more|further|additional) (information|details)\s*:|(media|press) (enquiries|inquiries|queries|questions) (should|can|may) be (directed|sent|addressed)\b|media contacts?\b|press contacts?\b|contacts?:|for (media|press) (enquiries|inquiries|queries)|(media|press) (enquiries|inquiries|queries)\s*:?$|(media|press) (enquiries|inquiries|queries)\s*:)`)
	markupRe       = lazyre.New(`"?\s*mailto:[^"\s>]*"?\s*>|<[^>]{0,200}>|\[[^\]]*\]\([^)]*\)`)
	gluedCapsRe    = lazyre.New(`^([A-Z][A-Z0-9 &'’,-]{1,40}?[A-Z])([A-Z][a-z])`)
	orgBlurbRe     = lazyre.New(`(?i)member states|presence in \d+|offices in (more than |over )?\d+|founded in|established in`)
	endMarkRe      = lazyre.New(`(?i)^(#{3,}|[-–—*\s]*ends?[-–—*\s]*)$`)
	footerRe       = lazyre.New(`(?i)^(share this\b|share:|share on\b|related (news|stories|content|links|articles|press releases|releases|posts|items|reading|topics)\b|more (news|stories|press releases)\b|latest (news|stories|articles|posts|updates)\s*:?$|see also\b|read more\b|you may also like\b|tags?:|©|\(c\) \d{4}|copyright\b|follow us\b|print this\b|back to top\b|subscribe\b|download (the )?(pdf|press release)\b)`)
	contactTextRe  = lazyre.New(`(?i)\bcontacts?\b(?:\s*:)?\s*[^\s:]`)
)

// topContactRe is a line of a press office's telephone or e-mail;
// officeRe names the office above it.
var (
	topContactRe = lazyre.New(`(?i)^(?:tel(?:ephone)?|phone|e-?mail)\s*:\s*\S.*(?:@|\d{3})`)
	officeRe     = lazyre.New(`(?i)\b(?:press|media|communications?|office|spokesperson|desk|information)\b`)
)

// labelPrefixRe is a page label glued before a headline.
var labelPrefixRe = lazyre.New(`^(?i:press release|news release|media release|statement|news)\s*[:|–—-]\s+(.{20,})$`)

// gluedDateRe is a date label glued before a line's text.
var gluedDateRe = lazyre.New(`^\s*(?i:date|posted|published):?\s+(\d{4}-\d{2}-\d{2})\s+`)

// layout finds a page's title, date, body paragraphs, contact block and the
// organisation's self-description. title is the page's own title when its
// metadata gives one ("" for pasted text); without one the title is the
// headline-like line above the body, and a page with none has no title
// (the caller derives one).
func layout(lines []string, title string) (*parsed, error) {
	p := &parsed{}
	orig := slices.Clone(lines) // a second story's lines, as given
	// A press office's lines, at the top of the page or anywhere ("USAID Press Office",
	// "Telephone: ... | Email: press@usaid.gov"): the contact block, when
	// the page has none at its end.
	var topContact []string
	hasContactBlock := slices.ContainsFunc(lines, func(l string) bool { return contactStartRe.MatchString(l) })
	// A contact block with no heading at the page's end is read whole
	// below (unheadedContact), not as a press office's lines.
	tail := len(lines)
	if !hasContactBlock {
		if s := unheadedContact(untilFooter(lines)); s >= 0 {
			tail = s
		}
	}
	// Page furniture (date lines, bylines, source lines, share widgets)
	// is never text: the date is kept, the line becomes a break.
	var dates dateLines
	var bylines []int // the lines that were bylines, for findTitle
	for i, l := range lines {
		if !hasContactBlock && topContact == nil && i < tail && topContactRe.MatchString(l) && wordCount(l) <= 16 {
			if i > 0 && wordCount(lines[i-1]) <= 6 && officeRe.MatchString(lines[i-1]) {
				topContact = append(topContact, lines[i-1])
				lines[i-1] = ""
			}
			topContact = append(topContact, l)
			lines[i] = ""
			continue
		}
		// "date 2022-02-02 Donation will help ...": a date glued before
		// the first line of text.
		if m := gluedDateRe.FindStringSubmatchIndex(l); m != nil && m[1] < len(l) {
			if p.date == "" {
				p.date = l[m[2]:m[3]]
			}
			lines[i], l = l[m[1]:], l[m[1]:]
		}
		// "PRESS RELEASE : UK Increases Support ...": the label goes, the
		// headline stays.
		if m := labelPrefixRe.FindStringSubmatch(l); m != nil {
			lines[i], l = m[1], m[1]
		}
		switch k := classify(l); k {
		case lineDate:
			// "98.3 F / San Fernando / Wednesday, Apr 24, 2024": a
			// site's weather box tells today's date, not the story's.
			if !weatherAbove(lines, i) {
				dates.add(i, l)
			}
			lines[i] = ""
		case lineByline, lineMeta, lineSource:
			// "Source: Xinhua| 2018-04-05 05:40:26|Editor: Mengjie": a
			// byline or source line may carry the date.
			dates.add(i, l)
			if k == lineByline {
				bylines = append(bylines, i)
			}
			lines[i] = ""
			if k == lineSource && p.source == "" {
				p.source = strings.TrimSpace(l)
			}
		case lineWidget, lineNav:
			lines[i] = ""
		case lineURL:
			// The page's own address is given near its top, before the
			// text has begun; one further down is a link the text gives.
			if p.url == "" && !slices.ContainsFunc(lines[:i], func(l string) bool { return wordCount(l) > 30 || endsSentence(l) && wordCount(l) > 12 }) {
				p.url = strings.Trim(urlLabelRe.ReplaceAllString(l, ""), "<> ")
			}
			lines[i] = ""
		}
	}
	if p.date == "" {
		p.date = dates.publication(lines)
	}
	var body []string
	blurb := ""
	if title != "" {
		p.title = strings.Join(strings.Fields(title), " ")
		body = withoutTitleCopies(lines, p.title)
	} else if titleAt, end := findTitle(lines, bylines...); titleAt >= 0 {
		// A headline repeated as a list item under the byline ("•
		// Canada increases matching fund ...") keeps no bullet.
		p.title = strings.TrimLeft(siteSuffixRe.ReplaceAllString(unBreadcrumb(join(lines[titleAt:end])), "$1"), "•·▪◦ ")
		blurb = orgBlurb(lines[:titleAt])
		body = withoutTitleCopies(lines[end:], p.title)
		if p.date == "" && titleAt > 0 {
			for _, l := range lines[max(0, titleAt-2):titleAt] {
				if m := dateRe.FindString(l); m != "" && wordCount(l) <= 10 {
					p.date = m
				}
			}
		}
	} else {
		// No title line: the body starts at the first prose line.
		start := slices.IndexFunc(lines, func(l string) bool { return wordCount(l) >= 8 && !isCaption(l) })
		if start < 0 {
			return nil, fmt.Errorf("%w: no prose text found", ErrNotRelease)
		}
		body = lines[start:]
	}
	// A tag page or a news listing: the release is the first story; the
	// next is read as a release of its own (Releases).
	if k := nextStory(body, p.title); k >= 0 {
		p.more = strings.Join(orig[len(lines)-len(body)+k:], "\n")
		body = body[:k]
	}

	// A lead that opens with its own date ("15 June 2011: More than $3
	// million was provided ..."), on a listing that posted it later ("25
	// Jan 2012" above the headline): the story's date is the lead's.
	if l := nextLine(body); l != "" {
		if m := datedLeadRe.FindStringSubmatch(l); m != nil {
			p.date = m[1]
		}
		// Nor a site's today ("Fri. Jun 21st, 2024") above a lead whose
		// dateline gives the story's ("HELSINKI, Finland, December 21,
		// 2017/ — ...").
		if m := datelineDateRe.FindStringIndex(l); m != nil {
			if d := dateRe.FindString(l[:m[1]]); d != "" {
				p.date = d
			}
		}
	}
	// A dateline opening the body ("GENEVA, 12 March 2012 –"), under a
	// photo caption and a byline if need be: the first lines up to the
	// first sentence of prose.
	// Further down, only a dateline proper: "NEW YORK, USA, 29 March 2006
	// – ..." under a site's banner.
	seen, prose := 0, false
	for _, l := range body {
		if l == "" || p.date != "" {
			continue
		}
		m := dateRe.FindStringIndex(l)
		if m != nil && m[0] < 40 && (!prose || datelineDateRe.MatchString(l)) {
			p.date = l[m[0]:m[1]]
			break
		}
		if seen++; seen == 10 {
			break
		}
		prose = prose || wordCount(l) >= 12 && !isCaption(l) && !captionLike(l)
	}

	// The release ends at the site's footer ("Share this", "Related
	// news", "© IOM", a "Latest news" heading alone over other stories);
	// end markers ("###", "-ENDS-") are dropped.
	kept := body[:0:0]
	for i, l := range body {
		if endMarkRe.MatchString(l) {
			continue
		}
		// A photographer's credit under a picture ("© UNICEF
		// Sudan/2006/Corti") is no footer: the article goes on.
		if photoCreditRe.MatchString(l) {
			continue
		}
		if footerRe.MatchString(l) && len(kept) > 0 {
			// A "Related News" box set inside the article, with the
			// article's prose going on below it, is skipped: a list of
			// other stories' headlines ends the release.
			if wordCount(l) <= 3 && proseFollows(body[i+1:]) {
				continue
			}
			// "© UNHCR" over a picture's caption ("High Commissioner
			// António Guterres meets ..."), the article below them: a
			// credit, not the site's copyright line (which names a year
			// or its rights).
			if strings.HasPrefix(l, "©") && wordCount(l) <= 3 && !yearInLineRe.MatchString(l) && proseFollows(afterFirstLine(body[i+1:])) {
				continue
			}
			break
		}
		kept = append(kept, l)
	}
	body = withoutTrailingHeadlines(kept)

	body = splitInlineContact(body)
	contactAt := -1
	for i, l := range body {
		// "Further information:" above more of the story ("In 2011 the
		// Federal Foreign Office has already provided 9.6 million euro
		// ...") heads text, not a contact block.
		if contactStartRe.MatchString(l) && !storyFollows(body[i+1:]) {
			contactAt = i
			break
		}
	}
	if contactAt < 0 && topContact == nil {
		contactAt = unheadedContact(body)
	}
	var contactLines []string
	if contactAt >= 0 {
		contactLines = contactBlock(body[contactAt:])
		body = body[:contactAt:contactAt] // paragraphs appends: not over the contact's lines
	} else if topContact != nil {
		contactLines = topContact
	}
	seenPara := map[string]bool{}
	for _, para := range paragraphs(body) {
		// Captions and sub-headings are not the release's text.
		if isCaption(para) || isSubheading(para) {
			continue
		}
		// A page that prints its story twice (a repost with the text
		// again under a "read more"): each paragraph counts once, or its
		// figures would be stated twice.
		if wordCount(para) >= 8 {
			k := strings.Join(strings.Fields(para), " ")
			if seenPara[k] {
				continue
			}
			seenPara[k] = true
		}
		p.paragraphs = append(p.paragraphs, para)
	}
	if c := contactParagraph(contactLines); c != "" {
		p.paragraphs = append(p.paragraphs, c)
		p.contact = len(p.paragraphs)
	}
	if blurb != "" {
		p.paragraphs = append(p.paragraphs, blurb)
		p.org = len(p.paragraphs)
	}
	if len(p.paragraphs) == 0 {
		return nil, fmt.Errorf("%w: no body text after the title", ErrNotRelease)
	}
	return p, nil
}

// withoutTitleCopies blanks the lines above the first line of prose of a
// body that repeat its title: a page prints its headline again over the
// text (after its address, a byline, a standfirst, or with a date glued
// before it), and a copy read as the first paragraph would state the
// title's amount twice.
func withoutTitleCopies(body []string, title string) []string {
	var out []string
	for i, l := range body {
		if l != "" && strings.EqualFold(strings.Join(strings.Fields(l), " "), title) {
			if out == nil {
				out = slices.Clone(body)
			}
			out[i] = ""
			continue
		}
		if wordCount(l) >= 12 && endsSentence(l) {
			break
		}
	}
	if out == nil {
		return body
	}
	return out
}

// datedLeadRe is a lead that opens with a full date and a colon or dash:
// "15 June 2011: More than $3 million was provided".
var datedLeadRe = lazyre.New(`^(` + datePattern + `)\s*[:–—-]\s+\S`)

// storyFollows reports whether the first paragraph of text below a
// heading is more of the story: a long sentence with an amount, and no
// e-mail address or telephone number. A hard-wrapped paragraph is read
// whole, up to a few lines ("... provided 9.6 million euro of" / "aid
// ...").
func storyFollows(lines []string) bool {
	var para []string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			if len(para) > 0 {
				break
			}
			continue
		}
		if para = append(para, l); len(para) == 4 {
			break
		}
	}
	l := strings.Join(para, " ")
	return wordCount(l) >= 12 && len(findAmounts(l, "")) > 0 && !strings.Contains(l, "@") && !phoneLikeRe.MatchString(l)
}

// phoneLikeRe is a telephone number.
var phoneLikeRe = lazyre.New(`\+?\d[\d ().-]{7,}\d`)

// weatherRe is a temperature on a line of its own: "98.3 F", "21°C".
var weatherRe = lazyre.New(`^-?\d{1,3}(?:[.,]\d)?\s?°?\s?[FC]$`)

// weatherAbove reports whether one of the two lines above line i is a
// temperature (weatherRe).
func weatherAbove(lines []string, i int) bool {
	for _, l := range lines[max(0, i-2):i] {
		if weatherRe.MatchString(strings.TrimSpace(l)) {
			return true
		}
	}
	return false
}

// datelineDateRe opens a line with a place and a date and a dash: "NEW
// YORK, USA, 29 March 2006 –".
var datelineDateRe = lazyre.New(`^\p{Lu}[\p{L} .,'’]{1,40},\s+(?:le\s+)?` + datePattern + `\.?/?\s*[–—-]{1,2}\s`)

// captionLike reports whether a line describes a picture: someone
// "holds", "visits", "receives" something, and no amount.
func captionLike(l string) bool {
	return captionVerbRe.MatchString(l) && len(findAmounts(l, "")) == 0
}

// captionVerbRe is what a photo caption says people in it do.
var captionVerbRe = lazyre.New(`\b(?:holds|holding|hugs|greets|greeting|visits|visiting|poses|posing|speaks|speaking|looks on|smiles|plays|waits|carries|carrying)\b`)

// photoCreditRe is a photographer's credit line: "© UNICEF
// Sudan/2006/Corti", "© WFP/Jane Doe".
var photoCreditRe = lazyre.New(`^©\s*[\p{L}][^/\s]*(?:\s+[^/\s]+){0,3}/\S`)

// cookieNoticeRe is a site's notice about its cookies.
var cookieNoticeRe = lazyre.New(`(?i)\bcookies?\b[^.]{0,200}\b(?:settings|policy|consent|accept|experience|browsing|receive|agree)\b|\bcookies on (?:the|this|our)\b`)

// yearInLineRe is a year in a line: "© 2024 UNHCR".
var yearInLineRe = lazyre.New(`\b(?:19|20)\d\d\b`)

// afterFirstLine returns lines after the first that is not blank.
func afterFirstLine(lines []string) []string {
	for i, l := range lines {
		if l != "" {
			return lines[i+1:]
		}
	}
	return nil
}

// proseFollows reports whether the next two lines with text are both
// paragraphs of prose: sentences of at least fifteen words.
func proseFollows(lines []string) bool {
	n := 0
	for _, l := range lines {
		if l == "" {
			continue
		}
		if wordCount(l) < 15 || !endsSentence(l) {
			return false
		}
		if n++; n == 2 {
			return true
		}
	}
	return false
}

// contactBlock cuts a contact block at its end: a line of prose (the
// organisation's description, the page's footer), or after a few lines,
// so that a page with text after its contacts is read in time linear in
// its length.
func contactBlock(lines []string) []string {
	n := 0
	for i, l := range lines {
		if l == "" {
			continue
		}
		n++
		// "About the Bill & Melinda Gates Foundation": the heading of the
		// publisher's blurb ends the contacts.
		if i > 0 && (wordCount(l) >= 20 && !strings.ContainsAny(l, "@+") || n > maxContactLines || aboutHeadingRe.MatchString(l)) {
			return lines[:i]
		}
	}
	return lines
}

// aboutHeadingRe is the heading of a publisher's blurb: "About the World
// Food Programme", "ABOUT UNICEF".
var aboutHeadingRe = lazyre.New(`(?i)^about\s+(?:the\s+)?\p{Lu}[^.:@]{0,80}$`)

// maxContactLines bounds a contact block: a few people with office, phone
// and email each.
const maxContactLines = 24

// isDateLine reports whether l is a short line that gives a date.
func isDateLine(l string) bool {
	return wordCount(l) <= 10 && !strings.HasSuffix(l, ".") && dateRe.MatchString(l)
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// isNavLine reports whether l looks like site navigation: a dash, a menu
// item, or a heading glued to a blurb ("WHO WE AREThe International ...").
func isNavLine(l, prev string) bool {
	switch {
	case l == "-" || l == "|":
		return true
	case strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* "):
		// A menu item, unless it is a sentence of the text set out as a
		// bullet ("- The government of the Republic of Korea will extend
		// 100,000 USD ...").
		return !(wordCount(l) >= 12 && endsSentence(l))
	case unglue(l, prev) != l:
		return true
	}
	return false
}

// unglue removes a menu heading glued to the text that follows it: the
// previous line repeated ("Our WorkAs the leading ..."), or a heading in
// capitals ("WHO WE AREThe International ...").
func unglue(l, prev string) string {
	if prev != "" && len(l) > len(prev)+1 && strings.EqualFold(l[:len(prev)], prev) {
		rest := l[len(prev):]
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			return rest
		}
	}
	if m := gluedCapsRe.FindStringSubmatchIndex(l); m != nil {
		return l[m[4]:]
	}
	return l
}

// sharesWord reports whether a title and a text share a content word
// (its first five letters, or the whole of a shorter word of four or
// more) or a number.
func sharesWord(title, text string) bool {
	stems := titleStems(title)
	if len(stems) == 0 {
		return true
	}
	for _, w := range strings.FieldsFunc(text, notWordRune) {
		if stems[stem(strings.Trim(w, "."))] {
			return true
		}
	}
	return false
}

// titleStems are the stems (stem) of a title's telling words: words of
// four letters or more that are no stop words, and figures.
func titleStems(title string) map[string]bool {
	stems := map[string]bool{}
	for _, w := range strings.FieldsFunc(title, notWordRune) {
		w = strings.Trim(w, ".")
		if utf8.RuneCountInString(w) >= 4 && !titleStopWords[strings.ToLower(w)] || w != "" && unicode.IsDigit([]rune(w)[0]) {
			stems[stem(w)] = true
		}
	}
	return stems
}

// notWordRune separates the words titleStems reads: anything but letters,
// digits and full stops ("U.S.", "3.5").
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' }

// stem is a word lowered, without a possessive or plural ending, cut to
// its first five letters: "Japan's" and "Japanese" are "japan".
func stem(w string) string {
	w = strings.ToLower(strings.TrimRight(w, "’'s"))
	if r := []rune(w); len(r) > 5 {
		return string(r[:5])
	}
	return w
}

// titleStopWords are words of four letters or more that tell nothing of
// what a title is about.
var titleStopWords = map[string]bool{"with": true, "from": true, "that": true, "this": true, "their": true, "more": true, "into": true, "over": true, "after": true, "about": true, "news": true}

// findTitle returns the line range [start, end) of the title: the
// headline-like line, followed by prose, that states an amount, else the
// first that speaks of funding, else the first headline-like line followed
// by prose. A title hard-wrapped onto a short second line is one title. It
// returns -1 if there is none.
func findTitle(lines []string, bylines ...int) (int, int) {
	first, funding := -1, -1
	firstEnd, fundingEnd := 0, 0
	prev := ""
	// A page with blank lines between its blocks has its title on a block
	// of its own, never inside a wrapped paragraph.
	blocks := 0
	for i := 1; i < len(lines); i++ {
		if lines[i] == "" && lines[i-1] != "" {
			blocks++
		}
	}
	for i, l := range lines {
		if l == "" {
			continue
		}
		if isNavLine(l, prev) {
			prev = l
			continue
		}
		prev = l
		// A site's cookie notice above the article ("We use cookies to give
		// the best experience on our site ...") is no paragraph of it.
		if cookieNoticeRe.MatchString(l) {
			continue
		}
		// The title stands above the body: past the first paragraph of
		// wrapped prose, there is none to find.
		if blocks >= 3 && (i == 0 || lines[i-1] == "") && wrappedProse(lines[i:]) {
			break
		}
		// Nor past a paragraph on one long line, or past a sentence of
		// prose below a headline already found ("Assistance through WFP :
		// 1.41 million USD" further down is a list item, not the title).
		if (wordCount(l) >= 20 || first >= 0 && wordCount(l) >= 8) && endsSentence(l) && !isCaption(l) {
			break
		}
		n := wordCount(l)
		if n < 2 || n > 30 || utf8.RuneCountInString(l) > 250 {
			continue
		}
		// "further 5.4 million euros from the Disaster Fund (AKF). The
		// money will": a line with a sentence ending inside it is a
		// wrapped line of prose, never a headline.
		// Nor is a line that goes on from the one above in lower case
		// ("help fight the crises in Mozambique and ...").
		if innerSentenceEndRe.MatchString(abbreviationRe.ReplaceAllString(l, "$1")) || startsLowerRe.MatchString(l) {
			continue
		}
		// Nor is a line that opens with a dateline ("AUSTRIA, May 3 -
		// Largest payment ...", a wire's standfirst): it is text.
		if endsSentence(l) && n > 2 && !strings.HasSuffix(l, "?") || strings.HasSuffix(l, ":") || isDateLine(l) || isCaption(l) || isLabel(l) || isNameLine(l) || isOrgLine(l) || bracketed(l) || newsDatelineRe.MatchString(l) {
			continue
		}
		end := i + 1
		// A wrapped title: a short line right after it, then a break.
		// (Not a person's name under it: "Jane Doe", the author.)
		if end+1 < len(lines) && lines[end] != "" && wordCount(lines[end]) <= 5 && lines[end+1] == "" && !endsSentence(l) && n >= 6 && !personNameLine(lines[end]) {
			end++
		}
		// A line whose sentence runs on into the next line is hard-wrapped
		// prose, not a headline: one that ends on a word no headline ends
		// with ("The $5 million grant, given through partners such as" /
		// "WFP and UNICEF, will ..."), or one the next line carries on in
		// lower case ("The minister announced an increase in" / "funding
		// to Chad ...").
		if end < len(lines) && lines[end] != "" && !endsSentence(lines[end-1]) && (wrapEndRe.MatchString(lines[end-1]) || startsLowerRe.MatchString(lines[end])) {
			continue
		}
		// (A photo caption right above the headline is no line of its
		// block: "Relief workers unload tents. (Photo: example.id)".)
		if blocks >= 3 && (i > 0 && lines[i-1] != "" && !isCaption(lines[i-1]) || end < len(lines) && lines[end] != "" && !unwrappedAfter(lines[i], lines[end])) {
			continue
		}
		// The next line of prose must come soon: past at most a few short
		// lines (a byline, a date, a name).
		next, short, nextAt := "", 0, end
		for k, m := range lines[end:] {
			nextAt = end + k
			// Page furniture between the headline and the text
			// (ReliefWeb's "Format:", "Source:", "Posted:" and "Origin:"
			// lines) does not count.
			if m == "" || isDateLine(m) || classify(m) != lineText {
				continue
			}
			if wordCount(m) < 6 && short < 3 && !contactStartRe.MatchString(m) {
				short++
				continue
			}
			next = m
			break
		}
		if wordCount(next) < 6 || contactStartRe.MatchString(next) || isNavLine(next, l) {
			continue
		}
		text := join(lines[i:end])
		// A title speaks of what the text below it tells: a line that
		// shares no word with the next lines of prose is the site's
		// furniture ("World News / Culture / British Queen celebrates"
		// above "Britain is to give an extra £10 million ...").
		if !sharesWord(text, strings.Join(lines[end:min(len(lines), max(end, nextAt)+12)], " ")) {
			continue
		}
		// A headline the page prints twice above its text (its heading
		// and again over the article) is the title, before a standfirst
		// that states the amount ("Italy, WFP join forces for food
		// security in Cuba", "Foreign ministry announces 500,000-euro
		// donation", the headline again).
		if end == i+1 && repeatedAbove(lines, i) {
			return i, end
		}
		if len(findAmounts(text, "")) > 0 {
			// A headline found above with a byline under it
			// ("FACTBOX-Biggest donor pledges for ...", "by Reuters",
			// a date) is the title; a standfirst further down that
			// states the sum is not.
			if funding >= 0 && slices.ContainsFunc(bylines, func(b int) bool { return b >= fundingEnd && b < i }) {
				return funding, fundingEnd
			}
			return i, end
		}
		// The headline nearest the text wins: a site's name above the
		// navigation ("United Nations Population Fund") is not the title.
		// Not a sub-heading in capitals below a headline already found
		// ("Australia boosts humanitarian aid to Gaza", then a byline,
		// then "AUSTRALIA'S EXTRA ASSISTANCE FOR GAZA").
		if fundingWordRe.MatchString(text) && !(funding >= 0 && allCaps(text)) {
			funding, fundingEnd = i, end
		}
		if first < 0 {
			first, firstEnd = i, end
		}
	}
	if funding >= 0 {
		return funding, fundingEnd
	}
	return first, firstEnd
}

// siteSuffixRe is a site's name a pasted headline ends with: " -
// GulfToday", " | ReliefWeb", " - arabnews.com", after at least four words;
// after a bar, a site's name or motto of up to four words (" | Be
// Korea-savvy"), which no headline ends with.
var siteSuffixRe = lazyre.New(`^((?:\S+\s+){3,}\S+)\s+(?:[-|–—]\s+(?:\p{Lu}\p{Ll}+\p{Lu}\w*|[\w-]+\.(?:com|org|net|ng|pk|in|co\.uk|com\.au))|\|\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3})$`)

// repeatedAbove reports whether lines[i] stands again, word for word, among
// the other lines above the first line of prose.
func repeatedAbove(lines []string, i int) bool {
	for j, l := range lines {
		if wordCount(l) >= 20 && endsSentence(l) {
			break
		}
		// The two copies hold something between them (the standfirst):
		// a line printed twice in a row ("Ministers on this page who
		// have changed areas of responsibility", twice) is the site's
		// furniture stuttering, no headline.
		if j != i && l == lines[i] && slices.ContainsFunc(lines[min(i, j)+1:max(i, j)], func(m string) bool { return m != "" }) {
			return true
		}
	}
	return false
}

// isOrgLine reports whether a line is only an organisation's name, as a
// site or publisher label stands above a release ("World Food Programme
// (WFP)"): no headline.
// A donor's ministry or agency is one too ("Federal Department of
// Foreign Affairs FDFA" above the Swiss government's release).
func isOrgLine(l string) bool {
	ms := orgMentions(l)
	rest := []byte(l)
	for _, m := range ms {
		for i := m.start; i < m.end; i++ {
			rest[i] = ' '
		}
	}
	for _, b := range donorBodies {
		if !b.Agency() {
			continue
		}
		for at := wordIndex(string(rest), b.Name); at >= 0; at = wordIndex(string(rest), b.Name) {
			for i := at; i < at+len(b.Name); i++ {
				rest[i] = ' '
			}
		}
	}
	if strings.TrimSpace(string(rest)) == strings.TrimSpace(l) {
		return false
	}
	for _, w := range strings.Fields(strings.NewReplacer("(", " ", ")", " ", "-", " ", "–", " ", "|", " ", ":", " ", ",", " ").Replace(string(rest))) {
		switch strings.ToLower(w) {
		case "the", "united", "nations", "un", "u.n.":
		default:
			return false
		}
	}
	return true
}

// unwrappedAfter reports whether next, the line right after a headline
// candidate l with no break between them, starts a paragraph of its own:
// a sentence on one long line ("GENEVA, 12 March 2012 – The Government of
// Sweden has ..."), not the second line of the paragraph l starts.
func unwrappedAfter(l, next string) bool {
	return startsSentence(next) && utf8.RuneCountInString(next) >= 3*utf8.RuneCountInString(l)/2
}

// isNameLine reports whether a short line is only capitalised words and
// no word of funding: a byline without "By" ("Aidoghie Paulinus Abuja"),
// not a headline.
func isNameLine(l string) bool {
	ws := strings.Fields(l)
	if len(ws) > 4 || fundingWordRe.MatchString(l) {
		return false
	}
	for _, w := range ws {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// personNameLineRe is a line that is only a person's name: two or three
// words, each a capital and small letters ("Aurélia Rusek", "Jane van
// Doe").
var personNameLineRe = lazyre.New(`^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+(?:(?:van|von|de|da|del|der|al|el|bin|ibn)\s+)?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}$`)

// personNameLine reports whether a short line is a person's name, as an
// author's line under a headline gives it, and no word of a headline
// (no funding word, no place, no organisation).
func personNameLine(l string) bool {
	l = strings.TrimSpace(l)
	return personNameLineRe.MatchString(l) && !fundingWordRe.MatchString(l) && len(corpus.Mentions(l)) == 0 && len(orgMentions(l)) == 0 && donorName(l) == ""
}

// isLabel reports whether a line is a section label in capitals ("SAUDI
// ARABIA", "NEWS"): never a title.
func isLabel(l string) bool {
	return wordCount(l) <= 4 && strings.ToUpper(l) == l && strings.ToLower(l) != l
}

// breadcrumbRe separates the parts of a breadcrumb trail.
var breadcrumbRe = lazyre.New(`\s[»>|›]\s`)

// unBreadcrumb removes a breadcrumb trail glued before a title
// ("Rediff.com » Business » Ikea Foundation gives ...").
// A trail without separators, the section in capitals ("Home NATIONAL
// Finland grants EUR 13.5 million ..."), goes too.
//
// (A title before a site's long name, "Qatar gives $5 million to WFP | The
// Gulf Daily News Online Edition", is the part that tells of the gift.)
func unBreadcrumb(t string) string {
	parts := breadcrumbRe.Split(t, -1)
	if len(parts) > 1 && wordCount(parts[len(parts)-1]) >= 4 {
		last := parts[len(parts)-1]
		if first := parts[0]; !tellsOfGift(last) && tellsOfGift(first) && wordCount(first) >= 4 {
			return strings.TrimSpace(first)
		}
		return strings.TrimSpace(last)
	}
	if m := homeSectionRe.FindStringSubmatchIndex(t); m != nil && wordCount(t[m[2]:]) >= 4 {
		return t[m[2]:]
	}
	return t
}

// tellsOfGift reports whether a title's part states an amount or speaks of
// funding.
func tellsOfGift(s string) bool {
	return len(findAmounts(s, "")) > 0 || fundingWordRe.MatchString(s)
}

// homeSectionRe is a trail of "Home" and a section in capitals, glued
// before a title that starts with a capitalised word.
var homeSectionRe = lazyre.New(`^(?:Home|HOME)\s+(?:\p{Lu}[\p{Lu}&-]+\s+){1,3}(\p{Lu}\p{Ll})`)

// wrapEndRe ends a line on a word a headline never ends with: an
// article, a preposition, a conjunction ("such as", "of the", "and").
var wrapEndRe = lazyre.New(`\s(?:a|an|the|of|in|on|at|to|for|from|with|by|and|or|but|as|such as|that|which|who|its|their|his|her)$`)

// startsLowerRe opens a line with a word in lower case.
var startsLowerRe = lazyre.New(`^\p{Ll}{2,}\b`)

// innerSentenceEndRe is a sentence's end inside a line, after a word of
// three letters or more or a bracket ("Dr. Smith", "U.S. Gives" are none).
// abbreviationRe is an abbreviation's full stop, no sentence's end:
// "Displaced Persons, etc. Affected by ...".
var abbreviationRe = lazyre.New(`\b(etc|approx|incl|esp|govt|dept|excl)\.`)

var innerSentenceEndRe = lazyre.New(`(?:\b\p{Ll}{3,}|\))[.!?]["”’]?\s+["“‘]?\p{Lu}\p{Ll}`)

// wrappedProse reports whether a block starting at lines[0] is a
// paragraph of hard-wrapped prose: three lines or more of eight words or
// more each.
func wrappedProse(lines []string) bool {
	n := 0
	for _, l := range lines {
		if l == "" || wordCount(l) < 8 {
			break
		}
		n++
	}
	return n >= 3
}

// orgBlurb finds, in the navigation above the title, the organisation's
// description of itself that states organisation facts (member states,
// presence, founding), with the glued menu heading removed.
func orgBlurb(nav []string) string {
	prev := ""
	for _, l := range nav {
		if l == "" {
			continue
		}
		text := unglue(l, prev)
		prev = l
		if wordCount(text) >= 12 && orgBlurbRe.MatchString(text) {
			return strings.Join(strings.Fields(text), " ")
		}
	}
	return ""
}

// paragraphs restores the paragraphs of a body: blocks separated by blank
// lines, or, in a hard-wrapped body with no blank lines, breaks found by
// the classic heuristic (a line that ends a sentence, followed by one that
// starts a sentence, whose first word would have fit on the line).
func paragraphs(body []string) []string {
	for len(body) > 0 && body[0] == "" {
		body = body[1:]
	}
	for len(body) > 0 && body[len(body)-1] == "" {
		body = body[:len(body)-1]
	}
	if len(body) == 0 {
		return nil
	}
	var out []string
	if slices.Contains(body, "") {
		var block []string
		lines := append(body, "")
		glue := false
		for i, l := range lines {
			if l != "" && glue {
				block[len(block)-1] += " " + strings.TrimSpace(l)
				glue = false
				continue
			}
			if l != "" {
				block = append(block, l)
				continue
			}
			// "... to provide the 26 million euros for" / "the north
			// east and the areas bordering it": a sentence the page broke
			// across a blank line goes on in the same line.
			if glue || len(block) > 0 && brokenSentence(block[len(block)-1], lines[i+1:]) {
				glue = true
				continue
			}
			if len(block) > 0 {
				out = append(out, wrapParagraphs(block)...)
				block = nil
			}
		}
		return out
	}
	return wrapParagraphs(body)
}

// brokenSentence reports whether a block that ends with last goes on past
// the blank line, in the first line of rest that is not blank: last ends
// with a word or a comma, no sentence's end, and that line starts in lower
// case.
func brokenSentence(last string, rest []string) bool {
	last = strings.TrimSpace(last)
	r, _ := utf8.DecodeLastRuneInString(last)
	if last == "" || endsSentence(last) || !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',') || wordCount(last) < 4 {
		return false
	}
	for _, l := range rest {
		if l = strings.TrimSpace(l); l != "" {
			first, _ := utf8.DecodeRuneInString(l)
			return unicode.IsLower(first)
		}
	}
	return false
}

// wrapParagraphs splits a run of lines with no blank lines into paragraphs.
func wrapParagraphs(lines []string) []string {
	lengths := make([]int, len(lines))
	for i, l := range lines {
		lengths[i] = utf8.RuneCountInString(l)
	}
	sorted := slices.Clone(lengths)
	sort.Ints(sorted)
	median := sorted[len(sorted)/2]
	var out []string
	if len(lines) == 1 {
		return []string{join(lines)}
	}
	if median > 140 {
		// Not hard-wrapped: each line is a paragraph.
		for _, l := range lines {
			out = append(out, join([]string{l}))
		}
		return out
	}
	width := 0
	for _, n := range lengths {
		if n <= 2*median+10 && n > width {
			width = n
		}
	}
	start := 0
	for i := 0; i < len(lines)-1; i++ {
		if endsSentence(lines[i]) && startsSentence(lines[i+1]) {
			next := lines[i+1]
			first := next
			if j := strings.IndexByte(next, ' '); j > 0 {
				first = next[:j]
			}
			if lengths[i]+1+utf8.RuneCountInString(first) <= width || lengths[i] > width {
				out = append(out, join(lines[start:i+1]))
				start = i + 1
			}
		}
	}
	return append(out, join(lines[start:]))
}

func endsSentence(l string) bool {
	l = strings.TrimRight(l, `"'”’)]`)
	return strings.HasSuffix(l, ".") || strings.HasSuffix(l, "!") || strings.HasSuffix(l, "?") || strings.HasSuffix(l, ":")
}

func startsSentence(l string) bool {
	l = strings.TrimLeft(l, `"'“‘(`)
	r, _ := utf8.DecodeRuneInString(l)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// join joins hard-wrapped lines into one line of text, keeping a hyphen
// that ends a line attached to the next word.
// tableRowRe is a short line that ends with an amount: a table's row,
// "Africa $ 82.9 million", "Middle East: USD 32.6 million".
var tableRowRe = lazyre.New(`^[^.!?$€£¥0-9]{2,60}?[\s:>]\s*(?:[$€£¥]|US\$|USD|EUR|GBP|CHF)\s?\d[\d,.]*\s*(?:million|billion|m|bn|M)?\.?$`)

// tableRows marks the lines that are rows of a table: runs of three or
// more lines in a row that each end with an amount.
func tableRows(lines []string) []bool {
	rows := make([]bool, len(lines))
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && wordCount(lines[j]) <= 8 && tableRowRe.MatchString(strings.TrimSpace(lines[j])) {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				rows[k] = true
			}
		}
		i = max(j, i+1)
	}
	return rows
}

// dashBulletRe opens a line set out as a labelled item with a dash or a
// star: "- Germany: ...", "* Food security: ...". A dash before speech
// ("- We stand with ...," says ...) or a hard wrap ("- which ...") opens
// none.
var dashBulletRe = lazyre.New(`^[-–*]\s+\p{Lu}[^:.!?"“”]{0,40}:\s`)

// numberedHeadingRe is a breakdown's numbered heading line: "2. Pakistan",
// "(3) Chad".
var numberedHeadingRe = lazyre.New(`^\(?\d{1,2}[.)]\s+\p{Lu}[^.!?:;,]{1,40}$`)

// labelledAmountRe is a breakdown's row of a label and its amount, with or
// without a currency: "UNHCR: 2.1 million", "WFP: $3 million".
var labelledAmountRe = lazyre.New(`^[^:.!?]{2,100}:\s*(?:[$€£¥]|US\$|USD|EUR|GBP|CHF)?\s?\d[\d,.]*\s*(?:million|billion|m|bn|M)?\.?$`)

// breakdownHeadings marks the numbered headings of a breakdown: a line
// "2. Pakistan" followed by a row "UNHCR: 2.1 million". Each opens an
// item of its own, so its rows are read with it and the next heading's
// number is never read with the last row's amount.
func breakdownHeadings(lines []string) []bool {
	heads := make([]bool, len(lines))
	for i := 0; i+1 < len(lines); i++ {
		heads[i] = numberedHeadingRe.MatchString(strings.TrimSpace(lines[i])) && labelledAmountRe.MatchString(strings.TrimSpace(lines[i+1]))
	}
	return heads
}

func join(lines []string) string {
	var b strings.Builder
	rows := tableRows(lines)
	heads := breakdownHeadings(lines)
	for i, l := range lines {
		l = strings.TrimSpace(l)
		// A row of a table ("Africa $ 82.9 million") is an item of its
		// own, as a bullet is: its label and its amount belong together.
		if rows[i] || heads[i] {
			l = "• " + l
		}
		// A labelled item set out with a dash or a star ("- Japan: Japan
		// is giving $50 million.") is an item of its own, as a "•" one is:
		// the next item's label is never read with this one's amount.
		if dashBulletRe.MatchString(l) {
			_, size := utf8.DecodeRuneInString(l)
			l = "• " + strings.TrimLeft(l[size:], " \t")
		}
		if i > 0 && b.Len() > 0 {
			s := b.String()
			if !(strings.HasSuffix(s, "-") && len(s) > 1 && unicode.IsLetter(rune(s[len(s)-2]))) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// contactParagraph joins a contact block into one paragraph, without
// markup: "For more information, please contact: Yuko Goto, IOM Tokyo,
// Tel: ..., E-mail: ...".
func contactParagraph(lines []string) string {
	var parts []string
	for _, l := range lines {
		l = markupRe.ReplaceAllString(l, " ")
		l = strings.Join(strings.Fields(l), " ")
		l = strings.Trim(l, `"`)
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		parts = append(parts, l)
	}
	if len(parts) > 1 && contactTextRe.MatchString(parts[0]) {
		// A one-line contact that the page hard-wrapped.
		return join(parts)
	}
	var b strings.Builder
	for i, l := range parts {
		if i > 0 {
			prev := parts[i-1]
			if strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ";") {
				b.WriteByte(' ')
			} else {
				b.WriteString(", ")
			}
		}
		b.WriteString(l)
	}
	return strings.TrimSpace(b.String())
}

// allCaps reports whether s has letters and none of them in lower case.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// bracketed reports whether a line is wholly in brackets, or ends one
// it never opened: a source or agency note ("(MENAFN- African Press
// Organization)"), never a title.
func bracketed(l string) bool {
	return strings.HasPrefix(l, "(") && strings.HasSuffix(l, ")") && strings.Count(l, "(") == 1 ||
		// The end of a credit whose opening bracket the paste cut off
		// ("MENAFN - Example News)"): a fragment, never a headline.
		strings.HasSuffix(l, ")") && strings.Count(l, ")") > strings.Count(l, "(")
}

// withoutTrailingHeadlines drops a list of other stories' headlines that
// ends a page with no heading of its own: "- Hong Kong charities provide
// assistance to migrant domestic workers", "- Beijing builds hub for
// modern agriculture", ... At least three bulleted lines, none stating an
// amount or ending a sentence, and nothing but blank lines after them; a
// release's own bulleted breakdown states its amounts and stays.
func withoutTrailingHeadlines(body []string) []string {
	end := len(body)
	for end > 0 && body[end-1] == "" {
		end--
	}
	start := end
	for start > 0 {
		l := body[start-1]
		if !headlineBulletRe.MatchString(l) || wordCount(l) > 20 || endsSentence(l) || len(findAmounts(l, "")) > 0 {
			break
		}
		start--
	}
	if end-start < 3 {
		return body
	}
	// ("The funds will pay for:" then "- food", "- shelter", "- health
	// care": the release's own list, announced by its colon.)
	prev := start - 1
	for prev >= 0 && body[prev] == "" {
		prev--
	}
	if prev >= 0 && strings.HasSuffix(strings.TrimSpace(body[prev]), ":") {
		return body
	}
	return body[:start]
}

// headlineBulletRe opens a bulleted line.
var headlineBulletRe = lazyre.New(`^[-–•·*]\s+\S`)
