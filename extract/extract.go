// Package extract reads a press release, as a page's main text or as text
// pasted from a web page, into a corpus.Release: its title, donors,
// recipients, year and the facts it states, each tied to the sentence it
// comes from. It is used only by fundbot ingest.
//
// Extraction is a pipeline (see steps): the page's layout is read first
// (title, paragraphs, contact block, page furniture dropped), then the
// release-level facts (donors, recipients, year), then every paragraph is
// read once, sentence by sentence, by a table of rules; the amounts found
// get their roles (the total, a part for a place or recipient, or context
// that is not this donor's gift) last, when everything they depend on is
// known. Where extraction is not sure, the fact or the release carries a
// check: reason for a person to review; leaving a fact out is preferred to
// a wrong one.
package extract

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

// Errors Release returns, wrapped with detail; test for them with
// errors.Is.
var (
	// ErrEmpty reports input with no text at all.
	ErrEmpty = errors.New("empty input")
	// ErrBinary reports input that is not UTF-8 text.
	ErrBinary = errors.New("binary input, not text")
	// ErrNotRelease reports text that is not a funding press release: no
	// amount of money or no donor.
	ErrNotRelease = errors.New("not a funding release")
	// ErrInternal reports a page extraction could not read because of a
	// defect in fundbot: nothing is written and the process goes on.
	ErrInternal = errors.New("internal error reading the page (a fundbot defect: please report it with the page)")
)

// Document is a release as read from a page, before extraction: its text
// and what the page says about itself.
type Document struct {
	// Source names where the document came from: a file name, a URL or
	// "-" for standard input.
	Source string
	// URL is the page's canonical address, when known.
	URL string
	// Title is the page's own title (og:title, h1 or <title>), "" for
	// pasted text.
	Title string
	// Published is the publication date, YYYY-MM-DD, when the page states
	// one in its metadata.
	Published string
	// Site is the publishing site's name, when known.
	Site string
	// Text is the release's text: paragraphs separated by blank lines, or
	// a page's text as pasted, navigation and hard-wrapped lines and all.
	Text string
}

// maxTextBytes bounds the paragraphs extraction reads: far more than any
// press release.
const maxTextBytes = 256 << 10

// work is what the steps of the pipeline read and write.
type work struct {
	doc   Document
	lines []string
	page  *parsed
	lead  string // the announcing sentence
	// announced says the lead states a sum given; else no sentence of
	// the first paragraphs does, and the lead is the body's first.
	announced bool
	// roundup holds the entries of a roundup's list of pledges, one a
	// donor, when the page is one (roundup.go).
	roundup []roundupEntry
	// gathering says no donor was found and the announcing sentence
	// tells of many givers together ("says an international donors'
	// conference has pledged"): the page may be a roundup told in
	// sentences, each giver named with its own amount (roundup.go).
	gathering bool
	r         *corpus.Release
}

// step is one stage of the pipeline, run in the order of steps.
type step struct {
	name          string
	reads, writes string
	run           func(*work) error
}

