package extract

import (
	"slices"
	"strings"

	"github.com/fundbot/fundbot/corpus"
)

// releaseText holds what extraction needs to know about a release.
type releaseText struct {
	r            *corpus.Release
	p            *parsed
	donorCodes   map[string]bool
	currency     string // the release's main currency, for bare figures
	persons      []corpus.Fact
	speakers     []corpus.Fact // people named only as speakers
	destinations []corpus.Fact
	seen         map[string]bool // destinations already recorded
}

// extract returns the facts of a release whose title, paragraphs, donors,
// recipient and year are set.
func extract(r *corpus.Release, p *parsed, lead string) []corpus.Fact {
	x := &releaseText{r: r, p: p, donorCodes: map[string]bool{}, seen: map[string]bool{}}
	// A donor country is not a destination; a fund or a person named
	// after a country ("Yemen Humanitarian Fund") does not exclude it.
	for _, d := range r.Donors {
		if c, ok := corpus.LookupCountry(d); ok {
			x.donorCodes[c.Code] = true
		}
	}
	titleAmounts := findAmounts(r.Title, "")
	if len(titleAmounts) > 0 {
		x.currency = titleAmounts[0].Currency
	}
	for _, para := range r.Paragraphs {
		if x.currency != "" {
			break
		}
		if as := findAmounts(para, ""); len(as) > 0 {
			x.currency = as[0].Currency
		}
	}
	donor := strings.Join(r.Donors, ", ")

	var facts []corpus.Fact
	var amounts []corpus.Fact
	for i, para := range r.Paragraphs {
		n := i + 1
		if n == p.contact {
			facts = append(facts, x.contacts(n, para)...)
			continue
		}
		if n == p.org {
			facts = append(facts, x.organisation(n, para, true)...)
			continue
		}
		ctx, hasCtx := x.context(para)
		for _, sp := range sentences(para) {
			sent := para[sp.start:sp.end]
			ms := x.places(sent)
			amts := findAmounts(sent, x.currency)
			for _, a := range amts {
				f := corpus.Fact{Kind: corpus.KindAmount, Paragraph: n, Sentence: sent, Donor: donor, Recipient: r.Recipient, Year: r.Year}
				am := a.Amount
				f.Amount = &am
				if pl, ok := amountPlace(sent, ms, amts, a); ok {
					pl.set(&f)
				}
				amounts = append(amounts, f)
			}
			facts = append(facts, x.shares(n, sent, ms, ctx, hasCtx)...)
			facts = append(facts, x.beneficiaries(n, sent, ms, amts, ctx, hasCtx)...)
			x.destinationList(n, sent, ms)
			x.fundedPlace(n, sent, ms)
			facts = append(facts, x.people(n, sent)...)
		}
		if f, ok := x.activity(n, para, ctx, hasCtx); ok {
			facts = append(facts, f)
		}
		facts = append(facts, x.organisation(n, para, false)...)
	}
	localDollars(r, amounts)
	amounts = assignRoles(r, amounts, lead)
	for _, f := range amounts {
		if f.Country != "" || f.Region != "" {
			x.destination(f.Paragraph, f.Sentence, place{country: corpus.Country{Code: f.Country, Name: f.CountryName}, region: f.Region})
		}
	}
	facts = append(facts, amounts...)
	for _, f := range facts {
		if (f.Kind == corpus.KindShare || f.Kind == corpus.KindActivity) && (f.Country != "" || f.Region != "") {
			if f.Kind == corpus.KindActivity && !fundingNounRe.MatchString(r.Paragraph(f.Paragraph)) && !projectNounRe.MatchString(r.Paragraph(f.Paragraph)) {
				continue
			}
			x.destination(f.Paragraph, f.Sentence, place{country: corpus.Country{Code: f.Country, Name: f.CountryName}, region: f.Region})
		}
	}
	// A place the title names ("... for Children in Nepal") is funded;
	// its provenance is the first sentence of the body that names it.
	for _, m := range x.places(r.Title) {
		pl := placeOf(m)
		if m.Demonym || x.seen[pl.key()] {
			continue
		}
	body:
		for i, para := range r.Paragraphs {
			if i+1 == p.contact || i+1 == p.org {
				continue
			}
			for _, sp := range sentences(para) {
				sent := para[sp.start:sp.end]
				for _, mm := range x.places(sent) {
					if placeOf(mm).key() == pl.key() {
						x.destination(i+1, sent, pl)
						break body
					}
				}
			}
		}
	}
	facts = append(facts, x.destinations...)
	facts = append(facts, x.quotes()...)
	order := map[corpus.Kind]int{corpus.KindAmount: 0, corpus.KindDestination: 1, corpus.KindShare: 2, corpus.KindBeneficiaries: 3, corpus.KindActivity: 4, corpus.KindPerson: 5, corpus.KindQuote: 6, corpus.KindOrganisation: 7, corpus.KindContact: 8}
	slices.SortStableFunc(facts, func(a, b corpus.Fact) int {
		if a.Paragraph != b.Paragraph {
			return a.Paragraph - b.Paragraph
		}
		return order[a.Kind] - order[b.Kind]
	})
	return facts
}
