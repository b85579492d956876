package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/lazyre"
)

// intent is what a question asks for, before the entities it names.
type intent int

const (
	intentNone intent = iota
	intentAmount
	intentShare
	intentBeneficiaries
	intentActivities
	intentOrganisation
	intentPeople
	intentQuote
	intentContact
	intentCountries
	intentHelp
	intentList  // which donors, recipients or years
	intentCount // in how many countries
	intentYear  // for which year
)

// request is a question or command line, parsed.
type request struct {
	command string // "funding", "contact", or "" for a free question
	arg     string // the command's argument, as typed
	help    bool
	all     bool
	intent  intent
	kind    *questionKind // nil: no kind's words
	largest bool

	countries []corpus.Country
	// parts are the countries asked about by one part's name, by code:
	// "Gaza" for "PSE" in "/funding Gaza". Money whose sentence names
	// another part and not this one ("in Jordan, Lebanon, Syria and the
	// West Bank") is not for it.
	parts   map[string]string
	regions []string
	donors  []string // corpus donor names, as the corpus writes them
	// agencies are donors' agencies named ("USAID", "PRM"), as
	// corpus.DonorBodies writes them.
	agencies []string
	years    []int
	// months are the months a question asks about ("in March"): a
	// release of another month answers only with what its sentences
	// state for them.
	months   []string
	releases []string // release ids named outright
	// recipients are the recipient organisations named, as the corpus or
	// corpus.Organisations write them ("WFP" for "the World Food
	// Programme"); people the persons named ("Valerie Amos").
	recipients []string
	people     []string
	sectors    []string // folded sectors named ("health", "food aid"), as in corpus's sector table or as amounts state them
	// typos are countries read from a misspelt word ("tajikstan"): a
	// word the corpus's text holds ("Marawi") is a topic instead.
	typos []typo
	// topics are names the question gives that are no donor, recipient,
	// place, person or year ("Marawi", "Cox's Bazar", "COVID-19"): the
	// releases that mention them narrow an amount answer.
	topics []string
	// orgAsked is the organisation a question asks money given to when it
	// is no recipient fundbot knows ("the World Bank" in "How much did
	// Switzerland give the World Bank?"), as typed, and orgTopics the
	// topics it holds: a release that states no amount naming them says
	// so instead of giving its total.
	orgAsked  string
	orgTopics []string
	// purposes are what an amount question asks money for in its own
	// lower-case words, no sector fundbot knows ("avian influenza"): only
	// releases that mention a word of one answer it.
	purposes []string
	// shareOf: the question asks how much of a whole goes somewhere
	// ("How much of Canada's funding goes to Nigeria?"): a part answers,
	// not the whole beside it.
	shareOf bool
	// perYear: the question asks how much a year ("How much does Norway
	// give NRC each year?"): an amount stated once, or for several years
	// together, does not answer it.
	perYear bool
	// countProjects: a count question asks for projects, not countries.
	countProjects bool
	// compare is set when a question asks to compare what it names
	// ("Compare Kuwait and Qatar", "Japan vs Korea"): each donor's money
	// is summed on its own, never the donors' together.
	compare bool
	// separately is set when a question names places each with its own
	// preposition ("to Myanmar and to Haiti"): they are asked one by one,
	// not as a whole.
	separately bool
	// context is set when the question asks for money a release states
	// as context (a cumulative sum, a plan, an appeal, core funding);
	// contextOnly when such money answers instead of the release's gift.
	context, contextOnly bool
	// appealAsked is set when the question asks what an agency appealed
	// or asked for ("How much is the UN appealing for this year?"): no
	// donor's gift answers it.
	appealAsked bool
	// contextKinds are the kinds of context the question's words name
	// ("budget" a plan, "since" a cumulative sum); none when its words
	// name no kind ("core", "will give").
	contextKinds []string

	// notDonor is a country named as giving money that is no donor in the
	// corpus; unknown is a country named that the corpus never mentions;
	// unknownGiver is a giver a question names that is no donor of any
	// release ("the Heinz Endowments").
	unknownGiver string
	// unresolved is an argument of a command that names nothing known.
	notDonor   []corpus.Country
	unknown    []corpus.Country
	unresolved string
}

