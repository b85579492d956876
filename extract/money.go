package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

var (
	// currencyPrefix is a currency written before its number: "US$",
	// "EUR", "€"; the Nordic crowns as English-language papers abbreviate
	// them too ("Dkr100 million", "NKr 30 million", "SKr. 5 million").
	currencyPrefix = `(\bU\.S\.\s?\$|\bUS\s?\$|\bAUD\s?\$|\bCAD\s?\$|\bNZD\s?\$|\bJP¥|\bUSD|\bA\$|\bAU\$|\bAUD|\bC\$|\bCA\$|\bCAD|\bNZ\$|\bNZD|\bHK\$|\bHKD|\bS\$|\bSGD|\bEUR|\bEuros?|€|\bCHF|\bGBP|£|\bJPY|¥|\bNOK|\bSEK|\bDKK|\bISK|\b[DNS][Kk]r\.?|\bKRW|₩|\bAED|\bDhs?\.?|\bSAR|\bSR|\bQAR|\bQR|\bKWD|\bKD|\bCNY|\bRMB|\bINR|₹|\bZAR|\bPLN|\bCZK|\bTRY|\b[Pp]ounds?(?:\s[Ss]terling)?|\$(?:NZ|US|AUD?|CAN?|A|C)|\$)`
	// currencyWords are the names a currency is written with after the
	// number, longest first: "five million NZ dollars", "Dhs73.6
	// million", "10 million yuan". A name more than one country uses
	// (riyals, dinars, rupees, lira) counts only with its country; a
	// crown named without its country ("kroner", "kr") is read by the
	// release's donor (releaseAmounts).
	currencyWords = `US dollars|U\.S\. dollars|American dollars|NZ dollars|New Zealand dollars|Australian dollars|Canadian dollars|Hong Kong dollars|Singapore dollars|dollars|euros?|Swiss francs|Swiss franc|francs|pounds sterling|British pounds|pounds|Japanese yen|yen|Norwegian kroner|Norwegian krone|Danish kroner|Danish krone|Danish krones|krones|kroner|krone|Swedish kronor|Swedish krona|kronor|krona|(?-i:kr)|Icelandic kr[oó]nur|Korean won|won|yuan|renminbi|Chinese yuan|Indian rupees|Saudi riyals|Qatari riyals|UAE dirhams|Emirati dirhams|dirhams|Kuwaiti dinars|Turkish lira|South African rand|zlotys?|Polish zlotys?|Czech korun[ay]`
	// A thousands separator may stray a space before the zeros: "US$250,
	// 000".
	// So may full stops, in European style ("500.000 euro", "1.200.000
	// euros").
	// And spaces, as French and Nordic pages group them: "500 000 euros",
	// "EUR 2 000 000".
	numberPattern = `(\d{1,3}(?:,\d{3}|, 000)+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:[ \x{00a0}\x{202f}]\d{3})+|\d+(?:\.\d+)?)`
	// "$60-million-worth": the scale may follow a hyphen.
	// South Asian pages count in crore (ten million) and lakh (a hundred
	// thousand): "₹10 Crore", "INR 5 lakh".
	scalePattern   = `(?:(?:\s?|-)((?i:millions|million|billion|thousand|mlns|mln|bln|mio|bil|mrd|crores?|lakhs?|lacs?)|mn|bn|m|M|k|K)\b)?`
	amountPrefixRe = lazyre.New(currencyPrefix + `\s?` + numberPattern + scalePattern)
	// "a 500,000-euro donation": so may the currency's word.
	amountSuffixRe = lazyre.New(`(?i)\b` + numberPattern + `(?:[\s-](millions|million|billion|thousand|mlns|mln|mio))?[\s-](` + currencyWords + `)\b`)
	// amountCodeAfterRe is an amount with its ISO code after the number:
	// "300,000 USD", "1.41 million USD".
	amountCodeAfterRe = lazyre.New(`\b` + numberPattern + `(?:\s?((?i:millions|million|billion|thousand|mlns|mln|bln|mio|bil|mrd)|mn|bn|m))?\s(USD|EUR|CHF|GBP|JPY|NOK|SEK|DKK|ISK|AUD|CAD|NZD|HKD|SGD|KRW|AED|SAR|QAR|KWD|CNY|RMB|INR|ZAR|PLN|CZK|TRY)\b`)
	// amountGluedCodeRe is a figure with a code or YEN written right
	// after it, with no space: "20,000,000YEN", "5,000,000USD".
	amountGluedCodeRe = lazyre.New(`\b` + numberPattern + `(USD|EUR|CHF|GBP|JPY|YEN|NOK|SEK|DKK|AUD|CAD|CNY|RMB)\b`)
	amountBareRe      = lazyre.New(`(?i)\b(?:total|contribution|donation|grant|sum|funding|amount) of ` + `(\d{1,3}(?:,\d{3}){2,})\b`)
	// bareListRe goes on with a list of such amounts: "... to UNHCR and
	// 8.032 million to UNICEF".
	bareListRe = lazyre.New(`^[^.;:0-9]{1,160}?(?:\band|,)\s+(\d+(?:\.\d+)?)\s(million|billion)\s+(?:to|for)\b`)
	// listItemBareRe is an item of a list of amounts for places or uses
	// that leaves its currency out: ", 8.5 million for", ", 3 million
	// designated for".
	// listItemPlaceRe is what the item before such an item ends with: its
	// place or recipient, " for Jamaica", " to the people of Cuba".
	listItemPlaceRe = lazyre.New(`^\s+(?:to|for)\s+(?:the\s+)?(?:people\s+of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s*$`)
	listItemBareRe  = lazyre.New(`(?:,|;|\band)\s+(\d+(?:\.\d+)?)\s(million|billion)\s+(?:(?:designated|earmarked|allocated|set aside|reserved|intended|destined|will go|goes|is|are)\s+)?(?:to|for)\b`)
	// amountBareRowRe is a row of a breakdown table whose currency the
	// table's heading or the release gives: "United Nations World Food
	// Programme (WFP): 21.4 million", then the next row; "UNHCR(3.35
	// million)".
	amountBareRowRe = lazyre.New(`(?:\)|\b[A-Z][A-Za-z]{1,9})\s*:\s*(\d+(?:\.\d+)?)\s(million|billion)\b|\b[A-Z][A-Za-z]{1,9}\s*\(\s*(\d+(?:\.\d+)?)\s(million|billion)\s*\)`)
	// rowEndRe follows a row's amount: the end of the text, or the next
	// row (a capital, a bracket, a numbered heading), not "2.1 million
	// refugees".
	rowEndRe = lazyre.New(`^(?:\s*$|\s+(?:\p{Lu}|\(|\d+\.\s))`)
	// amountBareGoRe is money with its currency left out that goes
	// somewhere: "60 million will go to Syria".
	amountBareGoRe = lazyre.New(`(?i)(?:^|[,:;]\s*|\bof which\s+)(\d+(?:\.\d+)?)\s(million|billion)\s+(?:will go|goes|go|is going|are going|is earmarked|are earmarked|will be allocated|is allocated|are allocated)\s+(?:to|for)\b`)
	// amountBareRestRe is the rest of a sum with its currency left out:
	// "the remaining 370 million", "the other 5 million", "the balance
	// of 2.5 million".
	amountBareRestRe = lazyre.New(`(?i)\bthe\s+(?:remaining|other|last|final|balance\s+of)\s+(\d+(?:\.\d+)?)\s(million|billion)\b`)
	// countedAfterRe follows a number that counts people or things, not
	// money: " people", " children", " doses".
	countedAfterRe = lazyre.New(`(?i)^\s+(?:people|persons|children|refugees|migrants|women|men|girls|boys|families|households|residents|civilians|IDPs|displaced|doses|tons|tonnes|meals|litres|liters|hectares|beneficiaries|students|pupils|patients|animals|head|cattle|units|items|kits|copies)\b`)
	// amountBareScaledRe is money given with its currency left out, to an
	// organisation or purpose: "Spain will also contribute 8.7 million to
	// UNHCR", "UNFPA will receive 6.5 million for".
	amountBareScaledRe = lazyre.New(`(?i)\b(?:contribut(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|grant(?:s|ed|ing)?|provid(?:e|es|ed|ing)|giv(?:e|es|ing)|given)\s+(?:(?:an?\s+)?(?:additional|further|another)\s+)?(\d+(?:\.\d+)?)\s(million|billion)\s+(?:to|for)\b`)
	qualifierRe        = lazyre.New(`(?i)\b(nearly|almost|about|around|approximately|approx\.|app\.|some|roughly|over|more than|close to|up to|an estimated|just over|just under|at least|in excess of|less than|under|upwards of|más de|casi|alrededor de|cerca de|aproximadamente|unos|unas|menos de|hasta|al menos|por lo menos|en torno a|plus de|près de|pres de|presque|environ|quelque|au moins|moins de|jusqu'à|jusqu’à)\s+$`)
)

