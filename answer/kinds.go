package answer

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/index"
)

// maxPassages is how many passages an answer quotes.
const maxPassages = 3

// maxRest is how many lines without figures (where a place is named, what
// the money does there) a place's answer lists; its figures are all listed.
const maxRest = 12

// item makes an Item of a fact.
func item(ref factRef, label, value string) Item {
	return Item{
		Label:    label,
		Value:    value,
		Release:  ref.r.ID,
		Title:    ref.r.Title,
		Year:     cmpYear(ref),
		Sentence: ref.f.Sentence,
	}
}

func cmpYear(ref factRef) int {
	if ref.f.Year != 0 {
		return ref.f.Year
	}
	return ref.r.Year
}

// money renders an amount as stated, with its ISO currency when the stated
// form does not spell it out.
func money(a *corpus.Amount) string {
	if a == nil {
		return ""
	}
	s := a.Stated
	if a.Currency != "" && !strings.Contains(s, a.Currency) {
		s += " (" + a.Currency + ")"
	}
	if per := a.PerPeriod(); per != "" {
		s += " " + per // "NOK 237 million a year": never read as once
	}
	return s
}

// place names the country or region of a fact, or all its regions when
// it is for several together ("Middle East and North Africa and Europe").
func place(f *corpus.Fact) string {
	switch {
	case f.CountryName != "":
		return f.CountryName
	case f.Country != "":
		return f.Country
	}
	return names(f.RegionNames())
}

// describe renders what a fact states, for a line of an answer.
func describe(f *corpus.Fact) string {
	switch f.Kind {
	case corpus.KindAmount:
		return money(f.Amount)
	case corpus.KindShare:
		s := f.Share
		if s == "" && f.Largest {
			s = "the largest share"
		}
		if len(f.Regions) > 1 {
			// Stated for several regions together: theirs together,
			// whichever of them a question names.
			s += " for " + names(f.Regions) + " together"
		}
		return s
	case corpus.KindBeneficiaries:
		return strings.TrimSpace(firstNonEmpty(f.CountStated, countString(f.Count)) + " " + f.Who)
	case corpus.KindDestination:
		return "named among the places funded"
	case corpus.KindActivity:
		return firstNonEmpty(f.Text, f.Sentence)
	case corpus.KindContact:
		return contactLine(f)
	case corpus.KindOrganisation:
		return strings.TrimSpace(strings.ReplaceAll(f.Attribute, "_", " ") + ": " + f.Value)
	case corpus.KindPerson:
		return firstNonEmpty(f.Role, f.Who)
	case corpus.KindQuote:
		return "“" + f.Quote + "”"
	}
	return f.Sentence
}

// shareOfTotal renders a share with what it is a share of: the total its
// release states ("half of the USD 10 million the release states as its
// total"), or, when the release states none, that only a share is stated.
// A share alone beside amounts would read as the place's figure; fundbot
// never turns it into an amount.
func shareOfTotal(r *corpus.Release, f *corpus.Fact) string {
	s, together := describe(f), ""
	if len(f.Regions) > 1 {
		together = " for " + names(f.Regions) + " together"
		s = strings.TrimSuffix(s, together)
	}
	if t := totalRef(r); t.f != nil && t.f.Amount != nil {
		return s + " of the " + money(t.f.Amount) + " the release states as its total" + together
	}
	return s + together + " (the release states only a share, no total)"
}

