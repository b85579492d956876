package corpus

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/biter777/countries"
	"golang.org/x/text/unicode/norm"
)

// Country is an ISO 3166 country: its alpha-3 code and common English short
// name ("Tanzania", not "Tanzania, United Republic of").
type Country struct {
	Code string
	Name string
}

// Fold returns s lowercased, with accents removed, punctuation turned into
// spaces and runs of spaces collapsed: "Côte d'Ivoire" folds to
// "cote d ivoire". Names and questions are compared folded.
func Fold(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	var b strings.Builder
	for i, w := range words(s) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.fold)
	}
	return b.String()
}

// foldASCII folds s as Fold does when s is all ASCII (letters are then
// A-Z and a-z, digits 0-9, and nothing else is part of a word), in one
// pass and one allocation, or none when s is folded already; ok is false
// when s is not all ASCII. Names and questions are folded on every
// question asked.
func foldASCII(s string) (string, bool) {
	folded := true // s is its own fold so far
	space := false // a separator since the last word
	n := 0         // the fold's length so far
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return "", false
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			if space && n > 0 {
				n++
			}
			n++
			space = false
		case 'A' <= c && c <= 'Z':
			folded = false
			if space && n > 0 {
				n++
			}
			n++
			space = false
		default:
			// Only a single space between two words stands in the fold.
			if c != ' ' || space || n == 0 || i+1 == len(s) {
				folded = false
			}
			space = true
		}
	}
	if folded {
		return s, true
	}
	b := make([]byte, 0, n)
	space = false
	for i := 0; i < len(s); i++ {
		c := s[i]
		isUpper := 'A' <= c && c <= 'Z'
		if !isUpper && !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		if isUpper {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b), true
}

// word is a run of letters and digits in a text: its byte span and its
// folded form.
type word struct {
	start, end int
	fold       string
}

// words splits s into words: maximal runs of letters, digits and combining
// marks. Everything else separates words.
func words(s string) []word {
	if ws, ok := asciiWords(s); ok {
		return ws
	}
	return unicodeWords(s)
}

// unicodeWords is words(s) for any s.
func unicodeWords(s string) []word {
	var out []word
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, word{start: start, end: i, fold: foldWord(s[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start: start, end: len(s), fold: foldWord(s[start:])})
	}
	return out
}

