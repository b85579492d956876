package answer

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// listOf says what a folded question asks the corpus to list: "donors",
// "recipients", "years", or "" when it asks for none of them.
func listOf(folded string) string {
	if !has(folded, "which", "what", "list", "who are", "name the", "covered", "in the corpus", "are there", "deliver", "delivers") {
		return ""
	}
	switch {
	case has(folded, "donor", "donors", "funders", "givers"):
		return "donors"
	case has(folded, "recipient", "recipients", "organisations", "organizations", "agencies", "partners") ||
		has(folded, "who receives", "who received", "which organisation", "which organization", "which agency"):
		return "recipients"
	case has(folded, "which years", "what years", "years covered", "which year s"):
		return "years"
	}
	return ""
}

// list answers which donors, recipients or years the corpus covers, or
// among the releases the question narrows to.
func (e *Engine) list(q string, req request) Answer {
	what := listOf(corpus.Fold(q))
	var releases []*corpus.Release
	placed := len(req.countries)+len(req.regions) > 0
	for _, r := range e.releasesOf(req) {
		if !placed || mentionsPlace(r, req) {
			releases = append(releases, r)
		}
	}
	if len(releases) == 0 {
		return e.noRelease(req)
	}
	a := Answer{Kind: KindOverview}
	byName := map[string][]*corpus.Release{}
	var order []string
	var silent []*corpus.Release // releases that name no recipient
	for _, r := range releases {
		var keys []string
		switch what {
		case "donors":
			keys = r.Donors
		case "recipients":
			keys = recipientsOf(r)
			if len(keys) == 0 {
				silent = append(silent, r)
			}
		case "years":
			if r.Year != 0 {
				keys = []string{strconv.Itoa(r.Year)}
			}
		}
		for _, k := range keys {
			if _, ok := byName[k]; !ok {
				order = append(order, k)
			}
			byName[k] = append(byName[k], r)
		}
	}
	slices.Sort(order)
	for _, k := range order {
		rs := byName[k]
		it := Item{Label: k, Value: plural(len(rs), "release", "releases")}
		if len(rs) == 1 {
			it.Release, it.Title, it.Year = rs[0].ID, rs[0].Title, rs[0].Year
		}
		a.Items = append(a.Items, it)
	}
	scope := "The corpus"
	if len(releases) < len(e.c.Releases) {
		scope = "The " + plural(len(releases), "release", "releases") + " " + strings.TrimPrefix(describeScope(req), "that matches")
		scope = strings.TrimSpace(scope)
	}
	verb := "names"
	if len(releases) > 1 && len(releases) < len(e.c.Releases) {
		verb = "name"
		scope = strings.Replace(scope, " that names ", " that name ", 1)
	}
	switch {
	case len(order) == 0:
		a.Headline = fmt.Sprintf("%s %s no %s.", scope, verb, strings.TrimSuffix(what, "s"))
	default:
		a.Headline = fmt.Sprintf("%s %s %s: %s.", scope, verb, plural(len(order), strings.TrimSuffix(what, "s"), what), names(order))
	}
	for _, r := range silent {
		a.Notes = append(a.Notes, fmt.Sprintf("The release %s does not state which organisations receive its funding.", releaseRef(r)))
	}
	return a
}

// countWords are the numbers a release may write a count in.
const countWords = `two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|[1-9][0-9]{0,2}`

// countWordRe finds a number of countries or crises a release states:
// "ten countries", "in 15 crises", "four chronically neglected crises";
// projectCountRe a number of projects ("17 country and regional
// projects").
var (
	// (The words between are no figures: "$90 million for 12 crises"
	// counts 12.)
	countWordRe    = lazyre.New(`(?i)\b(` + countWords + `)\s+(?:[\p{L}-]+\s+){0,3}?(countries|crises|nations|emergencies|territories)\b`)
	projectCountRe = lazyre.New(`(?i)\b(` + countWords + `)\s+(?:[\p{L}-]+\s+){0,3}?(projects|programmes|programs)\b`)
)

