package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// placeInSpeech reports whether the place of f is named inside quoted
// speech of its sentence ("He added: “We back the UN ... the people of
// Palestine ...”"), not in a few quoted words ("the “occupied Palestinian
// territory”").
//
// Speech may run over several sentences of its paragraph ("‘I fear that
// ... the people of Afghanistan, Syria and many other countries ... That
// is why we are now increasing ...,’ said the Minister"): the paragraph's
// quotations count too.
func (x *releaseText) placeInSpeech(f corpus.Fact) bool {
	para := x.r.Paragraph(f.Paragraph)
	at := strings.Index(para, f.Sentence)
	for _, m := range x.places(f.Sentence) {
		if m.Country.Code != f.Country || m.Region != f.Region {
			continue
		}
		return quotedAt(f.Sentence, m.Start) || at >= 0 && quotedAt(para, at+m.Start)
	}
	// A place the paragraph gave the fact ("Minister Richmond said: 'This
	// Irish funding will help ...", the paragraph going on with "'More
	// people ... face humanitarian crisis, from ... conflicts in Sudan"):
	// where the paragraph first names it.
	for _, m := range x.places(para) {
		if m.Country.Code == f.Country && m.Region == f.Region {
			return quotedAt(para, m.Start)
		}
	}
	return false
}

// quotedAt reports whether the byte at of s is inside quoted speech of s:
// a quotation of eight words or more.
//
// A quotation opened and never closed in s runs to its end, as speech
// that goes on in the next paragraph does ("Mr Mitchell said: "In the
// midst of ... the people of Syria. Today's extra support shows ...").
func quotedAt(s string, at int) bool {
	for _, q := range quoteRe.FindAllStringIndex(s, -1) {
		if at >= q[0] && at < q[1] && wordCount(s[q[0]:q[1]]) >= 8 {
			return true
		}
	}
	open := -1
	if strings.Count(s, `"`)%2 == 1 {
		open = strings.LastIndex(s, `"`)
	}
	if i := strings.LastIndex(s, "“"); i > strings.LastIndex(s, "”") {
		open = max(open, i)
	}
	if open >= 0 && at > open && wordCount(s[open:]) >= 8 {
		return true
	}
	// "Minister Richmond stated: ‘This funding ... ‘An unprecedented
	// number ...": speech opened with a single quote, curly or straight,
	// before the place and not closed before it (a ’ or ' that a letter
	// follows is an apostrophe, "the UN’s").
	before := s[:min(at, len(s))]
	if i := strings.LastIndex(before, "‘"); i >= 0 && !singleQuoteClosed(before[i+len("‘"):]) && wordCount(s[i:]) >= 8 {
		return true
	}
	i := openStraightQuote(before)
	return i >= 0 && wordCount(s[i:]) >= 8
}

// openStraightQuote returns where the last straight single quote that
// opens speech stands in s, with none closing it after, or -1: whether s,
// the text before a place, ends inside speech. It opens
// when it starts s or follows a space, a colon or a bracket and a letter
// follows it; it closes when it follows no space and no letter follows it
// (not an apostrophe: "the UN's", "donors' money" ends nothing it opened).
func openStraightQuote(s string) int {
	open := -1
	for i := strings.IndexByte(s, '\''); i >= 0; {
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+1:])
		switch {
		case (i == 0 || unicode.IsSpace(before) || before == ':' || before == '(') && unicode.IsLetter(after):
			open = i
		case open >= 0 && i > 0 && !unicode.IsSpace(before) && !unicode.IsLetter(after):
			open = -1
		}
		j := strings.IndexByte(s[i+1:], '\'')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return open
}

// singleQuoteClosed reports whether s holds a closing ’: one no letter
// follows.
func singleQuoteClosed(s string) bool {
	for k := 0; ; {
		j := strings.Index(s[k:], "’")
		if j < 0 {
			return false
		}
		k += j + len("’")
		if r, _ := utf8.DecodeRuneInString(s[k:]); !unicode.IsLetter(r) {
			return true
		}
	}
}

