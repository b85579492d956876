package answer

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// releaseAmounts is what one release states for a question's donors,
// recipients, places, sectors and years.
type releaseAmounts struct {
	r *corpus.Release
	// gifts are the amounts that answer: the release's total when nothing
	// the question names narrows it, else the parts it states for exactly
	// that; total says the gift is the release's total.
	gifts []factRef
	total bool
	// context are amounts the release states that are not its gift (a
	// cumulative sum, a plan), quoted when the question asks for them.
	context []factRef
	// missing says, when gifts is empty, what the release states no
	// separate amount for ("Yemen", "WFP in Yemen").
	missing string
	// about are lines without figures on the places asked about, shown
	// when the release states no amount for them.
	about []factRef
	// undated marks a release that states no year, answered for a
	// question that names one.
	undated bool
	// yearInClause says the answer was found by the year asked, named in
	// the money's own clause of a release that states no year
	// (askedContext): it answers for that year.
	yearInClause bool
	// onlyPlace names the place asked about when the total answers for it
	// only because it is the one place the release names as funded.
	onlyPlace string
	// agencyNamed names the donor's agency asked about when the total
	// answers for it only because the release's text names the agency,
	// with no amount of its own.
	agencyNamed string
	// wider is the release's total when its own words give it to the
	// place asked about and more places together ("in Bangladesh and the
	// region"): shown beside what the release states for the place, never
	// as the place's amount.
	wider factRef
	// widerPlace names the place asked about, for wider.
	widerPlace string
	// widerMore says what wider is for besides widerPlace: "places", or
	// "recipients" for a part given to the recipient asked about and
	// others together ("to the ICRC and to various relief agencies").
	widerMore string
	// widerTopic names, for wider, a name the question gives that fundbot
	// knows as no place, donor or recipient ("Hunan", "Muslim Aid"): the
	// release names it, but its total is not stated for it alone.
	widerTopic string
	// others marks gifts that are another donor's money, told in a release
	// of someone else's (givers.go): never the release's gift, never summed.
	others bool
	// also are the release donor's other figures for what the question
	// names, stated as context ("In 2011 the Federal Foreign Office has
	// already provided 9.6 million euro ... for the Horn of Africa"):
	// shown under the gift, never added to it (alsoStated).
	also []factRef
	// joint marks a total that is a joint gift of the donors asked about
	// and others, given because the release states no share of theirs
	// alone: never summed into theirs.
	joint bool
}

// narrowing is what, inside one release, a question narrows to.
type narrowing struct {
	places    bool // a country or region is named
	recipient bool // a recipient is named and the release has several
	year      bool // a year is named that is not the release's own
	sector    bool
}

func (n narrowing) any() bool { return n.places || n.recipient || n.year || n.sector }

// narrowingOf says what a request narrows to inside release r.
func (e *Engine) narrowingOf(r *corpus.Release, req request) narrowing {
	rs := recipientsOf(r)
	// The release's one recipient is what the question asks about; its
	// total answers when the title or the total's own sentence names that
	// recipient, not when the text ties only a part to it ("£61 million",
	// of which "£5 million for the UN World Food Programme").
	only := len(rs) == 1 && slices.Contains(req.recipients, rs[0])
	// (Ingest sets the total's recipient when a sentence stating it again
	// names it: "Germany provides 7 million euros ...", then "... to
	// provide UNFPA ... with 7 million euros".)
	// With no total, the parts are the recipient's only when the title
	// names it: "Canada increases matching fund for Beirut aid", whose
	// one recipient, the Lebanese Red Cross, shares one part with UN
	// agencies, is not thereby given its matching fund.
	if only && !e.namesRecipient(r.Title, rs[0]) {
		t, ok := r.Total()
		// (Not named only as one use of the money: "..., including
		// support for UNRWA".)
		only = ok && (t.Recipient == rs[0] || e.namesRecipient(t.Sentence, rs[0]) &&
			!corpus.NamedOnlyAfterIncluding(t.Sentence, func(text string) bool { return e.namesRecipient(text, rs[0]) }))
	}
	// "Britain will give a £21 million boost to an emergency aid fund",
	// then "... the UN's Central Emergency Response Fund": a total whose
	// sentence names its one recipient only by what it is ("an emergency
	// aid fund", "This agreement"), with the recipient named in its
	// paragraph or the next, and no part given elsewhere.
	if !only && len(rs) == 1 && slices.Contains(req.recipients, rs[0]) {
		only = e.totalForDescribedRecipient(r, rs[0]) || e.totalRestatedForRecipient(r, rs[0]) || e.totalThroughRecipient(r, rs[0])
	}
	// Nor when the text says the money goes to it in part: "The funds,
	// which will partially go to WFP".
	if only && e.goesPartlyTo(r, func(text string) bool { return e.namesRecipient(text, rs[0]) }) {
		only = false
	}
	return narrowing{
		places:    len(req.countries)+len(req.regions) > 0,
		recipient: len(req.recipients) > 0 && !only,
		year:      len(req.years) > 0 && !yearAsked(r, r.Year, req.years) && len(yearsOf(r)) > 0,
		sector:    len(req.sectors)+len(req.purposes) > 0,
	}
}

// describedRecipientRe names a recipient by what it is, or refers back
// to the agreement with it: "an emergency aid fund", "This agreement",
// "offered the organisation a loan" (the indirect object of a giving
// verb).
var describedRecipientRe = lazyre.New(`(?i)\b(?:to|for|with)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:fund|agency|organi[sz]ation|programme|program)\b|^\W*(?:this|the)\s+(?:agreement|contribution|grant|donation)\b|\b(?:offer(?:s|ed)?|give[sn]?|gave|grant(?:s|ed)?|award(?:s|ed)?|lends?|lent|sends?|sent|pays?|paid)\s+(?:the|this|that)\s+(?:fund|agency|organi[sz]ation|programme|program)\s+(?:an?|another|a further|the)\s`)

// totalForDescribedRecipient reports whether release r's total is for its
// one recipient rcpt, named in the total's sentence only by what it is
// (describedRecipientRe) and by its name in the total's paragraph or the
// next: the total's sentence names no organisation, and every other
// amount given in the release is rcpt's.
func (e *Engine) totalForDescribedRecipient(r *corpus.Release, rcpt string) bool {
	t, ok := r.Total()
	if !ok || t.Recipient != "" || !describedRecipientRe.MatchString(t.Sentence) {
		return false
	}
	if len(findNamed(e.recipientAliases, t.Sentence, corpus.Fold(t.Sentence))) > 0 {
		return false
	}
	if !partsAllFor(r, rcpt) {
		return false
	}
	for p := t.Paragraph; p <= t.Paragraph+1 && p <= len(r.Paragraphs); p++ {
		if p >= 1 && e.namesRecipient(r.Paragraphs[p-1], rcpt) {
			return true
		}
	}
	return false
}

// giftThroughRe says the gift just announced goes through an
// organisation: "Seoul would provide the aid through", "The funds will be
// channelled via", "the assistance will be delivered by".
var giftThroughRe = lazyre.New(`(?i)\b(?:(?:provid|deliver|channel|chanell|send|giv|implement|distribut)\w*\s+(?:the|this|these|its|their)\s+(?:aid|assistance|funds?|funding|money|contribution|grant|donation|support)|(?:the|this|these)\s+(?:aid|assistance|funds?|funding|money|contribution|grant|donation|support)\s+(?:will|would|is to|are to|shall)\s+be\s+(?:provided|delivered|channell?ed|given|sent|implemented|distributed))\s+(?:\w+\s+){0,2}?(?:through|via|by)\s`)

// totalThroughRecipient reports whether release r's total goes through
// its one recipient rcpt, as a sentence of the total's paragraph or the
// next says of the gift just announced ("Seoul would provide the aid
// through the U.N. World Food Programme"): the total's sentence names no
// organisation, and every other amount given in the release is rcpt's.
func (e *Engine) totalThroughRecipient(r *corpus.Release, rcpt string) bool {
	t, ok := r.Total()
	if !ok || t.Recipient != "" || len(findNamed(e.recipientAliases, t.Sentence, corpus.Fold(t.Sentence))) > 0 || !partsAllFor(r, rcpt) {
		return false
	}
	for p := t.Paragraph; p <= t.Paragraph+1 && p <= len(r.Paragraphs); p++ {
		if p < 1 {
			continue
		}
		para := r.Paragraphs[p-1]
		for _, m := range giftThroughRe.FindAllStringIndex(para, -1) {
			// (The words right after, not up to the sentence's end:
			// "the U.N. World Food Programme" has full stops.)
			if e.namesRecipient(para[m[1]:min(len(para), m[1]+80)], rcpt) {
				return true
			}
		}
	}
	return false
}

// partsAllFor reports whether every part release r gives is rcpt's.
func partsAllFor(r *corpus.Release, rcpt string) bool {
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Kind == corpus.KindAmount && !f.Total && f.Context == "" && f.Recipient != rcpt {
			return false
		}
	}
	return true
}

// totalRestatedForRecipient reports whether release r's total, given in
// its own sentence to a body its one recipient rcpt belongs to ("has
// donated $15 million to the United Nations"), is stated again in a
// sentence that names rcpt ("Kuwait has given UNRWA $15 million of its
// overall pledge"), and every other amount given in the release is
// rcpt's.
func (e *Engine) totalRestatedForRecipient(r *corpus.Release, rcpt string) bool {
	t, ok := r.Total()
	if !ok || t.Recipient != "" || t.Amount == nil || t.Amount.Stated == "" {
		return false
	}
	if !partsAllFor(r, rcpt) {
		return false
	}
	for _, sent := range sentencesStating(r.Paragraphs, t.Amount.Stated) {
		if sent != t.Sentence && e.namesRecipient(sent, rcpt) {
			return true
		}
	}
	return false
}

// inPlace reports whether a fact is about a country or region the request
// names.
func inPlace(f *corpus.Fact, req request) bool {
	if f.Country != "" && slices.ContainsFunc(req.countries, func(c corpus.Country) bool { return c.Code == f.Country }) {
		return !otherPartOnly(amountClause(f), f.Country, req) && !namedOnlyAsGiver(f.Sentence, f.Country, f.CountryName)
	}
	return slices.ContainsFunc(req.regions, f.InRegion)
}

// amountClause is the clause of an amount's sentence that states it, cut at
// the marks of a clause with a subject of its own (clauseBreakRe) on either
// side of the amount, whether or not the other clause states an amount
// ("25 million will go to UNRWA for Gaza and the West Bank, while the
// remaining 15 million will go to the ICRC for its work in Gaza"; "Most of
// the help will go to the Red Cross ... but €1.5m will be spent on mine
// removal"); else the sentence. (clausesOf, in clauses.go, shares a
// sentence out among the amounts it states; it cannot cut off a clause
// that states none.)
func amountClause(f *corpus.Fact) string {
	if f.Kind != corpus.KindAmount || f.Amount == nil || f.Amount.Stated == "" {
		return f.Sentence
	}
	at := strings.Index(f.Sentence, f.Amount.Stated)
	if at < 0 {
		return f.Sentence
	}
	start, end := 0, len(f.Sentence)
	for _, m := range clauseBreakRe.FindAllStringIndex(f.Sentence, -1) {
		switch {
		case m[1] <= at:
			start = m[1]
		case m[0] >= at+len(f.Amount.Stated) && m[0] < end:
			end = m[0]
		}
	}
	return f.Sentence[start:end]
}

// clauseBreakRe ends a clause that has a subject and verb of its own.
var clauseBreakRe = lazyre.New(`(?i);\s+|,\s+(?:while|whereas|but)\s+|\s+(?:while|but)\s+`)

// giverAfterRe follows the name of a country that gives an amount: "
// pledged $100 million", " has donated USD 5 million".
var giverAfterRe = lazyre.New(`^(?:['’]s\s+government)?\s+(?:(?:has|have|had|also|jointly|recently)\s+)*(?:pledged|pledges|donated|donates|contributed|contributes|gave|gives|offered|offers|committed|commits)\b[^.;]{0,40}?[$€£¥\d]`)

// namedOnlyAsGiver reports whether text names country code (name, or
// one of its other names), and only as the one giving an amount ("the
// United Arab Emirates pledged $100 million", in a release of another
// donor's): it then says nothing of money going there, whatever place
// ingest tied to its sentence. (By name, not corpus.Mentions: this runs
// for every fact of the place asked.)
func namedOnlyAsGiver(text, code, name string) bool {
	found := false
	aliases := corpus.CountryAliases(code)
	for k := -1; k < len(aliases); k++ {
		n := name
		if k >= 0 {
			n = aliases[k]
		}
		for from := 0; n != "" && from < len(text); {
			i := indexFold(text[from:], n)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(n)
			from = end
			if start > 0 && isWordByte(text[start-1]) || end < len(text) && isWordByte(text[end]) {
				continue
			}
			if !giverAfterRe.MatchString(text[end:]) {
				return false
			}
			found = true
		}
	}
	return found
}

// otherPartOnly reports whether text, for a request that asks about
// country code by the name of one part of it, does not name that part:
// it names another part only ("the Agency's work in Jordan, Lebanon,
// Syria and the West Bank" asked about Gaza), or the country as a whole
// ("AED 50 million in humanitarian aid to Palestine" states nothing for
// Gaza alone).
func otherPartOnly(text, code string, req request) bool {
	part := req.parts[code]
	return part != "" && !slices.Contains(corpus.CountryPartsNamed(code, text), part)
}

// partMatches reports whether an amount of a release is for exactly what
// the request narrows to inside it.
func (e *Engine) partMatches(f *corpus.Fact, req request, n narrowing) bool {
	if n.places && !inPlace(f, req) && !(f.Country == "" && f.Region == "" && e.onlyPlaceOf(f.Release, req) && !e.namesOtherPlaceIn(f, req)) {
		return false
	}
	if n.recipient && !e.forRecipient(f, req.recipients) {
		return false
	}
	if n.year && !slices.Contains(req.years, f.Year) {
		return false
	}
	if n.sector && !slices.ContainsFunc(req.sectors, func(s string) bool { return corpus.SectorCovers(s, f.Sector) }) && !namesPurpose(f.Sentence, req.purposes) {
		return false
	}
	return true
}

// namesOtherPlace reports whether a sentence names a country or region
// that is not, or not inside, a place the request asks about: "The rest,
// which amounts to US$35.6 million, is earmarked for Afghanistan and five
// nations ... in the Middle East" is no part for Africa, though ingest
// tied it to no place. A country named as a cause ("Russian aggression")
// is no other place.
func namesOtherPlace(r *corpus.Release, sentence string, req request) bool {
	// A currency's name ("750,000 U.S. dollars") names no place, nor does
	// the donor's own name.
	sentence = currencyNameRe.ReplaceAllString(sentence, " ")
	for _, m := range corpus.Mentions(sentence) {
		if m.Country.Code != "" && (causeAfterRe.MatchString(sentence[m.End:]) || donorCountry(r, m.Country)) {
			continue
		}
		if !inPlace(&corpus.Fact{Country: m.Country.Code, Region: m.Region, Sentence: sentence}, req) {
			return true
		}
	}
	return false
}

// partlyReleases returns the releases of c whose text may say money goes
// somewhere in part (corpus.MayGoPartly), read once: scanning every
// candidate release's paragraphs for it cost an amount answer on 10,000
// releases half its time.
func partlyReleases(c *corpus.Corpus) map[*corpus.Release]bool {
	out := map[*corpus.Release]bool{}
	for _, r := range c.Releases {
		if slices.ContainsFunc(r.Paragraphs, corpus.MayGoPartly) {
			out[r] = true
		}
	}
	return out
}