// peopleAfterAmountRe follows a figure that counts people: " vulnerable
// people", " refugees".
var peopleAfterAmountRe = lazyre.New(`^\s+(?:(?:vulnerable|displaced|affected|needy|poor|hungry|food-insecure|internally displaced|young|more|other|additional|new)\s+)?(?:people|persons|individuals|refugees|children|civilians|residents|households|families|migrants|beneficiaries|IDPs)\b`)

// prefixCodes are the currencies written before a number without a
// currency sign: a text with none of them and no sign has no prefixed
// amount.
var prefixCodes = []string{"USD", "EUR", "Euro", "CHF", "GBP", "JPY", "NOK", "SEK", "DKK", "ISK", "Dkr", "DKr", "Nkr", "NKr", "Skr", "SKr", "AUD", "CAD", "NZD", "HKD", "SGD", "KRW", "₩",
	"AED", "Dh", "SAR", "SR", "QAR", "QR", "KWD", "KD", "CNY", "RMB", "INR", "₹", "ZAR", "PLN", "CZK", "TRY", "pound", "Pound"}

// amount is a sum of money found in a text. bare says that the text
// leaves its currency out and it took the release's.
type amount struct {
	span
	corpus.Amount
	bare bool
	// from is the amount before it in its text whose currency a bare
	// amount took ("Of the 95 million krone, 60 million ..."), -1 when it
	// took the release's.
	from int
}

