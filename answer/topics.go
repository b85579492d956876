package answer

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/index"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// typo is a country read from a misspelt word of a question.
type typo struct {
	code, word string
}

// topicRe finds a run of capitalised words, or a word with capitals and
// digits ("COVID-19"), with "'s" kept ("Cox's Bazar").
var topicRe = lazyre.New(`\b\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*)*`)

// notTopics are capitalised words that name no topic: question words,
// months, pronouns and short forms the question's other readers know.
var notTopics = map[string]bool{
	"how": true, "what": true, "which": true, "who": true, "whom": true, "when": true, "where": true, "why": true,
	"did": true, "does": true, "do": true, "is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"in": true, "for": true, "to": true, "the": true, "a": true, "an": true, "and": true, "of": true, "i": true,
	"tell": true, "list": true, "give": true, "show": true, "can": true, "will": true, "un": true, "us": true,
	"uk": true, "eu": true, "usa": true, "government": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "fy": true, "usd": true, "eur": true, "gbp": true, "chf": true, "jpy": true,
}

// topicsOf returns the names a question gives that are none of the
// donors, recipients, places, people or years it was read for.
func (e *Engine) topicsOf(text string, req request) []string {
	var known []string
	for _, list := range [][]string{req.donors, req.recipients, req.regions, req.people} {
		for _, n := range list {
			known = append(known, corpus.Fold(n))
		}
	}
	for _, c := range append(slices.Clone(req.countries), req.unknown...) {
		known = append(known, corpus.Fold(c.Name))
	}
	knownText := " " + strings.Join(known, " ") + " "
	// The full names of donors and recipients the question gives ("the
	// World Food Programme") are no topics: blank them out.
	folded := corpus.Fold(text)
	for _, keys := range []*nameKeys{e.recipientAliases, e.donorAliases} {
		for _, k := range keys.list {
			if k.folded != "" && strings.Contains(k.folded, " ") && has(folded, k.folded) {
				re := regexp.MustCompile(`(?i)` + strings.ReplaceAll(regexp.QuoteMeta(k.folded), " ", `[\s'’-]+`))
				text = re.ReplaceAllStringFunc(text, func(m string) string { return strings.Repeat(" ", len(m)) })
			}
		}
	}
	// Nor is a sector the question names ("WASH", "Core Funding").
	text = blankSectors(text)
	var out []string
	for i, m := range topicRe.FindAllStringIndex(text, -1) {
		var kept []string
		for _, w := range strings.Fields(text[m[0]:m[1]]) {
			// "Qatar Charity's contribution": a known name's possessive is
			// the name ("Cox's Bazar" stays whole).
			if base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); base != w && strings.Contains(knownText, " "+corpus.Fold(base)+" ") {
				w = base
			}
			f := corpus.Fold(w)
			switch {
			case f == "" || notTopics[f] || i == 0 && m[0] == 0 && len(kept) == 0 && notTopics[f]:
			case strings.Contains(knownText, " "+f+" ") || len(findNamed(e.donorAliases, w, f)) > 0 ||
				len(findNamed(e.recipientAliases, w, f)) > 0 || len(corpus.FindCountries(w)) > 0 ||
				len(corpus.FindRegions(w)) > 0 || yearRe.MatchString(w) || e.donorByFold[f] != "":
			default:
				kept = append(kept, w)
				continue
			}
			if len(kept) > 0 {
				out = append(out, strings.Join(kept, " "))
				kept = nil
			}
		}
		if len(kept) > 0 {
			out = append(out, strings.Join(kept, " "))
		}
	}
	// The first word of a question is capitalised as a sentence begins.
	if len(out) > 0 && strings.HasPrefix(text, out[0]) && !strings.Contains(out[0], " ") {
		out = out[1:]
	}
	return out
}

// orgSlotRe finds what a question asks money given to, named with
// capitals: "give the World Bank", "gave to the Hand by Hand Foundation",
// "donate to the Palestinian Ministry of Health".
var orgSlotRe = lazyre.New(`(?i:\b(?:(?:give|gave|given|donate|donated|contribute|contributed|grant|granted|provide|provided|allocate|allocated|pledge|pledged)\s+(?:to\s+)?|(?:goes|go|went|going|gone)\s+to\s+))((?i:the\s+)?\p{Lu}[\p{L}\d'’&.-]*(?:\s+(?:(?:of|for|and|by|the|&)\s+)*\p{Lu}[\p{L}\d'’&.-]*)*)`)

