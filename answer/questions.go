package answer

import (
	"context"
	"fmt"
	"regexp"
	"strings"
)

// questionKind is one kind of free question: the words that mark it and
// how it is answered. Kinds are tried in the order of questionKinds and the
// first that matches wins, so a kind whose words another kind's words
// contain comes first ("which organisations" before "organisation").
type questionKind struct {
	intent intent
	// words are phrases of which the folded question holds one as whole
	// words; prefixes begin a word of it ("contact" in "contacts").
	words, prefixes []string
	// match, when set, decides instead of words and prefixes.
	match func(folded string) bool
	// covered: a year, donor or place the corpus does not cover at all is
	// answered as such before the kind's own answer.
	covered bool
	answer  func(e *Engine, ctx context.Context, q string, req request) (Answer, error)
}

// matches reports whether a folded question is of kind k.
func (k *questionKind) matches(folded string) bool {
	if k.match != nil {
		return k.match(folded)
	}
	return has(folded, k.words...) || len(k.prefixes) > 0 && hasPrefix(folded, k.prefixes...)
}

// whenGiftWords make a "when" question ask about a gift.
var whenGiftWords = []string{"pledge", "pledged", "give", "gave", "given", "donate", "donated", "announce", "announced",
	"allocate", "allocated", "contribute", "contributed", "provide", "provided", "commit", "committed", "grant",
	"granted", "release", "released", "sign", "signed", "publish", "published", "funding", "money", "aid", "gift",
	"donation", "contribution"}

// largestWords mark a question about the largest share.
var largestWords = []string{"largest", "biggest", "most", "main", "bulk", "greatest"}

// questionKinds are the kinds of free question, in the order they are
// tried; a question none matches is answered by what it names (amounts,
// a place) or by search.
var questionKinds = []questionKind{
	{intent: intentHelp, match: func(f string) bool {
		return has(f, "help", "usage", "commands") && len(strings.Fields(f)) <= 3
	}, answer: func(e *Engine, _ context.Context, _ string, _ request) (Answer, error) { return e.help(""), nil }},
	{intent: intentContact, prefixes: []string{"contact", "email", "phone", "telephone", "spokes"},
		words: []string{"e mail", "press officer", "who do i call", "who can i call", "who should i call"},
		answer: func(e *Engine, ctx context.Context, _ string, req request) (Answer, error) {
			return e.contacts(ctx, req)
		}},
	// For which year a release's money is.
	{intent: intentYear, words: []string{"which year", "what year", "which year s", "what year s"}, covered: true,
		answer: (*Engine).fundingYear},
	// When a release's money was given or announced: its date (not when
	// an organisation was founded).
	{intent: intentYear, match: func(f string) bool {
		return (strings.HasPrefix(f, "when ") || has(f, "what date", "which date", "what day")) && has(f, whenGiftWords...)
	}, covered: true, answer: (*Engine).whenGiven},
	// Which donors, recipients or years the corpus (or what the question
	// names) covers.
	{intent: intentList, match: func(f string) bool { return listOf(f) != "" }, covered: true,
		answer: func(e *Engine, _ context.Context, q string, req request) (Answer, error) { return e.list(q, req), nil }},
	{intent: intentCount, words: []string{"how many countries", "how many crises", "how many nations",
		"how many emergencies", "number of countries", "how many projects", "how many programmes"}, covered: true,
		answer: func(e *Engine, _ context.Context, _ string, req request) (Answer, error) {
			return e.countCountries(req), nil
		}},
	// "How much" asks an amount, whatever else its words say ("the World
	// Food Programme", "the UN Population Fund").
	{intent: intentAmount, words: []string{"how much"}, covered: true, answer: (*Engine).amounts},
	{intent: intentOrganisation, words: []string{"member states", "member countries", "founded", "established",
		"since when", "presence", "present in", "how old", "organisation", "organization", "about iom"},
		answer: (*Engine).organisation},
	{intent: intentQuote, words: []string{"said", "say", "says", "quote", "quoted", "statement", "spoke", "speak", "speaks"},
		answer: (*Engine).quotes},
	// "Who announced the Dutch contribution?", "Who received India's
	// cheque?": the people the releases name, not the amount.
	{intent: intentPeople, words: []string{"who is", "who are", "who was", "director", "director general", "role",
		"who announced", "who approved", "who received", "who signed", "who handed", "who presented", "who accepted",
		"who launched", "who unveiled", "who welcomed", "who thanked", "who made the announcement", "who will sign"},
		answer: (*Engine).people},
	{intent: intentBeneficiaries, words: []string{"beneficiaries", "how many people", "how many individuals",
		"how many families", "how many households", "how many persons", "how many refugees", "how many migrants", "how many women",
		"how many children", "how many girls", "people helped", "people reached", "helped", "benefit", "assisted",
		"reached", "reach", "vaccinated", "feed", "fed"}, covered: true,
		answer: (*Engine).beneficiaries},
	{intent: intentShare, match: func(f string) bool {
		return has(f, "share", "shares", "per cent", "percent", "percentage", "portion", "proportion",
			"fraction", "split", "breakdown") || strings.Contains(f, "%") || has(f, largestWords...)
	}, covered: true, answer: (*Engine).shares},
	{intent: intentActivities, words: []string{"activities", "activity", "projects", "project", "used for", "spent on",
		"will do", "money do", "funding do", "funds do", "do with", "be used", "purpose", "programme", "program",
		"programmes", "programs"}, covered: true, answer: (*Engine).activities},
	{intent: intentCountries, words: []string{"which countries", "what countries", "list countries",
		"countries funded", "funded countries", "where"}, covered: true,
		answer: func(e *Engine, _ context.Context, _ string, req request) (Answer, error) { return e.overview(req), nil }},
	{intent: intentAmount, words: []string{"how much", "total", "amount", "give", "gave", "given", "donate", "donated",
		"donates", "donation", "contribute", "contributed", "contribution", "pledge", "pledged", "money", "million",
		"usd", "dollars", "allocate", "allocated", "announce", "announced", "worth"}, covered: true,
		answer: (*Engine).amounts},
	{intent: intentAmount, words: []string{"funding", "funds", "fund", "funded", "get", "gets", "got", "receive",
		"receives", "received"}, covered: true, answer: (*Engine).amounts},
}

