package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// bodyYearForm is one way a release's body states the year of its gift
// where its title and announcing sentence do not: its pattern captures
// the year in one of its groups.
type bodyYearForm struct {
	name string
	re   *lazyre.Regexp
	// owner names the group holding the name a possessive year belongs
	// to ("Switzerland's 2022 contribution"), 0 if none; the name must be
	// a donor's or a recipient's.
	owner int
	// donorOnly accepts only a donor as the owner.
	donorOnly bool
	// span accepts a span of years ("for the 2023-2024 season"), read as
	// its first year; other forms take no year that a span or a list
	// goes on from ("in 2024 and 2025").
	span bool
	// not, when set, rejects a match that holds it: "part of a response
	// that began in 2012" names when something else began.
	not *lazyre.Regexp
	// whole marks a year of a whole the gift is part of ("is part of
	// ... for 2013"): not when another amount than the gift is said to
	// be that part (otherSumsYear). (A running sum that counts the gift,
	// or a part of it for the recipient's work of the year, may name its
	// sum before the year.)
	whole bool
}

// bodyYearForms are the forms read from the body, each a sentence that
// ties the year to this gift rather than to a past one, an appeal or an
// event: the year of the running sum the gift joins, the budget it comes
// from, the donor's or recipient's contribution or operations of that
// year, the donor's support grown that year, and a season.
var bodyYearForms = []bodyYearForm{
	// "Germany's total support for UNRWA will reach EUR 48 million so far
	// for 2024", "The government has contributed €22m to the CERF in 2017
	// so far".
	{name: "so far for the year", re: lazyre.New(`(?i)\bso far (?:for|in|during|this year,?) (?:the year )?((?:19|20)\d\d)\b|\b(?:for|in|during) (?:the year )?((?:19|20)\d\d),? (?:so far|to date|thus far)\b`)},
	// "This brings the total EU humanitarian contribution IOM Iraq has
	// received in 2019 to EUR 5 million", "With this generous
	// contribution, the total support ... during the year 2019 amounts to".
	{name: "the year's running sum", re: lazyre.New(`(?i)\b(?:brings?|bringing|brought|takes?|taking|took|raises?|raising|raised|lifts?|lifting|with this)\b[^.;]{0,80}?\b(?:total|contributions?|support|funding|assistance)\b[^.;]{0,80}?\b(?:in|for|during)\s+(?:the\s+year\s+|(?:fiscal|financial)\s+year\s+|FY\s?)?((?:19|20)\d\d)\b`)},
	// "... brings the U.S. total for these four crises to $1.8 billion
	// since the beginning of Fiscal Year 2017": a fiscal year's running
	// sum, not a history.
	{name: "since the start of the fiscal year", re: fiscalYearStartRe},
	// "drawing on the last reserves of the Commission's 2016 budget",
	// "comes from the humanitarian reserve in the 2015 budget", "from
	// Japan's 2012 supplementary budget": the budget the money comes from.
	{name: "the budget it comes from", re: lazyre.New(`(?i)\b(?:from|drawing on|draws on|drew on|drawn from|mobili[sz]ing|out of|under)\s+(?:[\p{L}’'.-]+\s+){0,6}?((?:19|20)\d\d)\s+(?:(?:supplementary|humanitarian|aid|annual|regular|national|federal|state|development)\s+)?budget\b`)},
	// "Switzerland's 2022 contribution", "to support its 2018 operations".
	{name: "the year's contribution", owner: 1, re: lazyre.New(`\b(?:[Ii]ts|[Tt]heir|(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s?)\s+((?:19|20)\d\d)\s+(?:(?:humanitarian|annual|core|regular|emergency|overall|financial|total)\s+)?(?:operations|programmes|programs|activities|contributions?|funding|support|allocation|pledge|grant|donation)\b`)},
	// "will greatly help the Agency maintain its programs for 2019": the
	// recipient's work of the year the gift pays for.
	{name: "its work for the year", re: lazyre.New(`(?i)\b(?:its|their)\s+(?:(?:humanitarian|annual|core|regular|emergency|planned)\s+)?(?:operations|programmes|programs|activities|services)\s+for\s+((?:19|20)\d\d)\b`)},
	// "Norway has a total humanitarian budget of just over NOK 5.5
	// billion for 2020": the donor's budget of the year the gift joins.
	{name: "the donor's budget for the year", owner: 1, donorOnly: true, re: lazyre.New(`\b(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})\s+(?:has|had|will have)\s+an?\s+(?:total\s+)?(?:(?:humanitarian|aid|annual|development|overall)\s+)+budget\b[^.;]{0,60}?\bfor\s+((?:19|20)\d\d)\b`)},
	// "Denmark's long and substantial backing of UNHCR, which has grown
	// again in 2020": the donor's support grown in the year of this
	// gift.
	{name: "the donor's support grown in the year", owner: 1, donorOnly: true, re: lazyre.New(`\b(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s?\s+(?:[\p{Ll}-]+\s+){0,4}(?:support|backing|funding|contributions?|aid|assistance)\b[^.;]{0,40}?\b(?:has|have)\s+(?:(?:again|also|further)\s+)?(?:grown|increased|risen|expanded|doubled)\s+(?:(?:again|further)\s+)?in\s+((?:19|20)\d\d)\b`)},
	// "The funds, which are part of Canada's overall C$3.7 million
	// contribution to IOM's Humanitarian Compendium for 2013", "as part of
	// its support for 2019": the year of the whole this gift is part of.
	{name: "part of the year's whole", not: partOfNotRe, whole: true, re: lazyre.New(`(?i)\b(?:is|are|was|were|as|forms?|being)\s+(?:a\s+)?part of\b[^.;]{0,120}?\b(?:for|in|during)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\b`)},
	// "a contribution to UNHCR's Global Appeal for 2015", "to IOM's
	// Humanitarian Compendium for 2013": money to a year's appeal.
	{name: "to the year's appeal", re: lazyre.New(`\b(?:to|towards?)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s?\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Compendium|Appeal|Response Plan|Appeals)\s+(?:for|of)\s+((?:19|20)\d\d)\b`)},
	// "for the 2023-2024 season".
	{name: "a season", span: true, re: lazyre.New(`(?i)\bfor the ((?:19|20)\d\d)\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d)\s+(?:(?:lean|agricultural|cropping|planting|rainy|winter|school|academic)\s+)?(?:season|campaign|school year|academic year|winter|harvest)\b`)},
}

