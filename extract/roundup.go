package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

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

// roundupHeadingRe is a paragraph that is only a donor's name, as a
// ranked list sets it above the entry's figures: "1. GERMANY", "EUROPEAN
// COMMISSION", "3) United States".
var roundupHeadingRe = lazyre.New(`^(?:\d{1,2}[.)]\s+)?(\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?i:of|the)\s+)?\p{Lu}[\p{L}.'’&-]*){0,4})$`)

// maxHeadingParagraphs and maxHeadingWords bound the paragraphs a
// heading's entry runs over, and the words of each: the figures under it, not the page's text after the
// list.
const (
	maxHeadingParagraphs = 4
	maxHeadingWords      = 60
)

// roundupEntry is one entry of a roundup's list: the donor its label or
// heading names, and the sentences that tell its pledge.
type roundupEntry struct {
	donor string
	at    []sentenceAt
}

// sentenceAt is a sentence and its paragraph (1-based).
type sentenceAt struct {
	paragraph int
	sentence  string
}

// holds reports whether fact f is stated in entry e.
func (e roundupEntry) holds(f *corpus.Fact) bool {
	return slices.Contains(e.at, sentenceAt{f.Paragraph, strings.TrimSpace(f.Sentence)})
}

// roundupDonor reads the donor a label or heading names, written in
// capitals or not ("BRITAIN" is "Britain"), or "".
func roundupDonor(name string) string {
	if d := donorName(name); d != "" {
		return d
	}
	if !allCaps(name) {
		return ""
	}
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		if w != "of" && w != "the" {
			words[i] = upperFirst(w)
		}
	}
	return donorName(strings.Join(words, " "))
}