// orgWords are the words that make a name an organisation's: a body money
// can be given to, not a place, a cause or an event.
var orgWords = map[string]bool{
	"bank": true, "foundation": true, "fund": true, "ministry": true, "organization": true, "organisation": true,
	"society": true, "agency": true, "coalition": true, "council": true, "committee": true, "institute": true,
	"trust": true, "association": true, "federation": true, "alliance": true, "charity": true, "hospital": true,
	"university": true, "authority": true, "secretariat": true, "network": true, "partnership": true,
	"commission": true, "office": true, "department": true, "centre": true, "center": true, "cross": true,
	"crescent": true, "ngo": true, "union": true,
}

// unSlotRe is a slot that names the United Nations as a whole, which the
// question's other readers take as no name: "the UN", "UN agencies", "the
// United Nations".
var unSlotRe = lazyre.New(`^(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)(?:\s+(?:agencies|bodies|organi[sz]ations|system))?$`)

// getsSlotRe finds who a question asks money got by: "How much do UN
// agencies get", "How much did the United Nations receive".
var getsSlotRe = lazyre.New(`(?i:\bhow\s+much\s+(?:money\s+|funding\s+)?(?:do|does|did|will|would|has|have|had)\s+)((?i:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*(?i:\s+(?:agencies|bodies|organi[sz]ations|system))?)(?i:\s+(?:get|got|receive|received|obtain))\b`)

// unTopic is the topic a question asking money given to the United
// Nations as a whole holds; namesTopic finds it as "UN", "U.N." or
// "United Nations".
const unTopic = "United Nations"

// unAsked returns what a question asks money given to when that is the
// United Nations as a whole ("How much did Denmark give the UN?"), as
// typed, and its topic: a release that states no amount naming the UN
// says so, instead of listing every part it states for anyone.
func unAsked(text string) (string, []string) {
	m := orgSlotRe.FindStringSubmatch(text)
	if m == nil {
		m = getsSlotRe.FindStringSubmatch(text)
	}
	if m == nil || !unSlotRe.MatchString(m[1]) {
		return "", nil
	}
	return m[1], []string{unTopic}
}

// governmentSlotRe is a slot that names a country's government: "the
// Government of Fiji".
var governmentSlotRe = lazyre.New(`^(?:[Tt]he\s+)?[Gg]overnment\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$`)

// acronymSlotRe is a slot that is one acronym: "ZOA", "the DRA".
var acronymSlotRe = lazyre.New(`^(?:the\s+)?\p{Lu}{2,8}$`)

// orgAsked returns the organisation a question asks money given to, as
// typed, and the topics it holds, when it holds any: a name fundbot knows
// as a recipient, donor or place is no topic, so none of them is returned.
func orgAsked(text string, topics []string) (string, []string) {
	m := orgSlotRe.FindStringSubmatch(text)
	if m == nil {
		return "", nil
	}
	slot := m[1]
	// "How much did New Zealand give the Government of Fiji?": a
	// country's government is a recipient of its own, not the country's
	// every part.
	if g := governmentSlotRe.FindStringSubmatch(slot); g != nil {
		if _, ok := corpus.LookupCountry(g[1]); ok {
			name := strings.TrimPrefix(strings.TrimPrefix(slot, "the "), "The ")
			return slot, []string{name}
		}
	}
	// "How much of the extra money goes to ZOA?": an acronym fundbot
	// does not know names an organisation too.
	if !slices.ContainsFunc(strings.Fields(slot), func(w string) bool { return orgWords[corpus.Fold(w)] }) && !acronymSlotRe.MatchString(slot) {
		return "", nil
	}
	var in []string
	for _, t := range topics {
		if containsFold(slot, t) {
			in = append(in, t)
		}
	}
	if len(in) == 0 {
		return "", nil
	}
	return slot, in
}

// sentenceAround returns the sentence of paragraph p that holds byte i.
// A period after a short capitalised word ("Dr.", "St.", "U.S.") ends
// no sentence.
func sentenceAround(p string, i int) string {
	ends := func(at int) bool { // the ". " at p[at] ends a sentence
		w := p[strings.LastIndexByte(p[:at], ' ')+1 : at]
		return !(len(w) <= 3 && w != "" && w[0] >= 'A' && w[0] <= 'Z')
	}
	start := 0
	for j := i; j > 0; {
		k := strings.LastIndex(p[:j], ". ")
		if k < 0 {
			break
		}
		if ends(k) {
			start = k + 2
			break
		}
		j = k
	}
	end := len(p)
	for j := i; j < len(p); {
		k := strings.Index(p[j:], ". ")
		if k < 0 {
			break
		}
		if ends(j + k) {
			end = j + k + 1
			break
		}
		j += k + 2
	}
	return strings.TrimSpace(p[start:end])
}