// classify finds the kind of a free question from its words, or nil.
func classify(folded string) *questionKind {
	for i := range questionKinds {
		if questionKinds[i].matches(folded) {
			return &questionKinds[i]
		}
	}
	return nil
}

// question answers a free question: by its kind, else by what it names.
// pronounGiverRe asks how much a pronoun gave: "How much did they
// give?".
var pronounGiverRe = regexp.MustCompile(`(?i)\bhow much\s+(?:money\s+)?(?:did|does|has|have|will)\s+(they|he|she|it|we)\s+(?:give|gave|given|donate|donated|contribute|contributed|pledge|pledged|provide|provided|allocate|allocated|spend|spent|commit|committed|offer|offered)\b`)

func (e *Engine) question(ctx context.Context, q string, req request) (Answer, error) {
	k := req.kind
	if k != nil && !k.covered {
		return k.answer(e, ctx, q, req)
	}
	if a, ok := e.notCovered(req); ok {
		return a, nil
	}
	// "How much did they give?", naming nothing else: no giver named.
	if m := pronounGiverRe.FindStringSubmatch(q); m != nil && len(req.donors)+len(req.notDonor)+len(req.recipients)+len(req.countries)+len(req.regions)+
		len(req.years)+len(req.sectors)+len(req.topics)+len(req.agencies)+len(req.releases)+len(req.unknown) == 0 && req.orgAsked == "" {
		example := ""
		if len(e.donorNames) > 0 {
			example = fmt.Sprintf("How much did %s give?", e.donorNames[0])
		}
		return whoIsMeant(m[1], "the donor", example), nil
	}
	switch {
	case k != nil:
		return k.answer(e, ctx, q, req)
	case len(req.countries) > 0:
		return e.country(ctx, req)
	case len(req.regions) > 0:
		return e.region(ctx, req)
	case len(req.donors) > 0 || len(req.years) > 0 || len(req.recipients) > 0:
		return e.amounts(ctx, q, req)
	}
	return e.search(ctx, q, req)
}
