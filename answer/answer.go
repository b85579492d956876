// Package answer is fundbot's Slack-free brain: a question or a
// slash-command line in, an Answer out. The CLI and the Slack bot both call
// it.
package answer

import (
	"github.com/fundbot/fundbot/corpus"
)

// Kind says what an answer is about; the bot renders kinds alike.
type Kind string

// The kinds of answer.
const (
	KindOverview      Kind = "overview"      // /funding: each release's total and countries
	KindTable         Kind = "table"         // /funding all: a line per country
	KindCountry       Kind = "country"       // figures for one country
	KindTotal         Kind = "total"         // totals per release, donor or year
	KindShare         Kind = "share"         // shares of a total
	KindBeneficiaries Kind = "beneficiaries" // people to be helped
	KindActivities    Kind = "activities"    // what the money does
	KindOrganisation  Kind = "organisation"  // facts about the recipient
	KindPeople        Kind = "people"        // named people, roles and quotes
	KindContact       Kind = "contact"       // press contacts
	KindSearch        Kind = "search"        // best-matching passages only
	KindNotFound      Kind = "not_found"     // nothing in the corpus matches
	KindHelp          Kind = "help"          // usage
)

// Item is one line an answer states: a figure, a share, a contact, a quote.
type Item struct {
	// Label says what the item is about ("Total", "Pakistan", "Yuko Goto").
	Label string
	// Value is the figure or statement, as the release states it ("US$ 37.9
	// million", "the largest share", "Tel: + 81-3-3595-0108").
	Value string
	// Release is the id of the release it comes from, Title its title and
	// Year its funding year. Empty for a derived item that spans releases.
	Release string
	Title   string
	Year    int
	// Sentence is the source sentence, quoted as the release states it.
	Sentence string
	// Derived marks a number fundbot computed (a sum), not one a release
	// states.
	Derived bool
	// URL is the release's address on the web and Date its publication
	// date (YYYY-MM-DD, or as the release writes it), when the corpus has
	// them. The engine sets both from the release.
	URL  string
	Date string
}

// Passage is a paragraph of a release that matches the question.
type Passage struct {
	Release   string  `json:"release"`
	Title     string  `json:"title"`
	Paragraph int     `json:"paragraph"`
	Text      string  `json:"text"`
	Score     float64 `json:"-"`
}

// Answer is what fundbot replies.
type Answer struct {
	Kind Kind
	// Query is the question or command line as received.
	Query string
	// Headline is the answer in one sentence.
	Headline string
	// Items are the figures and statements, most important first.
	Items []Item
	// Notes say plainly what the corpus does not state ("The release does
	// not state a separate amount for Kenya.") and label derived numbers.
	Notes []string
	// Facts are the corpus facts the answer used: pointers into the
	// corpus, which the engine shares and never changes. Treat them as
	// read-only.
	Facts []*corpus.Fact
	// Passages are the best-matching paragraphs, best first.
	Passages []Passage
	// Text is the whole answer as plain text, for the CLI and for Slack's
	// notification fallback.
	Text string

	// lines are Lines of linesOf, the items they were computed from.
	lines   []Line
	linesOf []Item
}

// Why an answer leaves its question unanswered; see Answer.Unanswered.
const (
	UnansweredNotFound  = "not_found"  // nothing in the corpus matches
	UnansweredNotStated = "not_stated" // the corpus names it, but states no figure for it
	UnansweredPassages  = "passages"   // only matching passages, no fact
)

// askedFigure are the kinds of answer that are asked for a figure: one
// without any figure among its facts leaves the question unanswered.
var askedFigure = map[Kind]bool{KindCountry: true, KindTotal: true, KindShare: true, KindBeneficiaries: true}

// Unanswered says whether the answer leaves its question unanswered and
// why (one of the Unanswered constants), or "" when it answers it. Help
// answers nothing and is never counted.
func (a *Answer) Unanswered() string {
	switch {
	case a.Kind == KindNotFound:
		return UnansweredNotFound
	case a.Kind == KindSearch || len(a.Items) == 0 && len(a.Passages) > 0:
		return UnansweredPassages
	case !askedFigure[a.Kind]:
		return ""
	}
	for _, f := range a.Facts {
		switch f.Kind {
		case corpus.KindAmount:
			if f.Context == "" {
				return ""
			}
		case corpus.KindShare, corpus.KindBeneficiaries:
			return ""
		}
	}
	for _, it := range a.Items {
		if it.Derived {
			return ""
		}
	}
	return UnansweredNotStated
}
