package extract

import (
	"regexp"
	"strings"

	"github.com/fundbot/fundbot/corpus"
)

var (
	activityRe = regexp.MustCompile(`(?i)\b(assist\w*|support\w*|provid\w*|implement\w*|help\w*|train\w*|rehabilitat\w*|strengthen\w*|address\w*|enhanc\w*|build\w*|establish\w*|reintegrat\w*|re-integrat\w*|protect\w*|deliver\w*|distribut\w*|improv\w*|initiat\w*|restor\w*|construct\w*|repair\w*|reduc\w*|fund\w*|register\w*|shelter\w*|organi[sz]\w*|prepositi\w*|treat\w*|feed\w*|vaccinat\w*|repatriat\w*|resettl\w*|equip\w*|will)\b`)
)

// activity describes what the money does in a paragraph's country or
// region, in the release's words.
func (x *releaseText) activity(n int, para string, ctx place, hasCtx bool) (corpus.Fact, bool) {
	if !hasCtx {
		return corpus.Fact{}, false
	}
	// A paragraph that lists many places is an overview, not an activity.
	listed := 0
	for _, d := range x.destinations {
		if d.Paragraph == n {
			listed++
		}
	}
	if listed > 2 {
		return corpus.Fact{}, false
	}
	for _, sp := range sentences(para) {
		sent := para[sp.start:sp.end]
		if strings.HasPrefix(sent, `"`) || strings.HasPrefix(sent, "“") {
			continue
		}
		if !activityRe.MatchString(sent) {
			continue
		}
		f := corpus.Fact{Kind: corpus.KindActivity, Paragraph: n, Sentence: sent, Donor: strings.Join(x.r.Donors, ", "), Recipient: x.r.Recipient, Year: x.r.Year, Text: corpus.Shorten(sent, 160)}
		ctx.set(&f)
		return f, true
	}
	return corpus.Fact{}, false
}
