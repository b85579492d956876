package extract

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

// matchingRe ends the words before money a donor gives to match others'
// ("is now committing to match up to $8 million in individual
// contributions"): the donor's own, not another giver's.
var matchingRe = lazyre.New(`(?i)\bmatch(?:ing|es|ed)?\s+(?:up to\s+|as much as\s+)?$`)

// addsToRe ends the words before money a gift adds to: "The agreement
// adds to the ", "on top of the "; andToNextRe ends the words before the
// next item of it: ", and to a ".
var (
	addsToRe    = lazyre.New(`(?i)\b(?:adds?|added|adding|comes? on top of|on top of|in addition to)\s+(?:to\s+)?(?:the|a|an|its|their|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:\w+\s+){0,2}?$`)
	andToNextRe = lazyre.New(`(?i),?\s+and\s+(?:to|on top of)\s+(?:the|a|an|its|their)\s+(?:\w+\s+){0,2}?$|^[^,;.$€£]{0,80}\s+and\s+(?:a|an|the|its|their)\s+(?:\w+\s+){0,2}?$`)
)

// underPledgeRe opens a sentence with the pledge or programme the
// amount after it belongs to, before the sentence's own subject.
var underPledgeRe = lazyre.New(`(?i)^\W*(?:within|in|under)\s+(?:the\s+)?(?:framework|context|scope)\s+of\s+(?:the|its|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:pledge|commitment|package|programme|program|initiative)\b[^;]{0,250}$`)

// joinedRe is what joins two amounts of one figure: ", to ", " or ".
var joinedRe = lazyre.New(`^[\s,;()]*(?:to|or|and|from|up to|of which|which includes?|including)?[\s,;()]*$`)

// lastDaysRe opens a sentence with a day or week before the page's: "Last
// Tuesday, ", "Earlier this week, ".
var lastDaysRe = lazyre.New(`(?i)^\W*(?:last\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week)|earlier\s+this\s+week)\b[^;]{0,200}$`)

// fromGiverAfterRe follows an item of a breakdown with the giver it
// comes from, which makes it that giver's: " in financing from the Asian
// Development Bank".
var fromGiverAfterRe = lazyre.New(`^[^,;.]{0,30}?\bfrom\s+(?:the\s+)?\p{Lu}`)

// includingFirstRe ends the words between a sum and the first item of its
// breakdown: "... in response to the hurricane, including over ", ",
// among them " (not "including the new ", "including today's").
var includingFirstRe = lazyre.New(`(?i)^[^;.]{0,200},\s*(?:including|among them|of which)\s+(?:(?:about|around|almost|nearly|over|more than|some|up to)\s+)?$`)

// joinedPlaceRe joins two amounts of one list, the first with its place:
// " to Syria and ".
var joinedPlaceRe = lazyre.New(`^\s+(?:to|for|in)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}(?:,|,?\s+(?:and|as well as))\s+$`)

// giftToAppealRe follows an amount given to an appeal: " to support
// UNHCR's COVID-19 appeal", " (14.8 M USD) towards the flash appeal",
// " for IFRC's revised Emergency Appeal".
var giftToAppealRe = lazyre.New(`(?i)^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:in|of)\s+\w+\s+)?(?:(?:to|towards|toward)\s+(?:support\s+|fund\s+)?(?:the\s+|its\s+|an\s+|\S+['’]s\s+)?|for\s+\S+['’]s\s+)(?:\S+\s+){0,3}appeal\b`)

// giftWithRe ends the words right before a gift named as one: "with a
// donation of ", "through a contribution of about ".
var giftWithRe = lazyre.New(`(?i)\b(?:with|through|by way of|in the form of)\s+(?:an?\s+)?(?:(?:new|additional|further|generous|financial|voluntary|total)\s+)?(?:donation|contribution|grant|gift|pledge)\s+(?:of|worth|amounting to)\s+(?:(?:about|around|almost|nearly|over|more than|some|approximately)\s+)?$`)

// giftForPlanBeforeRe ends the item before an amount in a list of gifts
// for organisations' plans: "$17.5 million for UNHCR's Regional Response
// Plan, ".
var giftForPlanBeforeRe = lazyre.New(`(?i)\bfor\s+\S+['’]s\s+(?:\S+\s+){0,5}plan\b[^;.]{0,60}?,\s*(?:and\s+)?$`)

// giftToPlanRe follows an amount given for an organisation's plan: " for
// UNHCR's Regional Refugee and Migrant Response Plan", " for UNFPA's
// Initial Response Plan": a gift, not the plan's size.
var giftToPlanRe = lazyre.New(`(?i)^\s*(?:for|to|towards|toward)\s+(?:support\s+)?\S+['’]s\s+(?:\S+\s+){0,5}plan\b`)

// thisIncludedRe opens a sentence that breaks down the amount of the one
// before: "This included nearly $352 million ...", "Of this, ...".
// breakdownOfWholeRe opens a sentence that breaks the announced whole
// down: "Included in the new funding is", "The new funding includes".
var breakdownOfWholeRe = lazyre.New(`(?i)^\W*(?:included in (?:the|this|today's) (?:new |additional )?(?:funding|assistance|aid|package|contribution|support)|(?:the|this|today's) (?:new |additional )?(?:funding|assistance|aid|package|contribution|support)(?: announced today)? (?:also )?(?:includes|will include|comprises|is made up of))\b|\b(?:just\s+)?(?:over|under|about|around|some|almost|nearly)?\s*(?:\d+(?:\.\d+)?\s?(?:%|per ?cent)|half|a third|a quarter|two thirds)\s+of\s+the\s+total\b`)

// inAdditionHasRe opens a sentence that adds what has been given to the
// sum of the sentence before: "In addition, Norway has contributed ".
var inAdditionHasRe = lazyre.New(`(?i)^\W*(?:in addition|additionally|also|furthermore|moreover)\b,?\s+[^,;]{0,60}\b(?:has|have)\s+(?:also\s+|already\s+)?(?:contributed|provided|given|allocated|donated|disbursed|channell?ed)\b[^;]{0,80}$`)

var thisIncludedRe = lazyre.New(`(?i)^\W*(?:(?:this|that|these|the sum|the amount|the figure)\s+(?:included|includes|include|comprised|comprises)\b|of (?:that|this|it|which)\b)`)

// joinedGiverRe joins two givers' amounts in brackets: ") and Japan (".
// goesOnEarlierRe opens a sentence that goes on with the money told
// before it, in the past: "Another €1 million went to", "And the
// Netherlands donated".
var goesOnEarlierRe = lazyre.New(`(?i)^\W*(?:another|also|and|in addition|similarly|a further)\b[^.;]{0,80}\b(?:went|was|were|donated|gave|given|received|provided|allocated|sent)\b`)

// joinedElidedRe stands between two amounts of a list whose verb is left
// out after the first: ", Eritrea ", " and Ethiopia ", ", Germany: ".
var joinedElidedRe = lazyre.New(`^\s*\)?\s*(?:,|;|,?\s+and)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s*:?\s*$`)

var joinedGiverRe = lazyre.New(`^\s*\)?\s*(?:,|,?\s+and)\s+(?:the\s+)?\p{Lu}[\p{L}’'. -]{1,40}\s*\(\s*$`)

// joinedAppealRe joins two appeals' amounts: " and from the
// International Red Cross and Red Crescent Movement for ".
var joinedAppealRe = lazyre.New(`^\s*(?:,|,?\s+and)\s+(?:from|by)\s+(?:the\s+)?\p{Lu}[^;.]{0,80}?\s+for\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)

// ofThatRe follows an amount that is a part of the amount before it: "over
// $174 million of that".
var ofThatRe = lazyre.New(`^\s+of (?:that|which|this|it)\b`)

// runningSumRe opens a sentence that tells a running sum: "To date, ...",
// "Since the Oct. 7 attack, Canada has pledged a total of ...".
var runningSumRe = lazyre.New(`(?i)^\s*(?:to date|so far|thus far|until now|since|combined with|together with (?:last|previous|earlier))\b`)

// inTotalHasRe and toDateRe together tell a sum of a period so far: "In
// total, the UK has allocated £156 million in humanitarian support for
// crises in East Africa this financial year" (not "In total, Japan will
// provide").
var (
	inTotalHasRe = lazyre.New(`(?i)\b(?:in total|altogether|overall|all told)\b[^.;]{0,60}\b(?:has|have)\s+(?:now\s+|so far\s+|already\s+)?(?:allocated|provided|given|contributed|committed|disbursed|pledged|spent|donated)\b[^.;]{0,20}$`)
	// "In total, Switzerland's 2023 financial contribution ... currently
	// amounts to more than CHF45 million"; "This makes the total Swiss
	// contribution to the Fund $1,092,916".
	sumSoFarRe = lazyre.New(`(?i)\bin total\b[^.;]{0,160}\b(?:currently|now|so far|already)\s+(?:amounts?|totals?|stands?|comes?)\b[^.;]{0,20}$|\bmakes?\s+(?:the\s+)?total\b[^.;]{0,80}$`)
	// "Denmark will reach DKK 3.18 billion in emergency aid in 2021":
	// what the giving comes to, with this gift in it.
	reachesRe = lazyre.New(`(?i)\b(?:will\s+(?:now\s+)?|has\s+|have\s+)?reach(?:es|ed)?\s+(?:a\s+(?:total|record)\s+(?:of\s+)?)?(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)
	toDateRe  = lazyre.New(`(?i)\b(?:this|the current) (?:financial |fiscal |calendar )?year\b|\bso far\b|\bto date\b|\bsince\b|\bthus far\b`)
)

// multiYearRe follows an amount spread over several years: "from 2009 to
// 2013", "over five years", "between 2024 and 2027". A budget year
// written "2023-24" is one year.
var multiYearRe = lazyre.New(`(?i)^[^.;]*?\b(?:from (?:19|20)\d\d (?:to|until|through|till) (?:19|20)\d\d|between (?:19|20)\d\d and (?:19|20)\d\d|over (?:the (?:next |coming )?)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) years)\b`)

// manyCountriesRe follows an amount for many countries, one of them
// named: "... in 13 countries, including the Kingdom of Cambodia".
var manyCountriesRe = lazyre.New(`(?i)^[^;]{0,200}?\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|several|many|some) (?:\w+\s+)?(?:countries|nations),?\s+(?:including|among them|such as)\b`)

// inManyCountriesRe follows an amount with the many countries it went or
// goes to: " to 79 countries", " to help the displaced in nine
// countries".
var inManyCountriesRe = lazyre.New(`(?i)^[^;]{0,120}?\b(?:to|in|across|for|among)\s+(?:more than\s+|over\s+|some\s+)?(?:[2-9]|\d\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|dozens of|several|many)\s+(?:[\w-]+\s+)?(?:countries|nations)\b`)

// pastProvidedRe ends the words before money given in the past, up to the
// amount: "Chile provided more than ", "has given " (not "will be
// provided").
var pastProvidedRe = lazyre.New(`(?i)(?:\b(?:has|have|had)\s+(?:\w+\s+){0,2}?|(?:^|[^\w\s]\s*|\b(?:it|they|we|\p{Lu}[\p{L}-]*)\s+))(?:provided|given|gave|granted|contributed|donated|disbursed|allocated|spent)\s+(?:[^;,]{0,30}?\s+)?(?:(?:about|around|almost|nearly|over|more than|some|approximately|roughly)\s+)?$`)

// bulletRe is a list item's bullet.
var bulletRe = lazyre.New(`[・•▪●]`)

// bulletListRe opens a paragraph that lists items with bullets, as
// "・Relief goods: 20,000,000YEN ・Grant aid: $ 3,000,000".
var bulletListRe = lazyre.New(`^\s*(?:\[[^\]]{0,120}\]\s*)?[・•▪●]`)

// inKindBesideCash marks as another gift an amount of goods ("an additional
// RMB 500,000 in material assistance will be provided"), in another
// currency, beside a total given in cash ("$100,000 emergency cash
// assistance"): a gift in kind apart from the cash, not a part of it.
func inKindBesideCash(amounts []corpus.Fact, total int) {
	if total < 0 || !cashRe.MatchString(amounts[total].Sector+" "+amounts[total].Sentence) {
		return
	}
	for i := range amounts {
		f := &amounts[i]
		if i == total || f.Context != "" || f.Amount.Currency == amounts[total].Amount.Currency {
			continue
		}
		if _, end, _, next := amountSpan(amounts, i); end >= 0 && inKindAfterRe.MatchString(f.Sentence[end:max(end, next)]) {
			f.Context = "other gift"
			f.Country, f.CountryName, f.Region, f.Sector = "", "", "", ""
		}
	}
}

// cashRe names money given in cash; inKindAfterRe follows an amount with
// the goods it is worth: " in material assistance", " worth of relief
// supplies".
var (
	cashRe        = lazyre.New(`(?i)\bcash\b`)
	inKindAfterRe = lazyre.New(`(?i)^\s+(?:in|of|worth of)\s+(?:(?:emergency|humanitarian|relief)\s+)?(?:material|in-kind|relief|food)\s+(?:assistance|aid|supplies|goods|items)\b`)
)

// summaryClosedRe is the sentence after such a list that sums what was
// given: "In total, Japan has provided around ".
var summaryClosedRe = lazyre.New(`(?i)^\W*(?:in total|altogether|all told|overall)\b[^.;]{0,60}\b(?:has|have)\s+(?:(?:now|so far|already|thus)\s+)?(?:provided|given|contributed|extended|disbursed|committed|pledged)\b`)

// summaryClosed reports whether the list in paragraph n, or the paragraph
// after it, ends with a sentence that sums what was given to more than
// the announcing sentence gives: the list is then of all given so far.
func summaryClosed(r *corpus.Release, n int, lead string) bool {
	leads := findAmounts(lead, "")
	for _, a := range closingSums(r.Paragraph(n), r.Paragraph(n+1)) {
		if len(leads) > 0 && !slices.ContainsFunc(leads, func(l amount) bool { return l.Currency != a.Currency || l.Value >= a.Value }) {
			return true
		}
	}
	return false
}

// restatesEarlierGift reports whether paragraph n (0-based) of paras is a
// list of two or more bulleted lines (as under a heading "[Japan's
// Assistance for ...]", which the page's layout may leave out) with a
// line whose amount the text before it gives as a gift made before this
// one (context "earlier"): a list of all given so far, not of this gift's
// parts.
func restatesEarlierGift(paras []string, n int) bool {
	if n < 0 || n >= len(paras) || !bulletListRe.MatchString(paras[n]) || len(bulletRe.FindAllStringIndex(paras[n], 2)) < 2 {
		return false
	}
	listed := findAmounts(paras[n], "")
	for _, para := range paras[:n] {
		for _, sp := range sentences(para) {
			sent := para[sp.start:sp.end]
			as := findAmounts(sent, "")
			for i, a := range as {
				if sentenceContext(sent, as, i) == "earlier" &&
					slices.ContainsFunc(listed, func(l amount) bool { return l.Currency == a.Currency && l.Value == a.Value }) {
					return true
				}
			}
		}
	}
	return false
}

// closingSums returns the amounts of the sentences, in a list's paragraph
// or the one after it, that sum what was given so far ("In total, Japan
// has provided around ...").
func closingSums(list, next string) []amount {
	var out []amount
	for _, p := range []string{list, next} {
		for _, sp := range sentences(p) {
			if sent := p[sp.start:sp.end]; summaryClosedRe.MatchString(sent) {
				out = append(out, findAmounts(sent, "")...)
			}
		}
	}
	return out
}

// largerThanLead reports whether f is larger than every amount in the lead
// sentence, in the same currency, and the lead states one.
func largerThanLead(amounts []corpus.Fact, f corpus.Fact, lead string) bool {
	found := false
	for _, g := range amounts {
		if g.Sentence != lead || g.Amount.Currency != f.Amount.Currency {
			continue
		}
		if g.Amount.Value >= f.Amount.Value {
			return false
		}
		found = true
	}
	return found
}

// receivesTotalRe stands before what a place or recipient receives in
// all: "will receive a total contribution of ".
var receivesTotalRe = lazyre.New(`(?i)\breceiv(?:e|es|ed|ing)\s+(?:a\s+)?total\s+(?:contribution|allocation|amount|funding|sum)\s+of\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)

// followingDecisionRe opens a sentence with a decision taken before, up
// to an amount in the same clause.
var followingDecisionRe = lazyre.New(`(?i)^\W*following\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}’'-]+\s+){0,6}?(?:decision|announcement|pledge|approval|commitment)\b[^,;]{0,160}$`)

// firstItemRe opens the first item of an enumeration.
var firstItemRe = lazyre.New(`(?i)^\W*(?:the\s+)?(?:first|1st|firstly)\b`)

// withOtherRe opens a sentence that adds another amount to this one;
// inTotalAfterRe follows an amount that is the sum.
var (
	withOtherRe    = lazyre.New(`(?i)^\W*(?:with|together with|combined with|added to|including)\b`)
	inTotalAfterRe = lazyre.New(`(?i)^\s*(?:\([^)]{0,40}\)\s*)?in total\b`)
)

// clauseBreakRe joins two clauses of a sentence: ", and the", "; ".
var clauseBreakRe = lazyre.New(`(?i)(?:,\s+(?:and|but|while|whereas|with)\b|;)`)

// newClauseRe opens a clause of its own: ", and the", "; ". Unlike
// clauseBreakRe, ", with contributions of" goes on the clause before.
// So does "and is making", a verb of giving of its own after "and": "has
// responded to the appeal from the Secretary-General and is making 300
// million euro available".
var newClauseRe = lazyre.New(`(?i)(?:,\s+(?:and|but|while|whereas|leading|prompting|forcing|causing)\b|;|\s+and\s+(?:is|are|will be|has been|have been)\s+(?:now\s+)?(?:making|providing|giving|contributing|allocating|donating|committing|releasing|sending))`)

// pastYearGiftRe opens a sentence that tells a gift of a named past year
// (or fiscal year, "In 2017-18, "): "In 2016, Canada provided over ".
var pastYearGiftRe = lazyre.New(`(?i)^\W*(?:in|during)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+|(?:(?:the\s+)?(?:fiscal|financial)\s+year|FY)\s?)?((?:19|20)\d\d)(?:\s*[-–/]\s*(?:19|20)?\d\d)?,?\s+(?:[^,;]{1,60},\s+)?[^,;]{1,60}?\b(?:provided|gave|contributed|donated|allocated|pledged|granted|committed|disbursed)\b[^;]{0,40}$`)

// inNeedRe names people in need, not money needed.
var inNeedRe = lazyre.New(`(?i)\b(?:in|of) need\b`)

// totalToRe stands before a running sum however long the words between:
// "This aid will take Australia's total humanitarian commitment since the
// attacks on October 7 to over $46 million", "pushing its total donation
// for 2003 over $310 million" (the hedge the amount's own).
var totalToRe = lazyre.New(`(?i)\b(?:takes?|took|taking|brings?|brought|bringing|raises?|raised|raising|lifts?|lifted|lifting|push|pushes|pushed|pushing|increases?|increased|increasing)\b[^;.]{0,40}\btotal\b[^;.]{0,160}\b(?:(?:to|over|past|above|beyond)\s+(?:(?:about|around|almost|nearly|over|more than|some|approximately|roughly|close to)\s+)?|(?:19|20)\d\d\s+)$`)

// providedTotallingRe stands before the sum of what has been given,
// however long the list between: "the EU has provided more than 38,000
// tons of aid, including ..., totaling 373 million euros", "KSrelief has
// implemented 99 humanitarian projects in 24 countries ..., at a total cost
// of more than $1.33 billion".
var providedTotallingRe = lazyre.New(`(?i)\b(?:has|have) (?:so far |already |now )?(?:provided|given|contributed|delivered|sent)\b[^;]{0,240}\btotall?ing\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$|\b(?:(?:has|have|had)\s+)?(?:implemented|carried out|reached|completed|financed)\b[^;]{0,160}\bat a (?:total )?cost of\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)

// toBeDoneRe says projects are still to be done: "urgent response
// projects will be implemented in Iraq at a total cost of $600,000" is a
// part of the gift, not what has been done so far.
var toBeDoneRe = lazyre.New(`(?i)\b(?:will|shall|would|to|is to|are to)\s+be\s+(?:implemented|carried out|completed|financed)\b[^.;]{0,160}$`)

// giftTotallingRe stands before the amount of a gift named as one, not a
// running sum: "has given WFP a generous 3-year aid package totalling ".
var giftTotallingRe = lazyre.New(`(?i)\b(?:package|contribution|grant|donation|pledge|gift|allocation)\s+totall?ing\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)

// neededRe stands before an amount that is needed: "It will take $4.4
// billion".
var neededRe = lazyre.New(`(?i)\b(?:it|this|that)\s+(?:will|would)\s+(?:take|cost|require)\s+(?:(?:about|around|almost|nearly|over|more than|some|an estimated)\s+)?$`)

