package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// An amount stated once for each of several places or organisations
// ("one million euros each to ... Tunisia, Sudan and Ethiopia", "WFP and
// the ICRC will each benefit from CHF1 million", "100 million pounds to
// each country") is each one's part: never the release's total, never one
// part for the list.

// eachAfterRe follows an amount given to each of several: "each",
// "apiece", "to each country", "per country", "to both Chad and Niger"
// (each of the two: a sum for the pair would say "together" or "between
// them"), a conversion in brackets between.
var eachAfterRe = lazyre.New(`(?i)^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:will|would|shall|is to|are to)\s+)?(?:each|apiece)\b|^[^.;]{0,30}?\b(?:to|for) each\b|^\s*(?:\([^)]{0,40}\)\s*)?per (?:country|nation|agency|organi[sz]ation)\b|^\s*(?:\([^)]{0,40}\)\s*)?(?:to|for) both\b|^\s*(?:\([^)]{0,40}\)\s*)?cada\s+un[oa]\b`)

// eachBeforeRe comes before an amount the several named before it each
// get: "will each benefit from", "each receive".
var eachBeforeRe = lazyre.New(`(?i)\beach\s+(?:\w+\s+){0,3}$|\bcada\s+un[oa]\s+(?:\p{L}+\s+){0,2}$`)

// followedByRe opens the text after an amount with the next of a
// ranking: ", followed by ".
var followedByRe = lazyre.New(`(?i)^\s*(?:\([^)]{0,40}\)\s*)?(?:each\s*)?,?\s*(?:and\s+)?(?:followed|trailed)\s+by\b|^\s*(?:cada\s+un[oa]\s*)?,?\s*(?:y\s+)?seguid[oa]s?\s+(?:por|de)\b`)

// eachPeriodRe is "each" of a period, not of several places or
// organisations: "$1 million each year" (rule_period.go reads it).
var eachPeriodRe = lazyre.New(`(?i)^\s*(?:\([^)]{0,40}\)\s*)?each\s+(?:year|month|week|quarter|annum|fiscal|financial|season)\b`)

// perItem reports whether the amount at [start, end) of sent is given to
// each of several.
func perItem(sent string, start, end int) bool {
	after := sent[end:min(len(sent), end+60)]
	if eachPeriodRe.MatchString(after) {
		return false
	}
	return eachAfterRe.MatchString(after) || eachBeforeRe.MatchString(sent[max(0, start-40):start])
}

// splitEach makes an amount given to each of several places (named after
// it in its sentence) or organisations (named in its sentence) one part
// for each, with the same figure as stated: a question about one of them
// finds its own. A part given "to each" of places its sentence does not
// name stays one part, with no place. It runs after the roles are given,
// and leaves the total and context alone.
func splitEach(r *corpus.Release, amounts []corpus.Fact) []corpus.Fact {
	out := make([]corpus.Fact, 0, len(amounts))
	for i, f := range amounts {
		start, end, _, nextStart := amountSpan(amounts, i)
		if f.Total || f.Context != "" || start < 0 || !perItem(f.Sentence, start, end) {
			out = append(out, f)
			continue
		}
		// "Yemen and Chad $7 million apiece", "Cameroon and Mozambique
		// will each receive 7 million dollars", "The DRC, Sudan, and
		// Syria are among the prioritized nations, each receiving $20
		// million", "followed by Mali and Niger at $9 million each": the
		// list of places just before it, else the one after it ("$1
		// million each to Chad and Niger"), unless an "and" or a comma
		// after "each" starts the next item ("$9 million each and Haiti,
		// Chad and Sudan at $8 million each": that list is the next
		// amount's).
		places := eachPlacesBefore(r, f.Sentence, start)
		if len(places) < 2 && !eachNextItemRe.MatchString(f.Sentence[end:nextStart]) && !followedByRe.MatchString(f.Sentence[end:nextStart]) {
			places = eachPlaces(r, f.Sentence[end:nextStart])
		}
		if len(places) > 1 {
			out = append(out, eachOf(f, places, nil)...)
			continue
		}
		// "Britain will provide additional aid money to South Sudan, ...,
		// and to Somalia, .... Britain will provide 100 million pounds
		// ($125 million) to each country", "... to Laos, Myanmar and
		// Viet Nam. The Government will give USD 500,000 to each
		// country": the countries the sentence before gives to, or else
		// those the total's sentence gives to; never when as many parts
		// would come to more than the total, or the sentence counts other
		// than the list holds.
		if m := eachCountryRe.FindStringSubmatch(f.Sentence[end:nextStart]); m != nil && len(eachPlaces(r, f.Sentence[end:nextStart])) == 0 {
			places := givenToPlaces(r, previousSentence(r, f))
			if len(places) < 2 {
				places = givenToPlaces(r, totalSentence(amounts))
			}
			if len(places) > 1 && eachFits(amounts, f, len(places), m[1]) {
				out = append(out, eachOf(f, places, nil)...)
				continue
			}
		}
		if orgs := eachOrgs(f.Sentence); len(orgs) > 1 {
			out = append(out, eachOf(f, nil, orgs)...)
			continue
		}
		// "... NOK 30 million to UNICEF, WFP and UNHCR. ... NOK 10
		// million to each of the three agencies": the list of the
		// sentence before, or of the total's, as for places.
		if m := eachAgencyRe.FindStringSubmatch(f.Sentence[end:nextStart]); m != nil {
			orgs := eachOrgs(previousSentence(r, f))
			if len(orgs) < 2 {
				orgs = eachOrgs(totalSentence(amounts))
			}
			if len(orgs) > 1 && eachFits(amounts, f, len(orgs), m[1]) {
				out = append(out, eachOf(f, nil, orgs)...)
				continue
			}
		}
		// "France and Germany have decided to make a voluntary
		// contribution of 200,000 EUR each": one part per donor the
		// sentence names.
		if ds := eachDonors(r, f.Sentence[:start]); len(ds) > 1 {
			for _, d := range ds {
				g := f
				g.Donor = d
				out = append(out, g)
			}
			continue
		}
		out = append(out, f)
	}
	return out
}