// goesPartlyTo reports whether a release's text says its money goes in
// part to an organisation that names reports named (corpus.GoesPartlyTo).
func (e *Engine) goesPartlyTo(r *corpus.Release, names func(string) bool) bool {
	if !e.partly.get()[r] {
		return false
	}
	return corpus.PartlyTo(r.Paragraphs, names)
}

// textBefore returns up to n bytes of f's paragraph before its sentence.
// runnerRe is a phrase that names who runs a body, up to the clause's
// end: "run by the United Nations Office for ...", "managed by UNDP".
var runnerRe = lazyre.New(`(?i)\b(?:run|managed|administered|operated|overseen|hosted|chaired)\s+by\s+[^,;.]*`)

// withoutRunners is text without the phrases that name who runs a body.
func withoutRunners(text string) string {
	if !strings.Contains(text, " by ") {
		return text
	}
	return runnerRe.ReplaceAllString(text, "")
}

// besideTopic narrows the parts out.gifts of a release with no total to
// those a topic asked about is named beside, when some are: "How much did
// Australia give for Tigray?" of a release whose part "a further $3
// million to the ICRC" comes right after the sentence on Tigray, the
// other for Myanmar.
func besideTopic(r *corpus.Release, req request, out releaseAmounts) releaseAmounts {
	ts := req.topics
	if len(ts) == 0 || len(out.gifts) < 2 {
		return out
	}
	var beside []factRef
	for _, g := range out.gifts {
		if namesTopic(g.f.Sentence, ts) || namesTopic(textBefore(r, g.f, 300), ts) {
			beside = append(beside, g)
		}
	}
	switch {
	case len(beside) > 0:
		out.gifts = beside
	case !namesTopic(r.Title, ts):
		// "How much did the Netherlands give for the rescue team?" of a
		// release whose parts are for aid groups and a country, and that
		// names the team only to say its cost is paid besides: none of
		// the parts is for it, and listing them all would show them as
		// its.
		out.gifts = nil
		out.missing = names(ts)
		out.about = sentencesNaming(r, ts[:1])
	}
	return out
}

func textBefore(r *corpus.Release, f *corpus.Fact, n int) string {
	p := r.Paragraph(f.Paragraph)
	at := strings.Index(p, f.Sentence)
	if at <= 0 {
		return ""
	}
	return p[max(0, at-n):at]
}

// namesOtherPlaceIn is namesOtherPlace for fact f's sentence.
func (e *Engine) namesOtherPlaceIn(f *corpus.Fact, req request) bool {
	r, ok := e.c.Release(f.Release)
	return ok && namesOtherPlace(r, f.Sentence, req)
}

// onlyPlaceOf reports whether every place release id names as funded is
// the one place asked about: a part with no place of its own is then
// for it ("Mercy Corps ... will be allocated SEK 25 million" in a release
// that funds Sudan alone).
func (e *Engine) onlyPlaceOf(id string, req request) bool {
	r, ok := e.c.Release(id)
	if !ok || len(req.countries)+len(req.regions) != 1 {
		return false
	}
	found := false
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Kind != corpus.KindDestination && f.Kind != corpus.KindAmount || f.Country == "" && f.Region == "" {
			continue
		}
		if !inPlace(f, req) {
			return false // a part or a destination elsewhere
		}
		// Nor when the place is named only as an example of more places
		// the money goes to: "Ukrainian refugees in neighbouring
		// countries, mainly Poland" (not "Syria and neighbouring
		// countries", which names Syria first).
		if f.Kind == corpus.KindDestination && exampleOfMoreRe.MatchString(f.Sentence) {
			return false
		}
		found = found || f.Kind == corpus.KindDestination
	}
	return found
}

// namesTopic reports whether a sentence names one of the topics whole.
func namesTopic(sentence string, topics []string) bool {
	return slices.ContainsFunc(topics, func(t string) bool { return topicIndex(sentence, t) >= 0 })
}

// topicIndex is the byte index of the first place text names topic t
// whole, ignoring case, or -1; unTopic is named "UN", "U.N." or "United
// Nations".
func topicIndex(text, t string) int {
	i, _ := topicAt(text, t)
	if t != unTopic {
		return i
	}
	for _, form := range []string{"UN", "U.N."} {
		for from := 0; ; {
			j := strings.Index(text[from:], form)
			if j < 0 {
				break
			}
			start, end := from+j, from+j+len(form)
			if (start == 0 || !isWordByte(text[start-1])) && (end == len(text) || !isWordByte(text[end])) {
				if i < 0 || start < i {
					i = start
				}
				break
			}
			from = end
		}
	}
	return i
}

// namesPurpose reports whether a sentence names one of the purposes a
// question asks money for, every word of it of four letters or more, in
// any of its forms ("$49 million will support efforts to prevent the
// spread of avian influenza"; not "emergency" alone for "refugee
// emergencies").
func namesPurpose(sentence string, purposes []string) bool {
	return slices.ContainsFunc(purposes, func(p string) bool {
		for _, w := range strings.Fields(p) {
			if len(w) >= 4 && !containsFold(sentence, purposeStem(w)) {
				return false
			}
		}
		return true
	})
}

// contextMatches reports whether an amount stated as context is within
// what the request names: where it states a place, recipient or year, that
// must be one named.
func contextMatches(r *corpus.Release, f *corpus.Fact, req request, n narrowing) bool {
	if n.places && (f.Country != "" || len(f.RegionNames()) > 0) && !inPlace(f, req) {
		return false
	}
	// Nor context with no place, in a release of several places, whose
	// sentence does not name the one asked: "Mauritania's allocation
	// includes €3 million allocated in January 2024" is not asked about
	// by "How much did the EU give Nigeria in 2024?".
	// (Only money given at another time or by another: a running sum or
	// a whole is the release's own, "This brings what we Germans have
	// provided to 11 million euros".)
	if n.places && f.Country == "" && len(f.RegionNames()) == 0 && slices.Contains([]string{"earlier", "other gift", "other donor"}, f.Context) &&
		!namesPlaceAsked(f.Sentence, req) && severalPlaces(r) {
		return false
	}
	// Nor context with no place, of any kind, whose own words name
	// another place and not the one asked: "The decision takes the aid
	// Finland has given for the crisis in Syria this year to 14.15
	// million euros" is no running sum for Yemen.
	if n.places && f.Country == "" && len(f.RegionNames()) == 0 && !namesPlaceAsked(amountClause(f), req) && namesOtherPlace(r, amountClause(f), req) {
		return false
	}
	if len(req.recipients) > 0 && f.Recipient != "" && !slices.Contains(req.recipients, f.Recipient) {
		return false
	}
	if n.year && !slices.Contains(req.years, f.Year) {
		return false
	}
	return true
}

// severalPlaces reports whether a release names more than one place the
// money goes to.
func severalPlaces(r *corpus.Release) bool {
	first := ""
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Kind != corpus.KindDestination {
			continue
		}
		key := f.Country + "/" + f.Region
		if first == "" {
			first = key
		} else if key != first {
			return true
		}
	}
	return false
}

// mentionsPlace reports whether a release names a place the request names.
func mentionsPlace(r *corpus.Release, req request) bool {
	for i := range r.Facts {
		if inPlace(&r.Facts[i], req) {
			return true
		}
	}
	return false
}

// currencyNameRe is a currency named after a country: "U.S. dollars",
// "Swiss francs", "Saudi riyals".
var currencyNameRe = lazyre.New(`(?i)\b(?:U\.S\.|US|American|Australian|Canadian|New Zealand|NZ|Hong Kong|Singapore|Swiss|Danish|Norwegian|Swedish|Icelandic|Japanese|Chinese|Saudi|Qatari|UAE|Emirati|Kuwaiti|Turkish|South African|Polish|Czech|Korean|Indian)\s+(?:dollars?|francs?|kroner|krone|krones|kronor|krona|yen|yuan|riyals?|dirhams?|dinars?|lira|rand|zlotys?|korun[ay]|won|rupees?)\b`)

// morePlacesRe says a text's money goes to places it does not name;
// beyondNamedRe says so whatever places the text names after it ("host
// communities in Afghanistan and Pakistan" names them all).
var (
	morePlacesRe  = lazyre.New(`(?i)\b(?:` + beyondNamed + `|host communities in)\b`)
	beyondNamedRe = lazyre.New(`(?i)\b(?:` + beyondNamed + `)\b`)
)

const beyondNamed = `neighbou?ring countries|neighbou?rs|other countries|and beyond|across the region|the wider region|host countries|other regions|and (?:the|its) (?:wider |broader |surrounding )?region|and surrounding (?:countries|areas|region)`

// exampleOfMoreRe names places the money goes to and then some of them
// as examples: "in neighbouring countries, mainly Poland".
var exampleOfMoreRe = lazyre.New(`(?i)\b(?:` + beyondNamed + `)\b,?\s+(?:mainly|mostly|chiefly|primarily|notably|especially|in particular|such as|including|among them)\b`)

// andMoreRe follows a place's name with more places given the same money:
// " and its neighbouring countries", " and the region", " and surrounding
// areas".
var andMoreRe = lazyre.New(`(?i)^[\p{L}’']*\s+(?:and|as well as)\s+(?:the\s+|its\s+|their\s+)?(?:wider\s+|broader\s+|surrounding\s+)?(?:neighbou?ring countries|neighbou?rs|region|surrounding (?:countries|areas))\b`)

// placeAndMore reports whether text names the one country a request asks
// about together with more places, right after it: "Syria and its
// neighbouring countries, which will receive EUR 15 million" is money for
// Syria and more places together.
func placeAndMore(text string, req request) bool {
	if len(req.countries) != 1 || len(req.regions) > 0 {
		return false
	}
	c := req.countries[0]
	for _, name := range append([]string{stem(c.Name)}, corpus.CountryAliases(c.Code)...) {
		for from := 0; from < len(text); {
			i := indexFold(text[from:], name)
			if i < 0 {
				break
			}
			end := from + i + len(name)
			if andMoreRe.MatchString(text[end:]) {
				return true
			}
			from = end
		}
	}
	return false
}

// otherCountriesRe says money goes to countries besides those a text
// names, whatever else it names ("host communities in Afghanistan and
// Pakistan" names them all).
var otherCountriesRe = lazyre.New(`(?i)\b(?:other countries|neighbou?ring countries|other regions|and beyond|other parts of the region)\b`)

// namesPlaceAsked reports whether text names every place a request asks
// about, by its name's first letters ("Palestin" in "Palestinian") or by
// another of its names ("Gaza" for Palestine).
func namesPlaceAsked(text string, req request) bool {
	if slices.ContainsFunc(req.countries, func(c corpus.Country) bool { return otherPartOnly(text, c.Code, req) }) {
		return false
	}
	// "the Indian Ocean tsunami", "the South China Sea": a country's name
	// in a sea's names no country (as corpus.Mentions reads it).
	countryText := text
	if strings.Contains(text, " Ocean") || strings.Contains(text, " Sea") {
		countryText = seaNameRe.ReplaceAllString(text, " ")
	}
	return slices.ContainsFunc(req.countries, func(c corpus.Country) bool { return containsFold(countryText, stem(c.Name)) }) ||
		slices.ContainsFunc(req.regions, func(g string) bool { return containsFold(text, stem(g)) }) ||
		slices.ContainsFunc(req.countries, func(c corpus.Country) bool {
			return slices.ContainsFunc(corpus.CountryAliases(c.Code), func(a string) bool { return containsFold(countryText, a) })
		})
}

// seaNameRe is a sea's or an ocean's name: "Indian Ocean", "South China
// Sea".
var seaNameRe = lazyre.New(`(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:Ocean|Sea)\b`)

// totalAmongMore reports whether a release's total is, in its own words,
// for the one place asked about and more places together: "to address the
// needs of Rohingya refugees and host communities in Bangladesh and the
// region".
func totalAmongMore(r *corpus.Release, total *corpus.Fact, req request) bool {
	if len(req.countries)+len(req.regions) != 1 {
		return false
	}
	// Not when extraction found no destination there: "EUR 40 million for
	// Syrian refugees and host communities in Jordan and Lebanon" names
	// Syria only as the refugees' home.
	if !slices.ContainsFunc(r.Facts, func(f corpus.Fact) bool { return f.Kind == corpus.KindDestination && inPlace(&f, req) }) {
		return false
	}
	if slices.ContainsFunc([]string{r.Title, total.Sentence}, func(text string) bool {
		return namesPlaceAsked(text, req) && morePlacesRe.MatchString(text)
	}) {
		return true
	}
	// "Emergency Grant Aid ... to help alleviate the dire humanitarian
	// situation in Syria", and "support ... for Syrian refugees and their
	// host communities in Jordan": the total names the place, and the
	// release funds another besides it.
	// (Not beside a part stated for the place when the question asks how
	// much of the whole goes there: the part answers that.)
	return (namesPlaceAsked(r.Title, req) || namesPlaceAsked(total.Sentence, req)) &&
		slices.ContainsFunc(r.Facts, func(f corpus.Fact) bool {
			return f.Kind == corpus.KindDestination && (f.Country != "" || f.Region != "") && !inPlace(&f, req)
		}) &&
		!(req.shareOf && slices.ContainsFunc(r.Facts, func(f corpus.Fact) bool {
			return f.Kind == corpus.KindAmount && !f.Total && f.Context == "" && inPlace(&f, req)
		}))
}

// totalCovers reports whether a release's total is for exactly the places
// a request names: its title or announcing sentence names just those.
func totalCovers(r *corpus.Release, total *corpus.Fact, req request) bool {
	// Cheaply first: a text that does not name every place asked about
	// cannot name just those (a name's first letters: "Palestin" in
	// "Palestinian"). Most releases a country answer reads name it in
	// neither, and are done with here.
	// (Or by another of its names: "the ongoing humanitarian crisis in
	// Gaza" names Palestine.)
	namesAsked := func(text string) bool { return namesPlaceAsked(text, req) }
	// A title ingest derived from a sentence of the text is no headline
	// of the release's: cut short, it may name one of the places its
	// sentence names ("..., with CHF 13.5 million allocated to Africa and
	// CHF 6.9 …").
	title := r.Title
	if r.TitleDerived {
		title = ""
	}
	if !namesAsked(title) && !namesAsked(total.Sentence) {
		return false
	}
	want := map[string]bool{}
	for _, c := range req.countries {
		want[c.Code] = true
	}
	for _, g := range req.regions {
		want[corpus.Fold(g)] = true
	}
	same := func(got map[string]bool) bool {
		if len(got) != len(want) {
			return false
		}
		for k := range got {
			if !want[k] {
				return false
			}
		}
		return true
	}
	// A release that ties a part or names a destination in another
	// country (US$1 million for Moldova beside "US$3 million for
	// Ukraine"; "USD 5 Million To Support Syrian Refugees" in Jordan) has
	// no total for the asked countries alone. (A region asked about holds
	// countries, which are not told apart here.)
	for i := range r.Facts {
		f := &r.Facts[i]
		if len(req.regions) > 0 || f.Kind != corpus.KindAmount && f.Kind != corpus.KindDestination || f.Total || f.Context != "" {
			continue
		}
		if f.Country != "" && !want[f.Country] || f.Country == "" && f.Region != "" {
			return false
		}
	}
	// A sentence that states the total, or names it again, naming
	// another country than the donor ("... to provide the 26 million
	// euros for the North East and the areas bordering it in Chad, Niger
	// and Cameroon"), even where ingest found no destination there: not
	// the asked places' alone.
	if len(req.regions) == 0 && total.Amount != nil && total.Amount.Stated != "" {
		for _, p := range sentencesStating(r.Paragraphs, total.Amount.Stated) {
			// Nor does where refugees come from, alone.
			p = withoutNewsPlaces(r, withoutPlaceFreeNames(r, p))
			origins := originsOnly(p)
			for _, m := range corpus.Mentions(p) {
				if m.Country.Code != "" && !m.Demonym && !want[m.Country.Code] && !donorCountry(r, m.Country) && !origins[m.Country.Code] {
					return false
				}
			}
		}
	}
	// "Spain allocates 31 million euros in humanitarian aid for Ukraine",
	// over "a total of 31 million euros ..., of which 23 million will go to
	// Ukraine and another 8 million to other countries in the region": the
	// total's own sentence gives it to more places than a headline names.
	if otherCountriesRe.MatchString(total.Sentence) {
		return false
	}
	// "to Afghanistan and neighboring countries": more places than the
	// named ones, whatever the other text names ("Germany gives €60
	// million for Afghanistan" over "in Afghanistan and the region" is not
	// Afghanistan's alone).
	if namesAsked(title) && beyondNamedRe.MatchString(title) || namesAsked(total.Sentence) && beyondNamedRe.MatchString(total.Sentence) {
		return false
	}
	// Only the release's own words tie its total to places: that ingest
	// found no other place in it does not make the total the place's.
	for _, text := range []string{title, total.Sentence} {
		if !namesAsked(text) {
			continue
		}
		// "host communities in Afghanistan and Pakistan": the other
		// text may still name the places alone.
		if morePlacesRe.MatchString(text) {
			continue
		}
		text = withoutNewsPlaces(r, withoutPlaceFreeNames(r, text))
		named := map[string]bool{}
		for _, c := range corpus.FindCountries(text) {
			// The donor named in its own title is no place funded.
			if !donorCountry(r, c) {
				named[c.Code] = true
			}
		}
		// "Palestine refugees ... in Syria": a country named only as
		// where people come from, beside another place, is no place
		// funded.
		if origins := originsOnly(text); len(named) > len(origins) {
			for code := range origins {
				delete(named, code)
			}
		}
		for _, m := range corpus.Mentions(text) {
			// "Minister ... for International Development and the
			// Pacific Pat Conroy": a region in an official's title.
			if m.Region == "" || inOfficialsTitle(text, m.Start, m.End) {
				continue
			}
			named[corpus.Fold(m.Region)] = true
		}
		if same(named) {
			return true
		}
	}
	return false
}

