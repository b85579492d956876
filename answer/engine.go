package answer

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/index"
)

// factRef is a fact with the release it belongs to.
type factRef struct {
	r *corpus.Release
	f *corpus.Fact
}

// lookups are the corpus's facts arranged for answering, computed once:
// the corpus does not change while an engine runs.
type lookups struct {
	donorNames  []string          // every donor, sorted
	donorByFold map[string]string // folded donor name (and demonym) -> donor
	// releaseByFold maps a folded release id to the id; built when a
	// command first names something that may be one.
	releaseByFold *lazy[map[string]string]
	// titleFolds holds every release's title folded, padded with a space
	// before, in corpus order; built when a topic is first asked about.
	titleFolds *lazy[[]string]
	byCountry  map[string][]factRef
	// countryReleases holds, per country, the releases that mention it,
	// in corpus order.
	countryReleases map[string][]*corpus.Release
	// countryAt holds the same releases by their places in the corpus.
	countryAt  map[string]ordinals
	byRegion   map[string][]factRef // by folded region name
	regionName map[string]string    // folded -> as written
	byKind     map[corpus.Kind][]factRef
	countries  []corpus.Country // countries facts name, by name
	regions    []string
	years      []int
	covered    []string // what not-found answers say the corpus covers
	// donorAliases and recipientAliases are the other names of donors and
	// recipients; people the persons facts name.
	donorAliases *nameKeys
	// agencyAliases are the names of the donors' agencies ("USAID",
	// "PRM"), each its own key, for a question about one of them.
	agencyAliases    *nameKeys
	recipientAliases *nameKeys
	persons          []personKey
	sectors          []string // every sector an amount states, folded
	// releases narrows releases by year, donor and recipient; built when
	// a question first names one.
	releases *lazy[releaseIndex]
	// contactWords are the contacts' words a "/contact" argument is
	// looked for in (contactWords), folded once, when first needed.
	contactWords *lazy[map[*corpus.Fact]string]
	// partly holds the releases whose text says money goes somewhere in
	// part (partlyToRe), found when first needed: goesPartlyTo reads no
	// other release's paragraphs.
	partly *lazy[map[*corpus.Release]bool]
	// factsPerRelease is the corpus's average number of facts a release
	// holds, at least 1.
	factsPerRelease int
}