// partOfNotRe is a word between "part of" and a year that ties the year
// to something else than the whole: a verb or a clause of its own.
var partOfNotRe = lazyre.New(`(?i)\b(?:began|begun|started|launched|since|when|which|that|who|was|were|has|had|after|before)\b`)

// fiscalYearStartRe counts from the start of a fiscal year: one year's
// sum, which the gift joins.
var fiscalYearStartRe = lazyre.New(`(?i)\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+year\s+|FY\s?)((?:19|20)\d\d)\b`)

// yearGoesOnRe follows a year that a list or a span goes on from: "in
// 2024 and 2025", "2017-2020", "2020 and beyond".
var yearGoesOnRe = lazyre.New(`(?i)^\s*(?:(?:and|or|to|through|until|,|[-–/])\s*(?:(?:19|20)?\d\d\b|beyond|onwards?)|[-–/]\s*\d)`)

// sinceYearRe names a year something has gone on since: such a sentence
// tells a history, not this gift's year.
var sinceYearRe = lazyre.New(`(?i)\bsince\s+(?:(?:the\s+)?(?:beginning|start) of\s+)?(?:(?:fiscal|financial)\s+year\s+|FY\s?)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b`)

// bodyYear reads the funding year from the body of a release whose title
// and announcing sentence state none: the one year the forms of
// bodyYearForms find, or the year a sentence states the gift again with
// ("Korea agreed to supply food assistance worth 46 billion won in 2018",
// the announcing sentence having stated 46 billion won). Years that
// disagree give none, as does a year more than a year away from the
// publication date when that is known: no year is better than a wrong
// one. The contact block and the organisation's blurb are not read.
func bodyYear(r *corpus.Release, p *parsed, lead string) int {
	gift := giftAmounts(r.Title, lead)
	pub := 0
	if m := yearRe.FindStringSubmatch(r.Published); m != nil {
		pub, _ = strconv.Atoi(m[1])
	}
	var years []int
	add := func(y int) {
		if y != 0 && (pub == 0 || y >= pub-1 && y <= pub+1) && !slices.Contains(years, y) {
			years = append(years, y)
		}
	}
	for i, para := range p.paragraphs {
		if i+1 == p.contact || i+1 == p.org {
			continue
		}
		for _, sp := range sentences(para) {
			sent := para[sp.start:sp.end]
			if !yearRe.MatchString(sent) || sent == lead {
				continue
			}
			text := stripAmounts(sent)
			if sinceYearRe.MatchString(text) && !fiscalYearStartRe.MatchString(text) {
				continue
			}
			for _, f := range bodyYearForms {
				add(f.year(text, r, otherSumsYear(sent, gift)))
			}
			add(giftYear(sent, text, gift))
		}
	}
	if len(years) != 1 {
		return 0
	}
	return years[0]
}