// placedOrgNames are the full names of recipients that name a place
// ("United Nations Relief and Works Agency for Palestine Refugees in the
// Near East"), longest first, worked out once.
var placedOrgNames = sync.OnceValue(func() []string {
	var out []string
	for _, o := range corpus.Organisations() {
		for _, n := range o.Names {
			if len(corpus.Mentions(n)) > 0 {
				out = append(out, n)
			}
		}
	}
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
})

// withoutPlaceFreeNames is text with the names in it that name no place
// funded blanked out: a donor's own name, a stated amount and a currency's name ("1 million
// U.S. dollars", and a restatement's that is no fact of its own, "210
// million yen (about 1.7 million U.S. dollars)"), and an organisation's
// name ("the ... Agency for Palestine Refugees in the Near East").
func withoutPlaceFreeNames(r *corpus.Release, text string) string {
	for i := range r.Facts {
		if a := r.Facts[i].Amount; a != nil && a.Stated != "" {
			text = strings.ReplaceAll(text, a.Stated, " ")
		}
	}
	text = currencyNameRe.ReplaceAllString(text, " ")
	for _, n := range placedOrgNames() {
		if strings.Contains(text, n) {
			text = strings.ReplaceAll(text, n, " ")
		}
	}
	// A donor named after a place ("the Red Cross Society of China"):
	// its name names no place funded.
	for _, d := range r.Donors {
		if _, isCountry := corpus.LookupCountry(d); !isCountry && strings.Contains(text, d) {
			text = strings.ReplaceAll(text, d, " ")
		}
	}
	return text
}

// newsClauseRe is a clause that names a place a disaster also struck:
// "that also affected Turkey", "which hit parts of Malawi".
var newsClauseRe = lazyre.New(`\b(?:that|which)\s+(?:also\s+)?(?:affected|hit|struck|devastated|ravaged|shook)\s+(?:parts of\s+|neighbou?ring\s+)?(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?`)

// withoutNewsPlaces blanks such clauses from text when it names a
// country besides, not r's donor ("aid of US$1 million to Syria for
// victims of last week's earthquake that also affected Turkey" gives
// Syria the aid); a text that names its place only there ("Chile gives
// $1 million for victims of the quake that struck Nepal") keeps it.
func withoutNewsPlaces(r *corpus.Release, text string) string {
	if !strings.Contains(text, "that ") && !strings.Contains(text, "which ") {
		return text
	}
	blank := newsClauseRe.ReplaceAllString(text, " ")
	if blank == text || !slices.ContainsFunc(corpus.FindCountries(blank), func(c corpus.Country) bool { return !donorCountry(r, c) }) {
		return text
	}
	return blank
}

// originsOnly returns the codes of the countries text names only as
// where people come from: "Palestine refugees", "Syrian refugees".
func originsOnly(text string) map[string]bool {
	out, other := map[string]bool{}, map[string]bool{}
	for _, m := range corpus.Mentions(text) {
		if m.Country.Code == "" {
			continue
		}
		if peopleOfOriginRe.MatchString(text[m.End:]) {
			out[m.Country.Code] = true
		} else {
			other[m.Country.Code] = true
		}
	}
	for code := range other {
		delete(out, code)
	}
	return out
}

// peopleOfOriginRe follows a country that names where people come from:
// " refugees", " Refugees", " asylum seekers".
var peopleOfOriginRe = lazyre.New(`^\s+(?i:refugees|asylum[- ]seekers|migrants|returnees|nationals|IDPs)\b`)

// donorCountry reports whether country c is one of release r's donors.
func donorCountry(r *corpus.Release, c corpus.Country) bool {
	return slices.ContainsFunc(r.Donors, func(d string) bool { dc, ok := corpus.LookupCountry(d); return d == c.Name || ok && dc.Code == c.Code })
}

// ofThisOpensRe opens a sentence that breaks down the amount before it.
var ofThisOpensRe = lazyre.New(`(?i)^\W*of (?:this|that|these|which|the total)\b`)

// fromAgencyRe stands between an amount and the agency it comes from:
// " from ", " is from ", " through the ", " through the Department of
// State's ".
var fromAgencyRe = lazyre.New(`^\)?,?\s+(?:(?:is|are|was|comes?|came)\s+)?(?:from|through|via|by)\s+(?:the\s+)?(?:U\.S\.\s+)?(?:(?:Department of State|State Department|Foreign Office|Ministry of Foreign Affairs)['’]s\s+)?$`)

// fromAgency reports whether an amount's sentence says, right after the
// amount, that it comes from one of the agencies.
func fromAgency(f *corpus.Fact, agencies []string) bool {
	i := strings.Index(f.Sentence, f.Amount.Stated)
	if i < 0 {
		return false
	}
	after := f.Sentence[i+len(f.Amount.Stated):]
	for _, a := range agencies {
		if j := strings.Index(after, a); j >= 0 && j <= 40 && fromAgencyRe.MatchString(after[:j]) {
			return true
		}
	}
	return false
}

// agencyGivesRe follows an agency named as the subject of its own clause
// up to the amount it gives: " will grant ", " has provided an additional ".
var agencyGivesRe = lazyre.New(`^\s+(?:(?:will|would|has|have|had|is|also|now|to)\s+){0,2}(?:grant|give|provide|contribute|donate|allocate|pledge|commit|offer)\w*\s+(?:an?\s+)?(?:(?:additional|further|extra|another)\s+)?$`)

// givenByAgency reports whether the clause that states an amount has one
// of the agencies give it: "Kuwait Fund for Arab Economic Development will
// grant $50 million", in a sentence that lists what each Kuwaiti giver
// gives.
func givenByAgency(f *corpus.Fact, agencies []string) bool {
	i := strings.Index(f.Sentence, f.Amount.Stated)
	if i < 0 {
		return false
	}
	before := f.Sentence[max(0, i-120):i]
	for _, a := range agencies {
		if j := strings.LastIndex(before, a); j >= 0 && agencyGivesRe.MatchString(before[j+len(a):]) {
			return true
		}
	}
	return false
}

// inMonths narrows what a release answers to the months asked about: a
// release published in one of them answers as it is; another answers only
// with the amounts whose sentences name one of the months ("In March,
// Seoul gave $1.5 million to WFP", in a June release announcing $3
// million), else it states nothing for them.
func inMonths(res releaseAmounts, months []string) releaseAmounts {
	if publishedIn(res.r.Published, months) {
		return res
	}
	names := func(s string) bool {
		return slices.ContainsFunc(months, func(m string) bool { return exactWord(s, m) })
	}
	var gifts []factRef
	for _, g := range res.gifts {
		if names(g.f.Sentence) {
			gifts = append(gifts, g)
		}
	}
	res.gifts = gifts
	if len(gifts) == 0 {
		res.total, res.wider = false, factRef{}
	}
	for i := range res.r.Facts {
		f := &res.r.Facts[i]
		if f.Kind == corpus.KindAmount && f.Context != "" && names(f.Sentence) && !slices.ContainsFunc(res.context, func(c factRef) bool { return c.f == f }) {
			res.context = append(res.context, factRef{res.r, f})
		}
	}
	if len(res.gifts) == 0 && len(res.context) == 0 {
		res.missing = strings.Join(months, " or ")
	}
	return res
}

// recipientContext gives a release that states no gift for the
// recipient asked about what it states for that recipient as context:
// "How much did Australia give the Indonesian Red Cross?" of a release
// whose only figure for it is the initial $500,000 announced before this
// gift is answered with that figure, as context, never as the gift. Not
// when a year is asked (the context's is not always known), for another
// place than the one asked, or when the release already answers.
func recipientContext(res releaseAmounts, req request) releaseAmounts {
	if len(req.recipients) == 0 || len(req.years) > 0 || len(res.gifts) > 0 || len(res.context) > 0 {
		return res
	}
	for i := range res.r.Facts {
		f := &res.r.Facts[i]
		if f.Kind == corpus.KindAmount && f.Amount != nil && slices.Contains(req.recipients, f.Recipient) && slices.Contains(givenContexts, f.Context) &&
			(f.Country == "" && len(f.RegionNames()) == 0 || inPlace(f, req)) && askedGiversMoney(res.r, f, req) {
			res.context = append(res.context, factRef{res.r, f})
		}
	}
	return res
}

// askedGiversMoney reports whether context amount f of r may answer for
// the donors a request names: any, in a release of theirs; in another
// donor's release only their own money ("How much did Sweden give
// UNFPA?" of a Dutch release is never answered with "total Dutch funding
// reaches almost $55 million").
func askedGiversMoney(r *corpus.Release, f *corpus.Fact, req request) bool {
	return len(req.donors) == 0 || ownRelease(r, req.donors) || f.Donor != "" && donorIn(f.Donor, req.donors)
}

// placeContext gives a release that states no gift for the place asked
// about the money it states for that place as the donor's other gift:
// "How much did Saudi Arabia give Yemen?" of a release whose gift is for
// UNRWA and that tells of "$500 million in partnership with the UAE ...
// in Yemen" is answered with that figure, as context (a joint gift), never
// as the gift. Only context that keeps a place of its own (ingest keeps
// one for a gift given jointly with another donor), and not when a year
// is asked (the context's is not always known).
func placeContext(res releaseAmounts, req request) releaseAmounts {
	if len(req.countries)+len(req.regions) == 0 || len(req.years) > 0 || len(res.gifts) > 0 || len(res.context) > 0 {
		return res
	}
	for i := range res.r.Facts {
		f := &res.r.Facts[i]
		if f.Kind == corpus.KindAmount && f.Amount != nil && slices.Contains(givenContexts, f.Context) && (f.Country != "" || len(f.RegionNames()) > 0) && inPlace(f, req) &&
			(len(req.recipients) == 0 || slices.Contains(req.recipients, f.Recipient)) && askedGiversMoney(res.r, f, req) {
			res.context = append(res.context, factRef{res.r, f})
			res.missing = ""
		}
	}
	return res
}

// sectorContext gives a release that states no gift for the sector or
// purpose asked about what it states for it as the donor's other money:
// "How much is Japan giving through Japanese NGOs?" of a release whose
// gift is Emergency Grant Aid and whose list of Japan's whole assistance
// has "Assistance through Japanese NGOs: 1.5 million USD" is answered with
// that figure, as context (another gift), never as the gift. Only when
// the question names no year, place or recipient besides.
func sectorContext(res releaseAmounts, req request) releaseAmounts {
	terms := append(append(slices.Clone(req.sectors), req.purposes...), req.topics...)
	if len(terms) == 0 || len(req.years)+len(req.countries)+len(req.regions)+len(req.recipients) > 0 || len(res.gifts) > 0 || len(res.context) > 0 {
		return res
	}
	for i := range res.r.Facts {
		f := &res.r.Facts[i]
		if f.Kind != corpus.KindAmount || f.Amount == nil || !slices.Contains(givenContexts, f.Context) || !askedGiversMoney(res.r, f, req) {
			continue
		}
		// The words that introduce this amount, not the whole sentence: a
		// list's rows share one ("(2) Emergency Relief Goods: app. 0.6
		// million USD ... (3) Assistance through Japanese NGOs (JPF): 1.5
		// million USD").
		lead := clauseBefore(f.Sentence, f.Amount.Stated)
		if f.Sector != "" && slices.Contains(req.sectors, corpus.Fold(f.Sector)) || slices.ContainsFunc(terms, func(p string) bool {
			return slices.ContainsFunc(strings.Fields(p), func(w string) bool { return len(w) >= 4 && containsFold(lead, w) })
		}) {
			res.context = append(res.context, factRef{res.r, f})
		}
	}
	return res
}

// clauseBefore returns the words of sentence before the amount stated in
// it, back to the amount or list item before it (a closing bracket, a
// semicolon, a list number): what the amount is said to be for.
func clauseBefore(sentence, stated string) string {
	i := strings.Index(sentence, stated)
	if i < 0 {
		return ""
	}
	before := sentence[max(0, i-100):i]
	cut := strings.LastIndexByte(before, ';')
	if ms := listItemRe.FindAllStringIndex(before, -1); len(ms) > 0 {
		cut = max(cut, ms[len(ms)-1][0])
	}
	if cut < 0 {
		// Else after the last figure before it (another amount).
		cut = strings.LastIndexAny(before, "0123456789")
	}
	return before[cut+1:]
}

// listItemRe is the number of an item of a list: "(3) ", "3) ".
var listItemRe = lazyre.New(`(?:^|\s)\(?\d{1,2}\)\s`)

// contextAsked reports whether money stated as context of kind answers a
// question that asks for the kinds asked: the kind itself, or a sum so far
// ("cumulative") for a whole ("overall") and the other way round.
func contextAsked(asked []string, kind string) bool {
	sums := func(k string) bool { return k == "cumulative" || k == "overall" }
	return slices.Contains(asked, kind) || sums(kind) && slices.ContainsFunc(asked, sums)
}

// givenContexts are the kinds of context that are money the donor gave
// (before this gift, beside it, or in all), not a need, a plan or a size.
var givenContexts = []string{"earlier", "other gift", "cumulative"}

// publishedIn reports whether a release's publication date ("2022-06-03")
// falls in one of the months.
func publishedIn(published string, months []string) bool {
	t, err := time.Parse("2006-01-02", published)
	return err == nil && slices.Contains(months, t.Month().String())
}