// steps is the pipeline, in order: each step reads only what the steps
// before it wrote.
var steps = []step{
	{"text", "doc.Text", "lines", readLines},
	{"layout", "lines, doc.Title", "page: title, date, paragraphs, contact", readLayout},
	{"lead", "page.paragraphs", "lead, announced", findLead},
	{"donors", "title, lead, announced, doc.Site, page.paragraphs", "r.Donors, r.Check", func(w *work) error {
		w.r.Donors = coSignatories(findDonors(w.r.Title, w.lead, w.doc.Site), w.r.Title, w.lead)
		// "Four agreements were signed by the SFD Vice-Chairman", the
		// page naming "the Saudi Fund for Development" further on: a
		// body's initials the page spells out name it (rule_donors.go).
		if len(w.r.Donors) == 0 {
			w.r.Donors = findDonors(spelledOutInitials(w.r.Title, w.page.paragraphs), spelledOutInitials(w.lead, w.page.paragraphs), w.doc.Site)
		}
		if len(w.r.Donors) == 1 && titleNamesByCapital(w.r.Title, w.r.Donors[0]) {
			w.r.Check = append(w.r.Check, "donor read from the capital city the title names as the giver")
		}
		if len(w.r.Donors) == 0 && (manyGivers(w.r.Title, w.lead) || roundupPage(w.page.paragraphs)) {
			// "Donors pledge $90 million for Ruritania": the sum is many
			// donors' together; whoever speaks or hosts near it did not
			// give it all. So is a page that lists what several donors
			// pledged ("Here is what some countries have promised:"): one
			// of those named further on is no giver of the release.
			// Unless the list names each pledge's donor, entry by entry:
			// then those are the donors, each with its own amounts.
			if es := roundupEntries(w.page.paragraphs); es != nil {
				w.roundup = es
				w.r.Donors = roundupDonors(es)
				w.r.Check = append(w.r.Check, roundupCheck)
				return nil
			}
			return fmt.Errorf("%w: a roundup of many donors' pledges: no single donor is named as giving the sum", ErrNotRelease)
		}
		if len(w.r.Donors) == 0 {
			// The announcing sentence may not be the first with an
			// amount: read the rules over the first paragraphs' other
			// sentences too, and say the donor was inferred.
			// (Only the first paragraphs, the ones donorsNearLead reads:
			// spelledOutInitials scans the page for each body's initials,
			// which on every paragraph of a huge page costs too much.)
			paras := slices.Clone(w.page.paragraphs)
			for i := range paras[:min(nearLeadParagraphs, len(paras))] {
				paras[i] = spelledOutInitials(paras[i], w.page.paragraphs)
			}
			w.r.Donors = donorsNearLead(paras, w.r.Title, spelledOutInitials(w.lead, w.page.paragraphs))
			if len(w.r.Donors) > 0 {
				w.r.Check = append(w.r.Check, inferredDonorCheck)
			}
		}
		if len(w.r.Donors) == 0 {
			// "The Federal Government will commit $5 million ...", and
			// further on "the role Australia would play".
			w.r.Donors = governmentsCountry(w.page.paragraphs, w.lead)
			if len(w.r.Donors) > 0 {
				w.r.Check = append(w.r.Check, "donor inferred: the announcing sentence names a government without its country; the text names "+w.r.Donors[0]+" as the one acting")
			}
		}
		// "Pakistan's Prime Minister ... says an international donors'
		// conference has pledged roughly $US5.4 billion", then the
		// givers one by one: read as a roundup told in sentences, after
		// the facts, or refused there.
		if len(w.r.Donors) == 0 && w.announced && manyGiversWordRe.MatchString(w.lead) {
			w.gathering = true
			return nil
		}
		if len(w.r.Donors) == 0 && !w.announced {
			// A feature or a review whose first paragraphs give no sum
			// ("World Humanitarian Day is held every year ..."), its
			// figures further on: say so, not only that no giver is named.
			return fmt.Errorf("%w: no donor found in the title or the first paragraphs, and no sum of money given was read in them", ErrNotRelease)
		}
		if len(w.r.Donors) == 0 {
			return fmt.Errorf("%w: no donor found in the title or the first paragraphs", ErrNotRelease)
		}
		return nil
	}},
	{"recipients", "title, paragraphs, r.Donors", "r.Recipient, r.Recipients", func(w *work) error {
		// A roundup's recipients are its entries' own, none the
		// whole page's.
		if w.roundup != nil {
			return nil
		}
		rs := findRecipients(w.r.Title, w.r.Paragraphs, w.r.Donors)
		if len(rs) > 0 {
			w.r.Recipient = rs[0]
		}
		if len(rs) > 1 {
			w.r.Recipients = rs
		}
		return nil
	}},
	{"published", "doc.Published, page.date", "r.Published", func(w *work) error {
		w.r.Published = w.doc.Published
		if w.r.Published == "" {
			w.r.Published = isoDate(w.page.date)
			// "Date 7/6/2025" above "KUWAIT, July 6 (KUNA) --": the
			// dateline's month and day tell which way round the figures
			// are.
			if alt := monthFirstDate(w.page.date); alt != "" && alt != w.r.Published && len(w.page.paragraphs) > 0 {
				head := w.page.paragraphs[0][:min(len(w.page.paragraphs[0]), 120)]
				if namesMonthDay(head, alt) && !namesMonthDay(head, w.r.Published) {
					w.r.Published = alt
				}
			}
		}
		return nil
	}},
	{"year", "title, lead, r.Published, page.paragraphs", "r.Year, r.Check", func(w *work) error {
		year, stated := findYear(w.r.Title, w.lead, w.r.Published)
		if !stated {
			// A year the body ties the gift to (rule_bodyyear.go).
			if y := bodyYear(w.r, w.page, w.lead); y != 0 {
				year, stated = y, true
			}
		}
		w.r.Year = year
		// "for 2023 and 2024", "over the next three years": the years the
		// money is for together (rule_fundperiod.go); Year is their first.
		if period, first, check := fundPeriod(w.r.Title, w.lead, year, stated, w.r.Published); period != "" && (year == 0 || year == first || !stated && check == "") {
			w.r.Period, w.r.Year, year, stated = period, first, first, true
			if check != "" {
				w.r.Check = append(w.r.Check, check)
			}
		}
		if year != 0 && !stated {
			w.r.Check = append(w.r.Check, "year taken from the publication date; the release states no funding year")
		}
		// "... could be even bleaker than 2017": a year the title or the
		// announcing sentence names but not as the funding year (one
		// compared with, an earlier gift's, a disaster's, a dateline's)
		// is left out: say so.
		if year == 0 && (yearRe.MatchString(stripAmounts(w.r.Title)) || yearRe.MatchString(stripAmounts(w.lead))) {
			w.r.Check = append(w.r.Check, "no year: the title or announcing sentence names a year, but not as the year the funding is for")
		}
		return nil
	}},
	{"facts", "everything above", "r.Facts, r.Check", func(w *work) error {
		w.r.Facts = extract(w.r, w.page, w.lead)
		switch {
		case w.roundup != nil:
			roundupGivers(w.r.Facts, w.roundup)
		case w.gathering:
			if !proseRoundup(w.r, w.lead) {
				return fmt.Errorf("%w: no donor found in the title or the first paragraphs, and fewer than two givers named with their own amounts", ErrNotRelease)
			}
		default:
			proseRoundup(w.r, w.lead)
		}
		if !hasAmount(w.r) {
			return fmt.Errorf("%w: no amount of money found", ErrNotRelease)
		}
		// A release with no total (a round-up of several gifts) names its
		// period beside one gift at most: it is not the release's.
		if _, ok := w.r.Total(); !ok && w.r.Period != "" {
			w.r.Period = ""
			if i := slices.IndexFunc(w.r.Check, func(c string) bool { return strings.HasPrefix(c, periodInferredCheck) }); i >= 0 {
				fromPublished := strings.Contains(w.r.Check[i], "publication year")
				w.r.Check = slices.Delete(w.r.Check, i, i+1)
				if fromPublished {
					w.r.Check = append(w.r.Check, "year taken from the publication date; the release states no funding year")
				}
			}
		}
		// (A rule that dropped the total has said why already.)
		if _, ok := w.r.Total(); !ok && !slices.ContainsFunc(w.r.Check, func(c string) bool { return strings.HasPrefix(c, "no total: ") }) {
			w.r.Check = append(w.r.Check, "no total: "+noTotalReason(w.r))
		}
		return nil
	}},
	// A part given to an organisation the recipients step did not find
	// ("Mercy Corps ... will be allocated SEK 25 million") makes it one of
	// the release's recipients. A release that names no recipient of its
	// whole gift keeps none: a part's organisation is found from its facts.
	{"part recipients", "r.Facts, r.Recipient, r.Recipients", "r.Recipients", func(w *work) error {
		for _, f := range w.r.Facts {
			if w.r.Recipient == "" || f.Kind != corpus.KindAmount || f.Recipient == "" || f.Context != "" ||
				f.Recipient == w.r.Recipient || slices.Contains(w.r.Recipients, f.Recipient) {
				continue
			}
			if len(w.r.Recipients) == 0 {
				w.r.Recipients = []string{w.r.Recipient}
			}
			w.r.Recipients = append(w.r.Recipients, f.Recipient)
		}
		return nil
	}},
	{"title", "r.Title, lead", "r.Title, r.TitleDerived", func(w *work) error {
		if w.r.Title == "" {
			w.r.Title = derivedTitle(w.lead)
			w.r.TitleDerived = true
		}
		return nil
	}},
	{"id", "r", "r.ID", func(w *work) error {
		w.r.SetID(corpus.ReleaseID(w.r))
		return nil
	}},
}