// countCountries answers in how many countries a release's funding works:
// the number the release writes when it writes one, else the destinations
// it names, counted by fundbot and labelled so.
func (e *Engine) countCountries(req request) Answer {
	re := countWordRe
	if req.countProjects {
		re = projectCountRe
	}
	releases := e.releasesOf(req)
	if len(releases) == 0 {
		return e.noRelease(req)
	}
	a := Answer{Kind: KindOverview}
	var heads []string
	for _, r := range releases {
		if n, sentence := statedCount(r, re); n != "" {
			a.Items = append(a.Items, Item{Label: "Stated", Value: n, Release: r.ID, Title: r.Title, Year: r.Year, Sentence: sentence})
			heads = append(heads, fmt.Sprintf("%s states %s", releaseRef(r), n))
			continue
		}
		var places []string
		for i := range r.Facts {
			f := &r.Facts[i]
			if f.Kind == corpus.KindDestination && f.Country != "" && !slices.Contains(places, place(f)) {
				places = append(places, place(f))
			}
		}
		if req.countProjects {
			heads = append(heads, fmt.Sprintf("%s does not state how many projects its funding pays for", releaseRef(r)))
			continue
		}
		if len(places) == 0 {
			heads = append(heads, fmt.Sprintf("%s does not state in how many countries its funding works, and names none", releaseRef(r)))
			continue
		}
		a.Items = append(a.Items, Item{Label: "Counted by fundbot", Value: fmt.Sprintf("%s named as destinations: %s", plural(len(places), "country", "countries"), names(places)),
			Release: r.ID, Title: r.Title, Year: r.Year})
		heads = append(heads, fmt.Sprintf("%s does not state a number; fundbot counts %s it names as destinations", releaseRef(r), plural(len(places), "country", "countries")))
	}
	const shown = 3
	a.Headline = strings.Join(heads[:min(shown, len(heads))], "; ")
	if len(heads) > shown {
		a.Headline += fmt.Sprintf("; %d more below", len(heads)-shown)
	}
	a.Headline += "."
	return a
}

// statedCount finds the number of countries or crises a release writes,
// with its sentence.
//
// Not the count a running sum reached: "Since 2006, ... has gone to
// neglected crises in almost 50 countries".
func statedCount(r *corpus.Release, re *lazyre.Regexp) (string, string) {
	for _, p := range append(slices.Clone(r.Paragraphs), r.Title) {
		for _, m := range re.FindAllStringIndex(p, -1) {
			// A sentence ends at ". ", never at the point of "$1.5 billion".
			sent := sentenceAround(p, m[0])
			if sumSoFarRe.MatchString(sent) || scaleInCountRe.MatchString(p[m[0]:m[1]]) {
				continue
			}
			return p[m[0]:m[1]], sent
		}
	}
	return "", ""
}

// scaleInCountRe finds an amount's scale in a count's words: "90
// million for crises" counts no crises.
var scaleInCountRe = lazyre.New(`(?i)\b(?:million|billion|thousand|mln|bn)\b`)

// sumSoFarRe marks a sentence about what was given over time: "Since
// 2006", "so far", "to date", "over the past decade".
var sumSoFarRe = lazyre.New(`(?i)\b(?:since\s+(?:(?:19|20)\d\d|its (?:creation|launch|inception)|the (?:start|beginning))|so far|to date|thus far|over the (?:past|last)\s+(?:\w+\s+)?(?:years|decades?))\b`)

// fundingYear answers for which year the money of the releases a question
// narrows to (by donor, recipient, place, topic or an amount it names) is:
// the year a release states, or that it states none.
func (e *Engine) fundingYear(ctx context.Context, q string, req request) (Answer, error) {
	req.years = nil // "which year" names none to narrow to
	rs, nf, err := e.releasesAsked(ctx, q, req)
	if err != nil || nf != nil {
		return derefOr(nf), err
	}
	a := Answer{Kind: KindOverview}
	var heads []string
	for _, r := range rs {
		fromPublished := yearFromPublished(r)
		switch {
		case r.Year == 0:
			heads = append(heads, fmt.Sprintf("The release %s does not state for which year its funding is", releaseRef(r)))
		case fromPublished:
			heads = append(heads, fmt.Sprintf("The release %s does not state a funding year; it was published in %d", releaseRef(r), r.Year))
		default:
			heads = append(heads, fmt.Sprintf("The release %s states its funding is for %d", releaseRef(r), r.Year))
			if t, ok := r.Total(); ok {
				a.Items = append(a.Items, Item{Label: "Year", Value: fmt.Sprint(r.Year), Release: r.ID, Title: r.Title, Year: r.Year, Sentence: t.Sentence})
			}
		}
	}
	return e.yearHeads(a, heads, req), nil
}

