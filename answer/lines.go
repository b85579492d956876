package answer

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fundbot/fundbot/corpus"
)

// Line is one line of support under an answer's headline: a sentence a
// release states, shortened, with the figures it gives, and the release it
// comes from. Items from the same sentence share one line, so each
// sentence appears once in a reply.
type Line struct {
	// Text is the source sentence, cut to about MaxLineText characters
	// around its figures with "…" where it was cut; for an item without a
	// sentence, its label and value.
	Text string
	// Figures are the parts of Text to emphasise (the amounts, shares,
	// counts and places the items state), in order, each a substring of
	// Text as written there.
	Figures []string
	// Extra holds "label: value" for the items whose value the sentence
	// does not hold in so many words.
	Extra []string
	// Derived marks a number fundbot computed; Text then says what it is
	// and Detail how it was computed.
	Derived bool
	Detail  string
	// Context, for an amount quoted as context rather than as a gift (an
	// appeal, another donor's money), says which.
	Context string
	// Release, Title, URL and Date name where the line comes from; Year is
	// the funding year.
	Release, Title, URL, Date string
	Year                      int
}

// MaxLineText is about how long a line's sentence may be before it is
// shortened.
const MaxLineText = 200

// Lines returns the answer's items as lines of support: consecutive or not,
// items that quote the same sentence of the same release share a line.
// The engine computes them once with the answer's text; an answer whose
// items were replaced since has them computed again.
func (a *Answer) Lines() []Line {
	if a.lines != nil && sameItems(a.Items, a.linesOf) {
		return slices.Clone(a.lines)
	}
	return a.computeLines()
}

// keepLines computes the answer's lines and keeps them for Lines.
func (a *Answer) keepLines() {
	a.lines, a.linesOf = a.computeLines(), a.Items
	if a.lines == nil {
		a.lines = []Line{}
	}
}

// sameItems reports whether x and y are the same slice of items.
func sameItems(x, y []Item) bool {
	return len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
}

// currentLines returns the answer's lines as keepLines kept them (not a
// copy: for the answer's own use), or computes them if its items were
// replaced since.
func (a *Answer) currentLines() []Line {
	if a.lines != nil && sameItems(a.Items, a.linesOf) {
		return a.lines
	}
	return a.computeLines()
}

// A lineKey is what items that share a line share: a sentence of a
// release.
type lineKey struct{ release, sentence string }

func (a *Answer) computeLines() []Line {
	out := make([]Line, 0, len(a.Items))
	at := make(map[lineKey]int, len(a.Items))    // release and sentence -> index in out
	figures := make([][]string, 0, len(a.Items)) // per line: the values and labels to look for
	said := make([][]string, 0, len(a.Items))    // per figure: "label: value", for when the excerpt leaves it out
	whole := map[int]bool{}                      // lines an item quotes at length: cut from the start
	for _, it := range a.Items {
		if it.Derived {
			out = append(out, Line{Text: joinLabel(it.Label, it.Value), Derived: true, Detail: it.Sentence})
			figures = append(figures, nil)
			said = append(said, nil)
			continue
		}
		s := strings.TrimSpace(it.Sentence)
		if s == "" {
			out = append(out, Line{Text: joinLabel(it.Label, it.Value), Release: it.Release, Title: it.Title,
				URL: it.URL, Date: it.Date, Year: it.Year})
			figures = append(figures, nil)
			said = append(said, nil)
			continue
		}
		key := lineKey{it.Release, s}
		i, ok := at[key]
		if !ok {
			i = len(out)
			at[key] = i
			out = append(out, Line{Text: s, Release: it.Release, Title: it.Title, URL: it.URL, Date: it.Date, Year: it.Year})
			figures = append(figures, nil)
			said = append(said, nil)
		}
		switch {
		case containsFold(s, it.Value) && len(it.Value) < 80:
			figures[i] = append(figures[i], it.Value)
			said[i] = append(said[i], joinLabel(it.Label, it.Value))
		case len(it.Value) >= 80 && (strings.Contains(it.Value, s) || containsFold(s, strings.Trim(it.Value, "…\"“”' ."))):
			// The value is the sentence, or a long part of it: the line
			// says it.
			whole[i] = true
		default:
			// "US$385 million (USD)": the figure as the sentence states it
			// is what a long sentence is cut around, so it is not shown
			// from its start up to another amount of it.
			if stated, _, ok := strings.Cut(it.Value, " ("); ok && len(s) > MaxLineText+MaxLineText/10 &&
				strings.ContainsAny(stated, "0123456789") && len(stated) < 80 && containsFold(s, stated) {
				figures[i] = append(figures[i], stated)
				said[i] = append(said[i], "")
			}
			if name := subject(it.Label); containsFold(s, name) {
				figures[i] = append(figures[i], name)
				said[i] = append(said[i], "")
			}
			if !hasPrefixFold(it.Value, "named among") {
				out[i].Extra = append(out[i].Extra, joinLabel(it.Label, it.Value))
			}
		}
	}
	contexts := contextFacts(a.Facts)
	for i := range out {
		if out[i].Derived || len(figures[i]) == 0 && len(out[i].Text) <= MaxLineText+MaxLineText/10 {
			continue
		}
		var kept []bool
		out[i].Text, out[i].Figures, kept = excerpt(out[i].Text, figures[i], MaxLineText, whole[i])
		for k, ok := range kept {
			if !ok && said[i][k] != "" {
				out[i].Extra = append(out[i].Extra, said[i][k])
			}
		}
		out[i].Context = contextOf(contexts, out[i])
	}
	return out
}

