package answer

import (
	"slices"
	"strings"

	"github.com/fundbot/fundbot/corpus"
)

// This file holds who gives each amount of a release. Ingest writes an
// amount's giver in its Donor field when the release names it (several
// donors giving one amount jointly are joined by ", "), else the release's
// donors. A release may state several givers' money: companies each giving
// their own amount, two donors' joint gift and each one's share, or another
// donor's money told beside the release's gift.

// jointSep joins the donors of one amount given jointly, as ingest writes
// them in Fact.Donor.
const jointSep = ", "

// giversOf returns who gives amount f of release r: its own donors when
// ingest wrote them, else the release's.
func giversOf(r *corpus.Release, f *corpus.Fact) []string {
	if f.Donor == "" {
		return r.Donors
	}
	return strings.Split(f.Donor, jointSep)
}

// donorIn reports whether one of the donors joined in field (a Fact.Donor)
// is among asked, without allocating: this runs for every fact a
// narrowed list reads.
func donorIn(field string, asked []string) bool {
	for rest, more := field, true; more; {
		var d string
		d, rest, more = strings.Cut(rest, jointSep)
		if slices.Contains(asked, d) {
			return true
		}
	}
	return false
}

// givenBy reports whether any of the asked donors gives amount f of r,
// alone or jointly.
func givenBy(r *corpus.Release, f *corpus.Fact, asked []string) bool {
	if f.Donor == "" {
		return slices.ContainsFunc(r.Donors, func(d string) bool { return slices.Contains(asked, d) })
	}
	return donorIn(f.Donor, asked)
}

// givenByOnly reports whether amount f of r is given by asked donors only:
// their own money, not a joint gift with another.
func givenByOnly(r *corpus.Release, f *corpus.Fact, asked []string) bool {
	gs := giversOf(r, f)
	return len(gs) > 0 && !slices.ContainsFunc(gs, func(d string) bool { return !slices.Contains(asked, d) })
}

// severalGivers reports whether release r states the money of more than
// one giver: it names several donors, or an amount of another giver.
func severalGivers(r *corpus.Release) bool {
	if len(r.Donors) > 1 {
		return true
	}
	for i := range r.Facts {
		if f := &r.Facts[i]; f.Kind == corpus.KindAmount && f.Donor != "" && f.Donor != strings.Join(r.Donors, jointSep) {
			return true
		}
	}
	return false
}

// ownRelease reports whether r is a release of one of the asked donors,
// rather than one that only tells of their money beside its own donor's.
func ownRelease(r *corpus.Release, asked []string) bool {
	return slices.ContainsFunc(r.Donors, func(d string) bool { return slices.Contains(asked, d) })
}

// giverLabel names who gives amount f of r, for a line of an answer, when
// the release states several givers' money ("Walt Disney Company", "joint:
// Saudi Arabia and United Kingdom"); "" when the release has one giver.
func giverLabel(r *corpus.Release, f *corpus.Fact) string {
	if !severalGivers(r) {
		return ""
	}
	gs := giversOf(r, f)
	if len(gs) > 1 {
		return "joint: " + names(gs)
	}
	return names(gs)
}

// otherGiversNote says, for a release that states another donor's money,
// whose release it is: "stated in Germany's release".
func otherGiversNote(r *corpus.Release) string {
	return "stated in " + names(r.Donors) + "'s release"
}

// unplacedLabel says why an amount with no place of its own is listed for
// a place.
const unplacedLabel = "no place stated for it; the only place the release names"

// unplacedGifts returns, for a release of several givers that states no
// total, the amounts with no place of their own when the one country one
// asks about is the only place the release names ("Disney has committed
// to donate at least $2.5 million to the American Red Cross", in a story
// whose only place is Japan): each giver's money for that place, listed
// with its giver, never summed. Nothing when the release has a total or
// names another place.
func unplacedGifts(r *corpus.Release, one request) []factRef {
	if !severalGivers(r) || len(one.countries) != 1 || len(one.regions) > 0 {
		return nil
	}
	if _, ok := r.Total(); ok {
		return nil
	}
	code := one.countries[0].Code
	named := false
	var out []factRef
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Kind != corpus.KindAmount && f.Kind != corpus.KindDestination && f.Kind != corpus.KindShare {
			continue
		}
		if f.Region != "" || len(f.Regions) > 0 || f.Country != "" && f.Country != code {
			return nil
		}
		named = named || f.Country == code
		if f.Kind == corpus.KindAmount && f.Context == "" && f.Country == "" && f.Amount != nil {
			out = append(out, factRef{r, f})
		}
	}
	if !named {
		return nil
	}
	return out
}
