package extract

import (
	"slices"
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"
)

// lineKind is what a line of a pasted page is, when it is not the
// release's text: page furniture that never becomes the title, a
// paragraph or a fact.
type lineKind int

const (
	lineText   lineKind = iota
	lineDate            // "date 2021-03-12", "MAR 12, 2022 LISTEN", "Posted: 13 Mar 2018"
	lineByline          // "By IOM Press"
	lineMeta            // "Source: IOM", "Format: News and Press Release", "Publisher: ..."
	lineSource          // "Government of Austria": the publisher's name alone
	lineWidget          // "Share", "Listen", "Print  Email  Facebook"
	lineNav             // "Home  News  Politics", "Home > Press Releases > 2021"
	lineURL             // "https://www.example.org/news/123", "URL: https://..."
)

// lineRule classifies a short line. Rules are tried in order, the most
// specific first; the first that matches wins. Every rule applies only to lines of at most maxWords
// words, so a sentence of the release that starts the same way is kept.
type lineRule struct {
	kind     lineKind
	maxWords int
	re       *lazyre.Regexp
}

var lineRules = []lineRule{
	// A web address alone on a line: the page's own, pasted under its
	// headline, or a link the text gives.
	{lineURL, 3, lazyre.New(`(?i)^(?:(?:source\s+)?(?:url|link|address)\s*:\s*)?<?https?://[^\s<>]+>?$`)},
	{lineMeta, 80, lazyre.New(`(?i)^(countr(y|ies)|regions?|themes?|disaster types?|vulnerable groups?)\s*:`)},
	{lineMeta, 12, lazyre.New(`^[^.!?]{1,60}\+\s*\d+\s+more$`)}, // ReliefWeb's "World + 23 more"
	// A bulleted label and a dated value, in any language: "- Published:
	// 19 August 2024", "- Foilsithe: 19 Lúnasa 2024", "- An t-eolas is
	// déanaí: 12 Aibreán 2025" (gov.ie's published and updated lines).
	{lineMeta, 9, lazyre.New(`^[-–•·]\s*[\p{L}'’ -]{2,30}:\s*[\p{L}\d ,./-]{0,30}\b(?:19|20)\d\d\s*$`)},
	{lineMeta, 14, lazyre.New(`(?i)^(source|format|origin|theme|themes|disaster|disasters|language|published under|publisher|author|authors|categor(y|ies)|filed under|topics?|tags?|attachments?|view original|download( pdf| the pdf)?|press release|news release|media release|news and press release|for immediate release|embargoed(?: until)?|historical archive|press releases?( \d{4})?|news|statement|joint press release|joint media release|media statement|joint statement|joint media statement|press statement|reading time|read time|\d+ min(ute)?s? read)\s*(:|$)`)},
	// "Source ReliefWeb", "News Release 12 March": a label and its value
	// without a colon, on a short line of no sentence ("Disaster Fund (AKF).
	// The money will help ..." is a wrapped line of prose).
	{lineMeta, 8, lazyre.New(`(?i)^(source|format|origin|theme|themes|disaster|disasters|language|published under|publisher|author|authors|categor(y|ies)|filed under|topics?|tags?|attachments?|view original|download( pdf| the pdf)?|press release|news release|media release|news and press release|for immediate release|embargoed(?: until)?|historical archive|press releases?( \d{4})?|news|statement|joint press release|joint media release|media statement|joint statement|joint media statement|press statement|reading time|\d+ min(ute)?s? read)\s+\S(?:[^.!?]|\.\d)*$`)},
	// "(Xinhua) Updated: 2014-10-20 19:30": a wire's name in brackets first.
	{lineDate, 10, lazyre.New(`(?i)^(?:\([\p{L} .&'’-]{2,30}\)\s*)?(date|dated|posted|published|originally published|last updated|updated|last modified|last modification|release date|issued)?\s*(on)?\s*:?\s*([\p{L} .'’-]{2,30},\s*)?` + weekdayPattern + `?` + timePattern + `?` + datePattern + `(?:\s*(?:[-–|·/]|at))?` + timePattern + `?(\s*(\||-|–|·)?\s*(listen|share|print|\d+ min(ute)?s? read|press release|media release|press statement|news release|statement|news|view original)?)*` + dateSourcePattern + `?\.?$`)},
	// "11/11/2025 | Press release | Distributed by Public on 11/11/2025
	// 05:44": a date, then segments of page furniture after bars.
	{lineDate, 14, lazyre.New(`(?i)^` + datePattern + timePattern + `?\s*\|[^.!?]{0,100}$`)},
	{lineByline, 8, lazyre.New(`(?i)^(by|written by|posted by|from)\s+[\p{L}]`)},
	// A source line that is the publisher's name alone, as ReliefWeb's
	// copies and pastes of them start: "Government of Austria", "Ministry
	// of Foreign Affairs of Japan", "Embassy of Ireland, Kenya"; Sweden's
	// "Government Offices of Sweden".
	{lineSource, 10, lazyre.New(`^(?:[Tt]he\s+)?(?:(?:Federal\s+|Royal\s+)?Government(?:\s+Offices)?|(?:Federal\s+)?Ministry|Embassy|Permanent Mission|High Commission|Consulate(?: General)?)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]{1,60}?(?:,\s*\p{Lu}[\p{L}'’ -]{1,30})?$`)},
	// The ministers a government's media release is from, a line each:
	// "The Hon Scott Morrison MP, Prime Minister", "Senator the Hon.
	// Marise Payne, Minister for Foreign Affairs", "Hon Nanaia Mahuta".
	{lineByline, 14, lazyre.New(`^(?:Senator\s+)?(?:[Tt]he\s+)?(?:Rt\.?\s+)?Hon(?:ourable|\.)?\s+(?:Dr\.?\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s+(?:MP|MLA|MPP|MHA|QC|KC|AO|AM|AC))*\s*(?:,\s*(?:the\s+)?(?:Minister|Prime Minister|Deputy|Assistant|Secretary|Treasurer|Attorney|Parliamentary|Leader)\b[^.!?]*)?$`)},
	// "Darpan News Desk The Canadian Press, 19 Aug, 2020 07:04 PM": a
	// desk or agency, then the story's date and time ("Special
	// Correspondent - 2010-01-19 07:14").
	{lineByline, 16, lazyre.New(`(?i)^[\p{L}][\p{L} .&'’-]{1,80}\b(?:press|news|desk|agency|bureau|wire|reuters|afp|xinhua|staff|correspondent|reporter)\b[\p{L} .&'’-]{0,30}?(?:,|\s[-–|])\s*` + datePattern + timePattern + `?$`)},
	// "Ana Soto | March 3, 2014": a writer's name, a bar and the date.
	{lineByline, 8, lazyre.New(`^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*\|\s*` + datePattern + timePattern + `?$`)},
	// "Seoul - QNA", "Kuwait City — KUNA": a dateline's city and the wire
	// that carried the story, alone on a line.
	{lineByline, 6, lazyre.New(`^\p{Lu}[\p{L}.' ]{1,30}\s[-–—]\s*(?:QNA|KUNA|WAM|SPA|APS|MAP|MENA|NNA|KNA|PTI|ANI|UNB|BSS|APP|NAN|AP|AA|ONA|BNA|IRNA|TASS|EFE|ANSA|KPL|VNA|PNA|SABA|SUNA|ENA|AFP|IANS|Reuters|Xinhua|Yonhap|Kyodo|Bernama|Anadolu|Petra|dpa)\s*$`)},
	// "Faizan Hashmi 12 hours ago Fri 14th June 2019 | 10:20 PM"
	{lineByline, 14, lazyre.New(`(?i)\b\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b`)},
	{lineWidget, 8, lazyre.New(`(?i)^((listen to (?:this )?(?:article|story|page)|share|listen|print|facebook|twitter|linkedin|whatsapp|telegram|reddit|tweet|copy link|save|bookmark|share this( article| page| story)?|share on(?: \w+)?|read more|subscribe|follow us|wechat|weibo)\b[\s|·:–-]*)+$`)},
	// A page's address slug alone on a line, as a site prints it under
	// the headline or over a link to another story:
	// "norway-gives-20-million-kroner-to-sudan", hyphenated words in lower
	// case, four or more.
	{lineWidget, 1, lazyre.New(`^(?:[0-9]+-)?[\p{Ll}0-9]*\p{Ll}[\p{Ll}0-9]*(?:-[\p{Ll}0-9]+){3,}$`)},
	// An archive site's banner: "You are viewing:", "Information released
	// online before January, 2021.", "Note: Content in this archive site is
	// NOT UPDATED, ...", "You are entering the 2017-2020 Archive for the",
	// "United States Agency for International Development web site.", "If
	// you are looking for current information, visit www.usaid.gov."
	// A site's notice that it is being rebuilt: "We're building a new
	// UNICEF.org.", "As we swap out old for new, pages will be in
	// transition. Thanks for your patience ...".
	{lineWidget, 40, lazyre.New(`(?i)^(?:you are (?:viewing|entering|now (?:leaving|viewing))\b|(?:we['’]re|we are) building a new [\w-]+\.(?:org|com|net|int|gov)\b|as we swap out old for new\b|(?:note:\s*)?content in this archive\b|information released online (?:before|prior to)\b|if you are looking for current information\b|this (?:page|site|content|website) (?:is|has been) archived\b|archived (?:content|page|website)\b)`)},
	{lineWidget, 10, lazyre.New(`(?i)^.{0,80}?\bweb ?site\.?$`)},
	// A syndication site's story number: "MENAFN27122023000071011013ID1107662736".
	{lineWidget, 1, lazyre.New(`^MENAFN\d{10,}ID\d+$`)},
	// A press-release wire's page: "date 2021-08-30 Submit Release", "News
	// Search", "There were 154 press releases posted in the last 24 hours
	// ...", "World Food Programme (WFP) Download logo", "You just read:",
	// "Distribution channels: ...", "Distributed by APO Group on behalf of
	// ...".
	{lineWidget, 30, lazyre.New(`(?i)^(?:submit (?:a )?(?:press )?release|news search|there were [\d,]+ press releases posted\b.*|.{0,80}\bdownload logo|you just read:?|distribution channels:.*|distributed by .{2,60} on behalf of .*)$`)},
	// Links to other stories set in the text: "READ ALSO: EU Criticizes
	// ...", "- CBC IN ETHIOPIA: Severe drought leaves millions relying on
	// emergency aid" (a bulleted label in capitals, a colon, a headline).
	{lineWidget, 24, lazyre.New(`(?i)^(?:[-–•·*]\s*)?(?:read also|also read|read more|related(?: stories| story| articles?| news)?|see also|more on this|more from \w+)\s*:`)},
	{lineWidget, 20, lazyre.New(`^[-–•·*]\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,5}\s*:\s+\p{Lu}[^.!?]*[^.!?\s]$`)},
	{lineNav, 16, lazyre.New(`(?i)^(home|start|main page)\s*[>|»›/]`)},
	{lineNav, 24, lazyre.New(`^[^.!?]*?\S(?:(?:\s{2,}|\s[>|»›/]\s)[^\s.!?][^.!?]*?){2,}$`)},
}