// riseFromRe stands before the old level of a sum that rises, and
// riseToRe after it: "increasing our earmarked humanitarian support for
// responses to the pandemic, from NOK 10 million to NOK 100 million". The
// new level after "to" is no context of the old one.
var (
	riseFromRe = lazyre.New(`(?i)\b(?:increas|rais|boost|doubl|tripl|lift|scal(?:e|es|ed|ing) up|step(?:s|ped|ping)? up)\w*\b[^;.]{0,160}\bfrom\s+(?:(?:about|around|almost|nearly|over|more than|some|just over)\s+)?$`)
	riseToRe   = lazyre.New(`(?i)^\s*(?:\([^)]{0,40}\)\s*)?,?\s*to\s+(?:(?:about|around|almost|nearly|over|more than|some|just over)\s+)?(?:[A-Z]{2,3}\s?|[$€£¥]|US\$|\d)`)
)

// perfectGivenRe ends with a gift told in the present perfect, just
// before its amount: "and has given ", "have contributed more than ".
// sinceYearAfterRe follows the amount in the same clause with the year the
// giving began: "... since 2018".
var (
	perfectGivenRe   = lazyre.New(`(?i)\b(?:has|have)\s+(?:\w+\s+)?(?:given|provided|contributed|donated|allocated|disbursed|committed|channell?ed|pledged|granted)\s+(?:(?:a total of|about|around|almost|nearly|over|more than|some)\s+)?$`)
	sinceYearAfterRe = lazyre.New(`(?i)^[^;.]{0,120}?\bsince (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d\b`)
)

// yearNearRe is a year named next to an amount ("in 2013").
var yearNearRe = lazyre.New(`(?i)\b(?:in|for|during)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b`)

// restOfContext gives the rest of a context sum, told in the next
// sentence, that sum's role: "Out of £26.5 million aid from the UK, £21.5m
// has been allotted to ... The remaining £5 million will go to the DEC
// appeal", beside a gift of £10 million.
func restOfContext(amounts []corpus.Fact, total int) {
	for i := 1; i < len(amounts); i++ {
		f, prev := &amounts[i], amounts[i-1]
		if i == total || f.Context != "" || prev.Paragraph != f.Paragraph || sameSentence(prev, *f) || !remainingOpensRe.MatchString(f.Sentence) {
			continue
		}
		if prev.Context == "overall" || prev.Context == "cumulative" || prev.Context == "earlier" {
			f.Context, f.Year = prev.Context, prev.Year
			f.Country, f.CountryName, f.Region, f.Sector = "", "", "", ""
		}
	}
}

// outOfOpensRe opens a sentence with the whole a part is taken out of:
// "Out of the ", "Of this ".
var outOfOpensRe = lazyre.New(`(?i)^\W*(?:out of|of|from)\s+(?:the|this|that|its|their)?\s*$`)

// outOfWhichRe stands between a whole and a part of it: ", out of which
// Jordan has got ", ", of which ".
var outOfWhichRe = lazyre.New(`(?i)\b(?:out of which|of which|from which)\b[^;.]{0,80}$`)

// remainingOpensRe opens a sentence with the rest of a sum: "The remaining
// £5 million", "The rest, $2 million,".
var remainingOpensRe = lazyre.New(`(?i)^\W*(?:the\s+)?(?:remaining|rest|balance|remainder)\b`)

// answersAppealRe opens a clause with the appeal its gift answers:
// "Following the appeal, she topped the contribution off with ", "In
// response to the UN's call, Norway gives ".
var answersAppealRe = lazyre.New(`(?i)^\W*(?:following|after|in response to|responding to|answering|heeding)\s+(?:the|an?|this|that|its|their|the\s+\w+['’]s?)\s+(?:[\w'’-]+\s+){0,4}?(?:appeal|call)s?\s*,[^,;]{0,120}$`)

// furtherGrantRe opens a sentence that adds a grant to one told before:
// "Furthermore, ... will also benefit from", "In addition, ... also".
var furtherGrantRe = lazyre.New(`(?i)^\W*(?:furthermore|in addition|moreover|additionally|besides)\s*,[^;]*\balso\b`)

// fundEnvelopeRe ends the words before what an allocation of a fund may
// spend: "with a resource envelope of ", "an allocation envelope of up to ".
var fundEnvelopeRe = lazyre.New(`(?i)\b(?:resource|funding|allocation|financial)\s+envelope\s+(?:of|worth|totall?ing)\s+(?:(?:up to|about|around|some|nearly|over)\s+)?$`)

// answeredAppealRe ends the words before a gift that answers or covers an
// appeal: "The Board responded to this appeal by approving a grant of ",
// "chose to cover the whole appeal and give ".
var answeredAppealRe = lazyre.New(`(?i)\b(?:(?:responded|responds|responding|replied|answered|answers|heeded|heeds)\s+to\s+(?:the|this|that|these|its|their|an?)\s+(?:[\w'’-]+\s+){0,3}?appeals?\s+(?:by|with)\b|(?:fund|funds|funded|funding|finance|finances|financed|cover|covers|covered|covering)\s+(?:the|this|that|its)\s+(?:entire|whole|full|complete)\s+(?:[\w'’-]+\s+){0,2}?appeal\s+(?:and|by|with)\b)[^;.]{0,60}$`)

// throughAppealRe ends the words before money a gift gives through
// appeals: "supported through their consolidated appeals, amounting to ".
var throughAppealRe = lazyre.New(`(?i)\b(?:supported|funded|financed|channell?ed|given|provided|allocated)\s+(?:through|via|to|towards?)\s+(?:their|its|the)\s+(?:[\w-]+\s+){0,3}appeals?\b[^;.]{0,30}$`)

// theTotalRe ends the words before a sum named as "the total";
// soFarAfterRe follows it with the time it was summed over.
var (
	theTotalRe   = lazyre.New(`(?i)\bthe total(?: of)?\s+$`)
	soFarAfterRe = lazyre.New(`(?i)^\s+(?:\w+\s+){0,2}?(?:this year|so far|to date|since\b|in (?:19|20)\d\d)`)
)

// yearSpanRe is a span of years: "2022-23", "2022/2023", "2022–2024".
var yearSpanRe = lazyre.New(`\b((?:19|20)\d\d)\s?[-–/]\s?\d\d`)

// spansYears reports whether sent writes year as the start of a span.
func spansYears(sent string, year int) bool {
	for _, m := range yearSpanRe.FindAllStringSubmatch(sent, -1) {
		if m[1] == strconv.Itoa(year) {
			return true
		}
	}
	return false
}

// earlierYear is the year before year that an amount's own clause names
// it for, or 0: "gave US$ 50 million in 2018", not "gave £55m in 2017,
// and the additional £21m". The arguments are amountContext's.
func earlierYear(sent string, start, end, prevEnd, nextStart, year int) int {
	ys := clauseYears(sent, start, end, prevEnd, nextStart)
	for _, y := range ys {
		if y < year {
			return y
		}
	}
	// "In 2019 alone, the EU provided close to €27 million ..., as well as
	// €9 million ... in Myanmar": a year the sentence opens with holds for
	// every amount in it that no clause gives another year.
	if m := openingYearRe.FindStringSubmatch(sent[:start]); len(ys) == 0 && m != nil {
		if y, _ := strconv.Atoi(m[1]); y < year {
			return y
		}
	}
	return 0
}

// clauseYears are the years an amount's own clause names it for, the
// nearest first: "gave US$ 50 million in 2018"; "The Commission's initial
// humanitarian budget for 2019 had already been earmarked ... and reached
// a record level of €1.6 billion", however far before the amount in its
// clause. The arguments are amountContext's.
func clauseYears(sent string, start, end, prevEnd, nextStart int) []int {
	before := sent[min(start, max(prevEnd, start-90)):start]
	after := sent[end:max(end, min(nextStart, end+60))]
	near := afterLast(clauseBreakRe, before[max(0, len(before)-40):])
	next := after[:min(len(after), 40)]
	if m := clauseBreakRe.FindStringIndex(next); m != nil {
		next = next[:m[0]]
	}
	var out []int
	// "Euros 89 million, unchanged from amount granted in 2014": the year
	// compared with is not the amount's.
	for _, m := range yearNearRe.FindAllStringSubmatch(comparedYearRe.ReplaceAllString(near+" "+next, " "), -1) {
		y, _ := strconv.Atoi(m[1])
		out = append(out, y)
	}
	for _, m := range pastBudgetRe.FindAllStringSubmatch(afterLast(newClauseRe, sent[:start]), -1) {
		y, _ := strconv.Atoi(m[1] + m[2])
		out = append(out, y)
	}
	// "In total, Switzerland's 2023 financial contribution to ... currently
	// amounts to more than CHF45 million": the year of the money that
	// is the clause's subject.
	for _, m := range yearMoneyRe.FindAllStringSubmatch(afterLast(newClauseRe, sent[:start]), -1) {
		y, _ := strconv.Atoi(m[1] + m[2])
		out = append(out, y)
	}
	return out
}

// yearMoneyRe names money by its year: "Switzerland's 2023 financial
// contribution", "its 2022 humanitarian funding".
var yearMoneyRe = lazyre.New(`(?i)['’]s?\s+((?:19|20)\d\d)\s+(?:(?:financial|humanitarian|total|overall)\s+)?(?:contribution|funding|support|aid|assistance)\b|\b(?:its|their|our)\s+((?:19|20)\d\d)\s+(?:(?:financial|humanitarian|total|overall)\s+)?(?:contribution|funding|support|aid|assistance)\b`)

// openingYearRe opens a sentence with the year it tells of: "In 2023,
// Germany was the largest donor ...".
var openingYearRe = lazyre.New(`(?i)^\W*(?:in|during)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+|(?:(?:the\s+)?(?:fiscal|financial)\s+year|FY)\s?)?((?:19|20)\d\d)(?:\s+alone)?,`)

// contextYear dates an amount that is context by the one year its clause
// names, or the year its sentence opens with ("with a total of EUR 197
// million provided in 2023"; "In 2023, Germany was the largest donor ...
// with a total of EUR 81 million"), or 0 when it names none, several, or a
// span ("$145 million in 2022-23"). The arguments are amountContext's.
func contextYear(sent string, start, end, prevEnd, nextStart int) int {
	ys := clauseYears(sent, start, end, prevEnd, nextStart)
	if len(ys) == 0 {
		if m := openingYearRe.FindStringSubmatch(sent[:start]); m != nil {
			y, _ := strconv.Atoi(m[1])
			ys = []int{y}
		}
	}
	if len(ys) == 0 || slices.ContainsFunc(ys, func(y int) bool { return y != ys[0] }) || spansYears(sent, ys[0]) {
		return 0
	}
	return ys[0]
}

// pastBudgetRe names a year's budget, appeal or plan: "budget for 2019",
// "the 2019 budget" (not a span: "for 2019-2021").
var pastBudgetRe = lazyre.New(`(?i)\b(?:budget|appeal|plan)\s+(?:for|of)\s+((?:19|20)\d\d)\b[^-–/]|\b((?:19|20)\d\d)\s+(?:humanitarian\s+)?(?:budget|appeal|plan)\b`)

// totalCueRe stands before an amount the text says is the whole: "a
// total of", "in all".
var totalCueRe = lazyre.New(`(?i)\b(a total of|totall?ing|in total|altogether|an overall)\s+(?:of\s+)?$`)

// wholeCueRe stands before an amount a sentence gives as the whole of
// what is announced: "Altogether the minister announced ... worth".
var wholeCueRe = lazyre.New(`(?i)^(?:altogether|in all|in total|all told)\b[^;]{0,80}$`)

