package answer

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/fundbot/fundbot/corpus"
)

// splitParts divides a question into its parts; a question of one part
// comes back whole.
func splitParts(q string) []string {
	var parts []string
	for _, p := range splitKeep(q) {
		p = strings.TrimSpace(strings.Trim(p, " ,;"))
		if len(strings.Fields(p)) >= 2 || len(parts) > 0 && p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) < 2 {
		return []string{q}
	}
	return parts
}

// splitKeep splits q where breakRe finds a break, keeping the question
// word that begins each part.
func splitKeep(q string) []string {
	var out []string
	start := 0
	for _, m := range breakRe.FindAllStringSubmatchIndex(q, -1) {
		// m[2]:m[3] is the separator; what follows it starts the next part.
		out = append(out, q[start:m[2]])
		start = m[3]
	}
	return append(out, q[start:])
}

// breakRe is where a question with several parts divides (group 1): a
// question mark with more after it, or ", and", "; " or " and " before a
// new question word ("How much did Norway give WFP, and where is it
// used?"). A plain "and" between names ("Jordan and Lebanon") does not
// divide a question.
var breakRe = regexp.MustCompile(`(?i)(\?\s+|\s*[,;]\s*(?:and\s+|but\s+)?|\s+and\s+)(?:where|what|who|whom|which|when|how|for what|in which|to whom)\b`)

// inherit fills what a later part of a question leaves out from its
// first part: "and where is it used?" is about the first part's donor and
// recipient.
func inherit(part *request, first request) {
	if len(part.donors) == 0 {
		part.donors = first.donors
	}
	if len(part.recipients) == 0 {
		part.recipients = first.recipients
	}
	if len(part.years) == 0 {
		part.years = first.years
	}
	if len(part.countries) == 0 && len(part.regions) == 0 {
		part.countries, part.regions = first.countries, first.regions
	}
	if len(part.sectors) == 0 {
		part.sectors = first.sectors
	}
}

// severalParts answers a question of several parts part by part, and says
// which part it could not answer.
func (e *Engine) severalParts(ctx context.Context, parts []string) (Answer, error) {
	var out Answer
	var first request
	var heads []string
	for i, p := range parts {
		req := e.parse(p)
		if i == 0 {
			first = req
		} else {
			inherit(&req, first)
		}
		if i > 0 && req.intent == intentCountries {
			// "…, and where is it used?": where the amounts the first
			// part answered with go, as their sentences name them.
			if where := placesOfAmounts(out.Facts); len(where) > 0 {
				heads = append(heads, fmt.Sprintf("Where: %s, as the release names them with that amount.", names(where)))
				continue
			}
		}
		a, err := e.question(ctx, p, req)
		if err != nil {
			return Answer{}, err
		}
		if i == 0 {
			out.Kind = a.Kind
		}
		if a.Kind == KindNotFound && len(a.Items) == 0 || a.Kind == KindSearch {
			out.Notes = append(out.Notes, fmt.Sprintf("fundbot did not answer this part of the question: “%s”.", p))
			continue
		}
		if !slices.Contains(heads, a.Headline) {
			heads = append(heads, a.Headline)
		}
		out.Items = append(out.Items, a.Items...)
		out.Notes = append(out.Notes, a.Notes...)
		out.Facts = append(out.Facts, a.Facts...)
		if len(out.Passages) == 0 {
			out.Passages = a.Passages
		}
	}
	if len(heads) == 0 {
		return e.search(ctx, strings.Join(parts, " "), first)
	}
	out.Headline = strings.Join(heads, " ")
	return out, nil
}

// placesOfAmounts lists the countries and regions named in the sentences
// of the gifts among facts (amounts not stated as context), each once.
func placesOfAmounts(facts []*corpus.Fact) []string {
	var out []string
	for _, f := range facts {
		if f.Kind != corpus.KindAmount || f.Context != "" {
			continue
		}
		for _, c := range corpus.FindCountries(f.Sentence) {
			if !slices.Contains(out, c.Name) {
				out = append(out, c.Name)
			}
		}
		for _, g := range corpus.FindRegions(f.Sentence) {
			if !slices.Contains(out, g) {
				out = append(out, g)
			}
		}
	}
	return out
}
