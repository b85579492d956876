package extract

import (
	"slices"
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"
)

// The context rules: each says when an amount is context, not this
// donor's gift in this release (an appeal, a plan, a running sum, an
// earlier gift, another giver's money, a whole the gift is part of), or
// when it surely is the gift. amountContext tries them in order and the
// first that holds names the role.

// contextRule marks an amount as context when it holds. A cue rule holds
// when its cue stands next to the amount: before it (after any amount
// before it, in its own clause) or just after it (before any amount after
// it); a test rule holds when its test does, reading the whole sentence.
// A rule whose context is "" holds for the gift itself and ends the
// search.
type contextRule struct {
	context string
	before  *lazyre.Regexp // cue in the words before the amount
	after   *lazyre.Regexp // cue in the words after it
	// unless, when set, vetoes the rule by the words after the amount.
	unless *lazyre.Regexp
	// test, when set, decides alone; the exemptions of cue rules (money
	// given to an appeal or a plan, a match) do not apply.
	test func(w *amountWords) bool
}

// amountWords is one amount in its sentence as the context rules read it.
// sent is the sentence, [start, end) the amount, prevEnd/nextStart the
// ends of the amounts around it in the sentence (0 and len(sent) if none),
// year the release's year (0 if not known).
type amountWords struct {
	sent                           string
	start, end, prevEnd, nextStart int
	year                           int
	before, after, own             string // the words around the amount; own: before's last clause
	toAppeal, toPlan               bool   // the amount is given to an appeal or a plan
}

// newAmountWords reads the words around an amount once for every rule.
func newAmountWords(sent string, start, end, prevEnd, nextStart, year int) *amountWords {
	w := &amountWords{sent: sent, start: start, end: end, prevEnd: prevEnd, nextStart: nextStart, year: year}
	// "help for those in need by providing": people in need are no
	// appeal.
	w.before = inNeedRe.ReplaceAllString(sent[min(start, max(prevEnd, start-90)):start], "in distress")
	w.after = sent[end:max(end, min(nextStart, end+60))]
	// A cue in an earlier clause belongs to that clause: "support for the
	// Flash appeal for Ukraine, and $1 million will be channelled to".
	w.own = afterLast(newClauseRe, w.before)
	// "more than $10 million the foundation has already committed: $5
	// million to the World Health Organization": the words before the
	// colon tell the amount before them, the whole the list after the
	// colon breaks down; an item of the list has no cue of its own there.
	if prevEnd > 0 && strings.HasSuffix(strings.TrimRight(w.own, " \u00a0"), ":") {
		w.own = ""
	}
	// "DKK 100 M to support UNHCR's COVID-19 appeal": money given to an
	// appeal is a gift, not the appeal's size.
	w.toAppeal, w.toPlan = giftToAppealRe.MatchString(w.after), giftToPlanRe.MatchString(w.after)
	// "will back the ICRC's humanitarian response plan around the world
	// with a donation of AED40.4 million": the gift the plan is backed
	// with, not the plan's size.
	if giftWithRe.MatchString(w.own) {
		w.toAppeal, w.toPlan = true, true
	}
	// "field operations ... were to be supported through their
	// consolidated appeals, amounting to £5.1 million": the gift given
	// through appeals, not an appeal's size.
	// "Following the appeal, she topped the Danish contribution off with
	// an additional DKK 19 million": a gift that answers an appeal.
	// "The Board responded to this appeal by approving a grant of USD
	// 500,000", "chose to cover the whole appeal and give $90
	// million": the gift that answers or covers the appeal.
	if throughAppealRe.MatchString(w.own) || answersAppealRe.MatchString(w.own) || answeredAppealRe.MatchString(w.before) {
		w.toAppeal = true
	}
	// "Africa $ 25.4 million Syria Regional Response Plan $ 9.6 million
	// Headquarters $ 2.8 million": the rows of a table run together, each
	// a label and its amount; a label naming a plan is what that row's
	// money goes to, and the next row's label is no cue of this amount.
	if tableRow(sent, start) {
		w.toAppeal, w.toPlan = true, true
	}
	return w
}

// rowLabelRe is the label of a table's row before its amount: a few words,
// the first capitalised, with no comma, colon or semicolon ("Asia and
// Pacific ", "Global Operations1 ").
var rowLabelRe = lazyre.New(`^\s*\p{Lu}[\p{L}\d'’&().-]*(?:\s+[\p{L}\d'’&().-]+){0,6}\s+$`)

// tableRow reports whether the amount at start in sent is a row of a table
// run together into one sentence (tableRowLabel).
func tableRow(sent string, start int) bool { return tableRowLabel(sent, start) >= 0 }

// tableRowLabel returns where the label of the amount at start in sent
// begins when the amount is a row of a table run together into one
// sentence: at least three amounts in a row each come right after a
// label (rowLabelRe), the first label after a colon or at the sentence's
// start. It returns -1 when the amount is no such row.
func tableRowLabel(sent string, start int) int {
	as := findAmounts(sent, "")
	run, label := 0, -1
	prevEnd := 0
	for i, a := range as {
		lo := prevEnd
		if i == 0 || run == 0 {
			lo += strings.LastIndex(sent[prevEnd:a.start], ":") + 1
		}
		isLabel := rowLabelRe.MatchString(sent[lo:a.start])
		opens := i == 0 || strings.Contains(sent[prevEnd:a.start], ":")
		switch {
		case isLabel && (run > 0 || opens):
			run++
		default:
			if label >= 0 && run >= 3 {
				return label
			}
			run, label = 0, -1
		}
		if run > 0 && a.start == start {
			label = lo
		}
		prevEnd = a.end
	}
	if run >= 3 {
		return label
	}
	return -1
}

// holds reports whether r holds for the amount w.
func (r *contextRule) holds(w *amountWords) bool {
	if r.test != nil {
		return r.test(w)
	}
	// (Nor is the next item of a list of such gifts: "$17.5 million
	// for UNHCR's Regional Response Plan, $2 million for ...".)
	switch {
	case r.context == "appeal" && w.toAppeal,
		r.context == "plan" && (w.toPlan || giftForPlanBeforeRe.MatchString(w.own)),
		r.context == "other donor" && matchingRe.MatchString(w.own):
		return false
	}
	return (r.before.MatchString(w.own) || r.after.MatchString(w.after)) && (r.unless == nil || !r.unless.MatchString(w.after))
}

// amountContext says why an amount is context, or "" when it is this
// donor's gift or a part of it: the context of the first of contextRules
// that holds. sent is the amount's sentence, [start, end) the amount, and
// prevEnd/nextStart the ends of the amounts around it in the sentence (0
// and len(sent) if none).
func amountContext(sent string, start, end, prevEnd, nextStart, year int) string {
	w := newAmountWords(sent, start, end, prevEnd, nextStart, year)
	for i := range contextRules {
		if contextRules[i].holds(w) {
			return contextRules[i].context
		}
	}
	return ""
}

// askForRightBeforeRe ends the words right before an amount asked for:
// "ask for at least ", "appealed for ", "calls for an additional ".
var askForRightBeforeRe = lazyre.New(`(?i)\b(?:ask|asks|asked|asking|appeal|appeals|appealed|appealing|call|calls|called|calling|request|requests|requested|requesting)\s+for\s+(?:(?:at least|about|around|nearly|almost|over|more than|some|an? (?:additional|further|extra)|another)\s+)?$`)

// outOfWholeRe ends the words before a whole that the gift is a part of:
// "out of the total commitment India makes to UNRWA of ".
// outOfWholeOpensRe is the same words anywhere before. paidSoFarRe
// follows the part of it paid so far: " has been paid now".
var (
	outOfWholeOpensRe = lazyre.New(`(?i)\bout of\s+(?:the|its|a|their)\s+(?:total|overall|full|annual|whole)\s+(?:commitment|pledge|contribution|package|grant)\b`)
	outOfWholeRe      = lazyre.New(`(?i)\bout of\s+(?:the|its|a|their)\s+(?:total|overall|full|annual|whole)\s+(?:commitment|pledge|contribution|package|grant)\b[^.;$€£¥0-9]{0,80}?\bof\s+(?:about\s+|some\s+|nearly\s+|over\s+)?$`)
	paidSoFarRe       = lazyre.New(`(?i)^,?\s+(?:has|have)\s+(?:now\s+|so far\s+|already\s+)?been\s+(?:paid|disbursed|released|transferred|handed over)\b`)
)

