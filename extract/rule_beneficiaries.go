package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

var (
	thingsForRe  = lazyre.New(`\b(?:for|of|in|at|with)\s`) // "10 safe spaces for women" counts things
	helpBeforeRe = lazyre.New(`(?i)\b(reach\w*|benefit\w*|help\w*|assist\w*|support\w*|serv(?:e|es|ing)|distribut\w*|train\w*|register\w*|shelter\w*|equip\w*|provid\w*|feed\w*|vaccinat\w*|target\w*|protect\w*|treat\w*|aid(?:s|ing)?|giv(?:e|es|ing)|deliver\w*|for|(?:food|aid|assistance|supplies|relief|rations|items|kits|cash)\s+to)\b[^.;]{0,50}$`)
	helpAfterRe  = lazyre.New(`(?i)^[^.;]{0,40}?\b(will (?:benefit|receive|be (?:reached|helped|assisted|supported|served|vaccinated|treated))|benefit(?:ing)? from)\b|^[^.;]{0,100}?\b(?:are|is) (?:expected|set|due) to be (?:reached|helped|assisted|supported|served)\b`)
	peopleRe     = lazyre.New(`(?i)\b((?:approximately|about|around|some|nearly|almost|over|more than|up to|an estimated|at least|close to|roughly)\s+)?(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+(?:\.\d+)?\s(?:million|thousand)|(?:half a|` + numberWord + `)\s+million|\d+)\s+((?:[a-z][\w-]*\s+){0,4}?)(people|persons|individuals|migrants|refugees|returnees|families|households|children|IDPs|internally displaced persons|displaced persons|beneficiaries|victims|survivors|students|women|girls|boys|youths?|young people|asylum seekers|villagers|residents|farmers|pastoralists|workers|arrivals|patients|mothers|infants|pupils|schoolchildren|evacuees|detainees|officials|Rohingyas?|Syrians|Afghans|Yemenis|Palestinians|Somalis|Ukrainians|Sudanese)\b`)
)

// toOrgRe is the words between a number and a people noun that name an
// organisation it goes to: "to the United Nations Children".
var toOrgRe = lazyre.New(`^(?:to|for)\s+(?:the\s+)?(?:\p{Lu}\w*\s+)+\p{Lu}`)