func newLookups(c *corpus.Corpus) lookups {
	// The recipients' and people's names are read in a pass of their own
	// over every fact: on another CPU, while this one reads the rest.
	var (
		names      sync.WaitGroup
		recipients []nameKey
		persons    []personKey
	)
	names.Go(func() {
		recipients = recipientKeys(c)
		persons = personKeys(c)
	})
	l := lookups{
		donorByFold:   map[string]string{},
		byRegion:      map[string][]factRef{},
		regionName:    map[string]string{},
		releases:      newLazy(func() releaseIndex { return newReleaseIndex(c) }),
		releaseByFold: newLazy(func() map[string]string { return foldedIDs(c) }),
		titleFolds: newLazy(func() []string {
			out := make([]string, len(c.Releases))
			for i, r := range c.Releases {
				out[i] = " " + corpus.Fold(r.Title)
			}
			return out
		}),
		contactWords: newLazy(func() map[*corpus.Fact]string { return contactWords(c) }),
		partly:       newLazy(func() map[*corpus.Release]bool { return partlyReleases(c) }),
	}
	donorSeen := map[string]bool{}    // donors as written
	regionFold := map[string]string{} // regions as written, folded
	facts := 0
	for _, r := range c.Releases {
		facts += len(r.Facts)
	}
	// The facts by kind and by country are gathered in two passes: the
	// first finds each fact's kind and country (one map lookup) and counts
	// them, the second fills lists made to size from one array each, so
	// that building them neither grows nor copies them (this runs in every
	// process that answers, over every fact).
	var (
		kinds  []kindFacts
		places []placeFacts
		byCode = map[string]int32{}
		tags   = make([]factTag, 0, facts)
	)
	for at, r := range c.Releases {
		for _, d := range r.Donors {
			if donorSeen[d] {
				continue
			}
			donorSeen[d] = true
			if k := corpus.Fold(d); l.donorByFold[k] == "" {
				l.donorByFold[k] = d
				l.donorNames = append(l.donorNames, d)
			}
		}
		if r.Year != 0 && !slices.Contains(l.years, r.Year) {
			l.years = append(l.years, r.Year)
		}
		if first, last := r.PeriodYears(); first != 0 {
			for y := first + 1; y <= last; y++ {
				if !slices.Contains(l.years, y) {
					l.years = append(l.years, y)
				}
			}
		}
		for i := range r.Facts {
			f := &r.Facts[i]
			// An amount's own giver ("The European Commission has
			// increased its pledges by 60 million euro" in Germany's
			// release) is a donor a question may name (givers.go).
			if f.Donor != "" && (i == 0 || f.Donor != r.Facts[i-1].Donor) && !donorSeen[f.Donor] {
				donorSeen[f.Donor] = true
				for rest, more := f.Donor, true; more; {
					var d string
					d, rest, more = strings.Cut(rest, jointSep)
					if k := corpus.Fold(d); l.donorByFold[k] == "" {
						l.donorByFold[k] = d
						l.donorNames = append(l.donorNames, d)
					}
				}
			}
			tag := factTag{kind: kindOf(&kinds, f.Kind), place: -1}
			if f.Country != "" {
				p, ok := byCode[f.Country]
				if !ok {
					p = int32(len(places))
					byCode[f.Country] = p
					places = append(places, placeFacts{code: f.Country, name: cmp.Or(f.CountryName, f.Country), last: -1})
				}
				tag.place = p
				pf := &places[p]
				pf.facts++
				if pf.last != int32(at) {
					pf.last = int32(at)
					pf.releases++
				}
			}
			tags = append(tags, tag)
			if f.Sector != "" {
				if s := corpus.Fold(f.Sector); s != "" && !slices.Contains(l.sectors, s) {
					l.sectors = append(l.sectors, s)
				}
			}
			// A share for several regions together is found under each.
			regions := f.Regions
			if len(regions) == 0 && f.Region != "" {
				regions = []string{f.Region}
			}
			for _, g := range regions {
				k, ok := regionFold[g]
				if !ok {
					k = corpus.Fold(g)
					regionFold[g] = k
				}
				l.byRegion[k] = append(l.byRegion[k], factRef{r, f})
				if _, ok := l.regionName[k]; !ok {
					l.regionName[k] = g
					l.regions = append(l.regions, g)
				}
			}
		}
	}
	refs := make([]factRef, facts)
	for i := range kinds {
		kinds[i].refs, refs = refs[:0:kinds[i].n], refs[kinds[i].n:]
	}
	inPlaces, released := 0, 0
	for _, p := range places {
		inPlaces += p.facts
		released += p.releases
	}
	refs = make([]factRef, inPlaces)
	rels := make([]*corpus.Release, released)
	ats := make(ordinals, released)
	for i := range places {
		p := &places[i]
		p.refs, refs = refs[:0:p.facts], refs[p.facts:]
		p.rels, rels = rels[:0:p.releases], rels[p.releases:]
		p.at, ats = ats[:0:p.releases], ats[p.releases:]
	}
	tag := tags
	for at, r := range c.Releases {
		for i := range r.Facts {
			ref, t := factRef{r, &r.Facts[i]}, tag[i]
			kinds[t.kind].refs = append(kinds[t.kind].refs, ref)
			if t.place < 0 {
				continue
			}
			p := &places[t.place]
			p.refs = append(p.refs, ref)
			if len(p.rels) == 0 || p.rels[len(p.rels)-1] != r {
				p.rels = append(p.rels, r)
				p.at = append(p.at, int32(at))
			}
		}
		tag = tag[len(r.Facts):]
	}
	l.byKind = make(map[corpus.Kind][]factRef, len(kinds))
	for _, k := range kinds {
		l.byKind[k.kind] = k.refs
	}
	l.byCountry = make(map[string][]factRef, len(places))
	l.countryReleases = make(map[string][]*corpus.Release, len(places))
	l.countryAt = make(map[string]ordinals, len(places))
	countryName := make(map[string]string, len(places))
	for _, p := range places {
		l.byCountry[p.code], l.countryReleases[p.code], l.countryAt[p.code] = p.refs, p.rels, p.at
		countryName[p.code] = p.name
	}
	l.factsPerRelease = max(1, facts/max(1, len(c.Releases)))
	// A donor country is also named by its demonym ("Japanese funding").
	// Only a donor that is a country is named by the country's other
	// names: a fund named after one ("Yemen Humanitarian Fund") or a
	// private donor described by nationality ("Finnish philanthropist")
	// is not that country.
	for _, d := range l.donorNames {
		if c, ok := corpus.LookupCountry(d); ok && !isFundName(d) {
			l.donorByFold[corpus.Fold(c.Name)] = d
		}
	}
	for code, name := range countryName {
		l.countries = append(l.countries, corpus.Country{Code: code, Name: name})
	}
	slices.SortFunc(l.countries, func(a, b corpus.Country) int { return cmp.Compare(a.Name, b.Name) })
	slices.Sort(l.donorNames)
	slices.Sort(l.regions)
	slices.Sort(l.years)
	l.covered = slices.Clip(coverageNotes(l))
	l.donorAliases = newNameKeys(donorKeys(l.donorNames))
	l.agencyAliases = newNameKeys(agencyKeys(l.donorNames))
	names.Wait()
	l.recipientAliases, l.persons = newNameKeys(recipients), persons
	return l
}

