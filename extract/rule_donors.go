package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// Each amount's giver. A release may state the money of several givers:
// companies each giving their own amount ("Disney has committed to donate
// at least $2.5 million ... United Technologies Corp. ... has contributed
// $1 million ... The Northrop Grumman Foundation will provide $500,000"),
// two donors each giving a share of their joint gift ("KSrelief and the
// FCDO will contribute $2.5 million", of a joint $5 million), or another
// donor's money told beside the release's gift ("The European Commission
// has increased its pledges by 60 million euro"). The giver a sentence
// names as its subject is the amount's donor (Fact.Donor; several giving
// one amount jointly are joined by ", "); the companies among them are
// the release's donors. An amount whose sentence names no giver keeps the
// release's donors.

// giverVerbRe ends a sentence's subject: the verb after it, "has",
// "will", "is", or a giving verb in the past ("Disney has committed",
// "Amgen ... will distribute", "UTC contributed").
var giverVerbRe = lazyre.New(`\s+(?:has|have|had|will|is|are|was|were|would|shall|also|today|now|just|committed|contributed|donated|pledged|provided|gave|granted|allocated|distributed|announced|signed|offered|promised)\b`)

// giverAsideRe is an aside inside a subject: "—which owns Pratt & Whitney
// Rocketdyne—", ", which owns ...,".
// A description after the name too: ", a mobile operator in Ruritania,",
// ", the largest chain of stores,".
var giverAsideRe = lazyre.New(`\s*[—–]\s*[^—–]{1,80}[—–]\s*|,\s+(?:(?:which|who|an?)\s+|the\s+\p{Ll})[^,]{1,80},\s*`)

// basedPrefixRe opens a subject with where a company is based:
// "Thousand-Oaks based Amgen", "the Burbank-based".
var basedPrefixRe = lazyre.New(`^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’]*[\s-])+based\s+`)

// companySubject returns a subject that is a company's name ("Wells
// Fargo & Company", "HSBC USA", "Phillips 66"), or "": a few capitalised
// words, none a word of government or a place, no organisation.
//
// A word before the name that says what the company is goes: "Drugmaker
// Acme Labs", "Rival Beta Stores", "cereal maker Gamma Foods Co.".
func companySubject(subject string) string {
	subject = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(subject), "the "), "The "))
	if m := businessWordRe.FindStringSubmatchIndex(subject); m != nil {
		subject = strings.TrimSpace(subject[m[3]:])
	}
	if !companyNameRe.MatchString(subject) || govWordRe.MatchString(subject) || len(orgMentions(subject)) > 0 || len(corpus.FindRegions(subject)) > 0 {
		return ""
	}
	if cs := corpus.FindCountries(subject); len(cs) > 0 && !companyCountryRe.MatchString(subject) {
		return ""
	}
	return subject
}

// businessWordRe opens a subject with what kind of business the name after
// it is: "Drugmaker ", "Rival ", "cereal maker ", "retail giant ",
// "Internet services company ".
var businessWordRe = lazyre.New(`^((?:\p{Lu}\p{Ll}+maker|Rival|Retailer|Insurer|Lender|Broadcaster|Brewer|Carrier|Airline|Conglomerate|(?:\p{L}[\p{Ll}-]*\s+)?(?:[\p{Ll}-]+\s+)?(?:maker|company|firm|giant|retailer|chain|operator|insurer|lender|carrier|airline|producer|manufacturer|rival)))\s+\p{Lu}`)

// companyNameRe is a name of one to five capitalised words, figures or
// "&": "Wells Fargo & Company", "Phillips 66", "HSBC USA".
var companyNameRe = lazyre.New(`^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\d+|&|of)){0,5}$`)

// companyCountryRe is a company's name ending with its country's: "HSBC
// USA", "Toyota Canada".
var companyCountryRe = lazyre.New(`^\p{Lu}{2,}[\p{L}&]*\s+(?:USA|US|UK|America|Canada|Australia|Japan|Germany|France|India|China|Korea)$`)

// govWordRe is a word of a government or public body: such a subject is
// no company.
var govWordRe = lazyre.New(`(?i)\b(?:government|ministry|minister|council|commission|agency|department|office|embassy|president|parliament|state|republic|kingdom|authority|fund|union|nations|secretary|chancellor|cabinet)\b`)

// giverClauseRe ends the words before a clause of its own inside a
// sentence: ", while ", "; ", ", whereas ", ", but "; a "while" with no
// comma too: "... $500 million each while Kuwait said it would give".
var giverClauseRe = lazyre.New(`(?:,\s+(?:while|whereas|but)\s+|\s(?:while|whereas)\s+|;\s+)`)