// findAmounts returns the sums of money in s, in order. fallback is the
// currency of a bare figure ("a total of 37,900,000"), "" to skip them.
func findAmounts(s, fallback string) []amount {
	if !strings.ContainsAny(s, "0123456789") {
		// Only an amount in words can be here: "six million euros".
		if wordScaled(s) {
			return wordAmounts(s, nil)
		}
		return nil
	}
	var out []amount
	prefixed := strings.ContainsAny(s, "$€£¥")
	for _, c := range prefixCodes {
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
		// "Euro 2020" names a tournament: the word before a number is
		// money only with a scale ("Euros 89 million").
		if strings.HasPrefix(s[m[2]:m[3]], "Euro") && group(s, m, 3) == "" {
			continue
		}
		a, ok := newAmount(s, m[0], m[1], s[m[4]:m[5]], group(s, m, 3), cur)
		if ok {
			out = append(out, a)
		}
	}
	if prefixed {
		for _, m := range amountCodeAfterRe.FindAllStringSubmatchIndex(s, -1) {
			if overlaps(out, m[0], m[1]) {
				continue
			}
			if a, ok := newAmount(s, m[0], m[1], s[m[2]:m[3]], group(s, m, 2), currencyCode(s[m[6]:m[7]])); ok {
				out = append(out, a)
			}
		}
	}
	// "20,000,000YEN": a code or yen glued to the figure.
	for _, m := range amountGluedCodeRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(out, m[0], m[1]) {
			continue
		}
		if a, ok := newAmount(s, m[0], m[1], s[m[2]:m[3]], "", currencyCode(s[m[4]:m[5]])); ok {
			out = append(out, a)
		}
	}
	lower := strings.ToLower(s)
	suffixed := false
	for _, w := range []string{"dollar", "euro", "franc", "pound", "yen", "kron", " kr", "krón", " won", "yuan", "renminbi", "rupee", "riyal", "dirham", "dinar", "lira", "rand", "zlot", "korun"} {
		if strings.Contains(lower, w) {
			suffixed = true
			break
		}
	}
	var suffixMatches [][]int
	if suffixed {
		// "7,5 Million Euros": a decimal comma, read before the "5
		// Million Euros" inside it.
		for _, m := range decimalCommaSuffixRe.FindAllStringSubmatchIndex(s, -1) {
			number := s[m[2]:m[3]] + "." + s[m[4]:m[5]]
			if a, ok := newAmount(s, m[0], m[1], number, s[m[6]:m[7]], currencyCode(s[m[8]:m[9]])); ok && !overlaps(out, m[0], m[1]) {
				out = append(out, a)
			}
		}
		suffixMatches = amountSuffixRe.FindAllStringSubmatchIndex(s, -1)
	}
	for _, m := range suffixMatches {
		// Never the end of a longer figure ("5 Million Euros" in "7,5
		// Million Euros").
		// Nor the last group of thousands a page parted with a stray
		// space ("311 euros" in "40.009. 311 euros").
		if overlaps(out, m[0], m[1]) || m[0] > 0 && gluedToNumber(s[:m[0]]) || strayGroupBeforeRe.MatchString(s[max(0, m[0]-10):m[0]]) {
			continue
		}
		a, ok := newAmount(s, m[0], m[1], s[m[2]:m[3]], group(s, m, 2), currencyCode(s[m[6]:m[7]]))
		if ok {
			out = append(out, a)
		}
	}
	if suffixed || strings.Contains(lower, "couronne") {
		out = frenchAmounts(s, out)
	}
	if strings.Contains(lower, "millon") || strings.Contains(lower, "millón") || strings.Contains(lower, "dólar") || strings.Contains(lower, "euros") {
		out = spanishAmounts(s, out)
	}
	if fallback != "" {
		for _, m := range amountBareRe.FindAllStringSubmatchIndex(s, -1) {
			if overlaps(out, m[2], m[3]) {
				continue
			}
			a, ok := newAmount(s, m[2], m[3], s[m[2]:m[3]], "", fallback)
			if ok {
				a.bare = true
				out = append(out, a)
			}
		}
		bareMatches := amountBareScaledRe.FindAllStringSubmatchIndex(s, -1)
		// "Of the 95 million krone, 60 million will go to Syria": the
		// amount first, the verb after it.
		bareMatches = append(bareMatches, amountBareGoRe.FindAllStringSubmatchIndex(s, -1)...)
		// "Some 188 million euro will go to Latin America and Asia, and
		// the remaining 370 million is to be used for unexpected crises":
		// the rest of money stated with its currency before it in the
		// sentence (not people: "the other 2 million children").
		if slices.ContainsFunc(out, func(a amount) bool { return !a.bare }) {
			for _, m := range amountBareRestRe.FindAllStringSubmatchIndex(s, -1) {
				if !countedAfterRe.MatchString(s[m[1]:]) {
					bareMatches = append(bareMatches, m[:6])
				}
			}
		}
		// "more than 5 million people have fled abroad: specifically to
		// Turkey (3.5 million), Lebanon (1 million)": figures in brackets
		// without a currency, in a sentence that counts people and states
		// no money, are people, not money.
		peopleOnly := len(out) == 0 && peopleCountRe.MatchString(s)
		for _, m := range amountBareRowRe.FindAllStringSubmatchIndex(s, -1) {
			if m[2] < 0 { // the bracketed form: its groups are the third and fourth
				if peopleOnly {
					continue
				}
				m = []int{m[0], m[1], m[6], m[7], m[8], m[9]}
			} else if !rowEndRe.MatchString(s[m[5]:]) {
				continue
			}
			bareMatches = append(bareMatches, m[:6])
		}
		// "12 million dollars for Jamaica, 8.5 million for Haiti, 3
		// million designated for the people of Cuba": the next items of a
		// list whose first states its currency (which they take, below).
		// Each item follows the one before it, which names its place:
		// " for Jamaica".
		prevEnd := -1
		for _, m := range listItemBareRe.FindAllStringSubmatchIndex(s, -1) {
			for _, a := range out {
				if !a.bare && a.end <= m[0] && a.end > prevEnd {
					prevEnd = a.end
				}
			}
			if prevEnd >= 0 && listItemPlaceRe.MatchString(s[prevEnd:m[0]]) {
				bareMatches = append(bareMatches, m[:6])
				prevEnd = m[5]
			}
		}
		for _, m := range bareMatches {
			if overlaps(out, m[2], m[5]) {
				continue
			}
			if a, ok := newAmount(s, m[2], m[5], s[m[2]:m[3]], s[m[4]:m[5]], fallback); ok {
				a.bare = true
				out = append(out, a)
			}
			// "... 8.7 million to UNHCR and 8.032 million to UNICEF", "...,
			// 25 million to Yemen and 10 million to Ethiopia": the list goes
			// on without the verb.
			for at := m[1]; ; {
				n := bareListRe.FindStringSubmatchIndex(s[at:])
				if n == nil || overlaps(out, at+n[2], at+n[5]) {
					break
				}
				if a, ok := newAmount(s, at+n[2], at+n[5], s[at+n[2]:at+n[3]], s[at+n[4]:at+n[5]], fallback); ok {
					a.bare = true
					out = append(out, a)
				}
				at += n[1]
			}
		}
	}
	if wordScaled(s) {
		out = wordAmounts(s, out)
	}
	if prefixed && hasDecimalComma(s) {
		// "USD 4,5 million": a decimal comma, as many European pages write.
		for _, m := range decimalCommaRe.FindAllStringSubmatchIndex(s, -1) {
			if overlaps(out, m[0], m[1]) {
				continue
			}
			number := s[m[4]:m[5]] + "." + s[m[6]:m[7]]
			if a, ok := newAmount(s, m[0], m[1], number, s[m[8]:m[9]], currencyCode(s[m[2]:m[3]])); ok {
				out = append(out, a)
			}
		}
	}
	slices.SortFunc(out, func(a, b amount) int { return a.start - b.start })
	// "Of the 95 million krone, 60 million will go to Syria": money
	// without its currency after money with one is in that currency, not
	// the release's.
	for i := range out {
		out[i].from = -1
		if !out[i].bare {
			continue
		}
		// (Not a restatement in brackets: "NOK 100 million (USD 12
		// million), of which 60 million ..." is in kroner.)
		for j := i - 1; j >= 0; j-- {
			if !out[j].bare && !inBrackets(s, out[j].span) {
				out[i].Currency, out[i].from = out[j].Currency, j
				break
			}
		}
	}
	return withoutElidedScale(out)
}