// beneficiaries finds counts of people to be helped in a sentence.
func beneficiaryFacts(x *releaseText, p *paragraph, s *sentence) []corpus.Fact {
	// The people a recipient serves as a whole are not this gift's.
	if !p.fundsHere() {
		return nil
	}
	sent, amounts := s.text, s.amounts
	if !strings.ContainsAny(sent, "0123456789") && !strings.Contains(sent, "million") {
		return nil
	}
	var out []corpus.Fact
	lastEnd := -1 // where the last count taken ends
	for _, m := range peopleRe.FindAllStringSubmatchIndex(sent, -1) {
		num := sent[m[4]:m[5]]
		if overlaps(amounts, m[4], m[5]) {
			continue
		}
		count, ok := parseCount(num)
		if !ok || (count >= 1900 && count <= 2100 && !strings.Contains(num, ",")) {
			continue
		}
		// "10 women safe spaces", "47 children's centres": the people
		// name what the things are for.
		if thingAfterRe.MatchString(sent[m[9]:]) {
			continue
		}
		middle := sent[m[6]:m[7]]
		// "up to 200,000 of the people most affected" counts people; "10
		// safe spaces for women" counts things; "8.032 million to the
		// United Nations Children's Fund" is money whose currency the
		// sentence leaves out, given to an organisation.
		if strings.ContainsAny(middle, "0123456789") || strings.Contains(middle, "per ") || thingsForRe.MatchString(middle) && strings.TrimSpace(middle) != "of the" ||
			toOrgRe.MatchString(middle+sent[m[8]:m[9]]) {
			continue
		}
		// The next of a list of counts the sentence's cue covers: "will
		// help WFP bring food to more than 360,000 people ..., and to up
		// to 2 million vulnerable people in urban areas".
		if lastEnd >= 0 && countListRe.MatchString(sent[lastEnd:m[0]]) {
			out = append(out, x.beneficiary(p, s, m, count))
			lastEnd = m[9]
			continue
		}
		// "with 235 million people expected to be in need of urgent
		// assistance next year – up from 175 million people at the start
		// of the year": people in need, and the count before it.
		// "earthquakes left more than 5,000 people dead", "killed at
		// least 900 people": the dead and hurt are no one the money reaches.
		if inNeedAfterRe.MatchString(sent[m[9]:min(len(sent), m[9]+50)]) || comparedFromRe.MatchString(sent[max(0, m[0]-20):m[0]]) ||
			casualtiesAfterRe.MatchString(sent[m[9]:min(len(sent), m[9]+40)]) || casualtiesBeforeRe.MatchString(sent[max(0, m[0]-40):m[0]]) {
			continue
		}
		// People to be helped, not people in need: the sentence says the
		// money reaches them ("to reach 360,000 people", "1.14 million
		// children will benefit").
		if m[0] > 0 && unicode.IsDigit(rune(sent[m[0]-1])) || !helpBeforeRe.MatchString(sent[max(0, m[0]-70):m[0]]) && !helpAfterRe.MatchString(sent[m[9]:]) {
			continue
		}
		// People this gift is to reach: the sentence looks ahead ("will
		// help", "is expected to reach"), or is an item of a list a
		// sentence ending in a colon looks ahead for. Not what the
		// recipient does each month, has done so far, plans for its whole
		// response, or what people suffer ("have been driven from their
		// homes").
		clause := afterLast(countClauseRe, sent[:m[0]])
		// (Nor a sentence that opens with the gift doing it: "With $10
		// million, WFP is handing out food to some 1.3 million people".)
		if !aheadCueRe.MatchString(clause) && !helpAfterRe.MatchString(sent[m[9]:]) && !listAhead(x, p, s) && !giftReachesRe.MatchString(sent[:m[0]]) && !moneyForPeople(s, m[0]) && !withGiftOpenRe.MatchString(sent) || caseload(sent, m[9]) {
			continue
		}
		out = append(out, x.beneficiary(p, s, m, count))
		lastEnd = m[9]
	}
	return out
}

// withGiftOpenRe opens a sentence with the gift as what does the work:
// "With $10 million, ", "With this US$2 million contribution, ".
var withGiftOpenRe = lazyre.New(`(?i)^\W*With\s+(?:(?:this|the|its|their|an?)\s+)?(?:additional\s+|new\s+)?(?:US\$|USD|EUR|GBP|[$€£¥])\s?\d[\d.,]*(?:\s*(?:million|billion|m|bn))?\b[^,]{0,30},`)

// beneficiary makes the fact of a count of people peopleRe matched at m in
// a sentence, with the place it is for.
func (x *releaseText) beneficiary(p *paragraph, s *sentence, m []int, count int) corpus.Fact {
	sent := s.text
	f := x.fact(corpus.KindBeneficiaries, p.n, sent)
	f.Count, f.CountStated, f.Who = count, strings.TrimSpace(sent[m[0]:m[5]]), strings.TrimSpace(sent[m[6]:m[9]])
	// "assist approximately 1.65 million vulnerable people ... in
	// Ethiopia, Zimbabwe, Cameroon, ...": people across a list of places,
	// not in its first.
	if i := slices.IndexFunc(s.places, func(pm corpus.Mention) bool { return pm.Start >= m[1] }); i >= 0 && listGoesOn(sent[s.places[i].End:]) {
		return f
	}
	// "more than 650,000 internally displaced people and refugees in the
	// four countries": people across several places, none of them alone.
	if severalCountriesRe.MatchString(sent[m[9]:min(len(sent), m[9]+80)]) {
		return f
	}
	attach(&f, p, s, m[0], m[1], placeAfter, placeFirst, placeParagraph)
	return f
}

