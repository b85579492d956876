package extract

import (
	"slices"
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

var (
	activityRe = lazyre.New(`(?i)\b(assist\w*|support\w*|provid\w*|implement\w*|help\w*|train\w*|rehabilitat\w*|strengthen\w*|address\w*|enhanc\w*|build\w*|establish\w*|reintegrat\w*|re-integrat\w*|protect\w*|deliver\w*|distribut\w*|improv\w*|initiat\w*|restor\w*|construct\w*|repair\w*|reduc\w*|fund\w*|register\w*|shelter\w*|organi[sz]\w*|prepositi\w*|treat\w*|feed\w*|vaccinat\w*|repatriat\w*|resettl\w*|equip\w*|will)\b`)
)

// activity describes what the money does in a paragraph's country or
// region, in the release's words.
func activityFacts(x *releaseText, p *paragraph) []corpus.Fact {
	if !p.fundsHere() {
		return nil
	}
	if f, ok := x.activity(p.n, p.text, p.about, p.hasAbout); ok {
		return []corpus.Fact{f}
	}
	return nil
}

// activity finds the paragraph's first sentence that says what the money
// does, when the paragraph is about one place.
func (x *releaseText) activity(n int, para string, ctx place, hasCtx bool) (corpus.Fact, bool) {
	if !hasCtx {
		return corpus.Fact{}, false
	}
	// Nor a place named only in someone's speech ("Mr Mitchell said:
	// "Britain has not forgotten the people of Syria ..."): what the
	// money does there is not told.
	if strings.ContainsAny(para, "\"“‘") && onlyQuoted(x, para, ctx) {
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
	bulleted := strings.Contains(para, "• ")
	for _, sp := range sentences(para) {
		sent := para[sp.start:sp.end]
		// Not what someone says ("‘I fear that ... the people of
		// Afghanistan ...’"), however many sentences the speech runs
		// over.
		if strings.HasPrefix(sent, `"`) || strings.HasPrefix(sent, "“") || strings.HasPrefix(sent, "‘") || quotedAt(para, sp.start) {
			continue
		}
		if !activityRe.MatchString(sent) {
			continue
		}
		// A list set out with bullets: each item is about its own place,
		// so an item that does not name the place says nothing of what
		// the money does there ("• SEK 60 million for rapid response; •
		// SEK 20 million to UNICEF in Malawi": the first is not Malawi's).
		if bulleted && !slices.ContainsFunc(x.places(sent), func(m corpus.Mention) bool { return placeOf(m).key() == ctx.key() }) {
			continue
		}
		f := x.fact(corpus.KindActivity, n, sent)
		f.Text = corpus.Shorten(sent, 160)
		ctx.set(&f)
		return f, true
	}
	return corpus.Fact{}, false
}

// onlyQuoted reports whether every mention of pl in para is inside quoted
// speech.
func onlyQuoted(x *releaseText, para string, pl place) bool {
	found := false
	for _, m := range x.places(para) {
		if placeOf(m).key() != pl.key() {
			continue
		}
		if !quotedAt(para, m.Start) {
			return false
		}
		found = true
	}
	return found
}