// purposeRe finds what a question asks money for in lower case: "for
// avian influenza", "for the widgets programme".
var purposeRe = lazyre.New(`\bfor\s+([a-z][\p{L}'’/-]*(?:\s+[a-z][\p{L}'’/-]*){0,4})`)

// purposeEnd ends a purpose: the words after it ask something else ("in
// 2011", "to UNICEF").
var purposeEnd = map[string]bool{
	"in": true, "to": true, "from": true, "during": true, "since": true, "by": true, "through": true, "and": true,
	"or": true, "over": true, "this": true, "last": true, "next": true, "of": true, "at": true, "with": true,
	"under": true, "via": true, "per": true, "between": true, "before": true, "after": true,
}

// notPurposes are words a purpose may hold that narrow nothing: what any
// humanitarian gift is for.
var notPurposes = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "that": true,
	"these": true, "those": true, "what": true, "which": true, "it": true, "them": true, "each": true, "all": true,
	"total": true, "year": true, "years": true, "funding": true, "fund": true, "funds": true, "aid": true,
	"humanitarian": true, "assistance": true, "support": true, "relief": true, "emergency": true, "response": true,
	"operations": true, "operation": true, "work": true, "programme": true, "programmes": true, "program": true,
	"programs": true, "projects": true, "project": true, "crisis": true, "crises": true, "people": true,
	"help": true, "efforts": true, "activities": true, "purposes": true, "purpose": true, "money": true,
	"overall": true, "whole": true, "same": true, "other": true, "now": true, "so": true, "far": true, "far?": true,
	"how": true, "much": true, "many": true, "whom": true, "who": true, "use": true, "there": true, "here": true,
	"contribution": true, "contributions": true, "donation": true, "grant": true, "gift": true, "package": true,
	"today": true, "us": true, "me": true, "example": true, "instance": true, "sure": true, "both": true,
}

// purposeReleases returns the releases that mention any word of a
// purpose ("sudden emergencies" is met by a release that tells of
// "emergencies"): a purpose is asked in the asker's words, not the
// release's.
func (e *Engine) purposeReleases(ctx context.Context, purpose string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, w := range strings.Fields(purpose) {
		if len(w) < 4 {
			continue
		}
		rs, err := e.topicReleases(ctx, purposeStem(w))
		if err != nil {
			return nil, err
		}
		for id := range rs {
			out[id] = true
		}
	}
	return out, nil
}

// purposesOf returns the purposes a question asks money for, in lower
// case and not known as a sector:
// "avian influenza" in "How much did Japan give for avian influenza?".
// Releases that never mention one do not answer the question; a purpose
// of common words only ("for humanitarian operations") narrows nothing.
func purposesOf(text string) []string {
	var out []string
	for _, m := range purposeRe.FindAllStringSubmatch(text, -1) {
		var kept []string
		for _, w := range strings.Fields(m[1]) {
			f := strings.ToLower(strings.Trim(w, "?.!,;:"))
			if purposeEnd[f] {
				break
			}
			if notPurposes[f] || f == "" {
				if len(kept) > 0 {
					break
				}
				continue
			}
			kept = append(kept, strings.Trim(w, "?.!,;:"))
			if strings.ContainsAny(w, "?.!,;:") {
				break
			}
		}
		// A sector fundbot knows ("food aid") is asked as one.
		if p := strings.Join(kept, " "); p != "" && len(corpus.SectorMentions(p)) == 0 {
			out = append(out, p)
		}
	}
	return out
}

// topicReleases returns the releases whose paragraphs mention topic, by
// the index's words, or whose titles do.
func (e *Engine) topicReleases(ctx context.Context, topic string) (map[string]bool, error) {
	out := map[string]bool{}
	if e.idx == nil {
		return out, nil
	}
	hits, err := e.idx.Search(ctx, index.Query{Text: topic, Type: index.Paragraphs, Size: 200})
	if err != nil {
		return nil, fmt.Errorf("search topic %q: %w", topic, err)
	}
	want := corpus.Fold(strings.Trim(topic, "'’"))
	for _, h := range hits {
		r, ok := e.c.Release(h.Release)
		// The index matches words loosely (stems, any of them): keep a
		// release whose text holds the topic as written, or with an
		// ending ("Rohingyas").
		if ok && strings.Contains(" "+corpus.Fold(r.Title+" "+r.Paragraph(h.Paragraph)), " "+want) {
			out[h.Release] = true
		}
	}
	// "Asia earthquake: UK pledges £20 million more", whose text says
	// only "quake": a title is no indexed paragraph, and is read too.
	for i, t := range e.titleFolds.get() {
		if strings.Contains(t, " "+want) {
			out[e.c.Releases[i].ID] = true
		}
	}
	return out, nil
}