// Release reads doc into a release by running the steps in order. Its
// errors wrap ErrEmpty, ErrBinary, ErrNotRelease or ErrInternal. It never
// panics: a defect met on one page is that page's error.
func Release(doc Document) (*corpus.Release, error) {
	r, _, err := readStory(doc)
	return r, err
}

// readStory reads the first story of a page into a release, and returns
// the page's text from the next story's headline on, if it holds another
// (the text is returned with the first story's error, too).
func readStory(doc Document) (r *corpus.Release, more string, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, more, err = nil, "", fmt.Errorf("%w: %v", ErrInternal, p)
		}
	}()
	w := &work{doc: doc}
	for _, s := range steps {
		if err := s.run(w); err != nil {
			if w.page != nil {
				more = w.page.more
			}
			return nil, more, err
		}
	}
	return w.r, w.page.more, nil
}

func readLines(w *work) error {
	raw := []byte(w.doc.Text)
	if len(bytes.TrimSpace(raw)) == 0 {
		return fmt.Errorf("%w: no text at all", ErrEmpty)
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return fmt.Errorf("%w: it holds NUL bytes", ErrBinary)
	}
	if !utf8.Valid(raw) {
		return fmt.Errorf("%w: it is not valid UTF-8", ErrBinary)
	}
	text := unconfuse(strings.TrimPrefix(w.doc.Text, "\uFEFF"))
	w.doc.Title = unconfuse(w.doc.Title)
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	w.lines = strings.Split(text, "\n")
	for i, l := range w.lines {
		l = strings.ReplaceAll(l, "\u00a0", " ")
		w.lines[i] = withoutImageMarks(strings.TrimFunc(l, unicode.IsSpace))
	}
	return nil
}