// nameEndRe is a name at the end of a text: "energy company Phillips 66",
// "the Kellogg Co.".
var nameEndRe = lazyre.New(`(?:\p{Lu}[\p{L}&.'’-]*|&)(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|\d+|&|of))*$`)

// whichGivesRe is a relative clause that gives: ", which announced a ",
// ", which, through its fund, announced a ".
var whichGivesRe = lazyre.New(`^,\s+which,?\s+(?:[^,]{0,60},\s+)?(?:has\s+|had\s+|will\s+|also\s+)*(?:announced|pledged|donated|gave|given|contributed|committed|provided|granted|made)\b[^,;]{0,60}$`)

// giverOpeningRe opens a sentence with a phrase before its subject: "In
// addition to Disney's initial contribution, ".
var giverOpeningRe = lazyre.New(`^(?:In addition to|Besides|Beyond|Apart from|Along with|Following|After|Meanwhile|Separately|Additionally|Also|Moreover|Furthermore|As of|Elsewhere)\b[^,]*,\s+|^And\s+`)

// reportedClauseRe ends a source's words before the clause it reports:
// "state media say ", "the agency reported that ", "said on Monday
// that ".
var reportedClauseRe = lazyre.New(`\b(?:say|says|said|report|reports|reported|claim|claims|claimed)\s+(?:[^,;.]{0,30}?\bthat\s+)?`)

// pronounSubjectRe opens a reported clause whose subject is a pronoun or
// the source named again, perhaps after a day: "it will give", "Tuesday
// they pledged", "the government will"; only a day or time word
// before it ("said Norway and its partners will" is Norway's clause).
var pronounSubjectRe = lazyre.New(`(?i)^(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|later|also|now|then)\s+)?(?:it|they|he|she|we|its|their|his|her|our|the (?:country|government|kingdom|ministry|agency|state))\b`)

// ownClauseBefore is the words before an amount at start in its own
// clause, without the sentence's dateline: "..., while TD Bank Group and
// the TD Charitable Foundation had pledged a total of $500,000" gives
// "TD Bank Group and the TD Charitable Foundation had pledged a total of
// ".
func ownClauseBefore(sent string, start int) string {
	text := withoutDateline(sent[:start])
	if ms := giverClauseRe.FindAllStringIndex(text, -1); len(ms) > 0 {
		text = text[ms[len(ms)-1][1]:]
	}
	return text
}

// giverSubject returns the subject of a sentence's clause that states an
// amount at start: the words before its verb, without an opening phrase,
// asides and where a company is based; "" when there is none.
func giverSubject(sent string, start int) string {
	text := ownClauseBefore(sent, start)
	// "energy company Phillips 66, which announced a $500,000
	// contribution", "the Kellogg Co., which, through its Corporate
	// Citizenship Fund, announced a $250,000 cash contribution": the
	// name the relative clause is about.
	if i := strings.LastIndex(text, ", which"); i >= 0 && !strings.Contains(text[i+len(", which"):], ", which") {
		if m := nameEndRe.FindString(text[:i]); m != "" && whichGivesRe.MatchString(text[i:]) {
			return strings.TrimSpace(m)
		}
	}
	if m := giverOpeningRe.FindStringIndex(text); m != nil {
		text = text[m[1]:]
	}
	// "Ruritanian radio says local charities pledged": the clause the
	// source reports has its own subject, the giver; not when it is a
	// pronoun for the source ("the ministry said it will give").
	if ms := reportedClauseRe.FindAllStringIndex(text, -1); len(ms) > 0 {
		if rest := text[ms[len(ms)-1][1]:]; !pronounSubjectRe.MatchString(rest) {
			text = rest
		}
	}
	text = giverAsideRe.ReplaceAllString(text, " ")
	m := giverVerbRe.FindStringIndex(text)
	if m == nil || m[0] == 0 {
		return ""
	}
	// "Acme Stores said it will give": who says it gives is the subject.
	subject := saidItRe.ReplaceAllString(strings.TrimSpace(text[:m[0]]), "")
	if m := basedPrefixRe.FindStringIndex(subject); m != nil {
		subject = subject[m[1]:]
	}
	// A subject is a few words: not a clause ("In the first half of the
	// year, agencies in Chad").
	if wordCount(subject) > 10 || strings.ContainsAny(subject, ";:") {
		return ""
	}
	return subject
}

// saidItRe ends a subject with its verb of speech and a pronoun for it:
// " said it", ", announced that they".
var saidItRe = lazyre.New(`,?\s+(?:said|says|announced|confirmed|stated)\s+(?:that\s+)?(?:it|they)$`)

