package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

// paraRole is what a paragraph is to the release.
type paraRole int

const (
	roleBody    paraRole = iota
	roleLead             // holds the announcing sentence
	roleQuote            // opens with a quotation
	roleContact          // the press contact block
	roleBlurb            // the organisation's description of itself, from the page's navigation
	roleAbout            // the recipient's description of itself in the body: where it works, not where the gift goes
)

// sentence is one sentence of a paragraph, read once: its text, the places
// it names and the amounts it states.
type sentence struct {
	text string
	// places are the countries and regions the sentence names, without
	// the donors' own countries, causes and organisations' names.
	places  []corpus.Mention
	amounts []amount
	// sectors holds, per amount, the sector the sentence ties it to ("" if
	// none), set by the sectors rule; nil when there is none.
	sectors []string
}

// paragraph is one paragraph of a release, read once.
type paragraph struct {
	n         int // 1-based
	text      string
	role      paraRole
	sentences []sentence
	// about is the place the paragraph is about ("In Kenya, ..."), when
	// it is about one.
	about    place
	hasAbout bool
}

// read reads the n-th paragraph once: its role, its sentences with their
// places and amounts, and the place it is about. Rules read what read
// found, never the text again for the same things.
func (x *releaseText) read(n int, text, lead string) *paragraph {
	p := &paragraph{n: n, text: text}
	switch {
	case n == x.p.contact:
		p.role = roleContact
		return p
	case n == x.p.org:
		p.role = roleBlurb
		return p
	case lead != "" && strings.Contains(text, lead):
		p.role = roleLead
	case strings.HasPrefix(text, `"`) || strings.HasPrefix(text, "“") || strings.HasPrefix(text, "‘") || strings.HasPrefix(text, "'"):
		p.role = roleQuote
	}
	if p.role == roleBody && (x.describesRecipient(text) || x.describesDonor(text) || otherNewsRe.MatchString(text)) {
		p.role = roleAbout
	}
	p.about, p.hasAbout = x.context(text)
	for _, sp := range sentences(text) {
		s := text[sp.start:sp.end]
		as := releaseAmounts(s, x.currency, x.r.Donors)
		p.sentences = append(p.sentences, sentence{text: s, places: x.placesAmid(s, as, true), amounts: as})
	}
	return p
}

// selfDescriptionRe follows an organisation's name that opens a paragraph
// describing it: "UNRWA, set up as a humanitarian agency in 1949, relies
// entirely on voluntary contributions", "UNHCR is the UN agency
// mandated to", "WFP was founded in".
var selfDescriptionRe = lazyre.New(`(?i)^(?:\s*\([A-Z]{2,10}\))?(?:\s*,\s*(?:which was |which is |a |an |the )?(?:set up|established|founded|created)\b|\s+(?:(?:was|has been)\s+)?(?:set up|established|founded|created)\s+(?:in|as|by)\b|\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}(?:agency|organi[sz]ation|programme|program|body|arm|network|movement|charity|NGO)\b|\s+(?:is|was|are)\s+mandated\b|\s+relies\b|\s+depends\b)`)

// describesRecipient reports whether a body paragraph opens with one of
// the release's recipients describing itself.
func (x *releaseText) describesRecipient(text string) bool {
	for _, m := range orgMentions(text) {
		if m.start > 12 || !slices.Contains(x.r.Recipients, m.acronym) && m.acronym != x.r.Recipient {
			continue
		}
		rest := text[m.end:]
		return selfDescriptionRe.MatchString(rest) || worksInRe.MatchString(rest) && len(findAmounts(text, "")) == 0
	}
	return false
}

// worksInRe follows a recipient's name that opens a paragraph telling, in
// the present tense and with no amount, where it works in general: "UNRWA
// works for Palestine refugees in Jordan, Lebanon, Syria, the West Bank and
// the Gaza Strip" names its fields, not where the gift goes.
var worksInRe = lazyre.New(`(?i)^(?:\s*\([A-Z]{2,10}\))?\s+(?:works|operates|serves|is (?:present|active|working|operating))\s+(?:for|in|across|with|throughout)\b`)

// otherNewsRe opens a paragraph that tells other news of the donor, as a
// news site adds: "Earlier it was reported that ADB had disclosed a number
// of projects to be implemented in Tajikistan".
var otherNewsRe = lazyre.New(`^(?:Earlier|Previously|It was earlier|It was previously)\b[^.]{0,20}\breported\b`)

// describesDonor reports whether a body paragraph opens with one of the
// release's donors, by name or by its initials, describing itself: "ADB
// is a leading multilateral development bank supporting ... growth across
// Asia and the Pacific" (or "ADB, founded in 1966 and owned by 69
// members, ...") names no place the gift goes.
func (x *releaseText) describesDonor(text string) bool {
	for _, name := range x.donorForms {
		if rest, ok := strings.CutPrefix(text, name); ok && (donorSelfRe.MatchString(rest) || selfDescriptionRe.MatchString(rest)) {
			return true
		}
	}
	return false
}

// donorSelfRe follows a donor's name that opens its description of
// itself.
var donorSelfRe = lazyre.New(`(?i)^(?:\s*\([A-Z]{2,10}\))?\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}(?:bank|fund|institution|foundation|lender|agency|organi[sz]ation|company|corporation|charity)\b`)

// acronymOf returns the short form the release gives a name in brackets
// after it, in its first paragraphs: "AfDB" of "The African Development
// Bank (AfDB)"; "" if none.
func (x *releaseText) acronymOf(name string) string {
	for _, p := range x.r.Paragraphs[:min(3, len(x.r.Paragraphs))] {
		if i := strings.Index(p, name+" ("); i >= 0 {
			rest := p[i+len(name)+2:]
			if j := strings.IndexByte(rest, ')'); j >= 2 && j <= 10 && !strings.ContainsAny(rest[:j], " ,") {
				return rest[:j]
			}
		}
	}
	return ""
}

// initials are the capitals of a name's words: "ADB" for "Asian
// Development Bank"; "" for a name of one word.
func initials(name string) string {
	var b strings.Builder
	ws := strings.Fields(name)
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	if len(ws) < 2 {
		return ""
	}
	return b.String()
}

// fundsHere reports whether the places of a paragraph may be where the
// gift goes: not in the recipient's description of itself.
func (p *paragraph) fundsHere() bool { return p.isText() && p.role != roleAbout }

// isText reports whether a paragraph is the release's own text (not its
// contact block or the organisation's blurb).
func (p *paragraph) isText() bool { return p.role != roleContact && p.role != roleBlurb }

// fundingKinds are the kinds of fact that carry the release's donor,
// recipient and year.
var fundingKinds = map[corpus.Kind]bool{
	corpus.KindAmount: true, corpus.KindShare: true, corpus.KindDestination: true,
	corpus.KindBeneficiaries: true, corpus.KindActivity: true,
}

// fact is the one constructor of facts: it fills the fact's provenance
// (the paragraph and the sentence it comes from) and, for facts about the
// money, the release's donor, recipient and year.
func (x *releaseText) fact(kind corpus.Kind, n int, sent string) corpus.Fact {
	f := corpus.Fact{Kind: kind, Paragraph: n, Sentence: sent}
	if fundingKinds[kind] {
		f.Donor, f.Recipient, f.Year = strings.Join(x.r.Donors, ", "), x.r.Recipient, x.r.Year
	}
	return f
}