// imageMarkRe is an image in Markdown, as a page copied from a reader
// view or a chat keeps it: "![]()", "![Photo: a convoy](https://...)".
var imageMarkRe = lazyre.New(`!\[[^\]]*\]\([^)\s]*\)`)

// withoutImageMarks takes the Markdown images out of a line; a line left
// with no letter or digit ("![]() |") was only page furniture around
// them, and becomes blank. So does a line of table bars and dots alone
// (". |"), what is left of a row of images. (Other lines without words
// stay: "###" ends a release.)
func withoutImageMarks(l string) string {
	if strings.Contains(l, "![") {
		l = strings.TrimSpace(imageMarkRe.ReplaceAllString(l, ""))
		if !strings.ContainsFunc(l, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return ""
		}
	}
	if strings.Contains(l, "|") && strings.Trim(l, "|. ") == "" {
		return ""
	}
	return l
}

func readLayout(w *work) error {
	p, err := layout(w.lines, w.doc.Title)
	if err != nil {
		return err
	}
	w.page = p
	// A press release is a few pages at most: past maxTextBytes of
	// paragraphs the rest is not read, so a huge page costs time in
	// proportion to this bound, and the release says so.
	size, cut := 0, false
	for i, para := range p.paragraphs {
		size += len(para)
		if size > maxTextBytes && i != p.contact-1 && i != p.org-1 {
			p.paragraphs, cut = p.paragraphs[:i], true
			p.contact, p.org = 0, 0
			break
		}
	}
	w.r = &corpus.Release{Title: p.title, Date: p.date, Source: w.doc.Source, Paragraphs: p.paragraphs, URL: w.doc.URL, Site: w.doc.Site}
	// A pasted page's source line names its publisher when the page
	// gives no site name of its own.
	if w.doc.Site == "" && p.source != "" {
		w.doc.Site, w.r.Site = p.source, p.source
	}
	// A pasted page's address line is its link when the page came with
	// none of its own.
	if w.r.URL == "" && p.url != "" {
		w.r.URL = p.url
	}
	if cut {
		w.r.Check = append(w.r.Check, fmt.Sprintf("only the first %d KiB of the page's text were read", maxTextBytes>>10))
	}
	if w.doc.URL != "" && strings.HasPrefix(w.doc.Source, "http") {
		w.r.Source = w.doc.URL
	}
	return nil
}