// companyListRe is a bare company name in a list of givers: one to three
// capitalised words ("Amgen", "Northrop Grumman").
var companyListRe = lazyre.New(`^(?:[Tt]he\s+)?(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,2})$`)

// listedCompanies returns the companies a release lists as givers in a
// sentence whose subject names several, at least one of them a company or
// foundation by its name ("The Walt Disney Company, United Technologies
// Corp., Amgen and Northrop Grumman are donating millions of dollars"):
// the others listed beside it by bare name are companies too. Countries,
// agencies and organisations are not.
func listedCompanies(paras []string) []string {
	var out []string
	for _, para := range paras[:min(3, len(paras))] {
		for _, sp := range sentences(para) {
			sent := para[sp.start:sp.end]
			m := bodyDonorRe.FindStringSubmatch(withoutDateline(sent))
			if m == nil || !fundingWordRe.MatchString(sent) {
				continue
			}
			items := donorSplitRe.Split(m[1], -1)
			if len(items) < 2 {
				continue
			}
			var names []string
			private := false
			for _, it := range items {
				it = strings.TrimSpace(it)
				if it == "" {
					continue
				}
				if name, ok := privateDonor(it); ok {
					names, private = append(names, name), true
					continue
				}
				cm := companyListRe.FindStringSubmatch(it)
				if cm == nil || donorName(it) != "" || len(orgMentions(it)) > 0 || len(corpus.Mentions(it)) > 0 {
					names = nil
					break
				}
				names = append(names, cm[1])
			}
			if private && len(names) == len(items) {
				for _, n := range names {
					if !slices.Contains(out, n) {
						out = append(out, n)
					}
				}
			}
		}
	}
	return out
}

// sameGiver reports whether two names are one giver named two ways: one's
// words hold the other's first word ("Disney" and "Walt Disney Company",
// "Amgen" and "Amgen Foundation").
func sameGiver(a, b string) bool {
	if a == b {
		return true
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	w := strings.Fields(strings.TrimSuffix(short, "."))
	if len(w) == 0 {
		return false
	}
	return containsWord(long, w[len(w)-1]) && (containsWord(long, w[0]) || len(w) == 1)
}

// giversIn reads the givers a subject names: donors by name (countries,
// agencies, companies and foundations), or by a short name of a company
// the release lists ("Disney"). Two names of one company ("Amgen and the
// Amgen Foundation") are one giver, by the name written first.
func giversIn(subject string, known []string) []string {
	var out []string
	add := func(g string) {
		if !slices.ContainsFunc(out, func(o string) bool { return sameGiver(o, g) }) {
			out = append(out, g)
		}
	}
	subject = basedInRe.ReplaceAllString(strings.TrimSpace(stripAmounts(subject)), "") // "the Washington, D.C.-based ..."
	subject = withoutGiverDescription(subject)                                         // "Acme Group, an operator in Ruritania,"
	// "the Bill & Melinda Gates Foundation", "John D. and Catherine T.
	// MacArthur Foundation": one foundation, as donorsIn reads it.
	if name, ok := privateDonor(subject); ok && strings.Contains(name, "&") {
		return []string{name}
	}
	if m := twoFoundersRe.FindStringSubmatch(subject); m != nil {
		return []string{m[1]}
	}
	for _, part := range donorSplitRe.Split(subject, -1) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		// A donor by its name ("The Northrop Grumman Foundation"), else
		// a company the release lists, by any of its names, as the list
		// names it ("Disney").
		if d := donorName(part); d != "" {
			add(d)
			continue
		}
		if i := slices.IndexFunc(known, func(k string) bool { return namesGiver(part, k) }); i >= 0 {
			add(known[i])
		}
	}
	return out
}

// namesGiver reports whether a phrase names a listed company k: its name,
// or its last distinctive word ("Disney" for "Walt Disney Company").
func namesGiver(phrase, k string) bool {
	if containsWord(phrase, k) {
		return true
	}
	base := strings.TrimSpace(companySuffixRe.ReplaceAllString(k, ""))
	if base == "" {
		return false
	}
	if containsWord(phrase, base) {
		return true
	}
	ws := strings.Fields(base)
	last := ws[len(ws)-1]
	return len(ws) > 1 && len(last) >= 5 && containsWord(phrase, last)
}

// companySuffixRe ends a company's or foundation's name.
var companySuffixRe = lazyre.New(`\s+(?:Foundation|Trust|Corporation|Corp\.?|Company|Group|Inc\.?|Ltd\.?|plc)$`)