var (
	// separatelyRe finds places named each with its own preposition:
	// "to Myanmar and to Haiti", "for Somalia, for Libya".
	separatelyRe = regexp.MustCompile(`(?i)\b(?:and|or|,)\s+(?:to|for|in)\s+(?:the\s+)?\p{Lu}`)
	// perYearRe asks how much a year: "each year", "annually", "a year?"
	// at the end (not "a year ago"), in a folded question.
	perYearRe = regexp.MustCompile(`\b(?:each|every|per) year\b|\bper annum\b|\bannually\b|\byearly\b|\ba year\W*$`)
	// compareRe asks to compare: "compare", "versus", "vs", "difference
	// between", in a folded question.
	compareRe = regexp.MustCompile(`\b(?:compare|compared|comparing|comparison|versus|vs)\b|\bdifference between\b`)
	// sinceRe is what stands before a year that starts a period: "since
	// ", "since October ", "since the start of fiscal year ".
	sinceRe   = regexp.MustCompile(`(?i)\b(?:since|from)\s+(?:the\s+start\s+of\s+)?(?:(?:fiscal|financial)\s+year\s+|FY\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?$`)
	mentionRe = regexp.MustCompile(`<@[A-Z0-9]+(\|[^>]*)?>`)
	yearRe    = regexp.MustCompile(`(?:\b|\b[Ff][Yy])(19[5-9][0-9]|20[0-9][0-9])\b`)
)

// Normalize is the form of a question that its answer depends on: Slack
// user mentions removed, white space trimmed and collapsed to single
// spaces, words and case kept. The bot caches replies by it; it returns
// text itself, without copying, when text is already normal.
func Normalize(text string) string {
	if strings.Contains(text, "<@") {
		text = mentionRe.ReplaceAllString(text, " ")
	}
	if isNormal(text) {
		return text
	}
	return collapseSpaces(text)
}

// isNormal reports whether text has no leading, trailing or repeated
// spaces and no other white space (anything beyond ASCII counts as
// possibly white), so Normalize need not copy it.
func isNormal(text string) bool {
	prev := byte(' ')
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == ' ' && prev == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f', c >= 0x80:
			return false
		}
		prev = c
	}
	return prev != ' ' || len(text) == 0
}

// has reports whether the folded text contains any of the folded phrases as
// whole words.
func has(folded string, phrases ...string) bool {
	for _, p := range phrases {
		if hasPhrase(folded, p) {
			return true
		}
	}
	return false
}

// hasPhrase reports whether p stands in folded between spaces or its ends,
// as " "+p+" " stands in " "+folded+" ", without building either: this
// runs for every name a question may use.
func hasPhrase(folded, p string) bool {
	if p == "" {
		return strings.Contains(" "+folded+" ", "  ")
	}
	for i := 0; i+len(p) <= len(folded); {
		j := strings.Index(folded[i:], p)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(p)
		if (start == 0 || folded[start-1] == ' ') && (end == len(folded) || folded[end] == ' ') {
			return true
		}
		i = start + 1
	}
	return false
}