// agencyForms returns the agencies with the other names of the same
// bodies: a name that holds another of the same donor ("Kuwait Fund for
// Arab Economic Development" for "Kuwait Fund"), or whose initials it is
// ("KFAED").
func agencyForms(agencies []string) []string {
	out := slices.Clone(agencies)
	bodies := corpus.DonorBodies()
	// Each name found may bring more ("Kuwait Fund", then its long name,
	// then the long name's initials).
	for k := 0; k < len(out); k++ {
		a := out[k]
		i := slices.IndexFunc(bodies, func(b corpus.DonorBody) bool { return strings.EqualFold(b.Name, a) })
		if i < 0 {
			continue
		}
		for _, b := range bodies {
			if b.Donor != bodies[i].Donor || slices.Contains(out, b.Name) || !b.Agency() {
				continue
			}
			if strings.Contains(b.Name, a) || strings.Contains(a, b.Name) && len(b.Name) > 4 || initialsOf(b.Name) == a || initialsOf(a) == b.Name {
				out = append(out, b.Name)
			}
		}
	}
	return out
}

// initialsOf returns the capitals of a name's words: "KFAED" for "Kuwait
// Fund for Arab Economic Development".
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// namesAgency reports whether text names one of the agencies, as a whole
// word.
func namesAgency(text string, agencies []string) bool {
	return slices.ContainsFunc(agencies, func(a string) bool { return exactWord(text, a) })
}

// fundedBeforeByRe ends the words before an agency named for what it
// funded before: "which are in addition to the four helicopters already
// being funded by ".
var fundedBeforeByRe = lazyre.New(`(?i)\b(?:already|previously|earlier)\b[^.;]{0,60}\b(?:funded|financed|supported|paid for|provided)\s+by\s+(?:the\s+)?$`)

// namesAgencyAsGiver reports whether a sentence names one of the agencies
// other than only for what it funded before (fundedBeforeByRe): "£3
// million for helicopters, which are in addition to the four helicopters
// already being funded by DFID" does not give the £3 million from DFID
// by name.
func namesAgencyAsGiver(text string, agencies []string) bool {
	notBefore := func(start int) bool { return !fundedBeforeByRe.MatchString(text[:start]) }
	return slices.ContainsFunc(agencies, func(a string) bool { return exactWordWhere(text, a, notBefore) })
}

// officialBeforeRe and nameAfterRe frame a place in an official's title:
// "Minister for International Development and the Pacific Pat Conroy".
var (
	officialBeforeRe = lazyre.New(`\b(?:Minister|Secretary|Commissioner|Envoy|Ambassador)\b[^.;,]{0,120}$`)
	nameAfterRe      = lazyre.New(`^\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+`)
)

// inOfficialsTitle reports whether the place at [start, end) of text is
// part of an official's title, the official's name right after it.
//
// (Nor the region an organisation's office covers, named right after its
// acronym: "signed a $1.3 million agreement with the ... (IFRC) in the
// Middle East and North Africa, to help the Rohingya refugees in
// Bangladesh".)
func inOfficialsTitle(text string, start, end int) bool {
	return officialBeforeRe.MatchString(text[max(0, start-130):start]) && nameAfterRe.MatchString(text[end:]) ||
		officeBeforeRe.MatchString(text[max(0, start-40):start])
}

// officeBeforeRe ends the words before the region an organisation's office
// covers: "(IFRC) in the ".
var officeBeforeRe = lazyre.New(`\(\p{Lu}{2,8}\)\s+in\s+(?:the\s+)?$`)

// onlyPlace reports whether the one country a request names is the only
// place release r names as funded, though neither its title nor its
// total's sentence names it ("UNICEF will receive $1.6 million for the
// project Typhoon Rai Emergency Response", with the Philippines named as
// the place the money goes in the paragraph before). Its total is then
// given for the country, labelled as such, rather than "not stated".
// Nothing else may point elsewhere: a part, a share or a destination in
// another place, a region, or words saying the money goes to places the
// release does not name ("and neighbouring countries").
func onlyPlace(r *corpus.Release, total *corpus.Fact, req request) bool {
	if len(req.countries) != 1 || len(req.regions) > 0 || total == nil || total.Country != "" || total.Region != "" {
		return false
	}
	code := req.countries[0].Code
	// First, cheaply, that nothing points elsewhere; the destinations
	// that name the place are weighed only then (this runs for every
	// release a country answer reads).
	var named []int
	for i := range r.Facts {
		f := &r.Facts[i]
		switch {
		case f.Kind != corpus.KindAmount && f.Kind != corpus.KindDestination && f.Kind != corpus.KindShare || f.Context != "":
			continue
		case f.Region != "" || len(f.Regions) > 0 || f.Country != "" && f.Country != code:
			return false
		case f.Kind == corpus.KindDestination && f.Country == code:
			named = append(named, i)
		}
	}
	if len(named) == 0 || morePlacesRe.MatchString(r.Title) || morePlacesRe.MatchString(total.Sentence) {
		return false
	}
	for _, i := range named {
		if onlyPlaceNamedBy(r, total, &r.Facts[i], code) {
			return true
		}
	}
	return false
}

// onlyPlaceNamedBy reports whether destination f ties a release's total
// to its place (onlyPlace).
func onlyPlaceNamedBy(r *corpus.Release, total, f *corpus.Fact, code string) bool {
	// Named in the total's own sentence, the place was weighed with the
	// total's words (totalCovers); named where only an earlier gift or an
	// appeal is stated, it is that money's place. A part, or the whole
	// that the total is part of ("Following Japan's decision to provide
	// $13 million ... in the Philippines"), gives its place to the total,
	// as does the sentence after the total that speaks of the gift itself
	// ("This assistance will help ... people ... in eastern Ukraine"). A
	// sentence naming only a need or the news ("agencies delivering to
	// Syrian refugees said they had run out of funds") is too weak a tie
	// to give the total for it.
	if f.Sentence == total.Sentence {
		return false
	}
	moneyThere := slices.ContainsFunc(r.Facts, func(c corpus.Fact) bool {
		return c.Kind == corpus.KindAmount && (c.Context == "" || c.Context == "overall") && c.Sentence == f.Sentence
	})
	if !moneyThere && !(giftRefOpensRe.MatchString(f.Sentence) && f.Paragraph >= total.Paragraph && f.Paragraph <= total.Paragraph+1) {
		return false
	}
	// The sentence naming it names no other place ingest left out
	// ("projects in Kenya and Uganda"); a country named as the cause
	// ("Russian aggression in eastern Ukraine") is no other place.
	for _, m := range corpus.Mentions(f.Sentence) {
		if m.Region != "" {
			return false
		}
		c := m.Country
		if c.Code == "" || c.Code == code || causeAfterRe.MatchString(f.Sentence[m.End:]) {
			continue
		}
		if !donorCountry(r, c) {
			return false
		}
	}
	return true
}