// inNeedAfterRe follows people counted as in need, not as helped;
// comparedFromRe stands before a count compared with another.
var (
	inNeedAfterRe  = lazyre.New(`(?i)^\s+(?:are |were |is |will be |(?:are |were )?expected to be |estimated to be |who are |remain )?(?:in (?:urgent |dire )?need|in need of)\b`)
	comparedFromRe = lazyre.New(`(?i)\b(?:up|down|rising|falling|rose|fell|increased|decreased) from\s+(?:about |around |some |nearly |over |more than )?$`)
)

// casualtiesAfterRe follows people counted as dead or hurt;
// casualtiesBeforeRe stands before such a count.
var (
	casualtiesAfterRe  = lazyre.New(`(?i)^\s+(?:dead|injured|wounded|missing|killed|(?:have |had |were |are )?(?:died|killed|injured|wounded|missing|feared dead|confirmed dead))\b`)
	casualtiesBeforeRe = lazyre.New(`(?i)\b(?:killed|killing|kills|injured|injuring|wounded|wounding|claimed the lives of|claiming the lives of|death toll (?:of|to|has risen to|rose to|stands at))\s+(?:more than |over |at least |some |about |around |nearly |almost |an estimated )?$`)
)

// severalCountriesRe follows people counted across several places: " in
// the four countries", " across five countries".
var severalCountriesRe = lazyre.New(`(?i)^[^.;]{0,40}?\b(?:in|across|throughout)\s+(?:the\s+|these\s+|those\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:countries|nations|provinces|regions|states)\b`)

// countListRe stands between two counts of people in one list: what the
// first count's people are, then "and to", ", and for", "as well as".
var countListRe = lazyre.New(`^[^.;:0-9]{0,60}?,?\s+(?:and|as well as)\s+(?:to|for)\s+$`)

// thingAfterRe follows people that name what things are for: "women safe
// spaces", "children's centres".
var thingAfterRe = lazyre.New(`(?i)^(?:['’]s?)?\s+(?:friendly\s+)?(?:safe|spaces?|cent(?:re|er)s?|clinics?|groups?|shelters?|committees?|organi[sz]ations?|associations?|units?|facilities|wards?|hospitals?|schools?)\b`)

// aheadCueRe says a sentence tells what money will do.
var aheadCueRe = lazyre.New(`(?i)\b(?:will|shall|is (?:expected|set|due|intended|meant) to|are (?:expected|set|due|intended|meant) to|expected to|aims? to|is to|are to|to be)\b`)

// giftReachesRe is the gift itself reaching the people counted next: "The
// contribution, benefiting some 50,000 refugees".
var giftReachesRe = lazyre.New(`(?i)\b(?:contributions?|funding|grants?|donations?|money|funds|allocations?|package)\b[^.;]{0,40}?\b(?:benefit(?:t)?ing|reaching|assisting|helping|targeting|serving)\s+(?:to\s+)?$`)

// relativeRe opens a relative clause about the people just counted: "who
// face hunger ... every day".
var relativeRe = lazyre.New(`^[^.;]*?\s(?:who|whom|whose)\s`)

// caseload reports whether a sentence counts a recipient's whole caseload
// or past work (caseloadRe) rather than this gift's reach, for the count
// of people that ends at end; what a relative clause says of those people
// ("more than 1.3 million vulnerable people who face hunger ... every
// day") is no caseload.
func caseload(sent string, end int) bool {
	if m := relativeRe.FindStringIndex(sent[end:]); m != nil {
		return caseloadRe.MatchString(sent[:end+m[1]])
	}
	return caseloadRe.MatchString(sent)
}

// moneyForPeopleRe stands between an amount and the count of people it is
// for: " for non-formal education for ", " of new emergency aid around
// the world, to help ".
var moneyForPeopleRe = lazyre.New(`(?i)^(?:\s*\([^()]{0,40}\))?[^.;:()\d]{0,80}?(?:\bfor|\bto\s+(?:help|reach|assist|support|feed|benefit|serve|protect|treat|vaccinate)\b[^.;:()\d]{0,30}?)\s+$`)