// roundupEntries returns the entries of a roundup's list in paras. A
// sentence opening with a donor's name and a colon or a dash starts one,
// and the sentences after it in its paragraph, up to the next label,
// belong to it; a paragraph that is only a donor's name (a heading)
// starts one that runs over the short paragraphs under it, up to the next
// heading or label. It returns nil unless at least two entries name
// different donors: a page with one such line is no list of pledges.
func roundupEntries(paras []string) []roundupEntry {
	var out []roundupEntry
	heading := -1 // the entry a heading opened, while it runs
	under := 0    // the paragraphs it has run over
	for i, p := range paras {
		if m := roundupHeadingRe.FindStringSubmatch(strings.TrimSpace(p)); m != nil {
			if d := roundupDonor(m[1]); d != "" {
				out = append(out, roundupEntry{donor: d})
				heading, under = len(out)-1, 0
				continue
			}
		}
		if heading >= 0 && (under == maxHeadingParagraphs || wordCount(p) > maxHeadingWords) {
			heading = -1
		}
		open := heading >= 0
		for _, sp := range sentences(p) {
			s := strings.TrimSpace(p[sp.start:sp.end])
			if m := roundupLabelRe.FindStringSubmatch(s); m != nil {
				heading = -1
				if d := donorName(m[1]); d != "" {
					out = append(out, roundupEntry{donor: d, at: []sentenceAt{{i + 1, s}}})
					open = true
					continue
				}
				open = false
				continue
			}
			if open {
				e := &out[len(out)-1]
				e.at = append(e.at, sentenceAt{i + 1, s})
			}
		}
		if heading >= 0 {
			under++
		}
	}
	if len(roundupDonors(out)) < 2 {
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
		// "2016: $1.311 billion": the year an entry's line gives its
		// figure for.
		if m := yearLabelRe.FindStringSubmatch(f.Sentence); m != nil {
			f.Year, _ = strconv.Atoi(m[1])
			if m[2] != "" {
				// "2017-2020: $1.202 billion": not the first year's
				// alone; a person checks it.
				f.Check = "stated for " + m[1] + "-" + m[2] + " together, as its line says; kept under its first year"
			}
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

// yearLabelRe opens a line that gives the year of its figure, or the
// first and last of its years: "2016: $925 million", "For 2016: ...",
// "2017-2020: $881 million".
var yearLabelRe = lazyre.New(`^(?:(?:[Ff]or|[Ii]n)\s+)?((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\s*:\s`)

// planWordRe names a plan or an appeal, whose sum is no donor's pledge.
var planWordRe = lazyre.New(`(?i)\b(?:plans?|appeals?|budget|requirements?|requires|needs)\b`)

// inferredDonorCheck is the check of a release whose donor was read from
// the text near the announcing sentence, not from the title or that
// sentence.
const inferredDonorCheck = "donor inferred from the text near the announcing sentence, not from the title or that sentence"

// proseRoundupCheck is the check a roundup told in sentences carries.
const proseRoundupCheck = "several donors' gifts told in its sentences: each amount is read as the gift of the donor named right before it in its sentence; an amount with no such donor is the sum of many, or a cost, no one's gift"

// proseRoundup reads a page that tells many donors' gifts in its sentences
// ("The United States is the largest donor, having given US$78 million.
// The Canadian government has made a contribution of US$38 million, Spain
// has offered US$22 million, Japan US$9 million"), under a sum all of
// them raised: a recipient's thanks, a news summary. Its donors were only
// inferred from the text, or none was found; at least two other donors
// are named giving their own amounts (or one, beside two inferred
// donors); and the announcing sentence speaks of many givers ("donors",
// "partners", "the world"). Such a page has no total and no one donor:
// each amount is the gift of the donor it comes "from" right after it, or
// else the one its sentence names right before it, and every other
// amount, the lead's sum of many among them, is context "overall". It
// reports whether it did so.
func proseRoundup(r *corpus.Release, lead string) bool {
	if !slices.Contains(r.Check, inferredDonorCheck) && len(r.Donors) > 0 || !manyGiversWordRe.MatchString(lead) {
		return false
	}
	var others []string
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount && f.Context == "other donor" && f.Donor != "" && !strings.Contains(f.Donor, ", ") &&
			!slices.Contains(r.Donors, f.Donor) && !slices.Contains(others, f.Donor) {
			others = append(others, f.Donor)
		}
	}
	// (Two inferred donors and one other named giver are three givers
	// too: "The World Bank and the Asian Development Bank pledged one
	// billion dollars each ... The United States pledged 510 million".)
	if len(others) < 2 && len(others)+len(r.Donors) < 3 {
		return false
	}
	donors := append(slices.Clone(r.Donors), others...)
	var out []corpus.Fact
	seen := map[[2]string]int{} // sentence and stated amount: how many read so far
	for _, f := range r.Facts {
		if f.Kind != corpus.KindAmount {
			out = append(out, f)
			continue
		}
		// Where this amount stands: the nth of the same stated amount in
		// its sentence ("$1 million from the United States, $1 million
		// from Bhutan").
		key := [2]string{f.Sentence, f.Amount.Stated}
		at := nthStated(f.Sentence, f.Amount.Stated, seen[key])
		seen[key]++
		f.Total = false
		if f.Context != "" && f.Context != "other donor" {
			if f.Donor == strings.Join(r.Donors, ", ") {
				f.Donor = ""
			}
			out = append(out, f)
			continue
		}
		// "..., with Australia, France and the UK all contributing
		// around US$3 million": each of them gives it.
		if each := eachGiverBefore(&f); len(each) > 1 {
			for _, g := range each {
				h := f
				h.Donor, h.Context = g, ""
				out = append(out, h)
				if !slices.Contains(donors, g) {
					donors = append(donors, g)
				}
			}
			continue
		}
		// "The World Bank and the Asian Development Bank have pledged
		// $US1 billion each": an amount already split between its
		// givers keeps each one's.
		if slices.Contains(donors, f.Donor) && givenEachAfterRe.MatchString(f.Sentence[min(len(f.Sentence), max(0, at)+len(f.Amount.Stated)):]) {
			f.Context = ""
		} else if g := namedGiverOf(&f, at, donors); g != "" {
			f.Donor, f.Context = g, ""
			// "which has pledged $US510 million, including $US156 million
			// already given": the giver's money given before, inside its
			// pledge, not a second gift.
			if alreadyGivenAfterRe.MatchString(f.Sentence[min(len(f.Sentence), at+len(f.Amount.Stated)):]) {
				f.Context = "earlier"
			}
		} else {
			f.Donor, f.Context = "", "overall"
		}
		out = append(out, f)
	}
	// A donor is no place the money goes.
	r.Facts = slices.DeleteFunc(out, func(f corpus.Fact) bool {
		return f.Kind == corpus.KindDestination && f.Country != "" && slices.Contains(donors, f.CountryName)
	})
	r.Donors = donors
	r.Check = slices.DeleteFunc(r.Check, func(c string) bool { return c == inferredDonorCheck })
	r.Check = append(r.Check, proseRoundupCheck)
	return true
}

// manyGiversWordRe names many givers together in an announcing sentence:
// "with donors ... raising", "thanked the world", "its partners".
var manyGiversWordRe = lazyre.New(`(?i)\b(?:donors|donor (?:countries|nations|governments)|governments|partners|the world|international community)\b`)

// alreadyGivenAfterRe follows an amount given before: " already given",
// " previously disbursed".
var alreadyGivenAfterRe = lazyre.New(`^\s+(?:already|previously)\s+(?:given|provided|disbursed|paid|delivered|released|committed|contributed|transferred|pledged)\b`)

// nextItemRe ends a list item: ", ", a semicolon, a dash, or "and"
// before the next amount ("from Australia and $840,000 from ...").
var nextItemRe = lazyre.New(`,\s|;|—|–|\s+and\s+(?:US\$|[$€£¥]|\d)`)

// upToNextItem is s up to the end of its list item ("from the United
// States, $1 million from Bhutan").
func upToNextItem(s string) string {
	if m := nextItemRe.FindStringIndex(s); m != nil {
		return s[:m[0]]
	}
	return s
}

// fromRightAfterRe follows an amount with the giver it comes from, right
// after it: " from the United States", " in funding from Bhutan".
var fromRightAfterRe = lazyre.New(`^\s+(?:(?:in|of)\s+(?:[\w-]+\s+){0,2})?from\s+`)

// namedGiverOf returns which of donors amount f, standing at at in its
// sentence, is given by: the one it comes "from" right after it ("$1
// million from the United States, $1 million from Bhutan"), else the
// country or donor body named last before it, else one named after "from"
// further on; "" when that is none of donors.
func namedGiverOf(f *corpus.Fact, at int, donors []string) string {
	if at < 0 {
		return ""
	}
	if after := f.Sentence[at+len(f.Amount.Stated):]; fromRightAfterRe.MatchString(after) {
		if ds := fromDonors(f.Amount.Stated + upToNextItem(after)); len(ds) >= 1 {
			if i := slices.IndexFunc(donors, func(d string) bool { return sameGiver(d, ds[0]) }); i >= 0 {
				return donors[i]
			}
		}
	}
	// (Not a name inside a relative clause: "The United Kingdom, which
	// co-hosted the summit with Germany, pledged £286 million".)
	before := relativeAsideRe.ReplaceAllStringFunc(f.Sentence[:at], func(m string) string { return strings.Repeat(" ", len(m)) })
	// (Nor the giver the amount before comes "from": "$840,000 from the
	// Red Cross Society of China — with a further $24.1 million in
	// outstanding pledges from other governments".)
	for _, a := range findAmounts(before, "") {
		if fromRightAfterRe.MatchString(before[a.end:]) {
			n := len(upToNextItem(before[a.end:]))
			before = before[:a.end] + strings.Repeat(" ", n) + before[a.end+n:]
		}
	}
	last, lastAt := "", -1
	if ms := corpus.Mentions(before); len(ms) > 0 {
		m := ms[len(ms)-1]
		if m.Region == "" {
			last, lastAt = m.Country.Name, m.Start
		}
	}
	for _, b := range donorBodies {
		if i := lastWordIndex(before, b.Name); i > lastAt {
			last, lastAt = b.Donor, i
		}
	}
	// (A giver named after "from" further on, before the next amount:
	// "$2 million, money that came from Norway".)
	if last == "" {
		rest := f.Sentence[at+len(f.Amount.Stated):]
		if as := findAmounts(rest, ""); len(as) > 0 {
			rest = rest[:as[0].start]
		}
		if ds := fromDonors(f.Amount.Stated + rest); len(ds) == 1 {
			last = ds[0]
		}
	}
	if i := slices.IndexFunc(donors, func(d string) bool { return sameGiver(d, last) }); last != "" && i >= 0 {
		return donors[i]
	}
	return ""
}

// lastWordIndex is where w last stands in s as a whole word, or -1.
func lastWordIndex(s, w string) int {
	for end := len(s); end > 0; {
		i := strings.LastIndex(s[:end], w)
		if i < 0 {
			return -1
		}
		if wordIndex(s[i:], w) == 0 {
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			if i == 0 || !isWordRune(before) {
				return i
			}
		}
		end = i
	}
	return -1
}

// allGivingRe ends the words before an amount that several named just
// before it each give: ", all contributing around ", " each giving ".
var allGivingRe = lazyre.New(`(?i),?\s+(?:all|each)\s+(?:contributing|giving|providing|offering|pledging|donating|having given)\s+(?:(?:about|around|some|nearly|almost|over|more than|roughly|approximately)\s+)?$`)

// eachGiverBefore returns the countries a list right before amount f names
// as each giving it ("with Australia, France, Sweden and the UK, all
// contributing around US$3 million"), or nil.
func eachGiverBefore(f *corpus.Fact) []string {
	at := indexStated(f.Sentence, f.Amount.Stated)
	if at < 0 {
		return nil
	}
	m := allGivingRe.FindStringIndex(f.Sentence[:at])
	if m == nil {
		return nil
	}
	list := f.Sentence[max(0, m[0]-120):m[0]]
	if i := strings.LastIndexAny(list, ";:"); i >= 0 {
		list = list[i+1:]
	}
	ms := corpus.Mentions(list)
	if len(ms) < 2 {
		return nil
	}
	// The list ends right before "all contributing", its items joined by
	// commas and "and".
	if strings.TrimSpace(list[ms[len(ms)-1].End:]) != "" {
		return nil
	}
	var out []string
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].Region != "" || i < len(ms)-1 && !listJoins(list[ms[i].End:ms[i+1].Start]) {
			break
		}
		out = append(out, ms[i].Country.Name)
	}
	slices.Reverse(out)
	return out
}