// eachOf is f once for each of places, or else of organisations orgs.
func eachOf(f corpus.Fact, places []corpus.Mention, orgs []string) []corpus.Fact {
	var out []corpus.Fact
	for _, m := range places {
		g := f
		g.Country, g.CountryName, g.Region = m.Country.Code, m.Country.Name, m.Region
		out = append(out, g)
	}
	for _, o := range orgs {
		g := f
		g.Recipient = o
		out = append(out, g)
	}
	return out
}

// eachPlacesBefore lists the places of the list that ends just before an
// amount given to each of them, in its clause: with only a verb of getting
// ("will each receive", ", each receiving") or a short phrase and "each"
// between, and no other amount.
func eachPlacesBefore(r *corpus.Release, sent string, start int) []corpus.Mention {
	from := max(0, start-120)
	if i := strings.LastIndexAny(sent[from:start], ";:"); i >= 0 {
		from += i + 1
	}
	if i := strings.LastIndex(sent[from:start], ". "); i >= 0 {
		from += i + 2
	}
	ms := corpus.Mentions(sent[from:start])
	if len(ms) < 2 {
		return nil
	}
	last := ms[len(ms)-1]
	if gap := sent[from+last.End : start]; !eachGapRe.MatchString(gap) || len(findAmounts(gap, "")) > 0 {
		return nil
	}
	var out []corpus.Mention
	for i := len(ms) - 1; i >= 0; i-- {
		if i < len(ms)-1 && !listJoins(sent[from+ms[i].End:from+ms[i+1].Start]) {
			break
		}
		out = addPlace(out, ms[i], r)
	}
	slices.Reverse(out)
	return out
}

// eachNextItemRe starts the text after an amount given to each when what
// follows is the next item of a list, not the places of this one: " each
// and ", " apiece, ", "; ".
var eachNextItemRe = lazyre.New(`(?i)^\s*(?:\([^)]{0,40}\)\s*)?(?:each|apiece)\s*(?:,|;|and\b|followed by\b|while\b|with\b)|^\s*;|^\s*(?:\([^)]{0,40}\)\s*)?cada\s+un[oa]\s*(?:,|;|y\b|e\b|seguid)`)

// eachGapRe stands between the last place of a list and the amount each
// gets: " ", " will each receive ", " are among the prioritized nations,
// each receiving ", " top the list, with each getting ", " will receive
// allocations of " (with "per country" after the amount), " at " (with
// "each" after the amount).
var eachGapRe = lazyre.New(`(?i)^(?:\s*|\s+(?:(?:will|would|are to|shall)\s+)?(?:(?:each|both|all)\s+)?(?:receive|get|be (?:allocated|given|granted)|receives?|gets?)\s+(?:(?:an?\s+)?(?:allocations?|grants?|contributions?|funding)\s+of\s+)?|[^.;]{0,60}?,\s*(?:with\s+)?each\s+(?:receiving|getting|with)\s+|\s+at\s+|[^.;]{0,60}?,\s*recibiendo\s+cada\s+un[oa]\s+|\s+con\s+)(?:(?:about|around|some|nearly|over|more than|up to)\s+)?$`)

// listJoins reports whether a gap joins two items of a list (", ", " and
// ", ", and the"; originListRe), after a bracket that may close the item
// before: "(WFP) and the".
func listJoins(gap string) bool {
	return originListRe.MatchString(strings.TrimLeftFunc(gap, func(r rune) bool { return r == ')' || unicode.IsSpace(r) }))
}

// eachPlaces lists the countries and regions a text names as one list
// ("Tunisia, Sudan and Ethiopia"), each once, not the donors'.
func eachPlaces(r *corpus.Release, text string) []corpus.Mention {
	var out []corpus.Mention
	for _, m := range corpus.Mentions(text) {
		if len(out) > 0 && !listJoins(text[out[len(out)-1].End:m.Start]) {
			break
		}
		out = addPlace(out, m, r)
	}
	return out
}

