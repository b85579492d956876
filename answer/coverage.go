package answer

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/fundbot/fundbot/corpus"
)

// Coverage says what the corpus covers, for the Slack Home tab and the
// assistant's suggested prompts.
type Coverage struct {
	Releases   int
	Donors     int
	Recipients int
	Countries  int
	// FirstYear and LastYear span the funding years; zero when no release
	// states one.
	FirstYear, LastYear int
	// Newest is the newest release's publication date (YYYY-MM-DD, or as
	// the release writes it), or "" when no release states one.
	Newest string
	// Examples are three questions the corpus answers, built from its
	// newest release.
	Examples []string
}

// Coverage returns what the engine's corpus covers.
func (e *Engine) Coverage() Coverage {
	cv := Coverage{Releases: len(e.c.Releases), Donors: len(e.donorNames), Countries: len(e.countries)}
	recipients := map[string]bool{}
	var newest string
	var latest = -1 // index of the newest release, by date then year
	for i, r := range e.c.Releases {
		for _, name := range append([]string{r.Recipient}, r.Recipients...) {
			if name != "" {
				recipients[name] = true
			}
		}
		date := cmp.Or(r.Published, r.Date)
		if latest < 0 || date > newest || date == newest && r.Year > e.c.Releases[latest].Year {
			newest, latest = date, i
		}
	}
	cv.Recipients = len(recipients)
	cv.Newest = newest
	if len(e.years) > 0 {
		cv.FirstYear, cv.LastYear = e.years[0], e.years[len(e.years)-1]
	}
	cv.Examples = e.examples(latest)
	return cv
}

// examples are three questions about the release at index i of the corpus:
// its donor's gift, a country it funds, what the money does there.
func (e *Engine) examples(i int) []string {
	donor, recipient, year, country := "Japan", "IOM", "2011", "Pakistan"
	if i >= 0 {
		r := e.c.Releases[i]
		if len(r.Donors) > 0 {
			donor = r.Donors[0]
		}
		if r.Recipient != "" {
			recipient = r.Recipient
		}
		if r.Year != 0 {
			year = strconv.Itoa(r.Year)
		}
		if j := slices.IndexFunc(r.Facts, func(f corpus.Fact) bool { return f.CountryName != "" }); j >= 0 {
			country = r.Facts[j].CountryName
		}
	}
	return []string{
		"How much did " + donor + " give to " + recipient + " in " + year + "?",
		"/funding " + country,
		"What will the money do in " + country + "?",
	}
}