// findLead finds the announcing sentence: the first sentence of the first
// paragraphs that states an amount and speaks of funding, else the first
// sentence of the body.
func findLead(w *work) error {
	paras := w.page.paragraphs
	// A page pasted without its title line opens with a paragraph that
	// stands where the title would ("The Foreign Secretary has announced
	// a large increase in aid to Chad ..."): the gift may be told a
	// paragraph later, by the release itself (not in a speaker's words,
	// "“With this last grant of DKK 150 million, ...”").
	n := 4
	if w.r.Title == "" {
		n = 5
	}
	// A news story pasted without its title may tell of a disaster for
	// paragraphs before the gift ("The ... Council announced that the
	// death toll ...", then the missing and the homeless, then "UK Prime
	// Minister ... announced that his country will provide an additional
	// 30 million GBP"): without a title line and with an opening paragraph
	// that holds no word of giving, the first announcing sentence of the
	// first few paragraphs more, said so in a check, over an opening
	// sentence that gives nothing.
	far := n
	if w.r.Title == "" && len(paras) > 0 && !givingWordRe.MatchString(paras[0]) {
		far = maxLateLead
	}
	for i, para := range paras[:min(far, len(paras))] {
		if i+1 == w.page.contact || i+1 == w.page.org {
			continue
		}
		for _, sp := range sentences(para) {
			sent := para[sp.start:sp.end]
			if as := findAmounts(sent, ""); len(as) > 0 && !(i >= 4 && quotedAt(para, sp.start+as[0].start)) && (fundingWordRe.MatchString(stripAmounts(sent)) || sendVerbRe.MatchString(sent)) && !runningSumOnly(sent, as) {
				w.lead, w.announced = sent, true
				if i >= n {
					w.r.Check = append(w.r.Check, fmt.Sprintf("the announcing sentence is in paragraph %d, below an opening that states no gift", i+1))
				}
				return nil
			}
		}
	}
	if len(paras) > 0 {
		if sp := sentences(paras[0]); len(sp) > 0 {
			w.lead = paras[0][sp[0].start:sp[0].end]
		}
	}
	return nil
}

// givingWordRe is a word of giving or of an agreement to give: an
// opening paragraph that holds none ("announced that the confirmed death
// toll ...") tells no gift.
var givingWordRe = lazyre.New(`(?i)\b(?:donat\w*|contribut\w*|gifts?|grant\w*|pledg\w*|giv\w*|gave|provid\w*|allocat\w*|award\w*|fund\w*|aid|assistance|agreements?|support\w*|commit\w*|releas\w*|[$€£¥]|US\$|USD|EUR)\b`)

// maxLateLead is how many paragraphs of a page with no title line are
// read for its announcing sentence.
const maxLateLead = 8

// sendVerbRe is a verb of paying money over that the words of funding
// lack: "The Government has said it will send €21.5 million to the UN",
// "handed over USD one million to UNRWA",
// "the SDC is freeing up CHF 28 million", "has raised more than half a
// billion dollars in new resources" (raised with the money right after
// it: not "raising the budget by NOK 38.2 million").
var sendVerbRe = lazyre.New(`(?i)\b(?:send|sends|sending|sent|rais(?:e|es|ed|ing)\s+(?:(?:more than|over|nearly|almost|about|some|close to|up to)\s+)?(?:[$€£¥]|US\$|USD|EUR|GBP|CHF|\d|half\b|a billion\b|one\b|two\b|three\b|four\b|five\b)|transfer\w*|disburs\w*|channel\w*|hand(?:s|ed|ing)?\s+over|pay|pays|paying|paid|earmark\w*|set(?:s|ting)? aside|free(?:s|d)? up|freeing up|mobili[sz]\w*)\b`)

