package answer

import (
	"slices"
	"strings"

	"github.com/fundbot/fundbot/corpus"
)

// ownClauses keeps, of a release's parts that share a sentence with other
// parts, those whose own clause names what the question asks money for by
// a name fundbot knows as no place, donor or recipient (a topic, an
// organisation it does not know, a purpose). "How much did the Central
// Bank give?" of "the Central Bank gave $2bn, followed by the Farmers'
// Bank with $1bn; and the Post Bank with $500m" is the $2bn alone, not
// the three amounts the sentence names it beside; "How much is for the
// host towns?" of "$300 million is for the refugees and the remaining
// $400 million for the host towns" is the $400 million. A part is dropped
// only when the name is in another part's clause and not in its own, or
// when the sentence states another part and the clauses cannot be told
// (an amount not found in it); when none is left, the release states no
// separate amount for it. A part whose sentence does not name it at all
// (chosen by its place, recipient or the sentence before), a release's
// total, and a part whose sentence names it only beside money given
// before ("Having sent EUR 5 million for cholera, it will release a
// further EUR 15 million") are kept.
func ownClauses(res releaseAmounts, req request) releaseAmounts {
	if len(res.gifts) < 1 || len(req.topics)+len(req.orgTopics)+len(req.purposes) == 0 {
		return res
	}
	namesIt := func(text string) bool {
		return namesTopic(text, req.topics) || namesTopic(text, req.orgTopics) || namesPurpose(text, req.purposes)
	}
	var kept []factRef
	dropped := false
	for _, g := range res.gifts {
		if g.f.Total || !namesIt(g.f.Sentence) || !namedInOtherClause(res.r, g.f, namesIt) {
			kept = append(kept, g)
			continue
		}
		dropped = true
	}
	if !dropped {
		return res
	}
	res.gifts = kept
	if len(kept) == 0 {
		res.total, res.wider = false, factRef{}
		var asked []string
		for _, list := range [][]string{req.orgTopics, req.topics, req.purposes} {
			for _, t := range list {
				if !slices.Contains(asked, t) {
					asked = append(asked, t)
				}
			}
		}
		if req.orgAsked != "" {
			asked = []string{req.orgAsked}
		}
		res.missing = names(asked)
	}
	return res
}

// namedInOtherClause reports whether f's sentence names what namesIt
// looks for in the clause of another part (not a total, not context), and
// not in f's own clause (clausesOf). When the amounts cannot be found in
// the sentence and it states another part, it cannot tell whose the name
// is, and reports true: the part is not shown as the name's.
func namedInOtherClause(r *corpus.Release, f *corpus.Fact, namesIt func(string) bool) bool {
	cs, ok := clausesOf(r, f)
	if !ok {
		return slices.ContainsFunc(r.Facts, func(g corpus.Fact) bool {
			return g.Kind == corpus.KindAmount && g.Amount != nil && !g.Total && g.Context == "" &&
				g.Sentence == f.Sentence && g.Paragraph == f.Paragraph && g.Amount != f.Amount
		})
	}
	other := false
	for _, c := range cs {
		if !namesIt(c.text) {
			continue
		}
		if c.f == f {
			return false
		}
		other = other || !c.f.Total && c.f.Context == ""
	}
	return other
}

// A clause is the words of a sentence that are one amount's own.
type clause struct {
	f    *corpus.Fact
	text string
}

// clauseMarks begin a clause of its own inside a sentence that states
// several amounts: what follows one is about the amount after it, not the
// one before ("$2bn, followed by ... $1bn"; "$300 million ... and the
// remaining $400 million"; "€9 million, including ... €2 million ... and
// another €1 million"). Lower case; a sentence is matched folded.
var clauseMarks = []string{
	";", ", followed by", ", as well as", " followed by ", " and the remaining ", " the remaining ", " and the rest", " while ",
	" whereas ", " but ", ", and ", " and another ", ", including ", " including ", " of which ", " out of which ",
	" and a further ", " plus ",
}

// clausesOf returns the clauses of f's sentence, one per amount fact of
// its release stated there: the words from where the clause of the amount
// before ends to where the clause of the amount after begins. Between two
// amounts, the first clause mark (clauseMarks) begins the second's
// clause; with none, the words go to the nearer amount. An amount
// restated in brackets ("30 billion liras ($1.6bn)") shares the clause of
// the amount before it. The second result is false when an amount cannot
// be found in the sentence.
func clausesOf(r *corpus.Release, f *corpus.Fact) ([]clause, bool) {
	s := f.Sentence
	type span struct {
		start, end int
		facts      []*corpus.Fact
	}
	var spans []span
	next := map[string]int{} // stated -> where to look for its next mention
	for i := range r.Facts {
		g := &r.Facts[i]
		if g.Kind != corpus.KindAmount || g.Amount == nil || g.Sentence != s || g.Paragraph != f.Paragraph {
			continue
		}
		stated := g.Amount.Stated
		from := next[stated]
		at := -1
		if stated != "" {
			at = indexFold(s[from:], stated)
		}
		if at < 0 {
			return nil, false
		}
		at += from
		next[stated] = at + len(stated)
		spans = append(spans, span{at, at + len(stated), []*corpus.Fact{g}})
	}
	slices.SortStableFunc(spans, func(a, b span) int { return a.start - b.start })
	// One amount inside another, or restated in brackets right after it:
	// one mention of money.
	merged := spans[:0:0]
	for _, sp := range spans {
		if n := len(merged); n > 0 {
			last := &merged[n-1]
			if sp.start < last.end || strings.Trim(s[last.end:sp.start], " (") == "" {
				last.end = max(last.end, sp.end)
				last.facts = append(last.facts, sp.facts...)
				continue
			}
		}
		merged = append(merged, sp)
	}
	var out []clause
	for k, sp := range merged {
		start, end := 0, len(s)
		if k > 0 {
			start = clauseSplit(s, merged[k-1].end, sp.start)
		}
		if k+1 < len(merged) {
			end = clauseSplit(s, sp.end, merged[k+1].start)
		}
		for _, g := range sp.facts {
			out = append(out, clause{g, s[start:end]})
		}
	}
	return out, true
}

// clauseSplit is where, in the words s[from:to] between two amounts, the
// second amount's clause begins: at the first clause mark, else half-way.
func clauseSplit(s string, from, to int) int {
	gap := strings.ToLower(s[from:to])
	if len(gap) != to-from {
		gap = s[from:to] // a letter whose lower case is longer: marks are ASCII
	}
	best := -1
	for _, m := range clauseMarks {
		if i := strings.Index(gap, m); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best >= 0 {
		return from + best
	}
	mid := from + (to-from)/2
	for mid > from && s[mid]&0xC0 == 0x80 {
		mid--
	}
	return mid
}