// frenchCurrencyWords are the names a French page writes a currency with
// after "millions de": "dollars américains", "francs suisses".
const frenchCurrencyWords = `dollars américains|dollars des États-Unis|dollars US|dollars canadiens|dollars australiens|dollars|euros|francs suisses|francs|livres sterling|yens|yen|couronnes norvégiennes|couronnes suédoises|couronnes danoises`

// frenchAmountRe is an amount as a French page writes it, the scale a
// noun with "de" before the currency, the decimal a comma: "5 millions de
// dollars", "2,5 millions d'euros", "1 million de francs suisses", "1,2
// milliard de yens".
var frenchAmountRe = lazyre.New(`(?i)\b(\d{1,3}(?:[ \x{00a0}\x{202f}.]\d{3})+|\d+)(?:,(\d{1,3}))?[ \x{00a0}\x{202f}](millions?|milliards?)\s+(?:de\s+|d['’]\s?)(` + frenchCurrencyWords + `)\b`)

// frenchAmounts adds to out the amounts s writes the French way, where
// they overlap none read before.
func frenchAmounts(s string, out []amount) []amount {
	for _, m := range frenchAmountRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(out, m[0], m[1]) {
			continue
		}
		number := strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", ".", "").Replace(s[m[2]:m[3]])
		if m[4] >= 0 {
			number += "." + s[m[4]:m[5]]
		}
		scale := "million"
		if strings.HasPrefix(strings.ToLower(s[m[6]:m[7]]), "milliard") {
			scale = "billion"
		}
		if a, ok := newAmount(s, m[0], m[1], number, scale, currencyCode(s[m[8]:m[9]])); ok {
			out = append(out, a)
		}
	}
	return out
}

// spanishCurrencyWords are the names a Spanish page writes a currency
// with after "millones de": "dólares estadounidenses", "francos suizos".
const spanishCurrencyWords = `dólares estadounidenses|dólares americanos|dólares de los Estados Unidos|dólares de Estados Unidos|dólares canadienses|dólares australianos|dólares|euros|francos suizos|libras esterlinas|yenes|coronas noruegas|coronas suecas|coronas danesas`

// spanishAmountRe is an amount as a Spanish page writes it: the scale a
// noun with "de" before the currency ("20 millones de dólares", "1
// millón de euros"), "mil millones" a billion ("55 mil millones de
// dólares"), the decimal a comma ("1,5 millones de euros") and the
// thousands a full stop ("16.000 millones de dólares", "40.009.311
// euros", "2.000.000 de euros"). Groups: the number, its decimals, "mil", the scale, the
// currency.
var spanishAmountRe = lazyre.New(`(?i)\b(\d{1,3}(?:\.\d{3})+(?:\.\s\d{3})?|\d+)(?:,(\d{1,3}))?(?:\s(?:(mil)\s)?(millones|millón)\s+de|\sde)?\s(` + spanishCurrencyWords + `)\b`)

// strayGroupBeforeRe ends the text before a figure that is the last group
// of a number in thousands, parted from it by a stray space: "40.009. "
// before "311 euros".
var strayGroupBeforeRe = lazyre.New(`\d\.\d{3}\.\s$`)

// spanishAmounts adds to out the amounts s writes the Spanish way, where
// they overlap none read before. A figure with no scale word is read only
// with its thousands grouped ("40.009.311 euros"): "2017 euros" is no sum.
func spanishAmounts(s string, out []amount) []amount {
	for _, m := range spanishAmountRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(out, m[0], m[1]) || m[0] > 0 && gluedToNumber(s[:m[0]]) {
			continue
		}
		number := strings.NewReplacer(".", "", " ", "").Replace(s[m[2]:m[3]])
		if m[4] >= 0 {
			number += "." + s[m[4]:m[5]]
		}
		scale := ""
		switch {
		case m[6] >= 0:
			scale = "billion"
		case m[8] >= 0:
			scale = "million"
		case m[4] >= 0 || !strings.Contains(s[m[2]:m[3]], "."):
			continue
		}
		if a, ok := newAmount(s, m[0], m[1], number, scale, currencyCode(s[m[10]:m[11]])); ok {
			out = append(out, a)
		}
	}
	// "dedicó más de 65 millones de euros en 2021 y prevé superar los 95
	// millones en 2022": a sum in millions with its currency left out,
	// after one that states it, is in that currency; only as the object
	// of a verb of giving or reaching ("aportar", "superar los"), never
	// "un país con 18 millones" (people).
	for _, m := range spanishBareRe.FindAllStringSubmatchIndex(s, -1) {
		if m[8] >= 0 || overlaps(out, m[0], m[1]) || !spanishBareCueRe.MatchString(s[max(0, m[0]-40):m[0]]) {
			continue
		}
		cur := ""
		for _, a := range out {
			if !a.bare && a.end <= m[0] {
				cur = a.Currency
			}
		}
		number := s[m[2]:m[3]]
		if m[4] >= 0 {
			number += "." + s[m[4]:m[5]]
		}
		if a, ok := newAmount(s, m[0], m[7], number, "million", cur); ok {
			a.bare = true
			out = append(out, a)
		}
	}
	return out
}

