package extract

import (
	"strings"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// destinationLists records the places of a sentence that lists funded
// places; fundedPlaces those a sentence says the money goes to. Both
// record through destination, which keeps each place once.
func destinationLists(x *releaseText, p *paragraph, s *sentence) []corpus.Fact {
	if p.fundsHere() && !earlierMoney(s.text) {
		x.destinationList(p.n, s.text, unquotedPlaces(p, s))
	}
	return nil
}

func fundedPlaces(x *releaseText, p *paragraph, s *sentence) []corpus.Fact {
	if p.fundsHere() && !earlierMoney(s.text) {
		x.fundedPlace(p.n, s.text, unquotedPlaces(p, s))
	}
	return nil
}

// unquotedPlaces returns the places of a sentence that are not inside
// quoted speech running over several sentences of its paragraph: what a
// speaker fears for "the people of Afghanistan, Syria and many other
// countries" is not where the money goes. (Speech within the sentence
// is the rules' own concern.)
func unquotedPlaces(p *paragraph, s *sentence) []corpus.Mention {
	at := strings.Index(p.text, s.text)
	if at < 0 || len(s.text) == len(p.text) || !strings.ContainsAny(p.text, "\"“‘'") {
		return s.places
	}
	var out []corpus.Mention
	for _, m := range s.places {
		if !quotedAt(p.text, at+m.Start) {
			out = append(out, m)
		}
	}
	return out
}

// earlierMoney reports whether a sentence is about money given before or
// summed up so far, whose places are not this gift's: "Earlier
// contributions this year supported Bangladesh and Timor-Leste", "This
// year so far CERF has allocated over €276m to 28 crises, among them the
// Horn of Africa, Yemen and Nigeria".
//
// Nor are the places of other programmes: "other cooperation programs
// through KSrelief ... were scheduled to be implemented in Sudan, Yemen,
// Bangladesh, and Ukraine".
//
// (But "the rest of the funding will go toward development projects ... in
// Sudan and South Sudan, and other projects in the Central African
// Republic, Chad and Ethiopia": the gift's own other projects.)
func earlierMoney(sent string) bool {
	return earlierSentenceRe.MatchString(sent) || soFarRe.MatchString(sent) || otherWorkRe.MatchString(sent) && !restOfGiftRe.MatchString(sent)
}

// restOfGiftRe opens a sentence on the rest of the gift: "the rest of the
// funding", "the remainder of the money".
var restOfGiftRe = lazyre.New(`(?i)\b(?:the\s+)?(?:rest|remainder|balance)\s+of\s+(?:the|this|its)\s+(?:funding|funds|money|grant|contribution|package|allocation|aid|assistance)\b`)

// otherWorkRe names programmes other than the one a gift funds.
var otherWorkRe = lazyre.New(`(?i)\bother\s+(?:\w+\s+)?(?:programs|programmes|projects|initiatives|operations)\b`)

// soFarRe marks a running sum.
var soFarRe = lazyre.New(`(?i)\b(?:so far|to date|thus far)\b`)

var (
	// (A part of a country may stand in the list: "Yemen, Somalia, South
	// Sudan and northeastern Nigeria".)
	// And a Spanish list: "Ucrania, Afganistán, el Sahel, los Territorios
	// Palestinos, Siria y Centroamérica" (listContextRe knows the Spanish
	// words of funding that go with one: "ayuda", "respuesta").
	listGapRe = lazyre.New(`(?i)^\s*(?:,|,?\s+and|&|,\s*as well as|,?\s+(?:y|e))\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|(?:central|northern|southern|eastern|western)\s+)?$`)
	originRe  = lazyre.New(`(?i)\b(?:from|fleeing|fled|left|leaving|escaping)\s+(?:the\s+)?$`)
	// visitRe ends the words before the places of someone's visit or
	// trip: "on a visit to", "during his trip to", "while touring",
	// "visited". (Not visits or tours that are the work funded: "pays
	// for home visits in", "nurses touring".)
	visitRe       = lazyre.New(`(?i)(?:\b(?:on|during|after|before|while on|in the course of)\s+(?:(?:an?|the|his|her|their|its|our|my)\s+)?(?:[\w-]+\s+){0,2}?(?:visits?|trip|tour|travels)\s+(?:to|of|in)\s+|\b(?:while|when|after|before)\s+(?:visiting|touring|travell?ing\s+(?:to|in))\s+|\b(?:visited|toured)\s+)(?:the\s+)?$`)
	projectNounRe = lazyre.New(`(?i)\b(projects?|programmes?|programs?|assistance|aid|support)\b`)
	listContextRe = lazyre.New(`(?i)\b(fund\w*|gifts?|projects?|programmes?|programs?|contribution|support\w*|assist\w*|benefit\w*|allocat\w*|operations|grants?|aid|money|help\w*|ayuda|respuesta|proyectos?|programas?|contribuy\w*|contribuci\p{L}*|aport\w*|asistencia|apoyo|operaciones|financia|financian|financiar|financiación)\b`)
	// provideRe tells of giving in a sentence that states its amount:
	// "USAID will use $282 million to provide food supply to Ethiopia,
	// Kenya and Yemen".
	// "Norway gives NOK 220 million for Yemen and Nigeria": so does any
	// verb of giving.
	provideRe = lazyre.New(`(?i)\b(?:provid\w*|suppl(?:y|ies)|giv(?:e|es|en|ing)|gave|donat\w*|contribut\w*|pledg\w*|increas\w*)\b`)
)

// earlierSentenceRe opens a sentence about earlier money.
var earlierSentenceRe = lazyre.New(`(?i)^\W*(?:earlier|previous|prior|past)\s+(?:contributions?|funding|grants?|donations?|support|allocations?|pledges?)\b|^\W*(?:last (?:year|month|week)|previously|in the past)\b`)

// destinationList records the countries and regions of a sentence that
// lists funded places ("The funded projects, in A, B, ... and C").
func (x *releaseText) destinationList(n int, sent string, ms []corpus.Mention) {
	// "Earlier contributions this year supported Bangladesh and
	// Timor-Leste": where earlier money went.
	// Nor where money given before went ("The two countries have already
	// committed $22 million ... in Somalia and Sudan").
	if len(ms) < 2 || !listContextRe.MatchString(sent) && !(provideRe.MatchString(sent) && len(findAmounts(sent, "")) > 0) || needsOnly(sent) || earlierOnly(sent) || crisisOnly(sent) {
		return
	}
	// "Kuwait's contributions to UNHCR have now reached approximately $20
	// million across several crises, including Syria, Lebanon, ...": where
	// a running sum went, not this gift.
	if as := findAmounts(sent, ""); len(as) > 0 && allContext(sent, as, "cumulative") {
		return
	}
	var run []corpus.Mention
	flush := func() {
		// "migrants from Syria, Iraq and Yemen": where people come from,
		// not where the money goes.
		if len(run) >= 2 && originRe.MatchString(sent[max(0, run[0].Start-30):run[0].Start]) {
			run = nil
		}
		// "announced during a visit to Niger and Mali": where someone
		// travels, not where the money goes.
		if len(run) >= 2 && visitRe.MatchString(sent[max(0, run[0].Start-40):run[0].Start]) {
			run = nil
		}
		// A list inside quoted words is someone's account, not the
		// release's statement of where the money goes.
		if len(run) >= 2 && insideQuote(sent, run[0].Start) {
			run = nil
		}
		if len(run) >= 2 {
			for _, m := range run {
				x.destination(n, sent, placeOf(m))
			}
		}
		run = nil
	}
	for i, m := range ms {
		if m.Demonym {
			// "Kyrgyz and Uzbek ethnic groups" are people, not places funded.
			flush()
			continue
		}
		if len(run) > 0 && listGapRe.MatchString(sent[ms[i-1].End:m.Start]) {
			run = append(run, m)
			continue
		}
		flush()
		run = []corpus.Mention{m}
	}
	flush()
}

// moneyGoesRe says that money goes somewhere: "the Japanese money goes to
// the response to the Rohingya crisis in", "funds will be used in".
var moneyGoesRe = lazyre.New(`(?i)\b(?:money|funds|funding|contribution|grant|donation|aid|assistance|support)\b[^.;]{0,40}?\b(?:goes|go|went|will go|is going|will be (?:used|spent|channell?ed)|is (?:set aside|earmarked)|are (?:set aside|earmarked)|will (?:help|support|fund|pay for|back))\b[^.;]{0,80}?\b(?:in|to|for|across|towards|toward)\s+(?:the\s+)?$`)

// recipientCountriesRe names the countries a release's money goes to as
// such: "Myanmar is among the recipient countries", "The countries include
// Sudan, Liberia, ...", "sent to conflict-affected countries including
// Myanmar".
var recipientCountriesRe = lazyre.New(`(?i)\b(?:recipient|beneficiary|target|funded)\s+countries\b|^\W*(?:the\s+)?(?:\w+\s+)?countries\s+(?:include|are)\b|\b(?:sent|allocated|granted|distributed|channell?ed|goes|go|will go)\s+to\s+[^.;]{0,80}?\bcountries\s+(?:including|such as)\b`)

// fundedPlace records the place a sentence says the money goes to, when
// the sentence names one place after its verb: "In Asia, the Japanese
// money goes to the response to the Rohingya crisis in Bangladesh"; and
// every place of a sentence that names the recipient countries.
func (x *releaseText) fundedPlace(n int, sent string, ms []corpus.Mention) {
	listed := recipientCountriesRe.MatchString(sent)
	for _, m := range ms {
		if m.Demonym || insideQuote(sent, m.Start) {
			continue
		}
		if listed || moneyGoesRe.MatchString(sent[max(0, m.Start-160):m.Start]) {
			x.destination(n, sent, placeOf(m))
		}
	}
}

// destination records a funded place once.
func (x *releaseText) destination(n int, sent string, pl place) {
	if pl.key() == "" || x.seen[pl.key()] {
		return
	}
	x.seen[pl.key()] = true
	f := x.fact(corpus.KindDestination, n, sent)
	pl.set(&f)
	x.destinations = append(x.destinations, f)
}

// crisisOnly reports whether a sentence tells only where a crisis is,
// with no amount and no word of funding: "Chad, Niger, Mali, Burkina Faso
// and Mauritania are worst affected; the Gambia, Senegal, Cameroon and
// Nigeria need humanitarian aid as well".
func crisisOnly(sent string) bool {
	return crisisRe.MatchString(sent) && !fundingWordsRe.MatchString(sent) && len(findAmounts(sent, "")) == 0
}

var (
	crisisRe       = lazyre.New(`(?i)\b(?:are|is|were|was)\s+(?:the\s+)?(?:worst|most|hardest|badly|severely|seriously|also|heavily)[- ](?:affected|hit)\b|\bneeds?\s+(?:\w+\s+)?(?:aid|assistance|help)\b`)
	fundingWordsRe = lazyre.New(`(?i)\b(?:fund\w*|money|contributions?|grants?|allocat\w*|donat\w*|projects?|programmes?|programs?|will (?:help|support|assist|go))\b`)
)

// earlierOnly reports whether every amount a sentence states was given
// before this gift.
func earlierOnly(sent string) bool { return statesOnly(sent, "earlier") }

// needsOnly reports whether every amount a sentence states is someone's
// need or another's money: "a UN interagency call for USD 16.4 billion in
// new aid for Syria, Sudan, South Sudan, Iraq and Central African
// Republic" lists where the appeal is for, not where this gift goes.
func needsOnly(sent string) bool { return statesOnly(sent, needKinds...) }

// needKinds are the kinds of context needsOnly reads: someone's need or
// another's money.
var needKinds = []string{"appeal", "plan", "other donor"}

// statesOnly reports whether a sentence states an amount and every amount
// it states is context of one of the kinds given.
func statesOnly(sent string, kinds ...string) bool {
	return statesOnlyAmid(sent, findAmounts(sent, ""), kinds...)
}

// statesOnlyAmid is statesOnly for a sentence whose amounts, as, the
// caller has read already.
func statesOnlyAmid(sent string, as []amount, kinds ...string) bool {
	return len(as) > 0 && allContext(sent, as, kinds...)
}