// runningSumOnly reports whether every amount of sent is a running or
// overall sum ("In total, the United States is now providing more than
// $600 million") or what a recipient lacks ("has cut the agency's deficit
// from $300 million to $12 million"): such a sentence does not announce
// the gift.
func runningSumOnly(sent string, as []amount) bool {
	return allContext(sent, as, "cumulative", "overall", "appeal")
}

// allContext reports whether every amount as of sent is context of one of
// the kinds given.
func allContext(sent string, as []amount, kinds ...string) bool {
	for i := range as {
		if !slices.Contains(kinds, sentenceContext(sent, as, i)) {
			return false
		}
	}
	return true
}

// sentenceContext is the context of the i-th amount of as in sent, read from
// the sentence alone (amountContext), between its neighbours.
func sentenceContext(sent string, as []amount, i int) string {
	a := as[i]
	prevEnd, nextStart := 0, len(sent)
	if i > 0 {
		prevEnd = min(as[i-1].end, a.start)
	}
	if i+1 < len(as) {
		nextStart = max(as[i+1].start, a.end)
	}
	return amountContext(sent, a.start, a.end, prevEnd, nextStart, 0)
}

func hasAmount(r *corpus.Release) bool {
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount {
			return true
		}
	}
	return false
}

// derivedTitle makes a title of the announcing sentence, shortened.
func derivedTitle(lead string) string {
	// (A date stamped before the sentence goes first: "2020-12-16
	// December 15, 2020 (JUBA) - The Republic of Korea has ...".)
	lead = leadingDateRe.ReplaceAllString(lead, "")
	// (And the date a wire's dateline ends with: "ISLAMABAD (AFP) Nov 19,
	// 2005 International donors pledged ...".)
	t := strings.TrimRight(leadingDateRe.ReplaceAllString(withoutDateline(datelineRe.ReplaceAllString(lead, "")), ""), ".")
	// A quotation's opening mark is not part of a title.
	t = strings.TrimLeft(t, "\"“‘'«„ ")
	return corpus.Shorten(t, 120)
}

// leadingDateRe is a date opening a sentence, before its dateline or
// its subject: "2020-12-16 ".
var leadingDateRe = lazyre.New(`^` + datePattern + `\s+`)

// datelineRe is a dateline opening a sentence: "GENEVA, 12 March 2012 –".
var datelineRe = lazyre.New(`^[\p{Lu}][\p{L} .,'’()0-9-]{0,60}?\s[–—-]{1,2}\s+`)

// frenchMonthRe is a French date's day (with "er" for the first) and
// month; frenchMonths gives the month's English name.
var (
	frenchMonthRe = lazyre.New(`(?i)^(\d{1,2})(?:er)?\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\b`)
	frenchMonths  = map[string]string{"janvier": "January", "février": "February", "fevrier": "February", "mars": "March", "avril": "April", "mai": "May", "juin": "June",
		"juillet": "July", "août": "August", "aout": "August", "septembre": "September", "octobre": "October", "novembre": "November", "décembre": "December", "decembre": "December"}
)

// spanishMonthRe is a Spanish date's day and month ("12 de marzo de
// 2021"); spanishMonths gives the month's English name.
var (
	spanishMonthRe = lazyre.New(`(?i)^(\d{1,2})\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+de\b`)
	spanishMonths  = map[string]string{"enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May", "junio": "June",
		"julio": "July", "agosto": "August", "septiembre": "September", "setiembre": "September", "octubre": "October", "noviembre": "November", "diciembre": "December"}
)

// ordinalRe is a day with its ordinal ending: "10th", "1st".
var ordinalRe = lazyre.New(`\b(\d{1,2})(?:st|nd|rd|th)\b`)

// weekdayRe opens a date with its day of the week, as dateLines.add keeps
// it: "Fri, 04/12/2019".
var weekdayRe = lazyre.New(`(?i)^` + weekdayPattern)

