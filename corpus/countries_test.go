package corpus

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Côte d'Ivoire", "cote d ivoire"},
		{"  Türkiye  ", "turkiye"},
		{"Congo-Brazzaville", "congo brazzaville"},
		{"U.S.A.", "u s a"},
		{"São Tomé and Príncipe", "sao tome and principe"},
		{"How much does KENYA get?", "how much does kenya get"},
		{"Japan’s “contribution” – USD 37.9 million", "japan s contribution usd 37 9 million"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLookupCountry(t *testing.T) {
	tests := []struct {
		in     string
		want   Country
		wantOK bool
	}{
		{"Kenya", Country{"KEN", "Kenya"}, true},
		{"kenya", Country{"KEN", "Kenya"}, true},
		{"Tanzania", Country{"TZA", "Tanzania"}, true},
		{"United Republic of Tanzania", Country{"TZA", "Tanzania"}, true},
		{"Tanzania, United Republic of", Country{"TZA", "Tanzania"}, true},
		{"Kyrgyz Republic", Country{"KGZ", "Kyrgyzstan"}, true},
		{"Côte d'Ivoire", Country{"CIV", "Côte d'Ivoire"}, true},
		{"Cote d’Ivoire", Country{"CIV", "Côte d'Ivoire"}, true},
		{"Ivory Coast", Country{"CIV", "Côte d'Ivoire"}, true},
		{"DRC", Country{"COD", "Democratic Republic of the Congo"}, true},
		{"DR Congo", Country{"COD", "Democratic Republic of the Congo"}, true},
		{"the Democratic Republic of the Congo", Country{"COD", "Democratic Republic of the Congo"}, true},
		{"Congo-Brazzaville", Country{"COG", "Republic of the Congo"}, true},
		{"Laos", Country{"LAO", "Laos"}, true},
		{"Lao People's Democratic Republic", Country{"LAO", "Laos"}, true},
		{"Syria", Country{"SYR", "Syria"}, true},
		{"KSA", Country{"SAU", "Saudi Arabia"}, true},
		{"Kingdom of Saudi Arabia", Country{"SAU", "Saudi Arabia"}, true},
		{"Syrian Arab Republic", Country{"SYR", "Syria"}, true},
		{"Russia", Country{"RUS", "Russia"}, true},
		{"Russian Federation", Country{"RUS", "Russia"}, true},
		{"South Korea", Country{"KOR", "South Korea"}, true},
		{"Republic of Korea", Country{"KOR", "South Korea"}, true},
		{"North Korea", Country{"PRK", "North Korea"}, true},
		{"Iran", Country{"IRN", "Iran"}, true},
		{"Islamic Republic of Iran", Country{"IRN", "Iran"}, true},
		{"Viet Nam", Country{"VNM", "Vietnam"}, true},
		{"Vietnam", Country{"VNM", "Vietnam"}, true},
		{"Bolivia", Country{"BOL", "Bolivia"}, true},
		{"Moldova", Country{"MDA", "Moldova"}, true},
		{"Palestine", Country{"PSE", "Palestine"}, true},
		{"occupied Palestinian territory", Country{"PSE", "Palestine"}, true},
		{"Türkiye", Country{"TUR", "Türkiye"}, true},
		{"Turkey", Country{"TUR", "Türkiye"}, true},
		{"Czechia", Country{"CZE", "Czechia"}, true},
		{"Czech Republic", Country{"CZE", "Czechia"}, true},
		{"Myanmar", Country{"MMR", "Myanmar"}, true},
		{"Burma", Country{"MMR", "Myanmar"}, true},
		{"Cabo Verde", Country{"CPV", "Cabo Verde"}, true},
		{"Cape Verde", Country{"CPV", "Cabo Verde"}, true},
		{"Eswatini", Country{"SWZ", "Eswatini"}, true},
		{"Swaziland", Country{"SWZ", "Eswatini"}, true},
		{"UK", Country{"GBR", "United Kingdom"}, true},
		{"United Kingdom", Country{"GBR", "United Kingdom"}, true},
		{"USA", Country{"USA", "United States"}, true},
		{"United States of America", Country{"USA", "United States"}, true},
		{"South Sudan", Country{"SSD", "South Sudan"}, true},
		{"KEN", Country{"KEN", "Kenya"}, true},
		{"KE", Country{"KEN", "Kenya"}, true},
		{"JPN", Country{"JPN", "Japan"}, true},
		// Codes count only in capitals: these are words.
		{"ken", Country{}, false},
		{"us", Country{}, false},
		{"in", Country{}, false},
		{"iom", Country{}, false},
		{"IOM", Country{}, false},
		{"", Country{}, false},
		{"Horn of Africa", Country{}, false},
		{"Japanese", Country{}, false},
	}
	for _, tc := range tests {
		got, ok := LookupCountry(tc.in)
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("LookupCountry(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.wantOK)
		}
	}
}

func TestMatchCountry(t *testing.T) {
	tests := []struct {
		in   string
		want string // alpha-3, "" for no match
	}{
		{"tajikstan", "TJK"},
		{"Kirgizstan", "KGZ"},
		{"Pakistn", "PAK"},
		{"Afganistan", "AFG"},
		{"somalai", "SOM"},
		{"Kenia", "KEN"},
		{"tanzanai", "TZA"},
		{"Japan", "JPN"},
		{"japn", "JPN"},
		{"Kyrgystan", "KGZ"},
		// Near misses and ordinary words never match.
		{"in", ""},
		{"give", ""},
		{"much", ""},
		{"iom", ""},
		{"does", ""},
		{"main", ""},
		{"mail", ""},
		{"iron", ""},
		{"spin", ""},
		{"money", ""},
		{"total", ""},
		{"share", ""},
		{"about", ""},
		{"Japanese", ""},
		{"Kenyan", ""},
		{"Jordanian", ""},
		{"Sweden Norway", ""},
		{"Austrlia Austria", ""},
	}
	for _, tc := range tests {
		got, ok := MatchCountry(tc.in)
		if got.Code != tc.want || ok != (tc.want != "") {
			t.Errorf("MatchCountry(%q) = %v, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	// An exact name never yields to a near neighbour.
	for _, name := range []string{"Japan", "Jordan", "Spain", "Iran", "Iraq", "Niger", "Nigeria", "Guinea", "Gambia", "Zambia", "Mali", "Malta", "Oman", "Sudan", "South Sudan", "Austria", "Australia"} {
		want, _ := LookupCountry(name)
		if got, ok := MatchCountry(name); !ok || got != want {
			t.Errorf("MatchCountry(%q) = %v, %v; want %v", name, got, ok, want)
		}
	}
}

func TestLookupRegion(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		wantOK bool
	}{
		{"Horn of Africa", "Horn of Africa", true},
		{"the horn of africa", "Horn of Africa", true},
		{"Sub-Saharan Africa", "Sub-Saharan Africa", true},
		{"sub saharan africa", "Sub-Saharan Africa", true},
		{"West Africa", "West Africa", true},
		{"Middle East", "Middle East", true},
		{"Central Asia", "Central Asia", true},
		{"Great Lakes region", "Great Lakes", true},
		{"the Sahel", "Sahel", true},
		{"Southern Africa", "Southern Africa", true},
		{"Latin America", "Latin America", true},
		{"MENA", "Middle East and North Africa", true},
		{"South Africa", "", false},
		{"Kenya", "", false},
		{"Africa", "Africa", true}, // a continent is an M49 region
		{"Africans", "", false},
		{"Lake Chad", "Lake Chad Basin", true}, // the region round the lake, not the country
	}
	for _, tc := range tests {
		got, ok := LookupRegion(tc.in)
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("LookupRegion(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.wantOK)
		}
	}
}

func TestFindCountries(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The funded projects, in Afghanistan, Kenya, Kyrgyzstan, Pakistan and Tanzania, will", []string{"AFG", "KEN", "KGZ", "PAK", "TZA"}},
		{"a request from the Tanzanian government", []string{"TZA"}},
		{"re-integration of Rwandan refugees", []string{"RWA"}},
		{"assistance to the Afghan government", []string{"AFG"}},
		{"Japanese funding will support", []string{"JPN"}},
		{"refugees in South Sudan and Sudan", []string{"SSD", "SDN"}},
		{"the Democratic Republic of the Congo and the Republic of Korea", []string{"COD", "KOR"}},
		{"Papua New Guinea, Guinea-Bissau and Guinea", []string{"PNG", "GNB", "GIN"}},
		{"Le Gouvernement du Japon aide la Suisse, la République démocratique du Congo et le Soudan du Sud", []string{"JPN", "CHE", "COD", "SSD"}},
		{"a suede jacket and a chine of beef", nil},
		{"El Gobierno de España ayuda a Siria, Irak, Afganistán, Sudán del Sur y los Territorios Palestinos", []string{"ESP", "SYR", "IRQ", "AFG", "SSD", "PSE"}},
		{"the peace process in Mindanao", []string{"PHL"}},
		{"Prudential, based in Newark, New Jersey, and a firm in New Mexico gave to New Zealand", []string{"NZL"}},
		{"victims of the Indian Ocean tsunami in Sri Lanka and the South China Sea", []string{"LKA"}},
		{"in Côte d’Ivoire and Cote d'Ivoire", []string{"CIV"}},
		{"How much does kenya get?", []string{"KEN"}},
		// An agency's national committee names no place.
		{"The U.S. Fund for UNICEF and Australia for UNHCR raised money for India and the Japan Committee for UNICEF for Nepal", []string{"IND", "NPL"}},
		{"Japan gives to UNICEF and the US for the UN", []string{"JPN", "USA"}},
		{"the DRC and the UK", []string{"COD", "GBR"}},
		{"How much did the US give?", []string{"USA"}},
		// "US" in a currency's name is no mention of the country.
		{"US$ 5 million, US $2 million, 3 million US dollars and a US-dollar rate", nil},
		{"about 4.6 million U.S.dollars in aid", nil},
		// Ordinary words and regions are not countries.
		{"roast turkey and a chad of paper; guinea pigs", nil},
		{"Horn of Africa, Sub-Saharan Africa and the Middle East", nil},
		{"tell us much in IOM give", nil},
		{"the Sahel and Lake Chad meeting, then money for Chad", []string{"TCD"}},
	}
	for _, tc := range tests {
		var got []string
		for _, c := range FindCountries(tc.text) {
			got = append(got, c.Code)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("FindCountries(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestFindRegions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"migrant vulnerability in the Horn of Africa through", []string{"Horn of Africa"}},
		{"Sub-Saharan Africa, West Africa and the Sahel", []string{"Sub-Saharan Africa", "West Africa", "Sahel"}},
		{"South Africa and southern Africa", []string{"Southern Africa"}},
		{"the Great Lakes region of Africa and the Middle East", []string{"Great Lakes", "Africa", "Middle East"}},
		{"Latin American migrants in Central America", []string{"Central America"}},
		{"$20 million for the East Asia and Pacific region and $8 million for eastern and southern Africa", []string{"East Asia and the Pacific", "Eastern and Southern Africa"}},
		{"Kenya and Somalia", nil},
		{"la ayuda a Centroamérica y a Oriente Medio", []string{"Central America", "Middle East"}},
		{"women in South-Eastern Europe and in Eastern Europe", []string{"Southeast Europe", "Eastern Europe"}},
		{"charities based in the Pacific Northwest", nil},
		{"aid for the Central American countries hit by floods, and for 11 African countries", []string{"Central America", "Africa"}},
		{"the African Union and the African Development Bank", nil},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, FindRegions(tc.text)); diff != "" {
			t.Errorf("FindRegions(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

func BenchmarkFindCountries(b *testing.B) {
	text := "The funded projects, in Afghanistan, Kenya, Kyrgyzstan, Pakistan, Rwanda, Somalia, Sudan, Tajikistan and Tanzania, will also provide technical support to the Tanzanian government in the Horn of Africa."
	table()
	b.ReportAllocs()
	for b.Loop() {
		FindCountries(text)
	}
}

func BenchmarkMatchCountry(b *testing.B) {
	table()
	for _, in := range []string{"Kenya", "Kirgizstan", "about", "humanitarian"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				MatchCountry(in)
			}
		})
	}
}

// TestFoldASCII checks that Fold's ASCII path folds as its path through
// words does, on edge cases and on every text of a synthetic corpus.
func TestFoldASCII(t *testing.T) {
	texts := []string{
		"", " ", "  ", "a", "A", "a b", "a  b", " a", "a ", "a-b", "a--b", "-a-", "U.S.A.", "How much does KENYA get?",
		"already folded text 2011", "already folded text 2011 ", "tab\tseparated", "new\nline", "x,y", "1.5", "C3PO r2d2",
		"\x00\x7f", "~!@#$%^&*()_+`{}|[]\\:\";'<>?,./", "Zz Aa",
	}
	// And random ASCII texts, words and separators mixed.
	const alphabet = "aZ09 .-'\t,Qz  "
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		got, ok := foldASCII(s)
		if !ok {
			continue
		}
		var want []string
		for _, w := range words(s) {
			want = append(want, w.fold)
		}
		if w := strings.Join(want, " "); got != w {
			t.Errorf("foldASCII(%q) = %q, want %q as through words", s, got, w)
		}
	}
	for _, s := range []string{"Côte", "naïve text", "x\u00a0y"} {
		if _, ok := foldASCII(s); ok {
			t.Errorf("foldASCII(%q) folded a text that is not all ASCII", s)
		}
	}
}

func TestSharedWithUN(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Typhoon Haiyan: UK supports UN and Red Cross Disaster Appeals", true},
		{"£30 million to the Red Cross and UN agencies in the Philippines", true},
		{"Japan gives USD 5 million to the UN World Food Programme", false},
		{"£8.5 million to the Red Cross and the Ukrainian Humanitarian Fund", false},
	} {
		if got := SharedWithUN(tc.text); got != tc.want {
			t.Errorf("SharedWithUN(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// words splits ASCII text as it splits any text (asciiWords is its fast
// path for ASCII, unicodeWords the general one).
func TestASCIIWordsAsUnicodeWords(t *testing.T) {
	for _, s := range []string{
		"", " ", "Japan", "/funding How much did Japan give to IOM in 2011?", "  two  spaces ",
		"UN-Habitat's WASH_2 (c) 1999;x", "ALL CAPS and lower", "a", "9", "tab\there\nnew line", "__--__",
		"Côte d'Ivoire", // not ASCII: declined
	} {
		t.Run(s, func(t *testing.T) {
			got, ok := asciiWords(s)
			if isASCII := !strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }); ok != isASCII {
				t.Fatalf("asciiWords(%q) ok = %v, want %v", s, ok, isASCII)
			}
			if !ok {
				return
			}
			if want := unicodeWords(s); !slices.Equal(got, want) {
				t.Errorf("asciiWords(%q) = %+v, want %+v", s, got, want)
			}
		})
	}
}
