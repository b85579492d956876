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
	paired := respectivePlaces(s) // nil unless "respectively" pairs them
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
		} else if !restatesBefore(s, i) {
			// Not a conversion in brackets ("£5 million ($6 million)"),
			// which is the amount before it again.
			sources = append(sources, placeOwnClause)
		}
		if paired != nil {
			paired[i].set(&f)
		} else {
			attach(&f, p, s, a.start, a.end, sources...)
		}
		out = append(out, f)
	}
	return out
}

// restatesBefore reports whether the i-th amount of s restates the one
// before it in brackets: "£5 million ($6 million)".
func restatesBefore(s *sentence, i int) bool {
	return i > 0 && strings.Trim(s.text[s.amounts[i-1].end:s.amounts[i].start], " (") == ""
}

// respectivePlaces pairs the amounts of a sentence, in order, with the
// places of one list named after the last of them, when the sentence says
// "respectively" after that list and the list has one place per amount:
// "€20 million (US$24 million) and €8 million to groups working in Chad
// and Niger respectively" gives €20 million (and its restatement) to
// Chad and €8 million to Niger. It returns one place per amount, or nil.
func respectivePlaces(s *sentence) []place {
	if len(s.amounts) < 2 {
		return nil
	}
	last := s.amounts[len(s.amounts)-1].end
	m := respectivelyRe.FindStringIndex(s.text[last:])
	if m == nil {
		return nil
	}
	at := last + m[0]
	var list []corpus.Mention
	for _, pm := range s.places {
		if pm.Start < last || pm.End > at {
			continue
		}
		if len(list) > 0 && !listJoined(s.text[list[len(list)-1].End:pm.Start]) {
			return nil
		}
		list = append(list, pm)
	}
	// The list ends right before "respectively".
	if len(list) == 0 || strings.TrimSpace(s.text[list[len(list)-1].End:at]) != "" {
		return nil
	}
	out := make([]place, len(s.amounts))
	k := -1
	for i := range s.amounts {
		if !restatesBefore(s, i) {
			k++
		}
		if k >= len(list) {
			return nil
		}
		out[i] = placeOf(list[k])
	}
	if k != len(list)-1 {
		return nil
	}
	return out
}
