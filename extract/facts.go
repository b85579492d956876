package extract

import (
	"github.com/fundbot/fundbot/corpus"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range of a text.
type span struct{ start, end int }

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "no": true, "prof": true, "gen": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "e.g": true, "i.e": true, "etc": true, "vs": true,
	"approx": true, "u.s": true, "u.n": true, "inc": true, "ltd": true, "co": true, "amb": true, "h.e": true,
}

// sentences splits a paragraph into sentences. It does not split inside a
// quotation, after an abbreviation or an initial, or inside a number.
func sentences(p string) []span {
	// A list set out with bullets in one paragraph: each item is a
	// sentence of its own.
	if strings.Contains(p, "• ") {
		var out []span
		start := 0
		for start < len(p) {
			j := strings.Index(p[start:], "• ")
			end := len(p)
			if j >= 0 {
				end = start + j
			}
			item := strings.TrimRight(p[start:end], " ;")
			if strings.TrimSpace(item) != "" {
				for _, sp := range plainSentences(item) {
					out = append(out, span{start + sp.start, start + sp.end})
				}
			}
			if j < 0 {
				break
			}
			start = end + len("• ")
		}
		return out
	}
	return plainSentences(p)
}

// plainSentences splits a paragraph without bullets into sentences.
func plainSentences(p string) []span {
	var out []span
	start := 0
	inStraight, inCurly := false, false
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		switch r {
		case '"':
			inStraight = !inStraight
		case '“':
			inCurly = true
		case '”':
			inCurly = false
		}
		i += size
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		j := i
		for j < len(p) {
			c, n := utf8.DecodeRuneInString(p[j:])
			if c == '"' || c == '”' || c == '’' || c == ')' || c == '\'' {
				if c == '"' {
					inStraight = false
				}
				if c == '”' {
					inCurly = false
				}
				j += n
				continue
			}
			break
		}
		if j >= len(p) || p[j] != ' ' {
			continue
		}
		if inStraight || inCurly {
			continue
		}
		k := j
		for k < len(p) && p[k] == ' ' {
			k++
		}
		if k >= len(p) || !startsSentence(p[k:]) {
			continue
		}
		if r == '.' {
			w := lastWord(p[:i-1])
			if abbreviations[strings.ToLower(w)] || (utf8.RuneCountInString(w) == 1 && startsUpper(w)) {
				continue
			}
		}
		out = append(out, span{start, j})
		start = k
	}
	if start < len(p) {
		out = append(out, span{start, len(p)})
	}
	return out
}

// containsWord reports whether w occurs in s as a whole word.
func containsWord(s, w string) bool { return wordIndex(s, w) >= 0 }

// wordIndex returns the byte offset of the first whole-word occurrence of
// w in s, or -1.
func wordIndex(s, w string) int {
	if w == "" {
		return -1
	}
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return -1
		}
		start, end := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (start == 0 || !isWordRune(before)) && (end == len(s) || !isWordRune(after)) {
			return start
		}
		i = start + 1
	}
	return -1
}

// wordCountOf counts the whole-word occurrences of w in s.
func wordCountOf(s, w string) int {
	n := 0
	for i := 0; i < len(s); {
		j := wordIndex(s[i:], w)
		if j < 0 {
			break
		}
		n++
		i += j + len(w)
	}
	return n
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' })
	return s[i+1:]
}