func countString(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// nonEmpty returns the strings of ss that are not empty.
func nonEmpty(ss ...string) []string {
	return slices.DeleteFunc(ss, func(s string) bool { return s == "" })
}

func contactLine(f *corpus.Fact) string {
	var parts []string
	for _, p := range []struct{ label, v string }{{"", f.Office}, {"Tel: ", f.Phone}, {"Email: ", f.Email}} {
		if p.v != "" {
			parts = append(parts, p.label+p.v)
		}
	}
	return strings.Join(parts, " · ")
}

// releaseRef names a release for a sentence: “Title” (year).
func releaseRef(r *corpus.Release) string {
	if r.Period != "" {
		return fmt.Sprintf("“%s” (%s)", r.Title, r.Period)
	}
	if r.Year != 0 {
		return fmt.Sprintf("“%s” (%d)", r.Title, r.Year)
	}
	return "“" + r.Title + "”"
}

// maxSearchReleases is how many releases a passage search names outright
// at most; beyond, it filters by year and donor only.
const maxSearchReleases = 64

// passages returns up to maxPassages paragraphs: first those the facts
// come from, in order, then the index's best matches for text among the
// releases req narrows to.
func (e *Engine) passages(ctx context.Context, refs []factRef, text string, req request) ([]Passage, error) {
	var out []Passage
	add := func(r *corpus.Release, n int, score float64) {
		if len(out) >= maxPassages || r.Paragraph(n) == "" ||
			slices.ContainsFunc(out, func(p Passage) bool { return p.Paragraph == n && p.Release == r.ID }) {
			return
		}
		out = append(out, Passage{Release: r.ID, Title: r.Title, Paragraph: n, Text: r.Paragraph(n), Score: score})
	}
	for _, ref := range refs {
		add(ref.r, ref.f.Paragraph, 0)
	}
	if len(out) >= maxPassages || strings.TrimSpace(text) == "" || e.idx == nil {
		return out, nil
	}
	q := index.Query{Text: text, Type: index.Paragraphs, Size: 4 * maxPassages}
	if len(req.releases) == 1 {
		q.Release = req.releases[0]
	}
	if len(req.releases)+len(req.years)+len(req.donors)+len(req.recipients) > 0 {
		// Only the releases req narrows to can give a passage: when they
		// are few, the search looks at theirs alone (cheaper than
		// skipping through the whole index, and their best passages are
		// not crowded out of the page by other releases').
		rs := e.releasesOf(req)
		if len(rs) == 0 {
			return out, nil
		}
		if len(rs) <= maxSearchReleases {
			q.Releases = make([]string, len(rs))
			for i, r := range rs {
				q.Releases[i] = r.ID
			}
		}
	}
	if len(req.years) == 1 {
		q.Year = req.years[0]
	}
	if len(req.donors) == 1 {
		q.Donor = req.donors[0]
	}
	// One place asked about: first the paragraphs its facts come from
	// (which also keeps a search over many releases fast), then, if they
	// are too few, the best matches anywhere.
	searches := []index.Query{q}
	switch placed := q; {
	case len(req.countries) == 1 && len(req.regions) == 0:
		placed.Country = req.countries[0].Code
		searches = []index.Query{placed, q}
	case len(req.regions) == 1 && len(req.countries) == 0:
		placed.Region = req.regions[0]
		searches = []index.Query{placed, q}
	}
	for _, sq := range searches {
		if len(out) >= maxPassages {
			break
		}
		hits, err := e.idx.Search(ctx, sq)
		if err != nil {
			return nil, fmt.Errorf("search passages: %w", err)
		}
		for _, h := range hits {
			r, ok := e.c.Release(h.Release)
			if !ok || !releaseMatches(r, req) {
				continue
			}
			add(r, h.Paragraph, h.Score)
		}
	}
	return out, nil
}

// facts returns the facts of refs.
func facts(refs []factRef) []*corpus.Fact {
	out := make([]*corpus.Fact, len(refs))
	for i, ref := range refs {
		out[i] = ref.f
	}
	return out
}

// notCovered answers when a request names a year, donor or country the
// corpus does not cover at all.
func (e *Engine) notCovered(req request) (Answer, bool) {
	var missing []string
	undated := req.intent == intentAmount && len(e.undated(req)) > 0
	for _, y := range req.years {
		// A release of no year may state a figure of this one ("The
		// total funding for humanitarian assistance in 2025 is over EUR
		// 111 million"): the year is covered then.
		if !slices.Contains(e.years, y) && !undated && len(e.releases.get().byYear[y]) == 0 {
			missing = append(missing, fmt.Sprintf("The corpus has no release for %d.", y))
		}
	}
	for _, c := range req.notDonor {
		missing = append(missing, fmt.Sprintf("%s is not a donor in any release in the corpus.", c.Name))
	}
	var others []Item
	if req.unknownGiver != "" {
		// What the releases do say of that giver: another donor's money
		// they mention, quoted as context, never the release's own gift.
		missing = append(missing, fmt.Sprintf("“%s” is not a donor in any release in the corpus.", req.unknownGiver))
		for _, ref := range e.ofKind(corpus.KindAmount, request{}) {
			if !containsFold(ref.f.Sentence, req.unknownGiver) || len(others) >= maxRest {
				continue
			}
			if ref.f.Context != "" {
				others = append(others, item(ref, "Context ("+ref.f.Context+"), not a gift of the release's donor", ref.f.Amount.Stated))
			} else {
				// "... presented $200,000, given by a Kuwaiti fund": a sum
				// its sentence ties to that giver, as the release reads it.
				others = append(others, item(ref, "Stated in a sentence that names “"+req.unknownGiver+"”", ref.f.Amount.Stated))
			}
		}
	}
	var unknownRegions []string
	for _, r := range req.regions {
		if len(e.byRegion[corpus.Fold(r)]) == 0 {
			unknownRegions = append(unknownRegions, r)
		}
	}
	// A place unknown to the corpus, asked of a donor or recipient it
	// holds, is answered by the amount answer: those releases do not
	// state it.
	ofKnown := req.intent == intentAmount && len(req.donors)+len(req.recipients) > 0
	if len(req.countries) == 0 && len(unknownRegions) == len(req.regions) && !ofKnown {
		// Every place the question names is unknown to the corpus's
		// facts. A release may still name it in passing (in what the
		// money does, say), so the answer says no release states funding
		// for it, not that none mentions it.
		for _, c := range req.unknown {
			missing = append(missing, fmt.Sprintf("No release in the corpus states funding for %s.", inSentence(c.Name)))
		}
		for _, r := range unknownRegions {
			missing = append(missing, fmt.Sprintf("No release in the corpus states funding for %s.", r))
		}
	}
	if req.unresolved != "" && req.command == "funding" {
		missing = append(missing, fmt.Sprintf("“%s” is not a country, region, donor, year or release in the corpus.", req.arg))
	}
	notes := e.coverage()
	if req.command == "funding" && len(req.sectors) > 0 && len(req.donors)+len(req.recipients)+len(req.countries)+len(req.regions)+len(req.releases) == 0 &&
		!e.statesSector(req.sectors) {
		// "/funding shelter" and not one amount in the corpus is stated
		// for the sector: say so plainly, never give a release's total
		// for it. (A question, or a command naming more, is answered
		// release by release: each "does not state a separate amount".)
		missing = append(missing, fmt.Sprintf("No release in the corpus states an amount for %s; fundbot does not divide a release's total.", names(req.sectors)))
		if len(e.sectors) > 0 {
			notes = append(notes, "Sectors the releases state amounts for: "+strings.Join(e.sectors, ", ")+".")
		}
	}
	if len(missing) == 0 {
		return Answer{}, false
	}
	return Answer{
		Kind:     KindNotFound,
		Headline: strings.Join(missing, " "),
		Items:    others,
		Notes:    notes,
	}, true
}

// statesSector reports whether an amount in the corpus is stated for one
// of the sectors asked about (or one they cover: "health" covers "maternal
// health").
func (e *Engine) statesSector(asked []string) bool {
	return slices.ContainsFunc(asked, func(a string) bool {
		return slices.ContainsFunc(e.sectors, func(s string) bool { return corpus.SectorCovers(a, s) })
	})
}

// coverage lists what the corpus covers, for not-found answers. The list
// is computed once and clipped, so an answer that appends to it copies it.
func (e *Engine) coverage() []string { return e.covered }

// releasesOf returns the releases a request narrows to, in corpus order.
func (e *Engine) releasesOf(req request) []*corpus.Release {
	var out []*corpus.Release
	cands, all := e.candidates(req)
	if all {
		for _, r := range e.c.Releases {
			if releaseMatches(r, req) {
				out = append(out, r)
			}
		}
		return out
	}
	for _, at := range cands {
		if r := e.c.Releases[at]; releaseMatches(r, req) {
			out = append(out, r)
		}
	}
	return out
}

// country answers what the corpus states for each country a request names.
func (e *Engine) country(ctx context.Context, req request) (Answer, error) {
	a := Answer{Kind: KindCountry}
	var used []factRef
	var heads []string
	for _, c := range req.countries {
		refs := e.ofCountry(c.Code, req)
		if len(refs) == 0 {
			heads = append(heads, fmt.Sprintf("No release for what you asked mentions %s.", inSentence(req.placeName(c))))
			continue
		}
		one := req
		one.countries, one.regions = []corpus.Country{c}, nil
		figures, rest, notes, head := e.placeFacts(req.placeName(c), refs, one)
		heads = append(heads, head)
		a.Items = append(a.Items, figures...)
		a.Items = append(a.Items, rest...)
		a.Notes = append(a.Notes, notes...)
		used = append(used, refs...)
	}
	a.Headline = strings.Join(heads, " ")
	var err error
	a.Facts = facts(used)
	a.Passages, err = e.passages(ctx, preferActivities(used), placeQuery(req), req)
	return a, err
}

// region answers what the corpus states for each region a request names.
func (e *Engine) region(ctx context.Context, req request) (Answer, error) {
	a := Answer{Kind: KindCountry}
	var used []factRef
	var heads []string
	for _, name := range req.regions {
		refs := e.ofRegion(name, req)
		if len(refs) == 0 {
			heads = append(heads, fmt.Sprintf("No release for what you asked mentions the region %s.", name))
			continue
		}
		one := req
		one.countries, one.regions = nil, []string{name}
		figures, rest, notes, head := e.placeFacts(e.regionName[corpus.Fold(name)], refs, one)
		heads = append(heads, head)
		a.Items = append(a.Items, figures...)
		a.Items = append(a.Items, rest...)
		a.Notes = append(a.Notes, notes...)
		used = append(used, refs...)
	}
	if len(heads) == 0 {
		return e.notCoveredRegion(req), nil
	}
	a.Headline = strings.Join(heads, " ")
	var err error
	a.Facts = facts(used)
	a.Passages, err = e.passages(ctx, preferActivities(used), placeQuery(req), req)
	return a, err
}

func (e *Engine) notCoveredRegion(req request) Answer {
	return Answer{
		Kind:     KindNotFound,
		Headline: fmt.Sprintf("No release in the corpus states funding for %s.", names(req.regions)),
		Notes:    e.coverage(),
	}
}

// placeQuery is the search text for a country or region question.
func placeQuery(req request) string {
	var ws []string
	for _, c := range req.countries {
		ws = append(ws, c.Name)
	}
	return strings.Join(append(ws, req.regions...), " ")
}

// preferActivities orders refs so that the paragraphs describing the work
// come first among the passages.
func preferActivities(refs []factRef) []factRef {
	out := slices.Clone(refs)
	rank := func(k corpus.Kind) int {
		switch k {
		case corpus.KindActivity:
			return 0
		case corpus.KindAmount, corpus.KindShare, corpus.KindBeneficiaries:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(out, func(a, b factRef) int { return rank(a.f.Kind) - rank(b.f.Kind) })
	return out
}

// placeFacts turns the facts about one place into figures (amounts, shares,
// beneficiaries), other items (destination, activities), honest notes on
// what is not stated, and a headline.
//
// one is the request narrowed to this place: a release whose total is,
// by its own words, for this place alone gives that total for it.
func (e *Engine) placeFacts(name string, refs []factRef, one request) (figures, rest []Item, notes []string, head string) {
	var stated []string
	byRelease := map[*corpus.Release][]factRef{}
	var order []*corpus.Release
	for _, ref := range refs {
		if _, ok := byRelease[ref.r]; !ok {
			order = append(order, ref.r)
		}
		byRelease[ref.r] = append(byRelease[ref.r], ref)
	}
	shareLabel := name + " — share"
	peopleLabel := name + " — people to be helped"
	activityLabel := name + " — what the money does"
	var missing []*corpus.Release // releases that state no amount for the place
	// mentionOnly are those of them that name it only in what is done,
	// without saying that money goes there.
	mentionOnly := map[*corpus.Release]bool{}
	for _, r := range order {
		hasAmount := false
		// "China has donated 1 million U.S. dollars ... to the WFP in
		// Syria": the total of a release for this place alone, before
		// any part it states there.
		covered := false
		if t := totalRef(r); t.f != nil && totalCovers(r, t.f, one) {
			figures = append(figures, item(t, name+" — the release's total, for it alone", describe(t.f)))
			stated = append(stated, figures[len(figures)-1].Value)
			covered = true
		} else if t.f != nil && !slices.ContainsFunc(byRelease[r], func(ref factRef) bool { return ref.f.Kind == corpus.KindAmount && ref.f.Context == "" }) && onlyPlace(r, t.f, one) {
			figures = append(figures, item(t, name+" — "+onlyPlaceLabel, describe(t.f)))
			stated = append(stated, describe(t.f)+" (a release's total; "+inSentence(name)+" is the only place it names as funded)")
			covered = true
		}
		for _, ref := range byRelease[r] {
			switch ref.f.Kind {
			case corpus.KindAmount:
				// "$500 million in partnership with the UAE to fill food
				// needs in Yemen", beside the release's own gift: a gift
				// the release's donor gave jointly with another, for this
				// place, said with both givers and as not this release's.
				if g := giverLabel(r, ref.f); ref.f.Context == "other gift" && strings.HasPrefix(g, "joint: ") {
					figures = append(figures, item(ref, name+" — "+g+" — another gift, not this release's", describe(ref.f)))
					stated = append(stated, describe(ref.f)+" from "+g+" (another gift the release tells of, not its own)")
					hasAmount = true
					continue
				}
				if ref.f.Context != "" {
					// Not what the place gets in this release: quoted,
					// labelled, never in the headline.
					rest = append(rest, item(ref, name+" — context ("+ref.f.Context+"), not a gift", ref.f.Amount.Stated))
					continue
				}
				hasAmount = true
				// Each giver's own amount says whose it is: one of
				// several givers' is never the place's whole (givers.go).
				label, value := name, describe(ref.f)
				if g := giverLabel(r, ref.f); g != "" {
					label, value = name+" — "+g, value+" from "+g
				}
				// "USD 0.5 million ... through UNICEF for the people of
				// Sri Lanka", under a total of USD 3.5 million for Sri
				// Lanka alone: a part of that total, said so, never a
				// second figure beside it.
				if t := totalRef(r); covered && !ref.f.Total && t.f != nil && t.f.Amount != nil && ref.f.Amount != nil &&
					ref.f.Amount.Currency == t.f.Amount.Currency && ref.f.Amount.Value < t.f.Amount.Value {
					what := strings.Join(nonEmpty(ref.f.Recipient, ref.f.Sector), ", ")
					if what != "" {
						what = " for " + what
					}
					label, value = name+" — part of the release's total"+what, value+" of it"+what
				} else if placeAndMore(ref.f.Sentence, one) {
					// "Syria and its neighbouring countries, which will
					// receive EUR 15 million": not Syria's alone.
					label, value = name+" — for it and more places together", value+" (for "+inSentence(name)+" and more places together)"
				} else if ref.f.Recipient != "" && !ref.f.Total {
					// "2. Pakistan / UNHCR: 2.1 million / UNICEF: 1.4
					// million": one recipient's row under the place,
					// never read as the place's whole figure.
					label, value = name+" — to "+ref.f.Recipient, value+" to "+ref.f.Recipient
				}
				figures = append(figures, item(ref, label, describe(ref.f)))
				stated = append(stated, value)
			case corpus.KindShare:
				figures = append(figures, item(ref, shareLabel, shareOfTotal(r, ref.f)))
				stated = append(stated, figures[len(figures)-1].Value)
			case corpus.KindBeneficiaries:
				figures = append(figures, item(ref, peopleLabel, describe(ref.f)))
			case corpus.KindActivity:
				rest = append(rest, item(ref, activityLabel, describe(ref.f)))
			default:
				rest = append(rest, item(ref, name, describe(ref.f)))
			}
		}
		// "nearly $199 million ... for Rohingya refugees and host
		// communities in Bangladesh and the region": the total is for the
		// place and more together, shown after what is stated for the
		// place alone.
		if t := totalRef(r); !covered && t.f != nil && totalAmongMore(r, t.f, one) {
			figures = append(figures, item(t, name+" — the release's total, for it and more places together", describe(t.f)))
			stated = append(stated, describe(t.f)+" (a release's total, for "+inSentence(name)+" and more places together)")
		} else if p, ok := partAmongMore(r, partsOf(r), one); !covered && ok {
			// "US$6.75 million ... in West African countries including
			// Guinea, Liberia and Sierra Leone": a part for the place
			// and more together (amounts.go).
			figures = append(figures, item(p, name+" — a part, for it and more places together", describe(p.f)))
			stated = append(stated, describe(p.f)+" (a part, for "+inSentence(name)+" and more places together)")
		}
		// The other givers' amounts of a release that names no total
		// and no other place (givers.go).
		unplaced := unplacedGifts(r, one)
		if len(unplaced) > 0 {
			notes = append(notes, fmt.Sprintf("The release %s states no total: each giver's amount is listed with its giver, and fundbot does not add them.", releaseRef(r)))
		}
		for _, ref := range unplaced {
			if slices.ContainsFunc(byRelease[r], func(x factRef) bool { return x.f == ref.f }) {
				continue
			}
			hasAmount = true
			g := giverLabel(r, ref.f)
			figures = append(figures, item(ref, name+" — "+g+" ("+unplacedLabel+")", describe(ref.f)))
			stated = append(stated, describe(ref.f)+" from "+g)
		}
		if !hasAmount && !covered {
			// A release that only mentions the place (in what its
			// money does elsewhere, or in the news around it) does not
			// fund it as far as its words go: saying "fundbot does not
			// divide its total" would imply it does.
			missing = append(missing, r)
			if !slices.ContainsFunc(byRelease[r], func(ref factRef) bool {
				return ref.f.Kind != corpus.KindActivity
			}) {
				mentionOnly[r] = true
			}
		}
	}
	notes = append(notes, e.notStated(name, missing, mentionOnly)...)
	if len(rest) > maxRest {
		// Every figure stays; what releases say besides figures is cut to
		// the first few, with a way to see the others.
		more := map[*corpus.Release]bool{}
		latest := 0
		for _, it := range rest[maxRest:] {
			r, _ := e.c.Release(it.Release)
			more[r] = true
			latest = max(latest, r.Year)
		}
		note := fmt.Sprintf("%d more lines from %d releases say where and how %s is funded, without figures;", len(rest)-maxRest, len(more), name)
		if latest != 0 {
			note += fmt.Sprintf(" narrow the question by year or donor to see them, for example “/funding %s %d”.", name, latest)
		} else {
			note += " narrow the question by donor to see them."
		}
		rest = rest[:maxRest]
		notes = append(notes, note)
	}
	const shown = 3
	switch {
	case len(stated) > 0:
		head = fmt.Sprintf("%s: %s, as stated", name, lowerFirst(strings.Join(stated[:min(shown, len(stated))], "; ")))
		if len(stated) > shown {
			head += fmt.Sprintf("; %d more figures below", len(stated)-shown)
		}
		head += "."
		if len(notes) > 0 {
			head += " " + notes[0]
			notes = notes[1:]
		}
	case len(notes) > 0:
		head = notes[0]
		notes = notes[1:]
	default:
		head = fmt.Sprintf("What the corpus states for %s.", name)
	}
	return figures, rest, notes, head
}

// totalRef points at a release's total fact, or has a nil fact.
func totalRef(r *corpus.Release) factRef {
	for i := range r.Facts {
		if r.Facts[i].Total {
			return factRef{r, &r.Facts[i]}
		}
	}
	return factRef{r: r}
}

// notStated says plainly which releases name a place but state no amount
// for it: one note per release when they are few, one note for all when
// they are many.
//
// A release that names the place only in what is done (mentionOnly), not
// as where its money goes, gets no "fundbot does not divide its total",
// which would imply its total covers the place ("violations ... such as in
// Syria", a minister's words about "the people of Syria").
func (e *Engine) notStated(name string, missing []*corpus.Release, mentionOnly map[*corpus.Release]bool) []string {
	const each = 3
	if len(missing) > each {
		refs := make([]string, each)
		for i, r := range missing[:each] {
			refs[i] = releaseRef(r)
		}
		note := fmt.Sprintf("%d releases that name %s do not state a separate amount for it, among them %s",
			len(missing), inSentence(name), names(append(refs, fmt.Sprintf("%d more", len(missing)-each))))
		if len(mentionOnly) < len(missing) {
			note += "; fundbot does not divide their totals"
		}
		return []string{note + "."}
	}
	var notes []string
	for _, r := range missing {
		which := "The release"
		if len(e.c.Releases) > 1 {
			which = "The release " + releaseRef(r)
		}
		note := fmt.Sprintf("%s does not state a separate amount for %s.", which, inSentence(name))
		if _, ok := r.Total(); ok && !mentionOnly[r] {
			// Not the total's figure: it is not the place's amount.
			note = strings.TrimSuffix(note, ".") + "; fundbot does not divide its total."
		}
		notes = append(notes, note)
	}
	return notes
}

// inSentence writes a country's name as it reads inside a sentence: "the
// Philippines", "the United Republic of Tanzania", but "Kenya".
func inSentence(name string) string {
	for _, p := range []string{"United ", "Democratic Republic", "Central African Republic", "Dominican Republic",
		"Czech Republic", "Republic of", "Gambia"} {
		if strings.HasPrefix(name, p) {
			return "the " + name
		}
	}
	switch name {
	case "Philippines", "Netherlands", "Bahamas", "Comoros", "Maldives", "Seychelles", "Holy See", "West Bank":
		return "the " + name
	}
	if strings.HasSuffix(name, " Islands") {
		return "the " + name // the Solomon Islands
	}
	return name
}

// lowerFirst lowers the first letter of a stated phrase that begins a
// sentence in the release ("The largest share", "Almost half"), so that it
// reads inside fundbot's sentence; codes and names in capitals ("USD 5
// million", "US$ 2 million") are left as they are.
func lowerFirst(s string) string {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'a' || s[1] > 'z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// totals answers totals per release, donor or year, with derived sums
// where several releases add up.
func (e *Engine) totals(ctx context.Context, q string, req request) (Answer, error) {
	a := Answer{Kind: KindTotal}
	releases := e.releasesOf(req)
	if len(releases) == 0 {
		return Answer{Kind: KindNotFound, Headline: "No release in the corpus matches " + describeFilter(req) + ".", Notes: e.coverage()}, nil
	}
	var used, shown []factRef
	for _, r := range releases {
		// Another donor's money told in r, or a joint gift: listed with
		// its giver, never as the donor's total or in a sum (givers.go).
		if len(req.donors) > 0 && !ownRelease(r, req.donors) {
			for _, ref := range e.othersMoney(r, req, narrowing{}).gifts {
				a.Items = append(a.Items, item(ref, partLabel(r, ref.f)+" ("+otherGiversNote(r)+"; not its donor's gift)", money(ref.f.Amount)))
				shown = append(shown, ref)
			}
			continue
		}
		t, ok := r.Total()
		if !ok {
			a.Notes = append(a.Notes, fmt.Sprintf("The release %s states no total amount.", releaseRef(r)))
			continue
		}
		i := slices.IndexFunc(r.Facts, func(f corpus.Fact) bool { return f.Kind == corpus.KindAmount && f.Total })
		ref := factRef{r, &r.Facts[i]}
		if len(req.donors) > 0 && !givenByOnly(r, ref.f, req.donors) {
			a.Items = append(a.Items, item(ref, totalLabel(r)+" (a joint gift; not added to "+names(req.donors)+"'s)", money(t.Amount)))
			shown = append(shown, ref)
			continue
		}
		used = append(used, ref)
		a.Items = append(a.Items, item(ref, totalLabel(r), money(t.Amount)))
	}
	what := describeFilter(req)
	switch {
	case len(used) == 1:
		t := used[0]
		a.Headline = fmt.Sprintf("%s: %s, as stated in %s.", totalLabel(t.r), money(t.f.Amount), releaseRef(t.r))
	case len(used) > 1:
		sums, notes, heads := derivedSums(used, what)
		a.Items = append(sums, a.Items...)
		a.Notes = append(a.Notes, notes...)
		if len(heads) > 0 {
			a.Headline = "Total: " + strings.Join(heads, "; ") + "."
		} else {
			a.Headline = fmt.Sprintf("Totals stated for %s, release by release.", what)
		}
	case len(shown) > 0:
		a.Headline = fmt.Sprintf("No release of %s states a total of its own; the amounts below are stated jointly or in other donors' releases.", what)
	default:
		a.Headline = fmt.Sprintf("No release for %s states a total amount.", what)
	}
	if currencies(used) > 1 {
		a.Notes = append(a.Notes, "The releases state amounts in different currencies; fundbot does not convert them.")
	}
	// "/funding Saudi Arabia": a donor country that no release names as a
	// place the money goes to. What it gives is no funding for it.
	if c, ok := corpus.LookupCountry(strings.Join(req.donors, "")); ok && req.command == "funding" && len(req.donors) == 1 && !e.mentioned(c) {
		a.Headline = fmt.Sprintf("Given by %s (no release names %s as a place the money goes to): %s", c.Name, c.Name, a.Headline)
	}
	used = append(used, shown...)
	a.Facts = facts(used)
	var err error
	a.Passages, err = e.passages(ctx, used, searchText(q, req), req)
	return a, err
}

// searchText is the text to search passages with: the question, or for a
// command its argument.
func searchText(q string, req request) string {
	if req.command != "" {
		return req.arg
	}
	return q
}

// totalLabel names a release's total: "Total, Japan to IOM, 2011",
// "Total, China to WFP, for food assistance".
func totalLabel(r *corpus.Release) string {
	label := "Total"
	if len(r.Donors) > 0 {
		label += ", " + names(r.Donors)
		// To the release's one recipient, when the total is said to go
		// to it: a total for several is none's alone, and the one
		// organisation a release names may get only a part.
		if t, ok := r.Total(); ok && r.Recipient != "" && len(recipientsOf(r)) == 1 &&
			(t.Recipient == r.Recipient || containsFold(r.Title+" "+t.Sentence, r.Recipient) && !corpus.SharedWithUN(r.Title+" "+t.Sentence) &&
				!corpus.NamedOnlyAfterIncluding(r.Title+" "+t.Sentence, func(text string) bool { return containsFold(text, r.Recipient) }) &&
				// (Nor when the text gives it "a portion of the gift".)
				!corpus.PartlyTo(r.Paragraphs, func(text string) bool { return containsFold(text, r.Recipient) })) {
			label += " to " + r.Recipient
		}
	}
	// What the whole gift is for, when the release says: "for food
	// assistance".
	if t, ok := r.Total(); ok && t.Sector != "" {
		label += ", for " + t.Sector
	}
	switch {
	case r.Period != "":
		label += ", " + r.Period
	case r.Year != 0:
		label += fmt.Sprintf(", %d", r.Year)
	}
	return label
}

// periodNote says, for a release whose money is for a period of years,
// that an amount of it asked for some of those years is the period's
// together ("for 2023-2024 together; the release does not state 2024's
// share"), as fundbot never divides it; "" when r states no period or no
// year is asked.
func periodNote(r *corpus.Release, amount string, years []int) string {
	first, last := r.PeriodYears()
	if first == 0 || len(years) == 0 {
		return ""
	}
	var in []string
	for _, y := range years {
		if y >= first && y <= last {
			in = append(in, strconv.Itoa(y))
		}
	}
	if len(in) == 0 {
		return ""
	}
	if len(in) == last-first+1 || slices.Min(years) <= first && slices.Max(years) >= last {
		return fmt.Sprintf("%s in %s is for %s together.", amount, releaseRef(r), r.Period)
	}
	return fmt.Sprintf("%s in %s is for %s together; the release does not state %s's share, and fundbot does not divide it.", amount, releaseRef(r), r.Period, strings.Join(in, " and "))
}

// wholePeriodAsked reports whether the years asked hold every year of r's
// period, or its first and last (or r states none): only then is its
// amount that money's own.
func wholePeriodAsked(r *corpus.Release, years []int) bool {
	first, last := r.PeriodYears()
	if first == 0 || len(years) > 0 && slices.Min(years) <= first && slices.Max(years) >= last {
		return true // "from 2025 to 2027" asks for the period's ends
	}
	for y := first; y <= last; y++ {
		if !slices.Contains(years, y) {
			return false
		}
	}
	return true
}

// describeFilter says in words what a request narrows to.
func describeFilter(req request) string {
	var parts []string
	if len(req.donors) > 0 {
		parts = append(parts, names(req.donors))
	}
	if len(req.recipients) > 0 {
		parts = append(parts, "to "+names(req.recipients))
	}
	for _, y := range req.years {
		parts = append(parts, strconv.Itoa(y))
	}
	parts = append(parts, req.releases...)
	if len(parts) == 0 {
		return "all releases"
	}
	return strings.Join(parts, ", ")
}

// formatMoney writes a derived sum: "USD 81.4 million".
func formatMoney(v float64, currency string) string {
	unit, div := "", 1.0
	switch {
	case v >= 1e9:
		unit, div = " billion", 1e9
	case v >= 1e6:
		unit, div = " million", 1e6
	}
	n := strconv.FormatFloat(v/div, 'f', -1, 64)
	if div > 1 {
		n = strconv.FormatFloat(v/div, 'f', 2, 64)
		n = strings.TrimRight(strings.TrimRight(n, "0"), ".")
	}
	return strings.TrimSpace(currency + " " + n + unit)
}

// kindAnswer answers with the facts of some kinds, narrowed by the places,
// donors and years a request names.
func (e *Engine) kindAnswer(ctx context.Context, q string, req request, kind Kind, head, none string, kinds ...corpus.Kind) (Answer, error) {
	return e.kindAnswerOf(ctx, q, req, e.kindRefs(req, kinds...), kind, head, none)
}

// kindRefs returns the facts of some kinds, narrowed by the places, donors
// and years a request names.
func (e *Engine) kindRefs(req request, kinds ...corpus.Kind) []factRef {
	var refs []factRef
	if len(req.countries) == 0 && len(req.regions) == 0 {
		for _, k := range kinds {
			refs = append(refs, e.ofKind(k, req)...)
		}
		return refs
	}
	for _, c := range req.countries {
		refs = append(refs, e.ofCountry(c.Code, req, kinds...)...)
	}
	for _, r := range req.regions {
		refs = append(refs, e.ofRegion(r, req, kinds...)...)
	}
	return refs
}

// kindAnswerOf answers with the facts refs.
func (e *Engine) kindAnswerOf(ctx context.Context, q string, req request, refs []factRef, kind Kind, head, none string) (Answer, error) {
	a := Answer{Kind: kind}
	if len(refs) == 0 {
		a.Headline = none
		if where := placeQuery(req); where != "" {
			a.Headline = strings.TrimSuffix(none, ".") + " for " + names(append(countryNames(req), req.regions...)) + "."
		}
		var err error
		a.Passages, err = e.passages(ctx, nil, searchText(q, req), req)
		return a, err
	}
	for _, ref := range refs {
		label := place(ref.f)
		if ref.f.Person != "" {
			label = ref.f.Person
		}
		if label == "" {
			label = ref.r.Recipient
		}
		a.Items = append(a.Items, item(ref, label, describe(ref.f)))
	}
	a.Headline = head
	a.Facts = facts(refs)
	var err error
	a.Passages, err = e.passages(ctx, refs, searchText(q, req), req)
	return a, err
}

func countryNames(req request) []string {
	var out []string
	for _, c := range req.countries {
		out = append(out, c.Name)
	}
	return out
}

// shares answers what shares of the totals the releases state; asked for
// the largest, it keeps the shares a release calls the largest.
func (e *Engine) shares(ctx context.Context, q string, req request) (Answer, error) {
	refs := e.kindRefs(req, corpus.KindShare)
	head := "Shares of the funding, as the releases state them."
	var notes []string
	if req.largest {
		largest := slices.DeleteFunc(slices.Clone(refs), func(ref factRef) bool { return !ref.f.Largest })
		if len(largest) == 0 && len(refs) > 0 {
			notes = append(notes, "No release names a largest share; these are the shares it states.")
		} else if len(largest) > 0 {
			refs = largest
			var heads []string
			for _, ref := range largest {
				// A share of no place is an organisation's or a
				// sector's ("The bulk of the money is for the Red
				// Cross"): named so, never an empty name.
				who := cmp.Or(place(ref.f), ref.f.Recipient, ref.f.Sector)
				if who == "" {
					heads = append(heads, fmt.Sprintf("%s names a largest share without saying where it goes", releaseRef(ref.r)))
					continue
				}
				heads = append(heads, fmt.Sprintf("%s gets the largest share of the funding in %s", who, releaseRef(ref.r)))
			}
			head = strings.Join(heads, "; ") + "."
		}
	}
	a, err := e.kindAnswerOf(ctx, q, req, refs, KindShare, head, "No release states a share of its funding.")
	if err != nil || len(a.Items) == 0 {
		return a, err
	}
	a.Notes = append(notes, "Shares are quoted as stated; fundbot does not turn them into amounts.")
	if slices.ContainsFunc(refs, func(ref factRef) bool { return len(ref.f.Regions) > 1 }) {
		a.Notes = append(a.Notes, "A share the release states for several regions together is theirs together; fundbot does not split it between them.")
	}
	return a, nil
}

func (e *Engine) beneficiaries(ctx context.Context, q string, req request) (Answer, error) {
	return e.kindAnswer(ctx, q, req, KindBeneficiaries, "People the funding will help, as the releases count them.",
		"The releases do not state how many people the funding will help.", corpus.KindBeneficiaries)
}

func (e *Engine) activities(ctx context.Context, q string, req request) (Answer, error) {
	return e.kindAnswer(ctx, q, req, KindActivities, "What the funding will do, in the releases' words.",
		"No release describes activities.", corpus.KindActivity)
}

func (e *Engine) organisation(ctx context.Context, q string, req request) (Answer, error) {
	return e.kindAnswer(ctx, q, req, KindOrganisation, "What the releases say about the organisation.",
		"No release states facts about the organisation.", corpus.KindOrganisation)
}

func (e *Engine) people(ctx context.Context, q string, req request) (Answer, error) {
	// "Who is Natalia Kanem?": that person, never everyone the releases
	// name.
	named := req.people
	if m := whoIsRe.FindStringSubmatch(q); len(named) == 0 && m != nil && !e.namesNoOneElse(req, m[1]) && !roleWordRe.MatchString(m[1]) {
		named = []string{m[1]}
	}
	if len(named) > 0 {
		req.years = nil
		var refs []factRef
		for _, kind := range []corpus.Kind{corpus.KindPerson, corpus.KindQuote} {
			for _, ref := range e.ofKind(kind, req) {
				if personMatches(ref.f.Person, named) {
					refs = append(refs, ref)
				}
			}
		}
		return e.kindAnswerOf(ctx, q, req, refs, KindPeople, rolesHead(named, refs),
			fmt.Sprintf("fundbot found no person named %s in the releases (a release may still mention the name without a role or quote it could read).", names(named)))
	}
	// "Who announced the Dutch contribution to WFP in South Sudan?": the
	// people of the releases about the place, whose own sentences need
	// not name it.
	if len(req.countries)+len(req.regions) > 0 && len(req.releases) == 0 {
		var ids []string
		for _, r := range e.releasesOf(req) {
			if mentionsPlace(r, req) {
				ids = append(ids, r.ID)
			}
		}
		if len(ids) > 0 {
			req.releases, req.countries, req.regions = ids, nil, nil
		}
	}
	// The roles lead, when the releases give any: "Lilianne Ploumen:
	// Dutch minister for Foreign Trade ...".
	refs := e.kindRefs(req, corpus.KindPerson, corpus.KindQuote)
	head := "People the releases name, and their roles."
	if roles := rolesHead(nil, refs); !strings.HasPrefix(roles, "What the releases say") {
		head = roles
	}
	return e.kindAnswerOf(ctx, q, req, refs, KindPeople, head, "No release names people.")
}

// rolesHead is the headline of an answer about named people: the roles
// the releases give them, each once ("Miguel Berger: State Secretary of
// the German Federal Foreign Office."), or what the releases say of them
// when they give none.
func rolesHead(named []string, refs []factRef) string {
	var roles []string
	for _, ref := range refs {
		if ref.f.Kind != corpus.KindPerson || ref.f.Role == "" {
			continue
		}
		if r := ref.f.Person + ": " + ref.f.Role; !slices.Contains(roles, r) && len(roles) < 3 {
			roles = append(roles, r)
		}
	}
	if len(roles) == 0 {
		return fmt.Sprintf("What the releases say of %s.", names(named))
	}
	return strings.Join(roles, "; ") + ", as the releases name them."
}

// whoIsMeant is the reply to a question whose only subject is a pronoun
// ("What did they say?", "How much did they give?"): fundbot keeps no
// earlier question to tell whom it stands for. example, if any, is a
// question that names one.
func whoIsMeant(pronoun, what, example string) Answer {
	head := fmt.Sprintf("fundbot cannot tell who “%s” means from this message alone: name %s", pronoun, what)
	if example != "" {
		head += fmt.Sprintf(", as in “%s”", example)
	}
	return Answer{Kind: KindNotFound, Headline: head + "."}
}

// pronouns stand for a speaker named before: alone, they name no one.
var pronouns = map[string]bool{"they": true, "he": true, "she": true, "it": true, "we": true, "you": true, "them": true, "i": true}

// quotes answers what the releases quote: the words of the people the
// question names (by name or surname, whatever year it mentions), else
// every quote of the releases it narrows to.
func (e *Engine) quotes(ctx context.Context, q string, req request) (Answer, error) {
	if words := saidWords(q); len(req.people) == 0 && len(words) > 0 {
		// "Who said the situation is dangerous and volatile?": the
		// quotations holding those words, whatever place or year they
		// name, since those are what was said.
		req.years, req.countries, req.regions = nil, nil, nil
		refs := e.quotesSaying(req, words)
		head := "The releases quote these words without saying who said them."
		if speakers := speakersOf(refs); len(speakers) > 0 {
			head = fmt.Sprintf("%s said it, as the releases quote.", names(speakers))
		}
		return e.kindAnswerOf(ctx, q, req, refs, KindPeople, head, "No release quotes anyone saying that.")
	}
	if len(req.people) == 0 {
		// "What did they say?", with nothing before it: no one named.
		if name := speakerNamed(q); pronouns[strings.ToLower(name)] {
			example := ""
			if len(e.persons) > 0 {
				example = fmt.Sprintf("What did %s say?", e.persons[0].name)
			}
			return whoIsMeant(name, "the person or the organisation", example), nil
		}
		if name := speakerNamed(q); name != "" && !e.namesNoOneElse(req, name) {
			// A speaker named: their words, or plainly none; never
			// everyone else's. A year is what they spoke of.
			req.years = nil
			refs := e.quotesNaming(req, name)
			return e.kindAnswerOf(ctx, q, req, refs, KindPeople, fmt.Sprintf("What the releases quote %s as saying.", name),
				fmt.Sprintf("No release in the corpus quotes %s.", name))
		}
		refs := e.kindRefs(req, corpus.KindQuote)
		head := "What the releases quote."
		if speakers := speakersOf(refs); len(speakers) > 0 && has(corpus.Fold(q), "who") {
			// "Who spoke for WFP?": the speakers lead, their words follow.
			head = fmt.Sprintf("The releases quote %s.", names(speakers))
		}
		return e.kindAnswerOf(ctx, q, req, refs, KindPeople, head, "No release quotes anyone.")
	}
	// "What did Penny Mordaunt say about 2018?": the year is what she
	// spoke of, not a release to narrow to.
	req.years = nil
	var refs []factRef
	for _, kind := range []corpus.Kind{corpus.KindQuote, corpus.KindPerson} {
		for _, ref := range e.ofKind(kind, req) {
			if personMatches(ref.f.Person, req.people) {
				refs = append(refs, ref)
			}
		}
		if len(refs) > 0 {
			break
		}
	}
	head := fmt.Sprintf("What %s said, as the releases quote it.", names(req.people))
	return e.kindAnswerOf(ctx, q, req, refs, KindPeople, head, fmt.Sprintf("No release quotes %s.", names(req.people)))
}

// whoIsRe asks who a person is: "Who is Natalia Kanem?".
var whoIsRe = regexp.MustCompile(`^\s*(?i:who\s+(?:is|was))\s+(?:(?i:mr|ms|mrs|dr)\.?\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*[?.!]*\s*$`)

// roleWordRe is a word of a role, not of a name: "Who is Director
// General?" asks for a role.
var roleWordRe = regexp.MustCompile(`\b(?:Director|Minister|Secretary|Ambassador|President|Commissioner|Administrator|Representative|Chief|Head|Coordinator|Chair|Spokes\w*|General|Executive|Officer|Envoy)\b`)

// whoSaidRe asks who said some words: "Who said that 2018 may be even
// bleaker?".
var whoSaidRe = regexp.MustCompile(`(?i)^\s*who\s+(?:said|says|has said|stated|warned|called|described)\s+(?:that\s+)?(.+?)[?.!]*\s*$`)

// saidWords returns the folded words of weight (four letters or more) a
// "who said ..." question asks the speaker of, or nil.
func saidWords(q string) []string {
	m := whoSaidRe.FindStringSubmatch(q)
	if m == nil {
		return nil
	}
	var out []string
	for _, w := range strings.Fields(corpus.Fold(m[1])) {
		if len(w) >= 4 && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// minSaidShare is the least share of a question's words a quotation must
// hold to be what the question asks the speaker of.
const minSaidShare = 0.6

// quotesSaying returns the quotations, among the releases req narrows to,
// that hold most of words: those that hold the largest share, when it is
// at least minSaidShare.
func (e *Engine) quotesSaying(req request, words []string) []factRef {
	var out []factRef
	best := minSaidShare
	for _, ref := range e.ofKind(corpus.KindQuote, req) {
		quote := corpus.Fold(ref.f.Quote)
		n := 0
		for _, w := range words {
			if has(quote, w) {
				n++
			}
		}
		switch share := float64(n) / float64(len(words)); {
		case share > best:
			best, out = share, []factRef{ref}
		case share == best:
			out = append(out, ref)
		}
	}
	return out
}

// speakersOf lists the people quotes are attributed to, each once, with
// their role where the release gives one.
func speakersOf(refs []factRef) []string {
	var out []string
	for _, ref := range refs {
		p := ref.f.Person
		if p == "" {
			continue
		}
		if ref.f.Role != "" {
			p += " (" + ref.f.Role + ")"
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// contacts answers press contacts, narrowed by person, office, country,
// donor or year.
func (e *Engine) contacts(ctx context.Context, req request) (Answer, error) {
	all := e.ofKind(corpus.KindContact, req)
	if len(req.countries) > 0 {
		// A contact serves its whole release: keep the releases that
		// mention a country asked about.
		all = slices.DeleteFunc(all, func(ref factRef) bool {
			return !slices.ContainsFunc(req.countries, func(c corpus.Country) bool {
				return inCorpus(e.countryReleases[c.Code], ref.r)
			})
		})
	}
	if req.unresolved != "" {
		hay := e.contactWords.get()
		all = slices.DeleteFunc(all, func(ref factRef) bool {
			return !strings.Contains(hay[ref.f], req.unresolved)
		})
	}
	a := Answer{Kind: KindContact}
	if len(all) == 0 {
		a.Kind = KindNotFound
		what := req.arg
		if what == "" {
			what = placeQuery(req)
		}
		if what == "" {
			a.Headline = "No release in the corpus gives a press contact."
			if len(req.donors)+len(req.recipients)+len(req.years) > 0 {
				a.Headline = fmt.Sprintf("The releases %s do not state a press contact.", describeScope(req))
			}
		} else {
			a.Headline = fmt.Sprintf("No press contact in the corpus matches “%s”.", what)
		}
		for _, ref := range e.byKind[corpus.KindContact] {
			a.Notes = append(a.Notes, fmt.Sprintf("Contact for %s: %s.", releaseRef(ref.r), strings.Join(nonEmpty(ref.f.Person, contactLine(ref.f)), ", ")))
		}
		if len(a.Notes) > 8 {
			a.Notes = append(a.Notes[:8], fmt.Sprintf("…and %d more contacts.", len(a.Notes)-8))
		}
		return a, nil
	}
	for _, ref := range all {
		a.Items = append(a.Items, item(ref, firstNonEmpty(ref.f.Person, ref.f.Office, "Press contact"), contactLine(ref.f)))
	}
	if len(all) == 1 {
		a.Headline = fmt.Sprintf("Press contact for %s: %s.", releaseRef(all[0].r), firstNonEmpty(all[0].f.Person, contactLine(all[0].f)))
	} else {
		a.Headline = fmt.Sprintf("%d press contacts.", len(all))
	}
	a.Facts = facts(all)
	var err error
	a.Passages, err = e.passages(ctx, all, "", req)
	return a, err
}

// contactWords maps each contact fact of c to what "/contact" matches an
// argument against, folded: the person, office, e-mail, phone and the
// release's recipient.
func contactWords(c *corpus.Corpus) map[*corpus.Fact]string {
	m := map[*corpus.Fact]string{}
	for _, r := range c.Releases {
		for i := range r.Facts {
			if f := &r.Facts[i]; f.Kind == corpus.KindContact {
				m[f] = corpus.Fold(strings.Join([]string{f.Person, f.Office, f.Email, f.Phone, r.Recipient}, " "))
			}
		}
	}
	return m
}

// overview answers /funding: each release's total and the places it funds.
func (e *Engine) overview(req request) Answer {
	a := Answer{Kind: KindOverview}
	releases := e.releasesOf(req)
	for _, r := range releases {
		var places []string
		var used []*corpus.Fact
		var total *corpus.Fact
		for i := range r.Facts {
			switch f := &r.Facts[i]; {
			case f.Kind == corpus.KindDestination:
				places = append(places, place(f))
				used = append(used, f)
			case f.Kind == corpus.KindAmount && f.Total && total == nil:
				total = f
			}
		}
		value := "no total stated"
		sentence := ""
		if total != nil {
			value = money(total.Amount)
			sentence = total.Sentence
			used = append(used, total)
		}
		if len(places) > 0 {
			value += " — " + names(places)
		}
		a.Items = append(a.Items, Item{Label: totalLabel(r), Value: value, Release: r.ID, Title: r.Title, Year: r.Year, Sentence: sentence})
		a.Facts = append(a.Facts, used...)
	}
	switch len(releases) {
	case 0:
		a.Kind = KindNotFound
		a.Headline = "No release in the corpus matches " + describeFilter(req) + "."
		a.Notes = e.coverage()
	case 1:
		a.Headline = fmt.Sprintf("One release: %s.", releaseRef(releases[0]))
	default:
		a.Headline = fmt.Sprintf("%d releases, each with the total and the places it funds.", len(releases))
	}
	return a
}

// maxRowFigures is how many figures a line of /funding all quotes for a
// place; a place that thousands of releases name has a line of its own.
const maxRowFigures = 12

// table answers /funding all: a line per country and region with what the
// corpus states for it.
func (e *Engine) table() Answer {
	a := Answer{Kind: KindTable, Headline: fmt.Sprintf("What the corpus states for each of %s and %s.", plural(len(e.countries), "country", "countries"), plural(len(e.regions), "region", "regions"))}
	line := func(label, name string, refs []factRef, c *corpus.Country) {
		var stated []string
		var amounts int
		var first factRef
		// A release's total for this country alone, by the same rules as
		// /funding COUNTRY (totalCovers, onlyPlace), when no part is
		// stated for it: "Japan gives $10 million for flood victims in
		// Pakistan" is Pakistan's figure in the table too.
		if c != nil && !slices.ContainsFunc(refs, func(ref factRef) bool { return ref.f.Kind == corpus.KindAmount && ref.f.Context == "" }) {
			one := request{countries: []corpus.Country{*c}}
			seen := map[*corpus.Release]bool{}
			for _, ref := range refs {
				if seen[ref.r] {
					continue
				}
				seen[ref.r] = true
				t := totalRef(ref.r)
				if t.f == nil {
					continue
				}
				how := ""
				switch {
				case totalCovers(ref.r, t.f, one):
					how = "the release's total, for it alone"
				case onlyPlace(ref.r, t.f, one):
					how = "the release's total; the only place it names as funded"
				default:
					continue
				}
				amounts++
				if first.f == nil {
					first = t
				}
				stated = append(stated, fmt.Sprintf("%s (%s; %s)", lowerFirst(describe(t.f)), yearOf(t), how))
			}
		}
		for _, ref := range refs {
			switch ref.f.Kind {
			case corpus.KindAmount:
				if ref.f.Context != "" {
					continue // not a gift to the place: /funding COUNTRY quotes it, labelled
				}
				amounts++
				fallthrough
			case corpus.KindShare, corpus.KindBeneficiaries:
				if first.f == nil {
					first = ref
				}
				what := describe(ref.f)
				if ref.f.Kind == corpus.KindShare {
					what = shareOfTotal(ref.r, ref.f)
				}
				stated = append(stated, fmt.Sprintf("%s (%s)", lowerFirst(what), yearOf(ref)))
			}
		}
		if amounts == 0 {
			stated = append([]string{"no separate amount stated"}, stated...)
		}
		if len(stated) > maxRowFigures {
			stated = append(stated[:maxRowFigures:maxRowFigures], fmt.Sprintf("and %d more (/funding %s shows them)", len(stated)-maxRowFigures, name))
		}
		it := Item{Label: label, Value: strings.Join(stated, "; ")}
		if first.f != nil {
			it.Release, it.Title, it.Year, it.Sentence = first.r.ID, first.r.Title, cmpYear(first), first.f.Sentence
		} else if len(refs) > 0 {
			it.Release, it.Title, it.Year = refs[0].r.ID, refs[0].r.Title, cmpYear(refs[0])
		}
		a.Items = append(a.Items, it)
	}
	for _, c := range e.countries {
		line(c.Name, c.Name, e.byCountry[c.Code], &c)
	}
	for _, r := range e.regions {
		line(r+" (region)", r, e.byRegion[corpus.Fold(r)], nil)
	}
	a.Notes = append(a.Notes, "Figures are quoted as the releases state them; where no separate amount is stated, fundbot does not divide a total.")
	return a
}

// plural writes a count with the right form of a noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func yearOf(ref factRef) string {
	if y := cmpYear(ref); y != 0 {
		return strconv.Itoa(y)
	}
	return ref.r.Title
}

// search answers anything else with the best-matching passages.
func (e *Engine) search(ctx context.Context, q string, req request) (Answer, error) {
	ps, err := e.passages(ctx, nil, q, req)
	if err != nil {
		return Answer{}, err
	}
	if len(ps) == 0 {
		return Answer{
			Kind:     KindNotFound,
			Headline: "Nothing in the corpus matches your question.",
			Notes:    append([]string{"Try /funding for an overview, /funding COUNTRY, or /contact."}, e.coverage()...),
		}, nil
	}
	return Answer{Kind: KindSearch, Headline: "The passages that best match your question:", Passages: ps}, nil
}

// help answers usage, for both commands or one.
func (e *Engine) help(command string) Answer {
	funding := []Item{
		{Label: "/funding", Value: "each release's total and the countries it funds"},
		{Label: "/funding COUNTRY", Value: "every figure stated for a country, e.g. /funding Pakistan"},
		{Label: "/funding DONOR or YEAR", Value: "totals for a donor or a year, e.g. /funding Japan, /funding 2011"},
		{Label: "/funding SECTOR", Value: "the amounts stated for a sector, e.g. /funding health, /funding WFP food aid"},
		{Label: "/funding all", Value: "a line per country with what is stated for it"},
	}
	contact := []Item{
		{Label: "/contact", Value: "the press contacts of every release"},
		{Label: "/contact NAME, OFFICE, COUNTRY or YEAR", Value: "contacts narrowed down, e.g. /contact Tokyo"},
	}
	a := Answer{Kind: KindHelp}
	switch command {
	case "funding":
		a.Headline, a.Items = "/funding answers with the figures the releases state.", funding
	case "contact":
		a.Headline, a.Items = "/contact finds press contacts.", contact
	default:
		a.Headline = "fundbot answers questions about funding announced in press releases, quoting what they state."
		a.Items = append(append(funding, contact...), Item{Label: "A question", Value: "e.g. “How much did Japan give IOM in 2011?” or “Tell me about Kenya”"})
	}
	return a
}
