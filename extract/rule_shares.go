package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

var (
	sharePctRe     = lazyre.New(`(?i)\b((?:roughly|about|around|approximately|some|nearly|almost|over|more than|less than|close to|up to|at least|just over|just under)\s+)?(\d+(?:\.\d+)?)\s?(%|per\s?cent\b|percent\b)`)
	shareWordRe    = lazyre.New(`(?i)\b((?:roughly|about|around|approximately|some|nearly|almost|over|more than|less than|close to|just over|just under)\s+)?(one[- ]half|half|one[- ]third|a third|two[- ]thirds|one[- ]quarter|a quarter|three[- ]quarters|one[- ]fifth|a fifth|one[- ]tenth|a tenth)\b`)
	shareLargestRe = lazyre.New(`(?i)\b(the (?:largest|biggest|greatest|single largest) (?:share|portion|part|proportion|allocation|slice)|the lion['’]s share|the bulk|the majority)\b`)
	shareHintRe    = lazyre.New(`(?i)\d|half|third|quarter|fifth|tenth|largest|biggest|greatest|lion|bulk|majority`)
	// coverageRe marks a sentence about how much of an appeal or plan is
	// funded ("To date, only 38 per cent of funding has been received"),
	// not a part of this gift.
	coverageRe    = lazyre.New(`(?i)\b(?:to date|so far|(?:has|have) been (?:received|funded|covered|met)|(?:is|are|was|were) (?:only )?(?:funded|covered)|funded at|(?:of|for) (?:the|its|this) (?:\w+\s+){0,2}(?:appeal|response plan|requirements)|shortfall|funding gap|underfunded|(?:per ?cent|percent) (?:funded|covered|met))\b|%\s*(?:funded|covered|met)\b`)
	fundingNounRe = lazyre.New(`(?i)\b(fund\w*|contribution|donation|grant|money|allocation|budget|amount|total|resources|package)\b`)
)

// nationalIncomeRe names what an aid budget is measured against.
var nationalIncomeRe = lazyre.New(`(?i)\b(?:gross national income|GNI|gross domestic product|GDP|national income)\b`)

// giverPaysRe ends the words before a giver's share of a joint gift:
// "each of which pays ", "the two sides each contribute ".
var giverPaysRe = lazyre.New(`(?i)\b(?:each|both|which|who|partners?|sides?|donors?)\b[^.;,]{0,20}\b(?:pays?|paying|covers?|covering|contributes?|contributing|provides?|providing|puts? up|funds?)\s+$`)

// othersFundsRe follows a share of another body's money: " of CERF's
// funds", " of the fund's income", " of UNHCR's budget" (group 1 names
// the body).
var othersFundsRe = lazyre.New(`^\s*of\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*|fund|agency|organi[sz]ation|programme)(?:['’]s?|s)\s+(?:(?:\w+\s+){0,2})(?:funds|funding|budget|income|resources|contributions|financing|revenue)\b`)

// othersIncome reports whether a share (ending where after starts) is of
// another body's money, not a donor's: "Norway contributes 10 per cent of
// CERF's funds" is Norway's share of the fund's income, never a share of
// this gift for a place.
func othersIncome(after string, donors []string) bool {
	m := othersFundsRe.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	return !slices.ContainsFunc(donors, func(d string) bool { return strings.EqualFold(d, m[1]) || strings.HasPrefix(d, m[1]) })
}

// countAfterRe follows "half" or "a quarter" that make a number: "half a
// million", "a quarter million".
var countAfterRe = lazyre.New(`(?i)^\s+(?:a\s+)?(?:million|billion|thousand|dozen|hundred)\b`)

// andAHalfRe stands before the "half" of a number: "two and a half".
var andAHalfRe = lazyre.New(`(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+and\s+a\s+$`)

// shareAfterOK reports whether what follows a share phrase keeps it about
// money: "of the funding" or nothing, not "of the country".
func shareAfterOK(after string) bool {
	// "cut the overseas aid budget from 0.7% to 0.5% of gross national
	// income": a share of a country's income, not of the gift.
	if nationalIncomeRe.MatchString(after[:min(len(after), 60)]) {
		return false
	}
	after = strings.TrimLeft(after, " ")
	if len(after) < 3 || !strings.EqualFold(after[:3], "of ") {
		return true
	}
	if len(after) > 100 {
		after = after[:100]
	}
	ws := strings.Fields(after)
	if len(ws) > 7 {
		ws = ws[:7]
	}
	return fundingNounRe.MatchString(strings.Join(ws, " "))
}

