package extract

import (
	"strings"

	"github.com/fundbot/fundbot/corpus"
)

// amountFacts makes a fact of each amount a sentence states, tied to the
// place named right after it ("USD 5 million for Kenya"), or to the only
// place its sentence names when the sentence states one amount, and to
// the sector the sectors rule read for it (rule_sector.go), with the
// period it is stated per, if any (rule_period.go). Its role
// (total, part or context) is given later, by assignRoles, when every
// amount of the release is known.
func amountFacts(x *releaseText, p *paragraph, s *sentence) []corpus.Fact {
	var out []corpus.Fact
	for i, a := range s.amounts {
		f := x.fact(corpus.KindAmount, p.n, s.text)
		am := a.Amount
		am.Period = amountPeriod(s.text, a.start, a.end) // rule_period.go
		f.Amount = &am
		switch {
		case a.bare && a.from >= 0:
			f.Check = "currency " + am.Currency + " taken from " + s.amounts[a.from].Stated + " before it; the text gives the amount without one"
		case a.bare:
			f.Check = "currency " + am.Currency + " taken from the release; the text gives the amount without one"
		}
		f.Sector = s.sectorOf(i)
		sources := []placeSource{placeRightAfter, placeBefore, placeOpening, placeHeading}
		if len(s.amounts) == 1 {
			sources = append(sources, placeSole, placeFurtherBefore)
		} else if i == 0 || strings.Trim(s.text[s.amounts[i-1].end:a.start], " (") != "" {
			// Not a conversion in brackets ("£5 million ($6 million)"),
			// which is the amount before it again.
			sources = append(sources, placeOwnClause)
		}
		attach(&f, p, s, a.start, a.end, sources...)
		out = append(out, f)
	}
	return out
}