// releasesAsked are the releases a question about years or dates
// narrows to, by donor, recipient, place, topic or an amount it names;
// or the answer that the corpus mentions a topic it names nowhere.
func (e *Engine) releasesAsked(ctx context.Context, q string, req request) ([]*corpus.Release, *Answer, error) {
	byTopic, absent, err := e.narrowByTopics(ctx, &req)
	if err != nil {
		return nil, nil, err
	}
	if len(absent) > 0 {
		return nil, &Answer{Kind: KindNotFound, Headline: fmt.Sprintf("No release in the corpus mentions %s.", quoted(absent))}, nil
	}
	byAmount := e.anchored(anchors(q))
	placed := len(req.countries)+len(req.regions) > 0
	var out []*corpus.Release
	for _, r := range e.releasesOf(req) {
		if placed && !mentionsPlace(r, req) || byTopic != nil && !byTopic[r.ID] || byAmount != nil && !byAmount[r.ID] {
			continue
		}
		out = append(out, r)
	}
	return out, nil, nil
}

// derefOr is the answer a points to, or the zero answer.
func derefOr(a *Answer) Answer {
	if a == nil {
		return Answer{}
	}
	return *a
}

// yearFromPublished reports whether ingest took a release's year from its
// publication date, the text stating none.
func yearFromPublished(r *corpus.Release) bool {
	return slices.ContainsFunc(r.Check, func(c string) bool { return strings.Contains(c, "publication date") })
}

// yearHeads finishes an answer about releases' years or dates from a head
// line for each, at most a few written out.
func (e *Engine) yearHeads(a Answer, heads []string, req request) Answer {
	if len(heads) == 0 {
		return e.noRelease(req)
	}
	const shown = 3
	a.Headline = strings.Join(heads[:min(shown, len(heads))], "; ")
	if len(heads) > shown {
		a.Headline += fmt.Sprintf("; %d more releases", len(heads)-shown)
	}
	a.Headline += "."
	return a
}

// whenGiven answers when a release's money was given or announced ("When
// was the AED 50 million pledged?"): the date the release was published,
// said as that, and its funding year; a release that carries neither
// does not state when, and the answer says so.
func (e *Engine) whenGiven(ctx context.Context, q string, req request) (Answer, error) {
	rs, nf, err := e.releasesAsked(ctx, q, req)
	if err != nil || nf != nil {
		return derefOr(nf), err
	}
	a := Answer{Kind: KindOverview}
	var heads []string
	for _, r := range rs {
		fromPublished := yearFromPublished(r)
		switch {
		case r.Published != "" && r.Year != 0 && !fromPublished:
			heads = append(heads, fmt.Sprintf("The release %s was published on %s; it states its funding is for %d", releaseRef(r), r.Published, r.Year))
		case r.Published != "":
			heads = append(heads, fmt.Sprintf("The release %s was published on %s (its publication date, not a date it states for the gift)", releaseRef(r), r.Published))
		case r.Year != 0 && !fromPublished:
			heads = append(heads, fmt.Sprintf("The release %s does not state a date; it states its funding is for %d", releaseRef(r), r.Year))
		default:
			heads = append(heads, fmt.Sprintf("The release %s does not state when: it carries no date and no funding year", releaseRef(r)))
		}
		if r.Published != "" {
			a.Items = append(a.Items, Item{Label: "Published", Value: r.Published, Release: r.ID, Title: r.Title, Year: r.Year})
		}
	}
	return e.yearHeads(a, heads, req), nil
}