var (
	currencyPrefix    = `(\bU\.S\.\s?\$|\bUS\s?\$|\bUSD|\bA\$|\bAU\$|\bAUD|\bC\$|\bCA\$|\bCAD|\bNZ\$|\bNZD|\bEUR|€|\bCHF|\bGBP|£|\bJPY|¥|\bNOK|\bSEK|\bDKK|\bKRW|₩|\$)`
	numberPattern     = `(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`
	scalePattern      = `(?:\s?((?i:million|billion|thousand|mln|bln)|mn|bn|m|M)\b)?`
	amountPrefixRe    = regexp.MustCompile(currencyPrefix + `\s?` + numberPattern + scalePattern)
	amountSuffixRe    = regexp.MustCompile(`(?i)\b` + numberPattern + `(?:\s(million|billion|thousand))?\s(US dollars|U\.S\. dollars|American dollars|dollars|euros?|Swiss francs|francs|pounds sterling|pounds|yen|Norwegian kroner|Danish kroner|kroner|Swedish kronor|kronor|won|Korean won)\b`)
	amountBareRe      = regexp.MustCompile(`(?i)\b(?:total|contribution|donation|grant|sum|funding|amount) of ` + `(\d{1,3}(?:,\d{3}){2,})\b`)
	qualifierRe       = regexp.MustCompile(`(?i)\b(nearly|almost|about|around|approximately|approx\.|some|roughly|over|more than|close to|up to|an estimated|just over|just under|at least|in excess of|less than|under|upwards of)\s+$`)
	sharePctRe        = regexp.MustCompile(`(?i)\b((?:roughly|about|around|approximately|some|nearly|almost|over|more than|less than|close to|up to|at least|just over|just under)\s+)?(\d+(?:\.\d+)?)\s?(%|per\s?cent\b|percent\b)`)
	shareWordRe       = regexp.MustCompile(`(?i)\b((?:roughly|about|around|approximately|some|nearly|almost|over|more than|less than|close to|just over|just under)\s+)?(one[- ]half|half|one[- ]third|a third|two[- ]thirds|one[- ]quarter|a quarter|three[- ]quarters|one[- ]fifth|a fifth|one[- ]tenth|a tenth)\b`)
	shareLargestRe    = regexp.MustCompile(`(?i)\b(the (?:largest|biggest|greatest|single largest) (?:share|portion|part|proportion|allocation|slice)|the lion['’]s share|the bulk|the majority)\b`)
	fundingNounRe     = regexp.MustCompile(`(?i)\b(fund\w*|contribution|donation|grant|money|allocation|budget|amount|total|resources)\b`)
	thingsForRe       = regexp.MustCompile(`\b(?:for|of|in|at|with)\s`) // "10 safe spaces for women" counts things
	helpBeforeRe      = regexp.MustCompile(`(?i)\b(reach\w*|benefit\w*|help\w*|assist\w*|support\w*|serv(?:e|es|ing)|distribut\w*|train\w*|register\w*|shelter\w*|equip\w*|provid\w*|feed\w*|vaccinat\w*|target\w*|protect\w*|treat\w*|aid(?:s|ing)?|giv(?:e|es|ing)|deliver\w*|for)\b[^.;]{0,50}$`)
	helpAfterRe       = regexp.MustCompile(`(?i)^[^.;]{0,40}?\b(will (?:benefit|receive|be (?:reached|helped|assisted|supported|served|vaccinated|treated))|benefit(?:ing)? from)\b`)
	peopleRe          = regexp.MustCompile(`(?i)\b((?:approximately|about|around|some|nearly|almost|over|more than|up to|an estimated|at least|close to|roughly)\s+)?(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+(?:\.\d+)?\s(?:million|thousand)|\d+)\s+((?:[a-z][\w-]*\s+){0,4}?)(people|persons|individuals|migrants|refugees|returnees|families|households|children|IDPs|internally displaced persons|displaced persons|beneficiaries|victims|survivors|students|women|girls|boys|youths?|young people|asylum seekers|villagers|residents|farmers|pastoralists|workers|arrivals|patients|mothers|infants|pupils|schoolchildren|evacuees|detainees|officials)\b`)
	activityRe        = regexp.MustCompile(`(?i)\b(assist\w*|support\w*|provid\w*|implement\w*|help\w*|train\w*|rehabilitat\w*|strengthen\w*|address\w*|enhanc\w*|build\w*|establish\w*|reintegrat\w*|re-integrat\w*|protect\w*|deliver\w*|distribut\w*|improv\w*|initiat\w*|restor\w*|construct\w*|repair\w*|reduc\w*|fund\w*|register\w*|shelter\w*|organi[sz]\w*|prepositi\w*|treat\w*|feed\w*|vaccinat\w*|repatriat\w*|resettl\w*|equip\w*|will)\b`)
	inPlaceRe         = regexp.MustCompile(`^(?:In|Across|Throughout|For|Inside|Within)\s+(?:the\s+)?$`)
	listGapRe         = regexp.MustCompile(`^\s*(?:,|,?\s+and|&|,\s*as well as)\s+(?:the\s+)?$`)
	causeBeforeRe     = regexp.MustCompile(`(?i)\b(?:war|invasion|aggression|attacks?|occupation)\s+(?:in|of|on|against|by)\s+(?:the\s+)?$`)
	causeAfterRe      = regexp.MustCompile(`^(?:['’]s)?\s+(?:war|invasion|full-scale invasion|aggression|attacks?|occupation)\b`)
	originRe          = regexp.MustCompile(`(?i)\b(?:from|fleeing|fled|left|leaving|escaping)\s+(?:the\s+)?$`)
	projectNounRe     = regexp.MustCompile(`(?i)\b(projects?|programmes?|programs?|assistance|aid|support)\b`)
	listContextRe     = regexp.MustCompile(`(?i)\b(fund\w*|projects?|programmes?|programs?|contribution|support\w*|assist\w*|benefit\w*|allocat\w*|operations|grants?|aid|money|help\w*)\b`)
	labelAfterColonRe = regexp.MustCompile(`(?i):\s+(tel|telephone|phone|mobile|mob|cell|e-?mail)\b`)
	emailRe           = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
	phoneLabelRe      = regexp.MustCompile(`(?i)^(?:tel|telephone|phone|mobile|mob|cell|office|t|m)\b\.?\s*:?\s*(\+?[\d\s().+-]{6,})$`)
	emailLabelRe      = regexp.MustCompile(`(?i)^(?:e-?mail|email)\s*:?\s*`)
	contactLeadRe     = regexp.MustCompile(`(?i)^.*?\bcontacts?\b\s*:?\s*`)
	memberStatesRe    = regexp.MustCompile(`(?i)\b((?:more than |over |some )?\d[\d,]*) member states\b`)
	presenceRe        = regexp.MustCompile(`(?i)\b(?:presence|offices|operations|active|works|operates|present) in ((?:more than |over |some )?\d[\d,]*) countries\b`)
	foundedRe         = regexp.MustCompile(`(?i)\b(?:founded|established|created|set up) in (\d{4})\b`)
	sinceRe           = regexp.MustCompile(`(?i)\bsince (\d{4})\b`)
	roleKeyword       = `(?:Deputy Director[- ]General|Director[- ]General|Deputy Secretary[- ]General|Secretary[- ]General|High Commissioner|Executive Director|Regional Director|Country Director|Chief of Mission|Head of Office|Prime Minister|Foreign Minister|Ambassador|Minister|President|Commissioner|Spokesperson|Spokesman|Spokeswoman|Coordinator|Representative|Director|Chargé d['’]Affaires)`
	nameWords         = `(\p{Lu}[\p{Ll}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}’'-]+)){1,3})`
	roleNameRe        = regexp.MustCompile(`((?:(?:[A-Z][\w’'.-]*|of|for|the)\s+){0,4}?` + roleKeyword + `(?:\s+(?:in|for|to)\s+(?:the\s+)?[A-Z][\w’'-]*)?)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?` + nameWords)
	nameRoleRe        = regexp.MustCompile(nameWords + `,\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}` + roleKeyword + `(?:\s+(?:of|for|in|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?)`)
	quoteRe           = regexp.MustCompile(`"([^"]{20,})"|“([^”]{20,})”|‘([^’]{20,}?[,.!?])’|(?:^|\s)'(.{20,}?[,.!?])'(?:\s|$)|^[–—] (.{20,}?[,.!?]) (?:said|says)\b`)
	shareHintRe       = regexp.MustCompile(`(?i)\d|half|third|quarter|fifth|tenth|largest|biggest|greatest|lion|bulk|majority`)
	roleHintRe        = regexp.MustCompile(`Director|Secretary|Commissioner|Chief|Head|Minister|Ambassador|President|Spokes|Coordinator|Representative|Chargé`)
	// gapPrepRe is what may stand between an amount and the place it is
	// for: "USD 5 million for Kenya", ", CHF 20 million, is for the Syria
	// ...", "USD 5 million will go to Kenya".
	gapPrepRe      = regexp.MustCompile(`^\)?,?\s*(?:(?:will|is|are|was|were|has been|have been|shall)\s+(?:\w+\s+){0,2}?)?(?:for|to|in|towards|into)\s+(?:the\s+)?$`)
	contactSplitRe = regexp.MustCompile(`\s*[,;]\s*|\s+or\s+`)
	saidRe         = regexp.MustCompile(`\b(?:said|says|added|adds|stated|states|noted|notes|explained|explains)\b`)
)