// releaseText holds what extraction needs to know about a release.
type releaseText struct {
	r            *corpus.Release
	p            *parsed
	donorCodes   map[string]bool
	donorForms   []string // the donors' names, initials and bracketed short forms (describesDonor)
	currency     string   // the release's main currency, for bare figures
	persons      []corpus.Fact
	speakers     []corpus.Fact // people named only as speakers
	destinations []corpus.Fact
	seen         map[string]bool // destinations already recorded
	// hosted are the countries whose people the release says live in
	// another country now ("Syrian refugees and host communities in
	// Jordan"): their people named again alone are not sent money home.
	hosted map[string]bool
}

// sentencesWhereEvery returns the sentences whose every amount holds for
// holds, mapped to true (a sentence with another amount maps to false).
func sentencesWhereEvery(amounts []corpus.Fact, holds func(corpus.Fact) bool) map[string]bool {
	out := map[string]bool{}
	for _, f := range amounts {
		if !holds(f) {
			out[f.Sentence] = false
		} else if _, ok := out[f.Sentence]; !ok {
			out[f.Sentence] = true
		}
	}
	return out
}

// extract returns the facts of a release whose title, paragraphs, donors,
// recipient and year are set.
func extract(r *corpus.Release, p *parsed, lead string) []corpus.Fact {
	x := &releaseText{r: r, p: p, donorCodes: map[string]bool{}, seen: map[string]bool{}}
	// A donor country is not a destination; a fund or a person named
	// after a country ("Yemen Humanitarian Fund") does not exclude it.
	for _, d := range r.Donors {
		if c, ok := corpus.LookupCountry(d); ok {
			x.donorCodes[c.Code] = true
		}
		// Nor is a Red Cross or Red Crescent society's own country ("Red
		// Cross Society of China": "China is ready to continue providing
		// assistance" names the giver's side, not a place funded).
		if _, ok := nationalSociety(d); ok {
			for _, m := range corpus.Mentions(d) {
				if m.Country.Code != "" {
					x.donorCodes[m.Country.Code] = true
				}
			}
		}
		for _, f := range []string{d, initials(d), x.acronymOf(d)} {
			if len(f) >= 2 {
				x.donorForms = append(x.donorForms, f)
			}
		}
	}
	x.hosted = hostedPeoples(append([]string{r.Title}, r.Paragraphs...))
	titleAmounts := releaseAmounts(r.Title, "", r.Donors)
	if len(titleAmounts) > 0 {
		x.currency = titleAmounts[0].Currency
	}
	for _, para := range r.Paragraphs {
		if x.currency != "" {
			break
		}
		if as := releaseAmounts(para, "", r.Donors); len(as) > 0 {
			x.currency = as[0].Currency
		}
	}
	// One pass: each paragraph is read once, then the rules read what
	// was found, sentence by sentence, then paragraph by paragraph.
	var facts, amounts []corpus.Fact
	for i, text := range r.Paragraphs {
		p := x.read(i+1, text, lead)
		if p.isText() {
			for j := range p.sentences {
				s := &p.sentences[j]
				for _, rule := range sentenceRules {
					for _, f := range rule.find(x, p, s) {
						if f.Kind == corpus.KindAmount {
							amounts = append(amounts, f)
						} else {
							facts = append(facts, f)
						}
					}
				}
			}
		}
		for _, rule := range paragraphRules {
			facts = append(facts, rule.find(x, p)...)
		}
	}

	// Release-level steps, in order: the amounts' roles (which reads
	// every amount), the total's sector from the title (which reads the
	// total), then destinations from the parts, shares, activities
	// and title (which read the roles), then speakers (which read every
	// person named).
	irishPounds(r, amounts)
	localDollars(r, amounts)
	localCrowns(r, amounts)
	// The total keeps no place of its own, but the one place its
	// sentence ties it to is where the whole gift goes ("China has given
	// 16 million US dollars to WFP for its famine relief operations in
	// Somalia").
	before := slices.Clone(amounts)
	amounts = assignRoles(r, amounts, lead)
	totalSectorFromTitle(r, amounts) // rule_sector.go
	// Not when the place only names people ("for Palestine refugees",
	// who live in several countries), nor when it stands before a dash
	// opening the sentence ("Occupied Jerusalem, MINA – ").
	for _, f := range before {
		pl := factPlace(f)
		if pl.key() == "" {
			continue
		}
		opening := 0
		if m := datelineRe.FindStringIndex(f.Sentence); m != nil {
			opening = m[1]
		}
		if slices.ContainsFunc(amounts, func(t corpus.Fact) bool {
			return t.Total && t.Paragraph == f.Paragraph && t.Sentence == f.Sentence && t.Amount == f.Amount
		}) && slices.ContainsFunc(x.places(f.Sentence), func(m corpus.Mention) bool {
			return placeOf(m).key() == pl.key() && m.Start >= opening && !m.Demonym && !peopleAfterRe.MatchString(f.Sentence[m.End:])
		}) {
			x.destination(f.Paragraph, f.Sentence, pl)
		}
	}
	for _, f := range amounts {
		if f.Country != "" || f.Region != "" {
			x.destination(f.Paragraph, f.Sentence, factPlace(f))
		}
	}
	// Sentences whose every amount is someone's need or another's money
	// (an appeal, a plan, another donor's): what they name is not where
	// this gift goes ("WFP ... would require US$590 million to help ...
	// refugees evacuated to border areas such as Poland"). A running sum
	// or the package this gift belongs to may well name its place ("a
	// disaster relief assistance of $13 million ... in the Philippines").
	contextOnly := sentencesWhereEvery(amounts, func(f corpus.Fact) bool {
		return f.Context == "appeal" || f.Context == "plan" || f.Context == "other donor"
	})
	// Where an earlier gift went ("its first gift, of $11 million in 2003,
	// paid for operations in Chad") is not where this release's money
	// goes; the activity keeps its place, for a question on that gift.
	// (So is what the donor gives elsewhere besides: "South Korea has
	// offered $5 million ... to Turkey", below its gift to Syria.)
	earlierOnly := sentencesWhereEvery(amounts, func(f corpus.Fact) bool { return f.Context == "earlier" || f.Context == "other gift" })
	// An activity told in such a sentence is someone else's work or need,
	// not what this gift does there: it keeps its words, not the place.
	for i := range facts {
		if f := &facts[i]; f.Kind == corpus.KindActivity && contextOnly[f.Sentence] {
			f.Country, f.CountryName, f.Region = "", "", ""
		}
	}
	// The people such a sentence counts are the appeal's, the plan's or
	// the other donor's ("the UK has announced £33,000 ... to support
	// over 12,000 people"), not this gift's.
	facts = slices.DeleteFunc(facts, func(f corpus.Fact) bool {
		return f.Kind == corpus.KindBeneficiaries && contextOnly[f.Sentence]
	})
	facts = append(facts, amounts...)
	for i, f := range facts {
		if (f.Kind == corpus.KindShare || f.Kind == corpus.KindActivity) && (f.Country != "" || f.Region != "") {
			// Not where earlier money went, nor a place named in someone's
			// quoted words, nor in a sentence of context money only.
			// (An activity whose place the paragraph's speech gave keeps
			// its words, not the place.)
			inSpeech := f.Kind == corpus.KindActivity && x.placeInSpeech(f)
			if inSpeech && !slices.ContainsFunc(x.places(f.Sentence), func(m corpus.Mention) bool { return placeOf(m).key() == factPlace(f).key() }) {
				facts[i].Country, facts[i].CountryName, facts[i].Region = "", "", ""
				continue
			}
			if f.Kind == corpus.KindActivity && (!fundingNounRe.MatchString(r.Paragraph(f.Paragraph)) && !projectNounRe.MatchString(r.Paragraph(f.Paragraph)) || earlierMoney(f.Sentence) || inSpeech || contextOnly[f.Sentence] || earlierOnly[f.Sentence]) {
				continue
			}
			x.destination(f.Paragraph, f.Sentence, factPlace(f))
		}
	}
	// A place the title names ("... for Children in Nepal") is funded;
	// its provenance is the first sentence of the body that names it.
	// A place only the title names is funded by the title's own words
	// when the title gives its amount to it, no destination was found
	// before, and the text names no place by its name ("UK gives £10
	// million for Syrian refugees", then "for refugees in Jordan and
	// Lebanon", is not for Syria). The text is read for places only when
	// a title place gets that far.
	noneBefore := len(x.destinations) == 0
	textNamesPlace := sync.OnceValue(func() bool {
		return slices.ContainsFunc(r.Paragraphs, func(para string) bool {
			return slices.ContainsFunc(x.places(para), func(m corpus.Mention) bool { return !m.Demonym })
		})
	})
	titleOnly := func(m corpus.Mention) bool {
		return noneBefore && !x.seen[placeOf(m).key()] && titleGivesTo(r.Title, m) && !textNamesPlace()
	}
	for _, m := range x.places(r.Title) {
		pl := placeOf(m)
		// "Korea Offers Extra $1m for Iraqi Refugees": people named by
		// their country in the title's gift, with no host country after
		// them, point to it.
		if m.Demonym && titleOnly(m) && !hostsAfter(r.Title[m.End:]) {
			x.destination(0, r.Title, pl)
		}
		if m.Demonym || x.seen[pl.key()] {
			continue
		}
	body:
		for i, para := range r.Paragraphs {
			if i+1 == p.contact || i+1 == p.org {
				continue
			}
			for _, sp := range sentences(para) {
				sent := para[sp.start:sp.end]
				for _, mm := range x.places(sent) {
					if placeOf(mm).key() == pl.key() {
						x.destination(i+1, sent, pl)
						break body
					}
				}
			}
		}
		// "Federal Foreign Office makes available one million euro for
		// humanitarian aid in Georgia", the text never naming Georgia
		// again: the title is the provenance (titleOnly).
		if titleOnly(m) {
			x.destination(0, r.Title, pl)
		}
	}
	// "Responding to the urgent and deteriorating humanitarian situation
	// in Lebanon, the government of Japan has taken a decisive step by
	// extending an emergency grant of USD 10 million": the place of the
	// crisis the announcing sentence opens by responding to, when the
	// release names no other.
	if len(x.destinations) == 0 && lead != "" {
		text := withoutDateline(lead)
		if m := respondingToRe.FindStringIndex(text); m != nil {
			if ms := x.places(text[:m[1]]); len(ms) == 1 && !ms[0].Demonym {
				for i, para := range r.Paragraphs {
					if strings.Contains(para, lead) {
						x.destination(i+1, lead, placeOf(ms[0]))
						break
					}
				}
			}
		}
	}
	facts = append(facts, x.destinations...)
	facts = append(facts, x.quotes()...)
	facts = assignGivers(r, facts) // rule_donors.go
	oneGiversTotal(r, facts)       // rule_donors.go
	order := map[corpus.Kind]int{corpus.KindAmount: 0, corpus.KindDestination: 1, corpus.KindShare: 2, corpus.KindBeneficiaries: 3, corpus.KindActivity: 4, corpus.KindPerson: 5, corpus.KindQuote: 6, corpus.KindOrganisation: 7, corpus.KindContact: 8}
	slices.SortStableFunc(facts, func(a, b corpus.Fact) int {
		if a.Paragraph != b.Paragraph {
			return a.Paragraph - b.Paragraph
		}
		return order[a.Kind] - order[b.Kind]
	})
	return facts
}

// titleGivesTo reports whether a title states an amount and gives it to
// the place m through a preposition after it: "one million euro for
// humanitarian aid in Georgia".
func titleGivesTo(title string, m corpus.Mention) bool {
	as := findAmounts(title, "")
	return len(as) > 0 && as[0].end <= m.Start && titleToPlaceRe.MatchString(title[as[0].end:m.Start])
}

// titleToPlaceRe stands between a title's amount and the place it goes
// to: " for humanitarian aid in ", " to ".
var titleToPlaceRe = lazyre.New(`(?i)^[^.;:]{0,60}?\b(?:for|to|in)\s+(?:the\s+)?$`)

// respondingToRe opens a sentence with the crisis it responds to, up to
// the comma before its subject: "Responding to the situation in Lebanon,",
// "In response to the floods in Pakistan,".
var respondingToRe = lazyre.New(`^(?:\p{Lu}[\p{Lu} ]{1,20}:\s+)?(?:Responding to|In response to|In the wake of|Following)\b[^,;]{3,140},`)