// hasPrefix reports whether a word of the folded text starts with any of the
// prefixes.
func hasPrefix(folded string, prefixes ...string) bool {
	for _, w := range strings.Fields(folded) {
		for _, p := range prefixes {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// giving reports whether a question speaks of someone giving money, so that
// a country it names is a donor rather than a destination.
func giving(folded string) bool {
	return has(folded, "give", "gave", "given", "donate", "donated", "donates", "contribute",
		"contributed", "pledge", "pledged", "provide", "provided", "fund", "funded", "gives")
}

// stopwords are words too common to be read as a misspelt country name.
var stopwords = map[string]bool{
	"about": true, "amount": true, "which": true, "where": true, "there": true, "their": true,
	"share": true, "shares": true, "total": true, "money": true, "funding": true, "donate": true,
	"donated": true, "donates": true, "received": true, "receive": true, "release": true,
	"releases": true, "people": true, "contact": true, "countries": true, "country": true,
	"largest": true, "projects": true, "project": true, "million": true, "percent": true,
	"director": true, "general": true, "government": true, "refugees": true, "migrants": true,
	"activities": true, "support": true, "tell": true, "much": true, "many": true, "give": true,
	"gave": true, "what": true, "does": true, "will": true, "with": true, "from": true,
	"for": true, "and": true, "the": true, "how": true, "get": true, "gets": true, "got": true,
	"funds": true, "fund": true, "funded": true, "said": true, "says": true, "quote": true,
	"year": true, "years": true, "helped": true, "this": true, "that": true, "into": true,
}

// capitalNameRe is a word of four or more capitals: a name or acronym
// ("REACH", "CERF"), not a word of the question's kind.
var capitalNameRe = regexp.MustCompile(`\b\p{Lu}{4,}\b`)

// withoutCapitalNames blanks the names a question writes in capitals
// ("Which countries does the REACH initiative cover?" asks about places,
// not people reached), unless the whole question is in capitals.
func withoutCapitalNames(q string) string {
	if strings.ToUpper(q) == q {
		return q
	}
	return capitalNameRe.ReplaceAllString(q, "NAME")
}

// parse reads a question or a slash-command line.
func (e *Engine) parse(text string) request {
	var req request
	if strings.HasPrefix(text, "/") {
		cmd, arg, _ := strings.Cut(text[1:], " ")
		req.command = strings.ToLower(cmd)
		req.arg = strings.TrimSpace(arg)
		e.parseCommand(&req)
		req.partsAsked(text)
		return req
	}
	folded := corpus.Fold(text)
	req.kind = classify(corpus.Fold(withoutCapitalNames(text)))
	if req.kind != nil {
		req.intent = req.kind.intent
	}
	req.largest = req.intent == intentShare && has(folded, largestWords...)
	e.findEntities(&req, text, folded)
	// "How much did the Heinz Endowments give?": a giver by name that is
	// no donor the corpus knows (a country is told apart above).
	if m := askedGiverRe.FindStringSubmatch(text); m != nil && len(req.donors)+len(req.notDonor)+len(req.recipients)+len(req.countries)+len(req.regions) == 0 {
		// A donor called by part of its name ("the MacArthur Foundation"
		// for "John D. and Catherine T. MacArthur Foundation") is that
		// donor.
		var partly []string
		for _, d := range e.donorNames {
			if containsFold(d, m[1]) {
				partly = append(partly, d)
			}
		}
		if len(partly) == 1 {
			req.donors = partly
		} else {
			req.unknownGiver = m[1]
		}
	}
	e.nonStateGiver(&req, text)
	req.partsAsked(text)
	return req
}

// nonStateGiverRe asks how much givers named by a country's adjective and
// a word that is not its state gave: "How much did Kuwaiti associations
// give?", "How much did the Norwegian fund donate?".
var nonStateGiverRe = regexp.MustCompile(`(?i:\bhow much\s+(?:money\s+)?(?:did|does|has|have|will|is|are)\s+(?:the\s+|a\s+|an\s+)?)(\p{Lu}[\p{L}'’-]+)\s+((?:private\s+|local\s+|charitable\s+)?(?:associations?|charities|charity|funds?|foundations?|NGOs?|organi[sz]ations?|groups?|compan(?:y|ies)|firms?|businessm[ae]n|businesses|people|citizens|nationals|individuals|philanthropists?|donors|banks?|societ(?:y|ies)|volunteers|diaspora|community|communities|private sector))(?i:\s+(?:give|gave|given|donate|donated|contribute|contributed|pledge|pledged|provide|provided|offer|offered|send|sent)\b)`)

// nonStateGiver makes a question about givers named by a country's
// adjective and a word that is no state ("Kuwaiti associations", "a
// Kuwaiti fund") one about a giver that is no donor: their money is not
// the country's government's gift, so the country is no donor asked.
func (e *Engine) nonStateGiver(req *request, text string) {
	m := nonStateGiverRe.FindStringSubmatch(text)
	if m == nil {
		return
	}
	ms := corpus.Mentions(m[1])
	if len(ms) != 1 || !ms[0].Demonym {
		return
	}
	giver := m[1] + " " + m[2]
	// A donor of the corpus by that name ("Kuwaiti Fund") is that donor.
	for _, d := range e.donorNames {
		if strings.EqualFold(d, giver) {
			return
		}
	}
	req.donors = slices.DeleteFunc(req.donors, func(d string) bool {
		c, ok := corpus.LookupCountry(d)
		return ok && c.Code == ms[0].Country.Code
	})
	req.notDonor = slices.DeleteFunc(req.notDonor, func(c corpus.Country) bool { return c.Code == ms[0].Country.Code })
	req.countries = slices.DeleteFunc(req.countries, func(c corpus.Country) bool { return c.Code == ms[0].Country.Code })
	if len(req.donors)+len(req.recipients) == 0 {
		req.unknownGiver = giver
	}
}

// placeName is the name of country c as the request asks about it: the
// part's ("Gaza") when it names one part, else the country's.
func (req request) placeName(c corpus.Country) string {
	if p := req.parts[c.Code]; p != "" {
		return p
	}
	return c.Name
}

// partsAsked notes the countries text asks about by the name of one part
// of them ("Gaza" for Palestine: corpus.CountryPartsNamed).
func (req *request) partsAsked(text string) {
	for _, c := range req.countries {
		if ps := corpus.CountryPartsNamed(c.Code, text); len(ps) == 1 {
			if req.parts == nil {
				req.parts = map[string]string{}
			}
			req.parts[c.Code] = ps[0]
		}
	}
}

// askedGiverRe asks how much a giver named with capitals gave: "How much
// did the Heinz Endowments give?".
var askedGiverRe = regexp.MustCompile(`(?i:\bhow much\s+(?:money\s+)?(?:did|does|has|have|will|is|are)\s+(?:the\s+)?)(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:of|for|and|the|&)\s+)?\p{Lu}[\p{L}.&'’-]*){0,5})(?i:\s+(?:give|gave|given|giving|donate|donated|donating|contribute|contributed|contributing|pledge|pledged|pledging|provide|provided|providing|allocate|allocated|allocating|grant|granted|granting|commit|committed|committing|offer|offered|offering|send|sent|sending)\b)`)

// parseCommand reads the argument of /funding or /contact.
func (e *Engine) parseCommand(req *request) {
	folded := corpus.Fold(req.arg)
	switch folded {
	case "help", "usage", "?":
		req.help = true
		return
	case "all":
		req.all = true
		return
	case "":
		return
	}
	rest, restAsTyped := folded, req.arg
	for _, sp := range yearSpans(req.arg) {
		m := req.arg[sp[0]:sp[1]]
		y, _ := strconv.Atoi(m)
		req.years = append(req.years, y)
		rest = strings.ReplaceAll(rest, m, " ")
		restAsTyped = strings.ReplaceAll(restAsTyped, m, " ")
	}
	rest = collapseSpaces(rest)
	restAsTyped = collapseSpaces(restAsTyped)
	if req.command == "funding" {
		// "/funding health", "/funding WFP food aid 2017": a sector
		// narrows to the parts stated for it; the rest names the others.
		rest, restAsTyped = e.commandSectors(req, restAsTyped)
	}
	if rest == "" {
		return
	}
	if req.command == "contact" {
		// A contact argument may be a person or an office, matched later
		// against the contacts themselves; a country or donor narrows too.
		req.unresolved = rest
	}
	donor, release := e.donorNamed(rest), e.releaseNamed(rest)
	if donor == "" {
		if ds := findNamed(e.donorAliases, restAsTyped, rest); len(ds) == 1 {
			donor = ds[0] // "/funding USAID"
		}
	}
	recipients := findNamed(e.recipientAliases, restAsTyped, rest)
	region, isRegion := corpus.LookupRegion(rest)
	// "/funding Palestine" asks what goes to a country; a country that
	// also gives somewhere in the corpus is still a place first. ("How
	// much did Palestine give?" asks for its gifts.)
	if c, ok := corpus.LookupCountry(donor); ok && req.command == "funding" && e.mentioned(c) {
		donor = ""
	}
	switch {
	case donor != "":
		req.donors = append(req.donors, donor)
	case len(recipients) == 1 && req.command == "funding":
		req.recipients = recipients // "/funding WFP"
		// "/funding Japan UNICEF 2005", "/funding How much did Japan give
		// to UNICEF?": a donor named beside the recipient narrows too.
		if d := e.donorBeside(rest, recipients[0]); d != "" {
			req.donors = append(req.donors, d)
		}
	case release != "":
		req.releases = append(req.releases, release)
	case isRegion:
		req.regions = append(req.regions, region)
	default:
		c, ok := corpus.MatchCountry(restAsTyped)
		if !ok && len(rest) <= 3 {
			// The whole argument is a code or an abbreviation ("drc",
			// "usa"), which the corpus matches in capitals only.
			c, ok = corpus.MatchCountry(strings.ToUpper(rest))
		}
		if !ok {
			// A demonym: "/funding Japanese", "/funding kenyan".
			if found := corpus.FindCountries(titleCase(rest)); len(found) == 1 {
				c, ok = found[0], true
			}
		}
		if ok {
			if d := e.donorOf(c); d != "" && !(req.command == "funding" && e.mentioned(c)) {
				req.donors = append(req.donors, d)
			} else if e.mentioned(c) {
				req.countries = append(req.countries, c)
			} else {
				req.unknown = append(req.unknown, c)
			}
		} else if req.command != "contact" {
			req.unresolved = rest
		}
	}
	if req.command == "contact" && (len(req.donors) > 0 || len(req.countries) > 0 || len(req.releases) > 0) {
		req.unresolved = ""
	}
}

// commandSectors takes the sectors a command's argument names out of it
// into req.sectors: those of corpus's sector table ("health", "food aid",
// never a word inside an organisation's name), then any other sector an
// amount in the corpus states ("adolescents"). It returns what is left of
// the argument, folded and as typed.
func (e *Engine) commandSectors(req *request, typed string) (rest, restAsTyped string) {
	ms := corpus.SectorMentions(typed)
	if len(ms) == 0 {
		// A whole argument that is an acronym written in capitals only
		// ("/funding wash", "/funding gbv"): the command's words are
		// often typed in lower case.
		if up := strings.ToUpper(typed); up != typed {
			if _, ok := corpus.LookupSector(up); ok {
				typed, ms = up, corpus.SectorMentions(up)
			}
		}
	}
	var b strings.Builder
	at := 0
	for _, m := range ms {
		if s := sectorAsked(typed, m); !slices.Contains(req.sectors, s) {
			req.sectors = append(req.sectors, s)
		}
		b.WriteString(typed[at:m.Start] + " ")
		at = m.End
	}
	b.WriteString(typed[at:])
	restAsTyped = collapseSpaces(b.String())
	rest = corpus.Fold(restAsTyped)
	for _, s := range e.sectors {
		if !tableSector(s) && (rest == s || has(rest, s) && len(ms) == 0 && e.releaseNamed(rest) == "") {
			req.sectors = append(req.sectors, s)
			rest = strings.Join(strings.Fields(strings.Replace(" "+rest+" ", " "+s+" ", " ", 1)), " ")
			restAsTyped = rest
		}
	}
	if len(req.sectors) > 0 {
		req.intent = intentAmount
	}
	return rest, restAsTyped
}

// tableSector reports whether the sector table knows s: such a sector is
// found in a question by corpus.SectorMentions, which knows the names it
// stands inside ("Education Cannot Wait"), never by its words alone.
func tableSector(s string) bool {
	_, ok := corpus.LookupSector(s)
	return ok
}

// namedInSectorTerm returns the names a question's sector term holds
// beside its sector's own words: "Ebola" in "the Ebola response" (the
// sector "epidemic response"), which a release names as "the Ebola
// outbreak": the question asks for that purpose, more narrowly than the
// sector. Only a name (capitalised, not an acronym but one with figures:
// "COVID-19").
func namedInSectorTerm(text string, m corpus.SectorMention) []string {
	var out []string
	label := corpus.Fold(m.Sector.Label)
	for _, w := range strings.Fields(text[m.Start:m.End]) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || m.Start == 0 || strings.Contains(label, corpus.Fold(w)) || notPurposes[strings.ToLower(w)] ||
			strings.ToUpper(w) == w && !strings.ContainsAny(w, "0123456789") || slices.Contains(out, w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// sectorAsked is the sector a mention in a question names, folded: as
// the question words it ("food aid"), or by its label when the words
// folded name no sector (the acronym "WASH", matched only in capitals).
func sectorAsked(text string, m corpus.SectorMention) string {
	s := corpus.Fold(text[m.Start:m.End])
	if _, ok := corpus.LookupSector(s); !ok {
		return corpus.Fold(m.Sector.Label)
	}
	return s
}

// yearSpans finds the years yearRe matches in s, where they stand, without
// the regular expression (it ran for every question): four digits from
// 1950 to 2099 with no ASCII letter, digit or underscore either side, but
// a fiscal year's "FY" before them ("FY2017").
func yearSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i+4 <= len(s); i++ {
		c := s[i]
		if c != '1' && c != '2' || i > 0 && asciiWord(s[i-1]) && !fiscalBefore(s, i) || i+4 < len(s) && asciiWord(s[i+4]) {
			continue
		}
		d1, d2, d3 := s[i+1], s[i+2], s[i+3]
		if !isDigit(d1) || !isDigit(d2) || !isDigit(d3) || c == '1' && (d1 != '9' || d2 < '5') || c == '2' && d1 != '0' {
			continue
		}
		out = append(out, [2]int{i, i + 4})
		i += 3
	}
	return out
}

// originCountries returns the countries a question names only by a
// nationality before people who left them ("Iraqi refugees", "Syrian
// migrants"), by code.
func originCountries(text string) map[string]bool {
	var out, other map[string]bool
	for _, m := range corpus.Mentions(text) {
		if m.Country.Code == "" {
			continue
		}
		if m.Demonym && peopleOfOriginRe.MatchString(text[m.End:]) {
			if out == nil {
				out = map[string]bool{}
			}
			out[m.Country.Code] = true
		} else {
			if other == nil {
				other = map[string]bool{}
			}
			other[m.Country.Code] = true
		}
	}
	for code := range other {
		delete(out, code)
	}
	return out
}

// fiscalBefore reports whether "FY" (any case), as a word's start, stands
// right before s[i].
func fiscalBefore(s string, i int) bool {
	return i >= 2 && (s[i-2] == 'F' || s[i-2] == 'f') && (s[i-1] == 'Y' || s[i-1] == 'y') && (i == 2 || !asciiWord(s[i-3]))
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// asciiWord reports whether b is a word byte to regexp's \b.
func asciiWord(b byte) bool {
	return isDigit(b) || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
}

// findEntities finds the countries, regions, donors and years a free
// question names.
func (e *Engine) findEntities(req *request, text, folded string) {
	for _, m := range yearSpans(text) {
		if sinceRe.MatchString(text[:m[0]]) {
			// "since 2014", "since October 2020": the start of a
			// cumulative sum, not a year to narrow to.
			req.context, req.contextOnly = true, true
			continue
		}
		y, _ := strconv.Atoi(text[m[0]:m[1]])
		if !slices.Contains(req.years, y) {
			req.years = append(req.years, y)
		}
	}
	for _, d := range e.donorNames {
		if has(folded, corpus.Fold(d)) && !slices.Contains(req.donors, d) {
			req.donors = append(req.donors, d)
		}
	}
	for _, d := range findNamed(e.donorAliases, text, folded) {
		if !slices.Contains(req.donors, d) {
			req.donors = append(req.donors, d)
		}
	}
	// "How much did PRM give?": an agency of a donor narrows to what the
	// releases say it gives, not all its country's money.
	req.agencies = findNamed(e.agencyAliases, text, folded)
	req.separately = separatelyRe.MatchString(text)
	req.compare = compareRe.MatchString(folded)
	req.countProjects = has(folded, "how many projects", "how many programmes")
	req.shareOf = has(folded, "how much of", "what share of", "what part of", "what portion of")
	req.perYear = perYearRe.MatchString(folded)
	var sectorNames []string // names in sector terms, asked as purposes
	defer func() {
		req.topics = e.topicsOf(text, *req)
		req.orgAsked, req.orgTopics = orgAsked(text, req.topics)
		if req.orgAsked == "" && len(req.recipients) == 0 {
			req.orgAsked, req.orgTopics = unAsked(text)
		}
		if strings.Contains(text, "for ") {
			req.purposes = purposesOf(text)
		}
		req.purposes = append(req.purposes, sectorNames...)
	}()
	req.recipients = findNamed(e.recipientAliases, text, folded)
	// "How much did the Red Cross Society of China give?": a recipient's
	// name inside a donor's the question names is that donor.
	req.recipients = slices.DeleteFunc(req.recipients, func(rc string) bool {
		return slices.ContainsFunc(req.donors, func(d string) bool {
			fd, fr := corpus.Fold(d), corpus.Fold(rc)
			return fd != fr && strings.Contains(" "+fd+" ", " "+fr+" ")
		})
	})
	req.people = findPeople(e.persons, folded)
	// Sectors by the sector table ("health", "food aid"), then any other
	// sector an amount states ("adolescents").
	for _, m := range corpus.SectorMentions(text) {
		if ns := namedInSectorTerm(text, m); len(ns) > 0 {
			sectorNames = append(sectorNames, ns...)
			continue
		}
		if s := sectorAsked(text, m); !slices.Contains(req.sectors, s) {
			req.sectors = append(req.sectors, s)
		}
	}
	for _, s := range e.sectors {
		if !tableSector(s) && has(folded, s) && !slices.Contains(req.sectors, s) {
			req.sectors = append(req.sectors, s)
		}
	}
	for _, m := range monthAskedRe.FindAllStringSubmatch(text, -1) {
		if !slices.Contains(req.months, m[1]) {
			req.months = append(req.months, m[1])
		}
	}
	kinds, only, also := asksContext(folded)
	req.contextKinds = kinds
	req.appealAsked = appealAskedRe.MatchString(text)
	req.contextOnly = req.contextOnly || only
	req.context = req.context || req.contextOnly || also
	req.regions = corpus.FindRegions(text)
	found := corpus.FindCountries(text)
	// "How much for Iraqi refugees in Jordan?": a nationality before
	// "refugees" is where the people come from; the place asked is the
	// other one named.
	if origins := originCountries(text); len(origins) > 0 && len(origins) < len(found) {
		found = slices.DeleteFunc(found, func(c corpus.Country) bool { return origins[c.Code] })
	}
	// Small typos: words and pairs of words that are no country exactly.
	words := strings.Fields(folded)
	var exact string // the folded names found exactly: "sudan" in "south sudan" is no second country
	for _, c := range found {
		exact += " " + corpus.Fold(c.Name) + " "
	}
	// Nor are the words of a sector named ("child protection" is no Chile).
	for _, s := range req.sectors {
		exact += " " + s + " "
	}
	for i, w := range words {
		if len(w) < 5 || stopwords[w] || strings.Contains(exact, " "+w+" ") || strings.Contains(exact, " "+w) || strings.Contains(exact, w+" ") {
			continue
		}
		if c, ok := corpus.MatchCountry(w); ok {
			found = append(found, c)
			if _, exact := corpus.LookupCountry(w); !exact {
				req.typos = append(req.typos, typo{c.Code, w})
			}
		}
		if i+1 < len(words) && !stopwords[words[i+1]] {
			if c, ok := corpus.MatchCountry(w + " " + words[i+1]); ok {
				found = append(found, c)
				if _, exact := corpus.LookupCountry(w + " " + words[i+1]); !exact {
					req.typos = append(req.typos, typo{c.Code, w + " " + words[i+1]})
				}
			}
		}
	}
	give := giving(folded)
	seen := map[string]bool{}
	named := corpus.Fold(strings.Join(append(slices.Clone(req.donors), req.recipients...), " "))
	found = slices.DeleteFunc(found, func(c corpus.Country) bool {
		dup := seen[c.Code]
		seen[c.Code] = true
		// A country inside a fund's name ("the Ethiopia Humanitarian
		// Fund") names the fund, not a place.
		inName := has(named, corpus.Fold(c.Name)) && !slices.Contains(req.donors, c.Name) && e.donorOf(c) == "" ||
			// "the Finnish donor" is a private donor, not Finland.
			slices.ContainsFunc(req.donors, func(d string) bool {
				return privateDonorRe.MatchString(d) && slices.Contains(corpus.FindCountries(d), c)
			})
		return dup || inName
	})
	for _, c := range found {
		switch d := e.donorOf(c); {
		case d != "":
			if !slices.Contains(req.donors, d) {
				req.donors = append(req.donors, d)
			}
		case give && len(req.donors) == 0 && inGiverSlot(folded, c):
			// "How much did the US give UNRWA?", the US only named in a
			// release of Norway's: the giver asked about is no donor,
			// however the releases name it.
			req.notDonor = append(req.notDonor, c)
		case e.mentioned(c):
			req.countries = append(req.countries, c)
		case give && len(req.donors) == 0 && len(found) == 1:
			// "How much did Denmark give for Yemen?", no release being
			// Denmark's: the giver asked about, not a place, however
			// many places the question names.
			req.notDonor = append(req.notDonor, c)
		default:
			req.unknown = append(req.unknown, c)
		}
	}
	// "How much did Japan give for the United States?": a donor country
	// named after "to" or "for", behind the giver the question asks
	// about, is a place money goes to, not a second giver.
	// "Which donors gave for Japan?" asks about no giver: every donor
	// country it names after "for" is a place.
	if asksDonors := listOf(folded) == "donors"; len(req.donors) > 1 || asksDonors {
		e.donorsAsPlaces(req, folded, asksDonors)
	}
	// A fund that both gives and receives (CERF) is the recipient when
	// the question names another donor, else the donor.
	for _, r := range slices.Clone(req.recipients) {
		if !slices.Contains(req.donors, r) {
			continue
		}
		if len(req.donors) > 1 {
			req.donors = slices.DeleteFunc(req.donors, func(d string) bool { return d == r })
		} else {
			req.recipients = slices.DeleteFunc(req.recipients, func(d string) bool { return d == r })
		}
	}
}

// donorsAsPlaces moves from req's donors to its places the donor
// countries a folded question names after "to", "for" or "in", when a
// giver stands before them or the question asks which donors give.
func (e *Engine) donorsAsPlaces(req *request, folded string, asksDonors bool) {
	first := -1
	for _, d := range req.donors {
		if asksDonors {
			break
		}
		if at := e.donorAt(folded, d); at >= 0 && (first < 0 || at < first) {
			first = at
		}
	}
	req.donors = slices.DeleteFunc(req.donors, func(d string) bool {
		at := wordAt(folded, corpus.Fold(d))
		c, ok := corpus.LookupCountry(d)
		if !ok || at <= first || !toPlaceRe.MatchString(folded[:at]) {
			return false
		}
		if e.mentioned(c) {
			req.countries = append(req.countries, c)
		} else {
			req.unknown = append(req.unknown, c)
		}
		return true
	})
}

// donorAt returns where a folded question first names donor d as whole
// words, by its name or another of its names ("the gates foundation" for
// the Bill & Melinda Gates Foundation), or -1.
func (e *Engine) donorAt(folded, d string) int {
	first := wordAt(folded, corpus.Fold(d))
	for _, k := range e.donorAliases.list {
		if k.name != d {
			continue
		}
		for _, form := range []string{k.folded, corpus.Fold(k.exact)} {
			if form == "" {
				continue
			}
			if at := wordAt(folded, form); at >= 0 && (first < 0 || at < first) {
				first = at
			}
		}
	}
	return first
}

// toPlaceRe ends a folded question's words before a place money goes to.
var toPlaceRe = regexp.MustCompile(`\b(?:to|for|in|towards)\s+(?:the\s+)?$`)

// wordAt returns where the folded phrase stands in folded as whole words,
// or -1.
func wordAt(folded, phrase string) int {
	for from := 0; from < len(folded); {
		i := strings.Index(folded[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(phrase)
		if (i == 0 || folded[i-1] == ' ') && (end == len(folded) || folded[end] == ' ') {
			return i
		}
		from = i + 1
	}
	return -1
}

// donorBeside returns the one corpus donor a folded command argument
// names as whole words beside the recipient it names ("japan unicef"),
// or "" when it names none or several. A donor that is also a place the
// corpus mentions counts only when the argument speaks of giving
// ("/funding Kenya WFP" asks about WFP in Kenya).
func (e *Engine) donorBeside(folded, recipient string) string {
	found := ""
	for _, d := range e.donorNames {
		if d == recipient || !has(folded, corpus.Fold(d)) {
			continue
		}
		if c, ok := corpus.LookupCountry(d); ok && e.mentioned(c) && !giving(folded) {
			continue
		}
		if found != "" {
			return ""
		}
		found = d
	}
	return found
}

// donorNamed returns the corpus donor whose folded name is folded, or "".
func (e *Engine) donorNamed(folded string) string {
	return e.donorByFold[folded]
}

// donorOf returns the corpus donor that country c is, or "".
func (e *Engine) donorOf(c corpus.Country) string {
	return e.donorByFold[corpus.Fold(c.Name)]
}

// releaseNamed returns the id of the release named by folded (its id), or "".
func (e *Engine) releaseNamed(folded string) string {
	return e.releaseByFold.get()[folded]
}

// mentioned reports whether any release mentions country c in a fact,
// other than as the one giving an amount (namedOnlyAsGiver): "/funding
// UAE" of a corpus that names the UAE only as a giver asks about a donor.
func (e *Engine) mentioned(c corpus.Country) bool {
	return slices.ContainsFunc(e.byCountry[c.Code], func(ref factRef) bool {
		return !namedOnlyAsGiver(ref.f.Sentence, c.Code, ref.f.CountryName)
	})
}

// titleCase capitalises each word of a folded text.
func titleCase(folded string) string {
	ws := strings.Fields(folded)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// giverSlotRe is the giver of a question, between its auxiliary and its
// giving verb: "did denmark give", "has the united kingdom pledged".
var giverSlotRe = lazyre.New(`\b(?:did|does|do|has|have|had|will|would)\s+(?:the\s+)?([a-z][a-z .'-]{1,40}?)\s+(?:give|given|gave|donate|donated|contribute|contributed|provide|provided|pledge|pledged|allocate|allocated|grant|granted|spend|spent|commit|committed|send|sent)\b`)

// inGiverSlot reports whether a folded question names country c as its
// giver (giverSlotRe).
func inGiverSlot(folded string, c corpus.Country) bool {
	m := giverSlotRe.FindStringSubmatch(folded)
	if m == nil {
		return false
	}
	name := strings.TrimSpace(m[1])
	got, ok := corpus.LookupCountry(name)
	if !ok && len(name) <= 4 {
		// "did the us give", folded: the short form in capitals.
		got, ok = corpus.LookupCountry(strings.ToUpper(name))
	}
	return ok && got.Code == c.Code
}

// monthAskedRe is a month a question asks about: "in March", "during
// June 2022" (capitalised, after a preposition: "may" is no month).
var monthAskedRe = lazyre.New(`\b(?:in|on|during|since|by|of|from|until|through)\s+(?:early\s+|late\s+|mid-)?(January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// appealAskedRe asks what an agency appealed or asked for, the agency
// the subject: "How much is the UN appealing for", "How much has the UN
// appealed for to help Pakistan?", "What did OCHA request?".
var appealAskedRe = lazyre.New(`\b(?i:is|are|has|have|had|did|does|do|was|were)\s+(?:the\s+)?(?:UN|U\.N\.|United Nations|[A-Z]{2,}[a-z]?|(?:UN|U\.N\.)\s+\w+)\s+(?i:appeal(?:ed|ing)?|ask(?:ed|ing)?|request(?:ed|ing)?|seek(?:ing)?|sought)\s+(?i:for\b)?`)