// amount is a sum of money found in a text.
type amount struct {
	span
	corpus.Amount
}

// findAmounts returns the sums of money in s, in order. fallback is the
// currency of a bare figure ("a total of 37,900,000"), "" to skip them.
func findAmounts(s, fallback string) []amount {
	if !strings.ContainsAny(s, "0123456789") {
		// Only an amount in words can be here: "six million euros".
		if strings.Contains(s, "illion") || strings.Contains(s, "thousand") {
			return wordAmounts(s, nil)
		}
		return nil
	}
	var out []amount
	prefixed := strings.ContainsAny(s, "$€£¥")
	for _, c := range []string{"USD", "EUR", "CHF", "GBP", "JPY", "NOK", "SEK", "DKK", "AUD", "CAD", "NZD", "KRW", "₩"} {
		if prefixed {
			break
		}
		prefixed = strings.Contains(s, c)
	}
	var prefixMatches [][]int
	if prefixed {
		prefixMatches = amountPrefixRe.FindAllStringSubmatchIndex(s, -1)
	}
	for _, m := range prefixMatches {
		cur := currencyCode(s[m[2]:m[3]])
		a, ok := newAmount(s, m[0], m[1], s[m[4]:m[5]], group(s, m, 3), cur)
		if ok {
			out = append(out, a)
		}
	}
	lower := strings.ToLower(s)
	suffixed := false
	for _, w := range []string{"dollar", "euro", "franc", "pound", "yen", "kron", " won"} {
		if strings.Contains(lower, w) {
			suffixed = true
			break
		}
	}
	var suffixMatches [][]int
	if suffixed {
		suffixMatches = amountSuffixRe.FindAllStringSubmatchIndex(s, -1)
	}
	for _, m := range suffixMatches {
		if overlaps(out, m[0], m[1]) {
			continue
		}
		a, ok := newAmount(s, m[0], m[1], s[m[2]:m[3]], group(s, m, 2), currencyCode(s[m[6]:m[7]]))
		if ok {
			out = append(out, a)
		}
	}
	if fallback != "" {
		for _, m := range amountBareRe.FindAllStringSubmatchIndex(s, -1) {
			if overlaps(out, m[2], m[3]) {
				continue
			}
			a, ok := newAmount(s, m[2], m[3], s[m[2]:m[3]], "", fallback)
			if ok {
				out = append(out, a)
			}
		}
	}
	if strings.Contains(s, "illion") || strings.Contains(s, "thousand") {
		out = wordAmounts(s, out)
	}
	slices.SortFunc(out, func(a, b amount) int { return a.start - b.start })
	return out
}