var septRe = lazyre.New(`\bSept\b`)

// monthFirstLayouts read a date of figures month first, as American sites
// write it ("04/12/2019" is 12 April), each with its day-first twin.
var monthFirstLayouts = [][2]string{{"01/02/2006", "02/01/2006"}, {"1/2/2006", "2/1/2006"}, {"1 2 2006", "2 1 2006"}, {"1-2-2006", "2-1-2006"}}

// monthFirstDate reads a date of figures month first ("7/6/2025" is 6
// July), into YYYY-MM-DD, or "" when it is no such date.
func monthFirstDate(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	s = f[0]
	for _, l := range monthFirstLayouts {
		if t, err := time.Parse(l[0], s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// namesMonthDay reports whether text names the month and day of an ISO
// date in words: "July 6", "6 July", "Jul. 6".
func namesMonthDay(text, iso string) bool {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return false
	}
	day, month := fmt.Sprint(t.Day()), t.Month().String()
	for _, m := range []string{month, month[:3] + ".", month[:3]} {
		if i := strings.Index(text, m+" "+day); i >= 0 && !startsWithDigit(text[i+len(m)+1+len(day):]) {
			return true
		}
		if i := strings.Index(text, day+" "+m); i >= 0 && (i == 0 || !startsWithDigit(text[i-1:])) {
			return true
		}
	}
	return false
}

// startsWithDigit reports whether s begins with a figure.
func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// isoDate reads a date as a release writes it into YYYY-MM-DD, or "".
// A date of figures is read day first ("04/12/2019" is 4 December),
// unless the day of the week before it says it is month first: "Fri,
// 04/12/2019" is Friday 12 April 2019.
func isoDate(s string) string {
	// "2023-10-17T10:20:00Z": the day of a timestamp.
	if len(s) > 10 && s[10] == 'T' {
		s = s[:10]
	}
	weekday := ""
	if m := weekdayRe.FindString(s); m != "" {
		weekday, s = strings.ToLower(m[:3]), s[len(m):]
	}
	s = strings.Join(strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(s)), " ")
	// "September 10th 2019": the day without its ordinal ending.
	s = ordinalRe.ReplaceAllString(s, "$1")
	// "Sept. 23, 2021": the wire services' short September, which Go
	// does not read.
	s = septRe.ReplaceAllString(s, "Sep")
	// "12 mars 2021", "1er mai 2019": a French month, in English.
	if m := frenchMonthRe.FindStringSubmatchIndex(s); m != nil {
		s = s[m[2]:m[3]] + " " + frenchMonths[strings.ToLower(s[m[4]:m[5]])] + s[m[5]:]
	}
	// "12 de marzo de 2021": a Spanish month, in English.
	if m := spanishMonthRe.FindStringSubmatchIndex(s); m != nil {
		s = s[m[2]:m[3]] + " " + spanishMonths[strings.ToLower(s[m[4]:m[5]])] + s[m[1]:]
	}
	on := func(t time.Time, err error) bool {
		return err == nil && strings.HasPrefix(strings.ToLower(t.Weekday().String()), weekday)
	}
	if weekday != "" {
		for _, l := range monthFirstLayouts {
			if t, err := time.Parse(l[0], s); on(t, err) && !on(time.Parse(l[1], s)) {
				return t.Format("2006-01-02")
			}
		}
	}
	for _, layout := range []string{"2006-01-02", "2 January 2006", "January 2 2006", "2 Jan 2006", "Jan 2 2006", "02/01/2006", "2/1/2006", "2 1 2006", "2-1-2006", "2006 1 2", "2006/1/2", "2 1月 2006", "2006年1月2日", "2006年 1月 2日"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// titleNamesByCapital reports whether a title names donor only by its
// capital city ("Ottawa to provide ...").
func titleNamesByCapital(title, donor string) bool {
	for _, m := range titleVerbRe.FindAllStringIndex(title, 4) {
		subject := title[:m[0]]
		if len(donorsIn(subject)) > 0 {
			return false
		}
		if c, ok := capitalSubject(subject); ok {
			return c == donor
		}
	}
	return false
}