// goesOnRe opens a sentence that goes on about the money before it: "The
// remaining ", "The rest, ", "Of this, ", "Another ".
var goesOnRe = lazyre.New(`(?i)^\W*(?:the\s+(?:remaining|rest|remainder|balance|other)\b|of\s+(?:this|that|it|which)\b|another\b|it\s+(?:also\s+)?(?:includes|gives|will)\b)`)

// givenEachAfterRe follows an amount that each of several givers gives:
// " each", " apiece", " (EUR 0.9 million) each".
var givenEachAfterRe = lazyre.New(`(?i)^\s*(?:\([^)]{0,40}\)\s*)?(?:each|apiece)\b`)

// assignGivers sets each amount's giver where its sentence names one,
// and makes the companies and foundations that give their own amounts the
// release's donors. It runs on the facts of a release once their roles
// are given; a fact about the money whose donor was the release's donors
// gets the new list.
func assignGivers(r *corpus.Release, facts []corpus.Fact) []corpus.Fact {
	listed := listedCompanies(r.Paragraphs)
	known := append(slices.Clone(listed), r.Donors...)
	before := strings.Join(r.Donors, ", ")
	out := make([]corpus.Fact, 0, len(facts))
	var own []string            // companies giving their own amounts, in order
	company := map[int]string{} // the company of each of their amounts, by its place in out
	lastCompany := -1           // the place in out of the last amount given a company
	// How often each amount's words have stood in its sentence so far:
	// "$1 million from Chile, and $1 million from Peru" has two.
	type sentAmount struct {
		paragraph        int
		sentence, stated string
	}
	seen := map[sentAmount]int{}
	for _, f := range facts {
		k := 0
		if f.Kind == corpus.KindAmount && f.Amount != nil {
			key := sentAmount{f.Paragraph, f.Sentence, f.Amount.Stated}
			k = seen[key]
			seen[key]++
		}
		// An amount an earlier rule gave its own donor ("200,000 EUR
		// each", rule_each.go) keeps it.
		if f.Kind != corpus.KindAmount || f.Amount == nil || f.Donor != before {
			out = append(out, f)
			continue
		}
		start := nthStated(f.Sentence, f.Amount.Stated, k)
		var gs []string
		if start > 0 {
			gs = giversIn(giverSubject(f.Sentence, start), known)
		}
		// "CARE announced a $1 million grant from the Annenberg
		// Foundation": the giver named after the amount, when it is one
		// of the release's donors.
		if g := grantFrom(f.Sentence[max(0, start)+len(f.Amount.Stated):], r.Donors); g != "" && start >= 0 && (len(gs) == 0 || !knownGivers(gs) && !slices.Contains(r.Donors, gs[0])) {
			gs = []string{g}
		}
		// "a $5million NHF allocation", "a $5.5 million CERF rapid
		// response allocation", in a release of both funds: the donor
		// named right after the amount, by name or initials, as the
		// allocation's owner.
		if start >= 0 && len(r.Donors) > 1 {
			if m := ownerAllocationRe.FindStringSubmatch(f.Sentence[start+len(f.Amount.Stated):]); m != nil {
				if j := slices.IndexFunc(r.Donors, func(d string) bool { return d == m[1] || initials(d) == m[1] }); j >= 0 {
					gs = []string{r.Donors[j]}
				}
			}
		}
		// "The Hewlett Foundation in Menlo Park ... announced": a
		// shorter name of one of the release's donors is that donor.
		for i, g := range gs {
			if !slices.Contains(r.Donors, g) {
				if j := slices.IndexFunc(r.Donors, func(d string) bool { return !knownGiver(d) && namesGiver(g, d) }); j >= 0 {
					gs[i] = r.Donors[j]
				}
			}
		}
		// "Elsewhere, Wells Fargo & Company pledged $1 million", "HSBC USA
		// also announced a $1 million commitment" in a release of private
		// givers: the company the clause names is the amount's giver.
		if len(gs) == 0 && start > 0 && len(r.Donors) > 0 && !slices.ContainsFunc(r.Donors, knownGiver) {
			if name := companySubject(giverSubject(f.Sentence, start)); name != "" {
				gs = []string{name}
			}
		}
		if len(gs) == 0 && len(listed) > 0 {
			// "In addition to Disney's initial contribution, the
			// Burbank-based entertainment company has also agreed to
			// provide up to $1 million": the one listed company the
			// sentence names.
			var named []string
			for _, k := range listed {
				if namesGiver(f.Sentence, k) {
					named = append(named, k)
				}
			}
			if len(named) == 1 {
				gs = named
			}
		}
		// "... the Bank of America Charitable Foundation announced its own
		// donation of $1 million, including $500,000 to the American Red
		// Cross. The remaining $500,000 will be directed to nonprofits": a
		// sentence naming no giver, in a paragraph of several companies'
		// gifts, goes on with the last company's; it is never all of
		// theirs jointly.
		if len(gs) == 0 && start >= 0 && !slices.ContainsFunc(r.Donors, knownGiver) && lastCompany >= 0 &&
			out[lastCompany].Paragraph == f.Paragraph && goesOnRe.MatchString(f.Sentence[:start]) {
			gs = []string{company[lastCompany]}
		}
		// Another donor's money is named with its giver first ("through
		// the European Union, which contributed ..."), or in a list its
		// amounts follow in order ("Switzerland and Germany, which
		// promised to donate $2.13 million and $670,000, respectively"),
		// else by the sentence's subject.
		if f.Context == "other donor" && start >= 0 {
			if named := namedOtherGiver(f.Sentence, start, start+len(f.Amount.Stated)); len(named) > 0 {
				gs = named
			} else if g := respectiveGiver(facts, f, start, r); g != "" {
				gs = []string{g}
			} else if listed := elidedGiver(f.Sentence, start); len(listed) > 0 {
				// "Chile gave $4 million, Peru $2 million": Peru's.
				gs = listed
			}
		}
		switch {
		case len(gs) == 0:
		case f.Context == "other donor":
			// Another donor's money: that donor's, when the release's
			// donors are none of them.
			if !slices.ContainsFunc(gs, func(g string) bool {
				return slices.ContainsFunc(r.Donors, func(d string) bool { return sameGiver(d, g) })
			}) {
				f.Donor = strings.Join(gs, ", ")
			}
		// ("As of Wednesday afternoon, the Citi Foundation had announced a
		// donation of $1 million": money given before, still its own
		// giver's in a release of several companies.)
		case f.Context != "" && !(f.Context == "earlier" && !knownGivers(gs)):
		case len(gs) > 1 && !slices.ContainsFunc(gs, knownGiver) && !slices.ContainsFunc(gs, func(g string) bool { return slices.Contains(r.Donors, g) }):
			// "TD Bank Group and the TD Charitable Foundation had pledged
			// a total of $500,000": companies giving an amount together.
			company[len(out)] = strings.Join(gs, ", ")
			for _, g := range gs {
				if !slices.Contains(own, g) {
					own = append(own, g)
				}
			}
		case len(gs) == 1 && !knownGivers(gs):
			// A company or foundation giving its own amount: its
			// donor when several are (below).
			company[len(out)] = gs[0]
			lastCompany = len(out)
			if !slices.Contains(own, gs[0]) {
				own = append(own, gs[0])
			}
		case allDonors(gs, r.Donors) && len(gs) > 1 && !f.Total:
			// "KSrelief and the FCDO will contribute $2.5 million" of
			// their joint $5 million: each one's share.
			if t := jointTotal(facts, r); t != nil && t.Amount.Currency == f.Amount.Currency && sameValue(f.Amount.Value*float64(len(gs)), t.Amount.Value) {
				for _, g := range gs {
					h := f
					h.Donor = g
					out = append(out, h)
				}
				continue
			}
			f.Donor = strings.Join(gs, ", ")
		case allDonors(gs, r.Donors):
			f.Donor = strings.Join(gs, ", ")
		}
		// "The World Bank and the Asian Development Bank have pledged
		// $US1 billion each": each giver's own amount, never one joint.
		// (Not the total: a release has one.)
		if end := start + len(f.Amount.Stated); start >= 0 && !f.Total && len(gs) > 1 && f.Donor == strings.Join(gs, ", ") &&
			(givenEachAfterRe.MatchString(f.Sentence[end:]) && !eachPeriodRe.MatchString(f.Sentence[end:]) || eachBeforeRe.MatchString(f.Sentence[max(0, start-30):start])) {
			for _, g := range gs {
				h := f
				h.Donor = g
				out = append(out, h)
			}
			continue
		}
		out = append(out, f)
		// "Chile said it will give $4 million, so did Peru": the other
		// giver named after "so did" gives the same.
		if f.Context == "other donor" && start >= 0 && f.Donor != before {
			if g := soDidGiver(f.Sentence[start+len(f.Amount.Stated):]); g != "" && g != f.Donor && !donorsInclude(r, g) {
				h := f
				h.Donor = g
				out = append(out, h)
			}
		}
	}
	// Several companies each giving their own amounts are the release's
	// donors, with any donor found before that is none of them (a
	// company or foundation inferred from the text). One company named
	// beside the release's donor is not read as a second giver, nor are
	// companies beside a government's or agency's gift: their amounts keep
	// the release's donors.
	if len(own) < 2 || knownGivers(r.Donors) {
		return out
	}
	donors := own
	for _, d := range r.Donors {
		if !slices.ContainsFunc(donors, func(o string) bool { return sameGiver(o, d) }) {
			donors = append(donors, d)
		}
	}
	// Givers that are all the release's donors keep the order it named
	// them in ("The Annenberg, William and Flora Hewlett, and ...").
	if !slices.ContainsFunc(own, func(o string) bool { return !slices.Contains(r.Donors, o) }) {
		donors = r.Donors
	}
	r.Donors = donors
	after := strings.Join(donors, ", ")
	for i := range out {
		if g, ok := company[i]; ok {
			out[i].Donor = g
		} else if out[i].Donor == before {
			out[i].Donor = after
		}
	}
	return out
}