// otherSumsYear returns whether a form's match at [start, end) of sent
// is the year of another sum than the gift: the match is said to be one
// ("its 2017 core funding was £55 million"), or, for a whole the gift is
// part of, the amount right before it is not the gift ("the UK provided
// £55 million as part of its core funding in 2017").
func otherSumsYear(sent string, gift []amount) func(start, end int, whole bool) bool {
	as := findAmounts(sent, "")
	isGift := func(a amount) bool {
		return slices.ContainsFunc(gift, func(g amount) bool { return g.Currency == a.Currency && sameValue(g.Value, a.Value) })
	}
	return func(start, end int, whole bool) bool {
		for _, a := range as {
			if a.start >= end {
				if !isGift(a) && isSumRe.MatchString(sent[end:a.start]) {
					return true
				}
				break
			}
		}
		if !whole {
			return false
		}
		for i := len(as) - 1; i >= 0; i-- {
			if as[i].end <= start {
				return !isGift(as[i]) && !strings.ContainsAny(sent[as[i].end:start], ";")
			}
		}
		return false
	}
}

// giftWithClauseRe opens a clause of "with" after a comma: ", with the".
var giftWithClauseRe = lazyre.New(`,\s+with\b`)

// isSumRe stands between a year's whole and the sum it is said to be:
// " was ", " amounted to ", " stood at about ".
var isSumRe = lazyre.New(`(?i)^\s+(?:was|were|is|are|stood at|amounted to|totall?ed|came to|reached)\s+(?:(?:about|around|some|nearly|over|more than|almost|just over|just under)\s+)?$`)

// year returns the year the form finds in text, or 0: not one that other
// reports is the year of another sum than the gift.
func (f bodyYearForm) year(text string, r *corpus.Release, other func(start, end int, whole bool) bool) int {
	for _, m := range f.re.FindAllStringSubmatchIndex(text, -1) {
		if f.not != nil && f.not.MatchString(text[m[0]:m[1]]) {
			continue
		}
		if other(m[0], m[1], f.whole) {
			continue
		}
		if f.owner > 0 && m[2*f.owner] >= 0 && !giverOrTaker(text[m[2*f.owner]:m[2*f.owner+1]], r, f.donorOnly) {
			continue
		}
		for g := 1; g < len(m)/2; g++ {
			if g == f.owner || m[2*g] < 0 {
				continue
			}
			if !f.span && yearGoesOnRe.MatchString(text[m[2*g+1]:]) {
				break
			}
			y, _ := strconv.Atoi(text[m[2*g]:m[2*g+1]])
			return y
		}
	}
	return 0
}

// giverOrTaker reports whether name is one of the release's donors or,
// unless donorOnly, its recipients.
func giverOrTaker(name string, r *corpus.Release, donorOnly bool) bool {
	is := func(n string) bool {
		if strings.EqualFold(n, name) {
			return true
		}
		c, ok := corpus.LookupCountry(name)
		d, dok := corpus.LookupCountry(n)
		return ok && dok && c.Code == d.Code
	}
	return slices.ContainsFunc(r.Donors, is) || !donorOnly && (is(r.Recipient) || slices.ContainsFunc(r.Recipients, is))
}

// giftAmounts returns the amounts the title and the announcing sentence
// state: the gift, as far as the year step knows it.
func giftAmounts(title, lead string) []amount {
	return append(findAmounts(title, ""), findAmounts(lead, "")...)
}

// giftYear returns the year a sentence that states the gift again ties it
// to in the gift's own clause ("... worth 46 billion won in 2018", "The
// NOK 180 million in all comes from the humanitarian reserve in the 2015
// budget"), read by the rules that read a year from a title, or 0: not
// the year of another amount's clause ("the UK gave £55m ... in 2017, and
// the additional £21m would be available from 1 January"). text is the
// sentence with its amounts blanked.
func giftYear(sent, text string, gift []amount) int {
	as := findAmounts(sent, "")
	for i, a := range as {
		if !slices.ContainsFunc(gift, func(g amount) bool { return g.Currency == a.Currency && sameValue(g.Value, a.Value) }) {
			continue
		}
		from, to := 0, len(text)
		if i > 0 {
			from = as[i-1].end
		}
		if i+1 < len(as) {
			to = as[i+1].start
		}
		// "The United Arab Emirates has already provided $ 50 million in
		// 2018", beside this year's $ 50 million grant: the same figure
		// given before is no restatement of the gift.
		if amountContext(sent, a.start, a.end, from, to, 0) != "" {
			continue
		}
		from = a.start - len(afterLast(newClauseRe, text[from:a.start]))
		// "... £55 million as part of its core funding in 2017, with the
		// additional £21 million available from January": a clause of
		// "with" of the gift's own.
		from = a.start - len(afterLast(giftWithClauseRe, text[from:a.start]))
		if m := newClauseRe.FindStringIndex(text[a.end:to]); m != nil {
			to = a.end + m[0]
		}
		clause := text[from:to]
		for _, re := range yearRules {
			if m := re.FindStringSubmatchIndex(clause); m != nil && !yearGoesOnRe.MatchString(clause[m[3]:]) {
				y, _ := strconv.Atoi(clause[m[2]:m[3]])
				return y
			}
		}
	}
	return 0
}
