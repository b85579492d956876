package extract

import (
	"slices"
	"strings"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// sectorFacts reads, for each amount of a sentence, the sector the
// sentence ties it to ("$2.5 million for child protection", "of which EUR
// 1.6 million in core funds", "USD 3 million will support food
// assistance") into s.sectors, which amountFacts puts on the amount's
// fact; assignRoles keeps it on a part or the total, not on context. A
// sector is taken only
// from the words that link the amount to its purpose, never from another
// clause or another amount's purpose, and never from a list of several
// sectors: no sector is better than a wrong one. The sector vocabulary is
// corpus's sector table.
func sectorFacts(_ *releaseText, _ *paragraph, s *sentence) []corpus.Fact {
	s.sectors = nil
	if len(s.amounts) == 0 {
		return nil
	}
	// The sectors the whole sentence names: a term inside a name ("the
	// World Food Programme") is none, however the sentence is cut.
	sm := corpus.SectorMentions(s.text)
	if len(sm) == 0 {
		return nil
	}
	for i := range s.amounts {
		if sec := amountSector(s, i, sm); sec != "" {
			s.setSector(i, sec)
		}
	}
	// What ties a sector to amounts across the sentence: tried in
	// order, each only where nothing above tied one.
	if s.sectors == nil {
		for _, form := range sentenceSectorForms {
			if secs := form(s, sm); secs != nil {
				s.sectors = secs
				break
			}
		}
	}
	return nil
}

// setSector ties the sentence's i-th amount to sector sec.
func (s *sentence) setSector(i int, sec string) {
	if s.sectors == nil {
		s.sectors = make([]string, len(s.amounts))
	}
	s.sectors[i] = sec
}

// sentenceSectorForms read, from a whole sentence, the sectors of its
// amounts (one per amount, "" for none), or nil: a list of sectors paired
// with a list of amounts by "respectively", a sector that opens the
// sentence ("For food assistance in Chad, Japan gives USD 2 million"), and
// money that opens it ("With US$4 million to Myanmar, WFP continues to
// deliver emergency food assistance").
var sentenceSectorForms = []func(s *sentence, sm []corpus.SectorMention) []string{
	respectiveSectors,
	openingSector,
	openingWith,
}

// mainAmounts returns, for each amount of the sentence, the index of the
// amount it restates in brackets ("SEK75 million (US$8 million)"), or its
// own index, and how many amounts are not restatements.
func mainAmounts(s *sentence) (of []int, n int) {
	of = make([]int, len(s.amounts))
	for i, a := range s.amounts {
		of[i] = i
		if i > 0 && strings.TrimSpace(s.text[s.amounts[i-1].end:a.start]) == "(" {
			of[i] = of[i-1]
			continue
		}
		n++
	}
	return of, n
}

// respectivelyRe pairs two lists in order.
var respectivelyRe = lazyre.New(`(?i)\brespectively\b`)

// respectiveSectors pairs a list of sectors with a list of amounts by
// "respectively" ("USD 2 million and USD 1 million go to health and
// education respectively"): only when the sentence names no sector
// outside the one list, and the list has as many sectors as the sentence
// has amounts (not counting restatements in brackets).
func respectiveSectors(s *sentence, sm []corpus.SectorMention) []string {
	if len(sm) < 2 || !respectivelyRe.MatchString(s.text) {
		return nil
	}
	of, n := mainAmounts(s)
	if n != len(sm) {
		return nil
	}
	for k := 1; k < len(sm); k++ {
		gap := s.text[sm[k-1].End:sm[k].Start]
		if m := sectorListRe.FindStringIndex(gap); m == nil || m[1] != len(gap) {
			return nil
		}
	}
	out := make([]string, len(s.amounts))
	k := -1
	for i := range s.amounts {
		if of[i] == i {
			k++
		}
		out[i] = sm[k].Sector.Label
	}
	return out
}

// openingSectorRe opens a sentence with the purpose of its money: "For
// food assistance", "In support of".
var openingSectorRe = lazyre.New(`^(?:For|In support of|To support|Towards)\s+(?:the\s+)?`)

// openingSectorEndRe ends the opening purpose: a noun of the sector's
// work and a place may follow it, then a comma ("For food assistance in
// Chad, ...", "For the health sector, ...").
var openingSectorEndRe = lazyre.New(`^(?:\s+(?:sector|programmes?|programs?|activities|projects?|needs|response))?(?:\s+(?:in|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|the)){0,5})?\s*,`)

// openingSector gives the sentence's one amount (and its restatements in
// brackets) the sector named by the purpose that opens the sentence,
// when no other sector stands between it and the amount.
func openingSector(s *sentence, sm []corpus.SectorMention) []string {
	if len(s.amounts) == 0 {
		return nil
	}
	if _, n := mainAmounts(s); n != 1 {
		return nil
	}
	m := openingSectorRe.FindStringIndex(s.text)
	if m == nil {
		return nil
	}
	first := s.amounts[0].start
	ms := mentionsIn(sm, m[1], first)
	sec, found, _ := purposeAt(s.text[m[1]:first], ms)
	if !found || len(ms) != 1 || !openingSectorEndRe.MatchString(s.text[m[1]+ms[0].End:first]) {
		return nil
	}
	out := make([]string, len(s.amounts))
	for i := range out {
		out[i] = sec
	}
	return out
}

// openingWithRe opens a sentence with the money it is about: "With",
// "With another".
var openingWithRe = lazyre.New(`^With\s+(?:(?:another|an additional|a further|the|this|its|their)\s+)?$`)

// openingWithEndRe ends the opening phrase after its amount, a place it
// goes to perhaps between: " to Myanmar, ".
var openingWithEndRe = lazyre.New(`^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:to|for|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|the)){0,5}\s*)?,\s*`)

// withClauseRe is the main clause after the opening phrase, up to its
// purpose: "WFP continues to deliver ", "UNICEF will provide ".
var withClauseRe = lazyre.New(`^[^,;:]{1,60}?\b(?:will|can|could|shall|continues? to|is able to|are able to)\s+(?:(?:continue|keep|be able) to\s+)?(?:deliver|provide|support|fund|finance|scale up|expand|sustain)\s+` + linkDet)

// openingWith gives the sentence's one amount (and its restatements in
// brackets) the sector its main clause delivers, when the sentence opens
// with the money ("With US$4 million to Myanmar, WFP continues to deliver
// emergency food assistance to ..."): the sector must follow the verb of
// delivering, past at most maxModifiers words, and be no list.
func openingWith(s *sentence, sm []corpus.SectorMention) []string {
	if len(s.amounts) == 0 {
		return nil
	}
	of, n := mainAmounts(s)
	if n != 1 || !openingWithRe.MatchString(s.text[:s.amounts[0].start]) {
		return nil
	}
	last := s.amounts[len(of)-1].end
	m := openingWithEndRe.FindStringIndex(s.text[last:])
	if m == nil {
		return nil
	}
	clause := last + m[1]
	v := withClauseRe.FindStringIndex(s.text[clause:])
	if v == nil || len(mentionsIn(sm, clause, clause+v[1])) > 0 {
		return nil
	}
	at := clause + v[1]
	sec, found, _ := purposeAt(s.text[at:], mentionsIn(sm, at, len(s.text)))
	if !found {
		return nil
	}
	out := make([]string, len(s.amounts))
	for i := range out {
		out[i] = sec
	}
	return out
}

// sectorOf returns the sector read for the sentence's i-th amount, or "".
func (s *sentence) sectorOf(i int) string {
	if i < len(s.sectors) {
		return s.sectors[i]
	}
	return ""
}

// Pieces of the links between an amount and its purpose.
const (
	// linkLead is what may stand right after the amount: the end of a
	// restatement in brackets, a restatement in brackets, the noun the
	// amount qualifies ("a US$7 million humanitarian grant") or "in aid"
	// ("1 million U.S. dollars in aid to ..."), "of it", a
	// source ("from the Federal Foreign Office budget", "from the
	// Government of Japan"), ", which".
	linkLead = `^\s*\)?\s*(?:\([^()]{0,60}\)\s*)?(?:(?:[\p{Ll}-]+\s+)?(?:contribution|grant|donation|allocation|package)\s+|in (?:humanitarian\s+|emergency\s+)?(?:aid|assistance)\s+)?,?\s*(?:(?:of (?:it|this|that|which)|which|that)\s+)?` +
		`(?:from (?:the|its|their)\s+(?:[\w'’-]+\s+){0,5}?(?:budget|reserve|funds?)\s+|from (?:the\s+)?\p{Lu}[\w’'.&-]*(?:\s+(?:\p{Lu}[\w’'.&-]*|of|the|and|for)){0,8}(?:\s*\([^()]{0,20}\))?\s+)?` +
		// "through our bilateral program": the donor's own channel.
		`(?:through (?:its|our|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:program|programme|channels?)\s+)?`
	// linkAux is an auxiliary and an adverb: "will be", "has been also".
	linkAux = `(?:(?:will|shall|would|is to|are to|to|is|are|was|were|has been|have been|is being|are being|will be|would be|to be)\s+)?(?:(?:be|also|mainly|largely|entirely|primarily|specifically|partly|directly|further)\s+){0,2}`
	// linkOrg is an organisation named by its name and perhaps its
	// acronym in brackets: "the UN World Food Programme (WFP)".
	linkOrg = `(?:the\s+)?\p{Lu}[\w’'.&-]*(?:\s+(?:\p{Lu}[\w’'.&-]*|of|and|the)){0,8}(?:\s*\([\p{Lu}&-]{2,12}\))?`
	// linkOrgIn is an organisation and perhaps the place it works in:
	// "the World Food Programme in Syria".
	linkOrgIn = linkOrg + `(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})?`
	// linkPurposeVerb is the verb of a purpose clause after its
	// recipient: "to the WFP to fund", "to UNFPA to provide".
	linkPurposeVerb = `(?:for|to\s+(?:support|fund|finance|provide|deliver|cover|meet|strengthen|improve|boost|purchase|buy))`
	// linkDet is a determiner or a possessive before the purpose:
	// "its", "UNRWA's".
	linkDet = `(?:(?:the|a|an|its|their|this|these|his|her)\s+|\p{Lu}[\w.&-]*['’]s?\s+)?`
)

// sectorLinks are the words that tie an amount to the purpose named right
// after them, tried in order; the first after which a sector is named
// gives it.
var sectorLinks = []*lazyre.Regexp{
	// "USD 3 million for food assistance", "$2.5 million will be spent on
	// ...", "€1.6 million goes to core funds", "EUR 1.6 million in core
	// funds", "NOK 20 million to its education cooperation".
	lazyre.New(linkLead + linkAux + `(?:(?:goes|go|going|went|gone|spent|used|earmarked|allocated|set aside|kept aside|put aside|reserved|dedicated|directed|channell?ed|devoted|targeted|invested|provided|granted|given|added|put)\s+)?(?:for|to|towards?|on|into|in support of|in|as)\s+` + linkDet),
	// "USD 3 million will support food assistance", "to fund shelter".
	lazyre.New(linkLead + linkAux + `(?:support|supports|supporting|fund|funds|funding|finance|finances|financing|cover|covers|covering|help|helps|helping|strengthen|strengthens|strengthening|boost|boosts|boosting|pay for|pays for|improve|improves|improving|expand|expands|expanding|scale up|scales up)\s+` + linkDet),
	// "The larger part of the new money, $60 million, is non-earmarked":
	// the amount is of the sector's kind.
	lazyre.New(linkLead + `(?:is|are|was|were|will be)\s+(?:(?:entirely|fully|all)\s+)?`),
	// "500,000 euros ... goes to the WFP for its humanitarian air
	// service": a recipient named between the amount and its purpose.
	// "$20 million with the World Food Programme (WFP) to meet the urgent
	// food needs": an agreement's partner.
	lazyre.New(linkLead + linkAux + `(?:(?:goes|go|going|went|allocated|channell?ed|provided|granted|given)\s+)?(?:to|through|via|with)\s+` + linkOrgIn + `\s+` + linkPurposeVerb + `\s+` + linkDet),
	// "The eight hundred thousand dollars allocated to UNICEF will
	// support water, sanitation and hygiene": a recipient, then the verb
	// of the amount's own clause.
	lazyre.New(linkLead + `(?:allocated|channell?ed|provided|granted|given)\s+to\s+` + linkOrg + `\s+(?:will|shall|is to|are to)\s+(?:be\s+(?:used|spent)\s+(?:for|on)|support|fund|finance|cover|pay for)\s+` + linkDet),
	// "$7 million to UNICEF education programmes": a recipient whose
	// work the sector names.
	lazyre.New(linkLead + linkAux + `(?:(?:goes|go|going|went|allocated|channell?ed|provided|granted|given)\s+)?(?:to|through|via)\s+(?:the\s+)?\p{Lu}[\w’'.&-]*(?:\s+(?:\p{Lu}[\w’'.&-]*|of|and|the)){0,8}?(?:['’]s)?\s+`),
}

// directSectorRe is what may stand between an amount and the sector's
// term it qualifies directly: the end of a restatement in brackets, or
// one ("SEK15 million (US$2 million) additional core support").
var directSectorRe = lazyre.New(`^\s*\)?\s*(?:\([^()]{0,60}\)\s*)?`)

// sectorBeforeRe stands between a sector and an amount that follows it:
// "an education grant of $2 million", "food assistance worth USD 3
// million", "education programmes will receive $2 million".
var sectorBeforeRe = lazyre.New(`^(?:(?:\s+[\p{Ll}-]+)?\s+(?:contributions?|grants?|donations?|allocations?|package|programmes?|programs?|projects?|funding|support|assistance|aid|component|operations?|activities|interventions|sector|cluster)\s+(?:of|worth|totall?ing|amounting to|valued at)|\s+(?:worth|totall?ing|valued at)|(?:\s+[\p{Ll}-]+){0,2}?\s+(?:will\s+|shall\s+|is to\s+|are to\s+)?(?:receives?|received|gets?|got|be allocated|(?:has|have) been allocated|(?:is|are|was|were) allocated|be given|(?:has|have) been given|receive)(?:\s+(?:an? )?allocations? of)?)\s+$`)

// sectorHeadingRe stands between a sector and its amount in a list:
// "Food assistance: USD 3 million", "Health – USD 1 million", "Health,
// USD 1 million; Education, USD 500,000".
var sectorHeadingRe = lazyre.New(`^(?:\s+[\p{Ll}-]+){0,2}\s*[:–—,]\s*$`)

// bracketSectorRe is a sector alone in brackets right after its amount:
// "USD 2 million (health)", "USD 2 million (for nutrition)".
var bracketSectorRe = lazyre.New(`^\s*\(\s*(?:for\s+)?([^()]{1,60}?)\s*\)`)

// sectorListRe joins two sectors of one list: "health, education and
// protection", "food and non-food items".
var sectorListRe = lazyre.New(`(?i)^(?:\s*,\s*(?:and\s+|or\s+)?|\s*/\s*|\s+(?:and|or|&|as well as|plus|and/or)\s+)(?:(?:the|other)\s+)?`)

// modifierRe is a word that may stand before the sector it qualifies
// ("additional core support", "improving governance"): lowercase, and not
// a word that ends the purpose's noun phrase.
var modifierRe = lazyre.New(`^\s*([\p{Ll}][\p{L}’'-]*)\s+`)

// possessiveRe is a name in the possessive before the sector: "improving
// UNRWA's governance".
var possessiveRe = lazyre.New(`^\p{Lu}[\w.&-]*['’]s?\s+`)

// headNounRe is a noun whose complement names the sector: "the provision
// of health care", "projects in education", "work on child protection",
// "in the form of core funding", "interventions to improve protection
// services".
var headNounRe = lazyre.New(`^(?:(?:purchase|procurement|provision|delivery|distribution|supply|form)\s+of|(?:work|programmes?|programs?|projects?|activities|efforts|interventions)\s+(?:in|on)|(?:work|programmes?|programs?|projects?|activities|efforts|interventions)\s+to\s+(?:improve|provide|deliver|strengthen|expand|scale up|support|sustain))\s+(?:the\s+)?`)

// notModifiers end a purpose's noun phrase: past them, a sector named is
// in another phrase.
var notModifiers = map[string]bool{
	"for": true, "of": true, "in": true, "with": true, "to": true, "by": true, "from": true, "and": true, "or": true,
	"on": true, "at": true, "as": true, "that": true, "which": true, "who": true, "whose": true, "than": true,
	"the": true, "a": true, "an": true, "will": true, "be": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "through": true, "via": true, "including": true, "such": true, "while": true, "where": true,
}

// maxModifiers is how many words may stand between a link and the sector.
const maxModifiers = 2

// amountSector returns the sector the sentence ties its i-th amount to,
// or "". sm are the sectors the sentence names.
func amountSector(s *sentence, i int, sm []corpus.SectorMention) string {
	a := s.amounts[i]
	// The purpose after the amount runs to the next amount, past a
	// restatement in brackets ("SEK75 million (US$8 million) for ...").
	limit := len(s.text)
	for j := i + 1; j < len(s.amounts); j++ {
		if j == i+1 && strings.TrimSpace(s.text[a.end:s.amounts[j].start]) == "(" {
			continue
		}
		limit = s.amounts[j].start
		break
	}
	if a.end <= limit {
		after := s.text[a.end:limit]
		// "USD 2 million (health), USD 1 million (education)": the
		// sector alone in brackets right after the amount.
		if m := bracketSectorRe.FindStringSubmatchIndex(after); m != nil {
			if in := mentionsIn(sm, a.end+m[2], a.end+m[3]); len(in) == 1 && in[0].Start == 0 && in[0].End == m[3]-m[2] {
				return in[0].Sector.Label
			}
		}
		for _, link := range sectorLinks {
			m := link.FindStringIndex(after)
			if m == nil {
				continue
			}
			sec, found, list := purposeAt(after[m[1]:], mentionsIn(sm, a.end+m[1], limit))
			if list {
				return ""
			}
			if found {
				return sec
			}
		}
		// "SEK15 million (US$2 million) additional core support to the
		// International Red Cross federation": the amount qualifies a
		// sector's term that names money itself.
		if m := directSectorRe.FindStringIndex(after); m != nil {
			ms := mentionsIn(sm, a.end+m[1], limit)
			if sec, found, _ := purposeAt(after[m[1]:], ms); found && moneyTermRe.MatchString(after[m[1]:][ms[0].Start:ms[0].End]) {
				return sec
			}
		}
	}
	// The purpose before the amount, after the amount before it.
	from := 0
	if i > 0 {
		from = min(s.amounts[i-1].end, a.start)
	}
	before := s.text[from:a.start]
	ms := mentionsIn(sm, from, a.start)
	if len(ms) == 0 {
		return ""
	}
	last := ms[len(ms)-1]
	tail := before[last.End:]
	if !sectorBefore(before, last, tail) {
		return ""
	}
	if len(ms) > 1 {
		prev := ms[len(ms)-2]
		if m := sectorListRe.FindStringIndex(before[prev.End:]); m != nil && prev.End+m[1] == last.Start {
			return ""
		}
	}
	return last.Sector.Label
}

// beforeForm is one way a sector stands before the amount it is for:
// what may stand between them (tail), and whether the sector's own words
// must end in a noun of money (moneyTermRe) ("core funding of NOK 237 million").
type beforeForm struct {
	name      string
	tail      *lazyre.Regexp
	moneyNoun bool // the sector's term ends in moneyTermRe
	heading   bool // the sector heads an item of a list
}

// beforeForms are the ways a sector stands before its amount, tried in
// order; the first that fits ties them.
var beforeForms = []beforeForm{
	{name: "grant of, will receive", tail: sectorBeforeRe},
	{name: "heading", tail: sectorHeadingRe, heading: true},
	// "core funding of NOK 237 million", "an unearmarked contribution
	// of SEK 500 million": the sector's own words are the money.
	{name: "funding of", tail: lazyre.New(`^(?:\s+(?:to|for)\s+(?:the\s+)?\p{Lu}[\w’'.&-]*(?:\s+(?:\p{Lu}[\w’'.&-]*|of|the)){0,6})?,?\s+(?:of|amounting to|(?:with|in) the amount of)\s+$`), moneyNoun: true},
	// "unearmarked multi-year primary funding to OCHA with the amount of
	// $16 million", "core funding to UNHCR of NOK 237 million": the
	// sector qualifies a noun of money, which may name its recipient.
	{name: "qualified funding of", tail: lazyre.New(`^(?:\s+[\p{Ll}-]+){0,3}?\s+(?:funding|funds|contributions?|grants?|support|allocation)(?:\s+(?:to|for)\s+(?:the\s+)?\p{Lu}[\w’'.&-]*(?:\s+(?:\p{Lu}[\w’'.&-]*|of|the)){0,6})?,?\s+(?:of|worth|totall?ing|amounting to|valued at|(?:with|in|for) (?:the|an?) (?:total )?amount of)\s+$`)},
	// "nutrition (USD 2 million) and health (USD 1 million)": the amount
	// in brackets right after its sector.
	{name: "in brackets", tail: lazyre.New(`^\s*\(\s*$`)},
}

// moneyTermRe ends a sector's term that names money itself: "core
// funding", "unearmarked contribution", "food assistance".
var moneyTermRe = lazyre.New(`(?i)\b(?:funding|funds|support|contributions?|assistance|aid|resources)$`)

// sectorBefore reports whether the sector last, named in before, is tied
// to the amount that follows before; tail is what stands between them.
func sectorBefore(before string, last corpus.SectorMention, tail string) bool {
	for _, f := range beforeForms {
		if !f.tail.MatchString(tail) {
			continue
		}
		if f.heading && !headingStart(before[:last.Start]) {
			continue
		}
		if f.moneyNoun && !moneyTermRe.MatchString(before[last.Start:last.End]) {
			continue
		}
		return true
	}
	return false
}

// headingStartRe is what may stand before a sector that heads its
// amount in a list: nothing, a bullet or a number, or the end of the
// item before.
var headingStartRe = lazyre.New(`(?:^|[;•·]|\(\w{1,3}\))\s*(?:[-*•·]\s*)?(?:\(?\w{1,3}[.)]\s*)?$`)

// headingStart reports whether the text before a sector leaves it heading
// an item of a list.
func headingStart(before string) bool { return headingStartRe.MatchString(before) }

// mentionsIn returns the mentions of sm that lie in [from, to) of their
// text, with offsets from from.
func mentionsIn(sm []corpus.SectorMention, from, to int) []corpus.SectorMention {
	var out []corpus.SectorMention
	for _, m := range sm {
		if m.Start >= from && m.End <= to {
			m.Start, m.End = m.Start-from, m.End-from
			out = append(out, m)
		}
	}
	return out
}

// purposeAt reads the purpose that starts a text: the sector named
// first, after at most maxModifiers words. ms are the sectors the text
// names (read from the whole sentence). list reports a purpose that
// names several sectors, which gives none.
func purposeAt(text string, ms []corpus.SectorMention) (sector string, found, list bool) {
	if len(ms) == 0 {
		return "", false, false
	}
	pos := 0
	for k := 0; ; k++ {
		for pos < len(text) && text[pos] == ' ' {
			pos++
		}
		if ms[0].Start == pos {
			break
		}
		if k == maxModifiers {
			return "", false, false
		}
		if m := possessiveRe.FindStringIndex(text[pos:]); m != nil {
			pos += m[1]
			continue
		}
		if m := headNounRe.FindStringIndex(text[pos:]); m != nil {
			pos += m[1]
			continue
		}
		m := modifierRe.FindStringSubmatchIndex(text[pos:])
		if m == nil || notModifiers[strings.ToLower(text[pos+m[2]:pos+m[3]])] {
			return "", false, false
		}
		pos += m[1]
	}
	first := ms[0]
	if secondPurposeRe.MatchString(text[first.End:]) {
		// "to safeguard rural livelihoods and provide emergency seed
		// support": two purposes, whichever the table knows.
		return "", false, true
	}
	for _, m := range ms[1:] {
		// "for emergency cash assistance to refugees in Jordan, and for
		// general food assistance in the West Bank": a second purpose
		// further on.
		if anotherPurposeRe.MatchString(text[max(first.End, m.Start-60):m.Start]) {
			return "", false, true
		}
	}
	if len(ms) > 1 {
		rest := text[first.End:]
		if m := sectorListRe.FindStringIndex(rest); m != nil {
			at := first.End + m[1]
			if _, found, list := purposeAt(text[at:], mentionsIn(ms, at, len(text))); found || list {
				return "", false, true
			}
		}
	}
	return first.Sector.Label, true, false
}

// secondPurposeRe starts a second purpose right after the first one's
// sector: "... livelihoods and provide emergency seed support".
var secondPurposeRe = lazyre.New(`^(?:\s+[\p{Ll}-]+){0,2}?(?:\s*,)?\s+(?:and|as well as)\s+(?:to\s+|for\s+)?(?:provide|providing|deliver|delivering|support|supporting|give|giving|offer|ensure|improve|improving|strengthen|protect|restore|fund|cover|help|build|rebuild|meet|address|reduce|prevent|treat|promote)\b`)

// anotherPurposeRe stands right before a second purpose of the same
// money, further on in its clause: ", and for general food assistance".
var anotherPurposeRe = lazyre.New(`(?:,\s*|\s)(?:and|as well as|plus)\s+(?:for|to|towards|to support|to fund|to provide|in support of)\s+(?:(?:the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$`)

// titleForRe ends the words of a title before the sector its amount is
// for: "... For Emergency Food Assistance", "... to WFP for emergency
// food operations".
var titleForRe = lazyre.New(`(?i)\bfor\s+(?:(?:the|its|their)\s+)?(?:[\p{L}’'-]+\s+){0,2}$`)

// totalSectorFromTitle gives the total the sector the title ties it to,
// when its own sentence names none: a title that states one amount, the
// total, and names one sector after "for" ("WFP Welcomes US$21 Million
// Contribution From China For Emergency Food Assistance"), not in a list
// of several ("for food, health services and clean water").
func totalSectorFromTitle(r *corpus.Release, amounts []corpus.Fact) {
	i := slices.IndexFunc(amounts, func(f corpus.Fact) bool { return f.Total })
	if i < 0 || amounts[i].Sector != "" {
		return
	}
	as := findAmounts(r.Title, "")
	ms := corpus.SectorMentions(r.Title)
	if len(as) != 1 || len(ms) != 1 || ms[0].Start < as[0].end || !titleForRe.MatchString(r.Title[as[0].end:ms[0].Start]) {
		return
	}
	// "for food and shelter": a word the table does not know may follow
	// in a list.
	if sectorListRe.MatchString(r.Title[ms[0].End:]) {
		return
	}
	amounts[i].Sector = ms[0].Sector.Label
}