// soDidRe is another giver doing the same, after an amount in its clause:
// ", so did neighbouring Peru", ", as did the Netherlands".
var soDidRe = lazyre.New(`^[^.;]{0,80}?,\s+(?:and\s+)?(?:so|as)\s+did\s+(?:the\s+)?((?:[\p{Ll}-]+\s+){0,3}?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})`)

// soDidGiver returns the giver the words after an amount say did the
// same ("..., so did neighbouring Peru"): a country or donor body, else "".
func soDidGiver(after string) string {
	m := soDidRe.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	ds := donorsIn(m[1])
	if len(ds) != 1 || !knownGiver(ds[0]) {
		return ""
	}
	return ds[0]
}

// allDonors reports whether every giver is one of the release's donors.
func allDonors(gs, donors []string) bool {
	return !slices.ContainsFunc(gs, func(g string) bool { return !slices.Contains(donors, g) })
}

// ownerAllocationRe follows an amount with a giver's name or initials
// before "allocation" or "grant": " NHF allocation", " CERF rapid
// response allocation".
var ownerAllocationRe = lazyre.New(`^\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,4})\s+(?:[\p{Ll}-]+\s+){0,2}?(?:allocation|grant|contribution)s?\b`)

// grantFromRe follows an amount with the giver it comes from: " grant from
// the Annenberg Foundation", " donation from".
var grantFromRe = lazyre.New(`^\s+(?:(?:in\s+)?(?:emergency\s+)?(?:grants?|gifts?|donations?|contributions?)\s+)?from\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.,-]*\s+){0,4}?((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:Foundation|Trust|Fund))\b`)