// kindFacts are the facts of one kind, while newLookups gathers them: n
// counted in its first pass, refs filled in its second.
type kindFacts struct {
	kind corpus.Kind
	n    int
	refs []factRef
}

// kindOf returns the place of kind k among kinds, adding it the first
// time, and counts one more fact of it. A corpus has a handful of kinds.
func kindOf(kinds *[]kindFacts, k corpus.Kind) int32 {
	for i := range *kinds {
		if (*kinds)[i].kind == k {
			(*kinds)[i].n++
			return int32(i)
		}
	}
	*kinds = append(*kinds, kindFacts{kind: k, n: 1})
	return int32(len(*kinds) - 1)
}

// placeFacts are the facts that name one country, while newLookups
// gathers them.
type placeFacts struct {
	code, name      string // the country's code, and its name as first written
	facts, releases int    // counted in the first pass
	last            int32  // the last release counted, by its place in the corpus
	refs            []factRef
	rels            []*corpus.Release
	at              ordinals
}

// factTag is one fact's kind and country (-1 for none), by their places
// in newLookups's lists.
type factTag struct{ kind, place int32 }

// foldedIDs maps each release's folded id to its id.
func foldedIDs(c *corpus.Corpus) map[string]string {
	m := make(map[string]string, len(c.Releases))
	for _, r := range c.Releases {
		m[corpus.Fold(r.ID)] = r.ID
	}
	return m
}

// lazy is a value built on first use, once; safe for concurrent use.
type lazy[T any] struct {
	once  sync.Once
	build func() T
	v     T
}

func newLazy[T any](build func() T) *lazy[T] { return &lazy[T]{build: build} }

// get returns the value, building it on the first call.
func (l *lazy[T]) get() T {
	l.once.Do(func() { l.v, l.build = l.build(), nil })
	return l.v
}

// isFundName reports whether a donor's name is a fund's or a
// foundation's rather than a country's.
func isFundName(d string) bool {
	return has(corpus.Fold(d), "fund", "foundation", "trust", "bank")
}

// coverageNotes lists what the corpus covers: countries, regions, donors,
// years.
func coverageNotes(l lookups) []string {
	var ns []string
	var cs []string
	for _, c := range l.countries {
		cs = append(cs, c.Name)
	}
	if len(cs) > 0 {
		ns = append(ns, "Countries covered: "+strings.Join(cs, ", ")+".")
	}
	if len(l.regions) > 0 {
		ns = append(ns, "Regions covered: "+strings.Join(l.regions, ", ")+".")
	}
	if len(l.donorNames) > 0 {
		ns = append(ns, "Donors covered: "+strings.Join(l.donorNames, ", ")+".")
	}
	if len(l.years) > 0 {
		ys := make([]string, len(l.years))
		for i, y := range l.years {
			ys[i] = strconv.Itoa(y)
		}
		ns = append(ns, "Years covered: "+strings.Join(ys, ", ")+".")
	}
	return ns
}

