package extract

import (
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

var (
	memberStatesRe = lazyre.New(`(?i)\b((?:more than |over |some )?\d[\d,]*) member states\b`)
	presenceRe     = lazyre.New(`(?i)\b(?:presence|offices|operations|active|works|operates|present) in ((?:more than |over |some )?\d[\d,]*) countries\b`)
	foundedRe      = lazyre.New(`(?i)\b(?:founded|established|created|set up) in (\d{4})\b`)
	sinceRe        = lazyre.New(`(?i)\bsince (\d{4})\b`)
)

// organisation finds facts about the recipient: founding year, member
// states, countries of presence. inBlurb allows "since 1951" as a founding
// year, which only the organisation's self-description can mean.
func organisationFacts(x *releaseText, p *paragraph) []corpus.Fact {
	switch {
	case p.role == roleBlurb:
		return x.organisation(p.n, p.text, true)
	case p.isText():
		return x.organisation(p.n, p.text, false)
	}
	return nil
}

// organisation finds the organisation facts of a paragraph; outside the
// blurb, only in sentences that name the recipient.
func (x *releaseText) organisation(n int, para string, inBlurb bool) []corpus.Fact {
	if !strings.ContainsAny(para, "0123456789") {
		return nil
	}
	var out []corpus.Fact
	for _, sp := range sentences(para) {
		sent := para[sp.start:sp.end]
		if !inBlurb && x.r.Recipient != "" && !strings.Contains(sent, x.r.Recipient) {
			continue
		}
		add := func(attr, value string) {
			f := x.fact(corpus.KindOrganisation, n, sent)
			f.Recipient, f.Attribute, f.Value = x.r.Recipient, attr, value
			out = append(out, f)
		}
		if m := foundedRe.FindStringSubmatch(sent); m != nil {
			add("founded", m[1])
		} else if m := sinceRe.FindStringSubmatch(sent); inBlurb && m != nil {
			add("founded", m[1])
		}
		if m := memberStatesRe.FindStringSubmatch(sent); m != nil {
			add("member_states", m[1])
		}
		if m := presenceRe.FindStringSubmatch(sent); m != nil {
			add("countries_of_presence", m[1])
		}
	}
	return out
}