// withoutCauses blanks the countries text names as a cause ("people most
// affected by Russia's invasion"): they name no place of its money.
func withoutCauses(text string) string {
	var b []byte
	for _, m := range corpus.Mentions(text) {
		if m.Country.Code != "" && causeAfterRe.MatchString(text[m.End:]) {
			if b == nil {
				b = []byte(text)
			}
			for i := m.Start; i < m.End; i++ {
				b[i] = ' '
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// causeAfterRe follows a country named as a cause: "Russian aggression",
// "Russia's occupation".
var causeAfterRe = lazyre.New(`^(?:['’]s)?\s+(?:aggression|invasion|full-scale invasion|war|occupation|forces|attacks?|army|military)\b`)

// giftRefOpensRe opens a sentence about the gift just announced: "This
// assistance", "The funding", and, after "signed two agreements for a
// total of SAR 14 mio", "The second is to provide ...".
var giftRefOpensRe = lazyre.New(`^\W*(?:(?:This|These|The)\s+(?:(?:new|additional|latest)\s+)?(?:assistance|support|funding|funds|contribution|grant|money|aid|donation|allocation|agreements?|projects?)\b|The\s+(?:first|second|third|other)\s+(?:one\s+|agreement\s+|project\s+)?(?:is|will|aims|covers)\b)`)

// onlyPlaceLabel says why a total answers for a place its words do not
// name.
const onlyPlaceLabel = "the release's total; the only place the release names as funded, though the total's own sentence does not name it"

// amountsOf reads what release r states for what the request names.
func (e *Engine) amountsOf(r *corpus.Release, req request) releaseAmounts {
	out := releaseAmounts{r: r}
	n := e.narrowingOf(r, req)
	var total *corpus.Fact
	var parts []factRef
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Kind != corpus.KindAmount || f.Amount == nil {
			continue
		}
		ref := factRef{r, f}
		switch {
		case f.Context != "":
			if (req.context || n.year) && contextMatches(r, f, req, n) {
				out.context = append(out.context, ref)
			}
		case f.Total:
			if total == nil {
				total = f
			}
		case len(req.years) > 0 && f.Year != 0 && !yearAsked(r, f.Year, req.years):
			// A part the release states for another year than the one
			// asked ("2017-2020: $881 million" in a release of 2016) is
			// no part of that year's money.
		default:
			parts = append(parts, ref)
		}
	}
	// A question naming some of a release's several givers reads their
	// money only: another donor's money told in this release, or their
	// own shares, else the joint gift they are in (givers.go).
	var whole *corpus.Fact // a joint total the asked donors' shares are parts of
	if len(req.donors) > 0 && severalGivers(r) {
		if !ownRelease(r, req.donors) {
			return e.othersMoney(r, req, n)
		}
		out.context = slices.DeleteFunc(out.context, func(c factRef) bool { return !givenBy(r, c.f, req.donors) })
		total, whole, parts = ownMoney(r, req.donors, total, parts)
		out.joint = total != nil && !givenByOnly(r, total, req.donors)
	}
	// "How much did Switzerland give for Ebola?" of "an additional CHF 40
	// million, which will be used equally ... to tackle these crises",
	// with "an additional CHF 20 million" in its sentence on the Ebola
	// epidemic: a topic that a part's sentence names, and the total's
	// does not, narrows to that part as a purpose would.
	// (The topic as a whole: "World Humanitarian Day" is not named by
	// "the world's worst humanitarian crisis".)
	if len(req.topics) > 0 && total != nil && !namesTopic(total.Sentence, req.topics) &&
		slices.ContainsFunc(parts, func(p factRef) bool { return namesTopic(p.f.Sentence, req.topics) }) {
		req.purposes = append(slices.Clone(req.purposes), req.topics...)
		n = e.narrowingOf(r, req)
	}
	// "How much did Switzerland give the World Bank?" of a release whose
	// total is for a UN fund and that names the World Bank only among the
	// bodies the fund's money reaches: an organisation asked about that
	// neither the release's recipients, its title nor any sentence stating
	// an amount names (its total, a part, money paid before: "has already
	// paid CHF1.5 million into the Afghan Humanitarian Fund" makes the
	// fund the total's recipient) gets no figure, only what the release
	// says of it.
	// (Nor, whatever names it, when the text says the money goes to it
	// only in part: "The funds, which will partially go to WFP".)
	if ts := req.orgTopics; len(ts) > 0 && !req.contextOnly && (!namesTopic(r.Title, ts) &&
		!namesTopic(strings.Join(r.Recipients, "; "), ts) && !namesTopic(r.Recipient, ts) &&
		!slices.ContainsFunc(r.Facts, func(f corpus.Fact) bool { return f.Kind == corpus.KindAmount && namesTopic(f.Sentence, ts) }) ||
		e.goesPartlyTo(r, func(text string) bool { return namesTopic(text, ts) })) {
		out.missing = req.orgAsked
		out.about = sentencesNaming(r, ts)
		return out
	}
	// "How much did Norway give the World Bank's Ukraine Fund?" of a
	// release giving NOK 200 million to WFP and "A further NOK 50 million
	// ... goes to the World Bank's Ukraine Fund": the parts whose
	// sentences name the organisation asked about, not every part, when
	// the total's own words do not give it to that organisation.
	// (An organisation the total's sentence names only as the one that
	// runs the giver, "the pooled fund run by the United Nations Office
	// for the Coordination of Humanitarian Affairs", is not given it.)
	if ts := req.orgTopics; len(ts) > 0 && !req.contextOnly && !namesTopic(r.Title, ts) && (total == nil || !namesTopic(withoutRunners(total.Sentence), ts)) {
		var named []factRef
		for _, p := range parts {
			if namesTopic(p.f.Sentence, ts) {
				named = append(named, p)
			}
		}
		if len(named) > 0 {
			out.gifts = named
			return out
		}
		// "How much did Denmark give the UN?" of a release with no total
		// whose parts name other recipients or none, and that names the
		// UN only as the one that appealed: no part is the UN's, and
		// listing them all would show other recipients' money as its.
		// "How much did the UK give to the DEC?" of a £10 million gift
		// whose text names the DEC only beside the rest of a larger sum
		// (context "overall"): nor is the total the DEC's. (Money paid
		// into it before, "The SDC has already paid CHF 1.1 million into
		// the Nepal Humanitarian Fund", makes the total its, more paid
		// in.)
		paidBefore := total != nil && slices.ContainsFunc(r.Facts, func(f corpus.Fact) bool {
			return f.Kind == corpus.KindAmount && (f.Context == "earlier" || f.Context == "cumulative") && namesTopic(f.Sentence, ts)
		})
		// "How much did the Gates Foundation give the UN?" of a $50 million
		// whose text sends it to "United Nations agencies and
		// international organizations", a release of several recipients:
		// the total its own words give no one is the UN's only in part.
		several := len(r.Recipients) > 1
		if !paidBefore && (several || !namesTopic(strings.Join(r.Recipients, "; "), ts) && !namesTopic(r.Recipient, ts)) {
			out.missing = req.orgAsked
			out.about = sentencesNaming(r, ts)
			return out
		}
	}
	// "How much did PRM give?": a release of the agency's donor answers
	// first with the parts it gives from the agency by name ("more than
	// $11 million from PRM", "over $129 million through USAID"), even
	// when the total's sentence names the agency among others; else with
	// its total when its title or total's sentence names the agency; else
	// with the parts whose sentences name the agency; else it says it
	// states nothing separate for it.
	if len(req.agencies) > 0 && !req.contextOnly {
		// "the Kuwait Fund" is named "KFAED" or "the Kuwait Fund for Arab
		// Economic Development" in the text: every name of the body.
		forms := agencyForms(req.agencies)
		for _, p := range parts {
			// "Of this, $12 million is from USAID's Office of ...",
			// after "$17 million from USAID": inside the part before.
			if len(out.gifts) > 0 && ofThisOpensRe.MatchString(p.f.Sentence) {
				continue
			}
			if (fromAgency(p.f, forms) || givenByAgency(p.f, forms)) && (!n.any() || e.partMatches(p.f, req, n)) {
				out.gifts = append(out.gifts, p)
			}
		}
		if len(out.gifts) > 0 {
			return out
		}
		if !(total != nil && (namesAgency(r.Title, forms) || namesAgency(total.Sentence, forms))) {
			for _, p := range parts {
				if namesAgencyAsGiver(p.f.Sentence, forms) && (!n.any() || e.partMatches(p.f, req, n)) {
					out.gifts = append(out.gifts, p)
				}
			}
			// "Republic of Korea launches ... initiative", its text naming
			// the Korea International Cooperation Agency (KOICA) as the
			// partner that gives: the total, said to be the donor's whole,
			// not the agency's stated share.
			if len(out.gifts) == 0 && total != nil && !n.any() && slices.ContainsFunc(r.Paragraphs, func(p string) bool { return namesAgencyAsGiver(p, forms) }) {
				out.gifts, out.total, out.agencyNamed = []factRef{{r, total}}, true, names(req.agencies)
				return out
			}
			// "KSrelief signed a cooperation agreement for three joint
			// programs with UNICEF ... $2 million has been pledged to the
			// program ... The second $4 million program ...": a release
			// with no total whose text names the agency as the one giving
			// answers with its parts.
			if len(out.gifts) == 0 && total == nil && slices.ContainsFunc(r.Paragraphs, func(p string) bool { return namesAgencyAsGiver(p, forms) }) {
				for _, p := range parts {
					forAsked := len(req.recipients) == 0 || e.partForRecipients(r, p.f, req.recipients)
					onlyRecipient := n.recipient && !n.places && !n.year && !n.sector
					if forAsked && (!n.any() || onlyRecipient || e.partMatches(p.f, req, n)) {
						out.gifts = append(out.gifts, p)
					}
				}
				out = besideTopic(r, req, out)
			}
			if len(out.gifts) == 0 {
				// (One agency the corpus writes two ways, "KSrelief" and
				// "KSRelief", is named once.)
				out.missing = names(slices.CompactFunc(slices.Clone(req.agencies), strings.EqualFold))
			}
			return out
		}
	}
	// "How much has Sweden given Ukraine since 2014?": the release's
	// cumulative figure answers, not its gift. Not another kind of
	// context than the one asked for: "the EU humanitarian budget for
	// 2020" is not answered by the 2019 budget stated as an earlier one.
	// Of the kinds asked for, only those: "How much had Canada pledged
	// before?" is the earlier pledge, not the appeal and other donors'
	// money stated beside it. (A sum so far and a whole are told apart
	// too loosely to drop one for the other.)
	if req.contextOnly && len(out.context) > 0 && (len(req.contextKinds) == 0 ||
		slices.ContainsFunc(out.context, func(c factRef) bool { return slices.Contains(req.contextKinds, c.f.Context) })) {
		if len(req.contextKinds) > 0 {
			out.context = slices.DeleteFunc(slices.Clone(out.context), func(c factRef) bool { return !contextAsked(req.contextKinds, c.f.Context) })
		}
		return out
	}
	// "How much has the UN appealed for to help Pakistan?": what an
	// agency asks for is no donor's gift; a release that states no appeal
	// answers with nothing.
	if req.appealAsked {
		out.context = nil
		return out
	}
	// "How much did Saudi Arabia give UNICEF?" of a release with no total
	// whose first paragraph gives its programmes to UNICEF, the one
	// recipient ("KSrelief signed ... three joint programs with UNICEF",
	// then "The second $4 million program ..."): its parts are UNICEF's.
	// (Of those, the ones a topic asked about is named beside, as
	// below: "How much did KSRelief give WFP for the Rohingya?" is the
	// $1 million for the camps, not the $17.6 million for Yemen.)
	if total == nil && n.recipient && !n.places && !n.year && !n.sector {
		for _, p := range parts {
			if e.partForRecipients(r, p.f, req.recipients) {
				out.gifts = append(out.gifts, p)
			}
		}
		if len(out.gifts) > 0 {
			return besideTopic(r, req, out)
		}
	}
	if !n.any() {
		if total != nil {
			out.gifts, out.total = []factRef{{r, total}}, true
			return out
		}
		// No total: the parts, and for a recipient asked about only
		// those that are for it. (The release's one recipient, named in
		// its title, is what it gives to: its parts that name no
		// recipient of their own are its own, "WFP thanks donors for aid
		// to Haiti" with "Japan US$9 million".)
		for _, p := range parts {
			if len(req.recipients) == 0 || e.forRecipient(p.f, req.recipients) || !n.recipient && p.f.Recipient == "" {
				out.gifts = append(out.gifts, p)
			}
		}
		if len(out.gifts) == 0 && len(req.recipients) > 0 {
			out.missing = names(req.recipients)
		}
		return besideTopic(r, req, out)
	}
	var matched bool
	for _, p := range parts {
		matched = matched || e.partMatches(p.f, req, n)
	}
	places := onePlaceEach(req)
	together := len(places) > 1 && !req.separately || !matched
	// The total is to the recipient asked about only when it names it:
	// a release's total for several recipients is none's alone, whichever
	// the release names first.
	totalTo := total != nil && (!n.recipient || total.Recipient != "" && slices.Contains(req.recipients, total.Recipient))
	// A purpose the total's words name among others ("for avian flu
	// preparedness and peace-building") is answered by the part that
	// names it, when one does ("$49 million will support efforts to
	// prevent the spread of avian influenza").
	// (Not when the total's own words name the purpose too.)
	partForPurpose := len(req.purposes) > 0 && slices.ContainsFunc(parts, func(p factRef) bool { return namesPurpose(p.f.Sentence, req.purposes) }) &&
		!(total != nil && namesPurpose(total.Sentence, req.purposes))
	// "How much did the UK give for the earthquake?" of "Asia earthquake:
	// UK pledges £20 million more for relief effort", whose text never
	// names the earthquake again: a purpose only the title names, and no
	// part, is the whole release's.
	titlePurpose := len(req.purposes) > 0 && len(req.sectors) == 0 && total != nil && namesPurpose(r.Title, req.purposes) &&
		!slices.ContainsFunc(parts, func(p factRef) bool { return namesPurpose(p.f.Sentence, req.purposes) })
	// A total tied to a sector covers a question naming it.
	sectorOK := !n.sector || total != nil && (e.partMatches(total, req, narrowing{sector: true}) || titlePurpose) && !partForPurpose
	// A total its own words give to just the place asked about answers
	// for it, with its parts there, even when a part names the place too
	// ("an additional $4 million ... to support Ukrainian communities",
	// of which "$2 million to the United Nations' Ukraine Humanitarian
	// Fund").
	if (together || len(places) == 1) && totalTo && n.places && !n.year && sectorOK && totalCovers(r, total, req) {
		// The total is for just the places asked about: it answers, with
		// the parts the release states for no other place.
		out.gifts, out.total = []factRef{{r, total}}, true
		for _, p := range parts {
			// A part is no larger than the total, in its currency.
			within := p.f.Amount.Currency == total.Amount.Currency && p.f.Amount.Value < total.Amount.Value
			if within && (p.f.Country == "" && p.f.Region == "" && !namesOtherPlace(r, p.f.Sentence, req) || inPlace(p.f, req)) {
				out.gifts = append(out.gifts, p)
			}
		}
		return out
	}
	// "KSrelief and the FCDO will contribute $2.5 million each" of a
	// joint "$5 million ... to combat malnutrition in Somalia": the asked
	// donor's share of a joint total for just the places asked about
	// answers for them.
	if total == nil && whole != nil && n.places && !n.year && totalCovers(r, whole, req) {
		for _, p := range parts {
			if p.f.Country == "" && p.f.Region == "" || inPlace(p.f, req) {
				out.gifts = append(out.gifts, p)
			}
		}
		if len(out.gifts) > 0 {
			return out
		}
	}
	// A total for the one place the release names as funded, though its
	// words do not name it, answers for that place, labelled so.
	if len(places) == 1 && !matched && totalTo && n.places && !n.year && sectorOK && onlyPlace(r, total, req) {
		out.gifts, out.total, out.onlyPlace = []factRef{{r, total}}, true, req.countries[0].Name
		return out
	}
	// A total the release ties to the sector asked about ("USD 17 million
	// in core funding") is the gift for that sector.
	if totalTo && n.sector && !n.places && !n.year && !partForPurpose && (titlePurpose ||
		(total.Sector != "" || namesPurpose(total.Sentence, req.purposes) && len(req.sectors) == 0) && e.partMatches(total, req, n)) {
		out.gifts, out.total = []factRef{{r, total}}, true
		return out
	}
	// "nearly $199 million ... to address the needs of Rohingya refugees
	// and host communities in Bangladesh and the region", of which "$78
	// million ... in Bangladesh": the total is shown beside the place's
	// parts, for the place and more together.
	if totalTo && n.places && !n.year && sectorOK && totalAmongMore(r, total, req) {
		out.wider = factRef{r, total}
		out.widerPlace = placeAsked(req)
	}
	// Each place on its own: what the release states for it, or that it
	// states nothing for it.
	var missing []request
	for _, one := range places {
		found := false
		for _, p := range parts {
			if e.partMatches(p.f, one, n) && !slices.Contains(out.gifts, p) {
				out.gifts = append(out.gifts, p)
				found = true
			}
		}
		// A release whose whole gift is for this one place ("Emergency
		// Grant Aid ... in Haiti, through WFP, IOM, UNICEF and IFRC"):
		// its parts that name no place are for it too ("Assistance
		// through WFP: 1.41 million USD").
		if !found && n.places && n.recipient && total != nil && totalCovers(r, total, one) {
			unplaced := n
			unplaced.places = false
			for _, p := range parts {
				if p.f.Country == "" && p.f.Region == "" && e.partMatches(p.f, one, unplaced) && !slices.Contains(out.gifts, p) {
					out.gifts = append(out.gifts, p)
					found = true
				}
			}
		}
		if !found {
			missing = append(missing, one)
		}
	}
	if len(missing) == 0 {
		return out
	}
	gap := req
	gap.countries, gap.regions = nil, nil
	for _, m := range missing {
		gap.countries = append(gap.countries, m.countries...)
		gap.regions = append(gap.regions, m.regions...)
	}
	out.missing = missingWhat(gap, n)
	// "US$6.75 million ... in West African countries including Guinea,
	// Liberia and Sierra Leone": a part whose own clause names the one
	// country asked about among more countries is shown for them
	// together, never as the country's own.
	if out.wider.f == nil && len(places) == 1 && n.places && !n.year && sectorOK && !n.recipient {
		if p, ok := partAmongMore(r, parts, req); ok {
			out.wider, out.widerPlace = p, placeAsked(req)
		}
	}
	// "another $45 million to the ICRC and to various private relief
	// agencies": a part whose own words give it to the one recipient
	// asked about and others is theirs together.
	if out.wider.f == nil && n.recipient && !n.places && !n.year && !n.sector && len(req.recipients) == 1 {
		if p, ok := e.partWithOthers(r, parts, req.recipients[0]); ok {
			out.wider, out.widerPlace, out.widerMore = p, req.recipients[0], "recipients"
		}
	}
	if n.places {
		// What the release does state about the place, without figures:
		// no line that states an amount, so its total is not read as
		// the place's.
		for i := range r.Facts {
			f := &r.Facts[i]
			if f.Kind != corpus.KindAmount && inPlace(f, gap) && !statesAmount(r, f.Sentence) {
				out.about = append(out.about, factRef{r, f})
			}
		}
	}
	return out
}

// alsoKinds are the kinds of context that are the release donor's own
// money, other than this gift: what it gave before, its running sum, its
// whole giving.
var alsoKinds = []string{"earlier", "cumulative", "overall"}

// alsoStated returns, for a release that answers with a gift, the release
// donor's other figures stated as context for what the question names: a
// year, a place or a recipient it names, each of them the figure's own
// (its sentence names the year; its place or recipient, or one its sentence names). "How much
// did Germany give for the Horn of Africa in 2011?" gives the 2.5 million
// euro gift, and also "In 2011 the Federal Foreign Office has already
// provided 9.6 million euro ... for the Horn of Africa"; "How much did
// Sweden give WFP in 2024?" also "Sweden's support to WFP for 2024 totals
// around SEK 1.3 billion". Nothing when the question names none of these,
// asks for context itself, or the release answers with no gift.
func (e *Engine) alsoStated(res releaseAmounts, req request) []factRef {
	placed := len(req.countries)+len(req.regions) > 0
	// Only for a year asked, which the figure's own sentence names: a
	// place or recipient alone ("How much did Sweden announce for
	// Ukraine?") is answered by the gift, not by "SEK 391 million ...
	// since 2014" beside it, nor is a year by a sum since another.
	if len(res.gifts) == 0 || res.others || req.context || len(req.years) == 0 {
		return nil
	}
	r := res.r
	var out []factRef
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Kind != corpus.KindAmount || f.Amount == nil || !slices.Contains(alsoKinds, f.Context) {
			continue
		}
		if len(req.donors) > 0 && !givenBy(r, f, req.donors) {
			continue
		}
		// Its own year, or the year its sentence names: not a sum "since
		// 2016" in a release of 2018.
		if !namesYear(f.Sentence, req.years) {
			continue
		}
		if placed && !inPlace(f, req) && !namesPlace(f.Sentence, req) {
			continue
		}
		if len(req.recipients) > 0 && !(f.Recipient != "" && slices.Contains(req.recipients, f.Recipient) ||
			f.Recipient == "" && slices.ContainsFunc(req.recipients, func(a string) bool { return e.namesRecipient(f.Sentence, a) })) {
			continue
		}
		out = append(out, factRef{r, f})
	}
	return out
}

// namesYear reports whether a sentence names one of the years as such,
// not as the start of a span ("since 2016", "from 2016").
func namesYear(sentence string, years []int) bool {
	for _, y := range years {
		ys := strconv.Itoa(y)
		i := strings.Index(sentence, ys)
		if i >= 0 && !sinceYearRe.MatchString(sentence[:i]) {
			return true
		}
	}
	return false
}

// sinceYearRe ends the words before a year that starts a span.
var sinceYearRe = lazyre.New(`(?i)\b(?:since|from|between|after)\s+(?:\w+\s+)?$`)

// namesPlace reports whether a sentence names a country or region the
// request names.
func namesPlace(sentence string, req request) bool {
	for _, m := range corpus.Mentions(sentence) {
		if m.Country.Code != "" && slices.ContainsFunc(req.countries, func(c corpus.Country) bool { return c.Code == m.Country.Code }) ||
			m.Region != "" && slices.ContainsFunc(req.regions, func(g string) bool { return corpus.Fold(g) == corpus.Fold(m.Region) }) {
			return true
		}
	}
	return false
}

// othersMoney reads what release r states of the asked donors' money when
// r is another donor's release ("The European Commission has increased its
// pledges by 60 million euro", in Germany's release): their amounts, for
// what else the question names, as stated; never r's gift or total.
func (e *Engine) othersMoney(r *corpus.Release, req request, n narrowing) releaseAmounts {
	out := releaseAmounts{r: r, others: true}
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Kind != corpus.KindAmount || f.Amount == nil || f.Donor == "" || !donorIn(f.Donor, req.donors) {
			continue
		}
		// For exactly what else the question names: "How much did the EU
		// give for food security?" is not answered by its pledge for the
		// Horn of Africa.
		if n.any() && !e.partMatches(f, req, n) || len(req.recipients) > 0 && !e.forRecipient(f, req.recipients) {
			continue
		}
		out.gifts = append(out.gifts, factRef{r, f})
	}
	return out
}

// ownMoney narrows the total and parts of a release of several givers to
// the asked donors' money: the parts they give alone when the release
// states any (and then not the joint total, which is returned as whole),
// else the parts and the total they give jointly with others.
func ownMoney(r *corpus.Release, asked []string, total *corpus.Fact, parts []factRef) (own, whole *corpus.Fact, ps []factRef) {
	var alone, joint []factRef
	for _, p := range parts {
		switch {
		case givenByOnly(r, p.f, asked):
			alone = append(alone, p)
		case givenBy(r, p.f, asked):
			joint = append(joint, p)
		}
	}
	if total != nil && !givenBy(r, total, asked) {
		total = nil
	}
	if len(alone) > 0 {
		if total != nil && !givenByOnly(r, total, asked) {
			return nil, total, alone
		}
		return total, nil, alone
	}
	return total, nil, joint
}

// onePlaceEach splits a request into one request per place it names, or
// returns it whole when it names at most one.
func onePlaceEach(req request) []request {
	if len(req.countries)+len(req.regions) <= 1 {
		return []request{req}
	}
	var out []request
	for _, c := range req.countries {
		one := req
		one.countries, one.regions = []corpus.Country{c}, nil
		out = append(out, one)
	}
	for _, g := range req.regions {
		one := req
		one.countries, one.regions = nil, []string{g}
		out = append(out, one)
	}
	return out
}

// statesAmount reports whether a sentence holds any amount the release
// states.
func statesAmount(r *corpus.Release, sentence string) bool {
	for i := range r.Facts {
		if a := r.Facts[i].Amount; a != nil && a.Stated != "" && strings.Contains(sentence, a.Stated) {
			return true
		}
	}
	return false
}

// sentencesNaming returns, as lines without figures, the sentences of a
// release that name every one of topics, at most maxRest: those its facts
// quote, else those of its paragraphs.
func sentencesNaming(r *corpus.Release, topics []string) []factRef {
	names := func(s string) bool {
		return !slices.ContainsFunc(topics, func(t string) bool { return topicIndex(s, t) < 0 })
	}
	var out []factRef
	seen := map[string]bool{}
	for i := range r.Facts {
		if f := &r.Facts[i]; f.Sentence != "" && !seen[f.Sentence] && names(f.Sentence) && len(out) < maxRest {
			seen[f.Sentence] = true
			out = append(out, factRef{r, &corpus.Fact{Kind: corpus.KindActivity, Paragraph: f.Paragraph, Sentence: f.Sentence}})
		}
	}
	if len(out) > 0 {
		return out
	}
	for n, p := range r.Paragraphs {
		if i := topicIndex(p, topics[0]); i >= 0 && len(out) < maxRest {
			if s := sentenceAround(p, i); names(s) {
				out = append(out, factRef{r, &corpus.Fact{Kind: corpus.KindActivity, Paragraph: n, Sentence: s}})
			}
		}
	}
	return out
}

// missingWhat names what a release states no separate amount for: "Yemen",
// "WFP in Yemen", "2023".
func missingWhat(req request, n narrowing) string {
	var what []string
	// "food to WFP in Yemen": the sector first.
	if n.sector {
		what = append(what, names(append(slices.Clone(req.sectors), req.purposes...)))
	}
	if n.recipient {
		r := names(req.recipients)
		if len(what) > 0 {
			r = "to " + r
		}
		what = append(what, r)
	}
	if n.places {
		var ps []string
		for _, c := range req.countries {
			ps = append(ps, inSentence(req.placeName(c)))
		}
		ps = append(ps, req.regions...)
		p := names(ps)
		if len(what) > 0 {
			p = "in " + p
		}
		what = append(what, p)
	}
	if n.year {
		y := yearList(req.years)
		if len(what) > 0 {
			y = "for " + y // "Yemen for 2023"; alone, "a separate amount for 2023"
		}
		what = append(what, y)
	}
	return strings.Join(what, " ")
}

// partLabel names what a part of a release's money is for, and who gives
// it when the release states several givers' money.
func partLabel(r *corpus.Release, f *corpus.Fact) string {
	var ws []string
	if g := giverLabel(r, f); g != "" {
		ws = append(ws, g)
	}
	if f.Recipient != "" {
		ws = append(ws, f.Recipient)
	}
	if p := place(f); p != "" {
		ws = append(ws, p)
	}
	if f.Sector != "" {
		ws = append(ws, f.Sector)
	}
	if len(ws) == 0 {
		return "Part"
	}
	return strings.Join(ws, ", ")
}

// amounts answers how much was given, narrowed by every donor, recipient,
// place, sector and year the question names: from each release that
// matches, the total when nothing narrows it inside, else the parts it
// states for exactly what was asked, or a plain note that it states none.
// Amounts a release states as context are quoted, labelled, only when the
// question asks for them; derived sums add totals in one currency only.
func (e *Engine) amounts(ctx context.Context, q string, req request) (Answer, error) {
	a := Answer{Kind: KindTotal}
	byTopic, absent, err := e.narrowByTopics(ctx, &req)
	if err != nil {
		return Answer{}, err
	}
	if len(absent) > 0 {
		return Answer{Kind: KindNotFound, Headline: fmt.Sprintf("No release%s mentions %s.",
			scopeAfter(req), quoted(absent)), Notes: e.coverage()}, nil
	}
	req.countries = append(slices.Clip(req.countries), req.unknown...)
	placed := len(req.countries)+len(req.regions) > 0
	if placed {
		a.Kind = KindCountry
	}
	// "How much of Canada's $155 million goes to Yemen?": the releases
	// that state the amount named.
	byAmount := e.anchored(anchors(q))
	if byAmount != nil {
		if byTopic == nil {
			byTopic = byAmount
		} else {
			for id := range byTopic {
				if !byAmount[id] {
					delete(byTopic, id)
				}
			}
		}
	}
	var results []releaseAmounts
	// The question's own words, read once and only when a release's
	// answer may need them (askedContext).
	var asked []string
	askedRead := false
	askedOf := func() []string {
		if !askedRead {
			asked, askedRead = askedWords(q, req), true
		}
		return asked
	}
	undated := e.undated(req)
	candidates := e.releasesOf(req)
	if byAmount != nil {
		// The release is named by its amount: a recipient asked about
		// narrows inside it ("How much of the USD 53 million goes to
		// WFP?"), not among releases.
		outer := req
		outer.recipients = nil
		candidates = e.releasesOf(outer)
	}
	named := e.placeReleases(req) // nil unless a place is named
	for _, r := range append(candidates, undated...) {
		if placed && !named[r] || byTopic != nil && !byTopic[r.ID] {
			continue
		}
		res := e.amountsOf(r, req)
		res = ownClauses(res, req)
		if len(req.months) > 0 {
			res = inMonths(res, req.months)
		}
		res = recipientContext(res, req)
		res = placeContext(res, req)
		res = topicWider(res, req)
		res = sectorContext(res, req)
		res = askedContext(res, req, askedOf)
		res.also = e.alsoStated(res, req)
		if slices.Contains(undated, r) && !res.yearInClause {
			res.undated = true
		}
		results = append(results, res)
	}
	if len(results) == 0 && len(req.topics) > 0 {
		return Answer{Kind: KindNotFound, Headline: fmt.Sprintf("The corpus does not hold a release%s that mentions %s.",
			scopeAfter(req), quoted(req.topics)), Notes: e.coverage()}, nil
	}
	if len(results) == 0 {
		if a, ok := e.recipientNotNamed(req, named, byTopic); ok {
			return a, nil
		}
		return e.placeNotNamed(req), nil
	}
	var used, totals, gifts []factRef
	var heads, missing, undatedHeads []string
	var missingReleases []releaseAmounts
	about := 0 // lines without figures shown, at most maxRest
	for _, res := range results {
		for _, g := range res.gifts {
			label := partLabel(res.r, g.f)
			switch {
			case g.f.Total && res.joint:
				label = totalLabel(res.r) + " (a joint gift; the release states no share of " + names(req.donors) + " alone)"
			case g.f.Total:
				label = totalLabel(res.r)
			case res.others:
				label += " (" + otherGiversNote(res.r) + "; not its donor's gift)"
			}
			if res.undated {
				label = "Year not stated; " + label
			}
			a.Items = append(a.Items, item(g, label, money(g.f.Amount)))
			used = append(used, g)
			gifts = append(gifts, g)
		}
		var also []string
		for _, c := range res.also {
			a.Items = append(a.Items, item(c, "Also stated ("+c.f.Context+"), not added to the gift", c.f.Amount.Stated))
			used = append(used, c)
			also = append(also, fmt.Sprintf("%s (%s)", c.f.Amount.Stated, c.f.Context))
		}
		if len(also) > 0 {
			a.Notes = append(a.Notes, fmt.Sprintf("Also stated in %s, not added to the gift: %s.", releaseRef(res.r), strings.Join(also, "; ")))
		}
		// A release that states no year never answers for a year: it is
		// shown after those that do, and leads only when none does.
		if res.undated {
			if len(res.gifts) > 0 {
				undatedHeads = append(undatedHeads, giftHead(res))
			}
			for _, c := range res.context {
				a.Items = append(a.Items, item(c, "Year not stated; context ("+c.f.Context+"), not this release's gift", c.f.Amount.Stated))
				used = append(used, c)
			}
			// Nothing for what was asked either: said below, as for a
			// dated release.
			if len(res.gifts) > 0 || len(res.context) > 0 || res.missing == "" {
				continue
			}
		}
		// A period's money ("for 2023 and 2024") asked for one of its
		// years is said to be the period's, and added to no year's sum.
		if len(res.gifts) > 0 {
			if note := periodNote(res.r, res.gifts[0].f.Amount.Stated, req.years); note != "" {
				a.Notes = append(a.Notes, note)
			}
		}
		if res.total && !res.joint && (len(req.years) == 0 || wholePeriodAsked(res.r, req.years)) {
			totals = append(totals, res.gifts[0])
		}
		if res.wider.f != nil {
			a.Items = append(a.Items, item(res.wider, widerLabel(res), money(res.wider.f.Amount)))
			used = append(used, res.wider)
		}
		for _, c := range res.context {
			a.Items = append(a.Items, item(c, "Context ("+c.f.Context+"), not this release's gift", c.f.Amount.Stated))
			used = append(used, c)
		}
		if len(res.gifts) > 0 && len(res.r.Check) > 0 {
			a.Notes = append(a.Notes, fmt.Sprintf("Ingest was not sure about %s: %s; read automatically, not yet checked.", releaseRef(res.r), strings.Join(res.r.Check, "; ")))
		}
		// Only the first shownHeads heads are written out; the rest are
		// counted (an answer over a thousand releases would otherwise
		// format a thousand heads to show three).
		switch writeHead := len(heads) < shownHeads; {
		case len(res.gifts) > 0 && writeHead:
			// "What is the total European Commission humanitarian
			// response for Iraq?": the running sum the release states
			// beside the gift is said in the same line, not only quoted.
			head := giftHead(res)
			if len(res.context) > 0 {
				head += fmt.Sprintf("; it also states %s as context (%s), not added to the gift", names(stated(res.context)), contextKinds(res.context))
			}
			heads = append(heads, head)
		case len(res.context) > 0 && writeHead:
			heads = append(heads, fmt.Sprintf("%s states %s as context (%s), not as a gift in this release", releaseRef(res.r), names(stated(res.context)), contextKinds(res.context)))
		case len(res.gifts) > 0 || len(res.context) > 0:
			heads = append(heads, "")
		}
		if res.missing != "" {
			which := "The release"
			if len(e.c.Releases) > 1 {
				which += " " + releaseRef(res.r)
			}
			note := fmt.Sprintf("%s does not state a separate amount for %s", which, res.missing)
			if _, ok := res.r.Total(); ok {
				note += "; fundbot does not divide its total"
			}
			if res.wider.f != nil && res.widerTopic == "" {
				// The figure that covers the place leads, with its
				// scope, before the share the release leaves unstated.
				// (Not for a name fundbot knows as no place: the total
				// is the release's as a whole, shown only below.)
				note = sharedHead(res) + "; " + strings.ToLower(which[:1]) + which[1:] + fmt.Sprintf(" does not state a separate amount for %s, and fundbot does not divide it", res.missing)
			}
			if res.undated && len(req.years) > 0 {
				note += fmt.Sprintf(", and it states no funding year, so fundbot cannot tell whether any of it is for %s", yearList(req.years))
			}
			missing = append(missing, note+".")
			missingReleases = append(missingReleases, res)
			for _, ab := range res.about {
				if about == maxRest {
					break
				}
				about++
				a.Items = append(a.Items, item(ab, place(ab.f), describe(ab.f)))
				used = append(used, ab)
			}
		}
	}
	if len(missingReleases) > maxMissing {
		// Many releases state nothing for it: one note, with a few of
		// them named, instead of a note each.
		refs := make([]string, 0, maxMissing+1)
		for _, res := range missingReleases[:maxMissing] {
			refs = append(refs, releaseRef(res.r))
		}
		refs = append(refs, fmt.Sprintf("%d more", len(missingReleases)-maxMissing))
		missing = []string{fmt.Sprintf("%d releases do not state a separate amount for %s, among them %s; fundbot does not divide their totals.",
			len(missingReleases), missingReleases[0].missing, names(refs))}
	}
	head := strings.Join(heads[:min(shownHeads, len(heads))], "; ")
	if len(heads) > shownHeads {
		head += fmt.Sprintf("; %d more below", len(heads)-shownHeads)
	}
	if head != "" {
		head += "."
	}
	if len(undatedHeads) > 0 {
		undatedNote := fmt.Sprintf("with no funding year stated, %s; fundbot cannot tell whether that is for %s.",
			strings.Join(undatedHeads[:min(shownHeads, len(undatedHeads))], "; "), yearList(req.years))
		if head == "" && len(missing) == 0 {
			anyYear := req
			anyYear.years = nil
			head = fmt.Sprintf("No release %s states an amount for %s. Also found %s", describeScope(anyYear), yearList(req.years), undatedNote)
		} else {
			missing = append(missing, "Also found "+undatedNote)
		}
	}
	if len(missing) > 0 {
		if head == "" {
			head, missing = missing[0], missing[1:]
		}
		a.Notes = append(a.Notes, missing...)
	}
	if sum, notes, sumHeads, left := sumsOf(totals, req); !placed {
		a.Items = append(sum, a.Items...)
		a.Notes = append(a.Notes, notes...)
		switch {
		case len(sum) == 0 || len(sumHeads) == 0:
		case req.compare && len(req.donors) > 1:
			// Asked to compare donors: each release's total leads, and
			// each donor's own sum follows it.
			head = strings.TrimSuffix(head, ".") + ". Summed by donor: " + strings.Join(sumHeads, "; ") + "."
		case len(totals) == len(heads) && len(missing) == 0:
			// Every release answers with its total: the sums lead, and
			// the totals no sum holds (another currency) follow, so
			// that a sum is not read as all that was given.
			head = "Total: " + strings.Join(sumHeads, "; ")
			if len(left) > 0 {
				var vs []string
				for _, t := range left {
					vs = append(vs, money(t.f.Amount)+" in "+releaseRef(t.r))
				}
				head += "; not added to it: " + strings.Join(vs[:min(len(vs), maxLeftShown)], "; ")
				if len(vs) > maxLeftShown {
					head += fmt.Sprintf(" and %d more below", len(vs)-maxLeftShown)
				}
			}
			head += "."
		}
	}
	if currencies(used) > 1 {
		a.Notes = append(a.Notes, "The releases state amounts in different currencies; fundbot does not convert them.")
	}
	if cur := currencyAsked(corpus.Fold(q)); cur != "" {
		if other := otherCurrencies(used, cur); len(other) > 0 {
			a.Notes = append(a.Notes, fmt.Sprintf("You asked in %s: the releases state these amounts in %s, and fundbot does not convert currencies.", cur, names(other)))
		}
	}
	// "How much does Norway give NRC each year?" of "993 million NOK"
	// over three years: an amount stated once is no yearly amount. What
	// is stated follows, said as such; fundbot never divides it.
	if req.perYear && head != "" && len(gifts) > 0 && !slices.ContainsFunc(gifts, func(g factRef) bool { return g.f.Amount != nil && g.f.Amount.Period == corpus.PeriodYear }) {
		which := "No release states"
		if len(results) == 1 {
			which = "The release does not state"
		}
		head = which + " an amount a year for what was asked, and fundbot does not divide an amount into years. Stated: " + head
	}
	if head == "" && len(a.Items) == 0 && len(a.Notes) == 0 {
		// Never an empty reply: whatever narrowed the releases, none
		// states an amount for it.
		head = fmt.Sprintf("No release %s states an amount for what was asked.", describeScope(req))
	}
	a.Headline = head
	a.Facts = facts(used)
	if len(used) == 0 {
		// The answer is that nothing is stated: passages would only
		// quote the figures it does not give.
		return a, nil
	}
	a.Passages, err = e.passages(ctx, used, searchText(q, req), req)
	return a, err
}

// maxMissing is how many releases that state nothing for what was asked
// get a note each; more are summed up in one note.
const maxMissing = 3

// quoted writes names each in quotation marks: “Marawi” and “Cox's Bazar”.
func quoted(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = "“" + s + "”"
	}
	return names(q)
}