// grantFrom returns the one of donors that the words after an amount say
// it comes from ("grant from the Annenberg Foundation"), or "".
func grantFrom(after string, donors []string) string {
	m := grantFromRe.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	for _, d := range donors {
		if !knownGiver(d) && namesGiver(m[1], d) {
			return d
		}
	}
	return ""
}

// knownGivers reports whether every giver is a country or a body of the
// donor table (roles.go's knownGiver).
func knownGivers(gs []string) bool {
	return !slices.ContainsFunc(gs, func(g string) bool { return !knownGiver(g) })
}

// jointTotal returns the total of a release of several donors, or nil.
func jointTotal(facts []corpus.Fact, r *corpus.Release) *corpus.Fact {
	if len(r.Donors) < 2 {
		return nil
	}
	for i := range facts {
		if facts[i].Kind == corpus.KindAmount && facts[i].Total && facts[i].Amount != nil {
			return &facts[i]
		}
	}
	return nil
}

// namedOtherGiver reads the giver another donor's amount at [start, end)
// of its sentence is named with, besides the sentence's subject: "the
// European Union, which contributed Euros 516 million", "the European
// Commission's 30 million euro", "$500,000 from the Richard King Mellon
// Foundation", "$2.5 million from Canada" (roles.go reads these as
// another donor's money).
func namedOtherGiver(sent string, start, end int) []string {
	before := sent[max(0, start-80):start]
	m := ownerRe.FindStringSubmatch(before)
	if m == nil {
		m = whichGaveRe.FindStringSubmatch(before)
	}
	if m == nil {
		m = sawGiveRe.FindStringSubmatch(before)
	}
	if m != nil {
		if ds := donorsIn(m[1]); len(ds) > 0 {
			return ds
		}
		// "The World Health Organization, which has released": an
		// agency, by its acronym.
		if ms := orgMentions(m[1]); len(ms) == 1 {
			return []string{ms[0].acronym}
		}
		return nil
	}
	after := sent[end:min(len(sent), end+80)]
	if m := fromPrivateGiverRe.FindStringSubmatch(after); m != nil {
		return []string{m[1]}
	}
	if m := fromSocietyRe.FindStringSubmatch(after); m != nil {
		return []string{strings.TrimSuffix(strings.TrimSpace(m[1]), ".")}
	}
	for _, mm := range corpus.Mentions(after) {
		if mm.Country.Code != "" && fromDonorAfterRe.MatchString(after[:mm.Start]) {
			return []string{mm.Country.Name}
		}
	}
	return nil
}