// spanishBareRe is a sum in millions with no currency, as a Spanish page
// writes one after another that names it: "95 millones". Group 4 is what
// a count of things goes on with ("18 millones de personas"), which
// makes it no sum.
var spanishBareRe = lazyre.New(`\b(\d{1,3})(?:,(\d{1,3}))?\s(millones)\b(\s+de\s+\p{L}+)?`)

// spanishBareCueRe ends the words before such a sum: a verb of giving or
// reaching, with its article or hedge ("superar los", "aportar más de",
// "otros").
var spanishBareCueRe = lazyre.New(`(?i)(?:\baport\p{L}*|\bdestin\p{L}*|\bdedic\p{L}*|\basign\p{L}*|\bsuperar|\balcanzar|\botros)\s+(?:(?:los|unos|más\s+de|casi|hasta)\s+)?$`)

// withoutElidedScale leaves out a figure of a few units beside one in
// millions or billions: "$3 million will be provided through WFP and $3 to
// FAO" drops its "million" by mistake, and reading three dollars would be
// a wrong figure.
func withoutElidedScale(as []amount) []amount {
	if !slices.ContainsFunc(as, func(a amount) bool { return a.Value >= 1e6 }) {
		return as
	}
	return slices.DeleteFunc(as, func(a amount) bool { return a.Value < 1000 })
}

// inBrackets reports whether sp of s stands right inside brackets:
// "(USD 12 million)", "(about $1 million)".
func inBrackets(s string, sp span) bool {
	before := strings.TrimRight(s[:sp.start], " ")
	return strings.HasSuffix(before, "(") || strings.HasSuffix(before, "[")
}

// releaseAmounts is findAmounts for a text of a release whose donors are
// given: a crown named without its country is the donor's own (ownCrowns),
// in the title as in the body.
func releaseAmounts(s, fallback string, donors []string) []amount {
	as := withoutRates(s, withoutRanges(s, findAmounts(s, fallback)))
	cur := donorCrown(donors)
	if cur == "" {
		as = withoutKr(as)
	}
	ownCrowns(as, cur)
	return as
}

// withoutKr leaves out the amounts in "kr" ("20 million kr."), and those
// that took their currency from one: the sign names no country's crown,
// and a release whose donor has none gives no way to tell which.
func withoutKr(as []amount) []amount {
	kr := func(a amount) bool { return strings.HasSuffix(a.Stated, " kr") }
	if !slices.ContainsFunc(as, kr) {
		return as
	}
	var out []amount
	at := make([]int, len(as)) // where each amount kept stands in out
	for i, a := range as {
		if kr(a) || a.from >= 0 && kr(as[a.from]) {
			continue
		}
		at[i] = len(out)
		if a.from >= 0 {
			a.from = at[a.from]
		}
		out = append(out, a)
	}
	return out
}

// rateRe is an exchange rate a news agency adds: "($1 = 6.3168 Chinese
// yuan renminbi)", "(1 USD = 0.92 EUR)", "US$1 = ¥145".
var rateRe = lazyre.New(`(?i)(?:US\$|\$|USD\s?|€|EUR\s?|£|GBP\s?|¥)\s?1\s*=\s*(?:US\$|\$|USD\s?|€|EUR\s?|£|GBP\s?|¥|[A-Z]{3}\s?)?\s?\d[\d.,]*(?:\s*[\p{L}$€£¥]+){0,4}|\b1\s+(?:USD|EUR|GBP|US dollar|euro)\s*=\s*\d[\d.,]*(?:\s*[\p{L}]+){0,4}`)

// withoutRates leaves out the amounts of an exchange rate: neither side
// is money given.
func withoutRates(s string, as []amount) []amount {
	if !strings.Contains(s, "=") {
		return as
	}
	ms := rateRe.FindAllStringIndex(s, -1)
	if ms == nil {
		return as
	}
	return slices.DeleteFunc(as, func(a amount) bool {
		return slices.ContainsFunc(ms, func(m []int) bool { return a.start < m[1] && m[0] < a.end })
	})
}

// rangeOpenRe ends the words before the first amount of a range:
// "allocations ranging from ", "between ".
var (
	rangeOpenRe = lazyre.New(`(?i)\b(?:rang(?:e|es|ed|ing)\s+(?:from|between)|between)\s+$`)
	fromOpenRe  = lazyre.New(`(?i)\bfrom\s+$`)
	// scaledUpperEndRe follows the lower end of a range written with its
	// scale once: "-25 million", " to 8 million".
	scaledUpperEndRe = lazyre.New(`^\s*(?:-|–|—|to)\s*\d[\d.,]*\s*(?i:million|billion|mln|bln|mn|bn)\b`)
	// rangeGapRe joins the two ends of a range.
	rangeGapRe = lazyre.New(`^\s*(?:to|and|-|–|—)\s*$`)
	// rangeEachRe follows a range that gives each one's share: " per
	// country", " each", " apiece".
	rangeEachRe = lazyre.New(`(?i)^\s*(?:per|for each|each|apiece|a)\b`)
)