// stated lists the amounts of refs as written, each once: a running sum
// a release states twice in the same words is one figure.
func stated(refs []factRef) []string {
	var out []string
	for _, r := range refs {
		if !slices.Contains(out, r.f.Amount.Stated) {
			out = append(out, r.f.Amount.Stated)
		}
	}
	return out
}

// shownHeads is how many releases' gifts an amount answer's headline
// states before it counts the rest.
const shownHeads = 3

// giftHead is a release's gifts in a headline: "Total, Japan to IOM,
// 2018: USD 30.5 million, as stated in “…”".
func giftHead(res releaseAmounts) string {
	var vs []string
	for _, g := range res.gifts {
		v := money(g.f.Amount)
		if !g.f.Total {
			v = partLabel(res.r, g.f) + ": " + v
		}
		vs = append(vs, v)
	}
	if res.total {
		head := fmt.Sprintf("%s: %s, as stated in %s", totalLabel(res.r), strings.Join(vs, "; "), releaseRef(res.r))
		if res.onlyPlace != "" {
			head += fmt.Sprintf(" (%s is the only place it names as funded; the total's own sentence does not name it)", inSentence(res.onlyPlace))
		}
		if res.agencyNamed != "" {
			head += fmt.Sprintf(" (the release names %s but states no amount of its own: this is the donor's total)", res.agencyNamed)
		}
		if res.joint {
			head += " (a joint gift; the release states no one donor's share of it)"
		}
		return head
	}
	if res.others {
		return fmt.Sprintf("Stated in %s's release %s, not as its gift: %s", names(res.r.Donors), releaseRef(res.r), strings.Join(vs, "; "))
	}
	head := fmt.Sprintf("Stated in %s: %s", releaseRef(res.r), strings.Join(vs, "; "))
	if res.wider.f != nil && res.wider.f.Total && res.widerTopic == "" {
		head += fmt.Sprintf(" (its total, %s, is for %s and more places together)", money(res.wider.f.Amount), inSentence(res.widerPlace))
	}
	// Parts of a release that states no total are never to be read as
	// adding up to one.
	if _, ok := res.r.Total(); !ok && len(res.gifts) > 1 {
		head += " (the release does not state a total; these are not added up)"
	}
	return head
}