// respectiveGiver returns the giver of amount f, whose sentence gives
// several amounts "respectively" to the donors it lists before the first
// of them ("South Korea was followed by Switzerland and Germany, which
// promised to donate $2.13 million and $670,000, respectively"): the
// donor at f's place in that list, the release's own donors left out; ""
// when the list and the amounts are not as many.
func respectiveGiver(facts []corpus.Fact, f corpus.Fact, start int, r *corpus.Release) string {
	if !respectivelyRe.MatchString(f.Sentence[start:]) {
		return ""
	}
	var stated []string
	for _, g := range facts {
		if g.Kind == corpus.KindAmount && g.Amount != nil && g.Sentence == f.Sentence && g.Paragraph == f.Paragraph {
			stated = append(stated, g.Amount.Stated)
		}
	}
	first := len(f.Sentence)
	for _, st := range stated {
		if i := indexStated(f.Sentence, st); i >= 0 && i < first {
			first = i
		}
	}
	clause := f.Sentence[:first]
	if k := strings.LastIndexAny(clause, ";:"); k >= 0 {
		clause = clause[k+1:]
	}
	type named struct {
		at    int
		donor string
	}
	var list []named
	for _, m := range corpus.Mentions(clause) {
		if m.Country.Code != "" {
			list = append(list, named{m.Start, m.Country.Name})
		}
	}
	for _, b := range donorBodies {
		if i := wordIndex(clause, b.Name); i >= 0 {
			list = append(list, named{i, b.Donor})
		}
	}
	slices.SortFunc(list, func(a, b named) int { return a.at - b.at })
	var givers []string
	for _, n := range list {
		if !slices.Contains(givers, n.donor) && !donorsInclude(r, n.donor) {
			givers = append(givers, n.donor)
		}
	}
	at := slices.Index(stated, f.Amount.Stated)
	if len(givers) != len(stated) || at < 0 {
		return ""
	}
	return givers[at]
}

// sameCountry reports whether two donors name one country.
func sameCountry(a, b string) bool {
	ca, ok := corpus.LookupCountry(a)
	cb, ok2 := corpus.LookupCountry(b)
	return ok && ok2 && ca.Code == cb.Code
}

// oneGiversTotal drops the total of a release of several givers when it is
// one giver's alone and another gives an amount of its own: "Last week,
// the United Nations Foundation announced a $5 million commitment ...",
// then "In Seattle, meanwhile, the Paul G. Allen Family Foundation
// announced grants of $500,000 each". Neither is the story's total; the
// release says so in its check.
func oneGiversTotal(r *corpus.Release, facts []corpus.Fact) {
	if len(r.Donors) < 2 {
		return
	}
	all := strings.Join(r.Donors, ", ")
	t := slices.IndexFunc(facts, func(f corpus.Fact) bool { return f.Kind == corpus.KindAmount && f.Total })
	if t < 0 || facts[t].Donor == "" || facts[t].Donor == all || strings.Contains(facts[t].Donor, ", ") {
		return
	}
	if !slices.ContainsFunc(facts, func(f corpus.Fact) bool {
		return f.Kind == corpus.KindAmount && !f.Total && f.Context == "" && f.Donor != "" && f.Donor != all && !strings.Contains(f.Donor, ", ") && f.Donor != facts[t].Donor
	}) {
		return
	}
	facts[t].Total = false
	r.Check = append(r.Check, fmt.Sprintf("no total: %s and another giver each state their own amounts", facts[t].Donor))
}

// unnamedGovernmentRe opens an announcing sentence whose giver is a
// government the sentence does not name: "The Federal Government will
// commit $5 million", "The Government today set out a €4.5 million
// package".
// "... says the Labor government will send $265 million": a government
// named by its party or leader.
var unnamedGovernmentRe = lazyre.New(`(?:^\W*(?:[\p{Lu}][\p{L} ]{1,20}[:,–—-]\s+)?|\b(?:says|said|announced|stated) (?:that )?)[Tt]he\s+(?:(?:Federal|federal|National|national|Central|central|Labor|Labour|Liberal|Conservative|Coalition|new|current|\p{Lu}\p{Ll}+ese|Albanese|Morrison|Turnbull|Trudeau|Ardern)\s+)?[Gg]overnment\s+(?:has|will|today|is|had|would|announced|set|committed|pledged|gave|allocated|unveiled|approved|decided)\b`)

