package extract

import "github.com/fundbot/fundbot/corpus"

// sentenceRule finds facts in one sentence of a paragraph that read has
// read. A rule that finds destinations records them through
// releaseText.destination, which keeps the first statement of each place.
type sentenceRule struct {
	name string
	find func(x *releaseText, p *paragraph, s *sentence) []corpus.Fact
}

// paragraphRule finds facts in a whole paragraph, after the sentence rules
// have read each of its sentences.
type paragraphRule struct {
	name string
	find func(x *releaseText, p *paragraph) []corpus.Fact
}

// sentenceRules run on every sentence of the release's own text, in this
// order: people come before the paragraph rules and the quotes that look
// for them, destination lists before the activity rule that counts them.
// Each rule lives in its own file, with its own table test.
var sentenceRules = []sentenceRule{
	{"sectors", sectorFacts},                // rule_sector.go: before amounts, which read its findings
	{"amounts", amountFacts},                // rule_amounts.go
	{"shares", shareFacts},                  // rule_shares.go
	{"beneficiaries", beneficiaryFacts},     // rule_beneficiaries.go
	{"destination lists", destinationLists}, // rule_destinations.go
	{"funded place", fundedPlaces},          // rule_destinations.go
	{"people", peopleFacts},                 // rule_people.go
}

// paragraphRules run on every paragraph after its sentences, in this
// order; each says which paragraphs it reads.
var paragraphRules = []paragraphRule{
	{"contacts", contactFacts},          // rule_contacts.go: the contact block only
	{"organisation", organisationFacts}, // rule_organisation.go: the blurb, and sentences naming the recipient
	{"activity", activityFacts},         // rule_activity.go: text paragraphs about one place
}