// datePattern matches a date as releases write it: "12 March 2018",
// "March 12, 2018", "MAR 12, 2022", "2021-03-12", "2023-10-17T10:20:00Z",
// "12/03/2021", "12.03.2021", "17-10-2023", "2017.03.29", "2017/03/29",
// and as Japanese and Chinese sites print them: "6 4月 2022" (an English
// page with the site's locale), "2022年4月6日"; and French ones: "12 mars
// 2021", "1er mai 2019" (isoDate reads the month's French name); and
// Spanish ones: "12 de marzo de 2021".
const datePattern = `(?:\d{1,2}\s+de\s+(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+de\s+\d{4}|\d{1,2}(?:er)?\s+(?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,?\s+\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{4}[./]\d{1,2}[./]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}\s+\d{1,2}月\s+\d{4}|\d{4}年\s?\d{1,2}月\s?\d{1,2}日)`

// weekdayPattern is a weekday before a date line's date: "Mon 12 Mar
// 2022", "Tue, 03/12/2022 - 10:21".
const weekdayPattern = `(?:` + weekdayWords + `\.?,?\s+)`

// weekdayWords is a day of the week, short or in full: "Fri", "Thurs",
// "Wednesday".
const weekdayWords = `(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?`

// timePattern is a time of day beside a date line's date: "23:26 GMT",
// ", 17:08", "08:27, " before it.
const timePattern = `(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*(?:GMT|UTC|CET|CEST|EST|EDT|BST|IST|PST|PDT|CST|CDT|MST|JST|KST|AEST|AEDT|GST|EAT|CAT|WAT|SAST|PKT|ET|PT))?\s*,?\s*)`

