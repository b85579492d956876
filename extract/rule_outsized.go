package extract

import "github.com/fundbot/fundbot/corpus"

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
			f.Country, f.CountryName, f.Region, f.Sector = "", "", "", ""
		}
	}
}

// outsizedMargin is how much larger than the total an amount must be to
// be no part of it: a little more than rounding ("nearly USD 28.5
// million" beside "USD 28.6 million").
const outsizedMargin = 1.05
