package extract

import (
	"slices"

	"github.com/fundbot/fundbot/corpus"
)

// outsizedParts marks as context an amount that cannot be a part of the
// release's total because it is larger than the total, in the total's
// own currency ("US Provides Additional $117Mln ..." and, further on, the
// money "will provide an additional $670 million in food assistance ...
// around the world"): whatever else it is, a running sum, a worldwide
// programme or a plan, it is not this gift or a share of it, and a
// sector or place its sentence names is not this gift's. It is marked
// "overall"; an amount already marked as context keeps its own reason,
// and a restatement in brackets is the same money as the figure it
// follows.
func outsizedParts(amounts []corpus.Fact, total int) {
	if total < 0 {
		return
	}
	t := amounts[total].Amount
	for i := range amounts {
		f := &amounts[i]
		if i == total || f.Context != "" || f.Amount.Currency != t.Currency || f.Amount.Period != t.Period || i > 0 && restates(amounts[i-1], *f) {
			continue
		}
		if f.Amount.Value > t.Value*outsizedMargin {
			f.Context = "overall"
			// "South Korea has offered $5 million ... to Turkey", below
			// its $1 million to Syria: money for one country beside a
			// total for another is the donor's other gift, not a whole
			// this one is part of. (A total tied to no one place is so
			// when its sentence names other countries only.)
			if tc := amounts[total].Country; f.Country != "" && (tc != "" && f.Country != tc || tc == "" && elsewhereThan(amounts[total].Sentence, f.Country)) {
				f.Context = "other gift"
			}
			f.Country, f.CountryName, f.Region, f.Sector = "", "", "", ""
		}
	}
}

// outsizedMargin is how much larger than the total an amount must be to
// be no part of it: a little more than rounding ("nearly USD 28.5
// million" beside "USD 28.6 million").
const outsizedMargin = 1.05

// elsewhereThan reports whether sentence names a country, and not the
// country code.
func elsewhereThan(sentence, code string) bool {
	ms := corpus.Mentions(sentence)
	return slices.ContainsFunc(ms, func(m corpus.Mention) bool { return m.Country.Code != "" && !m.Demonym }) &&
		!slices.ContainsFunc(ms, func(m corpus.Mention) bool { return m.Country.Code == code })
}