// Engine answers questions over one corpus and its index. It is safe for
// concurrent use.
type Engine struct {
	lookups
	lg  *slog.Logger
	c   *corpus.Corpus
	idx *index.Index
}

// New returns an engine over c, searching idx.
//
// An engine computes every answer it is asked for: it keeps none. The bot
// caches replies by the same normalised question (bot.Options.CacheSize),
// and `fundbot ask` asks once; a second cache of answers in the engine
// hit only when the bot's did and held up to 4,096 answers (tens of
// megabytes on 10,000 releases) for the garbage collector to mark.
func New(lg *slog.Logger, c *corpus.Corpus, idx *index.Index) *Engine {
	if lg == nil {
		lg = slog.New(slog.DiscardHandler)
	}
	return &Engine{lookups: newLookups(c), lg: lg, c: c, idx: idx}
}

// Answer answers a question or a slash-command line such as
// "/funding Pakistan". Not finding anything is an answer, not an error; the
// error is for failures (a cancelled context, a broken index). The
// returned Answer's facts and passages point into the corpus: treat them
// as read-only.
func (e *Engine) Answer(ctx context.Context, text string) (Answer, error) {
	if err := ctx.Err(); err != nil {
		return Answer{}, err
	}
	q := Normalize(text)
	start := time.Now()
	a, err := e.answer(ctx, q)
	if err != nil {
		return Answer{}, err
	}
	if e.lg.Enabled(ctx, slog.LevelDebug) {
		e.lg.Debug("answered", "kind", a.Kind, "items", len(a.Items), "passages", len(a.Passages), "took", time.Since(start))
	}
	a.Query = q
	a.capItems(corpus.Fold(q))
	e.cite(&a)
	a.keepLines()
	a.Text = a.render()
	if strings.TrimSpace(a.Text) == "" {
		// A kind of answer that found nothing to say must still say so:
		// an empty reply would be posted as an empty message.
		e.lg.Warn("empty answer", "kind", a.Kind, "question", q)
		a.Headline = "fundbot found nothing the releases state for that question."
		a.Text = a.render()
	}
	return a, nil
}

// answer dispatches a normalized question.
func (e *Engine) answer(ctx context.Context, q string) (Answer, error) {
	if q == "" {
		return e.help(""), nil
	}
	req := e.parse(q)
	switch req.command {
	case "":
		if parts := splitParts(q); len(parts) > 1 {
			return e.severalParts(ctx, parts)
		}
		return e.question(ctx, q, req)
	case "funding":
		if req.help {
			return e.help("funding"), nil
		}
		if req.all {
			return e.table(), nil
		}
		if a, ok := e.notCovered(req); ok {
			return a, nil
		}
		switch {
		case len(req.sectors) > 0:
			// The parts stated for the sector, wherever and by whomever
			// the argument also names; never a release's total unless the
			// release ties it to the sector.
			return e.amounts(ctx, q, req)
		case len(req.countries) > 0:
			return e.country(ctx, req)
		case len(req.regions) > 0:
			return e.region(ctx, req)
		case len(req.recipients) > 0:
			return e.amounts(ctx, q, req)
		case len(req.donors) > 0 || len(req.years) > 0 || len(req.releases) > 0:
			return e.totals(ctx, q, req)
		}
		return e.overview(req), nil
	case "contact":
		if req.help {
			return e.help("contact"), nil
		}
		if a, ok := e.notCovered(req); ok {
			return a, nil
		}
		return e.contacts(ctx, req)
	default:
		a := e.help("")
		a.Notes = append([]string{fmt.Sprintf("fundbot does not know the command /%s.", req.command)}, a.Notes...)
		return a, nil
	}
}

// filter keeps the refs whose release matches req.
func filter(refs []factRef, req request, kinds ...corpus.Kind) []factRef {
	var out []factRef
	for _, ref := range refs {
		if (len(kinds) == 0 || slices.Contains(kinds, ref.f.Kind)) && releaseMatches(ref.r, req) && factMatches(ref.r, ref.f, req) {
			out = append(out, ref)
		}
	}
	return out
}

// names joins names as "a, b and c".
func names(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}
