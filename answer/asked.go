package answer

import (
	"slices"
	"strconv"
	"strings"

	"github.com/fundbot/fundbot/corpus"
)

// giftWords are words of an amount question that tell no gift from
// another: the asking, the giving, the money and the usual words for
// aid. What a question says besides these, its donors, recipients and
// places ("earmark ... operations", "the 150 new delegates", "from
// existing projects"), is what askedContext looks for.
var giftWords = map[string]bool{
	"much": true, "many": true, "what": true, "which": true, "does": true, "will": true, "have": true,
	"give": true, "gave": true, "given": true, "giving": true, "gives": true, "provide": true, "provided": true,
	"providing": true, "pledge": true, "pledged": true, "contribute": true, "contributed": true,
	"contribution": true, "contributions": true, "donate": true, "donated": true, "donation": true,
	"allocate": true, "allocated": true, "grant": true, "granted": true, "spend": true, "spent": true,
	"money": true, "funding": true, "funds": true, "fund": true, "funded": true, "total": true, "overall": true,
	"humanitarian": true, "assistance": true, "support": true, "help": true, "relief": true, "emergency": true,
	"year": true, "this": true, "that": true, "their": true, "with": true, "from": true, "into": true,
	"about": true, "amount": true, "release": true, "package": true, "announce": true, "announced": true,
	"dollars": true, "euros": true, "million": true, "billion": true, "government": true, "country": true,
	// How one gift stands to another, not what either is for: "in
	// addition to", "the earlier", "a further".
	"addition": true, "additional": true, "further": true, "extra": true, "more": true, "earlier": true,
	"previous": true, "previously": true, "before": true, "already": true, "latest": true, "initial": true,
	"first": true, "second": true, "third": true, "next": true, "last": true, "recent": true, "recently": true,
	"commit": true, "committed": true, "commitment": true, "today": true, "week": true, "month": true,
	// How often, not what for: "every year", "each month".
	"every": true, "each": true, "yearly": true, "annual": true, "annually": true,
	"since": true, "until": true, "after": true, "other": true, "another": true, "again": true, "also": true,
}

// askedWords returns the words of an amount question, folded, that ask
// for something its donors, recipients and places do not name: words of
// four letters or more, no gift word (giftWords), none inside a name the
// question was read for.
func askedWords(q string, req request) []string {
	var known []string
	for _, list := range [][]string{req.donors, req.recipients, req.people} {
		for _, n := range list {
			known = append(known, corpus.Fold(n))
		}
	}
	knownText := " " + strings.Join(known, " ") + " "
	var out []string
	for _, w := range strings.FieldsFunc(corpus.Fold(q), func(r rune) bool { return !asciiWord(byte(r)) || r >= 0x80 }) {
		if len(w) < 4 || giftWords[w] || allDigits(w) || strings.Contains(knownText, " "+w+" ") || slices.Contains(out, w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// askedContext answers with a part of a release's total, or money it
// states as the donor's other gift (context "other gift"), when the
// question names what that money is for and the gift's words do not:
// "How much did the UK give to international aid agencies?" of a £20m
// total, of which "£12m of it will go to international aid agencies on
// the ground", is the £12m; "How much did Norway set aside for ICRC field
// missions?" of a release whose total is "a core contribution of NOK 50
// million to the ICRC" and that says "Besides this, Norway has set aside
// NOK 20 million for specific ICRC field missions" is the NOK 20 million,
// as context; never the total in their place. Only when every word the
// question asks with (askedWords) is in that amount's own clause
// (clausesOf), none is in the gift's sentence or the release's title (a
// part is looked for only when the total answers), and the question names
// no sector, purpose, topic, place, year or agency (those narrow by their
// own rules).
func askedContext(res releaseAmounts, req request, askedOf func() []string) releaseAmounts {
	// A year asked of a release that states none is one more word the
	// money's own clause must name: "How much did Norway set aside for
	// ICRC field missions in 2015?" of "... NOK 20 million for ICRC field
	// missions in 2015", beside a total of no year.
	years := req.years
	if len(years) > 0 && res.total && res.r.Year == 0 && len(yearsOf(res.r)) == 0 {
		years = nil
	}
	if len(res.gifts) == 0 || len(res.context) > 0 || res.others || req.contextOnly ||
		len(req.sectors)+len(req.purposes)+len(req.topics)+len(req.orgTopics)+len(req.countries)+len(req.regions)+
			len(years)+len(req.months)+len(req.agencies) > 0 || severalGivers(res.r) {
		return res
	}
	words := askedOf()
	for _, y := range req.years {
		if len(years) == 0 {
			words = append(slices.Clip(words), strconv.Itoa(y))
		}
	}
	if len(words) == 0 {
		return res
	}
	names := func(text string, w string) bool { return containsFold(text, purposeStem(w)) }
	for _, g := range res.gifts {
		if slices.ContainsFunc(words, func(w string) bool { return names(g.f.Sentence, w) || names(res.r.Title, w) }) {
			return res
		}
	}
	// A part of the total (only when the total answers) or the donor's
	// other gift.
	var found, parts []factRef
	for i := range res.r.Facts {
		f := &res.r.Facts[i]
		part := res.total && f.Context == "" && !f.Total
		if f.Kind != corpus.KindAmount || f.Amount == nil || f.Context != "other gift" && !part ||
			slices.ContainsFunc(words, func(w string) bool { return !names(f.Sentence, w) }) {
			continue
		}
		cs, ok := clausesOf(res.r, f)
		if !ok {
			continue
		}
		i := slices.IndexFunc(cs, func(c clause) bool { return c.f == f })
		if i >= 0 && !slices.ContainsFunc(words, func(w string) bool { return !names(cs[i].text, w) }) {
			if part {
				parts = append(parts, factRef{res.r, f})
			} else {
				found = append(found, factRef{res.r, f})
			}
		}
	}
	if len(parts) > 0 {
		res.gifts, res.total, res.wider = parts, false, factRef{}
		res.yearInClause = len(years) < len(req.years)
		return res
	}
	if len(found) == 0 {
		return res
	}
	res.gifts, res.total, res.wider, res.context = nil, false, factRef{}, found
	res.yearInClause = len(years) < len(req.years)
	return res
}