// contextRules are the context rules in the order they are tried: the
// tests that read the whole sentence, the cue rules, and last the year an
// amount's clause names.
var contextRules = slices.Concat(testRules, cueRules, []contextRule{
	{context: "earlier", test: func(w *amountWords) bool {
		return w.year != 0 && earlierYear(w.sent, w.start, w.end, w.prevEnd, w.nextStart, w.year) != 0
	}},
})

// testRules read more than one side of the amount, or the whole sentence.
var testRules = []contextRule{
	// "where upwards of 100 countries met to hear Haiti ask for at least
	// $3.8 billion": what one asks for right before the amount is an
	// appeal, whoever else the sentence names before.
	{context: "appeal", test: func(w *amountWords) bool {
		return askForRightBeforeRe.MatchString(w.sent[max(w.prevEnd, w.start-40):w.start])
	}},
	// "To date, Japan has given UNICEF a total of ...": the whole
	// sentence tells a running sum.
	{context: "cumulative", test: func(w *amountWords) bool {
		sent, start := w.sent, w.start
		return runningSumRe.MatchString(sent[:start]) || totalToRe.MatchString(sent[:start]) ||
			providedTotallingRe.MatchString(sent[:start]) && !giftTotallingRe.MatchString(sent[max(0, start-60):start]) && !toBeDoneRe.MatchString(sent[:start]) ||
			inTotalHasRe.MatchString(sent[:start]) && toDateRe.MatchString(sent) || sumSoFarRe.MatchString(sent[:start]) ||
			reachesRe.MatchString(sent[max(0, start-40):start])
	}},
	// "increasing our earmarked support for responses to the pandemic,
	// from NOK 10 million to NOK 100 million": the level before the
	// rise, however far the verb stands before it.
	{context: "earlier", test: func(w *amountWords) bool {
		return riseFromRe.MatchString(w.sent[:w.start]) && riseToRe.MatchString(w.sent[w.end:])
	}},
	// "India ... has given USD 20 million for core UNRWA services to
	// Palestine refugees across the Middle East since 2018": what has been
	// given since a year, however far the year stands after the amount.
	{context: "cumulative", test: func(w *amountWords) bool {
		return perfectGivenRe.MatchString(w.sent[max(w.prevEnd, w.start-60):w.start]) && sinceYearAfterRe.MatchString(w.sent[w.end:w.nextStart])
	}},
	// "Following the Government of Japan's decision on January 14 to
	// provide a disaster relief assistance of $13 million ..., officials
	// exchanged a note verbale with UNICEF": the package decided before,
	// of which the release tells one part.
	// "Within the framework of the pledge of the State of Kuwait announced
	// during the Conference ... to provide a grant of US $20 million ...,
	// the Kuwait Fund today concluded a grant agreement": the pledge this
	// gift is made under.
	{context: "overall", test: func(w *amountWords) bool {
		return followingDecisionRe.MatchString(w.sent[:w.start]) || underPledgeRe.MatchString(w.sent[:w.start])
	}},
	// "out of the total commitment India makes to UNRWA of USD 5
	// million, USD 3 million has been paid now", told of a tranche: the
	// commitment is the whole the tranche is part of, what has been paid
	// of it the sum so far.
	{context: "overall", test: func(w *amountWords) bool {
		return outOfWholeRe.MatchString(w.sent[max(w.prevEnd, w.start-120):w.start])
	}},
	{context: "cumulative", test: func(w *amountWords) bool {
		return w.prevEnd > 0 && outOfWholeOpensRe.MatchString(w.sent[:w.prevEnd]) && paidSoFarRe.MatchString(w.after)
	}},
	// "the total $200 million released this year": the sum so far.
	{context: "cumulative", test: func(w *amountWords) bool {
		return theTotalRe.MatchString(w.sent[max(0, w.start-20):w.start]) && soFarAfterRe.MatchString(w.sent[w.end:min(len(w.sent), w.end+60)])
	}},
	// "It will take $4.4 billion in humanitarian aid by July to avert
	// disaster, the UN said": what is needed.
	{context: "appeal", test: func(w *amountWords) bool {
		return neededRe.MatchString(w.sent[max(0, w.start-30):w.start])
	}},
	// "With the aid of 10 million USD announced on November 12, 30
	// million USD (3 billion JPY) in total will be provided": the sum of
	// this gift and another.
	{context: "overall", test: func(w *amountWords) bool {
		return w.prevEnd > 0 && withOtherRe.MatchString(w.sent) && inTotalAfterRe.MatchString(w.sent[w.end:])
	}},
	// "Ethiopia, a priority country, will receive a total contribution of
	// 25 million euros": what one place or recipient gets of the gift.
	{context: "", test: func(w *amountWords) bool { return receivesTotalRe.MatchString(w.own) }},
	// "With this contribution of more than $41 million, the United
	// States is providing to-date ...": the gift itself, named first.
	{context: "", test: func(w *amountWords) bool { return withThisGiftOfRe.MatchString(w.own) }},
	// "Haiti's government has identified $2 billion in recovery
	// programs": what a plan or a need comes to, as assessed.
	{context: "appeal", test: func(w *amountWords) bool {
		return assessedRe.MatchString(w.sent[max(w.prevEnd, w.start-40):w.start]) && assessedWhatRe.MatchString(w.sent[w.end:min(w.nextStart, w.end+60)])
	}},
	// "part of a broader cancellation of Haiti's overall $40 million
	// World Bank debt": a debt owed, not a gift ("$8 million in debt
	// relief" is one).
	{context: "overall", test: func(w *amountWords) bool {
		m := debtAfterRe.FindStringSubmatch(w.sent[w.end:min(len(w.sent), w.end+50)])
		return m != nil && !debtReliefRe.MatchString(m[1])
	}},
	// "The additional CHF 50 million loan, which ..., and delayed Covid
	// loan together total CHF 200 million": the gift and other money
	// summed (not "grants that together come to $3.2 million": the gift).
	{context: "overall", test: func(w *amountWords) bool {
		return togetherTotalRe.MatchString(w.sent[max(w.prevEnd, w.start-120):w.start])
	}},
	// "Taken with the deferred repayments, the sum comes to NOK 90
	// million": the gift and other money summed, a running sum.
	{context: "cumulative", test: func(w *amountWords) bool {
		return takenWithSumRe.MatchString(w.sent[max(w.prevEnd, w.start-160):w.start])
	}},
	// "This is on top of two standing commitments: the EUR 30 million
	// Austria pays every year to the agency's core budget, and EUR 10
	// million kept for its field work": money the giver gives apart from
	// this gift, each item of the list after the colon.
	{context: "other gift", test: func(w *amountWords) bool {
		return besideCommitmentsRe.MatchString(w.sent[:w.start])
	}},
	// "a grant of 150 million yuan ... to Yemen, in addition to 5
	// million yuan ... for the UN World Food Programme": after a gift
	// the sentence has stated, money given beside it, not before it.
	{context: "other gift", test: func(w *amountWords) bool {
		return w.prevEnd > 0 && alongGiftRe.MatchString(w.sent[w.prevEnd:w.start])
	}},
	// "pledges of $5.3 billion from governments and international
	// partners": money from givers named only as many (not what a
	// recipient "needs ... from the international community").
	{context: "other donor", test: func(w *amountWords) bool {
		return fromManyRe.MatchString(w.after) && !askedForRe.MatchString(w.before)
	}},
	// "says its deficit stands at nearly $70 million", "reduced the
	// agency's deficit from $400 million in January to $20 million", "a
	// $25 million deficit": what a recipient lacks, not money given. (A
	// gift named between ("to cover its deficit, Norway gave $10
	// million") or after ("$10 million to cover the deficit") is no
	// deficit.)
	{context: "appeal", test: func(w *amountWords) bool {
		m := deficitBeforeRe.FindStringSubmatch(w.sent[max(0, w.start-140):w.start])
		return m != nil && !giftVerbRe.MatchString(m[1]) || deficitAfterRe.MatchString(w.sent[w.end:w.nextStart])
	}},
	// "Over the years, its support ... totalling more than $800 million",
	// "has granted more than $86 billion to 79 countries within a period
	// of three years": what was given over years gone by, summed.
	{context: "cumulative", test: func(w *amountWords) bool {
		return overYearsOpenRe.MatchString(w.sent[:w.start]) && !yearsAheadRe.MatchString(w.sent[:w.start]) ||
			pastGivenRe.MatchString(w.sent[max(w.prevEnd, w.start-60):w.start]) && overPastYearsAfterRe.MatchString(w.sent[w.end:w.nextStart])
	}},
	// "A conference ... brought pledges of $600 million": many givers'
	// money.
	{context: "other donor", test: func(w *amountWords) bool {
		return conferenceRaisedRe.MatchString(w.sent[max(0, w.start-160):w.start])
	}},
	// "Other nations: Australia, $9.3 million; Norway, $5.3 million": a
	// list of givers, each with its gift.
	{context: "other donor", test: func(w *amountWords) bool {
		return giversListRe.MatchString(w.sent) && listedGiverRe.MatchString(w.sent[max(w.prevEnd, w.start-50):w.start])
	}},
	// "Not long ago Norway also handed the agency its yearly
	// contribution, with NOK 2 million more for Chad": money given
	// before, however far into the sentence.
	{context: "earlier", test: func(w *amountWords) bool {
		return notLongAgoOpenRe.MatchString(w.sent[:w.start])
	}},
}