// withoutRanges leaves out the two ends of a range of amounts ("with
// allocations ranging from $3 million to $20 million per country",
// "between $1 million and $5 million each"): neither end is a figure
// given for anything, and read alone either would be shown as a part.
// "from $3 million to $5 million" with no word of a range is left alone:
// it may tell a gift raised, which the context rules read.
func withoutRanges(s string, as []amount) []amount {
	// "from $20-25 million", "US$ 5 to 8 million": the scale is stated
	// once, after the range's upper end; the lower end read alone would
	// be "$20". Neither end is given for anything: both are left out.
	for i, a := range as {
		m := scaledUpperEndRe.FindStringIndex(s[a.end:])
		if m == nil || a.Value >= 1000 {
			continue
		}
		upto := a.end + m[1]
		return withoutRanges(s, slices.DeleteFunc(slices.Clone(as), func(b amount) bool {
			return b.start >= as[i].start && b.start < upto
		}))
	}
	for i := 0; i+1 < len(as); i++ {
		a, b := as[i], as[i+1]
		if a.Currency != b.Currency || !rangeGapRe.MatchString(s[a.end:b.start]) {
			continue
		}
		before := s[max(0, a.start-40):a.start]
		for len(before) > 0 && !utf8.RuneStart(before[0]) {
			before = before[1:]
		}
		if rangeOpenRe.MatchString(before) || fromOpenRe.MatchString(before) && rangeEachRe.MatchString(s[b.end:]) {
			return withoutRanges(s, slices.Delete(slices.Clone(as), i, i+2))
		}
	}
	return as
}

// ownCrowns reads a crown named without its country ("kroner", "krone",
// "kronor") as the donor's own crown cur ("DKK" for Denmark), with the
// amounts that took their currency from it.
func ownCrowns(as []amount, cur string) {
	if cur == "" {
		return
	}
	for i := range as {
		if plainCrownRe.MatchString(as[i].Stated) || as[i].from >= 0 && plainCrownRe.MatchString(as[as[i].from].Stated) {
			as[i].Currency = cur
		}
	}
}

// decimalCommaSuffixRe is an amount in words after a number with a
// decimal comma: "7,5 Million Euros".
var decimalCommaSuffixRe = lazyre.New(`(?i)\b(\d{1,3}),(\d{1,2})\s(million|billion)\s(` + currencyWords + `)\b`)

// decimalCommaRe is an amount with a decimal comma and a scale: "USD 4,5
// million", "€ 1,2 Mio".
var decimalCommaRe = lazyre.New(currencyPrefix + `\s?(\d{1,3}),(\d{1,2})\s?((?i:millions|million|billion|mlns|mln|bln|mio|bil|mrd)|mn|bn|m|M)\b`)

// numberWord is a number written in words, up to ninety-nine, or "half a".
const numberWord = `(?:half[- ]an?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a)`

// peopleCountRe names people a figure may count.
var peopleCountRe = lazyre.New(`(?i)\b(?:people|persons|refugees|migrants|displaced|fled|children|families|inhabitants|residents|civilians|beneficiaries|Syrians|Afghans|Ukrainians|Sudanese|Rohingya)\b`)

// wordAmountRe is an amount in words: "six million euros", "four million
// and eight hundred thousand US dollars", "four million seven hundred
// thousand US dollars", "half-a-million euro", "six million AUD".
var wordAmountRe = lazyre.New(`(?i)\b(` + numberWord + `)[\s-]+(millions|million|billion|hundred thousand|mlns|mln)(?:\s+(?:and\s+)?(` + numberWord + `)\s+(hundred thousand|thousand))?\s+(` + currencyWords + `|(?-i:USD|EUR|GBP|AUD|CAD|NZD|CHF|NOK|SEK|DKK|JPY))\b`)

// wordPrefixAmountRe is an amount in words after its currency: "USD one
// million", "US$ two million", "EUR half a million".
var wordPrefixAmountRe = lazyre.New(currencyPrefix + `\s?(` + numberWord + `)[\s-]+(millions|million|billion)\b`)

// numberBeforeRe ends a text with the words or figures of a number: an
// amount in words right after it is the tail of a longer number ("... two
// hundred and" before "fifty thousand euros"), never read alone.
var numberBeforeRe = lazyre.New(`(?i)(?:\b(?:million|millions|billion|thousand|hundred)(?:\s+and)?|\d)[\s-]+$`)

var smallNumbers = map[string]float64{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// wordsValue reads a number in words up to ninety-nine.
func wordsValue(w string) float64 {
	parts := strings.FieldsFunc(strings.ToLower(w), func(r rune) bool { return r == '-' || r == ' ' })
	if len(parts) == 2 && parts[0] == "half" {
		return 0.5 // "half a million", "half-a-million"
	}
	v := 0.0
	for _, part := range parts {
		v += smallNumbers[part]
	}
	return v
}

func wordScale(w string) float64 {
	switch strings.ToLower(w) {
	case "billion":
		return 1e9
	case "million", "millions", "mln", "mlns":
		return 1e6
	case "hundred thousand":
		return 1e5
	}
	return 1e3
}

// wordScaled reports whether s has a scale word an amount in words may
// end with: "six million euros", "eight mlns Euros".
// hasDecimalComma reports whether s has a comma between digits with one
// or two digits after it ("4,5", "7,25"), as decimalCommaRe needs: a
// thousands separator ("37,900,000") has three. It spares the long
// regular expression on sentences without one.
func hasDecimalComma(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] != ',' || !isDigit(s[i-1]) || !isDigit(s[i+1]) {
			continue
		}
		if i+2 >= len(s) || !isDigit(s[i+2]) || i+3 >= len(s) || !isDigit(s[i+3]) {
			return true
		}
	}
	return false
}