// dateSourcePattern is the publisher or author a date line names after
// it: "December 16, 2019 | PNN", "June 27, 2024 by Pledge Times". A dash
// is not taken as its separator: "GENEVA, 12 March 2012 – The Government"
// opens the text.
const dateSourcePattern = `(?:\s*(?:\||·|\bby\b)\s*[\p{Lu}][\p{L}.&'’-]*(?:\s+[\p{L}.&'’-]+){0,3})`

// classify says what a line is; lineText for the release's own text.
func classify(l string) lineKind {
	if l == "" {
		return lineText
	}
	// "* The Hon Scott Morrison MP, Prime Minister": a bulleted line is
	// read without its bullet.
	if strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "• ") {
		l = strings.TrimSpace(l[strings.Index(l, " "):])
	}
	n := wordCount(l)
	for _, r := range lineRules {
		if n <= r.maxWords && r.re.MatchString(l) {
			return r.kind
		}
	}
	return lineText
}

// captionRe finds a photo caption or credit in a block of text.
// A wire's credit after a bar ends one too: "... PHOTO | AFP".
// "[Photo] ..." and "Pic: PA Images" too.
// (A wire's photo credit ends a caption: "... on Friday, March 22, 2024.
// THE CANADIAN PRESS/Justin Tang", "AFP/Getty Images".)
var captionRe = lazyre.New(`(?i)((?-i:\b(?:PRESS|AFP|REUTERS|Reuters|AP|EPA|XINHUA|Xinhua|ANADOLU|Anadolu|GETTY IMAGES|Getty Images|SIPA|DPA|dpa))\s*/\s*[\p{L}][\p{L}.'’ -]{1,40}\.?$|\bphoto(graph)?s?\s*(credit)?\s*:|\bimage\s*:|\bcredit\s*:|\bpic(?:ture)?s?\s*:|\(photo\b|^\W*\[\s*(?:photo|image|picture|pic|video)\s*\]|©\s*\S|\bphoto by\b|\bfile photo\b|\bphoto\s*\|\s*[\p{L} .]{2,30}$)`)

