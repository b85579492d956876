package extract

import (
	"strings"

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
	p.about, p.hasAbout = x.context(text)
	for _, sp := range sentences(text) {
		s := text[sp.start:sp.end]
		as := releaseAmounts(s, x.currency, x.r.Donors)
		p.sentences = append(p.sentences, sentence{text: s, places: x.placesAmid(s, as, true), amounts: as})
	}
	return p
}

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