// moneyForPeople reports whether the count of people at start in s is
// who the amount stated right before it is for ("Half a million dollars
// for non-formal education for 7,500 refugee children", "£47m of new
// emergency aid ..., to help more than 1.3 million vulnerable people"),
// in the amount's own clause, when the amount is no appeal or plan.
func moneyForPeople(s *sentence, start int) bool {
	last := -1
	for i, a := range s.amounts {
		if a.end <= start {
			last = i
		}
	}
	if last < 0 {
		return false
	}
	gap := s.text[s.amounts[last].end:start]
	// Not an appeal's or a plan's reach ("would require US$590 million
	// to help 3.15 million Ukrainian residents").
	return moneyForPeopleRe.MatchString(gap) && !countClauseRe.MatchString(gap) && !needsOnly(s.text)
}

// countClauseRe opens the clause a count stands in: "..., where
// vouchers help more than three million refugees" is not what "will" in
// the clause before it says.
var countClauseRe = lazyre.New(`(?i)(?:,\s*(?:where|which|who|while|whereas|but)\b|;)`)

// caseloadRe marks counts of a recipient's whole caseload or past work,
// not of this gift's reach.
var caseloadRe = lazyre.New(`(?i)\b(?:so far|to date|each (?:day|week|month|year)|every (?:day|week|month|year)|per (?:day|week|month|year)|a (?:month|year)|last year|since (?:19|20)\d\d|plans? to|planning to)\b`)

// listAhead reports whether s is an item of a list that a sentence before
// it, ending in a colon, says the money will achieve: "The assistance is
// expected to achieve the following: (1) Food for 320,000 people". The
// items may be paragraphs of their own.
func listAhead(x *releaseText, p *paragraph, s *sentence) bool {
	i := slices.IndexFunc(p.sentences, func(t sentence) bool { return t.text == s.text })
	for j := i - 1; j >= 0; j-- {
		if t := strings.TrimSpace(p.sentences[j].text); strings.HasSuffix(t, ":") {
			return aheadCueRe.MatchString(t)
		}
	}
	if !listItemRe.MatchString(p.text) {
		return false
	}
	for n := p.n - 1; n >= 1 && n <= len(x.r.Paragraphs); n-- {
		t := strings.TrimSpace(x.r.Paragraphs[n-1])
		switch {
		case strings.HasSuffix(t, ":"):
			return aheadCueRe.MatchString(t)
		case !listItemRe.MatchString(t):
			return false
		}
	}
	return false
}

// listItemRe opens an item of a list: "(1) ", "2. ", "a) ", "- ", "• ".
var listItemRe = lazyre.New(`^\s*(?:\(?\d{1,2}[).]|\(?[a-z]\)|[-•*–])\s+`)

func parseCount(s string) (int, bool) {
	// "half a million", "one million"
	if f := strings.Fields(strings.ToLower(s)); len(f) >= 2 && f[len(f)-1] == "million" && !strings.ContainsAny(s, "0123456789") {
		if strings.Join(f[:len(f)-1], " ") == "half a" {
			return 500000, true
		}
		return int(wordsValue(strings.Join(f[:len(f)-1], " ")) * 1e6), true
	}
	s = strings.ReplaceAll(s, ",", "")
	if f := strings.Fields(s); len(f) > 1 && len(f[1]) == 3 && strings.Trim(f[1], "0123456789") == "" {
		s = strings.Join(f, "") // "31 000"
	}
	scale := 1.0
	if f := strings.Fields(s); len(f) == 2 {
		s = f[0]
		switch strings.ToLower(f[1]) {
		case "million":
			scale = 1e6
		case "thousand":
			scale = 1e3
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v*scale > 1e12 {
		return 0, false
	}
	return int(math.Round(v * scale)), true
}