// ownCountryRe follows a country named as the one that acts or owns, not a
// place: "Australia would play", "Australia's humanitarian action",
// "Ireland was keeping promises".
var ownCountryRe = lazyre.New(`^(?:['’]s\s+(?:\w+\s+){0,2}(?:humanitarian|aid|government|support|contribution|focus|commitment|response|action|policy|assistance)|\s+[“"]?(?:will|would|was|is|has|had|brought|pledged|provided|gave|keeps|kept|reaffirmed|announced|committed|contributed|donated|allocated)\b)`)

// governmentsCountry returns the country of a government an announcing
// sentence names without its country (unnamedGovernmentRe), when the
// first paragraphs name one country, and only one, as the one that acts
// ("the role Australia would play", "Ireland was keeping promises").
func governmentsCountry(paras []string, lead string) []string {
	if !unnamedGovernmentRe.MatchString(lead) {
		return nil
	}
	found := ""
	for _, para := range paras[:min(6, len(paras))] {
		for _, m := range corpus.Mentions(para) {
			if m.Country.Code == "" || m.Demonym || !ownCountryRe.MatchString(para[m.End:]) {
				continue
			}
			if found != "" && found != m.Country.Name {
				return nil
			}
			found = m.Country.Name
		}
	}
	if found == "" {
		return nil
	}
	return []string{found}
}

// coSignedRe is a title or sentence telling of an agreement two parties
// sign together: "Bangladesh, Japan sign exchange note, grants agreement",
// "Nepal and Korea have signed a grant agreement", "exchange of notes".
var coSignedRe = lazyre.New(`(?i)\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|exchange[sd]?)\b[^.]{0,80}\b(?:agreements?|notes?|memorandum|MoU|accords?|deal)\b`)

// coSignatories keeps, of two or more donor countries that a title or
// announcing sentence has sign an agreement together, the one that gives
// aid (corpus.AidGiver) when exactly one does: the other signs as the
// country the grant goes to ("Bangladesh and Japan have signed ... grant
// agreements on the project ... worth up to JPY 446 million"), no giver.
// Donors that are not all countries, or two that both give or neither,
// are left as they are.
func coSignatories(donors []string, title, lead string) []string {
	if len(donors) < 2 || !coSignedRe.MatchString(title) && !coSignedRe.MatchString(lead) {
		return donors
	}
	giver := ""
	for _, d := range donors {
		c, ok := corpus.LookupCountry(d)
		if !ok {
			return donors
		}
		if corpus.AidGiver(c.Code) {
			if giver != "" {
				return donors
			}
			giver = d
		}
	}
	if giver == "" {
		return donors
	}
	return []string{giver}
}

// spelledOutInitials rewrites, in s, the initials of a donor body as the
// body's full name when the page names that body in full somewhere: "the
// SFD Vice-Chairman signed", on a page that further on thanks "the Saudi
// Fund for Development". Initials no table lists are read only this way:
// the same letters name other bodies too (a country's own Social Fund for
// Development is "SFD" as well), and only the page's full name says which.
// Initials the page gives in brackets to another name ("the Social Fund
// for Development (SFD)") are that name's, and stay as they are.
func spelledOutInitials(s string, paras []string) string {
	for _, b := range donorBodies {
		in := initials(b.Name)
		if len(in) < 3 || in == b.Name || wordIndex(s, in) < 0 || slices.ContainsFunc(donorBodies, func(o corpus.DonorBody) bool { return o.Name == in }) {
			continue
		}
		named, other := false, false
		for _, p := range paras {
			if wordIndex(p, b.Name) >= 0 {
				named = true
			}
			if i := strings.Index(p, "("+in+")"); i >= 0 && !strings.HasSuffix(strings.TrimSpace(p[:i]), b.Name) {
				other = true
			}
		}
		if named && !other {
			s = replaceWord(s, in, b.Name)
		}
	}
	return s
}

// replaceWord replaces each whole-word w in s with by.
func replaceWord(s, w, by string) string {
	var out strings.Builder
	for {
		i := wordIndex(s, w)
		if i < 0 {
			out.WriteString(s)
			return out.String()
		}
		out.WriteString(s[:i] + by)
		s = s[i+len(w):]
	}
}