// wordBeforeScale reports whether a "million" or "billion" in s follows a
// word in small letters across spaces or hyphens ("one million", "a
// billion"), as wordPrefixAmountRe needs. It spares the long regular
// expression on sentences whose scales follow figures ("5 million").
func wordBeforeScale(s string) bool {
	for at := 0; ; {
		i := strings.Index(s[at:], "illion")
		if i < 0 {
			return false
		}
		i += at
		at = i + len("illion")
		if i == 0 || s[i-1] != 'm' && s[i-1] != 'b' {
			continue
		}
		j := i - 1
		for j > 0 && strings.IndexByte(" \t\n\f\r-", s[j-1]) >= 0 {
			j--
		}
		if j < i-1 && j > 0 && s[j-1] >= 'a' && s[j-1] <= 'z' {
			return true
		}
	}
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func wordScaled(s string) bool {
	return strings.Contains(s, "illion") || strings.Contains(s, "thousand") || strings.Contains(s, "mln") || strings.Contains(s, "Mln")
}

// wordAmounts adds the amounts written in words in s to found.
func wordAmounts(s string, found []amount) []amount {
	for _, m := range wordAmountRe.FindAllStringSubmatchIndex(s, -1) {
		if overlaps(found, m[0], m[1]) || numberBeforeRe.MatchString(s[max(0, m[0]-30):m[0]]) {
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
		if q := qualifierAt(s, from, m[0]); q != nil {
			a.start = from + q[0]
			a.Approximate = true
			a.Stated = s[a.start:m[1]]
		}
		found = append(found, a)
	}
	if !wordBeforeScale(s) {
		return found
	}
	for _, m := range wordPrefixAmountRe.FindAllStringSubmatchIndex(s, -1) {
		cur := currencyCode(s[m[2]:m[3]])
		n := wordsValue(s[m[4]:m[5]])
		if overlaps(found, m[0], m[1]) || n == 0 || cur == "" {
			continue
		}
		if a, ok := newAmount(s, m[0], m[1], strconv.FormatFloat(n, 'f', -1, 64), s[m[6]:m[7]], cur); ok {
			found = append(found, a)
		}
	}
	return found
}

func group(s string, m []int, g int) string {
	if 2*g+1 >= len(m) || m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

// cutDecimalRe follows a figure cut at a decimal comma written with a
// space: "USD 18, 3 million".
var cutDecimalRe = lazyre.New(`(?i)^,\s\d{1,2}\s?(?:million|billion|mn|bn|m)\b`)

// dottedThousandsRe is a figure whose full stops separate thousands.
var dottedThousandsRe = lazyre.New(`^\d{1,3}(?:\.\d{3})+$`)

func overlaps(as []amount, start, end int) bool {
	for _, a := range as {
		if start < a.end && a.start < end {
			return true
		}
	}
	return false
}

func newAmount(s string, start, end int, number, scale, cur string) (amount, bool) {
	// "500.000 euro" with no scale word is five hundred thousand: no one
	// announces half a thousand euros to three decimals.
	if scale == "" && dottedThousandsRe.MatchString(number) {
		number = strings.ReplaceAll(number, ".", "")
	}
	v, err := strconv.ParseFloat(strings.NewReplacer(",", "", " ", "", "\u00a0", "", "\u202f", "").Replace(number), 64)
	// ("$0" gives nothing.)
	if err != nil || cur == "" || math.IsInf(v, 0) || v <= 0 {
		return amount{}, false
	}
	// A figure the text goes on writing ("€650Kx", "$5mio", "USD 5.2bn"
	// read short) is not one this reader understands: leave it out rather
	// than read it short.
	if r, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return amount{}, false
	}
	// Nor one whose scale word is misspelt or cut off ("nearly $3 millon",
	// a page cut at "US$3.4 milli"): it is not three dollars.
	if scale == "" && nearScale(s[end:]) {
		return amount{}, false
	}
	// Nor one cut at a decimal comma ("USD 4,5 million" is not USD 4;
	// "USD 18, 3 million" is not USD 18).
	// Only a figure that ends with its number can be cut: one that ends
	// with a scale or a currency's name ("10 million Australian dollars,
	// 2 million ...", "US$ 37.9 million, 3 million ...") is whole.
	if endsWithDigit := s[end-1] >= '0' && s[end-1] <= '9'; endsWithDigit && (end+1 < len(s) && (s[end] == ',' || s[end] == '.') && s[end+1] >= '0' && s[end+1] <= '9' || cutDecimalRe.MatchString(s[end:])) {
		return amount{}, false
	}
	// "more than $3.1 million vulnerable people": a count of people with
	// a stray currency sign, not money.
	if peopleAfterAmountRe.MatchString(s[end:min(len(s), end+40)]) {
		return amount{}, false
	}
	switch strings.ToLower(scale) {
	case "million", "millions", "mn", "m", "mln", "mlns", "mio":
		v *= 1e6
	case "billion", "bn", "bln", "bil", "mrd":
		v *= 1e9
	case "thousand", "k":
		v *= 1e3
	case "crore", "crores":
		v *= 1e7
	case "lakh", "lakhs", "lac", "lacs":
		v *= 1e5
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
	if q := qualifierAt(s, from, start); q != nil {
		a.start = from + q[0]
		a.Approximate = true
	}
	a.Stated = s[a.start:end]
	return a, true
}

// phrasalOverRe ends with a verb that takes "over" as its particle: in
// "the envoy handed over $2 million to the agency" the money is passed on,
// not "more than $2 million". "turned over" and "signed over" read the same
// way; "paid over" and "made over" are left as hedges, since "it has paid
// over $2 million so far" means more than.
var phrasalOverRe = lazyre.New(`(?i)\b(hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing)\s+over\s+$`)

// qualifierAt finds the hedge ("nearly", "over", "up to") that ends right
// before an amount starting at start, searching s[from:start]; the result
// is relative to from. The particle of a phrasal verb ("handed over") is no
// hedge.
func qualifierAt(s string, from, start int) []int {
	q := qualifierRe.FindStringIndex(s[from:start])
	if q == nil {
		return nil
	}
	if phrasalOverRe.MatchString(s[from:start]) {
		return nil
	}
	return q
}

// currencyCodes maps the ways releases write a currency to its ISO 4217
// code.
var currencyCodes = map[string]string{
	"us$": "USD", "us $": "USD", "usd": "USD", "$": "USD", "u.s.$": "USD", "u.s. $": "USD", "us dollars": "USD",
	"u.s. dollars": "USD", "american dollars": "USD", "dollars": "USD",
	"a$": "AUD", "au$": "AUD", "aud": "AUD", "aud$": "AUD", "aud $": "AUD", "cad$": "CAD", "cad $": "CAD", "nzd$": "NZD", "nzd $": "NZD",
	"c$": "CAD", "ca$": "CAD", "cad": "CAD",
	"nz$": "NZD", "nzd": "NZD",
	// The country after the sign, as some newspapers write it: "$NZ850,000",
	// "$US5 million", "$A2 million", "$C10 million".
	"$nz": "NZD", "$us": "USD", "$a": "AUD", "$au": "AUD", "$aud": "AUD", "$c": "CAD", "$ca": "CAD", "$can": "CAD",
	"eur": "EUR", "€": "EUR", "euro": "EUR", "euros": "EUR",
	"chf": "CHF", "swiss francs": "CHF", "swiss franc": "CHF", "francs": "CHF",
	"gbp": "GBP", "£": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "pound": "GBP", "pound sterling": "GBP",
	"jpy": "JPY", "¥": "JPY", "jp¥": "JPY", "yen": "JPY", "japanese yen": "JPY",
	"nok": "NOK", "norwegian kroner": "NOK", "kroner": "NOK",
	"sek": "SEK", "swedish kronor": "SEK", "kronor": "SEK",
	"dkk": "DKK", "danish kroner": "DKK", "danish krones": "DKK", "krones": "DKK",
	"kr": "NOK", "dkr": "DKK", "dkr.": "DKK", "nkr": "NOK", "nkr.": "NOK", "skr": "SEK", "skr.": "SEK",
	"krw": "KRW", "₩": "KRW", "won": "KRW", "korean won": "KRW",
	"nz dollars": "NZD", "new zealand dollars": "NZD", "australian dollars": "AUD", "canadian dollars": "CAD",
	"hk$": "HKD", "hkd": "HKD", "hong kong dollars": "HKD", "s$": "SGD", "sgd": "SGD", "singapore dollars": "SGD",
	"british pounds": "GBP", "norwegian krone": "NOK", "danish krone": "DKK", "swedish krona": "SEK", "krone": "NOK", "krona": "SEK",
	"isk": "ISK", "icelandic krónur": "ISK", "icelandic kronur": "ISK",
	"aed": "AED", "dh": "AED", "dhs": "AED", "dh.": "AED", "dhs.": "AED", "uae dirhams": "AED", "emirati dirhams": "AED", "dirhams": "AED",
	"sar": "SAR", "sr": "SAR", "saudi riyals": "SAR", "qar": "QAR", "qr": "QAR", "qatari riyals": "QAR", "kwd": "KWD", "kd": "KWD", "kuwaiti dinars": "KWD",
	"cny": "CNY", "rmb": "CNY", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
	"inr": "INR", "₹": "INR", "indian rupees": "INR", "zar": "ZAR", "south african rand": "ZAR",
	"pln": "PLN", "zloty": "PLN", "zlotys": "PLN", "polish zloty": "PLN", "polish zlotys": "PLN",
	"czk": "CZK", "czech koruna": "CZK", "czech koruny": "CZK", "try": "TRY", "turkish lira": "TRY",
	// As French pages write them (frenchAmountRe).
	"dollars américains": "USD", "dollars des états-unis": "USD", "dollars us": "USD", "dollars canadiens": "CAD", "dollars australiens": "AUD",
	"francs suisses": "CHF", "livres sterling": "GBP", "yens": "JPY",
	"couronnes norvégiennes": "NOK", "couronnes suédoises": "SEK", "couronnes danoises": "DKK",
	// As Spanish pages write them (spanishAmountRe).
	"dólares": "USD", "dólares estadounidenses": "USD", "dólares americanos": "USD", "dólares de los estados unidos": "USD",
	"dólares de estados unidos": "USD", "dólares canadienses": "CAD", "dólares australianos": "AUD", "francos suizos": "CHF",
	"libras esterlinas": "GBP", "yenes": "JPY", "coronas noruegas": "NOK", "coronas suecas": "SEK", "coronas danesas": "DKK",
}

// currencyCode returns the ISO 4217 code of a currency as written, or "".
func currencyCode(s string) string {
	return currencyCodes[strings.ToLower(strings.Join(strings.Fields(s), " "))]
}

// scaleWords are the scale words a figure may be followed by.
var scaleWords = []string{"million", "millions", "billion", "billions", "thousand", "thousands", "trillion"}

// nearScale reports whether after, the text right after a figure with no
// scale read, opens with a word that is a scale word misspelt ("millon",
// "bilion") or cut short ("milli", "mill."), not one of them.
func nearScale(after string) bool {
	rest := strings.TrimLeft(after, " \u00a0")
	if len(rest) == len(after) {
		return false // glued words are refused before
	}
	n := 0
	for n < len(rest) && (rest[n] >= 'a' && rest[n] <= 'z' || rest[n] >= 'A' && rest[n] <= 'Z') {
		n++
	}
	w := strings.ToLower(rest[:n])
	if len(w) < 3 || slices.Contains(scaleWords, w) {
		return false
	}
	for _, sw := range scaleWords {
		// Cut short: "mil", "milli", "bill" at the text's end or before a
		// full stop; misspelt: one or two letters off.
		if strings.HasPrefix(sw, w) && (n == len(rest) || rest[n] == '.' || strings.HasPrefix(rest[n:], "…")) || editDistance(w, sw) <= 2 && w[0] == sw[0] && len(w) >= 5 {
			return true
		}
	}
	return false
}

// editDistance is the Levenshtein distance between two short ASCII words.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