// numberWord is a number written in words, up to ninety-nine.
const numberWord = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a)`

// wordAmountRe is an amount in words: "six million euros", "four million
// and eight hundred thousand US dollars".
var wordAmountRe = regexp.MustCompile(`(?i)\b(` + numberWord + `)\s+(million|billion|hundred thousand)(?:\s+and\s+(` + numberWord + `)\s+(hundred thousand|thousand))?\s+(US dollars|U\.S\. dollars|dollars|euros?|pounds sterling|pounds|Swiss francs|yen|Swedish kronor|kronor|Norwegian kroner|kroner|Korean won|won)\b`)

var smallNumbers = map[string]float64{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// wordsValue reads a number in words up to ninety-nine.
func wordsValue(w string) float64 {
	v := 0.0
	for _, part := range strings.FieldsFunc(strings.ToLower(w), func(r rune) bool { return r == '-' || r == ' ' }) {
		v += smallNumbers[part]
	}
	return v
}

func wordScale(w string) float64 {
	switch strings.ToLower(w) {
	case "billion":
		return 1e9
	case "million":
		return 1e6
	case "hundred thousand":
		return 1e5
	}
	return 1e3
}

// wordAmounts adds the amounts written in words in s to found.
func wordAmounts(s string, found []amount) []amount {
	for _, m := range wordAmountRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(found, m[0], m[1]) {
			continue
		}
		v := wordsValue(s[m[2]:m[3]]) * wordScale(s[m[4]:m[5]])
		if m[6] >= 0 {
			v += wordsValue(s[m[6]:m[7]]) * wordScale(s[m[8]:m[9]])
		}
		cur := currencyCode(s[m[10]:m[11]])
		if v == 0 || cur == "" {
			continue
		}
		a := amount{span: span{m[0], m[1]}, Amount: corpus.Amount{Stated: s[m[0]:m[1]], Value: v, Currency: cur}}
		from := max(0, m[0]-40)
		for from > 0 && !utf8.RuneStart(s[from]) {
			from--
		}
		if q := qualifierRe.FindStringIndex(s[from:m[0]]); q != nil {
			a.start = from + q[0]
			a.Approximate = true
			a.Stated = s[a.start:m[1]]
		}
		found = append(found, a)
	}
	return found
}

func group(s string, m []int, g int) string {
	if 2*g+1 >= len(m) || m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

func overlaps(as []amount, start, end int) bool {
	for _, a := range as {
		if start < a.end && a.start < end {
			return true
		}
	}
	return false
}

func newAmount(s string, start, end int, number, scale, cur string) (amount, bool) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(number, ",", ""), 64)
	if err != nil || cur == "" || math.IsInf(v, 0) {
		return amount{}, false
	}
	switch strings.ToLower(scale) {
	case "million", "mn", "m", "mln":
		v *= 1e6
	case "billion", "bn", "bln":
		v *= 1e9
	case "thousand":
		v *= 1e3
	}
	v = math.Round(v*100) / 100
	a := amount{span: span{start, end}, Amount: corpus.Amount{Currency: cur, Value: v}}
	// Look for a qualifier in the few words before the amount only: the
	// pattern is anchored at the end, and searching the whole prefix of a
	// long sentence for each amount is quadratic.
	from := max(0, start-40)
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	if q := qualifierRe.FindStringIndex(s[from:start]); q != nil {
		a.start = from + q[0]
		a.Approximate = true
	}
	a.Stated = s[a.start:end]
	return a, true
}

func currencyCode(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	switch s {
	case "us$", "us $", "usd", "$", "u.s.$", "u.s. $", "us dollars", "u.s. dollars", "american dollars", "dollars":
		return "USD"
	case "a$", "au$", "aud":
		return "AUD"
	case "c$", "ca$", "cad":
		return "CAD"
	case "nz$", "nzd":
		return "NZD"
	case "eur", "€", "euro", "euros":
		return "EUR"
	case "chf", "swiss francs", "francs":
		return "CHF"
	case "gbp", "£", "pounds", "pounds sterling":
		return "GBP"
	case "jpy", "¥", "yen":
		return "JPY"
	case "nok", "norwegian kroner", "kroner":
		return "NOK"
	case "sek", "swedish kronor", "kronor":
		return "SEK"
	case "dkk", "danish kroner":
		return "DKK"
	case "krw", "₩", "won", "korean won":
		return "KRW"
	}
	return ""
}

// releaseText holds what extraction needs to know about a release.
type releaseText struct {
	r            *corpus.Release
	p            *parsed
	donorCodes   map[string]bool
	currency     string // the release's main currency, for bare figures
	persons      []corpus.Fact
	speakers     []corpus.Fact // people named only as speakers
	destinations []corpus.Fact
	seen         map[string]bool // destinations already recorded
}

// place is a country or region a fact is about.
type place struct {
	country corpus.Country
	region  string
}

func (pl place) set(f *corpus.Fact) {
	f.Country, f.CountryName, f.Region = pl.country.Code, pl.country.Name, pl.region
}

func (pl place) key() string {
	if pl.country.Code != "" {
		return pl.country.Code
	}
	return pl.region
}

// places returns the countries and regions a text names, leaving out the
// donors' own countries.
func (x *releaseText) places(s string) []corpus.Mention {
	var out []corpus.Mention
	orgs := orgMentions(s)
	for _, m := range corpus.Mentions(s) {
		if m.Country.Code != "" && x.donorCodes[m.Country.Code] {
			continue
		}
		// A place inside an organisation's name ("UN Relief and Works
		// Agency for Palestine Refugees in the Near East") is not one.
		// A country named as a cause ("Russia's invasion", "the war in
		// Ukraine") is not, by that, where money goes.
		if causeBeforeRe.MatchString(s[max(0, m.Start-30):m.Start]) || causeAfterRe.MatchString(s[m.End:]) {
			continue
		}
		// A country-based pooled fund's country is where its money goes.
		if slices.ContainsFunc(orgs, func(o orgMention) bool {
			return m.Start >= o.start && m.End <= o.end && !strings.HasSuffix(s[o.start:o.end], "Fund")
		}) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func placeOf(m corpus.Mention) place { return place{country: m.Country, region: m.Region} }

// extract returns the facts of a release whose title, paragraphs, donors,
// recipient and year are set.
func extract(r *corpus.Release, p *parsed, lead string) []corpus.Fact {
	x := &releaseText{r: r, p: p, donorCodes: map[string]bool{}, seen: map[string]bool{}}
	// A donor country is not a destination; a fund or a person named
	// after a country ("Yemen Humanitarian Fund") does not exclude it.
	for _, d := range r.Donors {
		if c, ok := corpus.LookupCountry(d); ok {
			x.donorCodes[c.Code] = true
		}
	}
	titleAmounts := findAmounts(r.Title, "")
	if len(titleAmounts) > 0 {
		x.currency = titleAmounts[0].Currency
	}
	for _, para := range r.Paragraphs {
		if x.currency != "" {
			break
		}
		if as := findAmounts(para, ""); len(as) > 0 {
			x.currency = as[0].Currency
		}
	}
	donor := strings.Join(r.Donors, ", ")

	var facts []corpus.Fact
	var amounts []corpus.Fact
	for i, para := range r.Paragraphs {
		n := i + 1
		if n == p.contact {
			facts = append(facts, x.contacts(n, para)...)
			continue
		}
		if n == p.org {
			facts = append(facts, x.organisation(n, para, true)...)
			continue
		}
		ctx, hasCtx := x.context(para)
		for _, sp := range sentences(para) {
			sent := para[sp.start:sp.end]
			ms := x.places(sent)
			amts := findAmounts(sent, x.currency)
			for _, a := range amts {
				f := corpus.Fact{Kind: corpus.KindAmount, Paragraph: n, Sentence: sent, Donor: donor, Recipient: r.Recipient, Year: r.Year}
				am := a.Amount
				f.Amount = &am
				if pl, ok := amountPlace(sent, ms, amts, a); ok {
					pl.set(&f)
				}
				amounts = append(amounts, f)
			}
			facts = append(facts, x.shares(n, sent, ms, ctx, hasCtx)...)
			facts = append(facts, x.beneficiaries(n, sent, ms, amts, ctx, hasCtx)...)
			x.destinationList(n, sent, ms)
			x.fundedPlace(n, sent, ms)
			facts = append(facts, x.people(n, sent)...)
		}
		if f, ok := x.activity(n, para, ctx, hasCtx); ok {
			facts = append(facts, f)
		}
		facts = append(facts, x.organisation(n, para, false)...)
	}
	localDollars(r, amounts)
	amounts = assignRoles(r, amounts, lead)
	for _, f := range amounts {
		if f.Country != "" || f.Region != "" {
			x.destination(f.Paragraph, f.Sentence, place{country: corpus.Country{Code: f.Country, Name: f.CountryName}, region: f.Region})
		}
	}
	facts = append(facts, amounts...)
	for _, f := range facts {
		if (f.Kind == corpus.KindShare || f.Kind == corpus.KindActivity) && (f.Country != "" || f.Region != "") {
			if f.Kind == corpus.KindActivity && !fundingNounRe.MatchString(r.Paragraph(f.Paragraph)) && !projectNounRe.MatchString(r.Paragraph(f.Paragraph)) {
				continue
			}
			x.destination(f.Paragraph, f.Sentence, place{country: corpus.Country{Code: f.Country, Name: f.CountryName}, region: f.Region})
		}
	}
	// A place the title names ("... for Children in Nepal") is funded;
	// its provenance is the first sentence of the body that names it.
	for _, m := range x.places(r.Title) {
		pl := placeOf(m)
		if m.Demonym || x.seen[pl.key()] {
			continue
		}
	body:
		for i, para := range r.Paragraphs {
			if i+1 == p.contact || i+1 == p.org {
				continue
			}
			for _, sp := range sentences(para) {
				sent := para[sp.start:sp.end]
				for _, mm := range x.places(sent) {
					if placeOf(mm).key() == pl.key() {
						x.destination(i+1, sent, pl)
						break body
					}
				}
			}
		}
	}
	facts = append(facts, x.destinations...)
	facts = append(facts, x.quotes()...)
	order := map[corpus.Kind]int{corpus.KindAmount: 0, corpus.KindDestination: 1, corpus.KindShare: 2, corpus.KindBeneficiaries: 3, corpus.KindActivity: 4, corpus.KindPerson: 5, corpus.KindQuote: 6, corpus.KindOrganisation: 7, corpus.KindContact: 8}
	slices.SortStableFunc(facts, func(a, b corpus.Fact) int {
		if a.Paragraph != b.Paragraph {
			return a.Paragraph - b.Paragraph
		}
		return order[a.Kind] - order[b.Kind]
	})
	return facts
}

// context returns the country or region a paragraph is about: the place of
// an opening "In Kenya, ...", else the first country it names, else the
// first country named by a demonym, else the first region.
func (x *releaseText) context(para string) (place, bool) {
	ms := x.places(para)
	if len(ms) == 0 {
		return place{}, false
	}
	if inPlaceRe.MatchString(para[:ms[0].Start]) {
		return placeOf(ms[0]), true
	}
	// A paragraph that names many places is not about one of them.
	named := map[string]bool{}
	for _, m := range ms {
		if !m.Demonym {
			named[placeOf(m).key()] = true
		}
	}
	if len(named) > 2 {
		return place{}, false
	}
	for _, m := range ms {
		if m.Country.Code != "" && !m.Demonym {
			return placeOf(m), true
		}
	}
	for _, m := range ms {
		if m.Country.Code != "" {
			return placeOf(m), true
		}
	}
	return placeOf(ms[0]), true
}

// amountPlace finds the country or region an amount is for: one named just
// after it ("USD 5 million for Kenya"), or the only one its sentence names.
// ms and amts are the sentence's places and amounts.
func amountPlace(sent string, ms []corpus.Mention, amts []amount, a amount) (place, bool) {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= a.end })
	if i < len(ms) {
		m := ms[i]
		if gap := sent[a.end:m.Start]; len(gap) <= 60 && gapPrepRe.MatchString(gap) {
			return placeOf(m), true
		}
	}
	if len(amts) == 1 && len(ms) > 0 {
		for _, m := range ms[1:] {
			if placeOf(m).key() != placeOf(ms[0]).key() {
				return place{}, false
			}
		}
		return placeOf(ms[0]), true
	}
	return place{}, false
}

// shareAfterOK reports whether what follows a share phrase keeps it about
// money: "of the funding" or nothing, not "of the country".
func shareAfterOK(after string) bool {
	after = strings.TrimLeft(after, " ")
	if len(after) < 3 || !strings.EqualFold(after[:3], "of ") {
		return true
	}
	if len(after) > 100 {
		after = after[:100]
	}
	ws := strings.Fields(after)
	if len(ws) > 7 {
		ws = ws[:7]
	}
	return fundingNounRe.MatchString(strings.Join(ws, " "))
}

// shares finds the parts of the total a sentence states.
func (x *releaseText) shares(n int, sent string, ms []corpus.Mention, ctx place, hasCtx bool) []corpus.Fact {
	if !shareHintRe.MatchString(sent) || !fundingNounRe.MatchString(sent) {
		return nil
	}
	type found struct {
		span
		stated  string
		percent float64
		largest bool
	}
	var fs []found
	for _, m := range sharePctRe.FindAllStringSubmatchIndex(sent, -1) {
		if !shareAfterOK(sent[m[1]:]) {
			continue
		}
		pct, _ := strconv.ParseFloat(sent[m[4]:m[5]], 64)
		fs = append(fs, found{span: span{m[0], m[1]}, stated: sent[m[0]:m[1]], percent: pct})
	}
	for _, m := range shareWordRe.FindAllStringSubmatchIndex(sent, -1) {
		if !shareAfterOK(sent[m[1]:]) {
			continue
		}
		fs = append(fs, found{span: span{m[0], m[1]}, stated: sent[m[0]:m[1]]})
	}
	for _, m := range shareLargestRe.FindAllStringIndex(sent, -1) {
		if !shareAfterOK(sent[m[1]:]) {
			continue
		}
		fs = append(fs, found{span: span{m[0], m[1]}, stated: sent[m[0]:m[1]], largest: true})
	}
	if len(fs) == 0 {
		return nil
	}
	slices.SortFunc(fs, func(a, b found) int { return a.start - b.start })
	// "The largest share – about 40 per cent – ..." is one share.
	if len(fs) == 2 && fs[0].largest != fs[1].largest {
		merged := fs[0]
		if merged.largest {
			merged = fs[1]
		}
		merged.largest = true
		fs = []found{merged}
	}
	var out []corpus.Fact
	for _, s := range fs {
		f := corpus.Fact{Kind: corpus.KindShare, Paragraph: n, Sentence: sent, Donor: strings.Join(x.r.Donors, ", "), Recipient: x.r.Recipient, Year: x.r.Year,
			Share: s.stated, Percent: s.percent, Largest: s.largest}
		pl, ok := firstAfter(ms, s.end)
		if !ok && len(ms) > 0 {
			pl, ok = placeOf(ms[len(ms)-1]), true
		}
		if !ok && hasCtx {
			pl, ok = ctx, true
		}
		if ok {
			pl.set(&f)
		}
		out = append(out, f)
	}
	return out
}

// beneficiaries finds counts of people to be helped in a sentence.
func (x *releaseText) beneficiaries(n int, sent string, ms []corpus.Mention, amounts []amount, ctx place, hasCtx bool) []corpus.Fact {
	if !strings.ContainsAny(sent, "0123456789") {
		return nil
	}
	var out []corpus.Fact
	for _, m := range peopleRe.FindAllStringSubmatchIndex(sent, -1) {
		num := sent[m[4]:m[5]]
		if overlaps(amounts, m[4], m[5]) {
			continue
		}
		count, ok := parseCount(num)
		if !ok || (count >= 1900 && count <= 2100 && !strings.Contains(num, ",")) {
			continue
		}
		middle := sent[m[6]:m[7]]
		if strings.ContainsAny(middle, "0123456789") || strings.Contains(middle, "per ") || thingsForRe.MatchString(middle) {
			continue
		}
		// People to be helped, not people in need: the sentence says the
		// money reaches them ("to reach 360,000 people", "1.14 million
		// children will benefit").
		if m[0] > 0 && unicode.IsDigit(rune(sent[m[0]-1])) || !helpBeforeRe.MatchString(sent[max(0, m[0]-70):m[0]]) && !helpAfterRe.MatchString(sent[m[9]:]) {
			continue
		}
		f := corpus.Fact{Kind: corpus.KindBeneficiaries, Paragraph: n, Sentence: sent, Donor: strings.Join(x.r.Donors, ", "), Recipient: x.r.Recipient, Year: x.r.Year,
			Count: count, CountStated: strings.TrimSpace(sent[m[0]:m[5]]), Who: strings.TrimSpace(sent[m[6]:m[9]])}
		pl, found := firstAfter(ms, m[1])
		if !found && len(ms) > 0 {
			pl, found = placeOf(ms[0]), true
		}
		if !found && hasCtx {
			pl, found = ctx, true
		}
		if found {
			pl.set(&f)
		}
		out = append(out, f)
	}
	return out
}

// firstAfter returns the first place named at or after byte offset at,
// preferring a place named outright to one named by a demonym.
func firstAfter(ms []corpus.Mention, at int) (place, bool) {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= at })
	var byDemonym *corpus.Mention
	for ; i < len(ms); i++ {
		if !ms[i].Demonym {
			return placeOf(ms[i]), true
		}
		if byDemonym == nil {
			byDemonym = &ms[i]
		}
	}
	if byDemonym != nil {
		return placeOf(*byDemonym), true
	}
	return place{}, false
}

func parseCount(s string) (int, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if f := strings.Fields(s); len(f) > 1 && len(f[1]) == 3 && strings.Trim(f[1], "0123456789") == "" {
		s = strings.Join(f, "") // "31 000"
	}
	scale := 1.0
	if f := strings.Fields(s); len(f) == 2 {
		s = f[0]
		switch strings.ToLower(f[1]) {
		case "million":
			scale = 1e6
		case "thousand":
			scale = 1e3
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v*scale > 1e12 {
		return 0, false
	}
	return int(math.Round(v * scale)), true
}

// destinationList records the countries and regions of a sentence that
// lists funded places ("The funded projects, in A, B, ... and C").
func (x *releaseText) destinationList(n int, sent string, ms []corpus.Mention) {
	if len(ms) < 2 || !listContextRe.MatchString(sent) {
		return
	}
	var run []corpus.Mention
	flush := func() {
		// "migrants from Syria, Iraq and Yemen": where people come from,
		// not where the money goes.
		if len(run) >= 2 && originRe.MatchString(sent[max(0, run[0].Start-30):run[0].Start]) {
			run = nil
		}
		// A list inside quoted words is someone's account, not the
		// release's statement of where the money goes.
		if len(run) >= 2 && insideQuote(sent, run[0].Start) {
			run = nil
		}
		if len(run) >= 2 {
			for _, m := range run {
				x.destination(n, sent, placeOf(m))
			}
		}
		run = nil
	}
	for i, m := range ms {
		if m.Demonym {
			// "Kyrgyz and Uzbek ethnic groups" are people, not places funded.
			flush()
			continue
		}
		if len(run) > 0 && listGapRe.MatchString(sent[ms[i-1].End:m.Start]) {
			run = append(run, m)
			continue
		}
		flush()
		run = []corpus.Mention{m}
	}
	flush()
}

// destination records a funded place once.
func (x *releaseText) destination(n int, sent string, pl place) {
	if pl.key() == "" || x.seen[pl.key()] {
		return
	}
	x.seen[pl.key()] = true
	f := corpus.Fact{Kind: corpus.KindDestination, Paragraph: n, Sentence: sent, Donor: strings.Join(x.r.Donors, ", "), Recipient: x.r.Recipient, Year: x.r.Year}
	pl.set(&f)
	x.destinations = append(x.destinations, f)
}

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

// people finds named people and their roles in a sentence.
func (x *releaseText) people(n int, sent string) []corpus.Fact {
	if !roleHintRe.MatchString(sent) {
		return nil
	}
	var out []corpus.Fact
	add := func(name, role string) {
		name, role = strings.TrimSpace(name), strings.TrimSpace(role)
		if !plausibleName(name) {
			return
		}
		for _, p := range x.persons {
			if p.Person == name {
				return
			}
		}
		f := corpus.Fact{Kind: corpus.KindPerson, Paragraph: n, Sentence: sent, Person: name, Role: role}
		x.persons = append(x.persons, f)
		out = append(out, f)
	}
	for _, m := range roleNameRe.FindAllStringSubmatch(sent, -1) {
		role := strings.TrimPrefix(strings.TrimPrefix(m[1], "the "), "The ")
		add(m[2], role)
	}
	for _, m := range nameRoleRe.FindAllStringSubmatch(sent, -1) {
		add(m[1], strings.TrimPrefix(m[2], "the "))
	}
	return out
}

// plausibleName rejects capitalised phrases that are not people's names.
func plausibleName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	switch ws[0] {
	case "The", "In", "For", "This", "That", "These", "Funding", "Director", "General", "Minister":
		return false
	}
	for _, w := range ws {
		if w == strings.ToUpper(w) && len(w) > 2 {
			return false
		}
	}
	if len(corpus.FindCountries(name)) > 0 || len(corpus.FindRegions(name)) > 0 || institutionRe.MatchString(name) {
		return false
	}
	return true
}

// institutionRe is a word that makes a name an institution's, not a
// person's: "White House", "Ikea Foundation".
var institutionRe = regexp.MustCompile(`\b(?:House|Office|Ministry|Department|Agency|Council|Foundation|Programme|Program|Fund|Government|Bank|Organization|Organisation|Commission|Union|Nations|Committee|Centre|Center|Press|News|Times|Post|Service)\b`)

// quotes finds quotations and who said them.
func (x *releaseText) quotes() []corpus.Fact {
	var out []corpus.Fact
	for i, para := range x.r.Paragraphs {
		n := i + 1
		if n == x.p.contact || n == x.p.org {
			continue
		}
		for _, sp := range sentences(para) {
			sent := para[sp.start:sp.end]
			speaker, known := "", false
			for _, m := range quoteRe.FindAllStringSubmatch(sent, -1) {
				q := ""
				for _, g := range m[1:] {
					if g != "" {
						q = g
						break
					}
				}
				q = strings.TrimRight(strings.TrimSpace(q), ",")
				if wordCount(q) < 4 {
					continue
				}
				if !known {
					speaker, known = x.speaker(sent, para), true
					// "... Vitorino said:" closing the paragraph before.
					if speaker == "" && i > 0 && strings.HasSuffix(x.r.Paragraphs[i-1], ":") {
						speaker = x.namedSpeaker(x.r.Paragraphs[i-1])
					}
				}
				f := corpus.Fact{Kind: corpus.KindQuote, Paragraph: n, Sentence: sent, Quote: q, Person: speaker}
				out = append(out, f)
			}
		}
	}
	return out
}

// speaker returns the known person a quoting sentence (or its paragraph)
// attributes the quote to, by full name or surname.
func (x *releaseText) speaker(sent, para string) string {
	// Who speaks is named outside the quotation, in its sentence or its
	// paragraph; a name inside the quoted words is not the speaker.
	for _, text := range []string{quoteRe.ReplaceAllString(sent, " "), quoteRe.ReplaceAllString(para, " ")} {
		if p := x.namedSpeaker(text); p != "" {
			return p
		}
	}
	return ""
}

// namedSpeaker finds who speaks in a text outside the quotation: a person
// the release has named, or the name next to "said" ("said IOM Director
// General António Vitorino", "Penny Mordaunt says", "Mr Brende said").
func (x *releaseText) namedSpeaker(text string) string {
	for _, p := range x.persons {
		if strings.Contains(text, p.Person) {
			return p.Person
		}
	}
	if !saidRe.MatchString(text) {
		return ""
	}
	var runs []string
	for _, m := range saidAfterRe.FindAllStringSubmatch(text, -1) {
		runs = append(runs, m[1])
	}
	for _, m := range saidBeforeRe.FindAllStringSubmatch(text, -1) {
		runs = append(runs, m[1])
	}
	for _, run := range runs {
		ws := strings.Fields(run)
		// Titles and acronyms before the name are not the name ("USG
		// Amos", "Mr Brende").
		for len(ws) > 1 && (honorifics[strings.TrimSuffix(ws[0], ".")] || ws[0] == strings.ToUpper(ws[0])) {
			ws = ws[1:]
		}
		if len(ws) == 1 {
			if full := x.fullName(ws[0]); full != "" {
				return full
			}
			continue
		}
		// "Mr Brende": the person the release named in full before.
		if len(ws) == 2 && honorifics[strings.TrimSuffix(ws[0], ".")] {
			for _, p := range append(x.persons, x.speakers...) {
				pw := strings.Fields(p.Person)
				if pw[len(pw)-1] == ws[1] {
					return p.Person
				}
			}
			continue
		}
		name := strings.Join(ws[max(0, len(ws)-2):], " ")
		if len(ws) >= 2 && plausibleName(name) {
			x.speakers = append(x.speakers, corpus.Fact{Person: name})
			return name
		}
	}
	for _, p := range x.persons {
		ws := strings.Fields(p.Person)
		if containsWord(text, ws[len(ws)-1]) {
			return p.Person
		}
	}
	return ""
}

// fullName finds the full name of a person a release later calls by
// surname alone: a known person, else "Firstname Surname" in its text.
func (x *releaseText) fullName(surname string) string {
	if !startsUpper(surname) || len(surname) < 3 {
		return ""
	}
	for _, p := range append(x.persons, x.speakers...) {
		pw := strings.Fields(p.Person)
		if pw[len(pw)-1] == surname {
			return p.Person
		}
	}
	re, err := regexp.Compile(`(\p{Lu}[\p{Ll}’'-]+)\s+` + regexp.QuoteMeta(surname) + `\b`)
	if err != nil {
		return ""
	}
	for _, para := range x.r.Paragraphs {
		for _, m := range re.FindAllStringSubmatch(para, -1) {
			if name := m[1] + " " + surname; !honorifics[m[1]] && plausibleName(name) {
				return name
			}
		}
	}
	return ""
}

// honorifics stand before a surname: "Mr Brende".
var honorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Minister": true, "Ambassador": true}

// saidAfterRe and saidBeforeRe find the run of capitalised words next to
// a verb of saying; its last two words are the speaker's name.
var (
	saidAfterRe  = regexp.MustCompile(`\b(?:said|says|added|adds|stated|noted|explained)\s+((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]+)`)
	saidBeforeRe = regexp.MustCompile(`((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]+),?\s+(?:said|says|added|adds|stated|noted|explained)\b`)
)

// organisation finds facts about the recipient: founding year, member
// states, countries of presence. inBlurb allows "since 1951" as a founding
// year, which only the organisation's self-description can mean.
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
			out = append(out, corpus.Fact{Kind: corpus.KindOrganisation, Paragraph: n, Sentence: sent, Recipient: x.r.Recipient, Attribute: attr, Value: value})
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

// contacts reads the press contacts of the contact paragraph.
func (x *releaseText) contacts(n int, para string) []corpus.Fact {
	rest := contactLeadRe.ReplaceAllString(para, "")
	// "Fahmia Al-Fotih: Tel: +967 ...": a label after a colon starts a
	// new part.
	rest = labelAfterColonRe.ReplaceAllString(rest, ", $1")
	var out []corpus.Fact
	cur := corpus.Fact{Kind: corpus.KindContact, Paragraph: n, Sentence: para}
	flush := func() {
		if cur.Person != "" || cur.Email != "" || cur.Phone != "" {
			out = append(out, cur)
		}
		cur = corpus.Fact{Kind: corpus.KindContact, Paragraph: n, Sentence: para}
	}
	for _, seg := range contactSplitRe.Split(rest, -1) {
		seg = strings.TrimSpace(strings.TrimRight(seg, "."))
		if seg == "" {
			continue
		}
		if m := phoneLabelRe.FindStringSubmatch(seg); m != nil {
			if cur.Phone != "" {
				cur.Phone += ", "
			}
			cur.Phone += strings.TrimSpace(m[1])
			continue
		}
		if e := emailRe.FindString(seg); e != "" {
			if cur.Email != "" {
				flush()
			}
			cur.Email = e
			continue
		}
		if emailLabelRe.MatchString(seg) && strings.TrimSpace(emailLabelRe.ReplaceAllString(seg, "")) == "" {
			continue
		}
		if (cur.Email != "" || cur.Phone != "") && (cur.Person != "" || cur.Office != "") {
			flush()
		}
		person, office, hasAt := strings.Cut(seg, " at ")
		switch {
		case hasAt && cur.Person == "":
			cur.Person, cur.Office = person, office
		case cur.Person == "" && cur.Office == "" && !hasAcronym(seg):
			cur.Person = seg
		case cur.Office == "":
			cur.Office = seg
		default:
			cur.Office += ", " + seg
		}
	}
	flush()
	return out
}

func hasAcronym(s string) bool {
	for _, w := range strings.Fields(s) {
		if len(w) >= 2 && w == strings.ToUpper(w) && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// insideQuote reports whether byte offset at of s falls inside quoted
// words.
func insideQuote(s string, at int) bool {
	for _, m := range quoteRe.FindAllStringIndex(s, -1) {
		if at >= m[0] && at < m[1] {
			return true
		}
	}
	return false
}

// moneyGoesRe says that money goes somewhere: "the Japanese money goes to
// the response to the Rohingya crisis in", "funds will be used in".
var moneyGoesRe = regexp.MustCompile(`(?i)\b(?:money|funds|funding|contribution|grant|donation|aid|assistance|support)\b[^.;]{0,40}?\b(?:goes|go|went|will go|is going|will be (?:used|spent|channell?ed)|is (?:set aside|earmarked)|are (?:set aside|earmarked)|will (?:help|support|fund|pay for|back))\b[^.;]{0,80}?\b(?:in|to|for|across)\s+(?:the\s+)?$`)

// fundedPlace records the place a sentence says the money goes to, when
// the sentence names one place after its verb: "In Asia, the Japanese
// money goes to the response to the Rohingya crisis in Bangladesh".
func (x *releaseText) fundedPlace(n int, sent string, ms []corpus.Mention) {
	for _, m := range ms {
		if m.Demonym || insideQuote(sent, m.Start) {
			continue
		}
		if moneyGoesRe.MatchString(sent[max(0, m.Start-160):m.Start]) {
			x.destination(n, sent, placeOf(m))
		}
	}
}