// isCaption reports whether a paragraph is a photo caption: short, with a
// photo credit in it.
func isCaption(p string) bool {
	if !strings.Contains(p, "hoto") && !strings.Contains(p, "HOTO") && !strings.Contains(p, "redit") && !strings.Contains(p, "©") && !strings.Contains(p, "mage") && !strings.Contains(p, "ic") && !strings.Contains(p, "ideo") && !strings.Contains(p, "/") {
		return false // no word of a caption: skip the pattern
	}
	return wordCount(p) <= 70 && captionRe.MatchString(p)
}

// isSubheading reports whether a paragraph is a heading or a standfirst
// inside the body: no sentence-final punctuation, no figure, and short.
func isSubheading(p string) bool {
	if wordCount(p) > 40 || strings.ContainsAny(p, "0123456789") {
		return false
	}
	return !endsSentence(p)
}

// dateLine is a line of page furniture that gives a date.
type dateLine struct {
	at      int
	date    string
	updated bool // "Updated: ...", "Last updated ..."
}

// dateLines are the date lines of a page, in order.
type dateLines []dateLine

// updatedRe opens a date line that says when the page was changed, not
// published: "Last updated: ...", "Last modification 25.03.2015".
var updatedRe = lazyre.New(`(?i)^(?:\([^)]{2,30}\)\s*)?(?:last\s+)?(?:updated|modified|modification|edited)\b`)

// profileSinceRe opens a date line that tells when something began, not
// when the page was published: an author box's "Author Since: Dec 03,
// 2021", a profile's "Member since 12 May 2019", "Joined: 2020-01-04".
var profileSinceRe = lazyre.New(`(?i)^\W*(?:[\p{L}]+\s+){0,2}(?:since|joined)\b`)

// weekdayBeforeRe ends the text before a date with the day of the week.
var weekdayBeforeRe = lazyre.New(`(?i)\b` + weekdayWords + `\.?,?\s*$`)

// add keeps the date of line l, the at-th of the page, if it gives one.
func (ds *dateLines) add(at int, l string) {
	if profileSinceRe.MatchString(l) {
		return
	}
	if loc := dateRe.FindStringIndex(l); loc != nil {
		d := l[loc[0]:loc[1]]
		// "Fri, 04/12/2019 - 11:08": the day of the week tells which
		// figure is the month (isoDate).
		if w := weekdayBeforeRe.FindString(l[:loc[0]]); w != "" {
			d = strings.TrimSpace(w) + " " + d
		}
		*ds = append(*ds, dateLine{at: at, date: d, updated: updatedRe.MatchString(l)})
	}
}

// publication picks the publication date among a page's date lines: of
// those above its first line of prose, the last that is not an update
// ("Monday, 10 February, 2025", a site's today, above the headline;
// "Thu, 18 Dec, 2014 01:39:20 AM" under it), else the last update; with
// none above the prose, the first date line of the page.
func (ds dateLines) publication(lines []string) string {
	prose := slices.IndexFunc(lines, func(l string) bool { return wordCount(l) >= 12 && !isCaption(l) })
	if prose < 0 {
		prose = len(lines)
	}
	pick, update := "", ""
	for _, d := range ds {
		switch {
		case d.at > prose:
		case d.updated:
			update = d.date
		default:
			pick = d.date
		}
	}
	if pick == "" {
		pick = update
	}
	if pick == "" && len(ds) > 0 {
		pick = ds[0].date
	}
	return pick
}
