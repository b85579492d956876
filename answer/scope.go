package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// This file holds what a question names besides places and years: the
// recipients (by acronym or full name), donors named by agency or in
// capitals ("USAID", "the US"), and people; and the narrowing of releases
// and facts by all of them.

// recipientsOf returns every recipient a release names: its recipient, its
// list of recipients, and the recipient of any of its facts, each once.
func recipientsOf(r *corpus.Release) []string {
	var out []string
	add := func(s string) {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	add(r.Recipient)
	for _, s := range r.Recipients {
		add(s)
	}
	for i := range r.Facts {
		add(r.Facts[i].Recipient)
	}
	return out
}

// donorsOf returns the release's donors and the donor of any of its
// facts, each once.
func donorsOf(r *corpus.Release) []string {
	out := slices.Clone(r.Donors)
	for i := range r.Facts {
		if d := r.Facts[i].Donor; d != "" && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// yearAsked reports whether y, the year of r or of one of its facts, is
// among the years asked: a fact of r's own year stands for each year of
// r's period ("for 2023 and 2024" is asked of in 2024 too).
func yearAsked(r *corpus.Release, y int, years []int) bool {
	if slices.Contains(years, y) {
		return true
	}
	if y == 0 || y != r.Year {
		return false
	}
	return slices.ContainsFunc(years, r.Covers)
}

// yearsOf returns the release's funding year and the year of any of its
// facts, each once.
func yearsOf(r *corpus.Release) []int {
	var out []int
	if r.Year != 0 {
		out = append(out, r.Year)
	}
	for i := range r.Facts {
		if y := r.Facts[i].Year; y != 0 && !slices.Contains(out, y) {
			out = append(out, y)
		}
	}
	return out
}

// nameKey is a name a question may use for a donor or recipient, with
// the name the corpus writes.
type nameKey struct {
	folded string // matched as whole words in the folded question
	exact  string // matched as a whole word, case and all, in the question as typed
	name   string
	// capital marks a capital city that names its government: "in
	// London" or "at the meeting in Oslo" says where, not who gave.
	capital bool
}

// caseSensitive reports whether a short acronym must be matched as typed:
// "WHO" is an organisation, "who" a question word.
func caseSensitive(acronym string) bool {
	return len(acronym) <= 4 && strings.ToUpper(acronym) == acronym
}

// recipientKeys are the names of every recipient the corpus holds and of
// every organisation corpus knows, by acronym and full name.
func recipientKeys(c *corpus.Corpus) []nameKey {
	var keys []nameKey
	seen := map[string]bool{}
	add := func(alias, name string) {
		k := nameKey{folded: corpus.Fold(alias), name: name}
		if caseSensitive(alias) {
			k = nameKey{exact: alias, name: name}
		}
		if k.folded+k.exact == "" || seen[k.folded+"\x00"+k.exact] {
			return
		}
		seen[k.folded+"\x00"+k.exact] = true
		keys = append(keys, k)
	}
	// Each name once, before it is folded: 10,000 releases name a few
	// hundred recipients.
	named := map[string]bool{}
	name := func(s string) {
		if s != "" && !named[s] {
			named[s] = true
			add(s, s)
		}
	}
	for _, r := range c.Releases {
		name(r.Recipient)
		for _, s := range r.Recipients {
			name(s)
		}
		for i := range r.Facts {
			name(r.Facts[i].Recipient)
		}
	}
	for _, o := range corpus.Organisations() {
		add(o.Acronym, o.Acronym)
		for _, n := range o.Names {
			add(n, o.Acronym)
		}
	}
	// Longest first, so "UN Refugee Agency" wins over a shorter name
	// inside it.
	slices.SortStableFunc(keys, func(a, b nameKey) int { return len(b.folded+b.exact) - len(a.folded+a.exact) })
	return keys
}

// agencyKeys are the names of the agencies of donors (corpus.DonorBody's
// Agency), each standing for itself.
func agencyKeys(donors []string) []nameKey {
	var keys []nameKey
	for _, b := range corpus.DonorBodies() {
		if b.Agency() && slices.Contains(donors, b.Donor) {
			keys = append(keys, bodyKey(b.Name, b.Name))
		}
	}
	return keys
}

// bodyKey is the key of a donor body's name, standing for name: as typed
// for a short acronym, folded otherwise.
func bodyKey(bodyName, name string) nameKey {
	if caseSensitive(strings.Trim(bodyName, ".")) {
		return nameKey{exact: bodyName, name: name}
	}
	return nameKey{folded: corpus.Fold(bodyName), name: name}
}

// donorKeys are names for the corpus's donors besides their own: the
// agencies and funds that stand for them ("USAID", "KSrelief") and
// capitals-only short forms ("US", "UK", "EU").
func donorKeys(donors []string) []nameKey {
	var keys []nameKey
	for _, b := range corpus.DonorBodies() {
		if slices.Contains(donors, b.Donor) {
			keys = append(keys, bodyKey(b.Name, b.Donor))
		}
	}
	// A private donor described by nationality ("Finnish philanthropist")
	// is also "the Finnish donor".
	for _, d := range donors {
		if m := privateDonorRe.FindStringSubmatch(d); m != nil {
			for _, w := range []string{"donor", "philanthropist", "benefactor"} {
				keys = append(keys, nameKey{folded: corpus.Fold(m[1] + " " + w), name: d})
			}
		}
	}
	// A company or foundation is also named without its suffix, and by
	// its last distinctive word ("Walt Disney Company": "Walt Disney",
	// "Disney"), unless that names a country or another donor.
	for _, d := range donors {
		for _, k := range companyKeys(d) {
			if len(corpus.FindCountries(k)) == 0 && !slices.ContainsFunc(donors, func(o string) bool { return o != d && strings.EqualFold(o, k) }) {
				keys = append(keys, nameKey{folded: corpus.Fold(k), name: d})
			}
		}
	}
	for short, d := range map[string]string{"US": "United States", "USA": "United States", "UK": "United Kingdom", "EU": "European Union"} {
		if slices.Contains(donors, d) {
			keys = append(keys, nameKey{exact: short, name: d})
		}
	}
	// "How much did Seoul donate?": a donor government named by its
	// capital, as news reports write it.
	for capital, d := range capitalOf {
		if slices.Contains(donors, d) {
			keys = append(keys, nameKey{exact: capital, name: d, capital: true})
		}
	}
	slices.SortStableFunc(keys, func(a, b nameKey) int { return len(b.folded+b.exact) - len(a.folded+a.exact) })
	return keys
}

// placeBeforeRe ends the words before a city named as where something
// happened: "in ", "at the conference in ", "held near ".
var placeBeforeRe = regexp.MustCompile(`(?i)\b(?:in|at|near|inside|outside)\s+$`)

// capitalOf maps the capitals that news reports name governments by to
// their donors, as the corpus writes them.
var capitalOf = map[string]string{
	"Seoul": "South Korea", "Tokyo": "Japan", "Beijing": "China", "Washington": "United States", "London": "United Kingdom",
	"Berlin": "Germany", "Paris": "France", "Ottawa": "Canada", "Canberra": "Australia", "Riyadh": "Saudi Arabia",
	"Doha": "Qatar", "Abu Dhabi": "United Arab Emirates", "Ankara": "Türkiye", "Brussels": "European Union", "Oslo": "Norway",
	"Stockholm": "Sweden", "Copenhagen": "Denmark", "Helsinki": "Finland", "Bern": "Switzerland", "Wellington": "New Zealand",
	"Dublin": "Ireland", "Rome": "Italy", "Madrid": "Spain", "The Hague": "Netherlands", "New Delhi": "India",
}

// companySuffixRe ends a company's or foundation's name.
var companySuffixRe = regexp.MustCompile(`\s+(?:Foundation|Trust|Corporation|Corp\.?|Company|Group|Inc\.?|Ltd\.?|plc)$`)

// commonWords are last words of company names that name no one company.
var commonWords = map[string]bool{"technologies": true, "international": true, "global": true, "holdings": true, "industries": true,
	"services": true, "systems": true, "partners": true, "energy": true, "relief": true, "foundation": true, "group": true, "heart": true}

// companyKeys are the other names of a company or foundation donor: its
// name without the suffix, and its last word of five letters or more.
func companyKeys(d string) []string {
	loc := companySuffixRe.FindStringIndex(d)
	if loc == nil {
		return nil
	}
	base := strings.TrimSpace(d[:loc[0]])
	ws := strings.Fields(base)
	if len(ws) == 0 {
		return nil
	}
	keys := []string{base}
	if last := ws[len(ws)-1]; len(ws) > 1 && len(last) >= 5 && !commonWords[strings.ToLower(last)] {
		keys = append(keys, last)
	}
	return keys
}

// privateDonorRe is a private donor described by nationality, as ingest
// keeps it: "Finnish philanthropist".
var privateDonorRe = regexp.MustCompile(`^(?:[Aa]nonymous\s+)?(\p{Lu}\p{Ll}+)\s+(?:philanthropist|businessman|businesswoman|donor|citizen|family|billionaire)$`)

// exactWord reports whether word occurs in text as
// a whole word, case and all.
func exactWord(text, word string) bool { return exactWordWhere(text, word, nil) }

// exactWordWhere reports whether text holds word as a whole word at a
// place where ok, when not nil, accepts its start.
func exactWordWhere(text, word string, ok func(start int) bool) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(word)
		if (start == 0 || !isWordByte(text[start-1])) && (end == len(text) || !isWordByte(text[end])) && (ok == nil || ok(start)) {
			return true
		}
		i = end
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// nameKeys are names a question may use for donors or recipients, in the
// order findNamed tries them, indexed by their first word: a name can only
// be found where a word of the question is its first word, so a question
// is looked up word by word rather than every key searched for (there are
// hundreds).
type nameKeys struct {
	list     []nameKey
	byExact  map[string][]int32 // by the first word of exact, as typed (isWordByte runs)
	byFolded map[string][]int32 // by the first word of folded
	always   []int32            // exact names that start with no word byte ("(UN)")
}

// newNameKeys indexes list.
func newNameKeys(list []nameKey) *nameKeys {
	ks := &nameKeys{list: list, byExact: map[string][]int32{}, byFolded: map[string][]int32{}}
	for i, k := range list {
		if k.exact != "" {
			if w := leadingWord(k.exact); w != "" {
				ks.byExact[w] = append(ks.byExact[w], int32(i))
			} else {
				ks.always = append(ks.always, int32(i))
			}
		}
		if k.folded != "" {
			w, _, _ := strings.Cut(k.folded, " ")
			ks.byFolded[w] = append(ks.byFolded[w], int32(i))
		}
	}
	return ks
}

// leadingWord is the run of word bytes (isWordByte) s starts with.
func leadingWord(s string) string {
	i := 0
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	return s[:i]
}

// findNamed returns the names keys find in a question, each once, in the
// keys' order: an exact key where it stands as a whole word in text, a
// folded one where it stands between spaces in folded.
func findNamed(keys *nameKeys, text, folded string) []string {
	// A key found in text starts at a word (a run of word bytes) of text
	// equal to its own first word, and one found in folded at a word
	// (between spaces) of folded equal to its own first word: only keys
	// so indexed are tried.
	var room [16]int32
	tried := room[:0]
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		w := leadingWord(text[i:])
		tried = append(tried, keys.byExact[w]...)
		i += len(w)
	}
	for rest, more := folded, true; more; {
		var w string
		w, rest, more = strings.Cut(rest, " ")
		tried = append(tried, keys.byFolded[w]...)
	}
	tried = append(tried, keys.always...)
	if len(tried) == 0 {
		return nil
	}
	slices.Sort(tried)
	var out []string
	for j, i := range tried {
		if j > 0 && tried[j-1] == i {
			continue
		}
		k := keys.list[i]
		var hit bool
		switch {
		case k.capital:
			hit = exactWordWhere(text, k.exact, func(start int) bool { return !placeBeforeRe.MatchString(text[:start]) })
		default:
			hit = k.exact != "" && exactWord(text, k.exact) || k.folded != "" && has(folded, k.folded)
		}
		if hit && !slices.Contains(out, k.name) {
			out = append(out, k.name)
		}
	}
	return out
}

// personKey is a person the corpus quotes or names, and the words a
// question may call them by.
type personKey struct {
	name  string
	words []string // folded: the whole name, then the surname
}

// personKeys lists the people the corpus names in quotes, person and
// contact facts.
func personKeys(c *corpus.Corpus) []personKey {
	var out []personKey
	seen := map[string]bool{}
	raw := map[string]bool{} // as written: folded once each
	for _, r := range c.Releases {
		for i := range r.Facts {
			p := strings.TrimSpace(r.Facts[i].Person)
			if p == "" || raw[p] {
				continue
			}
			raw[p] = true
			f := corpus.Fold(p)
			if seen[f] {
				continue
			}
			seen[f] = true
			k := personKey{name: p, words: []string{f}}
			if ws := strings.Fields(f); len(ws) > 1 && len(ws[len(ws)-1]) >= 4 {
				k.words = append(k.words, ws[len(ws)-1])
			}
			out = append(out, k)
		}
	}
	return out
}

// findPeople returns the people a folded question names, by full name or
// surname.
func findPeople(keys []personKey, folded string) []string {
	var out []string
	for _, k := range keys {
		if has(folded, k.words...) && !slices.Contains(out, k.name) {
			out = append(out, k.name)
		}
	}
	return out
}

// personMatches reports whether a fact's person is one of the people
// named: by full name or surname, either way round ("USG Amos" is Valerie
// Amos).
func personMatches(person string, named []string) bool {
	if person == "" {
		return false
	}
	p := corpus.Fold(person)
	for _, n := range named {
		fn := corpus.Fold(n)
		if p == fn || has(p, lastWord(fn)) || has(fn, lastWord(p)) {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return "\x00"
	}
	return ws[len(ws)-1]
}

// contextKindWords are the words that ask for money that is not the
// release's gift, by the kind of context they name: cumulative sums,
// overall giving, appeals, plans, earlier money. Such a question is
// answered by the amounts a release states as context of that kind, where
// it states any, rather than by its gift.
var contextKindWords = []struct {
	kind string
	re   *regexp.Regexp
}{
	// "How much do the loan and the grant come to together?": a sum.
	{"cumulative", regexp.MustCompile(`\b(?:since|so far|to date|cumulative|altogether|in all|increase|increased|increases|(?:comes?|adds? up|amounts?) to together|together (?:comes?|adds? up|amounts?) to)\b`)},
	{"overall", regexp.MustCompile(`\b(?:overall|worldwide|globally|whole|entire|altogether|in all)\b`)},
	// "How much did the DRA ask for?", "How much does WFP need?", "What
	// is UNRWA's deficit?" (a deficit is filed as an appeal).
	{"appeal", regexp.MustCompile(`\b(?:appeal|appealed|appeals|ask(?:s|ed|ing)? for|request(?:s|ed|ing)?|call(?:s|ed|ing)? for|seek(?:s|ing)?|sought|needs?|needed|shortfall|funding gap|deficits?)\b`)},
	{"plan", regexp.MustCompile(`\b(?:plan|plans|budget)\b`)},
	{"earlier", regexp.MustCompile(`\b(?:earlier|previous|previously|already|before)\b`)},
}

// giftToAppealRe asks what a giver gave to an appeal or a plan, in a
// folded question: "did the uae pledge to the un humanitarian appeal".
var giftToAppealRe = regexp.MustCompile(`\b(?:pledge|pledged|pledges|give|gave|given|gives|contribute|contributed|contributes|donate|donated|donates|provide|provided|provides|commit|committed|commits)\s+(?:\w+\s+){0,3}?(?:to|for|towards?)\s+(?:the\s+)?(?:[\w'’]+\s+){0,5}?(?:appeal|plan|response plan|overview)\b`)

// anyContextRe finds words that ask for context of no one kind: what a
// donor will give.
var anyContextRe = regexp.MustCompile(`\b(?:will give|will provide)\b`)

// alsoContextRe finds words that ask for what was given over a time
// ("How much has Sweden given Sudan in 2023?"): the release's gift and
// the amounts it states as context both answer.
// "What is the German Government's total humanitarian aid for the Horn
// of Africa?" asks for the whole giving, which a running sum beside the
// gift states.
// "How much core funding did Korea give WFP?" asks for a gift that may
// itself be core funding ("a USD 17 million core contribution"), or core
// funding a release states beside its gift.
var alsoContextRe = regexp.MustCompile(`\bcore\b|\b(?:has|have)\s+(?:\w+\s+){0,4}?(?:given|provided|contributed|spent)\b|\bin total\b|\btotal\s+(?:[\w'’]+\s+){0,3}?(?:aid|response|assistance|support|funding|contributions?|giving|help)\b`)

// asksContext says whether a folded question asks for amounts a release
// states as context: only (the context answers instead of the gift),
// also (both answer), or not at all; and the kinds of context its words
// name, if any.
func asksContext(folded string) (kinds []string, only, also bool) {
	for _, k := range contextKindWords {
		if k.re.MatchString(folded) {
			kinds = append(kinds, k.kind)
		}
	}
	// "How much did the UAE pledge to the UN humanitarian appeal?": a
	// gift to an appeal or plan answers, beside what the appeal seeks.
	if len(kinds) > 0 && giftToAppealRe.MatchString(folded) && !slices.ContainsFunc(kinds, func(k string) bool { return k != "appeal" && k != "plan" }) {
		return kinds, false, true
	}
	if len(kinds) > 0 || anyContextRe.MatchString(folded) {
		return kinds, true, true
	}
	return nil, false, alsoContextRe.MatchString(folded)
}

// releaseMatches reports whether r is among the releases a request narrows
// to by release id, year (the release's or one of its facts'), donor and
// recipient.
func releaseMatches(r *corpus.Release, req request) bool {
	if len(req.releases) > 0 && !slices.Contains(req.releases, r.ID) {
		return false
	}
	// Each test looks at the release first and its facts only then,
	// without building lists: this runs for every release of a corpus.
	if len(req.years) > 0 && !yearAsked(r, r.Year, req.years) &&
		!anyFact(r, func(f *corpus.Fact) bool { return f.Year != 0 && slices.Contains(req.years, f.Year) }) {
		return false
	}
	if len(req.donors) > 0 && !slices.ContainsFunc(r.Donors, func(d string) bool { return slices.Contains(req.donors, d) }) &&
		!anyFact(r, func(f *corpus.Fact) bool { return f.Donor != "" && donorIn(f.Donor, req.donors) }) {
		return false
	}
	if len(req.recipients) > 0 && !slices.Contains(req.recipients, r.Recipient) &&
		!slices.ContainsFunc(r.Recipients, func(d string) bool { return slices.Contains(req.recipients, d) }) &&
		!anyFact(r, func(f *corpus.Fact) bool { return f.Recipient != "" && slices.Contains(req.recipients, f.Recipient) }) {
		return false
	}
	return true
}

// ordinals are releases by their places in the corpus's order (indexes
// into Corpus.Releases), ascending: lists of them intersect by comparing
// numbers rather than release ids.
type ordinals []int32

// releaseIndex lists, in corpus order, the releases that releaseMatches
// can keep for each year, donor and recipient a request may name (the
// release's own or one of its facts'), so that narrowing looks at those
// releases only instead of every release and its facts.
type releaseIndex struct {
	byYear      map[int]ordinals
	byDonor     map[string]ordinals
	byRecipient map[string]ordinals
	// undatedReleases state no year at all, neither theirs nor a fact's.
	undatedReleases []*corpus.Release
}

// newReleaseIndex indexes c's releases.
func newReleaseIndex(c *corpus.Corpus) releaseIndex {
	x := releaseIndex{
		byYear:      map[int]ordinals{},
		byDonor:     map[string]ordinals{},
		byRecipient: map[string]ordinals{},
	}
	for i, r := range c.Releases {
		x.add(int32(i), r)
	}
	return x
}

// add indexes r; releases are added in corpus order. It reads r the way
// releaseMatches does, so that a release releaseMatches keeps for a year,
// donor or recipient is always listed under it.
func (x *releaseIndex) add(at int32, r *corpus.Release) {
	var yearBuf [4]int
	years := appendNew(yearBuf[:0], r.Year)
	if first, last := r.PeriodYears(); first != 0 {
		for y := first; y <= last; y++ {
			years = appendNew(years, y)
		}
	}
	for i := range r.Facts {
		if y := r.Facts[i].Year; y != 0 {
			years = appendNew(years, y)
		}
	}
	listUnder(x.byYear, years, at)
	if r.Year == 0 && len(years) == 1 {
		x.undatedReleases = append(x.undatedReleases, r)
	}
	var nameBuf [8]string
	donors := appendNew(nameBuf[:0], r.Donors...)
	for i := range r.Facts {
		// A joint gift's donors each ("Saudi Arabia, United Kingdom").
		for rest, more := r.Facts[i].Donor, r.Facts[i].Donor != ""; more; {
			var d string
			d, rest, more = strings.Cut(rest, jointSep)
			donors = appendNew(donors, d)
		}
	}
	listUnder(x.byDonor, donors, at)
	recipients := appendNew(appendNew(nameBuf[:0], r.Recipient), r.Recipients...)
	listUnder(x.byRecipient, withFacts(recipients, r, func(f *corpus.Fact) string { return f.Recipient }), at)
}

// withFacts adds to names the name field gives for each of r's facts, when
// it gives one, each once.
func withFacts(names []string, r *corpus.Release, field func(*corpus.Fact) string) []string {
	for i := range r.Facts {
		if s := field(&r.Facts[i]); s != "" {
			names = appendNew(names, s)
		}
	}
	return names
}

// listUnder lists the release at under each of keys.
func listUnder[K comparable](lists map[K]ordinals, keys []K, at int32) {
	for _, k := range keys {
		lists[k] = append(lists[k], at)
	}
}

// appendNew appends each of vs to list unless list holds it.
func appendNew[T comparable](list []T, vs ...T) []T {
	for _, v := range vs {
		if !slices.Contains(list, v) {
			list = append(list, v)
		}
	}
	return list
}

// candidates returns, in corpus order, releases among which are all those
// req narrows to by release id, year, donor and recipient: those listed
// under each of these it names (the indexed lists intersected), or, with
// all set, every release of c when it names none of these.
// releaseMatches still decides.
func (e *Engine) candidates(req request) (cands ordinals, all bool) {
	var lists []ordinals
	if len(req.releases) > 0 {
		var list ordinals
		for _, id := range req.releases {
			if i, ok := slices.BinarySearchFunc(e.c.Releases, id, func(r *corpus.Release, id string) int { return strings.Compare(r.ID, id) }); ok {
				list = append(list, int32(i))
			}
		}
		slices.Sort(list)
		lists = append(lists, slices.Compact(list))
	}
	if len(req.years)+len(req.donors)+len(req.recipients) > 0 {
		x := e.releases.get()
		if len(req.years) > 0 {
			lists = append(lists, union(x.byYear, req.years))
		}
		if len(req.donors) > 0 {
			lists = append(lists, union(x.byDonor, req.donors))
		}
		if len(req.recipients) > 0 {
			lists = append(lists, union(x.byRecipient, req.recipients))
		}
	}
	if len(lists) == 0 {
		return nil, true
	}
	// The shortest first: each intersection is then at most its length.
	slices.SortFunc(lists, func(a, b ordinals) int { return len(a) - len(b) })
	out := lists[0]
	for _, l := range lists[1:] {
		out = intersect(out, l)
	}
	return out, false
}

// intersect returns the ordinals both a and b hold, ascending; a is the
// shorter. It returns a itself when b holds every one of a, without
// copying.
func intersect(a, b ordinals) ordinals {
	var out ordinals
	if len(a)*8 < len(b) {
		// Much shorter: look each of a up in b.
		for i, at := range a {
			if _, ok := slices.BinarySearch(b, at); !ok {
				if out == nil {
					out = append(make(ordinals, 0, len(a)), a[:i]...)
				}
				continue
			}
			if out != nil {
				out = append(out, at)
			}
		}
		if out == nil {
			return a
		}
		return out
	}
	out = make(ordinals, 0, len(a))
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return out
}

// ofKind returns the facts of kind k that match req, as filter would
// from byKind.
func (e *Engine) ofKind(k corpus.Kind, req request) []factRef {
	return e.matching(e.byKind[k], nil, func(f *corpus.Fact) bool { return f.Kind == k }, req)
}

// ofCountry returns the facts about country code (of one of kinds, when
// given) that match req, as filter would from byCountry.
// Asked by one part's name ("Gaza"), not the facts whose sentences name
// another part only (otherPartOnly).
func (e *Engine) ofCountry(code string, req request, kinds ...corpus.Kind) []factRef {
	out := e.matching(e.byCountry[code], e.countryAt[code], func(f *corpus.Fact) bool { return f.Country == code }, req, kinds...)
	// Nor a fact whose sentence names the country only as a giver
	// (namedOnlyAsGiver).
	out = slices.DeleteFunc(out, func(ref factRef) bool { return namedOnlyAsGiver(ref.f.Sentence, code, ref.f.CountryName) })
	if req.parts[code] != "" {
		out = slices.DeleteFunc(out, func(ref factRef) bool { return otherPartOnly(amountClause(ref.f), code, req) })
	}
	return out
}

// ofRegion returns the facts about the region name (of one of kinds, when
// given) that match req, as filter would from byRegion.
func (e *Engine) ofRegion(name string, req request, kinds ...corpus.Kind) []factRef {
	k := corpus.Fold(name)
	return e.matching(e.byRegion[k], nil, func(f *corpus.Fact) bool {
		return slices.ContainsFunc(f.RegionNames(), func(g string) bool { return corpus.Fold(g) == k })
	}, req, kinds...)
}

// matching returns filter(list, req, kinds...), where list holds, in
// corpus order, the facts for which in is true, and within, when not nil,
// the releases that hold them. When the releases req
// narrows to hold fewer facts than checking list would read (each
// release list names that req does not keep costs a look at its facts),
// it reads those releases' facts instead, in the same order.
func (e *Engine) matching(list []factRef, within ordinals, in func(*corpus.Fact) bool, req request, kinds ...corpus.Kind) []factRef {
	cands, all := e.candidates(req)
	if all {
		return filter(list, req, kinds...)
	}
	if within != nil {
		if len(within) < len(cands) {
			cands = intersect(within, cands)
		} else {
			cands = intersect(cands, within)
		}
	}
	n := 0
	for _, at := range cands {
		n += len(e.c.Releases[at].Facts)
	}
	if n >= len(list)*e.factsPerRelease {
		return filter(list, req, kinds...)
	}
	var out []factRef
	for _, at := range cands {
		r := e.c.Releases[at]
		if !releaseMatches(r, req) {
			continue
		}
		for i := range r.Facts {
			f := &r.Facts[i]
			if in(f) && (len(kinds) == 0 || slices.Contains(kinds, f.Kind)) && factMatches(r, f, req) {
				out = append(out, factRef{r, f})
			}
		}
	}
	return out
}

// union returns the releases listed under any of keys, in corpus order,
// each once.
func union[K comparable](lists map[K]ordinals, keys []K) ordinals {
	if len(keys) == 1 {
		return lists[keys[0]]
	}
	var out ordinals
	for _, k := range keys {
		out = append(out, lists[k]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// inCorpus reports whether r is among rs, releases in corpus order.
func inCorpus(rs []*corpus.Release, r *corpus.Release) bool {
	i, ok := slices.BinarySearchFunc(rs, r.ID, func(x *corpus.Release, id string) int { return strings.Compare(x.ID, id) })
	return ok && rs[i] == r
}

// anyFact reports whether any fact of r satisfies ok.
func anyFact(r *corpus.Release, ok func(*corpus.Fact) bool) bool {
	for i := range r.Facts {
		if ok(&r.Facts[i]) {
			return true
		}
	}
	return false
}

// factMatches reports whether a fact of a matching release is within what
// the request names: a fact that states another year, donor or recipient
// is not.
func factMatches(r *corpus.Release, f *corpus.Fact, req request) bool {
	if len(req.years) > 0 && !yearAsked(r, r.Year, req.years) && !slices.Contains(req.years, f.Year) {
		return false
	}
	if len(req.years) > 0 && f.Year != 0 && !yearAsked(r, f.Year, req.years) {
		return false
	}
	if len(req.donors) > 0 && f.Donor != "" && !donorIn(f.Donor, req.donors) {
		return false
	}
	if len(req.recipients) > 0 && f.Recipient != "" && !slices.Contains(req.recipients, f.Recipient) {
		return false
	}
	return true
}

// speakerRe finds the person a question asks the words of: "What did
// Penny Mordaunt say", "What has the minister said".
var speakerRe = lazyre.New(`(?i)\bwhat\s+(?:did|does|has|have)\s+(.+?)\s+(?:say|said|state|stated)\b`)

// speakerNamed returns the name a question asks the words of, as typed,
// or "".
func speakerNamed(q string) string {
	m := speakerRe.FindStringSubmatch(q)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(strings.TrimPrefix(m[1], "the "))
}

// quotesNaming returns the quotes, among the releases a request narrows to
// (whatever year it names), whose paragraph attributes them to name: the
// name or its surname stands in the quote's paragraph.
func (e *Engine) quotesNaming(req request, name string) []factRef {
	req.years = nil
	words := []string{corpus.Fold(name)}
	if ws := strings.Fields(words[0]); len(ws) > 1 && len(ws[len(ws)-1]) >= 4 {
		words = append(words, ws[len(ws)-1])
	}
	var out []factRef
	for _, ref := range e.ofKind(corpus.KindQuote, req) {
		// The attribution stands in the quote's paragraph or introduces
		// it in the one before ("Penny Mordaunt said:").
		near := ref.r.Paragraph(ref.f.Paragraph-1) + " " + ref.r.Paragraph(ref.f.Paragraph)
		if has(corpus.Fold(near), words...) {
			out = append(out, ref)
		}
	}
	return out
}

// namesNoOneElse reports whether the name a question asks the words of is
// a donor, recipient or place rather than a person ("What did Japan
// say?"), so that the question is about what that one's releases quote.
func (e *Engine) namesNoOneElse(req request, name string) bool {
	f := corpus.Fold(name)
	for _, list := range [][]string{req.donors, req.recipients} {
		for _, n := range list {
			if has(f, corpus.Fold(n)) {
				return true
			}
		}
	}
	return len(corpus.FindCountries(name)) > 0 || len(findNamed(e.recipientAliases, name, f)) > 0 || len(findNamed(e.donorAliases, name, f)) > 0
}

// undated returns the releases that state no year at all and match what
// else a request names (when it names a donor or recipient): a question
// for a year does not rule them out, and their answer says so.
func (e *Engine) undated(req request) []*corpus.Release {
	if len(req.years) == 0 || len(req.donors)+len(req.recipients) == 0 {
		return nil
	}
	rest := req
	rest.years = nil
	var out []*corpus.Release
	for _, r := range e.releases.get().undatedReleases {
		if releaseMatches(r, rest) {
			out = append(out, r)
		}
	}
	return out
}

// currencyWords are the currencies a question may ask an amount in.
var currencyWords = []struct {
	words []string
	code  string
}{
	{[]string{"in us dollars", "in dollars", "in usd", "in u s dollars"}, "USD"},
	{[]string{"in euros", "in eur"}, "EUR"},
	{[]string{"in pounds", "in sterling", "in gbp"}, "GBP"},
	{[]string{"in yen", "in jpy"}, "JPY"},
	{[]string{"in won", "in krw"}, "KRW"},
	{[]string{"in swiss francs", "in francs", "in chf"}, "CHF"},
	{[]string{"in kronor", "in sek"}, "SEK"},
	{[]string{"in kroner", "in nok"}, "NOK"},
}

// currencyAsked returns the currency a folded question asks amounts in,
// or "".
func currencyAsked(folded string) string {
	for _, c := range currencyWords {
		if has(folded, c.words...) {
			return c.code
		}
	}
	return ""
}