// hasPrefixFold reports whether s begins with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// contextFacts returns the amount facts of facts that have a Context:
// amounts that are not gifts. Most answers have none; an answer's lines
// look for theirs among these alone, not among its every fact.
func contextFacts(facts []*corpus.Fact) []*corpus.Fact {
	var out []*corpus.Fact
	for _, f := range facts {
		if f.Context != "" && f.Kind == corpus.KindAmount && f.Amount != nil {
			out = append(out, f)
		}
	}
	return out
}

// contextOf is the reason an amount on line l is context, not a gift: the
// Context of an amount fact the answer used (among contexts, from
// contextFacts), from the same sentence, whose stated amount the line
// emphasises.
func contextOf(contexts []*corpus.Fact, l Line) string {
	for _, f := range contexts {
		if f.Release != l.Release {
			continue
		}
		for _, fig := range l.Figures {
			if strings.EqualFold(fig, f.Amount.Stated) {
				return f.Context
			}
		}
	}
	return ""
}

// Unchecked returns the reasons ingest gave for the facts this answer uses
// that a person has not checked yet, each once.
func (a *Answer) Unchecked() []string {
	var out []string
	for _, f := range a.Facts {
		if c := strings.TrimSpace(f.Check); c != "" && !containsString(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// UncheckedNote is the short line an answer that uses unchecked facts
// carries.
const UncheckedNote = "Some figures here were read automatically from the release and are not yet checked by a person."

// Source is how a line names its release: the title, then the date (or the
// funding year when the title does not state it).
func (l Line) Source() (title, date string) {
	date = l.Date
	if date == "" && l.Year > 0 && !strings.Contains(l.Title, strconv.Itoa(l.Year)) {
		date = strconv.Itoa(l.Year)
	}
	title = l.Title
	if title == "" {
		title = l.Release
	}
	return title, date
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// joinLabel is "label: value", or whichever is set.
func joinLabel(label, value string) string {
	switch {
	case label == "":
		return value
	case value == "":
		return label
	}
	return label + ": " + value
}

// subject is what a label is about: "Pakistan" of "Pakistan — share".
func subject(label string) string {
	for _, sep := range []string{" — ", ": ", " ("} {
		if i := strings.Index(label, sep); i > 0 {
			label = label[:i]
		}
	}
	return strings.TrimSpace(label)
}

// containsFold reports whether sub is in s, ignoring case; an empty sub is
// not.
func containsFold(s, sub string) bool {
	return sub != "" && indexFold(s, sub) >= 0
}

// indexFold is the byte index of sub in s, ignoring case, or -1. In
// ASCII texts (most sentences) it compares byte by byte, without
// lowering copies of both.
func indexFold(s, sub string) int {
	if !isASCII(s) || !isASCII(sub) {
		return strings.Index(strings.ToLower(s), strings.ToLower(sub))
	}
	return indexFoldASCII(s, sub, lowerASCII)
}

// indexFoldASCII is the byte index of the first place in s where sub,
// byte by byte through fold, equals s lowered, or -1: s and sub are
// ASCII. It jumps from one place s has sub's first letter (in either case)
// to the next with strings.IndexByte.
func indexFoldASCII(s, sub string, fold func(byte) byte) int {
	if sub == "" {
		return 0
	}
	first := fold(sub[0])
	for i := 0; i+len(sub) <= len(s); i++ {
		k := indexByteFold(s[i:len(s)-len(sub)+1], first)
		if k < 0 {
			return -1
		}
		i += k
		j := 1
		for j < len(sub) && lowerASCII(s[i+j]) == fold(sub[j]) {
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}

// indexByteFold is the index of the first byte of s that lowers to c, or
// -1.
func indexByteFold(s string, c byte) int {
	switch {
	case 'a' <= c && c <= 'z':
		i := strings.IndexByte(s, c)
		upper := s
		if i >= 0 {
			upper = s[:i]
		}
		if j := strings.IndexByte(upper, c-'a'+'A'); j >= 0 {
			return j
		}
		return i
	case 'A' <= c && c <= 'Z':
		return -1 // no byte lowers to an upper-case letter
	}
	return strings.IndexByte(s, c)
}

// excerpt cuts sentence s to about limit characters, keeping the first of
// figures whole unless fromStart is set, and returns it with the figures as
// they appear in the excerpt and, per figure, whether it is there.
func excerpt(s string, figures []string, limit int, fromStart bool) (string, []string, []bool) {
	// Where the figures are, as written in s.
	type span struct{ start, end int }
	spans := make([]span, 0, len(figures))
	kept := make([]bool, len(figures))
	// Lowering s keeps byte offsets unless a letter changes length.
	sameOffsets := isASCII(s) || len(strings.ToLower(s)) == len(s)
	for _, f := range figures {
		i := indexFold(s, f)
		if i < 0 || !sameOffsets {
			// A case change that changes lengths: find it exactly or not at all.
			i = strings.Index(s, f)
		}
		if i < 0 {
			i = -len(s) - 1 // never kept
		}
		spans = append(spans, span{i, i + len(f)})
	}
	start, end := 0, len(s)
	if runeCount(s) > limit+limit/10 {
		first := span{0, 0}
		if len(spans) > 0 && spans[0].start >= 0 {
			first = spans[0]
		}
		if first.end > limit && !fromStart {
			// Begin a little before the figure, at a word.
			start = wordStart(s, max(0, first.start-limit/3))
		}
		end = wordEnd(s, start, limit)
		if end < first.end && !fromStart {
			end = first.end
		}
	}
	text := strings.TrimSpace(s[start:end])
	if start > 0 {
		text = "…" + text
	}
	if end < len(s) {
		text = strings.TrimRightFunc(text, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }) + "…"
	}
	var shown []string
	for k, sp := range spans {
		if sp.start >= start && sp.end <= end {
			shown = append(shown, s[sp.start:sp.end])
			kept[k] = true
		}
	}
	return text, shown, kept
}

// wordStart is the start of the word at or after byte i of s, or of the
// amount that word is inside: a line never begins with "billion" of "$2.5
// billion".
func wordStart(s string, i int) int {
	for i > 0 && i < len(s) && !unicode.IsSpace(rune(s[i-1])) {
		i++
	}
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	for i > 0 && i < len(s) && splitsAmount(s, i-1) {
		i = strings.LastIndexFunc(s[:i-1], unicode.IsSpace) + 1
	}
	return i
}

// wordEnd is the byte index where a run of about n characters of s from
// start ends, at a space when there is one in the last fifth, and never
// at a space inside an amount: a line cut after "$2.5" of "$2.5 billion"
// would show a wrong figure. With no such space in the last fifth, the run
// goes on to the first one after, within another fifth.
func wordEnd(s string, start, n int) int {
	i, count := start, 0
	for i < len(s) && count < n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		count++
	}
	if i >= len(s) {
		return len(s)
	}
	for j := i; j > start; {
		sp := strings.LastIndexByte(s[start:j], ' ')
		if sp <= 0 || start+sp <= i-n/5 {
			break
		}
		if !splitsAmount(s, start+sp) {
			return start + sp
		}
		j = start + sp
	}
	for j := i; j < len(s) && j < i+n/5; {
		sp := strings.IndexByte(s[j:], ' ')
		if sp < 0 || j+sp >= i+n/5 {
			break
		}
		if !splitsAmount(s, j+sp) {
			return j + sp
		}
		j += sp + 1
	}
	return i
}

// scaleWords and currencyNames are the words that belong to the number
// before them: "2.5 billion", "300 million euros", "40 mln", "750,000
// U.S. dollars".
var (
	scaleWords = map[string]bool{
		"million": true, "millions": true, "billion": true, "billions": true, "thousand": true, "trillion": true,
		"mln": true, "mn": true, "bn": true, "m": true, "k": true, "crore": true, "crores": true, "lakh": true, "lakhs": true,
	}
	currencyNames = map[string]bool{
		"dollars": true, "dollar": true, "euros": true, "euro": true, "pounds": true, "francs": true, "kronor": true,
		"kroner": true, "krona": true, "krone": true, "yen": true, "yuan": true, "rupees": true, "riyals": true,
		"dirhams": true, "dinars": true, "usd": true, "eur": true, "gbp": true, "chf": true, "sek": true, "nok": true,
		"dkk": true, "jpy": true, "aud": true, "cad": true, "nzd": true, "krw": true, "cny": true, "u.s": true, "us": true,
	}
)

// currencyMarks are the words that belong to the number after them:
// "US$ 2.5 million", "EUR 40 million", "Rs. 50 crore". A word ending in a
// currency sign ("NZ$", "$") is one too.
var currencyMarks = map[string]bool{
	"usd": true, "eur": true, "gbp": true, "chf": true, "sek": true, "nok": true, "dkk": true, "jpy": true,
	"aud": true, "cad": true, "nzd": true, "krw": true, "cny": true, "rmb": true, "inr": true, "aed": true,
	"sar": true, "qar": true, "kwd": true, "rs": true, "rs.": true, "nrs": true, "nrs.": true, "dkr": true,
}

// splitsAmount reports whether a cut at the space s[i] falls inside an
// amount: between a number and its scale or currency ("2.5 | billion",
// "2 million | yuan"),
// between a currency and its number ("US$ | 2.5"), or inside a number
// written with spaces ("1 | 200 000").
func splitsAmount(s string, i int) bool {
	before := s[strings.LastIndexFunc(s[:i], unicode.IsSpace)+1 : i]
	_, size := utf8.DecodeRuneInString(s[i:])
	after := s[i+size:]
	if k := strings.IndexFunc(after, unicode.IsSpace); k >= 0 {
		after = after[:k]
	}
	before = strings.TrimLeft(before, "(“\"'")
	after = strings.TrimRight(after, ",.;:)”\"'")
	if before == "" || after == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	first, _ := utf8.DecodeRuneInString(after)
	switch {
	case unicode.IsDigit(last) && (foldedIn(scaleWords, after) || foldedIn(currencyNames, after)):
		return true
	case foldedIn(currencyNames, after) && (foldedIn(scaleWords, before) || strings.EqualFold(before, "U.S.")):
		// "2 million | yuan", "300,000 U.S. | dollars".
		return true
	case unicode.IsDigit(first) && (unicode.Is(unicode.Sc, last) || foldedIn(currencyMarks, before)):
		return true
	}
	lead := strings.TrimLeftFunc(before, func(r rune) bool { return unicode.Is(unicode.Sc, r) })
	return len(lead) <= 3 && allDigits(lead) && len(after) >= 3 && allDigits(after[:3]) &&
		(len(after) == 3 || !unicode.IsDigit(rune(after[3])))
}

// foldedIn reports whether word, in lower case, is a key of m (whose keys
// are short and ASCII), without building a lower-case copy: a renderer
// asks this at every space of a long passage.
func foldedIn(m map[string]bool, word string) bool {
	var b [12]byte
	if len(word) > len(b) {
		return false
	}
	for i := 0; i < len(word); i++ {
		b[i] = lowerASCII(word[i])
	}
	return m[string(b[:len(word)])]
}

// SplitsAmount reports whether cutting text s at the space that begins at
// byte i would fall inside an amount ("$2.5 | billion", "US$ | 2.5"): a
// renderer that shortens text cuts elsewhere, so it never shows "$2.5…"
// of "$2.5 billion".
func SplitsAmount(s string, i int) bool { return splitsAmount(s, i) }

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }

// cite sets each item's URL and Date from its release.
func (e *Engine) cite(a *Answer) {
	for i := range a.Items {
		it := &a.Items[i]
		if it.Release == "" {
			continue
		}
		if r, ok := e.c.Release(it.Release); ok {
			it.URL = r.URL
			it.Date = r.Published
			if it.Date == "" {
				it.Date = r.Date
			}
		}
	}
}

// MaxItems is how many items an answer shows, besides the sums fundbot
// derives: an answer over hundreds of releases would render hundreds of
// kilobytes, which Slack cannot show (a message holds about 12,000
// characters of blocks) and nobody reads.
const MaxItems = 30

// capItems keeps MaxItems items, the most relevant to the question q
// (folded) first: those that name more of its words, and among equals the
// answer's own order (most important first); and every derived sum
// wherever it stands. A note says how many lines and releases it leaves
// out. Sums and totals are computed before, over every fact matched, and
// Facts keeps those facts: the note says so. A table (a line per country)
// is not cut.
func (a *Answer) capItems(q string) {
	if len(a.Items) <= MaxItems || a.Kind == KindTable {
		return
	}
	words := contentWords(q)
	order := make([]int, len(a.Items))
	score := make([]int, len(a.Items))
	for i := range a.Items {
		order[i] = i
		it := &a.Items[i]
		for _, w := range words {
			if containsFoldASCII(it.Label, w) || containsFoldASCII(it.Value, w) || containsFoldASCII(it.Sentence, w) {
				score[i]++
			}
		}
	}
	slices.SortStableFunc(order, func(x, y int) int { return score[y] - score[x] })
	keep := make([]bool, len(a.Items))
	n := 0
	for _, i := range order {
		if !a.Items[i].Derived && n < MaxItems {
			keep[i] = true
			n++
		}
	}
	kept := make([]Item, 0, MaxItems+4)
	shown := map[string]bool{}
	for i, it := range a.Items {
		if it.Derived || keep[i] {
			kept = append(kept, it)
			shown[it.Release] = true
		}
	}
	var left []string // releases of the items left out and of none shown, each once
	for i, it := range a.Items {
		if !it.Derived && !keep[i] && !shown[it.Release] && !slices.Contains(left, it.Release) {
			left = append(left, it.Release)
		}
	}
	what := plural(len(a.Items)-len(kept), "more line", "more lines")
	if len(left) > 0 {
		what += " (from " + plural(len(left), "other release", "other releases") + ")"
	}
	a.Items = kept
	a.Notes = append(slices.Clip(a.Notes), "Not shown: "+what+"; every total or sum above counts them. Narrow the question by year, donor or recipient to see them.")
}

// contentWords are the words of a folded question worth looking for in
// an item: four letters or more, and not a word every question uses.
func contentWords(folded string) []string {
	var out []string
	for _, w := range strings.Fields(folded) {
		if len(w) >= 4 && !stopwords[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// containsFoldASCII reports whether s contains w (folded: lower case)
// ignoring ASCII case, without building a lower-case copy of s.
func containsFoldASCII(s, w string) bool {
	return indexFoldASCII(s, w, func(b byte) byte { return b }) >= 0
}

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}