// addPlace adds m to the places out unless it is a donor's country or
// already there.
func addPlace(out []corpus.Mention, m corpus.Mention, r *corpus.Release) []corpus.Mention {
	if donorCode(r, m.Country.Code) {
		return out
	}
	if slices.ContainsFunc(out, func(o corpus.Mention) bool { return o.Country.Code == m.Country.Code && o.Region == m.Region }) {
		return out
	}
	return append(out, m)
}

// eachCountryRe follows an amount given to each of the countries named
// before: "to each country", "for each of the two countries".
var eachCountryRe = lazyre.New(`(?i)^[^.;]{0,30}?\b(?:(?:to|for) each|per) (?:country|nation|of them|of the (two|three|four|five|six|\d) (?:countries|nations))\b`)

// eachAgencyRe follows an amount given to each of the organisations named
// before: "to each of the three agencies", "per agency".
var eachAgencyRe = lazyre.New(`(?i)^[^.;]{0,30}?\b(?:(?:to|for) each|per) (?:agency|organi[sz]ation|of the (two|three|four|five|six|\d) (?:agencies|organi[sz]ations|UN agencies))\b`)

// eachFits reports whether n parts of f, one to each of n places, square
// with the release: no more than its total in the same currency, and n the
// number "each of the three countries" says, if it says one.
func eachFits(amounts []corpus.Fact, f corpus.Fact, n int, counted string) bool {
	if counted != "" {
		if k := slices.Index([]string{"two", "three", "four", "five", "six"}, strings.ToLower(counted)); k >= 0 && k+2 != n {
			return false
		} else if k < 0 && counted != strconv.Itoa(n) {
			return false
		}
	}
	for _, t := range amounts {
		if t.Total && t.Amount != nil && f.Amount != nil && t.Amount.Currency == f.Amount.Currency && float64(n)*f.Amount.Value > t.Amount.Value*1.001 {
			return false
		}
	}
	return true
}

// totalSentence is the sentence of the release's total among amounts, or
// "" when it states none.
func totalSentence(amounts []corpus.Fact) string {
	for _, t := range amounts {
		if t.Total {
			return t.Sentence
		}
	}
	return ""
}

// givenToPlaces lists the countries and regions a sentence gives to
// ("aid money to South Sudan, where famine has been declared ..., and to
// Somalia"), each once, not the donors'.
//
// A list after "to" is given to whole: "assistance to Laos, Myanmar and
// Viet Nam".
func givenToPlaces(r *corpus.Release, sent string) []corpus.Mention {
	var out []corpus.Mention
	prevEnd := -1 // the end of the place before, when it was given to
	for _, m := range corpus.Mentions(sent) {
		given := toPlaceRe.MatchString(sent[max(0, m.Start-16):m.Start]) || prevEnd >= 0 && listJoins(sent[prevEnd:m.Start])
		if !given || m.Demonym {
			prevEnd = -1
			continue
		}
		out = addPlace(out, m, r)
		prevEnd = m.End
	}
	return out
}

// toPlaceRe ends the words right before a place given to: "to ", "and
// to the ".
var toPlaceRe = lazyre.New(`(?i)\bto\s+(?:the\s+)?$`)

// previousSentence is the sentence before f's: in its paragraph, else the
// last of the paragraph before.
func previousSentence(r *corpus.Release, f corpus.Fact) string {
	if s := sentenceBefore(r, f); s != "" || f.Paragraph <= 1 {
		return s
	}
	p := r.Paragraph(f.Paragraph - 1)
	sps := sentences(p)
	if len(sps) == 0 {
		return ""
	}
	return p[sps[len(sps)-1].start:sps[len(sps)-1].end]
}

// eachDonors lists the release's donors a text names, when it names
// several.
func eachDonors(r *corpus.Release, text string) []string {
	if len(r.Donors) < 2 {
		return nil
	}
	countries := corpus.FindCountries(text)
	var out []string
	for _, d := range r.Donors {
		named := strings.Contains(text, d) || slices.ContainsFunc(countries, func(c corpus.Country) bool {
			dc, ok := corpus.LookupCountry(d)
			return ok && dc.Code == c.Code
		})
		if named {
			out = append(out, d)
		}
	}
	return out
}

// eachOrgs lists the organisations a sentence names as one list ("WFP and
// the ICRC will each benefit"), each once: not "UNHAS operated by WFP".
func eachOrgs(sent string) []string {
	var out []string
	ms := orgMentions(sent)
	slices.SortFunc(ms, func(a, b orgMention) int { return a.start - b.start })
	last := -1
	for _, m := range ms {
		if last >= 0 && m.start < last {
			continue // a name inside another's
		}
		if len(out) > 0 && out[len(out)-1] == m.acronym {
			last = m.end // the name again, or its acronym in brackets
			continue
		}
		if last >= 0 && !listJoins(bracketsRe.ReplaceAllString(sent[last:m.start], "")) {
			if len(out) > 1 {
				break
			}
			out = out[:0]
		}
		if !slices.Contains(out, m.acronym) {
			out = append(out, m.acronym)
		}
		last = m.end
	}
	return out
}

// bracketsRe is a bracketed aside: an acronym after a name, "(ICRC)".
var bracketsRe = lazyre.New(`\s*\([^)]{0,40}\)`)
