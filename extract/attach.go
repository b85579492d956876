package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/fundbot/fundbot/corpus"
)

var (
	inPlaceRe     = regexp.MustCompile(`^(?:In|Across|Throughout|For|Inside|Within)\s+(?:the\s+)?$`)
	causeBeforeRe = regexp.MustCompile(`(?i)\b(?:war|invasion|aggression|attacks?|occupation)\s+(?:in|of|on|against|by)\s+(?:the\s+)?$`)
	causeAfterRe  = regexp.MustCompile(`^(?:['’]s)?\s+(?:war|invasion|full-scale invasion|aggression|attacks?|occupation)\b`)
	// gapPrepRe is what may stand between an amount and the place it is
	// for: "USD 5 million for Kenya", ", CHF 20 million, is for the Syria
	// ...", "USD 5 million will go to Kenya".
	gapPrepRe = regexp.MustCompile(`^\)?,?\s*(?:(?:will|is|are|was|were|has been|have been|shall)\s+(?:\w+\s+){0,2}?)?(?:for|to|in|towards|into)\s+(?:the\s+)?$`)
)

// place is a country or region a fact is about.
type place struct {
	country corpus.Country
	region  string
}

func (pl place) set(f *corpus.Fact) {
	f.Country, f.CountryName, f.Region = pl.country.Code, pl.country.Name, pl.region
}

func (pl place) key() string {
	if pl.country.Code != "" {
		return pl.country.Code
	}
	return pl.region
}

// places returns the countries and regions a text names, leaving out the
// donors' own countries.
func (x *releaseText) places(s string) []corpus.Mention {
	var out []corpus.Mention
	orgs := orgMentions(s)
	for _, m := range corpus.Mentions(s) {
		if m.Country.Code != "" && x.donorCodes[m.Country.Code] {
			continue
		}
		// A place inside an organisation's name ("UN Relief and Works
		// Agency for Palestine Refugees in the Near East") is not one.
		// A country named as a cause ("Russia's invasion", "the war in
		// Ukraine") is not, by that, where money goes.
		if causeBeforeRe.MatchString(s[max(0, m.Start-30):m.Start]) || causeAfterRe.MatchString(s[m.End:]) {
			continue
		}
		// A country-based pooled fund's country is where its money goes.
		if slices.ContainsFunc(orgs, func(o orgMention) bool {
			return m.Start >= o.start && m.End <= o.end && !strings.HasSuffix(s[o.start:o.end], "Fund")
		}) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func placeOf(m corpus.Mention) place { return place{country: m.Country, region: m.Region} }

// context returns the country or region a paragraph is about: the place of
// an opening "In Kenya, ...", else the first country it names, else the
// first country named by a demonym, else the first region.
func (x *releaseText) context(para string) (place, bool) {
	ms := x.places(para)
	if len(ms) == 0 {
		return place{}, false
	}
	if inPlaceRe.MatchString(para[:ms[0].Start]) {
		return placeOf(ms[0]), true
	}
	// A paragraph that names many places is not about one of them.
	named := map[string]bool{}
	for _, m := range ms {
		if !m.Demonym {
			named[placeOf(m).key()] = true
		}
	}
	if len(named) > 2 {
		return place{}, false
	}
	for _, m := range ms {
		if m.Country.Code != "" && !m.Demonym {
			return placeOf(m), true
		}
	}
	for _, m := range ms {
		if m.Country.Code != "" {
			return placeOf(m), true
		}
	}
	return placeOf(ms[0]), true
}

// amountPlace finds the country or region an amount is for: one named just
// after it ("USD 5 million for Kenya"), or the only one its sentence names.
// ms and amts are the sentence's places and amounts.
func amountPlace(sent string, ms []corpus.Mention, amts []amount, a amount) (place, bool) {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= a.end })
	if i < len(ms) {
		m := ms[i]
		if gap := sent[a.end:m.Start]; len(gap) <= 60 && gapPrepRe.MatchString(gap) {
			return placeOf(m), true
		}
	}
	if len(amts) == 1 && len(ms) > 0 {
		for _, m := range ms[1:] {
			if placeOf(m).key() != placeOf(ms[0]).key() {
				return place{}, false
			}
		}
		return placeOf(ms[0]), true
	}
	return place{}, false
}

// firstAfter returns the first place named at or after byte offset at,
// preferring a place named outright to one named by a demonym.
func firstAfter(ms []corpus.Mention, at int) (place, bool) {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= at })
	var byDemonym *corpus.Mention
	for ; i < len(ms); i++ {
		if !ms[i].Demonym {
			return placeOf(ms[i]), true
		}
		if byDemonym == nil {
			byDemonym = &ms[i]
		}
	}
	if byDemonym != nil {
		return placeOf(*byDemonym), true
	}
	return place{}, false
}