// notLongAgoOpenRe opens a sentence told of a time before this release,
// up to an amount in it: "Not long ago Norway also handed ...", "A few
// weeks ago, ...".
var notLongAgoOpenRe = lazyre.New(`(?i)^\W*(?:not long ago|a (?:few|couple of) (?:days|weeks|months) ago|some (?:days|weeks|months) ago)\b[^;]*$`)

// lossAmountedRe ends the words before a sum that damage or losses come
// to: "Flood damage to homes amounted to ", "losses were estimated at
// about ".
var lossAmountedRe = lazyre.New(`(?i)\b(?:damages?|losses)\b[^.;:$€£]{0,60}?\b(?:amount(?:ed|s)? to|reached|totall?ed|came to|(?:is|are|was|were|has been|have been)\s+(?:estimated|put|valued|assessed|calculated)\s+at)\s+(?:(?:about|around|almost|nearly|over|more than|some|up to)\s+)?$`)

// giftWordRe is a word of money given: what damage is said to be met by.
var giftWordRe = lazyre.New(`(?i)\b(?:aid|grants?|contributions?|donations?|assistance|funding|funds|support|pledges?|gifts?|relief)\b`)

// cueRules are the rules read by their cues, before or after the amount.
var cueRules = []contextRule{
	// "storms which model estimates say cost the economy some $3 million
	// per year", "losses of $2 billion", "$40 million in damage": what a
	// disaster costs, not money given.
	{"loss",
		lazyre.New(`(?i)\b(?:cost(?:s|ing)?\s+(?:the\s+)?(?:economy|country|nation|region|islands?|government|farmers|households)|(?:economic\s+)?(?:losses|damages?)\s+(?:of|worth|estimated at|put at|totall?ing)|(?:caused|inflicted)\s+(?:[\w-]+\s+){0,3}?(?:losses|damages?)\s+(?:of|worth))\s+(?:(?:about|around|almost|nearly|over|more than|some|an estimated|up to)\s+)?$`),
		lazyre.New(`(?i)^\s*(?:\([^)]{0,30}\)\s*)?(?:(?:a|per)\s+year\s+|annually\s+)?in\s+(?:economic\s+)?(?:losses|damages?)\b`), nil, nil},
	// "Flood damage to roads and farms amounted to an estimated $40
	// million", "losses in the region were put at $3 million": damage or
	// losses as the subject of a sum, when no gift stands between ("the
	// aid for flood damage amounted to" is one).
	{context: "loss", test: func(w *amountWords) bool {
		return lossAmountedRe.MatchString(w.own) && !giftWordRe.MatchString(w.own)
	}},
	// "a key partner, with yearly bilateral trade exceeding $800 million",
	// "$600 million in exports", "$2 billion of foreign direct
	// investment": money countries trade or invest, not money given.
	// Lower case only, so "the Minister for Foreign Affairs and Trade
	// announced" keeps its gift; "trade-related assistance" is aid. Only
	// "between", "with", "in" or a time may stand before the verb:
	// "a trade and livelihoods programme of $2 million", "a fair-trade
	// scheme worth $1 million" are gifts.
	{"trade",
		lazyre.New(`(?:^|[^\w-])(?:trade|exports|imports|foreign (?:direct )?investments?|FDI|GDP|gross domestic product)(?:\s+(?:volume|turnover|value|flows?))?\s+(?:(?:between|with|among|in|last|this|each|per)\s+(?:[a-z]+\s+){0,3}?)?(?:exceed\w*|of|worth(?: more than| over)?|valued at|total\w*|reach\w*|amount\w* to|stands? at|stood at|was|is|were|are|topped|hit|surpass\w*)\s+(?i:(?:about|around|almost|nearly|over|more than|some|roughly|approximately)\s+)?$`),
		lazyre.New(`^\s*(?:(?:a|per)\s+year\s+|annually\s+)?(?:in|of)\s+(?:annual\s+|yearly\s+|two-way\s+|bilateral\s+)?(?:trade|exports|imports|foreign (?:direct )?investments?|FDI)(?:[^-\w]|$)`), nil, nil},
	// "a team will arrive to negotiate an IDA credit of up to US$59.5
	// million": money not yet agreed.
	{"plan",
		lazyre.New(`(?i)\bto\s+negotiate\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:credit|loan|grant|financing|agreement|package)\s+(?:of|worth|for)\s+(?:(?:about|around|almost|nearly|over|more than|some|up to)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "bringing us close to fulfilling our pledge to provide €12 million
	// in 2015": the sum promised, which this gift goes towards.
	{"plan",
		lazyre.New(`(?i)\b(?:fulfil\w*|meet(?:s|ing)?|honou?r\w*|deliver\w* on)\s+(?:our|its|their|the|this|that)\s+(?:\w+\s+){0,2}(?:pledge|commitment|promise)\s+(?:to\s+(?:provide|give|contribute|deliver|disburse)\s+|of\s+)(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "to fulfil the pledges of the State of Qatar to finance basic
	// resources worth $500m": the pledge a gift goes towards.
	{"plan",
		lazyre.New(`(?i)\b(?:fulfil\w*|meet(?:s|ing)?|honou?r\w*|deliver\w* on)\s+(?:our|its|their|the|this|that)\s+(?:\w+\s+){0,2}(?:pledges?|commitments?|promises?)\s+(?:of|by)\s+(?:the\s+)?[\p{L} ]{2,40}?\s+to\s+(?:provide|give|contribute|deliver|disburse|finance|fund|support)\b[^;.]{0,60}?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "With this contribution ..., the United States is providing
	// to-date approximately $720 million": the sum so far.
	{"cumulative",
		lazyre.New(`(?i)\b(?:to[- ]date|so far|thus far|until now)\s+(?:(?:about|around|approximately|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "is one of four disbursements totaling US $ 50 million": the
	// pledge this disbursement is one part of.
	{"overall",
		lazyre.New(`(?i)\bone of (?:\w+|\d+) (?:disbursements|tranches|instal?ments|payments|parts|transfers)\s+(?:totall?ing|worth|of|amounting to)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "Of the total, $1 million was delivered last month": money paid
	// before the page.
	{"earlier",
		lazyre.New(`^\b$`),
		lazyre.New(`(?i)^[^;.]{0,30}?\b(?:was|were|had been|has been)\s+(?:delivered|disbursed|paid|provided|given|released|sent|transferred)\s+(?:last|earlier this|earlier in the)\s+(?:week|month|year)\b`), nil, nil},
	// "The allocation follows an earlier underfunded round for $150
	// million": the round before this one.
	{"earlier",
		lazyre.New(`(?i)\b(?:follows?|following|after)\s+(?:an?|the)\s+(?:earlier|previous|first|prior)\s+(?:\w+\s+){0,3}?(?:round|allocation|tranche|contribution|grant|pledge|donation)\s+(?:of|for|worth)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "Together, these two allocations, for $250 million": this gift and
	// the one before, summed.
	{"cumulative",
		lazyre.New(`(?i)\btogether,?\s+(?:these|the|both)\s+(?:\w+\s+)?(?:\w+\s+)?(?:allocations|rounds|contributions|grants|pledges|tranches|donations)\b[^;.]{0,40}$`),
		lazyre.New(`^\b$`), nil, nil},
	// "The funds, which are part of Canada's overall C$3.7 million
	// contribution to IOM's Humanitarian Compendium for 2013": the whole
	// this gift is a part of.
	// "more than 29.5 million kroner out of its 58 million kroner
	// emergency funding", "eight million US dollars ... out of the total
	// amount for 20 million US dollars that Japan has already pledged":
	// the pool this gift is taken from.
	{context: "overall",
		before: lazyre.New(`(?i)\bout of (?:its|their|the)\s+(?:\w+\s+){0,3}$`),
		after:  lazyre.New(`^\b$`),
		// "out of the US$110.5 million it appealed for": a need, which
		// the appeal rule names.
		unless: lazyre.New(`(?i)^[^;.]{0,30}?\b(?:appeal\w*|requir\w*|request\w*|need\w*|sought|seek\w*)\b`)},
	{"overall",
		lazyre.New(`(?i)\bpart of (?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s|its|their)\s+(?:overall|total|wider|broader|larger|entire|whole)\s+(?:(?:humanitarian|annual|\d{4})\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	{"cumulative",
		lazyre.New(`(?i)\b(since (?:the (?:start|beginning) of )?(?:(?:fiscal|financial) year |FY ?|(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\d\d|total.{0,80}\b(?:(?:comes?|came|amounts?|rises?|rose) to|reach(?:es|ed)?(?: to)?)|(?:brings?|bringing|brought|takes?|took|taking)\b[^;]{0,80}\b(?:total|contributions?|donations?|support|funding|assistance)\b[^;]{0,60}\bto|(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years|decades)|cumulative(?:ly)?|bring(?:s|ing)? (?:its|the|this|their) (?:total|overall)|in total since|all told|total\b.{0,80}\bcomes? to)\b`),
		lazyre.New(`(?i)^[^;]{0,40}?\b(since (?:19|20)\d\d|so far|to date|over the (?:past|last) (?:\w+ )?years|in total since|cumulative(?:ly)?)\b`), nil, nil},
	// As French pages write a running sum: "porte le total des dons
	// japonais à 2,4 millions de dollars", "l'ensemble des contributions
	// ... atteint près de 2,4 millions de dollars".
	{"cumulative",
		lazyre.New(`(?i)\b(?:porte|portent|portant|porté|portera)\b[^;.]{0,80}\b(?:total|ensemble|montant)\b[^;.]{0,80}?\sà\s+(?:(?:près de|environ|plus de|quelque)\s+)?$|\b(?:ensemble|total|totalité|somme)\s+des\s+(?:contributions|dons|financements|versements)\b[^;.]{0,80}\b(?:atteint|atteignent|s['’]élève à|se monte à|représente)\s+(?:(?:près de|environ|plus de|quelque)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// As Spanish pages write a running sum: "elevan la cantidad total
	// asignada este año a más de 270 millones de dólares", "lleva el total
	// de sus aportaciones a". (The verb "eleva" or "lleva" by its end: the
	// words read before an amount may start inside it.)
	{"cumulative",
		lazyre.New(`(?i)(?:l|^)(?:eva|evan|evó|evaron|evando)\s[^;.]{0,100}\b(?:total|cantidad|suma|monto|importe|conjunto)\b[^;.]{0,100}?\sa\s+$`),
		lazyre.New(`^\b$`), nil, nil},
	// And what is asked for, or what an appeal has got: "la ONU ha
	// solicitado más de 55 mil millones de dólares", "su llamamiento ha
	// recibido alrededor de 16.000 millones", "los casi 39 mil millones de
	// dólares que aún se necesitan". (In the amount's own clause only: "En
	// respuesta al llamamiento, España aporta" is a gift.)
	{"appeal",
		lazyre.New(`(?i)(?:\bllamamiento\p{L}*|\bsolicit\p{L}*|\bpide|\bpiden|\bpidió|\bpidieron|\bnecesit\p{L}*)[^\p{L}][^;.,]{0,80}$`),
		lazyre.New(`(?i)^[^;.]{0,30}?\bque\s+(?:aún|todavía|ya)?\s*(?:se\s+)?(?:necesit\p{L}*|falta\p{L}*|solicit\p{L}*|pide\p{L}*)`), nil, nil},
	// What a Spanish giver expects to give later: "tiene previsto aportar
	// más de 95 millones en 2022", "su previsión es superar los 95
	// millones" (in the amount's own clause).
	{"plan",
		lazyre.New(`(?i)(?:\bprevist\p{L}*|\bprevé|\bprevén|\bprevisión|\bprevisiones|\bcalcula|\bplanea|\bproyecta)[^\p{L}][^;.,]{0,60}$`),
		lazyre.New(`^\b$`), nil, nil},
	// "In the 16 years since it was set up, CERF has ... paid out more
	// than $8 billion": the sum over the years.
	{"cumulative",
		lazyre.New(`(?i)\b(?:in|over|during) the (?:\w+ )?years since\b[^;.]{0,160}$`),
		lazyre.New(`^\b$`), nil, nil},
	// "Kuwait's contributions to the UN Refugee Agency over the past
	// decade topped USD 462 million": a sum over years.
	// "this sum represents the latest in more than $5.4 billion in
	// humanitarian contributions": the whole this gift is the last of.
	{"cumulative",
		lazyre.New(`(?i)\b(?:contributions?|support|funding|assistance|aid|donations?)\b[^;.]{0,60}\bover the (?:past|last) (?:\w+ )?(?:decades?|years)\s+(?:topped|exceeded|surpassed|reached|totall?ed|amounted to|came to)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$|\b(?:represents?|is|marks?)\s+the\s+latest\s+(?:in|of)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "In total, the European Commission allocated €926 million ... after
	// the full-scale invasion ... in February 2022": a sum since a date.
	{"cumulative",
		lazyre.New(`(?i)^\W*In total,?\s+[^;.]{0,80}\b(?:allocated|provided|gave|contributed|donated|disbursed|spent|committed|pledged)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`(?i)^[^;.]{0,160}\b(?:since|after)\b[^;.]{0,100}\b(?:19|20)\d\d\b`), nil, nil},
	// "As we only have about $50,000 to spend": money a budget has left.
	{"plan",
		lazyre.New(`^\b$`),
		lazyre.New(`(?i)^\s+(?:left\s+)?to spend\b`), nil, nil},
	// "Its annual expenses amount to $1.4 billion": what an organisation
	// spends in a year, no gift.
	{"plan",
		lazyre.New(`(?i)\b(?:annual|yearly|operating|running)\s+(?:expenses|expenditures?|running costs|operating costs)\b[^;.]{0,20}\b(?:amount to|amounts to|are|is|of|stand at|stands at|total|totals|come to)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	{"cumulative",
		lazyre.New(`(?i)\b(?:contributions?|support|funding|assistance|aid)\b[^;]{0,40}\b(?:have|has)?\s*(?:now\s+)?reach(?:ed|es)\s+(?:about\s+|approximately\s+|nearly\s+|over\s+|more than\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "By mid-2024, the country's foreign aid had supported over one
	// billion people, valued at more than AED368 billion": what was given
	// up to a date.
	{"cumulative",
		lazyre.New(`(?i)\bby\s+(?:mid-?|the end of\s+|early\s+|late\s+)?(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b[^;]{0,100}\b(?:had|has|have)\b[^;]{0,100}$`),
		lazyre.New(`^\b$`), nil, nil},
	{"cumulative",
		lazyre.New(`^\b$`),
		lazyre.New(`(?i)^\s+between (?:19|20)\d\d and (?:19|20)\d\d\b`), nil, nil},
	// "In total, agencies working in Myanmar have received over $6.4
	// million from CERF this year": what a place has had so far.
	{"cumulative",
		lazyre.New(`(?i)\b(?:in total|altogether|all told|overall)\b[^;]{0,80}\b(?:have|has) (?:now |so far )?(?:received|got|been (?:given|allocated|granted))\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "Including this additional aid, the European bloc's total
	// humanitarian contribution to Ukraine is over 700 million euros";
	// "the EU has provided more than 38,000 tons of aid, ..., totaling
	// 373 million euros": what has been given so far.
	{"cumulative",
		lazyre.New(`(?i)\btotal\b[^;]{0,80}\b(?:contributions?|assistance|aid|funding|support)\b[^;]{0,40}\b(?:is|stands at|now stands at|amounts to|reaches)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "In total, the United States is now providing more than $600
	// million", "The funding is part of the £357 million ... since the
	// start of the invasion": the running sum this gift joins.
	{"cumulative",
		lazyre.New(`(?i)\b(?:in total|altogether|all told|overall)\b[^;]{0,60}\b(?:is|are) now (?:providing|giving|contributing)\b[^;]{0,20}$|\b(?:is|are|forms?|was) (?:a |also )?part of (?:the|a|an|its|their)\s+(?:\w+\s+){0,4}$`),
		lazyre.New(`(?i)^[^;]{0,80}?\bsince the (?:start|beginning|outbreak|onset) of\b`), nil, nil},
	// "some $4.9 million, or 52 percent of the total promised donation",
	// "the $9.43 million that countries in the world have pledged": all
	// donors' money, not this donor's.
	// (Not "eight million US dollars ... out of the total amount for 20
	// million": the part taken out of the whole.)
	{"overall",
		lazyre.New(`^\b$`),
		lazyre.New(`(?i)^[^;]{0,40}?\bof the total (?:\w+\s+){0,2}(?:donations?|contributions?|pledges?|funding|amount)\b|^\s+(?:that|which) (?:countries|donors|member states|the international community)\b`),
		lazyre.New(`(?i)^[^;]{0,40}?\bout of the total\b`), nil},
	// "Denmark was its 11th largest donor, with contributions of 507
	// million kroner", "the largest contributor to the Emergency Appeal
	// for Syria, with EUR 30 million": a donor's rank tells its overall
	// giving, not this gift.
	{"overall",
		lazyre.New(`(?i)\b(?:largest|biggest|top|leading|main|major)\s+(?:\w+\s+){0,3}(?:donors?|contributors?|supporters?|funders?)\s+(?:behind|after|ahead of|alongside)\b[^;]{0,80}$|\b(?:largest|biggest|top|leading|main|major)\s+(?:\w+\s+){0,3}(?:donors?|contributors?|supporters?|funders?)\b[^;]{0,80}\bwith\s+(?:(?:a total of|total contributions of|contributions of|funding of)\s+)?(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "KSrelief has also implemented 383 projects in different sectors for
	// a total cost of USD 2.9 billion": the projects done so far.
	{"cumulative",
		lazyre.New(`(?i)\b(?:has|have)\s+(?:also\s+|already\s+)?(?:implemented|carried out|completed|executed|funded|delivered)\s+(?:more than\s+|over\s+|some\s+)?\d[\d,]*\s+(?:\w+\s+)?projects\b[^;.]{0,80}\b(?:total|overall)\s+(?:cost|value|funding)\s+of\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "Sweden's humanitarian assistance to Sudan in 2023 totals SEK 355
	// million": a year's whole, not this gift.
	{"overall",
		lazyre.New(`(?i)\b(?:assistance|aid|support|funding|contributions?)\b[^;]{0,60}\b(?:in|for|during) (?:(?:19|20)\d\d|this year)\s+(?:totals?|totall?ed|amounts? to|amounted to|reach(?:es|ed)?|comes? to|came to)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	{"overall",
		lazyre.New(`(?i)\bthis year,? (?:it|they|the \w+(?: \w+)?) (?:will|would|has|have)\b.{0,40}$`),
		lazyre.New(`^\b$`), nil, nil},
	// "has doubled what it has given WFP so far this year, which now comes
	// to 9.63 million euros in all": the sum the gift brings the giving to.
	{"cumulative",
		lazyre.New(`(?i)\b(?:so far|to date|this year|thus far)\b[^;.]{0,40}\bwhich\s+(?:now\s+)?(?:comes?|came|amounts?|amounted|totals?|totall?ed|stands?|stood|reach(?:es|ed)?|rises?|rose)\s+(?:to|at)?\s*(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	{"cumulative",
		lazyre.New(`(?i)\b(?:so far|to date)\b[^,;.]{0,60}$`),
		lazyre.New(`(?i)^[^;,]{0,60}?\b(so far|to date|thus far)\b`), nil, nil},
	{"overall",
		lazyre.New(`(?i)(?:\b(?:assistance|aid|support|funding|contributions?)\b[^;]{0,60}\b(?:comes?|came|amounts?|amounted|totals?|totall?ed|reach(?:es|ed)?|rises?|rose) to|\bwith this\b[^;]{0,80})\s*$`),
		lazyre.New(`^\b$`), nil, nil},
	{"overall",
		lazyre.New(`(?i)\b(?:broader|wider|larger|overall|total|whole)\s+(?:\w+\s+){0,2}(?:package|envelope|pledge|contribution|funding|support|response|aid)\s+(?:of|worth|totall?ing)\s*$`),
		lazyre.New(`^\b$`), nil, nil},
	{"plan",
		lazyre.New(`^\b$`),
		lazyre.New(`(?i)^[^;]{0,60}?\b(?:over the (?:next|coming) \w+ years|over an? \w+-year period)\b`), nil, nil},
	// "A total of 49 countries, including South Korea, committed to a
	// combined $1.1 billion": many givers' money, the donor's among it.
	{"other donor",
		lazyre.New(`(?i)\b(?:donor countries|other donors|donors|other countries|member states)\b[^;]{0,40}$|\b\d+\s+(?:countries|donors|nations|governments|member states)\b[^;.]{0,60}$`),
		lazyre.New(`^\b$`), nil, nil},
	// "collected ... in public donations"; but "is now committing to
	// match up to $8 million in individual contributions" is the donor's
	// own money, matching others'.
	{"other donor",
		lazyre.New(`(?i)\b(?:collected|fundrais\w*)\b[^;]{0,40}$`),
		lazyre.New(`(?i)^\s*(?:in|of|from) (?:public|private|individual) (?:donations|contributions|giving|fundraising)\b`), nil, nil},
	// "the British people responded strongly, giving over £40 million",
	// "the Irish public has donated €3 million": what the public gave to
	// an appeal, not the government's gift.
	{"other donor",
		lazyre.New(`(?i)\bthe\s+(?:\p{Lu}\p{L}+\s+)?(?:public|people)\b[^;.]{0,60}?\b(?:giving|gave|has given|have given|donated|donating|has donated|have donated|raised|raising|contributed)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	{"withheld",
		lazyre.New(`(?i)\b(?:withhold|withheld|withholding|cut|cuts|suspend\w*|freez\w*|froze|halt\w*)\b[^;]{0,30}$`),
		lazyre.New(`^\b$`), nil, nil},
	// "Australia's support for Ukraine totals more than a billion dollars";
	// "the Deputy Prime Minister recently announced another $100 million".
	{"overall",
		lazyre.New(`(?i)\b(?:support|assistance|aid)\s+(?:for|to)\s+\p{Lu}[\p{L}’' -]{1,30}\s+totals?\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	{"earlier",
		lazyre.New(`(?i)\brecently (?:announced|provided|committed|pledged|gave|given|allocated|ordered|approved|directed|granted|donated)\s+(?:(?:another|a further|an additional|a)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "increasing Australia's response to the impacts of Cyclone Ditwah
	// to $3.5 million": the sum this gift brings a response to.
	// "adding the country's donation to WFP this year to $20 million";
	// "This brings what we Germans have provided to 11 million euros".
	{"cumulative",
		lazyre.New(`(?i)\b(?:increasing|bringing|taking|raising|lifting|lifts?|lifted|adding)\b[^;.]{0,100}\bto\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$|\b(?:this|that|it|which)\s+(?:(?:gift|contribution|grant|donation|funding|support|aid|assistance|decision|allocation)\s+)?(?:now\s+)?(?:brings|brought)\b[^;.]{0,100}\bto\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "As part of the over $136 million contribution to IOM, the U.S. is
	// also providing $750,000"; "a continuation of Qatar's $500 million
	// pledge": the whole the gift belongs to.
	{"overall",
		lazyre.New(`(?i)\b(?:part|continuation|instal?lment|tranche|portion)\s+of\s+(?:(?:the|its|their|this|that|an?)\s+|\p{Lu}[\p{L}.]*['’]s\s+)(?:(?:already\s+|previously\s+)?(?:announced|pledged|committed)\s+)?(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "$5 million for Ukraine, as part of the EU's wider package
	// amounting to EUR 40 million": another's package the gift is part
	// of, named after it (the donor's own is the whole: see assignRoles).
	{"overall",
		lazyre.New(`(?i)\bas part of (?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\w-]+\s+){0,3}?(?:package|envelope|allocation|programme|program|contribution|funding|appeal|plan)\b[^;.$€£]{0,80}?\b(?:amounting to|totall?ing|worth|of|valued at|that totals|which totals)\s+(?:(?:about|around|almost|nearly|over|more than|some|approximately|roughly)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "NRC has grown into Norway's largest humanitarian organisation, with
	// a yearly turnover of 1.4 billion Norwegian kroner": the size of an
	// organisation, not money given.
	{"overall",
		lazyre.New(`(?i)\b(?:turnover|revenues?|income|expenditures?|assets|(?:company|multinational|firm|corporation|conglomerate)\b[^.;]{0,20}\bvalued at)\s+(?:(?:of|totall?ing|amounting to|at)\s+)?(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "Canada is allocating $20 million in funding, from the already
	// announced $60 million": the envelope the gift is taken from.
	{"overall",
		lazyre.New(`(?i)\bfrom (?:the|its|their|an?)\s+(?:already\s+|previously\s+|recently\s+|earlier\s+)?(?:announced|pledged|committed|allocated|approved)\s+$`),
		lazyre.New(`^\b$`), nil, nil},
	// "brings to approximately P1 billion or over £14 million the total
	// amount of ... assistance": the sum, in either of two currencies;
	// "brings Australia's total ... to about Tk 438 crore (AUD70
	// million)": the sum, restated in brackets after a figure unread.
	{"cumulative",
		lazyre.New(`(?i)\b(?:increases?|increased|raises?|raised|rises|rose|brings?|brought)\s+to\s*(?:[^;.$€£¥]{0,40}?\sor\s+)?$|\btotal\b[^;.]{0,80}\bto\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?[\p{L}.]{0,4}\s?\d[\d.,]*\s*\p{L}{0,8}\s*\(\s*$`),
		lazyre.New(`^\b$`), nil, nil},
	// "Norway has now given NOK 2 billion": the sum so far. But "the
	// Confederation has now made CHF 4 million of the CHF 20 million
	// available to WFP" is the gift, taken from a whole.
	{"cumulative",
		lazyre.New(`(?i)\b(?:has|have) now (?:\w+\s+){0,2}$`),
		lazyre.New(`^\b$`),
		lazyre.New(`(?i)^\s*(?:of\s+(?:the|its|their)\b|available\b)`), nil},
	{"earlier",
		lazyre.New(`^\b$`),
		lazyre.New(`(?i)^\s+(?:(?:top-up|tranche|allocation|grant|contribution|package|instalment|installment)\s+)?(?:released|allocated|given|provided|pledged|announced|granted)\s+(?:in|on|last|earlier)\b|^\s+already\s+(?:released|allocated|given|provided|pledged|granted|disbursed|committed|contributed|paid|transferred)\b`), nil, nil},
	// "another $25 million went to humanitarian agencies in Haiti last
	// week": money given before this release.
	{"earlier",
		lazyre.New(`^\b$`),
		lazyre.New(`(?i)^\s+(?:went|was (?:given|sent|provided|allocated|released|disbursed|granted))\b[^;.]{0,60}\b(?:last (?:week|month|year)|earlier (?:this|that|in the) (?:week|month|year))\b`), nil, nil},
	// "Added to the 10 million USD made public on November 12, this makes
	// 30 million USD": the sum this gift and the one before come to.
	{"cumulative",
		lazyre.New(`(?i)\b(?:this|which|that|it)\s+(?:now\s+)?(?:makes|made|make)\s+(?:(?:a total of|in total|altogether)\s+)?(?:(?:about|around|almost|nearly|over|more than|some|app\.|approximately)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "It comes after the Prime Minister announced an initial $500,000
	// for the Indonesian Red Cross", "came after Chile said days earlier
	// that it would donate $2 million": the gift before this one.
	{"earlier",
		lazyre.New(`(?i)\b(?:comes?|came)\s+(?:(?:days?|weeks?|shortly|soon|just)\s+)?after\b[^;.]{0,80}\b(?:announced|pledged|committed|gave|provided|allocated|donated|released|(?:said|announced|pledged|promised)\b[^;.]{0,60}?\b(?:it|they|he|she)\s+would\s+(?:donate|give|provide|contribute|send|allocate|pledge|offer))\s+(?:(?:an?|the|its|their)\s+)?(?:(?:initial|first|earlier|previous)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "In its first year, CERF channelled at least $252 million".
	{"earlier",
		lazyre.New(`(?i)\bin (?:its|their) (?:first|previous|past) (?:year|two years|three years|years|decade)\b[^;]{0,80}$`),
		lazyre.New(`^\b$`), nil, nil},
	// "Earlier, the Government of Kuwait gave two million U.S. dollars";
	// "EU earlier gave three million euros".
	{"earlier",
		lazyre.New(`(?i)^\W*(?:earlier|previously|before that|prior to this)\s*,[^;]{0,80}$|\b(?:earlier|previously)\s+(?:gave|donated|provided|pledged|contributed|allocated|granted|sent)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	{"earlier",
		lazyre.New(`(?i)\b(?:builds? on|building on|follows|following|on top of|in addition to|adds to|added to)\s+(?:\w+['’]s\s+)?(?:a|an|the|its|their)?\s*(?:\w+\s+){0,2}?(?:of\s+)?$|\b(?:builds? on|follows)\s+(?:the\s+)?(?:\p{Lu}[\w-]*\s+){0,3}\p{Lu}[\w-]*['’]s\s+(?:announcement|pledge|commitment|decision|contribution)\s+(?:of\s+)?(?:(?:a|an|the)\s+)?(?:(?:initial|first|earlier|previous)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "The agency's new grant supplements the Government's DKK 100
	// million presented in May", "complements an earlier grant of NOK 50
	// million": the money this gift adds to, given before it. (Only the
	// active verb: "is supplemented by $5 million from the EU" is other
	// money joining it.)
	{"earlier",
		lazyre.New(`(?i)\b(?:supplements|supplementing|complements|complementing)\s+(?:the|its|their|an?|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}-]+['’]s?\s+)?(?:\w+\s+){0,2}?(?:of\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "For the remaining CHF 17.5 million, the Federal Council is seeking
	// approval from Parliament for additional funds": money not yet
	// approved, of which the gift is made.
	{"plan",
		lazyre.New(`^\b$`),
		lazyre.New(`(?i)^\s*,?\s*(?:[^.;]{0,40}?\b)?(?:seek(?:s|ing)?|request(?:s|ing)?|ask(?:s|ing)? for) (?:the\s+)?(?:approval|authori[sz]ation|a (?:supplementary |additional )?credit)\b|^\s*,?\s*(?:is |are )?(?:subject to|pending) (?:parliamentary |the parliament's )?approval\b`), nil, nil},
	// "its Earthquake and Tsunami Relief Fund, a $25 million campaign
	// created in response to the catastrophe": what a fundraising
	// campaign seeks, not a gift.
	{"appeal",
		lazyre.New(`^\b$`),
		lazyre.New(`(?i)^\s+(?:fundraising\s+|fund-raising\s+|relief\s+)?(?:campaign|drive)\b`), nil, nil},
	// "For the 2021–24 period, over CHF 2 billion has been earmarked for
	// humanitarian operations": a budget over several years.
	{"plan",
		lazyre.New(`(?i)\b(?:for|over|during|in)\s+the\s+(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\s+(?:period|budget period|programme period|program period|cycle|framework)\b[^;]{0,80}$`),
		lazyre.New(`^\b$`), nil, nil},
	// "comparable in proportionate terms to that of other European
	// countries (Sweden: €60 million, Germany: €320 million ...)": other
	// donors' money, named to compare.
	{"other donor",
		lazyre.New(`(?i)\b(?:compar\w+|than|other\s+(?:[\w-]+\s+)?(?:countries|donors|nations|governments))\b[^;]{0,80}\(\s*\p{Lu}[\p{L} ]{2,30}\s*:\s*$`),
		lazyre.New(`^\b$`), nil, nil},
	// "pledged a sum of USD 500 million ... on two separate occasions, in
	// January of 2014 and March of 2015": pledges made before, summed.
	{"cumulative",
		lazyre.New(`^\b$`),
		lazyre.New(`(?i)^[^;]{0,80}?\bon\s+(?:two|three|four|several|separate|different)\s+(?:separate\s+|different\s+)?occasions\b`), nil, nil},
	// "an aid package worth USD 34 million back in 2009", "In March of
	// the same year, Kuwait donated": money given in a year gone by.
	{"earlier",
		lazyre.New(`(?i)\b(?:back in (?:19|20)\d\d|(?:in|of) the same year)\b[^;]{0,80}$`),
		lazyre.New(`(?i)^[^;]{0,80}?\bback in (?:19|20)\d\d\b`), nil, nil},
	// "This year, Angola received €11.1 million, Eritrea €3.6 million":
	// what places have received so far, before this gift.
	{"earlier",
		lazyre.New(`(?i)^\W*(?:this year|so far this year|earlier this year|last year|in (?:19|20)\d\d)\s*,\s*[^;]{0,60}\b(?:received|got|obtained|was given|were given|has received|have received)\s+$`),
		lazyre.New(`^\b$`), nil, nil},
	// "she hoped that ... the Philadelphia region would raise an
	// additional $500,000": money others are asked to raise, a goal.
	{"appeal",
		lazyre.New(`(?i)\b(?:would|will|to|could|should|aims? to|hopes? to)\s+raise\s+(?:(?:an?|another)\s+)?(?:(?:additional|further|extra)\s+)?(?:(?:about|around|nearly|over|more than|some|at least)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "Just $2.4 billion was raised out of a $4.4 billion target set by
	// the UN": what many raised together (not "was pledged by Japan"),
	// and what was sought.
	{"overall",
		lazyre.New(`^\b$`),
		lazyre.New(`(?i)^\s+(?:was|were|has been|have been|had been)\s+(?:raised|pledged|collected|mobili[sz]ed)(?:\s+(?:in|at|during|so far|out of|for|towards|toward|against|overall|in total)\b|\s*[.;,]|\s*$)`), nil, nil},
	{"appeal",
		lazyre.New(`(?i)\btarget of\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`(?i)^\s+(?:funding\s+|fundraising\s+)?(?:target|goal)\b`), nil, nil},
	// "The United Nations puts the cost of relieving the most acute need
	// at USD 1.6 billion": what is needed, estimated.
	{"appeal",
		lazyre.New(`(?i)\b(?:puts?|estimates?|estimated|put)\s+(?:the\s+)?(?:total\s+)?(?:cost|costs|needs?|requirements?|price)\b[^;]{0,60}\bat\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	// "what its school meals plan needs, already set at 2 billion
	// dollars": what a budget or programme needs, fixed. (A
	// programme or funding "set at" or "budgeted at" a sum, without
	// "already", may be the gift itself: "will fund a programme,
	// budgeted at NOK 60 million".)
	{"appeal",
		lazyre.New(`(?i)\b(?:budget|requirements?|needs)\b[^;.]{0,80}?\b(?:already\s+|now\s+)?(?:set|fixed|pegged|budgeted)\s+at\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$|\b(?:funding (?:for|of)|programmes?|programs?|plan)\b[^;.]{0,80}?\balready\s+(?:set|fixed|pegged|budgeted)\s+at\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`),
		lazyre.New(`^\b$`), nil, nil},
	{"appeal",
		lazyre.New(`(?i)\b(appeals?\b[^;]{0,30}|appeal(?:ed|ing|s)? (?:for|of)|flash appeal|(?:funding|fundraising|annual) target of|calling for|asking for|asks for|ask for|asked(?:\s+[\w'’-]+){0,3}?\s+for|seek(?:s|ing)?|sought|lacks|lacking|still short of|request(?:s|ed|ing)?|requires?|requiring|requirements?|needed|funding gap|shortfall|unmet|underfunded by|call(?:s|ed)? for)\b.{0,40}$|\bneeds?\s+(?:(?:an?|another|additional|at least|some|about|around|nearly|over|more than|an estimated|of)\s+)?$|\bneeds?\s+(?:more than|at least|over|some|about|around|nearly)\s+(?:double|twice|triple)\b\W{0,5}$`),
		lazyre.New(`(?i)^\s*(?:[^;]{0,25}?\b)?(appeal\w*|is needed|are needed|needed|required|requested|shortfall|funding gap|gap)\b|^\s+(?-i:(?:\p{Lu}[\p{L}'’-]*|\d{4}|for|of|and|the|to)\s+){1,8}(?i:appeal)\b`), nil, nil},
	{"plan",
		lazyre.New(`(?i)\b(response plan|refugee response plan|regional plan|\bHRP\b|\b3RP\b|plan(?:ned)? (?:of|for|worth|totall?ing)|budget(?:ed)? (?:of|for)|in the (?:\d{4} )?budget|budget,)\b.{0,40}$`),
		lazyre.New(`(?i)^\s*(?:[^;]{0,30}?\b)?(response plan|plan\b)|^(?:\s+(?:annual|yearly|overall|total|humanitarian|aid))+\s+budget\b`), nil, nil},
	{"earlier",
		lazyre.New(`(?i)\b((?:rais|increas|up)\w*.{0,40}\bfrom|last (?:year|month|week)|previous(?:ly)?|earlier this year|(?:weeks|days|months) earlier|in the past|had (?:already )?(?:provided|given|contributed|allocated|donated|granted|pledged|committed|announced|paid)|already (?:provided|given|contributed|allocated|donated|granted|pledged|committed|paid|transferred|made))\b.{0,60}$`),
		lazyre.New(`(?i)^[^;]{0,30}?\b(last year|previously|formerly|earlier this year)\b`), nil, nil},
	{"overall",
		lazyre.New(`(?i)\b(total humanitarian (?:aid|funding|assistance|budget)|overall (?:humanitarian )?(?:funding|aid|assistance|contribution)|globally|worldwide total|all donors|other donors|international community|the world has)\b.{0,50}$`),
		lazyre.New(`(?i)^[^;]{0,30}?\b(from all donors|from other donors|in total humanitarian|in overall|worldwide)\b`), nil, nil},
}

// assessedRe ends the words before a need or plan as assessed: "has
// identified ", "assessed"; assessedWhatRe follows it with what it is for:
// " in recovery programs", " of needs".
var (
	assessedRe     = lazyre.New(`(?i)\b(?:identified|assessed|costed|calculated)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)
	assessedWhatRe = lazyre.New(`(?i)^\s+(?:in|of|worth of)\s+(?:[\w-]+\s+){0,3}?(?:needs|programs|programmes|projects|requirements|damages?|losses)\b`)
)

// deficitBeforeRe ends the words before a deficit's size: "its current
// deficit stands at nearly ", "the deficit from $400 million in January
// to ", "a funding shortfall of "; its group is the words between the cue
// and the amount. deficitAfterRe follows an amount with the deficit it
// is: " deficit", " budget deficit".
var (
	deficitBeforeRe = lazyre.New(`(?i)\b(?:deficits?|shortfalls?|funding gaps?|financing gaps?)\b([^;]{0,100}?)\b(?:of|at|from|to|by|is|was|are|were|reach(?:es|ed)?|totals?|totall?ing|totall?ed|amounts? to|amounting to|stands? at|stood at)\s+(?:(?:about|around|almost|nearly|over|more than|some|approximately|roughly|an estimated|just|close to|less than|under)\s+)?$`)
	deficitAfterRe  = lazyre.New(`(?i)^\s+(?:(?:budget|funding|financial|financing|operating|cash)\s+)?(?:deficit|shortfall)s?\b`)
)

// overYearsOpenRe opens a sentence with years gone by, up to an amount in
// it: "Over the years, ", "In recent years, ", "Over the past decade, ";
// yearsAheadRe finds years to come in it ("in the years ahead").
var (
	overYearsOpenRe = lazyre.New(`(?i)^\W*(?:over|in|during|throughout)\s+(?:the\s+)?(?:(?:past|last|recent|previous)\s+)?(?:(?:\d+|` + numberWord + `|several|many|few)\s+)?(?:years|decades?)\s*,[^;]*$`)
	yearsAheadRe    = lazyre.New(`(?i)\b(?:to come|ahead|next|coming|will|shall)\b`)
)

// pastGivenRe ends the words before money given in the past: "has granted
// more than ", "gave ". overPastYearsAfterRe follows the amount with the
// years it was given over: " to 79 countries within a period of three
// years", " over the past decade".
var (
	pastGivenRe          = lazyre.New(`(?i)(?:\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:granted|given|provided|contributed|donated|disbursed|spent|allocated|channell?ed)|\b(?:gave|granted|donated|disbursed|spent))\s+(?:[^;,]{0,30}?\s+)?(?:(?:about|around|almost|nearly|over|more than|some|approximately|roughly)\s+)?$`)
	overPastYearsAfterRe = lazyre.New(`(?i)^[^;]{0,100}?\b(?:(?:within|over|during|in)\s+(?:a|the)\s+(?:period|span|course)\s+of\s+(?:(?:\d+|` + numberWord + `)\s+)?(?:years|decades?)|over\s+the\s+(?:past|last|previous)\s+(?:(?:\d+|` + numberWord + `)\s+)?(?:years|decades?))\b`)
)

// giftVerbRe finds a word of giving ("gave", "topped up", "aid"), with
// which the words between a cue and an amount tell a gift rather than the
// cue's size.
var giftVerbRe = lazyre.New(`(?i)\b(?:gave|give[sn]?|giving|provid\w*|contribut\w*|donat\w*|grant(?:s|ed|ing)?|pledg\w*|allocat\w*|disburs\w*|commit\w*|announc\w*|releas\w*|fund(?:s|ed|ing)?|cover\w*|clos(?:e|es|ed|ing)|top(?:s|ped)? up|aid|assistance|support|help)\b`)

// debtAfterRe follows an amount with the debt it is ("$40 million World
// Bank debt"), and the word after "debt"; debtReliefRe is that word when
// the money relieves the debt ("debt relief", "debt cancellation").
var (
	debtAfterRe  = lazyre.New(`(?i)^\s+(?:of\s+|in\s+)?(?:[\w'’-]+\s+){0,3}?debts?\b\s*(\w*)`)
	debtReliefRe = lazyre.New(`(?i)^(?:relief|cancell?ation|forgiveness|swaps?|write-?offs?|reduction|service)$`)
)

// togetherTotalRe ends the words before the sum of two things named with
// "and": "the new loan and the older loans together total ".
var togetherTotalRe = lazyre.New(`(?i)\band\b[^;.]{0,80}\btogether\s+(?:total|totall?ing|amount to|amounting to|come to|coming to|make up|add up to)\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)

// takenWithSumRe ends the words before a sum of the gift and other money,
// told after the other money is named: "taken with the postponed loan,
// the sum comes to ", "combined with last year's grant, this amounts to
// ".
var takenWithSumRe = lazyre.New(`(?i)\b(?:taken (?:together )?with|together with|combined with|added to|counting)\b[^;.]{0,100},\s*(?:the|this|that|which|it)(?:\s+(?:sum|total|amount|figure|package))?\s+(?:now\s+)?(?:comes?|came|amounts?|amounted|adds? up|added up|rises?|rose)\s+to\s+(?:(?:about|around|almost|nearly|over|more than|some)\s+)?$`)

// fromManyRe follows money from givers named only as many; askedForRe
// ends the words before money someone asks for.
var (
	fromManyRe = lazyre.New(`(?i)^\s+(?:in\s+\w+\s+)?from\s+(?:other\s+|various\s+|several\s+|many\s+|\d+\s+)?(?:governments|donors|donor countries|countries|nations|international partners|member states|the international community)\b`)
	askedForRe = lazyre.New(`(?i)\b(?:needs?|needed|requires?|required|seeks?|seeking|sought|appeal\w*|asks?|asked|asking|requests?|requested|calls? for|called for)\b[^.;]{0,40}$`)
)

// alongGiftRe is what stands between a gift and another amount given
// beside it: ", in addition to ". (Not "as well as", "plus": those go
// on with the parts of one gift.)
var alongGiftRe = lazyre.New(`(?i)^[^.;]{0,120}?,\s+in addition to\s+(?:another\s+|a further\s+)?$`)

// besideCommitmentsRe is the words before an item of a list of the
// giver's other commitments, after the colon that opens it: "comes in
// addition to two existing commitments: the ", "on top of its regular
// contributions: EUR 5 million for ..., and ".
var besideCommitmentsRe = lazyre.New(`(?i)\b(?:in addition to|on top of|besides|apart from|alongside)\s+(?:(?:its|their|the|two|three|four|several|both)\s+)?(?:(?:existing|ongoing|regular|current|standing|annual|yearly|other|core|earlier|previous)\s+)+(?:commitments|contributions|pledges|grants|obligations|funding streams)\s*:(?:[^;.]|\.\d)*$`)

// conferenceRaisedRe ends the words before what a conference raised: "A
// conference led by the UN brought pledges of ", "the pledging summit
// raised ", "Aid Conference Brings ".
var conferenceRaisedRe = lazyre.New(`(?i)\b(?:conference|summit|gathering|pledging (?:event|meeting|session))\b[^;.]{0,100}?\b(?:brings?|brought|raised?|secured?|yielded|generated?|garnered|drew|draws|attracted|mobili[sz]ed|produced|closed with|ended with|(?:expected|likely|set|hoped) to (?:generate|raise|bring in|bring|yield|secure|mobili[sz]e|produce|attract))\s+(?:(?:pledges|commitments|promises)\s+(?:of|totall?ing|worth)\s+)?(?:(?:about|around|nearly|over|more than|some|almost|close to)\s+)?$`)

// giversListRe opens a sentence that lists givers after a colon: "Other
// nations:", "Other donors so far:", "Pledges by country:" (not
// "Countries:", which may list the places funded).
var giversListRe = lazyre.New(`(?i)^\W*(?:(?:other|more|further|additional|the other)\s+(?:nations|countries|governments|donors|contributors|givers)|(?:donors|contributors|givers|pledges|donations))(?:\s+[\w'’-]+){0,3}\s*:`)

// listedGiverRe ends the words before an amount with the giver a list item
// names first: "; Norway, ", ": Australia, ", "; the Netherlands (".
var listedGiverRe = lazyre.New(`(?:^|[;:,]\s*)(?:the\s+)?\p{Lu}[\p{L}.’' -]{1,40}?(?:,|\s*:|\s*\(|\s+[-–—])\s*(?:(?:about|around|nearly|over|more than|some|up to)\s+)?$`)