// narrowByTopics drops the countries a question gave by a misspelt word
// that the corpus's text holds as written ("Marawi" is no typo of Malawi),
// taking the word as a topic, and returns the releases the question's
// topics narrow to (nil: no narrowing) and the topics no release
// mentions.
func (e *Engine) narrowByTopics(ctx context.Context, req *request) (map[string]bool, []string, error) {
	for _, t := range req.typos {
		rs, err := e.topicReleases(ctx, t.word)
		if err != nil {
			return nil, nil, err
		}
		if len(rs) > 0 {
			drop := func(c corpus.Country) bool { return c.Code == t.code }
			req.countries = slices.DeleteFunc(slices.Clone(req.countries), drop)
			req.unknown = slices.DeleteFunc(slices.Clone(req.unknown), drop)
			if !slices.ContainsFunc(req.topics, func(s string) bool { return corpus.Fold(s) == t.word }) {
				req.topics = append(req.topics, t.word)
			}
		}
	}
	var keep map[string]bool
	var absent []string
	topics := req.topics
	if req.intent == intentAmount {
		topics = append(slices.Clip(topics), req.purposes...)
	}
	for i, t := range topics {
		var rs map[string]bool
		var err error
		if i < len(req.topics) {
			rs, err = e.topicReleases(ctx, t)
		} else {
			rs, err = e.purposeReleases(ctx, t)
		}
		if err != nil {
			return nil, nil, err
		}
		if len(rs) == 0 {
			absent = append(absent, t)
			continue
		}
		if keep == nil {
			keep = rs
			continue
		}
		for id := range keep {
			if !rs[id] {
				delete(keep, id)
			}
		}
	}
	return keep, absent, nil
}

// anchorRe finds an amount a question names: "the $36 million", "Canada's
// $155 million", "the UK's £21m", "the USD 53 million".
var anchorRe = lazyre.New(`(?i)([$€£¥]|\b(?:US\$|USD|EUR|GBP|CHF|SEK|NOK|DKK|JPY|AUD|CAD|KRW)\s?)\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|bn|mn|m|thousand)?\b`)

// anchor is an amount a question names: its value and the currencies its
// symbol may stand for.
type anchor struct {
	value      float64
	currencies []string
}

// symbolCurrencies are the currencies a symbol may stand for ("$" for any
// dollar); a code stands for itself.
var symbolCurrencies = map[string][]string{
	"$": {"USD", "CAD", "AUD", "NZD", "SGD", "HKD"}, "US$": {"USD"}, "€": {"EUR"}, "£": {"GBP"}, "¥": {"JPY", "CNY"},
}

// anchors returns the amounts a question names.
func anchors(text string) []anchor {
	var out []anchor
	for _, m := range anchorRe.FindAllStringSubmatch(text, -1) {
		sym := strings.ToUpper(strings.TrimSpace(m[1]))
		curs, ok := symbolCurrencies[sym]
		if !ok {
			curs = []string{sym}
		}
		m = m[1:]
		v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
		if err != nil {
			continue
		}
		switch strings.ToLower(m[2]) {
		case "million", "mn", "m":
			v *= 1e6
		case "billion", "bn":
			v *= 1e9
		case "thousand":
			v *= 1e3
		}
		out = append(out, anchor{v, curs})
	}
	return out
}

// anchored returns the ids of the releases that state an amount of one
// of the values, or nil when none does (the question is then not narrowed
// by them).
func (e *Engine) anchored(values []anchor) map[string]bool {
	if len(values) == 0 {
		return nil
	}
	out := map[string]bool{}
	for _, r := range e.c.Releases {
		for i := range r.Facts {
			a := r.Facts[i].Amount
			if a == nil {
				continue
			}
			for _, v := range values {
				if math.Abs(a.Value-v.value) <= 0.005*v.value && slices.Contains(v.currencies, a.Currency) {
					out[r.ID] = true
				}
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// blankSectors blanks out the sectors text names ("WASH", "Core
// Funding"), keeping every other byte where it was.
func blankSectors(text string) string {
	for _, m := range corpus.SectorMentions(text) {
		text = text[:m.Start] + strings.Repeat(" ", m.End-m.Start) + text[m.End:]
	}
	return text
}

// purposeStem is a purpose's word without the ending that other forms of
// it change: "refugees" meets "refugee", "vaccinations" "vaccination",
// "housing" "house".
func purposeStem(w string) string {
	lw := strings.ToLower(w)
	for _, end := range []string{"ies", "ing", "ed", "es", "s"} {
		if strings.HasSuffix(lw, end) && len(lw)-len(end) >= 4 {
			return w[:len(w)-len(end)]
		}
	}
	return w
}