// partAmongMore returns the one part, of a release's parts, whose own
// words name the one country a request asks about together with another
// country, and that states no place of its own: money for them together
// ("$6 million for refugees in Chad, Niger and Cameroon"). Its own words
// are those from its amount to the next amount its sentence states (a
// clause mark such as "including" begins no new clause in a list of
// places). Not when two parts qualify, or its amount is stated twice in
// the sentence.
func partAmongMore(r *corpus.Release, parts []factRef, req request) (factRef, bool) {
	if len(req.countries) != 1 || len(req.regions) > 0 {
		return factRef{}, false
	}
	asked := req.countries[0].Code
	var found []factRef
	for _, p := range parts {
		if p.f.Country != "" || p.f.Region != "" || p.f.Context != "" || p.f.Total {
			continue
		}
		words, ok := wordsAfter(r, p.f)
		if !ok {
			continue
		}
		// Only countries the release funds there count: "for refugees
		// from Mali in Niger" names Mali as their home, not as funded.
		named, other := false, false
		for _, c := range corpus.FindCountries(words) {
			if !destinationIn(r, p.f.Paragraph, c.Code) {
				continue
			}
			if c.Code == asked {
				named = true
			} else {
				other = true
			}
		}
		if named && other {
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		return factRef{}, false
	}
	return found[0], true
}

// othersRe names more recipients after one, without naming them: "and to
// various private relief agencies", "and other partners".
var othersRe = lazyre.New(`(?i)\band\s+(?:to\s+)?(?:the\s+)?(?:various|other|several|many|a number of|numerous)\s+(?:[\p{L}-]+\s+){0,3}?(?:agencies|organi[sz]ations|groups|NGOs|partners|charities|bodies)\b`)

// partWithOthers returns the one part, of a release's parts, that states
// no recipient of its own and whose own words (wordsAfter) name the
// recipient asked about and more recipients, by name or as "various
// relief agencies": money for them together.
func (e *Engine) partWithOthers(r *corpus.Release, parts []factRef, recipient string) (factRef, bool) {
	var found []factRef
	for _, p := range parts {
		if p.f.Recipient != "" || p.f.Context != "" || p.f.Total {
			continue
		}
		words, ok := wordsAfter(r, p.f)
		if !ok {
			continue
		}
		in := findNamed(e.recipientAliases, words, corpus.Fold(words))
		if slices.Contains(in, recipient) && (len(in) > 1 || othersRe.MatchString(words)) {
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		return factRef{}, false
	}
	return found[0], true
}

// partsOf returns a release's parts: its amounts that are neither its
// total nor context.
func partsOf(r *corpus.Release) []factRef {
	var out []factRef
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Kind == corpus.KindAmount && f.Amount != nil && !f.Total && f.Context == "" {
			out = append(out, factRef{r, f})
		}
	}
	return out
}

// destinationIn reports whether extraction found the country with code
// as a destination in paragraph n of a release.
func destinationIn(r *corpus.Release, n int, code string) bool {
	return slices.ContainsFunc(r.Facts, func(f corpus.Fact) bool {
		return f.Kind == corpus.KindDestination && f.Paragraph == n && f.Country == code
	})
}

// wordsAfter returns the words of f's sentence from its amount to the next
// amount the sentence states, or to the end of the sentence. False when
// its amount is not found in the sentence, or is found twice.
func wordsAfter(r *corpus.Release, f *corpus.Fact) (string, bool) {
	s, stated := f.Sentence, f.Amount.Stated
	i := strings.Index(s, stated)
	if i < 0 || strings.Count(s, stated) > 1 {
		return "", false
	}
	rest := s[i+len(stated):]
	for j := range r.Facts {
		g := &r.Facts[j]
		if g == f || g.Kind != corpus.KindAmount || g.Amount == nil || g.Sentence != s || g.Paragraph != f.Paragraph {
			continue
		}
		if k := strings.Index(rest, g.Amount.Stated); k >= 0 {
			rest = rest[:k]
		}
	}
	if k := strings.Index(rest, "; "); k >= 0 {
		rest = rest[:k]
	}
	return rest, true
}

// more says what a shared figure is for besides what was asked:
// "places", unless releaseAmounts.widerMore says otherwise.
func (res releaseAmounts) more() string {
	if res.widerMore != "" {
		return res.widerMore
	}
	return "places"
}

// sharedLabel names the money a release states for the place asked about
// and more places together: its total, or one of its parts.
func sharedLabel(res releaseAmounts) string {
	if res.wider.f.Total {
		return totalLabel(res.r)
	}
	return partLabel(res.r, res.wider.f)
}

// sharedHead is a headline for a release's total that covers the place
// asked about with more places together (releaseAmounts.wider): "Total,
// Germany: 26 million euros (EUR), for Nigeria and more places together,
// as stated in “…”". Never the place's own amount.
func sharedHead(res releaseAmounts) string {
	return fmt.Sprintf("%s: %s, for %s and more %s together, as stated in %s", sharedLabel(res), money(res.wider.f.Amount), inSentence(res.widerPlace), res.more(), releaseRef(res.r))
}

// widerLabel labels a release's total that is for the place asked about
// and more places together (releaseAmounts.wider).
func widerLabel(res releaseAmounts) string {
	if res.widerTopic != "" {
		return fmt.Sprintf("%s, for the release as a whole; it names %s but states no amount for it alone", totalLabel(res.r), res.widerTopic)
	}
	return fmt.Sprintf("%s, for %s and more %s together; not stated for %s alone", sharedLabel(res), inSentence(res.widerPlace), res.more(), inSentence(res.widerPlace))
}

// placeAsked names the one place a request asks about.
func placeAsked(req request) string {
	if len(req.countries) > 0 {
		return req.placeName(req.countries[0])
	}
	return req.regions[0]
}

// currencies counts the currencies of the amounts refs state.
func currencies(refs []factRef) int {
	seen := map[string]bool{}
	for _, r := range refs {
		if r.f.Amount != nil && r.f.Context == "" {
			seen[r.f.Amount.Currency] = true
		}
	}
	return len(seen)
}

// derivedSums adds the totals of several releases, one sum per currency,
// each labelled as derived; amounts in different currencies are never
// added together, nor an amount stated per year or month into a sum as if
// it were given once: such an amount is left out of the sum, and a note
// says so.
func derivedSums(totals []factRef, what string) (items []Item, notes, heads []string) {
	items, notes, heads, _ = derivedSumsLeft(totals, what)
	return items, notes, heads
}

// derivedSumsLeft is derivedSums that also returns the totals no sum
// holds (of a currency no other total shares, or not added for a reason
// its notes give), in order.
func derivedSumsLeft(totals []factRef, what string) (items []Item, notes, heads []string, left []factRef) {
	var periodic []string
	totals = slices.DeleteFunc(slices.Clone(totals), func(t factRef) bool {
		if t.f.Amount.Period == "" {
			return false
		}
		periodic = append(periodic, fmt.Sprintf("%s: %s", releaseRef(t.r), money(t.f.Amount)))
		return true
	})
	defer func() {
		if len(items) > 0 && len(periodic) > 0 {
			notes = append(notes, fmt.Sprintf("Not added into the sum, as each is stated per year or month, not once: %s.", partList(periodic)))
			heads = append(heads, fmt.Sprintf("not added: %s", partList(periodic)))
		}
	}()
	type sum struct {
		value  float64
		approx bool
		parts  []string
		years  []int // the releases' funding years, 0 for none stated
		refs   []factRef
	}
	sums := map[string]*sum{}
	var order []string
	for _, t := range totals {
		cur := t.f.Amount.Currency
		s := sums[cur]
		if s == nil {
			s = &sum{}
			sums[cur] = s
			order = append(order, cur)
		}
		s.value += t.f.Amount.Value
		s.approx = s.approx || t.f.Amount.Approximate
		s.parts = append(s.parts, fmt.Sprintf("%s: %s", releaseRef(t.r), t.f.Amount.Stated))
		s.years = append(s.years, t.r.Year)
		s.refs = append(s.refs, t)
	}
	for _, cur := range order {
		s := sums[cur]
		if len(s.parts) < 2 {
			left = append(left, s.refs...)
			continue
		}
		v := formatMoney(s.value, cur)
		if s.approx {
			v = "about " + v
		}
		// Releases that state no year may announce one gift twice, or
		// gifts years apart: fundbot does not add them up.
		if slices.Contains(s.years, 0) {
			left = append(left, s.refs...)
			continue
		}
		// Nor two releases that state the same amount from the same
		// donors to the same recipient for the same year: two news pages
		// on one handover ("$1 million", "USD one million").
		if a, b, ok := sameGiftTwice(s.refs); ok {
			notes = append(notes, fmt.Sprintf("%s and %s state the same amount for the same year and may tell of the same gift: fundbot does not add them up.", releaseRef(a.r), releaseRef(b.r)))
			left = append(left, s.refs...)
			continue
		}
		span := yearSpan(s.years)
		items = append(items, Item{Label: fmt.Sprintf("Sum of %d releases (%s%s)", len(s.parts), what, span), Value: v, Derived: true})
		notes = append(notes, fmt.Sprintf("Derived: fundbot added the totals stated in %s. No release states this sum.", partList(s.parts)))
		heads = append(heads, fmt.Sprintf("%s in %d releases (%s%s, derived)", v, len(s.parts), what, span))
	}
	return items, notes, heads, left
}

// maxLeftShown is how many totals no sum holds a headline names.
const maxLeftShown = 3

// sumsOf is derivedSums of the totals that answer req: one sum per donor
// asked about when the question compares donors ("Compare Kuwait and
// Qatar"), of the releases each gives alone; else one of them all.
func sumsOf(totals []factRef, req request) (items []Item, notes, heads []string, left []factRef) {
	if !req.compare || len(req.donors) < 2 {
		return derivedSumsLeft(totals, describeFilter(req))
	}
	for _, d := range req.donors {
		one := req
		one.donors = []string{d}
		var own []factRef
		for _, t := range totals {
			if givenByOnly(t.r, t.f, one.donors) {
				own = append(own, t)
			}
		}
		i, n, h, l := derivedSumsLeft(own, describeFilter(one))
		items, notes, heads, left = append(items, i...), append(notes, n...), append(heads, h...), append(left, l...)
	}
	return items, notes, heads, left
}

// sameGiftTwice returns two of totals that state the same value from the
// same donors to the same recipient for the same stated year, if any.
func sameGiftTwice(totals []factRef) (a, b factRef, ok bool) {
	recipient := func(t factRef) string {
		if t.f.Recipient != "" {
			return t.f.Recipient
		}
		return t.r.Recipient
	}
	for i, x := range totals {
		for _, y := range totals[i+1:] {
			if x.r.Year != 0 && x.r.Year == y.r.Year && x.f.Amount.Value == y.f.Amount.Value &&
				recipient(x) == recipient(y) && slices.Equal(x.r.Donors, y.r.Donors) {
				return x, y, true
			}
		}
	}
	return factRef{}, factRef{}, false
}

// maxSumParts is how many of a derived sum's parts its note names.
const maxSumParts = 10

// partList joins the parts of a derived sum, naming the first maxSumParts
// and counting the rest: a sum over a thousand releases would otherwise
// write a note of a hundred kilobytes.
func partList(parts []string) string {
	if len(parts) <= maxSumParts {
		return strings.Join(parts, "; ")
	}
	return fmt.Sprintf("%d releases: %s; and %d more", len(parts), strings.Join(parts[:maxSumParts], "; "), len(parts)-maxSumParts)
}

// yearSpan says, for a sum over releases of more than one funding year or
// of releases that state none, which years it spans: a sum is not one
// year's giving unless it says so. "" when every release states the same
// year.
func yearSpan(years []int) string {
	var known []string
	unknown := 0
	for _, y := range years {
		switch {
		case y == 0:
			unknown++
		case !slices.Contains(known, strconv.Itoa(y)):
			known = append(known, strconv.Itoa(y))
		}
	}
	slices.Sort(known)
	switch {
	case unknown == 0 && len(known) <= 1:
		return ""
	case unknown == 0:
		return "; over " + strings.Join(known, ", ")
	case len(known) == 0:
		return "; no release states its year"
	default:
		return fmt.Sprintf("; over %s, and %d release(s) stating no year", strings.Join(known, ", "), unknown)
	}
}

// noRelease answers a request no release matches, saying which of the
// donors, recipients, years and places it names the corpus does not hold
// together.
func (e *Engine) noRelease(req request) Answer {
	what := describeScope(req)
	a := Answer{Kind: KindNotFound, Headline: fmt.Sprintf("The corpus does not hold a release %s.", what)}
	if len(req.donors) > 0 && (len(req.recipients) > 0 || len(req.countries)+len(req.regions) > 0 || len(req.years) > 0) {
		byDonor := e.releasesOf(request{donors: req.donors})
		var to []string
		for _, r := range byDonor {
			for _, s := range recipientsOf(r) {
				if !slices.Contains(to, s) {
					to = append(to, s)
				}
			}
		}
		if len(byDonor) > 0 {
			note := fmt.Sprintf("The corpus holds %s of %s", plural(len(byDonor), "release", "releases"), names(req.donors))
			if len(to) > 0 {
				note += ", to " + names(to)
			}
			a.Notes = append(a.Notes, note+".")
		}
	}
	a.Notes = append(a.Notes, e.coverage()...)
	return a
}

// describeScope says in words what a request names: "of Canada to UNHCR
// for Yemen in 2021".
func describeScope(req request) string {
	var ws []string
	if len(req.donors) > 0 {
		ws = append(ws, "of "+names(req.donors))
	}
	if len(req.recipients) > 0 {
		ws = append(ws, "to "+names(req.recipients))
	}
	var ps []string
	for _, c := range req.countries {
		ps = append(ps, inSentence(req.placeName(c)))
	}
	ps = append(ps, req.regions...)
	if len(ps) > 0 {
		ws = append(ws, "that names "+names(ps))
	}
	for i, y := range req.years {
		if i == 0 {
			ws = append(ws, fmt.Sprintf("for %d", y))
		} else {
			ws[len(ws)-1] += fmt.Sprintf(" or %d", y)
		}
	}
	if len(ws) == 0 {
		return "that matches"
	}
	return strings.Join(ws, " ")
}

// placeNotNamed answers a request for places that none of the releases it
// otherwise narrows to names: they do not state an amount for them.
func (e *Engine) placeNotNamed(req request) Answer {
	var where []string
	for _, c := range req.countries {
		where = append(where, inSentence(req.placeName(c)))
	}
	where = append(where, req.regions...)
	unplaced := req
	unplaced.countries, unplaced.regions = nil, nil
	releases := e.releasesOf(unplaced)
	if len(where) == 0 || len(releases) == 0 || len(req.donors)+len(req.recipients)+len(req.years) == 0 {
		return e.noRelease(req)
	}
	a := Answer{Kind: KindCountry}
	// What the releases state beside the place, as the context it is:
	// the donor's money given before or as a whole, whose own clause
	// names it ("a €400,000 contribution from the AECID to UNRWA's 2017
	// Syria Regional Crisis Emergency Appeal").
	for _, r := range releases {
		for i := range r.Facts {
			f := &r.Facts[i]
			if len(a.Items) >= maxPlaceContext || f.Kind != corpus.KindAmount || f.Amount == nil || f.Total || !namesPlaceAsked(withoutCauses(amountClause(f)), req) {
				continue
			}
			switch {
			case ownContext(f.Context):
				a.Items = append(a.Items, item(factRef{r, f}, "Context ("+f.Context+"), not this release's gift", f.Amount.Stated))
				a.Facts = append(a.Facts, f)
			case f.Context == "" && f.Country == "" && f.Region == "":
				// "Nearly 2.9 million euros in all goes to the victims of
				// the Syrian crisis, inside Syria and in its neighbouring
				// countries": a part its own words give the place with
				// more, which ingest tied to no place.
				a.Items = append(a.Items, item(factRef{r, f}, "Part whose own words name "+names(where)+", not stated for it alone", money(f.Amount)))
				a.Facts = append(a.Facts, f)
			}
		}
	}
	switch {
	case len(releases) == 1 && len(a.Items) > 0:
		a.Headline = fmt.Sprintf("The release %s does not state an amount for %s alone; what it states beside it is below.", releaseRef(releases[0]), names(where))
	case len(releases) == 1:
		a.Headline = fmt.Sprintf("The release %s does not state an amount for %s; it does not name it as a place the money goes to.", releaseRef(releases[0]), names(where))
	case len(a.Items) > 0:
		a.Headline = fmt.Sprintf("The %d releases %s do not state an amount for %s alone; what they state beside it is below.", len(releases), describeScope(unplaced), names(where))
	default:
		a.Headline = fmt.Sprintf("The %d releases %s do not state an amount for %s; none of them names it as a place the money goes to.", len(releases), describeScope(unplaced), names(where))
	}
	return a
}

// ownContext reports whether an amount's context is the donor's own
// money, given at another time or as a whole (not another donor's, nor
// an appeal's need).
func ownContext(c string) bool {
	return c != "" && c != "other donor" && c != "appeal"
}

// maxPlaceContext is how many context amounts naming a place an answer
// that finds no money for it shows.
const maxPlaceContext = 5

// otherCurrencies lists the currencies of the amounts refs state other
// than cur, each once.
func otherCurrencies(refs []factRef, cur string) []string {
	var out []string
	for _, r := range refs {
		if a := r.f.Amount; a != nil && a.Currency != cur && !slices.Contains(out, a.Currency) {
			out = append(out, a.Currency)
		}
	}
	return out
}

// yearList writes years as "2022" or "2022 or 2023".
func yearList(years []int) string {
	ys := make([]string, len(years))
	for i, y := range years {
		ys[i] = fmt.Sprint(y)
	}
	return strings.Join(ys, " or ")
}

// namesRecipient reports whether text names the recipient acronym stands
// for, by any of its names.
func (e *Engine) namesRecipient(text, acronym string) bool {
	// As findNamed over every alias would find it, trying only the
	// aliases of acronym: this runs for every release an amount question
	// reads.
	folded, isFolded := "", false
	ascii := isASCII(text)
	for _, k := range e.recipientAliases.list {
		if k.name != acronym {
			continue
		}
		if k.exact != "" && exactWord(text, k.exact) {
			return true
		}
		if k.folded != "" {
			// Folding ASCII text only lowercases its words: a name's first
			// word not in it, in any case, is not in the folded text.
			if first, _, _ := strings.Cut(k.folded, " "); ascii && !containsFoldASCII(text, first) {
				continue
			}
			if !isFolded {
				folded, isFolded = corpus.Fold(text), true
			}
			if has(folded, k.folded) {
				return true
			}
		}
	}
	return false
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// partForRecipients reports whether a part of release r is for one of
// the recipients named: its own or its sentence's (forRecipient), or the
// release's one recipient (soleRecipientNamed).
func (e *Engine) partForRecipients(r *corpus.Release, f *corpus.Fact, named []string) bool {
	return e.forRecipient(f, named) || e.soleRecipientNamed(r, f, named)
}

// soleRecipientNamed reports whether a part that names no recipient is
// for the one recipient of its release, as the title or the first
// paragraph names it ("KSrelief signed a cooperation agreement for three
// joint programs with UNICEF", then "The second $4 million program ..."),
// and that recipient is one asked about.
func (e *Engine) soleRecipientNamed(r *corpus.Release, f *corpus.Fact, named []string) bool {
	if f.Recipient != "" || r.Recipient == "" || len(r.Recipients) > 1 || !slices.Contains(named, r.Recipient) {
		return false
	}
	// Not a part whose own clause names other organisations and not the
	// one asked about: "$4 million ... going to the WHO and a further $1.7
	// million to the North's Red Cross Society". (A clause that names it
	// beside others is its: "figures from the UN Office for the
	// Coordination of Humanitarian Affairs show $4 million ... going to
	// the WHO".)
	if cs, ok := clausesOf(r, f); ok {
		for _, c := range cs {
			if c.f != f {
				continue
			}
			folded := corpus.Fold(c.text)
			in := findNamed(e.recipientAliases, c.text, folded)
			// (Or a body fundbot knows as another giver, not a country:
			// "A further NOK 50 million goes to the World Bank's Ukraine
			// Fund".)
			for _, d := range findNamed(e.donorAliases, c.text, folded) {
				if _, country := corpus.LookupCountry(d); !country && !slices.Contains(r.Donors, d) {
					in = append(in, d)
				}
			}
			if len(in) > 0 && !slices.ContainsFunc(in, func(name string) bool { return slices.Contains(named, name) }) {
				return false
			}
		}
	}
	return slices.ContainsFunc([]string{r.Title, r.Paragraph(1)}, func(text string) bool { return e.namesRecipient(text, r.Recipient) })
}

// forRecipient reports whether an amount is for one of the recipients
// named: its recipient, or, when ingest tied it to none, the one its
// sentence names alone ("SEK76 million to the World Food Programme").
func (e *Engine) forRecipient(f *corpus.Fact, named []string) bool {
	if f.Recipient != "" {
		return slices.Contains(named, f.Recipient)
	}
	// (In the amount's own clause: "Most of the help will go to the Red
	// Cross ... but €1.5m will be spent on mine removal".)
	text := amountClause(f)
	// (Not in a clause about other money after it: "£3 million for
	// helicopters, which are in addition to those already funded through
	// the Red Cross".)
	if at := strings.Index(text, f.Amount.Stated); at >= 0 {
		if m := otherMoneyClauseRe.FindStringIndex(text[at:]); m != nil {
			text = text[:at+m[0]]
		}
	}
	in := findNamed(e.recipientAliases, text, corpus.Fold(text))
	return len(in) == 1 && slices.Contains(named, in[0])
}

// otherMoneyClauseRe opens a relative clause after an amount that tells of
// other or earlier money: ", which are in addition to", ", that were
// already funded".
var otherMoneyClauseRe = lazyre.New(`(?i),?\s+(?:which|that|who)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:in addition to|on top of|besides|already|previously|earlier)\b`)

// placeReleases returns the releases that tie a fact to a place the
// request names, from the engine's lookups (not by reading every
// release), or nil when it names none.
func (e *Engine) placeReleases(req request) map[*corpus.Release]bool {
	if len(req.countries)+len(req.regions) == 0 {
		return nil
	}
	out := map[*corpus.Release]bool{}
	for _, c := range req.countries {
		for _, r := range e.countryReleases[c.Code] {
			out[r] = true
		}
	}
	for _, g := range req.regions {
		for _, ref := range e.byRegion[corpus.Fold(g)] {
			out[ref.r] = true
		}
	}
	return out
}

// recipientNotNamed answers a request for a recipient that none of the
// releases it otherwise narrows to (by donor and place) names: they do
// not state an amount for it.
func (e *Engine) recipientNotNamed(req request, places map[*corpus.Release]bool, byTopic map[string]bool) (Answer, bool) {
	if len(req.recipients) == 0 || len(req.donors)+len(req.countries)+len(req.regions) == 0 {
		return Answer{}, false
	}
	other := req
	other.recipients = nil
	var releases []*corpus.Release
	for _, r := range e.releasesOf(other) {
		if places != nil && !places[r] || byTopic != nil && !byTopic[r.ID] {
			continue
		}
		releases = append(releases, r)
	}
	if len(releases) == 0 {
		return Answer{}, false
	}
	a := Answer{Kind: KindTotal}
	if len(releases) == 1 {
		a.Headline = fmt.Sprintf("The release %s does not state an amount for %s; it does not name it as a recipient.", releaseRef(releases[0]), names(req.recipients))
	} else {
		a.Headline = fmt.Sprintf("The %d releases %s do not state an amount for %s; none of them names it as a recipient.", len(releases), describeScope(other), names(req.recipients))
	}
	return a, true
}

// stem is the first letters of a place's name, enough to find it written
// as a name or an adjective ("Syria" in "Syrian").
func stem(name string) string {
	r := []rune(name)
	return string(r[:min(len(r), 5)])
}

// contextKinds names the kinds of context of some amounts, each once, in
// their order: "cumulative and overall".
func contextKinds(refs []factRef) string {
	var kinds []string
	for _, c := range refs {
		kinds = appendNew(kinds, c.f.Context)
	}
	return names(kinds)
}

// topicWider turns a release's total, given for a question that names
// something fundbot knows as no place, donor or recipient ("How much did
// China give to Hunan?", "How much did DFID give Muslim Aid?"), into the
// whole beside which nothing is stated for it, unless the title or the
// total's own sentence gives the total for that name alone: a release
// found because it names the topic somewhere does not, by that, give its
// total to it.
func topicWider(res releaseAmounts, req request) releaseAmounts {
	if !res.total || len(res.gifts) != 1 || !res.gifts[0].f.Total || res.wider.f != nil || res.others || res.joint {
		return res
	}
	for _, t := range req.topics {
		// (An organisation asked about is read by its own rule in
		// amountsOf.)
		if slices.Contains(req.orgTopics, t) {
			continue
		}
		if topicOwnsTotal(res.r.Title, t) || topicOwnsTotal(res.gifts[0].f.Sentence, t) {
			continue
		}
		res.wider, res.widerTopic = res.gifts[0], t
		res.missing = t
		res.gifts, res.total = nil, false
		// "How much does Korea's REACH initiative provide?" of a release
		// whose gift is core funding and that tells of the initiative's
		// USD 37 million besides: the one figure a sentence naming the
		// topic states (or the one whose own clause names it) is shown,
		// as the context it is, never as the gift.
		for i := range res.r.Facts {
			f := &res.r.Facts[i]
			if f.Kind != corpus.KindAmount || f.Context == "" || !namesTopic(f.Sentence, []string{t}) {
				continue
			}
			alone := !slices.ContainsFunc(res.r.Facts, func(g corpus.Fact) bool {
				return g.Kind == corpus.KindAmount && g.Sentence == f.Sentence && g.Amount != f.Amount
			})
			if alone || namesTopic(clauseBefore(f.Sentence, f.Amount.Stated), []string{t}) {
				res.context = append(res.context, factRef{res.r, f})
			}
		}
		return res
	}
	return res
}

// topicAt is the byte index of the first place text names topic t,
// ignoring case, and the length of the words there, or -1: a topic asked
// with a straight apostrophe ("Cox's Bazar") is named with a curly one
// too ("Cox’s Bazar").
func topicAt(text, t string) (int, int) {
	if i := indexFold(text, t); i >= 0 || !strings.Contains(t, "'") {
		return i, len(t)
	}
	curly := strings.ReplaceAll(t, "'", "’")
	return indexFold(text, curly), len(curly)
}

// topicOwnsTotal reports whether text names topic on its own, not as one
// item of a list of names ("provinces, including Hunan, Jiangxi and
// Anhui").
func topicOwnsTotal(text, topic string) bool {
	i, n := topicAt(text, topic)
	if i < 0 || topic == "" {
		return false
	}
	before, after := text[:i], text[i+n:]
	return !listBeforeRe.MatchString(before) && !listAfterRe.MatchString(after)
}

// listBeforeRe ends the words before an item of a list of names;
// listAfterRe opens the words after one.
var (
	listBeforeRe = lazyre.New(`(?:\p{Lu}[\p{L}'’-]*\s*,|\b(?:and|or|&|including|includes|such as|notably|among them|among others))\s+$`)
	listAfterRe  = lazyre.New(`^(?:['’]s)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)\p{Lu}`)
)

// scopeAfter is what a request narrows to, to follow "No release": " of
// China", or "" when it narrows to nothing.
func scopeAfter(req request) string {
	if d := strings.TrimSpace(strings.TrimPrefix(describeScope(req), "that matches")); d != "" {
		return " " + d
	}
	return ""
}

// sentencesStating returns the sentences of paras that hold stated (a
// sentence ends at ". ", "! " or "? " before a capital): the rest of a
// paragraph that restates a total ("On 9 July the state of South Sudan
// will come into being. ... an additional NOK 50 million for Sudan")
// says nothing of where it goes.
func sentencesStating(paras []string, stated string) []string {
	var out []string
	for _, p := range paras {
		for {
			k := strings.Index(p, stated)
			if k < 0 {
				break
			}
			start, end := sentenceStart(p, k), sentenceEnd(p, k+len(stated))
			out = append(out, p[start:end])
			p = p[end:]
		}
	}
	return out
}

func sentenceStart(p string, at int) int {
	for i := at - 1; i > 0; i-- {
		if (p[i-1] == '.' || p[i-1] == '!' || p[i-1] == '?') && p[i] == ' ' && i+1 < len(p) && startsUpper(p[i+1:]) {
			return i + 1
		}
	}
	return 0
}

func sentenceEnd(p string, at int) int {
	for i := at; i+2 < len(p); i++ {
		if (p[i] == '.' || p[i] == '!' || p[i] == '?') && p[i+1] == ' ' && startsUpper(p[i+2:]) {
			return i + 1
		}
	}
	return len(p)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