// asciiWords is words(s) for an all-ASCII s (ok false otherwise), with one
// allocation for the words and at most one for their folds: a word's fold
// is a slice of s, or of s lowered, where its letters are not all lower
// case already. Questions are split into words several times each.
func asciiWords(s string) (ws []word, ok bool) {
	n, upper := 0, false
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		isWord := asciiLetterOrDigit(c)
		if isWord && !in {
			n++
		}
		in = isWord
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if n == 0 {
		return nil, true
	}
	lower := s
	if upper {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		lower = string(b)
	}
	ws = make([]word, 0, n)
	start := -1
	for i := 0; i < len(s); i++ {
		if asciiLetterOrDigit(s[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			ws = append(ws, word{start: start, end: i, fold: lower[start:i]})
			start = -1
		}
	}
	if start >= 0 {
		ws = append(ws, word{start: start, end: len(s), fold: lower[start:]})
	}
	return ws, true
}

// asciiLetterOrDigit reports whether the ASCII byte c is a letter or a
// digit: what unicode.IsLetter and unicode.IsDigit report for it.
func asciiLetterOrDigit(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// foldWord lowercases w and removes its accents.
func foldWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ß':
			b.WriteString("ss")
			continue
		case 'ı':
			r = 'i'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// commonNames replaces the ISO package's names where they are not the common
// English short name.
var commonNames = map[string]string{
	"BRN": "Brunei",
	"CIV": "Côte d'Ivoire",
	"COD": "Democratic Republic of the Congo",
	"COG": "Republic of the Congo",
	"CPV": "Cabo Verde",
	"FLK": "Falkland Islands",
	"FSM": "Micronesia",
	"HKG": "Hong Kong",
	"IMN": "Isle of Man",
	"IRN": "Iran",
	"KOR": "South Korea",
	"LAO": "Laos",
	"LBY": "Libya",
	"MAC": "Macao",
	"MAF": "Saint Martin",
	"MDA": "Moldova",
	"MKD": "North Macedonia",
	"PRK": "North Korea",
	"PSE": "Palestine",
	"RUS": "Russia",
	"SWZ": "Eswatini",
	"SXM": "Sint Maarten",
	"SYR": "Syria",
	"TLS": "Timor-Leste",
	"TUR": "Türkiye",
	"TWN": "Taiwan",
	"TZA": "Tanzania",
	"VAT": "Holy See",
	"VGB": "British Virgin Islands",
	"VIR": "United States Virgin Islands",
	"WLF": "Wallis and Futuna",
	"SJM": "Svalbard and Jan Mayen",
	"BES": "Caribbean Netherlands",
}

// countryAliases are names the ISO package lacks: official names, former
// names and common short forms, by alpha-3 code. Codes written in capitals
// are handled separately.
var countryAliases = map[string][]string{
	"AFG": {"Islamic Republic of Afghanistan"},
	"BHS": {"The Bahamas"},
	"BOL": {"Plurinational State of Bolivia", "Bolivia (Plurinational State of)"},
	"BRN": {"Brunei Darussalam"},
	"CIV": {"Cote d'Ivoire", "Ivory Coast", "Republic of Côte d'Ivoire"},
	"COD": {"DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Congo Kinshasa", "Democratic Republic of Congo", "Congo, Democratic Republic of the", "Zaire"},
	"COG": {"Congo", "Congo-Brazzaville", "Congo Brazzaville", "Republic of Congo"},
	"CPV": {"Cape Verde"},
	"CZE": {"Czech Republic"},
	"NZL": {"NZ", "Aotearoa New Zealand"},
	"GBR": {"UK", "U.K.", "Great Britain", "Britain", "United Kingdom of Great Britain and Northern Ireland", "England", "Scotland", "Wales", "Northern Ireland"},
	"GMB": {"The Gambia"},
	"IRN": {"Islamic Republic of Iran", "Iran (Islamic Republic of)", "Persia"},
	"KGZ": {"Kyrgyz Republic", "Kirghizia"},
	"KOR": {"Republic of Korea", "Korea, Republic of", "Korea", "ROK"},
	"LAO": {"Lao PDR", "Lao People's Democratic Republic", "Lao"},
	"LBY": {"Libyan Arab Jamahiriya", "State of Libya"},
	"MDA": {"Republic of Moldova", "Moldova (Republic of)"},
	"MKD": {"Macedonia", "Former Yugoslav Republic of Macedonia", "FYROM"},
	"MMR": {"Burma"},
	"PHL": {"Mindanao"},
	"NLD": {"The Netherlands", "Holland"},
	"PRK": {"Democratic People's Republic of Korea", "DPRK", "DPR Korea", "Democratic Republic of Korea"},
	"PSE": {"State of Palestine", "occupied Palestinian territory", "Occupied Palestinian Territories", "Palestinian Territory", "Palestinian territories", "oPt", "Gaza Strip", "Gaza", "West Bank"},
	"RUS": {"Russian Federation"},
	"SWZ": {"Swaziland", "Kingdom of Eswatini"},
	"SYR": {"Syrian Arab Republic"},
	"TLS": {"East Timor"},
	"TUR": {"Turkey", "Turkiye", "Republic of Türkiye"},
	"TZA": {"United Republic of Tanzania", "Tanzania, United Republic of"},
	"USA": {"USA", "US", "U.S.", "U.S.A.", "United States of America", "the United States"},
	"VAT": {"Vatican", "Vatican City"},
	"VEN": {"Bolivarian Republic of Venezuela", "Venezuela (Bolivarian Republic of)"},
	"VNM": {"Viet Nam"},
	"ARE": {"UAE"},
	"SAU": {"KSA", "Kingdom of Saudi Arabia"},
	"CAF": {"CAR"},
	"SSD": {"Republic of South Sudan"},
	"SDN": {"Republic of the Sudan", "the Sudan"},
}

// frenchNames are the countries' names as French pages write them, read
// only as written with a capital ("la Suisse", "au Japon"): "Suède" folds
// to an English word. They are matched exactly, never as typos of a name.
var frenchNames = map[string][]string{
	"AFG": {"Afghanistan"}, "ZAF": {"Afrique du Sud"}, "DZA": {"Algérie"}, "DEU": {"Allemagne"}, "SAU": {"Arabie saoudite"},
	"AUS": {"Australie"}, "AUT": {"Autriche"}, "BEL": {"Belgique"}, "MMR": {"Birmanie"}, "BRA": {"Brésil"},
	"KHM": {"Cambodge"}, "CMR": {"Cameroun"}, "CHN": {"Chine"}, "COL": {"Colombie"}, "KOR": {"Corée du Sud", "République de Corée", "Corée"},
	"PRK": {"Corée du Nord"}, "DNK": {"Danemark"}, "EGY": {"Égypte"}, "ARE": {"Émirats arabes unis"}, "ECU": {"Équateur"},
	"ERI": {"Érythrée"}, "ESP": {"Espagne"}, "USA": {"États-Unis", "États-Unis d'Amérique"}, "ETH": {"Éthiopie"},
	"FIN": {"Finlande"}, "GRC": {"Grèce"}, "GIN": {"Guinée"}, "GNB": {"Guinée-Bissau"}, "HTI": {"Haïti"}, "HUN": {"Hongrie"},
	"IND": {"Inde"}, "IDN": {"Indonésie"}, "IRQ": {"Irak"}, "IRL": {"Irlande"}, "ISL": {"Islande"}, "ITA": {"Italie"},
	"JPN": {"Japon"}, "JOR": {"Jordanie"}, "LBN": {"Liban"}, "LBY": {"Libye"}, "MAR": {"Maroc"}, "MRT": {"Mauritanie"},
	"MEX": {"Mexique"}, "MDA": {"Moldavie"}, "NOR": {"Norvège"}, "NZL": {"Nouvelle-Zélande"}, "UGA": {"Ouganda"},
	"NLD": {"Pays-Bas"}, "PER": {"Pérou"}, "POL": {"Pologne"}, "CAF": {"République centrafricaine", "Centrafrique"},
	"COD": {"République démocratique du Congo"}, "COG": {"République du Congo"}, "ROU": {"Roumanie"}, "GBR": {"Royaume-Uni"},
	"RUS": {"Russie"}, "SEN": {"Sénégal"}, "SOM": {"Somalie"}, "SDN": {"Soudan"}, "SSD": {"Soudan du Sud"},
	"SWE": {"Suède"}, "CHE": {"Suisse", "Confédération suisse"}, "SYR": {"Syrie"}, "TZA": {"Tanzanie"}, "TCD": {"Tchad"},
	"THA": {"Thaïlande"}, "TUN": {"Tunisie"}, "TUR": {"Turquie"}, "VNM": {"Viêt Nam"}, "YEM": {"Yémen"}, "ZMB": {"Zambie"},
	"PSE": {"Cisjordanie", "bande de Gaza", "Territoire palestinien occupé"},
}

// spanishNames are the countries' names as Spanish pages write them, read
// like frenchNames: only as written with a capital, matched exactly. The
// ISO data the table is built from holds English names only, so this is a
// small table of its own: the donors and the places of Spanish releases.
var spanishNames = map[string][]string{
	"AFG": {"Afganistán"}, "DEU": {"Alemania"}, "SAU": {"Arabia Saudí", "Arabia Saudita"}, "BGD": {"Bangladés"},
	"BEL": {"Bélgica"}, "MMR": {"Birmania"}, "BRA": {"Brasil"}, "CMR": {"Camerún"}, "CAN": {"Canadá"}, "KOR": {"Corea del Sur"},
	"PRK": {"Corea del Norte"}, "DNK": {"Dinamarca"}, "EGY": {"Egipto"}, "ARE": {"Emiratos Árabes Unidos"}, "ESP": {"España"},
	"USA": {"Estados Unidos", "EE.UU.", "EEUU"}, "ETH": {"Etiopía"}, "PHL": {"Filipinas"}, "FIN": {"Finlandia"}, "FRA": {"Francia"},
	"HTI": {"Haití"}, "IRQ": {"Irak"}, "IRL": {"Irlanda"}, "ITA": {"Italia"}, "JPN": {"Japón"}, "JOR": {"Jordania"},
	"LBN": {"Líbano"}, "LBY": {"Libia"}, "MWI": {"Malaui"}, "MLI": {"Malí"}, "MAR": {"Marruecos"}, "MRT": {"Mauritania"},
	"MEX": {"México"}, "NOR": {"Noruega"}, "NZL": {"Nueva Zelanda"}, "NLD": {"Países Bajos"}, "PAK": {"Pakistán"}, "PER": {"Perú"},
	"POL": {"Polonia"}, "GBR": {"Reino Unido"}, "CAF": {"República Centroafricana"}, "COD": {"República Democrática del Congo"},
	"SYR": {"Siria"}, "SDN": {"Sudán"}, "SSD": {"Sudán del Sur"}, "SWE": {"Suecia"}, "CHE": {"Suiza"}, "TCD": {"Chad"},
	"TUR": {"Turquía"}, "UKR": {"Ucrania"}, "YEM": {"Yemen"}, "PSE": {"Territorios Palestinos", "Palestina", "Cisjordania", "Franja de Gaza"},
}

// CountryAliases returns the other names fundbot reads for a country
// (countryAliases): "Gaza" and "West Bank" for Palestine. The slice is
// shared: do not change it.
func CountryAliases(code string) []string { return countryAliases[code] }

// countryParts are the aliases of a country that name one part of it
// only: money "for the Agency's work in Jordan, Lebanon, Syria and the
// West Bank" is Palestine's, but not the Gaza Strip's.
var countryParts = map[string][]string{
	"PSE": {"Gaza", "West Bank", "East Jerusalem"},
	"PHL": {"Mindanao"},
}

// CountryPartsNamed returns the parts of country code that text names as
// words ("Gaza" in "the Gaza Strip"), in countryParts's order.
func CountryPartsNamed(code, text string) []string {
	var out []string
	for _, p := range countryParts[code] {
		if containsWordFold(text, p) {
			out = append(out, p)
		}
	}
	return out
}

// containsWordFold reports whether text holds w as whole words, ignoring
// case.
func containsWordFold(text, w string) bool {
	lt, lw := strings.ToLower(text), strings.ToLower(w)
	for i := 0; ; {
		j := strings.Index(lt[i:], lw)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(lw)
		before, _ := utf8.DecodeLastRuneInString(lt[:at])
		after, _ := utf8.DecodeRuneInString(lt[end:])
		if (at == 0 || !unicode.IsLetter(before)) && (end == len(lt) || !unicode.IsLetter(after)) {
			return true
		}
		i = at + 1
	}
}

// capitalOnly are aliases that are also ordinary words when not written in
// capitals ("us"); they match only as written.
var capitalOnly = map[string]bool{"US": true, "UK": true, "CAR": true, "UAE": true, "KSA": true, "DRC": true, "DPRK": true, "USA": true, "FYROM": true}

// demonyms maps the adjectives and nouns for a country's people and
// government ("Tanzanian government", "Rwandan refugees") to alpha-3 codes.
// Ambiguous ones ("Congolese", "Korean", "Guinean") are left out.
var demonyms = map[string]string{
	"Afghan": "AFG", "Afghans": "AFG", "Albanian": "ALB", "Algerian": "DZA", "Angolan": "AGO",
	"Argentine": "ARG", "Argentinian": "ARG", "Armenian": "ARM", "Australian": "AUS", "Austrian": "AUT",
	"Azerbaijani": "AZE", "Bahraini": "BHR", "Bangladeshi": "BGD", "Belarusian": "BLR", "Belgian": "BEL",
	"Beninese": "BEN", "Bhutanese": "BTN", "Bolivian": "BOL", "Bosnian": "BIH", "Botswanan": "BWA", "Brazilian": "BRA",
	"British": "GBR", "Bulgarian": "BGR", "Burkinabe": "BFA", "Burkinabè": "BFA", "Burmese": "MMR", "Burundian": "BDI",
	"Cambodian": "KHM", "Cameroonian": "CMR", "Canadian": "CAN", "Chadian": "TCD", "Chilean": "CHL", "Chinese": "CHN",
	"Colombian": "COL", "Comorian": "COM", "Costa Rican": "CRI", "Croatian": "HRV", "Cuban": "CUB", "Cypriot": "CYP",
	"Czech": "CZE", "Danish": "DNK", "Djiboutian": "DJI", "Dominican": "DOM", "Dutch": "NLD", "Ecuadorian": "ECU",
	"Egyptian": "EGY", "Emirati": "ARE", "Eritrean": "ERI", "Estonian": "EST", "Ethiopian": "ETH", "Fijian": "FJI",
	"Filipino": "PHL", "Finnish": "FIN", "French": "FRA", "Gabonese": "GAB", "Gambian": "GMB", "Georgian": "GEO",
	"German": "DEU", "Ghanaian": "GHA", "Greek": "GRC", "Guatemalan": "GTM", "Haitian": "HTI", "Honduran": "HND",
	"Hungarian": "HUN", "Icelandic": "ISL", "Indian": "IND", "Indonesian": "IDN", "Iranian": "IRN", "Iraqi": "IRQ",
	"Irish": "IRL", "Israeli": "ISR", "Italian": "ITA", "Ivorian": "CIV", "Jamaican": "JAM", "Japanese": "JPN",
	"Jordanian": "JOR", "Kazakh": "KAZ", "Kazakhstani": "KAZ", "Kenyan": "KEN", "Kosovar": "XKX", "Kuwaiti": "KWT",
	"Kyrgyz": "KGZ", "Lao": "LAO", "Laotian": "LAO", "Latvian": "LVA", "Lebanese": "LBN", "Liberian": "LBR",
	"Libyan": "LBY", "Lithuanian": "LTU", "Luxembourgish": "LUX", "Malagasy": "MDG", "Malawian": "MWI",
	"Malaysian": "MYS", "Maldivian": "MDV", "Malian": "MLI", "Maltese": "MLT", "Mauritanian": "MRT",
	"Mexican": "MEX", "Moldovan": "MDA", "Mongolian": "MNG", "Montenegrin": "MNE", "Moroccan": "MAR",
	"Mozambican": "MOZ", "Namibian": "NAM", "Nepalese": "NPL", "Nepali": "NPL", "New Zealand": "NZL",
	"Nicaraguan": "NIC", "Nigerian": "NGA", "Nigerien": "NER", "Norwegian": "NOR", "Omani": "OMN",
	"Pakistani": "PAK", "Palestinian": "PSE", "Panamanian": "PAN", "Paraguayan": "PRY", "Peruvian": "PER",
	"Philippine": "PHL", "Polish": "POL", "Portuguese": "PRT", "Qatari": "QAT", "Romanian": "ROU",
	"Russian": "RUS", "Rwandan": "RWA", "Rwandese": "RWA", "Salvadoran": "SLV", "Samoan": "WSM", "Saudi": "SAU",
	"Senegalese": "SEN", "Serbian": "SRB", "Sierra Leonean": "SLE", "Singaporean": "SGP", "Slovak": "SVK",
	"Slovenian": "SVN", "Somali": "SOM", "Somalian": "SOM", "South African": "ZAF", "South Sudanese": "SSD",
	"Spanish": "ESP", "Sri Lankan": "LKA", "Sudanese": "SDN", "Swedish": "SWE", "Swiss": "CHE", "Syrian": "SYR",
	"Taiwanese": "TWN", "Tajik": "TJK", "Tajikistani": "TJK", "Tanzanian": "TZA", "Thai": "THA", "Timorese": "TLS",
	"Togolese": "TGO", "Tongan": "TON", "Tunisian": "TUN", "Turkish": "TUR", "Turkmen": "TKM", "Ugandan": "UGA",
	"Ukrainian": "UKR", "Uruguayan": "URY", "Uzbek": "UZB", "Venezuelan": "VEN", "Vietnamese": "VNM",
	"Yemeni": "YEM", "Zambian": "ZMB", "Zimbabwean": "ZWE", "Sahrawi": "ESH",
	"Congolese": "", "Korean": "", "Guinean": "",
}

// capitalisedOnly are country names that are also ordinary English words;
// in running text they count only when capitalised.
var capitalisedOnly = map[string]bool{"turkey": true, "chad": true, "jordan": true, "georgia": true, "guinea": true, "china": true, "niger": true, "lao": true, "opt": true}

// regions are named regions that are facts of their own, never mapped to
// countries: the canonical name, then other ways to write it.
var regions = [][]string{
	{"Horn of Africa"},
	{"Sub-Saharan Africa", "Subsaharan Africa", "sub-Saharan Africa"},
	{"West Africa", "Western Africa", "West African countries", "West African nations"},
	{"East Africa", "Eastern Africa", "East African countries", "East African nations"},
	{"Central Africa"},
	{"North Africa", "Northern Africa"},
	{"Southern Africa"},
	{"Great Lakes", "Great Lakes region", "African Great Lakes"},
	{"Sahel", "the Sahel", "Sahelian countries", "Sahel countries"},
	{"Lake Chad Basin", "Lake Chad region", "Lake Chad"},
	{"Middle East", "the Middle East", "Oriente Medio", "Oriente Próximo"},
	{"Middle East and North Africa", "MENA"},
	{"Central Asia"},
	{"South Asia", "Southern Asia"},
	{"Southeast Asia", "South-East Asia", "South East Asia"},
	{"East Asia"},
	{"Asia-Pacific", "Asia Pacific", "Asia and the Pacific", "Asia and Pacific"},
	{"Pacific", "the Pacific", "Pacific Islands"},
	{"Latin America", "Latin American countries", "Latin American nations", "América Latina", "Latinoamérica"},
	{"Latin America and the Caribbean", "Latin America and Caribbean"},
	{"Central America", "Central American countries", "Central American nations", "Centroamérica"},
	{"South America"},
	{"Caribbean", "the Caribbean", "Caribbean countries", "Caribbean nations"},
	{"Andean region"},
	{"Western Balkans", "the Western Balkans", "West Balkans", "West Balkan countries", "Western Balkan countries"},
	{"Arab States", "the Arab States", "Arab region", "the Arab region"},
	{"Balkans", "the Balkans"},
	{"South Caucasus", "Southern Caucasus"},
	{"Caucasus", "the Caucasus"},
	{"Mediterranean", "the Mediterranean"},
	{"Gulf of Aden"},
	{"Arabian Peninsula"},
	{"Eastern Europe"},
	{"Southeast Europe", "South-East Europe", "South East Europe", "South-Eastern Europe", "South Eastern Europe", "Southeastern Europe"},
	// Continents and the UN's M49 regions, and the groupings releases use.
	{"Africa", "African countries", "African nations"}, {"Asia", "Asian countries", "Asian nations"}, {"Europe"}, {"Americas", "the Americas"}, {"Oceania"},
	{"Western Asia"}, {"South-eastern Asia"}, {"Eastern Asia"}, {"Middle Africa"},
	{"Northern Europe"}, {"Southern Europe"}, {"Western Europe"}, {"Northern America"},
	{"Near East", "the Near East"}, {"Near East and North Africa", "NENA"}, {"Asia and Oceania"},
	// The UN agencies' regional groupings, one region each: "$29 million
	// ... for the East Asia and Pacific region, and the remaining $10
	// million ... to the eastern and southern Africa region".
	{"East Asia and the Pacific", "East Asia and Pacific", "East Asia-Pacific"},
	{"Eastern and Southern Africa", "East and Southern Africa"},
	{"West and Central Africa", "Western and Central Africa"},
	{"Europe and Central Asia"},
	{"Indo-Pacific", "the Indo-Pacific"}, {"Middle East and North Africa region"},
}

// nameTable is the folded-name lookup built once from the ISO package and
// the tables above.
type nameTable struct {
	byName   map[string]string // folded name or alias -> alpha-3
	byCode   map[string]string // alpha-2 or alpha-3 in capitals -> alpha-3
	capOnly  map[string]string // aliases matched only in capitals -> alpha-3
	names    map[string]string // alpha-3 -> common name
	demonym  map[string]string // folded demonym -> alpha-3
	region   map[string]string // folded region name -> canonical name
	fuzzy    []fuzzyName       // names for typo matching
	maxWords int               // longest name, in words
	first    map[string]bool   // word prefixes ("democratic", "democratic republic") of every name, alias, demonym and region
	french   map[string]bool   // folded French and Spanish names (frenchNames, spanishNames), read only with a capital
}

type fuzzyName struct {
	fold    string
	runes   []rune
	hist    letterHist
	letters int
	code    string
}

var table = sync.OnceValue(func() *nameTable {
	t := &nameTable{
		byName:  map[string]string{},
		byCode:  map[string]string{},
		capOnly: map[string]string{},
		names:   map[string]string{},
		demonym: map[string]string{},
		region:  map[string]string{},
		first:   map[string]bool{},
		french:  map[string]bool{},
	}
	add := func(name, code string) {
		f := Fold(name)
		f = strings.TrimPrefix(f, "the ")
		if f == "" {
			return
		}
		if _, ok := t.byName[f]; !ok {
			t.byName[f] = code
		}
		if n := strings.Count(f, " ") + 1; n > t.maxWords {
			t.maxWords = n
		}
	}
	for _, c := range countries.All() {
		code := c.Alpha3()
		if code == "" || code == "ANT" || code == "YUG" {
			continue // no longer in ISO 3166-1
		}
		iso := c.String()
		name := iso
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i]
		}
		if n, ok := commonNames[code]; ok {
			name = n
		}
		t.names[code] = name
		t.byCode[code] = code
		if a2 := c.Alpha2(); a2 != "" {
			t.byCode[a2] = code
		}
		add(name, code)
		add(iso, code)
		if i := strings.Index(iso, " ("); i > 0 {
			// "Tanzania (United Republic of)" -> "United Republic of Tanzania".
			inner := strings.TrimSuffix(iso[i+2:], ")")
			if strings.HasSuffix(inner, " of") {
				add(inner+" "+iso[:i], code)
			} else {
				add(inner, code)
			}
		}
	}
	for code, as := range countryAliases {
		for _, a := range as {
			if capitalOnly[a] {
				t.capOnly[a] = code
				continue
			}
			add(a, code)
		}
	}
	// "Congo" alone is the Republic of the Congo in ISO usage.
	t.byName["congo"] = "COG"
	for d, code := range demonyms {
		if code != "" {
			t.demonym[Fold(d)] = code
		}
	}
	for _, rs := range regions {
		for _, r := range rs {
			f := strings.TrimPrefix(Fold(r), "the ")
			if strings.ToUpper(r) == r {
				t.capOnly[r] = "region:" + rs[0]
				continue
			}
			t.region[f] = rs[0]
			if n := strings.Count(f, " ") + 1; n > t.maxWords {
				t.maxWords = n
			}
		}
	}
	for f, code := range t.byName {
		n := 0
		for _, r := range f {
			if r != ' ' {
				n++
			}
		}
		t.fuzzy = append(t.fuzzy, fuzzyName{fold: f, letters: n, code: code})
	}
	// By length, so that MatchCountry looks only at names of about the
	// length of what it is given.
	slices.SortFunc(t.fuzzy, func(a, b fuzzyName) int {
		if a.letters != b.letters {
			return a.letters - b.letters
		}
		return strings.Compare(a.fold, b.fold)
	})
	// After the typo list: a French or Spanish name is read as written,
	// or not.
	for _, names := range []map[string][]string{frenchNames, spanishNames} {
		for code, ns := range names {
			for _, n := range ns {
				if f := Fold(n); t.byName[f] == "" {
					add(n, code)
					t.french[f] = true
				}
			}
		}
	}
	addPrefixes := func(k string) {
		for i := 0; i <= len(k); i++ {
			if i == len(k) || k[i] == ' ' {
				t.first[k[:i]] = true
			}
		}
	}
	for _, m := range []map[string]string{t.byName, t.demonym, t.region} {
		for k := range m {
			addPrefixes(k)
		}
	}
	for k := range t.capOnly {
		addPrefixes(Fold(k))
	}
	for i := range t.fuzzy {
		t.fuzzy[i].runes = []rune(t.fuzzy[i].fold)
		t.fuzzy[i].hist = histogram(t.fuzzy[i].fold)
	}
	return t
})