// shares finds the parts of the total a sentence states.
func shareFacts(x *releaseText, p *paragraph, s *sentence) []corpus.Fact {
	n, sent := p.n, s.text
	if !shareHintRe.MatchString(sent) || !fundingNounRe.MatchString(sent) || coverageRe.MatchString(sent) {
		return nil
	}
	type found struct {
		span
		stated  string
		percent float64
		largest bool
	}
	var fs []found
	for _, m := range sharePctRe.FindAllStringSubmatchIndex(sent, -1) {
		if !shareAfterOK(sent[m[1]:]) || othersIncome(sent[m[1]:], x.r.Donors) {
			continue
		}
		pct, _ := strconv.ParseFloat(sent[m[4]:m[5]], 64)
		fs = append(fs, found{span: span{m[0], m[1]}, stated: sent[m[0]:m[1]], percent: pct})
	}
	for _, m := range shareWordRe.FindAllStringSubmatchIndex(sent, -1) {
		// "over half a million people" counts people; "two and a half
		// times that of 2004" is a ratio.
		// "each of which pays half": what a giver pays of a joint gift,
		// not a place's share.
		if !shareAfterOK(sent[m[1]:]) || othersIncome(sent[m[1]:], x.r.Donors) || countAfterRe.MatchString(sent[m[1]:]) || andAHalfRe.MatchString(sent[:m[0]]) || giverPaysRe.MatchString(sent[:m[0]]) {
			continue
		}
		fs = append(fs, found{span: span{m[0], m[1]}, stated: sent[m[0]:m[1]]})
	}
	for _, m := range shareLargestRe.FindAllStringIndex(sent, -1) {
		if !shareAfterOK(sent[m[1]:]) {
			continue
		}
		fs = append(fs, found{span: span{m[0], m[1]}, stated: sent[m[0]:m[1]], largest: true})
	}
	if len(fs) == 0 {
		return nil
	}
	slices.SortFunc(fs, func(a, b found) int { return a.start - b.start })
	// "The largest share – about 40 per cent – ..." is one share.
	if len(fs) == 2 && fs[0].largest != fs[1].largest {
		merged := fs[0]
		if merged.largest {
			merged = fs[1]
		}
		merged.largest = true
		fs = []found{merged}
	}
	var out []corpus.Fact
	for _, sh := range fs {
		f := x.fact(corpus.KindShare, n, sent)
		f.Share, f.Percent, f.Largest = sh.stated, sh.percent, sh.largest
		// A share whose sentence names an organisation it goes to ("Just
		// over 50% of the total ... will be earmarked for ICRC
		// operations") or a budget it is of ("the bulk of its remaining
		// budget") is not the paragraph's place's.
		if len(orgMentions(sent)) > 0 || shareOfBudgetRe.MatchString(sent) {
			attach(&f, p, s, sh.start, sh.end, placeAfter, placeLast)
		} else {
			attach(&f, p, s, sh.start, sh.end, placeAfter, placeLast, placeParagraph)
		}
		if regs := regionsTogether(s, f.Region, sh.end); len(regs) > 1 {
			f.Region, f.Regions = "", regs
		} else if f.Country != "" && countryStartsList(s, f.Country, sh.end) {
			// "Half of the funding goes to Jordan and Lebanon": the share
			// is theirs together, no one country's; a fact holds regions
			// together, not countries, so it keeps no place.
			f.Country, f.CountryName = "", ""
		}
		out = append(out, f)
	}
	return out
}

// shareOfBudgetRe names a budget a share is of: "the bulk of its
// remaining budget", "half of its annual budget".
var shareOfBudgetRe = lazyre.New(`(?i)\bof\s+(?:its|their|the|our)\s+(?:\w+\s+){0,2}budget\b`)

// countryStartsList reports whether the country a share was given, the
// first place named after it (the share ending at end), starts a list of
// places: "Half of the funding goes to Jordan and Lebanon".
func countryStartsList(s *sentence, code string, end int) bool {
	ms := s.places
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= end })
	if i == len(ms) || ms[i].Country.Code != code {
		return false
	}
	return i+1 < len(ms) && regionJoinRe.MatchString(s.text[ms[i].End:ms[i+1].Start])
}

// regionJoinRe joins two regions of one list: "and", a comma, "as well
// as", nothing else ("the Middle East and North Africa and Europe"), after
// a bracket that may close the first ("Yemen ($20 million) and").
var regionJoinRe = lazyre.New(`^\s*(?:\([^)]{0,40}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s*|as well as\s+)(?:the\s+)?$`)

// regionsTogether returns the regions a share is stated for together
// when the region it was given, the first place named after it (the
// share ending at end), starts a list of regions: "35 per cent to the
// Middle East and North Africa and Europe". The share is then for all of
// them, never split; a list that goes on with a country ends at it.
func regionsTogether(s *sentence, region string, end int) []string {
	ms := s.places
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= end })
	if region == "" || i == len(ms) || ms[i].Country.Code != "" || ms[i].Region != region {
		return nil
	}
	out := []string{region}
	for j := i + 1; j < len(ms); j++ {
		m := ms[j]
		if m.Country.Code != "" || m.Region == "" || !regionJoinRe.MatchString(s.text[ms[j-1].End:m.Start]) {
			break
		}
		if !slices.Contains(out, m.Region) {
			out = append(out, m.Region)
		}
	}
	return out
}