// ownPlanAnnouncedRe stands before an amount of the plan or budget a
// donor announces as its own: "announces its plan for the allocation of".
// nowAmountsRe ends with what a contribution now amounts to: "The Swiss
// contribution now amounts to ".
var nowAmountsRe = lazyre.New(`(?i)\b(?:contribution|support|funding|aid|assistance)\s+(?:\w+\s+){0,4}?now\s+(?:amounts|comes|stands|totals)\s+(?:to|at)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)

// overComingYearsRe follows an amount given over coming years: " over
// the next 3 years"; planBeforeRe stands before a plan's amount: "the
// response plan of".
var (
	overComingYearsRe = lazyre.New(`(?i)^[^;]{0,60}?\b(over the (?:next|coming) \w+ years|over an? \w+-year period)\b`)
	planBeforeRe      = lazyre.New(`(?i)\b(?:plan|budget|appeal|strategy)\b[^;]{0,40}$`)
)

var ownPlanAnnouncedRe = lazyre.New(`(?i)\b(?:announces?|announced|adopts?|adopted|presents?|presented|unveils?|unveiled|approves?|approved)\s+(?:its|their|the|an?)\s+(?:\w+\s+){0,3}(?:plan|budget|decision)\b[^.;]{0,60}$`)

// ownBudgetRe names the donor's own budget: "its humanitarian aid budget
// for 2020".
var ownBudgetRe = lazyre.New(`(?i)\b(?:its|their|our)\s+(?:\w+\s+){0,3}budget\b`)

// partFollowsRe stands between an amount and a part of it in its
// sentence: "over $23 million in additional funding, including nearly",
// "CHF 28 million will be released, with ", "CHF 28 million: Africa gets ".
// "announced $108 million ... for the people of Syria ... This includes
// nearly": a quotation read as one sentence, its next sentence breaking
// the amount down.
var partFollowsRe = lazyre.New(`(?i)^\s*:[^;.]{0,60}$|^[^;]{0,60}(?:\b(?:including|of which|which includes|among them)|,\s*with)\s+(?:(?:about|around|almost|nearly|over|more than|some|up to)\s+)?$|^[^;]{0,240}?[.!?]\s+(?:this|that|it|the (?:new |additional )?(?:funding|assistance|aid|package|amount))\s+(?:includes?|included|comprises?|comprised)\s+(?:(?:about|around|almost|nearly|over|more than|some|up to)\s+)?$`)

// partOfPackageRe stands between an amount and the donor's own package it
// is part of: ", as part of a broader aid package to other parts of the
// world amounting to around ", " as part of its wider package of ". (Not
// another's: "as part of the EU's package of".)
var partOfPackageRe = lazyre.New(`(?i)^[^;.]{0,80}?\bas part of (?:a|an|its|their|this|our)\s+(?:[\w-]+\s+){0,3}?(?:package|envelope|allocation|programme|program|contribution|funding)\b[^;.$€£]{0,80}?\b(?:amounting to|totall?ing|worth|of|valued at|that totals|which totals)\s+(?:(?:about|around|almost|nearly|over|more than|some|approximately|roughly)\s+)?$`)

// bareScaledRe is an amount written without a currency: "46.8 million".
var bareScaledRe = lazyre.New(`(?i)\b(\d+(?:\.\d+)?)\s(million|billion)\b`)

// assignRoles gives each amount of a release its role: the total, context
// (Context set) or a part. The total is the title's amount as the body
// states it; without an amount in the title, the one amount of the
// announcing sentence, or the one it says is the total. A part, a plan or
// a cumulative figure is never the total; when the text does not make the
// total clear, the release has none.
func assignRoles(r *corpus.Release, amounts []corpus.Fact, lead string) []corpus.Fact {
	amounts = writtenTwice(amounts)
	titleFigures := releaseAmounts(r.Title, "", r.Donors)
	nowAmounts := -1 // what the donor's contribution now amounts to, next to the announcing sentence
	// Context first: an amount that is context is no part and no total.
	for i := range amounts {
		f := &amounts[i]
		start, end, prevEnd, nextStart := amountSpan(amounts, i)
		if start < 0 {
			continue
		}
		c := amountContext(f.Sentence, start, end, prevEnd, nextStart, releaseYear(r))
		// "The European Commission today announces its plan for the
		// allocation of €640 million in humanitarian aid funding during
		// 2012": the donor's own plan, announced, is the gift.
		if c == "plan" && f.Sentence == lead && ownPlanAnnouncedRe.MatchString(f.Sentence[max(0, start-100):start]) {
			c = ""
		}
		// "Switzerland is paying additional money into a United Nations
		// relief fund. The Swiss contribution now amounts to CHF3.8
		// million": in the announcing sentence, what the donor's
		// contribution now amounts to is what the release announces, with
		// the money given before in it, which the check line says.
		if c == "overall" && lead != "" && strings.Contains(r.Paragraph(f.Paragraph), lead) && nowAmountsRe.MatchString(f.Sentence[max(prevEnd, start-80):start]) {
			c = ""
			f.Check = "what the donor's contribution now amounts to, with money given before"
			nowAmounts = i
		}
		// "Belgium's minister ... has decided to allocate 19 million EURO
		// over the next 3 years to UNRWA": in the announcing sentence,
		// money over coming years is the gift, spread over them, which the
		// check line says.
		if c == "plan" && f.Sentence == lead && !planBeforeRe.MatchString(f.Sentence[max(prevEnd, start-60):start]) {
			if m := overComingYearsRe.FindStringSubmatch(f.Sentence[end:min(nextStart, end+60)]); m != nil {
				c = ""
				f.Check = fmt.Sprintf("given over several years (%q), not in one year", m[1])
			}
		}
		// "OCHA opened a reserve allocation with a resource envelope of
		// US$10 million": a pooled fund's envelope is the fund's money,
		// from its own donors; the release's is another giver's, unless
		// the release's donor is a fund.
		if c == "" && fundEnvelopeRe.MatchString(f.Sentence[max(prevEnd, start-60):start]) && !slices.ContainsFunc(r.Donors, isFund) {
			c = "other donor"
		}
		// Context is dated by the year its clause names, not the
		// release's: "In Fiscal Year 2015, ... contributed more than $1.3
		// billion" in a 2016 release is 2015's.
		if y := contextYear(f.Sentence, start, end, prevEnd, nextStart); c != "" && y != 0 {
			f.Year = y
		}
		// "Chile gave $4 million, Peru $2 million": in a list of givers,
		// each amount is the giver's named right before it, another's or
		// the release's donor's own, whoever the sentence opens with.
		listed := elidedGiver(f.Sentence, start)
		if c == "" && len(listed) > 0 && !donorsInclude(r, listed[0]) ||
			c == "" && len(listed) == 0 && (otherDonor(f.Sentence[end:min(nextStart, end+40)], r) || otherGiver(f.Sentence, r) || otherGiver(clauseBefore(f.Sentence, prevEnd, start), r) || otherSubject(f.Sentence, start, r) || localGiver(f.Sentence, start, r)) ||
			(c == "" || c == "earlier") && otherOwner(f.Sentence[max(prevEnd, start-60):start], r) ||
			// "Earlier, Chile, the host, pledged $5 million": money
			// another giver gave before is that giver's.
			c == "earlier" && otherGiver(f.Sentence, r) {
			// (An earlier year's money that another giver gave is that
			// giver's: "the European Union, which contributed Euros 516
			// million in 2013".)
			c = "other donor"
		}
		// "the OCHA-managed Pooled Funds allocated $48 million. Of this
		// amount, the Central Emergency Response Fund (CERF) allocated
		// $7 million": what several pooled funds gave together is the
		// sum of all, no one fund's gift.
		if c == "" && slices.ContainsFunc(r.Donors, isFund) && pooledFundsGaveRe.MatchString(f.Sentence[max(prevEnd, start-120):start]) {
			c = "overall"
		}
		// "In 2016, Canada provided over $100 million ...", beside a
		// release that announces what it will provide: a past year's gift,
		// even when the release states no year of its own.
		if m := pastYearGiftRe.FindStringSubmatch(f.Sentence[:start]); c == "" && m != nil && f.Sentence != lead {
			if y, _ := strconv.Atoi(m[1]); y != releaseYear(r) {
				c, f.Year = "earlier", y
			}
		}
		// "DFID is providing £665 million of assistance to Pakistan from
		// 2009 to 2013", below "The UK has given an additional £10 million":
		// a programme over several years, larger than the gift the release
		// opens with, is no part of it.
		if c == "" && f.Sentence != lead && multiYearRe.MatchString(f.Sentence[end:min(len(f.Sentence), end+80)]) && largerThanLead(amounts, *f, lead) {
			c = "plan"
		}
		// "food aid totaling 2,520 million yen ... to support chronically
		// food-insecure people in 13 countries, including the Kingdom of
		// Cambodia", below "210 million yen ... food aid to Cambodia": a
		// larger whole for many countries, the gift's among them.
		if c == "" && f.Sentence != lead && manyCountriesRe.MatchString(f.Sentence[end:]) && largerThanLead(amounts, *f, lead) {
			c = "overall"
		}
		// "In those two years, Chile provided more than $90 million to
		// help the displaced in seven countries", below a smaller gift the
		// release opens with: money for many countries, given before, is
		// no part of it.
		if c == "" && f.Sentence != lead && inManyCountriesRe.MatchString(f.Sentence[end:min(nextStart, len(f.Sentence))]) && largerThanLead(amounts, *f, lead) &&
			pastProvidedRe.MatchString(f.Sentence[max(prevEnd, start-80):start]) {
			c = "cumulative"
		}
		// "・Relief goods: ... ・Emergency grant aid: ...", under a heading
		// "[Chile's Assistance for the Floods in Peru]" and closed by "In
		// total, Chile has provided around ...": a list of all given so
		// far, each line a part of that sum, not of this gift.
		// (Or, with no such closing line, a list that restates a gift the
		// text gives as made before: "announced on February 20" above,
		// its "$ 2,000,000" in the list.)
		if c == "" && f.Sentence != lead && bulletListRe.MatchString(r.Paragraph(f.Paragraph)) && (summaryClosed(r, f.Paragraph, lead) || restatesEarlierGift(r.Paragraphs, f.Paragraph-1)) {
			c = "cumulative"
		}
		// "Since the escalation began, Norway has provided support to UN
		// organisations ... This includes the NOK 60 million support to
		// UNRWA": a part of the running sum the sentence before tells.
		// "To date, Norway has contributed NOK 10 million ... to WHO. In
		// addition, Norway has contributed NOK 15 million through its share
		// of CERF.": the running sum goes on.
		if c == "" && f.Sentence != lead && (thisIncludedRe.MatchString(f.Sentence) || inAdditionHasRe.MatchString(f.Sentence[:start])) && runningSumRe.MatchString(sentenceBefore(r, *f)) {
			c = "cumulative"
		}
		// "On 11 March, the Government of Japan decided to extend a US$
		// 25.6 million grant to UNHCR ... In addition to the previous
		// grant, this emergency grant aid ...": the sentence after calls
		// it the gift made before this one.
		if c == "" && f.Sentence != lead && len(findAmounts(f.Sentence, "")) == 1 && previousGiftRe.MatchString(sentenceAfter(r, *f)) {
			c = "earlier"
		}
		// "On top of the headquarters contribution, Switzerland has
		// earmarked CHF 50.3 million for specific ICRC humanitarian
		// operations in 2015, and is paying for 150 new delegates (CHF
		// 18.2 million over four years)": money beside the gift the
		// sentence opens with, not a part of it.
		if c == "" && f.Sentence != lead && besideGiftRe.MatchString(f.Sentence[:start]) {
			c = "other gift"
		}
		// "the Kingdom has granted in a week $500 million in partnership
		// with the UAE to fill food needs in Yemen": money given jointly
		// with another donor is that joint gift, not a part of this one.
		// It keeps its place and says whose it is: both donors'.
		joint := false
		if c == "" && f.Sentence != lead {
			if others := jointWithOther(f.Sentence[end:min(nextStart, len(f.Sentence))], r.Donors); len(others) > 0 {
				c, joint = "other gift", true
				f.Donor = strings.Join(append(slices.Clone(r.Donors), others...), ", ")
			}
		}
		// "The Government of Japan has contributed USD 5 million to WFP
		// ...", then, a paragraph later, "the Embassy also signed a USD 2
		// million agreement with UNICEF": a second programme the giver
		// signs or launches beside the gift the release announces, not a
		// part of it and no reason to drop it as the total. (Not what the
		// recipient launches with the gift: "WFP also launched".)
		if c == "" && lead != "" && f.Sentence != lead && alsoSignedGift(r, f, start, lead) {
			c = "other gift"
		}
		// "the Government of Japan recently announced the provision of
		// Emergency Grant Aid of 1 billion Japanese yen", "announced the
		// extension of Emergency Grant Aid of ... on April 27", below the
		// release's own gift: a gift announced before this one.
		// (Not the date of an event the sentence tells of: "in Ruritania,
		// where fighting that broke out in March last year goes on".)
		if c == "" && f.Sentence != lead && announcedBeforeRe.MatchString(eventDatedRe.ReplaceAllString(f.Sentence, " ")) {
			c = "earlier"
		}
		// "As of Wednesday afternoon, the Citi Foundation had announced a
		// donation of $1 million": a roundup's news as it stands, not money
		// given before it.
		if c == "earlier" && asOfRe.MatchString(f.Sentence) && hadAnnouncedRe.MatchString(f.Sentence[max(prevEnd, start-60):start]) {
			c = ""
		}
		// "pledging US$200 million during the High-Level Humanitarian
		// Conference ... held in Addis Ababa on 14th February 2025", in a
		// page published in August 2025: money given on a date a month or
		// more before the page, whatever the sentence.
		if c == "" && datedBefore(f.Sentence, r.Published, 30) {
			c = "earlier"
		}
		// "Canada has committed a total of $3.9 million to provide
		// life-saving assistance ... for refugees in Armenia", after the
		// announcing sentence's "more than $1 million" for them: the
		// donor's sum so far, unless the title states it as the gift.
		if c == "" && f.Sentence != lead && hasTotalOfRe.MatchString(f.Sentence[:start]) &&
			!slices.ContainsFunc(titleFigures, func(t amount) bool { return sameValue(t.Value, f.Amount.Value) }) {
			c = "cumulative"
		}
		// "This leaves the SDC with CHF 3 million to respond to any
		// sudden-onset disasters": money kept back for later.
		if c == "" && leftWithRe.MatchString(f.Sentence[max(prevEnd, start-60):start]) {
			c = "plan"
		}
		// "The immediate focus of the appeal is to help protect the lives
		// of up to 87 million people ... with USD 23 billion in funding":
		// what an appeal seeks.
		if c == "" && appealWithRe.MatchString(f.Sentence[max(prevEnd, start-220):start]) {
			c = "appeal"
		}
		// "Kuwait Consul General ... said his country offered USD 500,000
		// in emergency assistance", in a release whose giver is a charity
		// (Kuwait Society for Relief): the state's money, another giver's.
		if (c == "" || c == "earlier") && stateGave(f.Sentence[max(prevEnd, start-80):start]) && !slices.ContainsFunc(r.Donors, func(d string) bool { _, ok := corpus.LookupCountry(d); return ok }) {
			c = "other donor"
		}
		// "The project, which will cost USD four million ...", then "KSR
		// will contribute USD one million to the project": the whole cost
		// of a project the donor pays a share of.
		if (c == "" || c == "cumulative") && projectCostRe.MatchString(f.Sentence[max(prevEnd, start-80):start]) && slices.ContainsFunc(amounts, func(g corpus.Fact) bool {
			return g.Amount.Currency == f.Amount.Currency && g.Amount.Value < f.Amount.Value && shareOfProjectRe.MatchString(g.Sentence)
		}) {
			c = "overall"
		}
		// "the amount of Seoul's relief for Japan is likely to exceed the
		// $12.5 million provided to quake-stricken Haiti in January last
		// year": money given before, named to compare.
		if c == "" && exceedTheRe.MatchString(f.Sentence[max(prevEnd, start-40):start]) && givenAfterRe.MatchString(f.Sentence[end:min(len(f.Sentence), end+80)]) {
			c = "earlier"
		}
		// "In April, Ireland pledged €15 million ... over the period
		// 2005-2007", in a page published in June: money given in a month
		// before the page's.
		if c == "" && f.Sentence != lead && monthBefore(f.Sentence, r.Published) {
			c = "earlier"
		}
		// "Last Tuesday, the administration said it was providing an
		// initial US$24 million", below the release's own gift: money
		// announced days before.
		if c == "" && f.Sentence != lead && lastDaysRe.MatchString(f.Sentence[:start]) {
			c = "earlier"
		}
		if c != "" {
			f.Context = c
			if !joint {
				f.Country, f.CountryName, f.Region, f.Sector = "", "", "", ""
			}
		}
	}

	// "rises by more than NOK 1 billion, to almost NOK 5 billion": an
	// amount joined to a context amount before it shares its context.
	included := -1 // the last amount read as a part of the context amount before
	for i := 1; i < len(amounts); i++ {
		f, prev := &amounts[i], amounts[i-1]
		// "In Fiscal Year 2015, the United States contributed more than
		// $1.3 billion to UNHCR. This included nearly $352 million ...
		// Syria crisis": a part of the context amount just before; and
		// so is the next part of that sentence ("This includes $65
		// million in immediate life-saving assistance ..., and at least
		// $35 million in ongoing humanitarian assistance to 2024").
		// (Or in the next paragraph, which it opens: "In total, the
		// Commission allocated €926 million ...", then "Of this money, €860
		// million went to ... Ukraine".)
		// (A sum so far or money given before: "Of that sum, 700,000
		// euros will go to WFP" after a restatement of the gift keeps
		// being the gift's part.)
		nextPara := f.Paragraph == prev.Paragraph+1 && strings.HasPrefix(r.Paragraph(f.Paragraph), f.Sentence) && (prev.Context == "cumulative" || prev.Context == "earlier")
		// (Not the release donor's own amount, its clause naming it as
		// giving: "Of this amount, the Central Emergency Response Fund
		// (CERF) allocated $7 million", in CERF's release.)
		if f.Context == "" && prev.Context != "" && (!sameSentence(prev, *f) || included == i-1) && (prev.Paragraph == f.Paragraph || nextPara) && thisIncludedRe.MatchString(f.Sentence) && !donorGivesInClause(amounts, i, r) {
			f.Context, f.Year = prev.Context, prev.Year
			f.Country, f.CountryName, f.Region, f.Sector = "", "", "", ""
			included = i
			continue
		}
		// "Earlier this year, the Ministry donated €14 million to
		// southern Africa ... Another €1 million went to NGOs in
		// Zimbabwe": the next sentence goes on with the money before.
		if f.Context == "" && prev.Context == "earlier" && !sameSentence(prev, *f) && prev.Paragraph == f.Paragraph && f.Sentence != lead && goesOnEarlierRe.MatchString(f.Sentence) {
			f.Context, f.Year = prev.Context, prev.Year
			f.Country, f.CountryName, f.Region, f.Sector = "", "", "", ""
			continue
		}
		if f.Context != "" || prev.Context == "" || !sameSentence(prev, *f) {
			continue
		}
		prevStart, prevEnd, _, _ := amountSpan(amounts, i-1)
		start, end, _, _ := amountSpan(amounts, i)
		// "Sweden gave $4 million, and Chile $6 million" in Chile's
		// release: the donor's own amount in a list of givers is not the
		// other giver's before it.
		if g := elidedGiver(f.Sentence, max(start, 0)); len(g) > 0 && donorsInclude(r, g[0]) {
			continue
		}
		// "from NOK 10 million to NOK 100 million": the new level is not
		// the old one's context. Announced, it can be the gift; told
		// beside the gift ("increasing Sweden's support from SEK 50
		// million to SEK 85 million", after "SEK 35 million will go to
		// the OHCHR"), it is the sum the gift brings the support to.
		if prev.Context == "earlier" && prevStart >= 0 && riseFromRe.MatchString(f.Sentence[:prevStart]) {
			if f.Sentence != lead {
				f.Context = "cumulative"
				f.Country, f.CountryName, f.Region, f.Sector = "", "", "", ""
			}
			continue
		}
		// "EUR 5 million [$5.6 million]": a restatement is the same
		// money, with the same role.
		// "Earlier this year, Korea sent $10 million to Syria and $500,000
		// to Yemen": a list under one opening cue shares it.
		// "The agreement adds to the €3.6 million that ... had already
		// given the Agency in 2017, and to a €400,000 contribution from
		// the AECID": the next item of what the gift adds to.
		if prev.Context == "earlier" && prevStart >= 0 && start > prevEnd && andToNextRe.MatchString(f.Sentence[prevEnd:start]) && addsToRe.MatchString(f.Sentence[:prevStart]) {
			f.Context, f.Year = prev.Context, prev.Year
			f.Country, f.CountryName, f.Region, f.Sector = "", "", "", ""
			continue
		}
		// "Out of the DKK 50 million, 33 million will go to UNRWA": a part
		// taken out of a whole that is the gift or holds it, which the
		// whole's role does not make context.
		if prev.Context == "overall" && prevStart >= 0 && outOfOpensRe.MatchString(f.Sentence[:prevStart]) {
			continue
		}
		if prevEnd >= 0 && start > prevEnd && (joinedRe.MatchString(f.Sentence[prevEnd:start]) || ofThatRe.MatchString(f.Sentence[end:]) || restates(prev, *f) ||
			// "signed an agreement in September 2016 to provide 2
			// million dollars ..., out of which Jordan has got 1.5
			// million dollars": a part of the context amount.
			(prev.Context == "earlier" || prev.Context == "cumulative" || prev.Context == "overall") && outOfWhichRe.MatchString(f.Sentence[prevEnd:start]) ||
			(prev.Context == "earlier" || prev.Context == "cumulative" || prev.Context == "overall") && joinedPlaceRe.MatchString(f.Sentence[prevEnd:start]) ||
			// "has provided nearly US$37 million to date ... in response
			// to the hurricane, including over US$22 million to Jamaica,
			// US$11 million for Haiti": the first item of the sum's
			// breakdown (the next are joinedPlaceRe's), not the new gift
			// ("including the new $5 million").
			f.Context == "" && (prev.Context == "earlier" || prev.Context == "cumulative" || prev.Context == "overall") && includingFirstRe.MatchString(f.Sentence[prevEnd:start]) &&
				!fromGiverAfterRe.MatchString(f.Sentence[end:]) ||
			// "behind the United States ($256 million) and Japan ($104
			// million)": a list of givers and their amounts.
			(prev.Context == "overall" || prev.Context == "other donor") && joinedGiverRe.MatchString(f.Sentence[prevEnd:start]) ||
			// "Angola received €11.1 million, Eritrea €3.6 million and
			// Ethiopia €2 million", "(Sweden: €60 million, Germany: €320
			// million ...)": a list with its verb left out.
			prev.Context != "appeal" && prev.Context != "plan" && joinedElidedRe.MatchString(f.Sentence[prevEnd:start]) ||
			// "the coordinated appeals from the UN (GHRP) for around 2.01
			// billion dollars and from the Red Cross ... for 800 million
			// Swiss francs": the next appeal of the list.
			prev.Context == "appeal" && joinedAppealRe.MatchString(f.Sentence[prevEnd:start])) {
			f.Context = prev.Context
			if prev.Context == "earlier" {
				f.Year = prev.Year // "In 2019, it gave $5 million to Chad and $2 million to Niger"
			}
			f.Country, f.CountryName, f.Region, f.Sector = "", "", "", ""
		}
	}

	total := -1
	sameAsTotal := -1 // a hedged statement of the total, before it
	pkg := -1         // a package the lead's first amount is said to be part of
	titleAmounts := releaseAmounts(r.Title, "", r.Donors)
	if cur := donorDollar(r.Donors); cur != "" {
		for i := range titleAmounts {
			if _, ok := localDollar(titleAmounts[i].Stated); ok {
				titleAmounts[i].Currency = cur
			}
		}
	}
	if len(titleAmounts) > 0 {
		t := titleAmounts[0]
		for i := range amounts {
			// "European Commission adopts €900 million humanitarian aid
			// package", then "the adoption of its humanitarian aid budget
			// for 2020, amounting to €900 million": the donor's own
			// budget, which the title announces, is the gift.
			if f := &amounts[i]; f.Context == "plan" && f.Amount.Currency == t.Currency && sameValue(f.Amount.Value, t.Value) && ownBudgetRe.MatchString(f.Sentence) {
				f.Context = ""
			}
		}
		// "$9.9 billion pledged for Haiti", the text saying "nearly 50
		// donors pledged $9.9 billion": a headline figure the text gives
		// to other givers is theirs wherever it is stated again ("the
		// $9.9 billion includes ..."), never this donor's total.
		// (Only of a title that names no giver: "New $2.5 Million Grant
		// from the Netherlands" is the Netherlands' whatever Canada gave.)
		othersGaveTitle := !slices.ContainsFunc(donorsIn(r.Title), func(d string) bool { return slices.Contains(r.Donors, d) }) && slices.ContainsFunc(amounts, func(g corpus.Fact) bool {
			return g.Context == "other donor" && g.Amount.Currency == t.Currency && sameValue(g.Amount.Value, t.Value)
		})
		for i, f := range amounts {
			if othersGaveTitle && f.Context == "" && f.Amount.Currency == t.Currency && sameValue(f.Amount.Value, t.Value) {
				amounts[i].Context = "other donor"
				continue
			}
			if f.Context == "" && f.Amount.Currency == t.Currency && sameValue(f.Amount.Value, t.Value) {
				// "U.S. Sends $310 Million to U.N. Refugee Agency in
				// 2003", the headline again, over "another $13 million
				// ..., pushing its total donation for 2003 over $310
				// million": a figure only the headlines state as given,
				// the text as a sum so far, is that sum.
				if headlineAgain(r.Title, f.Sentence) && slices.ContainsFunc(amounts, func(g corpus.Fact) bool {
					return g.Context == "cumulative" && g.Amount.Currency == t.Currency && sameValue(g.Amount.Value, t.Value)
				}) {
					amounts[i].Context = "cumulative"
					continue
				}
				total = i
				// "£61 million ($76 million)": the title restates the
				// donor's own figure; the total is the figure as given.
				if i > 0 && restates(amounts[i-1], f) {
					total = i - 1
				}
				break
			}
		}
		// "Bank approves $500,000 for Chad", the text first telling of
		// one grant (its figure unread or misprinted) and then
		// "Furthermore, flood victims will also benefit from a $500,000
		// grant": the title's figure may be either grant, the second is
		// one more; no total. (The first grant's figure a thousand
		// times the title's, "US$ 500,000.0 million", is misprinted: it
		// is shown as no part.)
		// Only when an earlier sentence's grant is the title's figure
		// again or that misprint: "In addition, Japan will also give $3
		// million", after "Japan gave $8 million last year", is the
		// title's gift.
		if total >= 0 && furtherGrantRe.MatchString(amounts[total].Sentence) && slices.ContainsFunc(amounts[:total], func(g corpus.Fact) bool {
			return g.Sentence != amounts[total].Sentence && g.Amount.Currency == t.Currency && (g.Amount.Value == t.Value || g.Amount.Value >= 1000*t.Value)
		}) {
			for i := range amounts[:total] {
				if f := &amounts[i]; f.Context == "" && f.Amount.Currency == t.Currency && f.Amount.Value >= 1000*t.Value {
					f.Context = "overall"
				}
			}
			total = -1
		}
		// "Finland grants almost 15 million euros", the announcing
		// sentence "has granted 14.9 million euros": the title's hedged
		// figure rounds the one the text states exactly.
		if total < 0 && t.Approximate {
			total = roundedInTitle(amounts, t, lead)
		}
		// "Three Foundations Award $3 Million in Tsunami Relief", the
		// announcing sentence "grants that together come to $3.2
		// million": a title's round figure for the exact one.
		if total < 0 && !t.Approximate {
			total = roundFigureInTitle(amounts, t, lead)
		}
		// "Ireland contributes over €150m to humanitarian crises", the
		// announcing sentence saying "Ireland has already provided over
		// €150 million for humanitarian crises across the world in 2024":
		// the year's sum so far is what the release announces. It is the
		// total, with a check saying how the text states it. (Not when the
		// sentence states a gift too: "Japan gives $5 million to WFP,
		// bringing its total to $100 million", under "Japan's aid to WFP
		// tops $100 million".)
		leadGift := slices.ContainsFunc(amounts, func(g corpus.Fact) bool { return g.Sentence == lead && g.Context == "" })
		for i := range amounts {
			if leadGift {
				break
			}
			f := &amounts[i]
			if total >= 0 || f.Sentence != lead || f.Context != "earlier" && f.Context != "cumulative" || headlineAgain(r.Title, f.Sentence) ||
				f.Year != 0 && f.Year != releaseYear(r) || f.Amount.Currency != t.Currency || !sameValue(f.Amount.Value, t.Value) {
				continue
			}
			f.Context, f.Year = "", releaseYear(r)
			f.Check = "the title's figure; the text states it as given so far, not as one new gift"
			total = i
		}
		if total < 0 {
			// "a total of 46.8 million": the title's figure without its
			// currency.
			if f, ok := bareTotal(r, t); ok {
				amounts = append(amounts, f)
				total = len(amounts) - 1
			}
		}
		// "Finland announces EUR 16 mln in humanitarian aid to Ukraine",
		// the text going on with EUR 2 million it also gives for Sudan
		// and more: the title's gift is one of several, no total.
		if total >= 0 && (giftElsewhere(r, amounts, total) || giftToAnother(amounts, total)) {
			total = -1
		}
	} else if lead != "" {
		var inLead []int
		for i, f := range amounts {
			if f.Sentence == lead && f.Context == "" {
				inLead = append(inLead, i)
			}
		}
		// "Switzerland is paying additional money into a United Nations
		// relief fund. The Swiss contribution now amounts to CHF3.8
		// million.": an announcing sentence with no figure, and what the
		// contribution now amounts to next to it.
		if len(inLead) == 0 && nowAmounts >= 0 {
			inLead = append(inLead, nowAmounts)
		}
		switch {
		case len(inLead) == 1:
			total = inLead[0]
		case len(inLead) >= 2 && restatesAll(amounts, inLead):
			// "AED40.4 million (approximately $11m, or £8.4m)": one
			// amount, written again in other currencies.
			total = inLead[0]
		case len(inLead) > 1:
			f := amounts[inLead[0]]
			start, end, _, next := amountSpan(amounts, inLead[0])
			// "a total of $23 million", or "over $23 million ...,
			// including nearly $10 million for Somalia".
			if start >= 0 && (totalCueRe.MatchString(f.Sentence[:start]) || next > end && partFollowsRe.MatchString(f.Sentence[end:next])) {
				total = inLead[0]
			}
			// "sending 16 million euros to Ukraine, as part of a
			// broader aid package ... amounting to around 36.5 million
			// euros": the donor's own package is the whole, the first
			// amount a part of it.
			if start >= 0 && total < 0 && inLead[1] == inLead[0]+1 && next > end && partOfPackageRe.MatchString(f.Sentence[end:next]) {
				total, pkg = inLead[1], inLead[1]
			}
		}
		// Without the title's word for it, an amount is the total only if
		// the others can be its parts (none larger, and together no more),
		// and it is not itself one recipient's share of a release that
		// funds several ("SEK 89 million ... channelled through OCHA and
		// UNICEF", when Mercy Corps and OHCHR get money too).
		// Nor is the first of several items ("The first agreement signed
		// to provide ... $16 Million", then "Second agreement", "Third").
		// "has mobilized over half a billion dollars in new resources",
		// then "to provide up to $545 million in total for the three
		// countries": the hedged figure stated exactly next; the exact one
		// is the total and the hedged one the same money.
		if total >= 0 {
			if j := statedExactlyNext(amounts, total); j >= 0 {
				sameAsTotal, total = total, j
			}
		}
		if total >= 0 && (!canBeTotal(amounts, total) || forSomeRecipients(amounts[total], r, amounts) || firstItemRe.MatchString(amounts[total].Sentence) || giftElsewhere(r, amounts, total) || giftToAnother(amounts, total)) {
			total, sameAsTotal = -1, -1
			// A package that cannot be the total is still no part of
			// itself.
			if pkg >= 0 {
				amounts[pkg].Context = "overall"
				amounts[pkg].Country, amounts[pkg].CountryName, amounts[pkg].Region, amounts[pkg].Sector = "", "", "", ""
			}
		}
	}
	// Given to each of several, it is each one's part (rule_each.go).
	if total >= 0 {
		if start, end, _, _ := amountSpan(amounts, total); start >= 0 && perItem(amounts[total].Sentence, start, end) {
			total = -1
		}
	}
	// "Altogether ... worth SEK 100 million: ...": a sentence that says
	// it gives the whole.
	if total < 0 && len(titleAmounts) == 0 {
		for i, f := range amounts {
			if start, _, _, _ := amountSpan(amounts, i); start >= 0 && f.Context == "" && wholeCueRe.MatchString(f.Sentence[:start]) && canBeTotal(amounts, i) {
				total = i
				break
			}
		}
	}
	// "EU Provides Additional $2.25Mln", the text first giving the
	// dollars and later "EUR 2 million [$2.25 million]": the donor's own
	// figure, wherever it stands.
	for k := total + 1; total >= 0 && !restatedAt(amounts, total) && k < len(amounts); k++ {
		if amounts[k-1].Context == "" && restates(amounts[k-1], amounts[k]) && sameMoney(amounts[k], amounts[total]) {
			total = k - 1
		}
	}
	// "Sweden ups humanitarian spending by US$46 million", a figure the
	// text never states: the title's, said to be the title's alone.
	if total < 0 && len(titleAmounts) == 1 {
		if f, ok := titleOnlyTotal(r, titleAmounts[0], amounts); ok {
			amounts = append([]corpus.Fact{f}, amounts...)
			total = 0
		}
	}
	// "Over $200 Million" in the headlines, "$201 million pledged by the
	// Government of the Netherlands" in the text: the figure stated
	// exactly is the total, the hedged one the same money rounded.
	if total >= 0 && amounts[total].Amount.Approximate {
		for i, f := range amounts {
			if i != total && f.Context == "" && !f.Amount.Approximate && f.Paragraph >= amounts[total].Paragraph && sameMoney(f, amounts[total]) && !restatedAt(amounts, i) {
				total = i
				break
			}
		}
	}
	// A part is never larger than the whole (rule_outsized.go).
	outsizedParts(amounts, total)
	inKindBesideCash(amounts, total)
	restOfContext(amounts, total)
	otherListRows(amounts, total)
	if total >= 0 {
		f := &amounts[total]
		f.Total = true
		// The total keeps a sector its sentence ties it to ("USD 17
		// million in core funding"): the whole gift is for it.
		f.Country, f.CountryName, f.Region = "", "", ""
		// The total is to a recipient only when the title or its own
		// sentence names it: the one organisation a release names is not
		// thereby the one its whole gift goes to ("£61 million" of which
		// "£5 million for the UN World Food Programme").
		// A sentence that states the total again counts too ("Germany
		// provides 7 million euros ...", then "an agreement to provide
		// UNFPA ... with 7 million euros").
		if len(r.Recipients) > 1 && !onlyRecipientOfGift(r, amounts, total) || f.Recipient != "" && !namesOrg(r.Title, f.Recipient) && !namesOrg(f.Sentence, f.Recipient) && !restatedFor(amounts, total, f.Recipient) {
			f.Recipient = ""
		}
		// "The Government is allocating SEK 120 million for efforts to
		// fight hunger in Gaza, Sudan and Ukraine. This support will be
		// channelled through the World Food Programme (WFP).": the
		// sentence after the total says where the whole of it goes.
		// "to donate US$6 million next year to a U.N. fund", the fund
		// named later (findRecipients): the total is the fund's.
		if f.Recipient == "" && r.Recipient != "" && len(r.Recipients) <= 1 && (giftChannelledTo(r, *f) || unFundRe.MatchString(f.Sentence) && isFund(r.Recipient)) {
			f.Recipient = r.Recipient
		}
		// "UK supports UN and Red Cross Disaster Appeals": the UN, which
		// is no one organisation, shares it.
		if f.Recipient != "" && (corpus.SharedWithUN(r.Title) || corpus.SharedWithUN(f.Sentence)) {
			f.Recipient = ""
		}
		// "Emergency Grant Aid of four million seven hundred thousand US
		// dollars through three organizations, including UNICEF": one of
		// several, named as an example, does not get the whole.
		if severalIncludingRe.MatchString(f.Sentence) {
			// (Nor is it the release's recipient when the release names
			// no other.)
			if r.Recipient != "" && len(r.Recipients) <= 1 {
				r.Recipient = ""
			}
			f.Recipient = ""
		}
		// "The funds, which will partially go to WFP": the organisation
		// gets some of it, not the whole.
		if f.Recipient != "" && corpus.PartlyTo(r.Paragraphs, func(text string) bool { return namesOrg(text, f.Recipient) }) {
			f.Recipient = ""
		}
		// "$100 million to meet the humanitarian needs in Gaza, including
		// support for ... UNRWA": the organisation named as one use of the
		// money among others gets a share, not the whole.
		if rec := f.Recipient; rec != "" && !namesOrg(r.Title, rec) && corpus.NamedOnlyAfterIncluding(f.Sentence, func(t string) bool { return namesOrg(t, rec) }) {
			f.Recipient = ""
		}
	}
	// A restatement in another currency ("£61 million ($76 million)") is
	// the same money: it stays in its sentence, not as a fact of its own.
	// The total stated again ("the CHF 56 million contribution") is the
	// same money too.
	kept := make([]corpus.Fact, 0, len(amounts))
	for i, f := range amounts {
		if i > 0 && restates(amounts[i-1], f) || i == sameAsTotal && total >= 0 {
			continue
		}
		if total >= 0 && i != total && f.Context == "" && sameMoney(f, amounts[total]) && !moreMoney(f) {
			continue
		}
		// The total's restatement stated again elsewhere ("$2.25
		// million" before "EUR 2 million [$2.25 million]") is the same
		// money too.
		if total >= 0 && total+1 < len(amounts) && i != total+1 && f.Context == "" && restates(amounts[total], amounts[total+1]) && sameMoney(f, amounts[total+1]) && !moreMoney(f) {
			continue
		}
		// "the SEK 25 million top-up": an amount stated before, named
		// again. (Not the total: "The $3 million provided by the CERF
		// enabled UNICEF ...", the exact figure after "More than $3
		// million was provided", is kept as the total, whose hedged
		// first statement is the same money.)
		if i != total && refersBack(f, amounts[max(0, i-maxLookBack):i]) {
			// "The Government will match public donations up to GBP5
			// million for a flood appeal. Ministers announced GBP15
			// million of aid, which includes the GBP5 million match
			// funding": money first read as context, named again in the
			// total's sentence as included in it, is a part of the total.
			if start := indexStated(f.Sentence, f.Amount.Stated); total >= 0 && sameSentence(f, amounts[total]) && start >= 0 &&
				includesTheRe.MatchString(f.Sentence[:start]) {
				for j := range kept {
					if kept[j].Context != "" && sameMoney(kept[j], f) {
						kept[j].Context, kept[j].Year = "", amounts[total].Year
					}
				}
			}
			continue
		}
		kept = append(kept, f)
	}
	amounts = kept
	// A part for one of several recipients: "NOK 45 million will go to the
	// World Food Programme", "Through UNHCR: 12.1 million US dollars".
	for i := range amounts {
		f := &amounts[i]
		if f.Total {
			continue
		}
		f.Recipient = partRecipient(f, statedAt(amounts, i), r)
	}
	amounts = oncePerRecipient(splitEach(r, amounts))
	nestedParts(amounts) // rule_nested.go
	return amounts
}

// oncePerRecipient keeps a part stated again for the same recipient in
// another sentence once ("allocate another 20 million to the work of the
// ICRC in Ukraine", then the breakdown's "SEK 20 million for the ICRC"):
// the first, with the place the other names if it names none. Read as two,
// it would be money given twice.
func oncePerRecipient(amounts []corpus.Fact) []corpus.Fact {
	out := amounts[:0]
	for _, f := range amounts {
		i := slices.IndexFunc(out, func(g corpus.Fact) bool {
			return !g.Total && !f.Total && g.Context == "" && f.Context == "" && g.Recipient != "" && g.Recipient == f.Recipient &&
				!sameSentence(g, f) && sameMoney(g, f) && (g.Country == f.Country || g.Country == "" || f.Country == "") && g.Region == f.Region
		})
		if i < 0 {
			out = append(out, f)
			continue
		}
		if out[i].Country == "" {
			out[i].Country, out[i].CountryName = f.Country, f.CountryName
		}
	}
	return out
}

// amountSpan finds amounts[i] in its sentence, and the ends of the amounts
// stated before and after it there. The amounts of a sentence stand
// together in amounts, so only its neighbours are looked at.
func amountSpan(amounts []corpus.Fact, i int) (start, end, prevEnd, nextStart int) {
	f := &amounts[i]
	start = statedAt(amounts, i)
	if start < 0 {
		return -1, -1, 0, 0
	}
	end = start + len(f.Amount.Stated)
	prevEnd, nextStart = 0, len(f.Sentence)
	for j := i - 1; j >= 0 && sameSentence(amounts[j], *f); j-- {
		if at := statedAt(amounts, j); at >= 0 && at < start {
			prevEnd = max(prevEnd, min(at+len(amounts[j].Amount.Stated), start))
		}
	}
	for j := i + 1; j < len(amounts) && sameSentence(amounts[j], *f); j++ {
		if at := statedAt(amounts, j); at >= end && at < nextStart {
			nextStart = at
		}
	}
	return start, end, prevEnd, nextStart
}

func sameSentence(a, b corpus.Fact) bool {
	return a.Paragraph == b.Paragraph && a.Sentence == b.Sentence
}

// maxLookBack bounds how far back an amount named again is looked for.
const maxLookBack = 64

func sameValue(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 0.005*math.Max(a, b)
}

// titleHedgeRe reads the hedge a title's rounded figure opens with:
// below ("almost", "nearly"), above ("over", "more than") or either
// ("about", "some"), in English, Spanish ("más de", "casi") or French
// ("plus de", "près de").
var titleHedgeRe = lazyre.New(`(?i)^(?:(almost|nearly|close to|just under|under|up to|casi|cerca de|hasta|près de|presque|jusqu'à|jusqu’à)|(over|more than|above|just over|in excess of|más de|plus de)|(about|around|some|approximately|roughly|an estimated|alrededor de|aproximadamente|unos|unas|en torno a|environ|quelque))\s`)

// roundedInTitle returns the index of the one amount of the announcing
// sentence, not context and in the title's currency, that the title's
// hedged figure t rounds: within a tenth of it on the side its hedge says
// ("almost 15 million euros" for 14.9 million; "over $40 million" for
// $41.2 million), within a twentieth for "about". -1 when none or several.
func roundedInTitle(amounts []corpus.Fact, t amount, lead string) int {
	m := titleHedgeRe.FindStringSubmatch(t.Stated)
	if m == nil || lead == "" {
		return -1
	}
	found := -1
	for i, f := range amounts {
		if f.Sentence != lead || f.Context != "" || f.Amount.Currency != t.Currency || f.Amount.Approximate {
			continue
		}
		v, want := f.Amount.Value, t.Value
		ok := m[1] != "" && v < want && v >= 0.9*want || m[2] != "" && v > want && v <= 1.1*want || m[3] != "" && math.Abs(v-want) <= 0.05*want
		if !ok {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// statedExactlyNext returns the index of the amount that states the
// hedged amounts[h] exactly, next after it: the next amount that is no
// context, in the same or the next paragraph, in its currency, said to be
// a total ("up to $545 million in total", "a total of $545 million"), and
// on the side of the hedge within a tenth ("over half a billion" is at
// least 500 million and at most 550 million). -1 when there is none.
func statedExactlyNext(amounts []corpus.Fact, h int) int {
	hf := amounts[h]
	m := titleHedgeRe.FindStringSubmatch(hf.Amount.Stated)
	if m == nil {
		return -1
	}
	for i := h + 1; i < len(amounts); i++ {
		f := amounts[i]
		if restates(amounts[i-1], f) || f.Context != "" {
			continue
		}
		if f.Paragraph > hf.Paragraph+1 || f.Amount.Currency != hf.Amount.Currency {
			return -1
		}
		start, end, _, next := amountSpan(amounts, i)
		if start < 0 || !totalCueRe.MatchString(f.Sentence[:start]) && !inTotalAfterRe.MatchString(f.Sentence[end:next]) {
			return -1
		}
		v, want := f.Amount.Value, hf.Amount.Value
		if m[1] != "" && v <= want && v >= 0.9*want || m[2] != "" && v >= want && v <= 1.1*want || m[3] != "" && math.Abs(v-want) <= 0.05*want {
			return i
		}
		return -1
	}
	return -1
}

// roundFigureInTitle returns the index of the one amount of the
// announcing sentence, not context and in the title's currency, that the
// title's unhedged whole figure t ("$3 Million", "€2 billion") rounds:
// within half a unit of its scale and a tenth of its value, and not equal
// to it. -1 when none or several.
func roundFigureInTitle(amounts []corpus.Fact, t amount, lead string) int {
	m := roundFigureRe.FindStringSubmatch(t.Stated)
	if m == nil || lead == "" {
		return -1
	}
	unit := 1e6
	if strings.HasPrefix(strings.ToLower(m[2]), "b") {
		unit = 1e9
	}
	// "€3.7 Million" over "€3.725 million": rounded to a tenth.
	if m[1] != "" {
		unit /= 10
	}
	found := -1
	for i, f := range amounts {
		if f.Sentence != lead || f.Context != "" || f.Amount.Currency != t.Currency || f.Amount.Approximate {
			continue
		}
		d := math.Abs(f.Amount.Value - t.Value)
		if d == 0 || d >= 0.5*unit || d > 0.1*t.Value {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// roundFigureRe is a whole number of millions or billions, or one with a
// tenth, as a title rounds a figure: "$3 Million", "EUR 2 bn", "€3.7
// Million" (not "$3.25 million").
var roundFigureRe = lazyre.New(`(?i)(?:^|[^\d.,])\d{1,3}(\.\d)?\s?(million|billion|mln|bln|bn|mn|m)\b`)

// bareTotal finds, in the first paragraphs, the title's amount written
// without a currency ("a total of 46.8 million"), and makes it the total
// with the title's currency, flagged for a person to check.
func bareTotal(r *corpus.Release, t amount) (corpus.Fact, bool) {
	for i, para := range r.Paragraphs[:min(3, len(r.Paragraphs))] {
		for _, sp := range sentences(para) {
			sent := para[sp.start:sp.end]
			for _, m := range bareScaledRe.FindAllStringSubmatchIndex(sent, -1) {
				v, err := strconv.ParseFloat(sent[m[2]:m[3]], 64)
				if err != nil {
					continue
				}
				if strings.EqualFold(sent[m[4]:m[5]], "billion") {
					v *= 1e9
				} else {
					v *= 1e6
				}
				if !sameValue(v, t.Value) || len(findAmounts(sent[max(0, m[0]-6):m[1]], "")) > 0 {
					continue
				}
				f := corpus.Fact{Kind: corpus.KindAmount, Paragraph: i + 1, Sentence: sent, Donor: strings.Join(r.Donors, ", "), Recipient: r.Recipient, Year: r.Year,
					Amount: &corpus.Amount{Stated: sent[m[0]:m[1]], Value: t.Value, Currency: t.Currency},
					Check:  fmt.Sprintf("currency %s taken from the title; the text gives the amount without one", t.Currency)}
				return f, true
			}
		}
	}
	return corpus.Fact{}, false
}

// sameMoney reports whether two amounts state the same figure in the same
// currency.
func sameMoney(a, b corpus.Fact) bool {
	return a.Amount.Currency == b.Amount.Currency && sameValue(a.Amount.Value, b.Amount.Value)
}

// restatedAt reports whether amounts[i] is followed by its own
// restatement in another currency.
func restatedAt(amounts []corpus.Fact, i int) bool {
	return i+1 < len(amounts) && restates(amounts[i], amounts[i+1])
}

// namesOrg reports whether s names the organisation acronym stands for.
func namesOrg(s, acronym string) bool {
	return slices.ContainsFunc(orgMentions(s), func(m orgMention) bool { return m.acronym == acronym })
}

// titleOnlyCheck is the check: reason of a total only the title states.
const titleOnlyCheck = "total stated only in the title; the text does not state it"

// titleOnlyTotal makes the title's one amount the release's total when the
// text never states that figure in any role and what it does state adds up
// to it: no amounts besides context, or parts in the title's currency that
// sum to it (with their restatements in other currencies, and nothing else
// in another currency, which could be more money). The fact's paragraph is
// 0, the title, and it says so for a person to check.
func titleOnlyTotal(r *corpus.Release, t amount, amounts []corpus.Fact) (corpus.Fact, bool) {
	if amountContext(r.Title, t.start, t.end, 0, len(r.Title), 0) != "" {
		return corpus.Fact{}, false
	}
	sum, seen := 0.0, map[float64]bool{}
	for i, a := range amounts {
		if a.Amount.Currency == t.Currency && sameValue(a.Amount.Value, t.Value) {
			return corpus.Fact{}, false // stated in the text, in a role that is not the total
		}
		if a.Context != "" {
			continue
		}
		if a.Amount.Currency != t.Currency {
			restated := i > 0 && amounts[i-1].Amount.Currency == t.Currency && restates(amounts[i-1], a) ||
				i+1 < len(amounts) && amounts[i+1].Amount.Currency == t.Currency && restates(a, amounts[i+1])
			if !restated {
				return corpus.Fact{}, false
			}
			continue
		}
		if seen[a.Amount.Value] || listSubPart(amounts, i) {
			continue
		}
		seen[a.Amount.Value] = true
		sum += a.Amount.Value
	}
	if len(seen) > 0 && !sameValue(sum, t.Value) && !(t.Approximate && sum > t.Value && sum <= t.Value*1.05) {
		return corpus.Fact{}, false
	}
	f := corpus.Fact{Kind: corpus.KindAmount, Paragraph: 0, Sentence: r.Title, Donor: strings.Join(r.Donors, ", "), Year: r.Year,
		Amount: &corpus.Amount{Stated: t.Stated, Value: t.Value, Currency: t.Currency, Approximate: t.Approximate}, Check: titleOnlyCheck}
	if len(r.Recipients) <= 1 {
		f.Recipient = r.Recipient
	}
	return f, true
}

// restatedFor reports whether another sentence states amounts[total]
// again, as money for recipient: the one amount of that sentence, not the
// whole a part of it is taken from ("Of the nine million euros, two
// million euros will go to UNHCR").
// thisGiftOpensRe opens a sentence about the gift just announced: "This
// support", "The funding", "These funds".
var thisGiftOpensRe = lazyre.New(`^\W*(?:This|These|The|Its|Our)\s+(?:(?:new|additional|Swedish|humanitarian|latest|emergency|total)\s+)?(?:support|funding|funds|contribution|grant|money|assistance|aid|donation|allocation)\b`)

// giftChannelledTo reports whether a sentence after the total's, about the
// gift itself (thisGiftOpensRe) and stating no amount, says it goes to the
// release's recipient: the next one ("This support will be channelled
// through the World Food Programme (WFP)"), or one further on ("The
// funding, which will be shared evenly among the four countries, will be
// provided to the International Committee of the Red Cross", three
// paragraphs on, in the minister's words).
func giftChannelledTo(r *corpus.Release, total corpus.Fact) bool {
	after := false
	for i := max(0, total.Paragraph-1); i < len(r.Paragraphs); i++ {
		para := r.Paragraphs[i]
		for _, sp := range sentences(para) {
			sent := para[sp.start:sp.end]
			if !after {
				after = sent == total.Sentence
				continue
			}
			if !thisGiftOpensRe.MatchString(sent) || len(findAmounts(sent, "")) > 0 {
				continue
			}
			for _, m := range orgMentions(sent) {
				if m.acronym == r.Recipient && receiveRe.MatchString(sent[max(0, m.start-80):m.start]) {
					return true
				}
			}
		}
	}
	return false
}

func restatedFor(amounts []corpus.Fact, total int, recipient string) bool {
	for j, g := range amounts {
		if j != total && g.Context == "" && sameMoney(g, amounts[total]) && !moreMoney(g) && namesOrg(g.Sentence, recipient) &&
			!slices.ContainsFunc(amounts, func(h corpus.Fact) bool { return sameSentence(h, g) && !sameMoney(h, g) }) {
			return true
		}
	}
	return false
}

// partRecipient returns the recipient an amount is for: an organisation
// named just after it ("to the World Food Programme") or just before it
// ("Through UNHCR: ..."), else the release's recipient when it has only
// one.
func partRecipient(f *corpus.Fact, start int, r *corpus.Release) string {
	ms := orgMentions(f.Sentence)
	if start >= 0 {
		end := start + len(f.Amount.Stated)
		// The organisation the amount goes "to" right after it comes
		// first: in a list run into one line ("- EUR 1,000,000 to UNICEF
		// - EUR 700,000 to UNRWA"), the one before the amount is the
		// item before's.
		for _, m := range ms {
			if m.start >= end && m.start-end <= 70 && orgGapRe.MatchString(f.Sentence[end:m.start]) {
				if sharedWithAnother(f.Sentence, m) {
					return ""
				}
				return m.acronym
			}
		}
		// "2.000.000 euros al Alto Comisionado de la ONU para los
		// Refugiados (ACNUR)": a name the table does not hold in that
		// form, the acronym in brackets after it does.
		for _, m := range ms {
			if m.start > end && m.end < len(f.Sentence) && f.Sentence[m.end] == ')' && toLongNameRe.MatchString(f.Sentence[end:m.start]) {
				return m.acronym
			}
		}
		// (An amount followed by "to" a capitalised name has its own
		// recipient, named or not: "- EUR 700,000 to the UN agency for
		// Palestine refugees" takes nothing from the item before it.)
		ownTo := toNameAfterRe.MatchString(f.Sentence[end:])
		for _, m := range ms {
			if ownTo && m.end <= start {
				continue
			}
			if m.end <= start && start-m.end <= 4 && strings.Contains(f.Sentence[m.end:start], ":") {
				return m.acronym
			}
			// "With $10 million, the World Food Programme (WFP) is
			// moving ...": the organisation the opening amount is used by.
			if m.start >= end && withAmountRe.MatchString(f.Sentence[:m.start]) && len(findAmounts(f.Sentence[:m.start], "")) == 1 {
				return m.acronym
			}
			// "Mercy Corps, a humanitarian organisation, will be
			// allocated SEK 25 million": the subject that receives it.
			if m.end <= start && start-m.end <= 90 && orgReceivesRe.MatchString(f.Sentence[m.end:start]) {
				return m.acronym
			}
			// "decided to pay UNHCR 50 million Swedish kronor": the
			// organisation a giving verb names just before the amount.
			if m.end <= start && start-m.end <= 25 && orgIndirectGapRe.MatchString(f.Sentence[m.end:start]) &&
				givesToRe.MatchString(f.Sentence[max(0, m.start-30):m.start]) {
				return m.acronym
			}
			// "stepping up its support to the World Food Programme, with
			// a further 2.5 million NZ dollars": the organisation the
			// support goes to, then the amount it is.
			if m.end <= start && start-m.end <= 30 && supportWithRe.MatchString(f.Sentence[m.end:start]) &&
				supportToRe.MatchString(f.Sentence[max(0, m.start-40):m.start]) {
				return m.acronym
			}
			// "the International Committee of the Red Cross (CHF15
			// million)": the amount in brackets right after the name;
			// "(1) World Food Programme (WFP)   2.5 million dollars":
			// the amount of a table's row.
			if m.end <= start && start-m.end <= 16 && (orgBracketRe.MatchString(f.Sentence[m.end:start]) || orgRowGapRe.MatchString(f.Sentence[m.end:start])) {
				return m.acronym
			}
		}
		// A breakdown run into one line: "UNHCR: improvement of the
		// reception centres (USD 1 million) IOM: transport (USD 0.5
		// million)": the last "NAME:" before the amount, with no amount
		// between them.
		if org := breakdownItem(f.Sentence, start, ms); org != "" {
			return org
		}
	}
	// The release's one recipient, when the amount's sentence names it
	// and states no other amount;
	// otherwise the text does not say who gets the part ("a further $1
	// million that is being shared by other relief agencies").
	if len(r.Recipients) > 1 || r.Recipient == "" {
		return ""
	}
	// (Not when it is named only for what it was funded with before:
	// "£3 million for helicopters ..., which are in addition to the four
	// helicopters already being funded by DFID through the UN and Red
	// Cross".)
	// (Nor when it is named in another clause, set against the amount's:
	// "Most of the help goes to the Red Cross ... but €1.5m will be spent
	// on mine removal".)
	if strings.Count(f.Sentence, f.Amount.Stated) == 1 && len(findAmounts(f.Sentence, "")) == 1 &&
		slices.ContainsFunc(ms, func(m orgMention) bool {
			return m.acronym == r.Recipient && !fundedBeforeRe.MatchString(f.Sentence[:m.start]) && !sharedWithAnother(f.Sentence, m) &&
				(start < 0 || !contrastRe.MatchString(f.Sentence[min(m.end, start):max(m.start, start)]))
		}) {
		return r.Recipient
	}
	return ""
}

// toNameAfterRe follows an amount given "to" a name: " to the UN agency
// for ...", " to UNRWA".
var toNameAfterRe = lazyre.New(`^\s*(?:\([^)]{0,40}\)\s*)?(?:to|al|a la|à)\s+(?:the\s+|la\s+|le\s+|l['’])?\p{Lu}`)

// contrastRe joins two clauses set against each other: " but ", ";
// whereas ", ", while ".
var contrastRe = lazyre.New(`(?i)(?:\s|,\s*)(?:but|whereas|while)\s|;`)

// sharedWithAnother reports whether the organisation m of sent is named
// with another party the same money goes to: "to UN humanitarian agencies
// and to the Lebanese Red Cross", "through UNICEF and the U.N. Office for
// the Coordination of Humanitarian Affairs". Not a list of amounts, each
// with its own ("to the World Food Programme and NOK 30 million to the
// Norwegian Refugee Council": a capital that starts an amount starts no
// organisation's name).
func sharedWithAnother(sent string, m orgMention) bool {
	if andBeforeOrgRe.MatchString(sent[max(0, m.start-40):m.start]) {
		return true
	}
	after := sent[m.end:]
	// "to the ICRC and to various private relief agencies": a kind of
	// others, named by what they are.
	if andKindAfterRe.MatchString(after) {
		return true
	}
	loc := andAfterOrgRe.FindStringSubmatchIndex(after)
	if loc == nil {
		return false
	}
	// The other party is another organisation by name, or a kind of
	// them; not the rest of one name ("the International Red Cross and
	// Red Crescent Movement").
	at := m.end + loc[2]
	if !unicode.IsUpper(rune(sent[at])) {
		return true
	}
	return slices.ContainsFunc(orgMentions(sent), func(o orgMention) bool {
		return o.acronym != m.acronym && o.start >= at && o.start <= at+6
	})
}

// andBeforeOrgRe ends the words before an organisation named second of
// two the money goes to; andAfterOrgRe follows one named first.
var (
	andBeforeOrgRe = lazyre.New(`(?i)\b(?:agencies|organi[sz]ations|partners|NGOs)\s+(?:and|as well as)\s+(?:to\s+|through\s+)?(?:the\s+)?$`)
	// andKindAfterRe follows one named first with others the same money
	// goes to, named by their kind: " and to various private relief
	// agencies", " as well as to several local NGOs".
	andKindAfterRe = lazyre.New(`^(?:\s*\([^)]{1,20}\))?(?:\s+and\s+|\s+as well as\s+|\s*&\s*)(?:to\s+|through\s+)?(?:[a-z][\w-]*\s+){1,4}(?:agencies|organi[sz]ations|NGOs|partners|groups|charities|societies|bodies)\b`)
	andAfterOrgRe  = lazyre.New(`^(?:\s*\([^)]{1,20}\))?(?:\s+and\s+|\s+as well as\s+|\s*&\s*)(?:to\s+|through\s+)?(?:the\s+)?(\p{Lu}|other\b|local\b|partner)`)
)

// fundedBeforeRe ends the text before an organisation named for what was
// funded before this gift: "which are in addition to the four helicopters
// already being funded by DFID through the UN and ".
var fundedBeforeRe = lazyre.New(`(?i)\b(?:in addition to|on top of|already|previously|earlier)\b[^.;]{0,80}\b(?:funded|financed|supported|paid for|provided|given)\b[^.;]{0,60}$`)

// breakdownItem returns the organisation of the "NAME: what it does
// (amount)" item that the amount at start ends, or "". ms are the
// organisations the sentence names.
// itemColonRe follows an organisation that heads an item of a
// breakdown: ":", " (UNHCR):", "):".
var itemColonRe = lazyre.New(`^\)?(?:\s*\(\p{Lu}[\p{L}-]{1,10}\))?\s*:`)

func breakdownItem(sent string, start int, ms []orgMention) string {
	// The amount closes the item, in brackets: "... (USD 1 million)",
	// "... [USD 5 million,]".
	if before := strings.TrimRight(sent[:start], " "); !strings.HasSuffix(before, "(") && !strings.HasSuffix(before, "[") {
		return ""
	}
	var last *orgMention
	for i := range ms {
		// "UNHCR:", "United Nations High Commissioner for Refugees
		// (UNHCR):".
		if ms[i].end <= start && itemColonRe.MatchString(sent[ms[i].end:]) {
			last = &ms[i]
		}
	}
	if last == nil || start-last.end > 200 || len(findAmounts(sent[last.end:start], "")) > 0 {
		return ""
	}
	return last.acronym
}

// orgReceivesRe stands between an organisation and the amount it
// receives: " will receive ", ", a humanitarian organisation, will be
// allocated ".
var orgReceivesRe = lazyre.New(`^(?:\s*\([A-Z][\w-]{1,10}\))?(?:,[^,;]{1,60},|\s+in\s+\p{Lu}[\p{L}-]+)?,?\s+(?:(?:will|shall|is to|is set to)\s+)?(?:be allocated|be granted|be given|receive[sd]?|gets?|get|(?:has|have) been (?:allocated|granted|given)|was (?:allocated|granted|given)|(?:was|were|has been|have been) also (?:allocated|granted|given)|got|spent|(?:is|are) expected to (?:use|receive|get)(?: the remaining)?|used|uses|will use)\s+(?:(?:an? )?(?:(?:voluntary|additional|further|new|total|financial|flexible|core)\s+)?(?:allocation|grant|contribution|donation) of\s+|(?:another|a further|an additional)\s+)?(?:(?:about|around|some|nearly|over|more than|up to)\s+)?$`)

// orgBracketRe stands between an organisation's name and the amount it
// gets, given in brackets: " (", " (UNHCR) (", " (about ".
// orgRowGapRe stands between an organisation and its amount in a table's
// row: "World Food Programme (WFP)   2.5 million dollars", "UNICEF: USD
// 2 million", "WHO – 1 million dollars".
var orgRowGapRe = lazyre.New(`^\)?(?:\s*\([A-Z][\w-]{1,10}\))?\s*[:–—-]?\s*$`)

// amountRightAfter reports whether s, whose amounts are as, states an
// amount right after end, within 60 bytes, as a table's row does after an
// organisation (orgRowGapRe).
func amountRightAfter(s string, as []amount, end int) bool {
	for _, a := range as {
		if a.start < end {
			continue
		}
		return a.start < end+60 && !a.bare && orgRowGapRe.MatchString(s[end:a.start])
	}
	return false
}

var orgBracketRe = lazyre.New(`^(?:\s*\([A-Z][\w-]{1,10}\))?\s*\(\s*(?:about|around|some|approximately|nearly|over)?\s*$`)

// givesToRe ends with a verb whose indirect object gets the money: "to
// pay", "will give", "granted"; orgIndirectGapRe stands between that
// object and the amount: " ", " (UNHCR) an additional ".
var (
	supportToRe      = lazyre.New(`(?i)\b(?:support|contribution|funding|assistance|aid)\s+(?:to|for)\s+(?:the\s+)?$`)
	supportWithRe    = lazyre.New(`^(?:\s*\([^)]{0,30}\))?,?\s+with\s+(?:(?:an?|another)\s+)?(?:(?:additional|further|extra|new)\s+)?$`)
	givesToRe        = lazyre.New(`(?i)\b(?:pay|pays|paid|give|gives|gave|grant|grants|granted|award|awards|awarded|send|sends|sent)\s+(?:the\s+)?$`)
	orgIndirectGapRe = lazyre.New(`^(?:\s*\([^)]{0,30}\))?\s+(?:(?:an?|another)\s+)?(?:(?:additional|further|extra|new)\s+)?$`)
)

// toLongNameRe is what stands between an amount and the acronym of the
// organisation it goes to when the name before the acronym is one the
// table does not hold: " to the Norwegian Refugee Council (", " al Alto
// Comisionado de la ONU para los Refugiados (". No other amount, clause
// or bracket between.
var toLongNameRe = lazyre.New(`^\s+(?:(?:will\s+)?go(?:es)?\s+)?(?:to|for|al|a\s+(?:la|los|las)|para\s+(?:el|la|los|las))\s+(?:the\s+)?\p{Lu}[^().;:\d]{0,100}\s\($`)

// orgGapRe is what may stand between an amount and the organisation it
// goes to: " will go to the ", " to ", " for the ", " Seoul pledged in
// December for the ", " to the UN’s " (before "World Health
// Organization").
var orgGapRe = lazyre.New(`^\)?(?:\s*\([^)]{0,30}\))?,?\s*(?:\p{Lu}[\w.]*\s+(?:has\s+|had\s+)?(?:pledged|gave|given|provided|donated|contributed|allocated)(?:\s+(?:in|on|last|earlier)\s+\w+)?\s+)?(?:(?:will|would|shall|is|are|was|were|has been|have been|had been)\s+(?:\w+\s+){0,3}?)?(?:(?:go(?:es)?|went)\s+)?(?:(?:additional|core|extra|new|flexible|unearmarked|emergency|humanitarian|support|funding|contribution|in|of)\s+){0,3}(?:to|for|through|via|al|a\s+(?:la|los|las)|para\s+(?:el|la|los|las)|a\s+través\s+del?|(?:to|in|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}\s+(?:through|via))\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:work|operations|programmes?|activities|response|relief efforts|efforts?|appeal|action|projects?)(?:\s+(?:for|in)\s+[\w'’-]+(?:\s+in\s+\p{Lu}[\p{L}’'-]*)?)?\s+(?:of|by)\s+(?:the\s+)?)?(?:(?:UN|U\.N\.|United Nations)(?:['’]s?)?\s+)?$`)

// noTotalReason says why a release has no total.
func noTotalReason(r *corpus.Release) string {
	// The title's figure stated for one place, beside money the text
	// gives other places (giftElsewhere).
	placed := map[string]bool{}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount && f.Context == "" && f.Country+f.Region != "" {
			placed[f.Country+f.Region] = true
		}
	}
	if as := findAmounts(r.Title, ""); len(as) > 0 && len(placed) > 1 && slices.ContainsFunc(r.Facts, func(f corpus.Fact) bool {
		return f.Kind == corpus.KindAmount && f.Context == "" && f.Country+f.Region != "" && sameValue(f.Amount.Value, as[0].Value)
	}) {
		return fmt.Sprintf("the title's %s is stated for one place, beside gifts the text states for others; they are not added up", as[0].Stated)
	}
	if as := findAmounts(r.Title, ""); len(as) > 0 {
		return fmt.Sprintf("the title states %s but the first paragraphs do not state it as this release's gift", as[0].Stated)
	}
	var gifts []corpus.Fact
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount && f.Context == "" {
			gifts = append(gifts, f)
		}
	}
	if len(gifts) > 1 && giftToAnother(gifts, 0) {
		return fmt.Sprintf("%s goes to one organisation and the text gives more money to another; they are not added up", gifts[0].Amount.Stated)
	}
	n := 0
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount && f.Context == "" {
			n++
		}
	}
	if n > 1 {
		return "the announcing sentence does not say which of the amounts is the total"
	}
	if slices.ContainsFunc(r.Facts, func(f corpus.Fact) bool { return f.Kind == corpus.KindAmount && f.Context != "" }) {
		return "every amount stated is context (an appeal, a plan, a cumulative or earlier sum), not this release's gift"
	}
	return "no amount in the announcing sentence"
}

// bareDollarRe is an amount written with a plain dollar sign: "$34.7
// million", "over $40 million".
var bareDollarRe = lazyre.New(`(?:^|\s)\$\s?\d`)

// plainDollarsRe is an amount written with the word "dollars" and no
// country: "119.25 million dollars", "nearly 5 million dollars", "two
// million dollars".
var plainDollarsRe = lazyre.New(`(?i)^(?:[a-z]+\s+){0,3}(?:[\d.,]+|` + numberWord + `)(?:\s*(?:million|billion|thousand|mn|bn|m))?\s+dollars$`)

// localDollar reports whether an amount was written with a dollar of no
// named country, and how: "$" or "dollars".
func localDollar(stated string) (string, bool) {
	switch {
	case bareDollarRe.MatchString(" " + stated):
		return "$", true
	case plainDollarsRe.MatchString(stated):
		return `"dollars"`, true
	}
	return "", false
}

// donorDollar returns the currency a plain "$" means in a release by a
// donor whose own currency is a dollar other than the US dollar, or "".
// Among several donors, a country of another currency makes the "$"
// no one donor's ("Canada and the United States", a roundup of many
// countries' pledges): it is then read as the US dollar, as before.
func donorDollar(donors []string) string {
	cur := ""
	for _, d := range donors {
		var own string
		switch d {
		case "Australia":
			own = "AUD"
		case "Canada":
			own = "CAD"
		case "New Zealand":
			own = "NZD"
		default:
			if _, ok := corpus.LookupCountry(d); ok || d == "European Union" {
				return ""
			}
			continue
		}
		if cur != "" && own != cur {
			return ""
		}
		cur = own
	}
	return cur
}

// donorCrown is the crown a donor pays in, or "".
func donorCrown(donors []string) string {
	for _, d := range donors {
		switch d {
		case "Denmark":
			return "DKK"
		case "Norway":
			return "NOK"
		case "Sweden":
			return "SEK"
		case "Iceland":
			return "ISK"
		}
	}
	return ""
}

// plainCrownRe ends an amount written with a crown's name and no country:
// "29.5 million kroner", "95 million krone", "20 million kr".
var plainCrownRe = lazyre.New(`(?i)\s(?:kroner|krone|krones|kronor|krona|kr)$`)

// localCrowns says a crown named without its country ("29.5 million
// kroner") was assumed to be the one its word reads (kroner Norwegian,
// kronor Swedish) when the donor has no crown of its own; a donor's own
// crown was read as it (ownCrowns).
func localCrowns(r *corpus.Release, amounts []corpus.Fact) {
	if donorCrown(r.Donors) != "" {
		return
	}
	for i := range amounts {
		if a := amounts[i].Amount; plainCrownRe.MatchString(a.Stated) {
			amounts[i].Check = fmt.Sprintf("currency assumed to be %s: the release writes %q and names no country's crown", a.Currency, lastWord(a.Stated))
		}
	}
}

// localDollars reads a plain "$" as the donor's own dollar when the donor
// is Australia, Canada or New Zealand, and says so for a person to check.
func localDollars(r *corpus.Release, amounts []corpus.Fact) {
	cur := donorDollar(r.Donors)
	if cur == "" {
		return
	}
	for i := range amounts {
		a := amounts[i].Amount
		if how, ok := localDollar(a.Stated); ok && a.Currency == "USD" && !restatesOwnDollar(amounts, i, cur) {
			a.Currency = cur
			amounts[i].Check = fmt.Sprintf("currency read as %s: the release writes %s and the donor is %s", cur, how, strings.Join(r.Donors, ", "))
		}
	}
}

// restatesOwnDollar reports whether amounts[i], written with a plain "$",
// restates an amount in the donor's own named dollar in the same
// sentence, or is restated by one: "NZ$8 million ($5 million)" and "$6
// million (A$9 million)" give the same money twice, and the plain "$" is
// then the US dollar the page converts into, not the donor's own.
func restatesOwnDollar(amounts []corpus.Fact, i int, cur string) bool {
	own := func(f corpus.Fact) bool {
		_, plain := localDollar(f.Amount.Stated)
		return f.Amount.Currency == cur && !plain
	}
	return i > 0 && own(amounts[i-1]) && restates(amounts[i-1], amounts[i]) ||
		i+1 < len(amounts) && own(amounts[i+1]) && restates(amounts[i], amounts[i+1])
}

// irishPounds reads the "£" of a release whose one donor is Ireland as
// the Irish pound: "Ireland is to make a £8.49 million humanitarian ...
// package available", from before the euro.
func irishPounds(r *corpus.Release, amounts []corpus.Fact) {
	if !slices.Equal(r.Donors, []string{"Ireland"}) {
		return
	}
	for i := range amounts {
		a := amounts[i].Amount
		if a.Currency == "GBP" && strings.Contains(a.Stated, "£") {
			a.Currency = "IEP"
			amounts[i].Check = "currency read as IEP (the Irish pound): the release writes £ and the donor is Ireland"
		}
	}
}

// restatedRe is what stands between an amount and its restatement in
// another currency: "£61 million ($76 million)", "SEK 50 million (USD 7.4
// million)", "EUR 5 million, or about USD 5.6 million".
// restatedInRe is what stands between an amount and another restatement
// in the same parenthesis: "CHF2 million (about £1.8 million / $2.2
// million)".
var restatedInRe = lazyre.New(`^\s*\((?:about|around|approximately|some|roughly|nearly|approx\.)?[^()]{0,40}\s*(?:/|,|or)\s*$`)

var restatedRe = lazyre.New(`^\s*(?:[(\[]\s*(?:about|around|approximately|some|roughly|nearly|or|equivalent to|approx\.)?\s*|,?\s*(?:or|equivalent to)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?)$`)

// writtenTwice drops an amount that writes the one before it again, in
// the same currency, in brackets right after it: "350 million yen
// (¥350,000,000)" is one amount.
func writtenTwice(amounts []corpus.Fact) []corpus.Fact {
	out := make([]corpus.Fact, 0, len(amounts))
	for _, f := range amounts {
		again := slices.ContainsFunc(amounts, func(a corpus.Fact) bool {
			if a.Sentence != f.Sentence || a.Paragraph != f.Paragraph || a.Amount.Stated == f.Amount.Stated || !sameMoney(a, f) {
				return false
			}
			at := indexStated(f.Sentence, a.Amount.Stated)
			if at < 0 {
				return false
			}
			end := at + len(a.Amount.Stated)
			j := indexStated(f.Sentence[end:], f.Amount.Stated)
			return j >= 0 && bracketOpenRe.MatchString(f.Sentence[end:end+j])
		})
		if !again {
			out = append(out, f)
		}
	}
	return out
}

// bracketOpenRe is what stands between an amount and the same amount
// written again in brackets: " (", " [".
var bracketOpenRe = lazyre.New(`^\s*[(\[]\s*$`)

// severalIncludingRe counts the organisations a sentence's money goes
// through and names some of them as examples: "through three
// organizations, including", "to several UN agencies, among them".
var severalIncludingRe = lazyre.New(`(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|several|various|\d+)\s+(?:international\s+|humanitarian\s+|UN\s+|United Nations\s+)?(?:organi[sz]ations|agencies|partners|NGOs)\s*,?\s*(?:including|among them|such as)\b`)

// restates reports whether b restates a in another currency, right after
// it in the same sentence.
func restates(a, b corpus.Fact) bool {
	if a.Sentence != b.Sentence || a.Paragraph != b.Paragraph || a.Amount.Currency == b.Amount.Currency {
		return false
	}
	// Any place a stands, followed by b: the same words may stand twice
	// ("SEK75 million (US$8 million) ...; SEK70 million (US$8 million)").
	for from := 0; from < len(a.Sentence); {
		i := indexStated(a.Sentence[from:], a.Amount.Stated)
		if i < 0 {
			return false
		}
		end := from + i + len(a.Amount.Stated)
		if j := indexStated(a.Sentence[end:], b.Amount.Stated); j >= 0 {
			between := a.Sentence[end : end+j]
			if restatedRe.MatchString(between) || restatedInRe.MatchString(between) {
				return true
			}
		}
		from = end
	}
	return false
}

// separateGiftRe opens a sentence whose money is apart from the gift
// told before it: "Separately, ...", "In a separate grant, ...";
// "A second MoU covers a USD 5 million grant" after the first's USD 10
// million: the next of several gifts.
var separateGiftRe = lazyre.New(`(?i)^\W*(?:separately|in (?:a )?separate (?:move|grant|contribution|donation|allocation|decision|agreement|announcement)|(?:a|the)\s+(?:second|third|fourth|fifth)\s+(?:\w+\s+)?(?:MoUs?|memorand\w+|agreements?|grants?|contributions?|donations?|allocations?|projects?|tranches?|packages?)\b)`)

// restatesAll reports whether each amount of at after the first restates
// the one before it.
func restatesAll(amounts []corpus.Fact, at []int) bool {
	for k := 1; k < len(at); k++ {
		if at[k] != at[k-1]+1 || !restates(amounts[at[k-1]], amounts[at[k]]) {
			return false
		}
	}
	return true
}

// paragraphSumsTo reports whether the amounts of paragraph n in currency
// cur (two or more, none context, amounts[t] not among them) add up to v
// exactly.
func paragraphSumsTo(amounts []corpus.Fact, n, t int, v float64, cur string) bool {
	sum, count := 0.0, 0
	for i, f := range amounts {
		if i == t || f.Paragraph != n || f.Context != "" || f.Amount.Currency != cur {
			continue
		}
		sum += f.Amount.Value
		count++
	}
	return count >= 2 && sameValue(sum, v)
}

// sumsToAnother reports whether amounts[i] is one of a paragraph's
// amounts that, with the others beside it, add up exactly to another of
// its amounts (not amounts[t]): "a total of 3 million euros will go to
// Syria. Of this sum, 1 million euros to UNICEF, one million to WFP,
// 500,000 to OCHA and 500,000 to the ICRC" — parts of a part, already
// counted in it.
func sumsToAnother(amounts []corpus.Fact, i, t int) bool {
	f := amounts[i]
	for j, g := range amounts {
		if j == i || j == t || g.Paragraph != f.Paragraph || g.Context != "" || g.Amount.Currency != f.Amount.Currency || g.Amount.Value <= f.Amount.Value {
			continue
		}
		if paragraphSumsTo(amounts, f.Paragraph, j, g.Amount.Value, f.Amount.Currency) {
			return true
		}
	}
	return false
}

// canBeTotal reports whether the other amounts of a release in the same
// currency, restatements aside, could all be parts of amounts[t]: none
// larger, and together no more.
func canBeTotal(amounts []corpus.Fact, t int) bool {
	tv, cur := amounts[t].Amount.Value, amounts[t].Amount.Currency
	sum := 0.0
	seen := map[float64]bool{} // a part stated twice counts once
	for i, f := range amounts {
		if i == t || f.Context != "" || f.Amount.Currency != cur || i > 0 && restates(amounts[i-1], f) {
			continue
		}
		if sameValue(f.Amount.Value, tv) {
			continue // the total stated again
		}
		// "Chad (€57.9 million, including the newly allocated €8.7
		// million ...)": a part of a part is already counted.
		if subPart(amounts, i) || listSubPart(amounts, i) || placeSubPart(amounts, i) || sumsToAnother(amounts, i, t) {
			continue
		}
		// "Included in the new funding is $18 million to IOM; $1
		// million to UN Habitat": the whole cut another way (by
		// recipient, after a cut by place), not more money. So is a
		// paragraph whose amounts add up to the whole exactly: "CHF 21
		// million will come from the foreign ministry, CHF 6 million from
		// the justice ministry ... an additional CHF 53 million" of CHF 80
		// million.
		if breakdownOfWholeRe.MatchString(f.Sentence) || paragraphSumsTo(amounts, f.Paragraph, t, tv, cur) {
			if f.Amount.Value > tv {
				return false
			}
			continue
		}
		// A part is for a place or a sector within the whole; an amount
		// for another recipient may be a separate gift.
		if f.Amount.Value > tv {
			return false
		}
		// "Separately, 5 million yuan is going to the World Food
		// Programme": money the text says is apart from it, so no whole.
		if separateGiftRe.MatchString(f.Sentence) {
			return false
		}
		if seen[f.Amount.Value] {
			continue
		}
		seen[f.Amount.Value] = true
		sum += f.Amount.Value
	}
	return sum <= tv*1.005 || sum <= tv+roundedBy(amounts[t].Amount.Stated)
}

// decimalScaledRe is a figure written with decimals before its scale:
// "1.5 billion", "2.25 million".
var decimalScaledRe = lazyre.New(`(?i)\d\.(\d+)\s?(million|billion|mln|bln|bn|mn|m)\b`)

// roundedBy is how far a figure written with decimals before its scale may
// stand from the sum it rounds: half its last digit ("1.5 billion" is 1.45
// to 1.55 billion, so parts of 1.53 billion fit in it). A figure written
// out, or a whole number of millions, rounds nothing the text shows.
func roundedBy(stated string) float64 {
	m := decimalScaledRe.FindStringSubmatch(stated)
	if m == nil {
		return 0
	}
	unit := 1e6
	if scale := strings.ToLower(m[2]); scale == "billion" || scale == "bln" || scale == "bn" {
		unit = 1e9
	}
	return unit * math.Pow(10, -float64(len(m[1]))) / 2
}

// giftElsewhere reports whether an amount its own words tie to one country
// ("an additional $4.5 million ... to support the COVID-19 response in
// Myanmar", naming no other place nor more places) has further money
// beside it, in a later paragraph, for another place ("includes an
// additional $2.5 million for Sri Lanka"): it is then one gift of
// several, not their whole. Further money whose sentence names no place
// ("is now providing a further $3 million to the ICRC") is for another
// place when the nearest sentence before it that names one, of the two,
// states no money and names only others ("the humanitarian crisis in
// Tigray ... of northern Ethiopia").
func giftElsewhere(r *corpus.Release, amounts []corpus.Fact, t int) bool {
	// (A region's countries are not told apart: only a total tied to a
	// country is weighed.)
	tf := amounts[t]
	if tf.Country == "" || moreRegionRe.MatchString(tf.Sentence) || slices.ContainsFunc(placesNotDonors(r, tf.Sentence), func(m corpus.Mention) bool { return m.Country.Code != tf.Country }) {
		return false
	}
	within := func(country, region string) bool { return country == tf.Country && region == "" }
	for i, f := range amounts {
		if i == t || f.Context != "" || f.Paragraph <= tf.Paragraph || i > 0 && restates(amounts[i-1], f) {
			continue
		}
		start := indexStated(f.Sentence, f.Amount.Stated)
		if start < 0 {
			continue
		}
		// Money placed elsewhere that its words, or its paragraph's
		// opening, say is more: "Finland is also granting assistance
		// ... in Africa ... Finland provides EUR 2 million ... in Sudan".
		more := alsoGivingRe.MatchString(f.Sentence[:start]) || alsoGivingRe.MatchString(firstSentence(r.Paragraph(f.Paragraph)))
		// (Not a place that is the money's giver: "Japan funds a new
		// bakery ... Japan has also given USD 500,000 to WFP".)
		if f.Country != "" && slices.ContainsFunc(corpus.Mentions(f.Sentence), func(m corpus.Mention) bool {
			return m.Country.Code == f.Country && giverVerbAfterRe.MatchString(f.Sentence[m.End:])
		}) {
			continue
		}
		if (f.Country != "" || f.Region != "") && (more || furtherMoneyRe.MatchString(f.Sentence[:start])) {
			if !within(f.Country, f.Region) {
				return true
			}
			continue
		}
		if !furtherMoneyRe.MatchString(f.Sentence[:start]) {
			continue
		}
		if len(placesNotDonors(r, f.Sentence)) > 0 {
			continue
		}
		// The nearest of the two sentences before it that names a place.
		prev := f
		for range 2 {
			prev.Sentence = sentenceBefore(r, prev)
			if ms := placesNotDonors(r, prev.Sentence); len(ms) > 0 {
				if len(findAmounts(prev.Sentence, "")) > 0 {
					break // more money beside that sentence's, not for its place
				}
				if !slices.ContainsFunc(ms, func(m corpus.Mention) bool { return within(m.Country.Code, m.Region) }) {
					return true
				}
				break
			}
		}
	}
	return false
}

// giftToAnother reports whether an amount its own words give to one
// organisation ("NOK 300 million for the World Food Programme") has money
// after it that its words call more ("An additional NOK 40 million goes to
// the World Bank's fund for the country") and give to another
// organisation: the first is then one gift of several, not their whole.
func giftToAnother(amounts []corpus.Fact, t int) bool {
	tf := amounts[t]
	start := indexStated(tf.Sentence, tf.Amount.Stated)
	if start < 0 {
		return false
	}
	// Only an organisation the words name, not the release's one
	// recipient by default.
	none := &corpus.Release{}
	org := partRecipient(&tf, start, none)
	if org == "" {
		return false
	}
	for i, f := range amounts {
		if i <= t || f.Context != "" || restates(amounts[i-1], f) {
			continue
		}
		at := indexStated(f.Sentence, f.Amount.Stated)
		if at < 0 || f.Sentence == tf.Sentence && at <= start || !furtherMoneyRe.MatchString(f.Sentence[:at]) {
			continue
		}
		other := partRecipient(&f, at, none)
		if m := namedFundAfterRe.FindStringSubmatch(f.Sentence[at+len(f.Amount.Stated):]); other == "" && m != nil {
			other = m[1]
		}
		if other != "" && other != org {
			return true
		}
	}
	return false
}

// namedFundAfterRe follows an amount with the fund or facility, named in
// capitals, that it goes to: " (EUR 4 million) goes to the World Bank's
// Ukraine Fund", " for the Education Cannot Wait Fund".
var namedFundAfterRe = lazyre.New(`^\)?(?:\s*\([^)]{0,30}\))?,?\s+(?:(?:will|would|is|are|was|were)\s+(?:\w+\s+){0,2}?)?(?:(?:go(?:es)?|went|be)\s+)?(?:to|for|into|towards?)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+){0,4}(?:\p{Lu}[\p{L}’'.-]*['’]s\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?:Trust\s+)?(?:Fund|Facility))\b`)

// giverVerbAfterRe follows a country that gives: " has also given", "
// funds", "'s contribution".
var giverVerbAfterRe = lazyre.New(`(?i)^(?:['’]s\s+(?:contribution|donation|grant|gift|funding)|\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|already\s+)?(?:funds|funded|gives|gave|given|provides|provided|donates|donated|contributes|contributed|pledges|pledged|grants|granted))\b`)

// alsoSignedRe ends the words before an amount of a second programme the
// giver signs or launches: "the Embassy also signed a ", "Japan also
// launched a new ".
var alsoSignedRe = lazyre.New(`(?i)\balso\s+(?:signed|launched|inaugurated|unveiled|concluded)\b[^.;:]{0,80}$`)

// titleSignsRe is a title that announces the signing or the launch
// itself ("Qatar fund signs agreements with UN agencies"): what is signed
// is then the release's news, no other gift beside it.
var titleSignsRe = lazyre.New(`(?i)\b(?:signs?|signed|signing|agreements?|launch(?:es|ed|ing)?|inaugurat\w*)\b`)

// alsoSignedGift reports whether the amount at start of f's sentence is a
// second programme "also signed" or "also launched" by the giver, in a
// paragraph after the announcing sentence's: no organisation is who
// signs it, and the title does not announce the signing.
func alsoSignedGift(r *corpus.Release, f *corpus.Fact, start int, lead string) bool {
	m := alsoSignedRe.FindStringIndex(f.Sentence[:start])
	if m == nil || len(orgMentions(f.Sentence[:m[0]])) > 0 || titleSignsRe.MatchString(r.Title) {
		return false
	}
	for p := 1; p < f.Paragraph; p++ {
		if strings.Contains(r.Paragraph(p), lead) {
			return true
		}
	}
	return false
}

// alsoGivingRe says a sentence tells more giving: "Finland is also
// granting", "In addition, ".
var alsoGivingRe = lazyre.New(`(?i)\b(?:also|in addition|additionally|moreover|furthermore)\b`)

// firstSentence returns the first sentence of paragraph p.
func firstSentence(p string) string {
	if sp := sentences(p); len(sp) > 0 {
		return p[sp[0].start:sp[0].end]
	}
	return ""
}

// placesNotDonors returns the places text names, but for the release's
// donors ("Australia is now providing a further $3 million").
func placesNotDonors(r *corpus.Release, text string) []corpus.Mention {
	return slices.DeleteFunc(corpus.Mentions(text), func(m corpus.Mention) bool { return donorCode(r, m.Country.Code) })
}

// donorCode reports whether code (alpha-3) is the country of one of the
// release's donors.
func donorCode(r *corpus.Release, code string) bool {
	return code != "" && slices.ContainsFunc(r.Donors, func(d string) bool {
		c, ok := corpus.LookupCountry(d)
		return ok && c.Code == code
	})
}

// donorsInclude reports whether giver d is one of the release's donors,
// by name or country.
func donorsInclude(r *corpus.Release, d string) bool {
	return slices.ContainsFunc(r.Donors, func(o string) bool { return o == d || sameCountry(o, d) })
}

// furtherMoneyRe ends the words before an amount of more money: "is now
// providing a further ", "also gives an additional ", a sentence's opening
// "Additional ".
var furtherMoneyRe = lazyre.New(`(?i)(?:\b(?:a further|an additional|another)|^\W*(?:further|additional))\s+(?:(?:about|around|some|nearly|over|more than|up to)\s+)?$`)

// forSomeRecipients reports whether an amount's sentence gives it to some
// of the release's recipients but not all. A recipient only of the giver's
// other gift ("also signed a USD 2 million agreement with UNICEF") is not
// one the gift leaves out.
func forSomeRecipients(f corpus.Fact, r *corpus.Release, amounts []corpus.Fact) bool {
	if len(r.Recipients) < 2 {
		return false
	}
	start := indexStated(f.Sentence, f.Amount.Stated)
	if start < 0 {
		return false
	}
	named := map[string]bool{}
	for _, m := range orgMentions(f.Sentence[start:]) {
		if slices.Contains(r.Recipients, m.acronym) {
			named[m.acronym] = true
		}
	}
	others := 0
	for _, rc := range r.Recipients {
		if !named[rc] && !slices.ContainsFunc(amounts, func(g corpus.Fact) bool {
			return g.Context == "other gift" && slices.ContainsFunc(orgMentions(g.Sentence), func(m orgMention) bool { return m.acronym == rc })
		}) {
			others++
		}
	}
	return len(named) > 0 && others > 0
}

// fromDonorAfterRe stands between an amount and the donor it comes from:
// "$2.5 million from Canada".
var fromDonorAfterRe = lazyre.New(`^\s*(?:\([^)]{0,30}\)\s*)?(?:each\s+|apiece\s+)?from\s+(?:the\s+)?$`)

// fromBodyAfterRe follows an amount with the body it comes from, named in
// capitals: "from the World Bank", "from the European Union".
var fromBodyAfterRe = lazyre.New(`^\s*(?:\([^)]{0,30}\)\s*)?(?:each\s+|apiece\s+)?from\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}.’'-]*){0,5})`)

// fromPrivateGiverRe follows an amount with the private giver it comes
// from: "from the Richard King Mellon Foundation", "from the Heinz
// Endowments".
var fromPrivateGiverRe = lazyre.New(`^\s*(?:\([^)]{0,30}\)\s*)?from\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’&-]*\s+){1,5}(?:Foundation|Endowments?|Trust|Charitable Trust|Philanthropies))\b`)

// fromSocietyRe follows an amount with the society, bank or other body it
// comes from, named with the country it serves: "from the Red Cross
// Society of Fiji", "from the Chile Red Cross", "from the Asian
// Development Bank". The country in its name is no place given money.
var fromSocietyRe = lazyre.New(`^\s*(?:\([^)]{0,30}\)\s*)?from\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}(?:Red Cross|Red Crescent|Society|Association|Federation|Bank)(?:\s+(?:Society\s+)?(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?)`)

// otherDonor reports whether the words after an amount give it to another
// donor than the release's: "$2.5 million from Canada" in a release by the
// Netherlands.
func otherDonor(after string, r *corpus.Release) bool {
	// "$500,000 from the Richard King Mellon Foundation" in a release by
	// the MacArthur Foundation: a private giver named by its name; so is
	// a society or bank ("$80,000 from the Red Cross Society of Fiji").
	for _, re := range []*lazyre.Regexp{fromPrivateGiverRe, fromSocietyRe} {
		if m := re.FindStringSubmatch(after); m != nil &&
			!slices.ContainsFunc(r.Donors, func(d string) bool { return strings.Contains(m[1], d) || strings.Contains(d, m[1]) }) {
			return true
		}
	}
	// "$100 million from the World Bank" in a release by Canada: a body
	// known as a giver.
	if m := fromBodyAfterRe.FindStringSubmatch(after); m != nil && othersOnly(m[1], r) {
		return true
	}
	for _, m := range corpus.Mentions(after) {
		if m.Country.Code == "" || !fromDonorAfterRe.MatchString(after[:m.Start]) {
			continue
		}
		// "from the Yemen Humanitarian Fund": the release's own donor.
		if slices.ContainsFunc(r.Donors, func(d string) bool { return strings.HasPrefix(after[m.Start:], d) }) {
			return false
		}
		return !donorCode(r, m.Country.Code)
	}
	return false
}

// eventDatedRe dates an event, not a gift: "the war that erupted in
// February last year", "the floods that struck in August last year".
var eventDatedRe = lazyre.New(`(?i)\b(?:erupted|began|started|broke out|struck|hit|escalated)\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?last year\b`)

// announcedBeforeRe is a sentence telling a gift announced before the
// release's own: "recently announced", "had pledged", "announced ... on
// April 27", "In that round, announced earlier this week", "earlier it
// offered", "launched an appeal last September", "pledged ... on two
// separate occasions".
var announcedBeforeRe = lazyre.New(`(?i)\b(?:earlier|previously|before that),?\s+(?:it|they|he|she|the (?:country|government|kingdom|ministry|agency)|\p{Lu}[\p{L}]+)\s+(?:had\s+|has\s+)?(?:also\s+)?(?:offered|gave|given|provided|pledged|donated|sent|announced|contributed|allocated|committed)\b|\blast\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)\b|\bon\s+(?:two|three|four|several|separate|different)\s+(?:separate\s+)?occasions\b|\b(?:recently|earlier|previously|had)\s+(?:also\s+)?(?:announced|pledged|provided|extended|decided|committed|approved|authori[sz]ed|allocated|ordered|offered|donated|given|sent|set aside|spent|earmarked)\b|\bin\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?last year\b|^\W*On\s+(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\b,?[^.;]{0,80}\b(?:announced|pledged|made public)\b|\bmade public on\b|\b(?:announced|pledged|allocated|approved|made|launched)\s+(?:earlier|last)\s+(?:this\s+)?(?:week|month|year)\b|\bin a (?:parallel|separate) (?:initiative|move|announcement|decision)\b|\bannounced\b[^.;]{0,140}\bon\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// jointWithRe names, after an amount, the other donor it is given with:
// "in partnership with the UAE", "jointly with Kuwait", "together with the
// Government of Qatar".
var jointWithRe = lazyre.New(`^[^.;]{0,80}?\b(?:in (?:partnership|cooperation|conjunction) with|jointly with|together with)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'-]*){0,5})`)

// jointWithOther returns the donors (countries, or a country's agency)
// that the words after an amount give it jointly with, when none is one
// of the release's donors; nil if none.
func jointWithOther(after string, donors []string) []string {
	loc := jointWithRe.FindStringSubmatchIndex(after)
	if loc == nil {
		return nil
	}
	m := []string{after[loc[0]:loc[1]], after[loc[2]:loc[3]]}
	// "together with Germany's earlier support": another's money beside
	// it, not a gift given jointly.
	if name := after[loc[2]:min(loc[3]+2, len(after))]; strings.Contains(name, "'s") || strings.Contains(name, "’s") {
		return nil
	}
	var out []string
	for _, d := range donorsIn(m[1]) {
		if _, ok := corpus.LookupCountry(d); !ok || slices.Contains(donors, d) {
			return nil
		}
		out = append(out, d)
	}
	return out
}

// besideGiftRe opens a sentence with the gift the money after it comes
// on top of: "On top of the headquarters contribution, ", "Besides
// its core funding, ".
var besideGiftRe = lazyre.New(`(?i)^\W*(?:On top of|In addition to|Besides|Apart from|Aside from|Beyond)\s+(?:this|that|the|its|their|these)\s+(?:[\w'’-]+\s+){0,3}(?:contributions?|donations?|grants?|funding|gifts?|allocations?|pledges?|money|funds)\b[^,;]{0,60},[^;]{0,250}$`)

// includesTheRe ends the words that name an amount stated before as
// included in the one before it: ", which includes the ", " including
// this ".
var includesTheRe = lazyre.New(`(?i)\b(?:includes|included|including|comprises|comprising)\s+(?:the|this|that)\s+$`)

// refersBackRe stands before an amount that names one stated before: "the
// SEK 25 million top-up", "this USD 5 million", "The other $20 million
// pays for", "This top-up of SEK 25 million", "The additional CHF 50
// million loan".
var refersBackRe = lazyre.New(`(?i)\b(?:the|this|that|these)\s+(?:other\s+|additional\s+|extra\s+|new\s+|further\s+)?(?:(?:top-up|top up|contribution|grant|donation|allocation|funding|sum|amount|gift|loan|pledge|package|injection)\s+of\s+)?$`)

// refersBack reports whether f names again an amount of the same value and
// currency stated before it, as "the SEK 25 million top-up" does.
func refersBack(f corpus.Fact, before []corpus.Fact) bool {
	start := indexStated(f.Sentence, f.Amount.Stated)
	if start < 0 || !refersBackRe.MatchString(f.Sentence[:start]) {
		return false
	}
	return slices.ContainsFunc(before, func(b corpus.Fact) bool {
		return sameMoney(b, f)
	})
}

// releaseYear is the release's funding year, else its publication year, or
// 0: the year against which an amount's own year is earlier.
func releaseYear(r *corpus.Release) int {
	if r.Year != 0 {
		return r.Year
	}
	if m := yearRe.FindStringSubmatch(r.Published); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	return 0
}

// moreMoneyRe stands before an amount that is more money, not the same
// stated again: "has also given a further $1 million", "another USD 5
// million". ("A further £10 million" alone is often the announced gift
// itself, further to earlier aid.)
var moreMoneyRe = lazyre.New(`(?i)(?:\balso\b[^.;]{0,30}\b(?:a further|another|a second|an extra|an additional)|\banother|\ba second)\s+(?:\w+\s+)?$`)

func moreMoney(f corpus.Fact) bool {
	start := indexStated(f.Sentence, f.Amount.Stated)
	return start >= 0 && moreMoneyRe.MatchString(f.Sentence[max(0, start-40):start])
}

// statedAt returns where amounts[i] stands in its sentence: when the same
// words stand there more than once ("€1m to UNHCR ..., €1m for UNICEF
// ..."), the occurrence that is its own.
func statedAt(amounts []corpus.Fact, i int) int {
	f := amounts[i]
	k := 0
	for j := i - 1; j >= 0 && sameSentence(amounts[j], f); j-- {
		if amounts[j].Amount.Stated == f.Amount.Stated {
			k++
		}
	}
	return nthStated(f.Sentence, f.Amount.Stated, k)
}

// nthStated returns where the k-th (from 0) occurrence of an amount as
// stated stands in s, or the last one's place when there are fewer; -1
// when there is none.
func nthStated(s, stated string, k int) int {
	at := -1
	for from := 0; k >= 0; k-- {
		j := indexStated(s[from:], stated)
		if j < 0 {
			return at
		}
		at = from + j
		from = at + len(stated)
	}
	return at
}

// indexStated returns where an amount as stated first stands in s, or
// -1: not inside a longer figure ("30 million USD" is not in "0.30
// million USD").
func indexStated(s, stated string) int {
	for from := 0; from <= len(s); {
		j := strings.Index(s[from:], stated)
		if j < 0 {
			return -1
		}
		at := from + j
		if at == 0 || !gluedToNumber(s[:at]) {
			return at
		}
		from = at + 1
	}
	return -1
}

// gluedToNumber reports whether text ending in before would continue a
// number: a digit, or a decimal point or comma after one.
func gluedToNumber(before string) bool {
	n := len(before)
	c := before[n-1]
	if c >= '0' && c <= '9' {
		return true
	}
	return (c == '.' || c == ',') && n > 1 && before[n-2] >= '0' && before[n-2] <= '9'
}

// includingRe opens a clause that lists what an amount before it includes.
var includingRe = lazyre.New(`(?i)\b(?:including|includes|of which|among them)\b`)

// subPart reports whether amounts[i] is named inside a clause that says
// what the amount before it includes: it is a part of that part.
func subPart(amounts []corpus.Fact, i int) bool {
	start := statedAt(amounts, i)
	if start <= 0 || i == 0 || !sameSentence(amounts[i-1], amounts[i]) {
		return false
	}
	f := amounts[i]
	clause := f.Sentence[:start]
	if k := strings.LastIndexAny(clause, "(;"); k >= 0 {
		clause = clause[k:]
	}
	return includingRe.MatchString(clause) && strings.Contains(clause, ",")
}

// listSubPart reports whether amounts[i] is an item of a list that the
// paragraph before it announces with an amount and a colon ("Sida will
// receive an additional SEK145 million (US$16 million) to be allocated as
// follows:", then "SEK75 million (US$8 million) for rapid response ..."):
// a part of that amount, already counted in it.
func listSubPart(amounts []corpus.Fact, i int) bool {
	f := amounts[i]
	for j := i - 1; j >= 0; j-- {
		h := amounts[j]
		if h.Paragraph < f.Paragraph-1 {
			return false
		}
		if h.Paragraph == f.Paragraph-1 && h.Context == "" && h.Amount.Currency == f.Amount.Currency &&
			h.Amount.Value > f.Amount.Value && strings.HasSuffix(strings.TrimSpace(h.Sentence), ":") {
			return true
		}
		// "Japan decided to provide the following assistance (52.1
		// million (5.21 billion JPY) in total);", then its rows: the
		// whole is stated, in whatever currency, and the rows are in it.
		if h.Paragraph == f.Paragraph-1 && followingListRe.MatchString(h.Sentence) {
			return true
		}
	}
	return false
}

// otherListRows marks the rows of a list of the donor's assistance whose
// whole is not this release's gift ("add 20 million USD of Emergency Grant
// Aid ... Added to the 10 million USD made public on November 12, this
// makes 30 million USD", then "Japan has decided on the following
// assistance (52.1 million (5.21 billion JPY) in total):" and its rows "(1)
// Emergency Grant Aid: 30 million USD ... (3) Assistance through Japanese
// NGOs: 1.5 million USD"): a row that states again a running sum the text
// gave before shows the list is of the donor's whole assistance, so its
// other rows are the donor's other gifts and its heading's whole is
// overall; none is a part of the total. A list whose rows are parts of the
// gift ("a total of SEK280 million as follows:") states no such sum and
// stays.
func otherListRows(amounts []corpus.Fact, total int) {
	if total < 0 {
		return
	}
	last := 0
	for _, f := range amounts {
		last = max(last, f.Paragraph)
	}
	for p := 2; p <= last; p++ {
		var heading, rows []int
		for j, f := range amounts {
			switch {
			case f.Paragraph == p-1 && followingListRe.MatchString(f.Sentence):
				heading = append(heading, j)
			case f.Paragraph == p:
				rows = append(rows, j)
			}
		}
		if len(heading) == 0 || slices.Contains(rows, total) || slices.Contains(heading, total) {
			continue
		}
		restatesSum := slices.ContainsFunc(rows, func(k int) bool {
			return slices.ContainsFunc(amounts[:heading[0]], func(e corpus.Fact) bool {
				return (e.Context == "cumulative" || e.Context == "overall") && sameMoney(e, amounts[k])
			})
		})
		if !restatesSum {
			continue
		}
		for _, k := range rows {
			if amounts[k].Context == "" {
				amounts[k].Context = "other gift"
			}
		}
		for _, j := range heading {
			if amounts[j].Context == "" {
				amounts[j].Context = "overall"
			}
		}
	}
}

// placeSubPart reports whether amounts[i] is told as part of a place's
// part stated before it: "Chad's allocation includes an additional €8.7
// million ... and €3.1 million ...", after "Chad €57.9 million". It is
// counted in that part already.
func placeSubPart(amounts []corpus.Fact, i int) bool {
	f := amounts[i]
	m := placeIncludesRe.FindStringSubmatch(f.Sentence)
	if m == nil {
		return false
	}
	ms := corpus.Mentions(m[1])
	if len(ms) != 1 {
		return false
	}
	code := ms[0].Country.Code
	for j := i - 1; j >= 0; j-- {
		h := amounts[j]
		if h.Context == "" && !h.Total && h.Country != "" && h.Country == code && h.Amount.Currency == f.Amount.Currency && h.Amount.Value > f.Amount.Value {
			return true
		}
	}
	return false
}

// placeIncludesRe opens a sentence that breaks down a place's part:
// "Chad's allocation includes".
var placeIncludesRe = lazyre.New(`^\W*(?:The\s+)?(\p{Lu}[\p{L}’' -]{1,40}?)['’]s?\s+(?:allocation|share|part|funding|envelope|package|portion)\s+(?:also\s+)?includ(?:es|ed|ing)\b`)

// followingListRe is a sentence announcing a list of the parts of a whole
// it states: "the following assistance (... in total);", "as follows:".
var followingListRe = lazyre.New(`(?i)\b(?:the following|as follows)\b.{0,120}?\b(?:in total|total|totall?ing)\b[^;:]{0,40}[:;]\s*$|\b(?:in total|totall?ing)\b.{0,120}?\b(?:the following|as follows)\b[^;:]{0,40}[:;]\s*$`)

// otherGiver reports whether a sentence's subject gives money and is
// another donor than the release's: "Additionally, the UN's Central
// Emergency Response Fund (CERF) has allocated USD 20 million" in a
// release by Norway.
func otherGiver(sent string, r *corpus.Release) bool {
	// The clause after a colon has a subject of its own:
	// "Luxembourg's aid comes on top of the EU's: the European Commission
	// has just set aside 30 million euro".
	if i := strings.LastIndex(sent, ": "); i >= 0 && otherGiver(strings.TrimSpace(sent[i+1:]), r) {
		return true
	}
	m := bodyDonorRe.FindStringSubmatch(withoutDateline(sent))
	// Not a passive ("programmes in Korea have been allocated ...": Korea
	// gets the money) nor a subject that only names where money goes.
	if m == nil || passive(m[0]) {
		return false
	}
	// "a group of foundations in western Pennsylvania have ... announced
	// emergency grants ... totaling $1.8 million", "donors at a pledging
	// conference provided": givers in general, none of them the
	// release's.
	// Not a "subject" that runs over places with their amounts in
	// brackets up to a later verb: "The remaining countries are Mali (€24
	// million); Mauritania (€5.7 million, covering the €3 million top-up
	// allocated in January" lists places funded.
	if placesAreRe.MatchString(m[1]) && slices.ContainsFunc(findAmounts(m[1], ""), func(a amount) bool { return strings.HasSuffix(strings.TrimRight(m[1][:a.start], " "), "(") }) {
		return false
	}
	if manyGiversRe.MatchString(m[1]) && len(donorsIn(m[1])) == 0 {
		return true
	}
	if placeWordsRe.MatchString(m[1]) {
		return false
	}
	return othersOnly(m[1], r)
}

// placesAreRe opens a sentence that lists places: "The remaining
// countries are ", "The other recipients include ".
var placesAreRe = lazyre.New(`(?i)^\W*(?:the\s+)?(?:\w+\s+){0,2}(?:countries|places|recipients|nations|states|territories|regions)\s+(?:are|were|include|included)\s`)

// elidedGiverRe is what stands between an amount and the one before it in
// a list of givers, each before its own amount, the verb said once or
// again: "Chile gave $4 million, Peru $2 million", "..., and Cuba
// announced a package of $1 million", "$3 million (€2.8 million) and
// Peru €1 million", and a bracket whose figure the page wrote twice over
// ("€200 million ($221m million), and the United States $204 million").
var elidedGiverRe = lazyre.New(`^(?:\s+(?:million|billion))?\s*(?:\([^()]{0,40}\))?\s*\)?\s*(?:,\s*(?:and\s+)?|;\s*|and\s+)(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*){0,4})\s+(?:(?:(?:has|have|had|will|also|then)\s+){0,2}(?:pledged|gave|given|give|offered|promised|committed|contributed|provided|donated|announced|allocated|added|put up)\b[^,;()$€£\d]{0,40}?\s*)?$`)

// relativeAsideRe is a relative clause set between commas after a
// subject: ", which co-hosted the summit with Qatar,", ", who chairs the
// group,".
var relativeAsideRe = lazyre.New(`,\s+(?:which|who)\s+[^,;.]{1,120},`)

// elidedGiver returns the giver a list names right before the amount at
// start of a sentence, in a list of givers each before its own amount
// ("Britain gave £10 million, Chile $4 million": Chile for $4 million),
// or nil. The list must open with a giver's clause ("Britain gave") and
// go on amount after giver to this one: in "Germany gave $5 million to
// Chad, Niger $2 million", or "Angola received $3 million, Chad $2
// million", the names are places given money; so they are when the
// amounts after the first add up to it. Each name must be a donor's (a
// country or a body in the donor table).
func elidedGiver(sent string, start int) []string {
	as := findAmounts(sent[:start], "")
	if len(as) == 0 {
		return nil
	}
	// ("The United Kingdom, which co-hosted the summit along with the
	// governments of Qatar and Germany, pledged £286 million": the
	// relative clause between the giver and its verb names no giver.)
	m := bodyDonorRe.FindStringSubmatch(relativeAsideRe.ReplaceAllString(withoutDateline(sent[:as[0].start]), ""))
	if m == nil || passiveRe.MatchString(m[0]) || placeWordsRe.MatchString(m[1]) || !knownGivers(donorsIn(m[1])) || len(donorsIn(m[1])) == 0 {
		return nil
	}
	// "The EU has allocated €10 million, Mali €4 million, Niger €3
	// million and Chad €3 million": the amounts after the first add up
	// to it, a breakdown by place, not other givers.
	if all := findAmounts(sent, ""); len(all) >= 3 {
		sum := 0.0
		for _, a := range all[1:] {
			if a.Currency == all[0].Currency {
				sum += a.Value
			}
		}
		if sameValue(sum, all[0].Value) && !aidGiversListed(sent, all) {
			return nil
		}
	}
	var giver []string
	for k := range as {
		next := start
		if k+1 < len(as) {
			next = as[k+1].start
		}
		gap := sent[as[k].end:next]
		// "£10 million ($13 million)": the same money written twice.
		if bracketOpenRe.MatchString(gap) {
			continue
		}
		g := elidedGiverRe.FindStringSubmatch(gap)
		if g == nil {
			return nil
		}
		ds := donorsIn(g[1])
		if len(ds) != 1 || !knownGiver(ds[0]) {
			return nil
		}
		giver = ds
	}
	return giver
}

// aidGiversListed reports whether every name a list of amounts gives
// before its amounts after the first is a country that gives aid rather
// than receives it (corpus.AidGiver): "Norway has pledged $10 million,
// Sweden $6 million and Denmark $4 million" lists givers, whatever the
// sums add up to; "Mali €4 million, Niger €3 million" lists places.
func aidGiversListed(sent string, as []amount) bool {
	for k := 1; k < len(as); k++ {
		g := elidedGiverRe.FindStringSubmatch(sent[as[k-1].end:as[k].start])
		if g == nil {
			return false
		}
		c, ok := corpus.LookupCountry(g[1])
		if !ok || !corpus.AidGiver(c.Code) {
			return false
		}
	}
	return true
}

// otherSubject reports whether the subject of the clause an amount at
// start stands in (giverSubject) names another giver, known by name:
// "The government of Chile's foreign minister on Monday gave $2 million
// to UNICEF" in a release by Peru.
// Only a subject that names a government or its officials: a country
// named alone may be the one given money ("Chad will be helped by ...").
// The subject must give: "The Government of Chad will receive $5
// million" names the country given money.
func otherSubject(sent string, start int, r *corpus.Release) bool {
	subject := giverSubject(sent, start)
	if subject == "" {
		return false
	}
	i := strings.LastIndex(sent[:start], subject)
	if i < 0 {
		return false
	}
	verb := sent[i+len(subject) : start]
	// "In addition to China's contribution, the UK has announced
	// £33,000": a country named alone as the subject giving is a
	// government too.
	// (Its verb right before the amount: "Myanmar will be allocated 12
	// million dollars, Mali 11 million" gives Mali nothing of its own.)
	countryGives := countryAloneRe.MatchString(subject) && len(corpus.FindCountries(subject)) == 1 &&
		wordCount(verb) <= 6 && !strings.ContainsAny(verb, "0123456789$€£¥")
	return (governmentSubjectWordRe.MatchString(subject) || countryGives) &&
		!placeWordsRe.MatchString(subject) && subjectGivesRe.MatchString(verb) && !receiverVerbRe.MatchString(verb) &&
		!passiveRe.MatchString(strings.TrimSpace(verb)) && othersOnly(subject, r)
}

// donorGivesInClause reports whether the clause amount i stands in names
// one of the release's donors, and no other giver, as giving it.
func donorGivesInClause(amounts []corpus.Fact, i int, r *corpus.Release) bool {
	start, _, _, _ := amountSpan(amounts, i)
	if start < 0 {
		return false
	}
	clause := amounts[i].Sentence[:start]
	if k := strings.LastIndexAny(clause, ";"); k >= 0 {
		clause = clause[k+1:]
	}
	ds := donorsIn(clause)
	return len(ds) == 1 && donorsInclude(r, ds[0]) && subjectGivesRe.MatchString(clause)
}

// pooledFundsGaveRe ends the words before an amount that several pooled
// funds together gave: "the OCHA-managed Pooled Funds allocated ".
var pooledFundsGaveRe = lazyre.New(`(?i)\bpooled\s+funds\b(?:\s*\([A-Z]{2,6}\))?\s+(?:have\s+|had\s+|together\s+)?(?:allocated|released|provided|disbursed|granted|committed)\s+(?:(?:a total of|about|around|almost|nearly|over|more than|some)\s+)?$`)

// localGiver reports whether the subject of the clause an amount at start
// stands in is a city, province or other local government, which gives
// its own money, never the state's nor the release donor's: "The city of
// Wenzhou ... said that it would donate 2 million yuan", "the municipal
// government of Changchun ... pledged 500,000 yuan", in a wire story of
// China's aid. (Not when the release's donor is that local government.)
func localGiver(sent string, start int, r *corpus.Release) bool {
	clause := ownClauseBefore(sent, start)
	if m := giverOpeningRe.FindStringIndex(clause); m != nil {
		clause = clause[m[1]:]
	}
	v := localVerbRe.FindStringIndex(clause)
	if v == nil || v[0] == 0 || wordCount(clause[:v[0]]) > 14 || !subjectGivesRe.MatchString(clause[v[0]:]) {
		return false
	}
	subject := clause[:v[0]]
	// ("In the town of Goma, WFP will provide $2 million": a place the
	// clause opens with is where, not who gives.)
	if !localGovernmentRe.MatchString(subject) || frontedPhraseRe.MatchString(strings.TrimSpace(subject)) {
		return false
	}
	return !slices.ContainsFunc(r.Donors, func(d string) bool { return strings.Contains(subject, d) && localGovernmentRe.MatchString(d) })
}

// localVerbRe is the first verb after a clause's subject: "said", "has".
var localVerbRe = lazyre.New(`\b(?:said|says|announced|pledged|donated|gave|offered|promised|provided|would|will|has|have|had|is|was)\b`)

// localGovernmentRe names a city, province or other local government.
var localGovernmentRe = lazyre.New(`(?i)\b(?:city|province|provincial government|municipal(?:ity| government)|prefecture|prefectural government|county|township|town|village|district government|state government of|regional government)\b`)

// countryAloneRe is a subject of one to four capitalised words, "the"
// aside: "the UK", "Germany", "The United Arab Emirates".
var countryAloneRe = lazyre.New(`^(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$`)

// subjectGivesRe finds a verb of giving between a subject and its amount:
// " on Monday gave ", " has pledged an extra ".
var subjectGivesRe = lazyre.New(`(?i)\b(?:re-?allocat\w*|redirect\w*|reprogram\w*|gave|give|gives|given|pledge|pledges|pledged|donate|donates|donated|contribut\w+|provid\w+|commit|commits|committed|grant|grants|granted|allocat\w+|offer|offers|offered|promise|promises|promised|announce|announces|announced|release|releases|released|disburse|disbursed)\b`)

// governmentSubjectWordRe finds a government or one of its officials in a
// subject: "The government of Chile's foreign minister", "Peru's
// President".
var governmentSubjectWordRe = lazyre.New(`(?i)\b(?:government|prime minister|president|foreign minister|minister|ministry|ambassador|emir|king|chancellor|embassy)\b`)

// clauseBefore is the clause an amount at start stands in, up to it, when
// a clause of its own opens (newClauseRe) after the amount before: "The EU
// added $30 million, while Canada pledged "; else "".
// A "while" with no comma before it opens one too: "Canada pledged $90
// million while Japan promised ".
func clauseBefore(sent string, prevEnd, start int) string {
	before := sent[prevEnd:start]
	if clause := afterLast(newClauseRe, before); len(clause) < len(before) {
		return clause
	}
	if clause := afterLast(bareWhileRe, before); len(clause) < len(before) {
		return clause
	}
	return ""
}

// bareWhileRe is a "while" or "whereas" between clauses without a comma.
var bareWhileRe = lazyre.New(`\s(?:while|whereas)\s+`)

// manyGiversRe is a subject that names givers in general: "donors", "a
// group of foundations", "other countries", "member states", after an
// opening word ("Elsewhere, ").
var manyGiversRe = lazyre.New(`(?i)^(?:\w+,\s+)?(?:the\s+|a\s+group\s+of\s+|other\s+|several\s+|many\s+)?(?:\w+\s+){0,2}?(?:donors|foundations|governments|member states|countries)\b`)

// othersOnly reports whether a phrase names givers, all of them known by
// name (a country, the EU, a pooled fund: a private donor may be named two
// ways in one release) and none of them among the release's donors.
func othersOnly(phrase string, r *corpus.Release) bool {
	// "The General Motors Foundation said it was kicking in one million
	// dollars", in the Dell Foundation's release: a private giver named in
	// full as the whole subject, sharing no word of its name with the
	// release's donors, gives its own money.
	if name, ok := privateDonor(strings.TrimSpace(phrase)); ok && fullPrivateNameRe.MatchString(name) && !sharesNameWord(name, r.Donors) && slices.ContainsFunc(r.Donors, privateKindRe.MatchString) {
		return true
	}
	ds := donorsIn(phrase)
	if len(ds) == 0 {
		return false
	}
	for _, d := range ds {
		if slices.Contains(r.Donors, d) || !knownGiver(d) {
			return false
		}
	}
	return true
}

// ownerRe ends with a giver's possessive before an amount: "the European
// Commission's ", "Japan's additional ", "the EU’s pledge equivalent to ".
var ownerRe = lazyre.New(`(\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.-]*){0,4})['’]s\s+(?:(?:additional|new|own|initial|further|earlier|separate)\s+)?(?:(?:pledge|contribution|donation|gift|grant|commitment)\s+(?:of|worth|equivalent to|amounting to|totall?ing)\s+)?(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)

// otherOwner reports whether the text before an amount makes it another
// giver's, known by name and not among the release's donors: "the
// European Commission's 30 million euro" in a release by Luxembourg.
func otherOwner(before string, r *corpus.Release) bool {
	m := ownerRe.FindStringSubmatch(before)
	if m == nil {
		// "through the European Union, which contributed Euros 516
		// million in 2013": the giver of a relative clause.
		m = whichGaveRe.FindStringSubmatch(before)
	}
	if m == nil {
		// "pledged so far, among others by Sweden (USD 40 million)": the
		// giver before a bracket, after "by".
		m = byGiverRe.FindStringSubmatch(before)
	}
	if m == nil {
		// "The conference saw Canada pledge $90 million": the giver an
		// event saw give.
		m = sawGiveRe.FindStringSubmatch(before)
	}
	if m == nil {
		return false
	}
	// "The World Food Programme, which has released $90,000 from a
	// reserve of its own": an agency giving from its own funds, when it
	// is neither the release's donor nor its recipient.
	if m := whichGaveRe.FindStringSubmatch(before); m != nil {
		if ms := orgMentions(m[1]); len(ms) == 1 && ms[0].acronym != r.Recipient && !slices.Contains(r.Donors, ms[0].acronym) {
			return true
		}
	}
	return othersOnly(m[1], r)
}

// sawGiveRe ends the words before an amount that an event saw a giver
// give: "The aid drive saw the European Union pledge ".
var sawGiveRe = lazyre.New(`\b(?:saw|sees|see|has seen|had seen)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.-]*){0,4})\s+(?:pledge|promise|give|donate|contribute|commit|offer|provide|announce|allocate)\s+(?:(?:an?\s+)?(?:additional|extra|further|new)\s+)?(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)

// byGiverRe ends the words before an amount in brackets after its giver:
// "among others by Sweden (".
var byGiverRe = lazyre.New(`\bby\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.-]*){0,4})\s*\(\s*$`)

// whichGaveRe ends the words before an amount that a giver named just
// before gave, in a relative clause: "the European Union, which
// contributed ".
var whichGaveRe = lazyre.New(`(\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.-]*){0,4}),?\s+which\s+(?:has\s+|had\s+|also\s+)?(?:contributed|gave|provided|donated|pledged|allocated|committed|released|disbursed)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)

// passiveRe ends a subject and verb in the passive ("Burkina Faso and
// Myanmar, each granted $9 million": they get it); placeWordsRe finds a
// subject that says where, or for whom, rather than who gives.
var (
	passiveRe    = lazyre.New(`(?i)\b(?:been|be|is|are|was|were|each)\s+(?:\w+\s+)?\w+$`)
	placeWordsRe = lazyre.New(`(?i)\b(?:in|for|to|agencies|programmes|programs|people|partners|actors|refugees|children)\b`)
)

// privateKinds are the words that end a private giver's name with the
// kind of body it is.
const privateKinds = `(?:Foundation|Trusts?|Endowments?|Corporation|Company|Group|Inc\.?|Ltd\.?|plc)$`

// fullPrivateNameRe is a private giver's name in full: words in
// capitals, then the kind of body ("General Motors Foundation"; not "The
// company"). privateKindRe ends any name with the kind of body.
var (
	fullPrivateNameRe = lazyre.New(`^(?:The\s+)?(?:\p{Lu}[\p{L}&’'.-]*\s+)+` + privateKinds)
	privateKindRe     = lazyre.New(`\b` + privateKinds)
)

// genericNameWords are the words many givers' names share.
var genericNameWords = map[string]bool{"the": true, "foundation": true, "trust": true, "trusts": true, "fund": true, "corporation": true,
	"company": true, "group": true, "inc": true, "inc.": true, "ltd": true, "ltd.": true, "plc": true, "charitable": true, "and": true, "&": true, "of": true}

// sharesNameWord reports whether name shares a word, other than the words
// many givers' names share, with one of donors ("Dell Foundation" and "The
// Michael and Susan Dell Foundation").
func sharesNameWord(name string, donors []string) bool {
	own := map[string]bool{}
	for _, d := range donors {
		for _, w := range strings.Fields(strings.ToLower(d)) {
			own[w] = true
		}
	}
	return slices.ContainsFunc(strings.Fields(strings.ToLower(name)), func(w string) bool { return own[w] && !genericNameWords[w] })
}

// progressiveRe ends a subject's verb in -ing, which gives: "said it was
// kicking in", "is providing".
var progressiveRe = lazyre.New(`(?i)\b(?:is|are|was|were)\s+\w+ing(?:\s+(?:in|up|out|over))?$`)

// passive reports whether the words up to a verb end it in the passive:
// "have been allocated", not "was kicking in".
func passive(s string) bool { return passiveRe.MatchString(s) && !progressiveRe.MatchString(s) }

// knownGiver reports whether a donor is a country or a body in the donor
// table, named one way whatever the release calls it.
func knownGiver(d string) bool {
	if _, ok := corpus.LookupCountry(d); ok {
		return true
	}
	// "the Sudan Humanitarian Fund allocated $38 million": a country's
	// pooled fund gives in its own name.
	if pooledFundRe.MatchString(d) && strings.HasSuffix(d, "Fund") {
		return true
	}
	return slices.ContainsFunc(donorBodies, func(b corpus.DonorBody) bool { return b.Donor == d })
}

// sentenceBefore is the sentence before f's in its paragraph, or "" when
// f's is the first.
func sentenceBefore(r *corpus.Release, f corpus.Fact) string {
	p := r.Paragraph(f.Paragraph)
	at := strings.Index(p, f.Sentence)
	if at <= 0 {
		return ""
	}
	prev := ""
	for _, sp := range sentences(p[:at]) {
		if t := strings.TrimSpace(p[sp.start:sp.end]); t != "" {
			prev = t
		}
	}
	return prev
}

// sentenceAfter is the sentence after f's in its paragraph, or "" when
// f's is the last.
func sentenceAfter(r *corpus.Release, f corpus.Fact) string {
	p := r.Paragraph(f.Paragraph)
	at := strings.Index(p, f.Sentence)
	if at < 0 {
		return ""
	}
	for _, sp := range sentences(p[at+len(f.Sentence):]) {
		if t := strings.TrimSpace(p[at+len(f.Sentence)+sp.start : at+len(f.Sentence)+sp.end]); t != "" {
			return t
		}
	}
	return ""
}

// previousGiftRe names, in the sentence after a gift, that gift as one
// made before the one announced: "In addition to the previous grant, this
// emergency grant aid ...", "Unlike the earlier contribution".
var previousGiftRe = lazyre.New(`(?i)\b(?:the|that|this)\s+(?:previous|earlier|prior|first|initial|former)\s+(?:\w+\s+)?(?:grant|contribution|donation|allocation|pledge|tranche|package|aid|funding|assistance)\b`)

// onlyRecipientOfGift reports whether the total's sentence names its
// recipient and every other recipient of the release is named only beside
// context ("UNICEF receives NOK 25 million ...", then "This includes the
// NOK 60 million support to UNRWA" of the running sum): the others got
// earlier money, not a share of this gift.
func onlyRecipientOfGift(r *corpus.Release, amounts []corpus.Fact, total int) bool {
	t := amounts[total]
	if t.Recipient == "" || !namesOrg(t.Sentence, t.Recipient) {
		return false
	}
	for _, rec := range r.Recipients {
		if rec == t.Recipient {
			continue
		}
		if namesOrg(t.Sentence, rec) {
			return false
		}
		inContext := false
		for _, f := range amounts {
			if !namesOrg(f.Sentence, rec) {
				continue
			}
			if f.Context == "" {
				return false
			}
			inContext = true
		}
		if !inContext {
			return false
		}
	}
	return true
}

// asOfRe opens a sentence with the time a roundup stands at: "As of
// Wednesday afternoon, "; hadAnnouncedRe ends the words before the news it
// reports: "had announced a donation of ", "had pledged a total of ".
var (
	asOfRe         = lazyre.New(`(?i)^\W*as of\b`)
	hadAnnouncedRe = lazyre.New(`(?i)\bhad\s+(?:announced|pledged|committed|donated|given)\b[^.;]{0,40}$`)
)

// fullDateRe is a date with its day, month and year in a sentence: "14th
// February 2025", "June 10th, 2014", "10 June 2014".
var fullDateRe = lazyre.New(`(?i)\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)\b`)

// headlineAgain reports whether a sentence is the title written again,
// longer or shorter: it starts with the title's first five words.
func headlineAgain(title, sent string) bool {
	ws := strings.Fields(title)
	if len(ws) > 5 {
		ws = ws[:5]
	}
	return len(ws) > 0 && strings.HasPrefix(strings.ToLower(sent), strings.ToLower(strings.Join(ws, " ")))
}

// withThisGiftOfRe ends the words before the gift an opening phrase names:
// "With this contribution of ".
var withThisGiftOfRe = lazyre.New(`(?i)^\W*with\s+this\s+(?:\w+\s+)?(?:contribution|grant|donation|pledge|allocation|gift|disbursement)\s+of\s+(?:(?:about|around|almost|nearly|over|more than|some|approximately)\s+)?$`)

// appealWithRe ends the words before what an appeal seeks, however far
// the appeal is named before: "the appeal is to help ... with ".
var appealWithRe = lazyre.New(`(?i)\bappeal\b[^;.]{0,200}\bwith\s+(?:(?:about|around|some|nearly|over|more than|up to)\s+)?$`)

// leftWithRe ends the words before money a donor keeps back: "This
// leaves the SDC with ".
var leftWithRe = lazyre.New(`(?i)\b(?:leaves|leaving|left)\s+(?:the\s+|us\s+|it\s+)?(?:\p{Lu}[\p{L}.]*\s+)*?with\s+(?:(?:about|around|some|nearly|over|more than|up to|a further|another)\s+)?$`)

// stateGaveRe ends the words before money a state gives, named as a
// speaker's country or by its name: "said his country offered ", "said
// Kuwait had given the AHTF ".
var stateGaveRe = lazyre.New(`(?:(?i:\b(?:his|her|their|our)\s+(?:country|government))|\b(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?))\s+(?i:(?:has\s+|had\s+|will\s+)?(?:also\s+)?(?:offered|gave|given|provided|donated|contributed|pledged|allocated|give|provide|donate|contribute))\s+(?:[^;.,]{0,40}?\s+)?(?i:(?:about|around|almost|nearly|over|more than|some|an additional|a further|another)\s+)?$`)

// stateGave reports whether before ends with money a state gives
// (stateGaveRe): a speaker's country, or a country by its name.
func stateGave(before string) bool {
	m := stateGaveRe.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	if m[1] == "" {
		return true
	}
	// "The Red Cross Society of China has donated": the country ends a
	// society's name, which gives as itself.
	if i := strings.LastIndex(before, m[1]); i >= 0 && societyBeforeRe.MatchString(before[:i]) {
		return false
	}
	_, ok := corpus.LookupCountry(m[1])
	return ok
}

// societyBeforeRe ends the words of a Red Cross or Red Crescent
// society's name before its country: "The Red Cross Society of ".
var societyBeforeRe = lazyre.New(`\bRed\s+(?:Cross|Crescent)(?:\s+Society)?\s+of\s+(?:the\s+)?$`)

// projectCostRe ends the words before what a project costs: "The
// project, which will cost ", "will cost up to ", "costing ", "Its cost
// may reach up to ". shareOfProjectRe tells a donor's share of it: "of
// which KSR will contribute", "will contribute USD one million to the
// project", "KSR's share of the project is", "KSR is putting USD one
// million towards it".
var (
	projectCostRe    = lazyre.New(`(?i)\b(?:(?:will|would|is to|to|may|could)\s+cost|costing|(?:its|the|total|whose)\s+(?:total\s+)?cost\s+(?:is|will be|of|amounts to|stands at|(?:may|could|will)\s+reach)|cost\s+(?:may|could|will)\s+reach)\s+(?:(?:up to|about|around|almost|nearly|over|more than|some|an estimated|approximately)\s+)?$`)
	shareOfProjectRe = lazyre.New(`(?i)\bof which\s+[^,;.]{1,60}?\s+(?:will|would|is to)\s+(?:contribute|provide|fund|cover|pay)\b|\b(?:will|would|is to)\s+(?:contribute|provide)\s+[^;.]{1,40}?\s+(?:to|towards?)\s+the\s+(?:project|programme|program|facility|scheme)\b|\b(?:share|part|portion) of the (?:project|programme|program|cost)\b|\b(?:putting|contributing|providing|paying)\s+[^;.]{1,30}?\s+(?:towards?|to)\s+(?:it|the project|the cost)\b`)
)

// exceedTheRe ends the words before a sum another is compared with:
// "is likely to exceed the "; givenAfterRe follows it with its giving:
// " provided to quake-stricken Haiti".
var (
	exceedTheRe  = lazyre.New(`(?i)\b(?:exceed|exceeds|exceeding|surpass\w*|outstrip\w*|top|tops|topping|match|matches|double|doubles)\s+(?:the\s+)?$`)
	givenAfterRe = lazyre.New(`(?i)^\s+(?:(?:it|they|\w+)\s+)?(?:had\s+)?(?:provided|given|gave|donated|pledged|sent|offered|contributed)\b`)
)

// hasTotalOfRe ends the words before a sum told in the present perfect:
// "Canada has committed a total of ", "We have thus now provided a total
// of ", "the Kingdom has provided UNHCR with a total of ", "Denmark
// managed to give a total of ".
var hasTotalOfRe = lazyre.New(`(?i)\b(?:(?:has|have)\s+(?:(?:thus|therefore|hence|now|so far|already|also)\s+){0,3}(?:committed|pledged|provided|given|contributed|allocated|donated|disbursed)|managed to (?:give|provide|contribute|donate|allocate))\s+(?:[^,;.]{1,40}?\s+with\s+)?a total of\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)

// monthOpenRe opens a sentence with the month, and maybe the year, of
// money given then: "In April, Ireland pledged", "In March 2024, the
// Government provided".
// announcedInMonthRe tells the month a pledge was announced in: "The UAE
// announced its pledge of US$ 50 million in July".
var (
	monthOpenRe = lazyre.New(`^\W*In\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?,?\s+[^,;]{0,60}?\b(?:pledged|gave|provided|announced|contributed|donated|allocated|committed|approved|released|disbursed)\b`)
	// "Japan provided $7 million as an emergency grant ... in
	// September 2022": a gift in the simple past, dated by month and
	// year (not "will be provided in").
	gaveInMonthYearRe  = lazyre.New(`(?:^|[^\w\s]\s*|\b(?:it|they|we|\p{Lu}[\p{L}-]*)\s+)(?:provided|gave|contributed|donated|allocated|pledged|granted|disbursed)\b[^.;]{0,120}?\bin\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b`)
	announcedInMonthRe = lazyre.New(`\b(?:announced|pledged|promised)\s+(?:its|their|a|the)\s+(?:\w+\s+){0,2}(?:pledge|contribution|grant|donation)\b[^.;]{0,60}?\bin\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b`)
)

// monthBefore reports whether a sentence tells money given in a month
// before the publication's (monthOpenRe, announcedInMonthRe,
// gaveInMonthYearRe), in its year or the one the sentence names (an
// earlier year counts too). A page with
// no date, which announces its own gift "today", gave the money of a month
// it names in the past before.
func monthBefore(sent, published string) bool {
	m := monthOpenRe.FindStringSubmatch(sent)
	if m == nil {
		m = announcedInMonthRe.FindStringSubmatch(sent)
	}
	if m == nil {
		m = gaveInMonthYearRe.FindStringSubmatch(sent)
	}
	if m == nil {
		return false
	}
	if published == "" {
		return true
	}
	pub, err := time.Parse("2006-01-02", published)
	if err != nil {
		return false
	}
	month, err := time.Parse("January", m[1])
	if err != nil {
		return false
	}
	year := pub.Year()
	if m[2] != "" {
		year, _ = strconv.Atoi(m[2])
	}
	return year < pub.Year() || year == pub.Year() && month.Month() < pub.Month()
}

// datedBefore reports whether a sentence dates what it tells, with a day,
// month and year, at least days before the page's publication date.
func datedBefore(sent, published string, days int) bool {
	if published == "" {
		return false
	}
	pub, err := time.Parse("2006-01-02", published)
	if err != nil {
		return false
	}
	for _, m := range fullDateRe.FindAllString(sent, 3) {
		d := isoDate(m)
		if d == "" {
			continue
		}
		if t, err := time.Parse("2006-01-02", d); err == nil && pub.Sub(t) >= time.Duration(days)*24*time.Hour {
			return true
		}
	}
	return false
}