func (t *nameTable) country(code string) Country { return Country{Code: code, Name: t.names[code]} }

// LookupCountry finds the country s names exactly, after folding case,
// accents and punctuation: a common name ("Tanzania"), an official name
// ("United Republic of Tanzania"), an alias ("Ivory Coast", "DRC") or, when
// written in capitals, an ISO alpha-2 or alpha-3 code ("KE", "KEN").
func LookupCountry(s string) (Country, bool) {
	t := table()
	s = strings.TrimSpace(s)
	if s == "" {
		return Country{}, false
	}
	if code, ok := t.capOnly[s]; ok && !strings.HasPrefix(code, "region:") {
		return t.country(code), true
	}
	if isUpperCode(s) {
		if code, ok := t.byCode[s]; ok {
			return t.country(code), true
		}
	}
	f := strings.TrimPrefix(Fold(s), "the ")
	if code, ok := t.byName[f]; ok {
		return t.country(code), true
	}
	return Country{}, false
}

func isUpperCode(s string) bool {
	if len(s) != 2 && len(s) != 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// notTypos are ordinary words within one edit of a short country name; they
// never match one by typo.
var notTypos = map[string]bool{
	"mail": true, "main": true, "male": true, "iron": true, "chat": true, "cube": true, "toga": true,
	"lags": true, "peri": true, "pure": true, "oman": true, "omen": true, "spin": true, "plain": true,
	"again": true, "chin": true, "chine": true, "nepali": true, "indian": true,
	"malt": true, "cuban": true, "kenyan": true, "somali": true,
}

// MatchCountry is LookupCountry, then a match that forgives a small typo:
// a Damerau-Levenshtein distance of at most 1 for names of 4 to 6 letters
// and at most 2 for longer ones, when exactly one country is nearest
// ("tajikstan" is Tajikistan, "Kirgizstan" Kyrgyzstan). Words shorter than
// four letters never match by typo.
func MatchCountry(s string) (Country, bool) {
	if c, ok := LookupCountry(s); ok {
		return c, true
	}
	t := table()
	f := strings.TrimPrefix(Fold(s), "the ")
	letters := 0
	for _, r := range f {
		if r != ' ' {
			letters++
		}
	}
	if letters < 4 || notTypos[f] {
		return Country{}, false
	}
	if _, ok := t.demonym[f]; ok {
		return Country{}, false
	}
	best, bestCode, ambiguous := 3, "", false
	fr := []rune(f)
	hist := histogram(f)
	var buf []int
	from := sort.Search(len(t.fuzzy), func(i int) bool { return t.fuzzy[i].letters >= letters-2 })
	for _, n := range t.fuzzy[from:] {
		if n.letters > letters+2 {
			break
		}
		limit := 2
		switch {
		case n.letters < 4:
			continue
		case n.letters <= 6:
			limit = 1
		}
		if letters <= 6 && limit > 1 {
			limit = 1
		}
		if abs(n.letters-letters) > limit {
			continue
		}
		if n.letters <= 4 && n.fold[0] != f[0] {
			continue // "iron" is not "Iran"'s typo
		}
		if hist.distance(n.hist) > 2*limit {
			continue // each edit changes the letter counts by 2 at most
		}
		d := damerau(fr, n.runes, limit, &buf)
		if d > limit {
			continue
		}
		switch {
		case d < best:
			best, bestCode, ambiguous = d, n.code, false
		case d == best && n.code != bestCode:
			ambiguous = true
		}
	}
	if bestCode == "" || ambiguous {
		return Country{}, false
	}
	return t.country(bestCode), true
}

// letterHist counts the letters a to z of a folded name, and all other
// characters together in the last slot.
type letterHist [27]int8

func histogram(s string) letterHist {
	var h letterHist
	for _, r := range s {
		switch {
		case r == ' ':
		case r >= 'a' && r <= 'z':
			h[r-'a']++
		default:
			h[26]++
		}
	}
	return h
}

// distance is the L1 distance between two histograms.
func (h letterHist) distance(o letterHist) int {
	d := 0
	for i := range h {
		d += abs(int(h[i]) - int(o[i]))
	}
	return d
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// damerau returns the optimal-string-alignment distance between a and b,
// or limit+1 once it is sure to exceed limit. buf is scratch space,
// reused between calls.
func damerau(a, b []rune, limit int, buf *[]int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	w := len(b) + 1
	if cap(*buf) < 3*w {
		*buf = make([]int, 3*w)
	}
	rows := (*buf)[:3*w]
	prev2, prev, cur := rows[:w], rows[w:2*w], rows[2*w:]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// LookupRegion finds the named region s stands for ("horn of africa",
// "Sub-Saharan Africa") and returns its canonical name.
func LookupRegion(s string) (string, bool) {
	t := table()
	s = strings.TrimSpace(s)
	if code, ok := t.capOnly[s]; ok && strings.HasPrefix(code, "region:") {
		return strings.TrimPrefix(code, "region:"), true
	}
	r, ok := t.region[strings.TrimPrefix(Fold(s), "the ")]
	return r, ok
}

// Mention is a country or region named in a text, with its byte span.
type Mention struct {
	Start, End int
	Country    Country // set for a country
	Region     string  // set for a region
	Demonym    bool    // named by an adjective ("Rwandan")
}

// Mentions returns the countries and regions named in text, in order,
// longest names first where they overlap ("South Sudan", not "Sudan").
func Mentions(text string) []Mention {
	t := table()
	ws := words(text)
	var out []Mention
	for i := 0; i < len(ws); {
		if !t.first[ws[i].fold] {
			i++
			continue
		}
		// The longest run of words from i that could start a name.
		keys := []string{ws[i].fold}
		for k := i + 1; k < len(ws) && k-i < t.maxWords; k++ {
			next := keys[len(keys)-1] + " " + ws[k].fold
			if !t.first[next] {
				break
			}
			keys = append(keys, next)
		}
		matched := false
		for n := len(keys); n >= 1; n-- {
			key := keys[n-1]
			start, end := ws[i].start, ws[i+n-1].end
			orig := text[start:end]
			// "the Pacific Northwest", a part of the United States, is
			// no mention of the Pacific; "the Indian Ocean tsunami", "the
			// South China Sea" none of India or China.
			if i+n < len(ws) && compassAfter[text[ws[i+n].start:ws[i+n].end]] {
				continue
			}
			// "New Jersey", "New Mexico": a state named after a country
			// is not the country.
			if i > 0 && text[ws[i-1].start:ws[i-1].end] == "New" && ws[i-1].end+1 == ws[i].start {
				continue
			}
			// "US$ 5 million", "US dollars": a currency, not the
			// country.
			if code := t.capOnly[orig]; code == "USA" && usCurrencyAfter(text[end:]) {
				continue
			}
			// "the U.S. Fund for UNICEF", "Australia for UNHCR": an
			// agency's national committee, no place.
			if committeeAfter(text[end:]) {
				continue
			}
			m := Mention{Start: start, End: end}
			if code, ok := t.capOnly[orig]; ok {
				if r, isRegion := strings.CutPrefix(code, "region:"); isRegion {
					m.Region = r
				} else {
					m.Country = t.country(code)
				}
			} else if r, ok := t.region[key]; ok && (n > 1 || startsUpper(orig)) {
				m.Region = r
			} else if code, ok := t.byName[key]; ok && (!capitalisedOnly[key] && !t.french[key] || startsUpper(orig)) && (n > 1 || len(key) > 2) {
				m.Country = t.country(code)
			} else if code, ok := t.demonym[key]; ok && startsUpper(orig) {
				m.Country = t.country(code)
				m.Demonym = true
			} else {
				continue
			}
			// ("U.S.dollars", "U.S. dollar" however the name was found:
			// the currency.)
			if m.Country.Code == "USA" && usCurrencyAfter(text[end:]) {
				continue
			}
			// "the Republic of Mali", "the Kingdom of Lesotho": a
			// country's formal name is one mention, so that a list joins
			// it as it joins "Mali" ("Chad and the Republic of Niger").
			if m.Country.Code != "" && !m.Demonym {
				m.Start -= formalPrefixLen(text[:start])
			}
			out = append(out, m)
			i += n
			matched = true
			break
		}
		if !matched {
			i++
		}
	}
	return out
}

// formalPrefixes open a country's formal name.
var formalPrefixes = []string{"Republic of ", "Kingdom of ", "State of ", "Sultanate of ", "Principality of ", "Grand Duchy of "}

// formalPrefixLen is the length of the formal prefix ("Republic of ",
// "Islamic Republic of the ") that before ends with, or 0.
func formalPrefixLen(before string) int {
	b := strings.TrimSuffix(before, "the ")
	for _, p := range formalPrefixes {
		if !strings.HasSuffix(b, p) {
			continue
		}
		n := len(before) - len(b) + len(p)
		// "Federal Republic of", "Islamic Republic of": one word more.
		rest := strings.TrimSuffix(b[:len(b)-len(p)], " ")
		if k := strings.LastIndex(rest, " ") + 1; k < len(rest) && startsUpper(rest[k:]) && len(rest)-k > 2 && rest[k:] != "The" {
			if w := rest[k:]; w == "Federal" || w == "Islamic" || w == "Democratic" || w == "United" || w == "Arab" || w == "Socialist" || w == "Hashemite" || w == "Cooperative" {
				n += len(b[:len(b)-len(p)]) - k
			}
		}
		return n
	}
	return 0
}

// usCurrencyAfter reports whether after, the text after "US" or "U.S.",
// goes on with a currency's name: "US$ 5 million", "US dollars".
func usCurrencyAfter(after string) bool {
	a := strings.TrimLeft(after, " .-\u00a0") // ("U.S.dollars": the mention may end before its full stop)
	if strings.HasPrefix(a, "$") {
		return true
	}
	a = strings.ToLower(a)
	return strings.HasPrefix(a, "dollar") || strings.HasPrefix(a, "cent") || strings.HasPrefix(a, "currency")
}

// committeeAfter reports whether after, the text after a country's name,
// makes it an agency's national committee or fund: " Fund for UNICEF",
// " Committee for UNICEF", " for UNHCR".
func committeeAfter(after string) bool {
	// ("U.S." may end its mention before its last full stop.)
	rest, ok := strings.CutPrefix(strings.TrimPrefix(after, "."), " ")
	if !ok {
		return false
	}
	agencies := []string{"UNICEF", "UNHCR", "UNFPA", "UNRWA", "WFP", "UN Women"}
	named := false
	for _, w := range []string{"Fund for ", "Committee for ", "Association for ", "National Committee for "} {
		if r, ok := strings.CutPrefix(rest, w); ok {
			rest, named = strings.TrimPrefix(r, "the "), true
			// "the Japan Committee for the United Nations": with the
			// word of a committee, the UN too.
			agencies = append(agencies, "United Nations", "UN")
			break
		}
	}
	if !named {
		r, ok := strings.CutPrefix(rest, "for ")
		if !ok {
			return false
		}
		rest = r
	}
	for _, a := range agencies {
		if r, ok := strings.CutPrefix(rest, a); ok && (r == "" || !unicode.IsLetter(rune(r[0]))) {
			return true
		}
	}
	return false
}

// compassAfter are the words that, written after a place's name, name
// another area: "Pacific Northwest", "Indian Ocean", "South China Sea".
var compassAfter = map[string]bool{"Northwest": true, "Northeast": true, "Southwest": true, "Southeast": true, "Ocean": true, "Sea": true}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// FindCountries returns the countries a text mentions, once each, in order
// of first mention: by name ("Kenya"), alias ("Ivory Coast") or demonym
// ("Tanzanian government", "Rwandan refugees"). Regions are not countries:
// see FindRegions.
func FindCountries(text string) []Country {
	var out []Country
	for _, m := range Mentions(text) {
		if m.Country.Code != "" && !slices.Contains(out, m.Country) {
			out = append(out, m.Country)
		}
	}
	return out
}

// FindRegions returns the named regions a text mentions ("Horn of Africa"),
// once each, in order of first mention, by canonical name.
func FindRegions(text string) []string {
	var out []string
	for _, m := range Mentions(text) {
		if m.Region != "" && !slices.Contains(out, m.Region) {
			out = append(out, m.Region)
		}
	}
	return out
}

// aidGivers are the countries that give official development and
// humanitarian aid rather than receive it: the members of the OECD's
// Development Assistance Committee (2024) and the Gulf donors that report
// their aid to it. A country not listed may give too (China, India,
// Turkey); the list only tells, of two governments that sign a grant
// agreement together, which one gives.
var aidGivers = map[string]bool{
	"AUS": true, "AUT": true, "BEL": true, "CAN": true, "CZE": true, "DNK": true, "EST": true, "FIN": true,
	"FRA": true, "DEU": true, "GRC": true, "HUN": true, "ISL": true, "IRL": true, "ITA": true, "JPN": true,
	"KOR": true, "LTU": true, "LUX": true, "NLD": true, "NZL": true, "NOR": true, "POL": true, "PRT": true,
	"SVK": true, "SVN": true, "ESP": true, "SWE": true, "CHE": true, "GBR": true, "USA": true,
	"SAU": true, "ARE": true, "KWT": true, "QAT": true,
}

// AidGiver reports whether the country of alpha-3 code gives aid rather
// than receives it (aidGivers).
func AidGiver(code string) bool { return aidGivers[code] }

// capitals maps a capital city's name, folded, to its country's alpha-3
// code: "ottawa" to "CAN".
var capitals = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, c := range countries.All() {
		code := c.Alpha3()
		name := c.Capital().String()
		if code == "" || name == "" || name == countries.UnknownMsg {
			continue
		}
		out[Fold(name)] = code
	}
	return out
})

// CapitalCountry returns the country whose capital city is named s
// ("Ottawa", "Tokyo"), as news headlines name a government by its seat.
func CapitalCountry(s string) (Country, bool) {
	code, ok := capitals()[Fold(strings.TrimSpace(s))]
	if !ok {
		return Country{}, false
	}
	return LookupCountry(code)
}
