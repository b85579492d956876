package extract

import (
	"slices"
	"strings"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// This file reads a roundup: a news page that lists what several donors
// pledged, one entry a donor ("Germany: Berlin pledged ..."), under a sum
// that is all of theirs together. Such a page has no single giver and no
// total; each entry's amounts are its own donor's.

// roundupLabelRe opens a roundup's entry with its donor's name and a colon
// or a dash: "Germany: ", "United Arab Emirates: ", "- Japan: ", "Saudi
// Arabia - ". The name is one to five capitalised words, "of" and "the"
// aside.
var roundupLabelRe = lazyre.New(`^[\s\p{Pd}•*·]*((?:[Tt]he\s+)?\p{Lu}[\p{L}.'’]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}.'’]*){0,4})(?:\s*:|\s+\p{Pd})\s+\S`)

// roundupEntry is one entry of a roundup's list: the donor its label
// names, and the paragraph (1-based) and sentences that tell its pledge.
type roundupEntry struct {
	donor     string
	paragraph int
	sentences []string
}

// holds reports whether fact f is stated in entry e.
func (e roundupEntry) holds(f *corpus.Fact) bool {
	return e.paragraph == f.Paragraph && slices.Contains(e.sentences, strings.TrimSpace(f.Sentence))
}

// roundupEntries returns the entries of a roundup's list in paras: each
// sentence opening with a donor's name and a colon starts one, and the
// sentences after it in its paragraph, up to the next label, belong to it.
// It returns nil unless at least two entries name different donors: a page
// with one such line is no list of pledges.
func roundupEntries(paras []string) []roundupEntry {
	var out []roundupEntry
	donors := map[string]bool{}
	for i, p := range paras {
		open := false
		for _, sp := range sentences(p) {
			s := strings.TrimSpace(p[sp.start:sp.end])
			if m := roundupLabelRe.FindStringSubmatch(s); m != nil {
				if d := donorName(m[1]); d != "" {
					out = append(out, roundupEntry{donor: d, paragraph: i + 1, sentences: []string{s}})
					donors[d] = true
					open = true
					continue
				}
				open = false
				continue
			}
			if open {
				out[len(out)-1].sentences = append(out[len(out)-1].sentences, s)
			}
		}
	}
	if len(donors) < 2 {
		return nil
	}
	return out
}

// roundupDonors returns the donors of entries, each once, in the order the
// list names them.
func roundupDonors(entries []roundupEntry) []string {
	var out []string
	for _, e := range entries {
		if !slices.Contains(out, e.donor) {
			out = append(out, e.donor)
		}
	}
	return out
}

// roundupCheck is the check a roundup read entry by entry carries.
const roundupCheck = "a roundup of several donors' pledges: each amount is read as the pledge of the donor its list entry names; the sum of them all is no one donor's gift"

// roundupGivers gives each amount of a roundup the donor of the entry it
// is stated in, as that donor's own (not another donor's money), and
// makes every amount outside the entries context: the sum of many
// donors' pledges or a figure of the event, no one's gift. No amount is
// the release's total.
func roundupGivers(facts []corpus.Fact, entries []roundupEntry) {
	for i := range facts {
		f := &facts[i]
		if f.Kind != corpus.KindAmount {
			continue
		}
		f.Total = false
		e := slices.IndexFunc(entries, func(e roundupEntry) bool { return e.holds(f) })
		if e < 0 {
			f.Donor = ""
			if f.Context == "" || f.Context == "other donor" {
				f.Context = "overall"
			}
			continue
		}
		f.Donor = entries[e].donor
		if f.Context == "other donor" {
			f.Context = ""
		}
	}
	// "Italy: Italy pledges $400 million over the next three years": an
	// entry's only amounts, read as a programme over several years beside
	// the page's headline, are its donor's pledge over those years, unless
	// the entry names a plan or an appeal.
	for _, e := range entries {
		own, plans := false, []int{}
		for i := range facts {
			f := &facts[i]
			if f.Kind != corpus.KindAmount || !e.holds(f) {
				continue
			}
			switch {
			case f.Context == "":
				own = true
			case f.Context == "plan" && !planWordRe.MatchString(f.Sentence):
				plans = append(plans, i)
			}
		}
		if !own && len(plans) > 0 {
			facts[plans[0]].Context = ""
		}
	}
}

// planWordRe names a plan or an appeal, whose sum is no donor's pledge.
var planWordRe = lazyre.New(`(?i)(?:plans?|appeals?|budget|requirements?|requires|needs)`)
