// Package corpustest makes synthetic corpora for tests and benchmarks:
// deterministic releases in the style of the seed press release (a donor
// funds a humanitarian organisation's operations in several countries), with
// paragraphs and facts of every kind, built directly as corpus.Release values.
package corpustest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/fundbot/fundbot/corpus"
)

// donors are governments and bodies that fund humanitarian work.
var donors = []string{
	"Japan", "United States", "United Kingdom", "Germany", "Canada", "Australia",
	"Norway", "Sweden", "Denmark", "Netherlands", "Switzerland", "European Union",
	"Republic of Korea", "France", "Italy", "Spain", "Finland", "Ireland",
	"New Zealand", "Belgium", "Austria", "Luxembourg", "Kuwait", "Saudi Arabia",
	"Qatar", "United Arab Emirates", "China", "Brazil", "World Bank", "Central Emergency Response Fund",
}

// recipient is an organisation that receives funds, with facts about it.
type recipient struct {
	short, name, city, founded, members, domain string
}

var recipients = []recipient{
	{"IOM", "International Organization for Migration", "Geneva", "1951", "175", "iom.int"},
	{"UNHCR", "UN Refugee Agency", "Geneva", "1950", "193", "unhcr.org"},
	{"WFP", "World Food Programme", "Rome", "1961", "193", "wfp.org"},
	{"UNICEF", "United Nations Children's Fund", "New York", "1946", "193", "unicef.org"},
	{"WHO", "World Health Organization", "Geneva", "1948", "194", "who.int"},
	{"UNFPA", "United Nations Population Fund", "New York", "1969", "193", "unfpa.org"},
	{"FAO", "Food and Agriculture Organization", "Rome", "1945", "195", "fao.org"},
}

// country is a real ISO 3166 country: alpha-3 code and common English name.
type country struct{ code, name string }

var countries = []country{
	{"AFG", "Afghanistan"}, {"BGD", "Bangladesh"}, {"BFA", "Burkina Faso"}, {"BDI", "Burundi"},
	{"KHM", "Cambodia"}, {"CMR", "Cameroon"}, {"CAF", "Central African Republic"}, {"TCD", "Chad"},
	{"COL", "Colombia"}, {"COD", "Democratic Republic of the Congo"}, {"CIV", "Côte d'Ivoire"},
	{"DJI", "Djibouti"}, {"ECU", "Ecuador"}, {"EGY", "Egypt"}, {"ERI", "Eritrea"}, {"ETH", "Ethiopia"},
	{"GTM", "Guatemala"}, {"GIN", "Guinea"}, {"HTI", "Haiti"}, {"HND", "Honduras"}, {"IND", "India"},
	{"IDN", "Indonesia"}, {"IRQ", "Iraq"}, {"JOR", "Jordan"}, {"KEN", "Kenya"}, {"KGZ", "Kyrgyzstan"},
	{"LBN", "Lebanon"}, {"LBR", "Liberia"}, {"LBY", "Libya"}, {"MDG", "Madagascar"}, {"MWI", "Malawi"},
	{"MLI", "Mali"}, {"MRT", "Mauritania"}, {"MOZ", "Mozambique"}, {"MMR", "Myanmar"}, {"NPL", "Nepal"},
	{"NER", "Niger"}, {"NGA", "Nigeria"}, {"PAK", "Pakistan"}, {"PSE", "Palestine"}, {"PHL", "Philippines"},
	{"RWA", "Rwanda"}, {"SEN", "Senegal"}, {"SLE", "Sierra Leone"}, {"SOM", "Somalia"}, {"SSD", "South Sudan"},
	{"LKA", "Sri Lanka"}, {"SDN", "Sudan"}, {"SYR", "Syria"}, {"TJK", "Tajikistan"}, {"TZA", "Tanzania"},
	{"TLS", "Timor-Leste"}, {"TUR", "Turkey"}, {"UGA", "Uganda"}, {"UKR", "Ukraine"}, {"VEN", "Venezuela"},
	{"VNM", "Viet Nam"}, {"YEM", "Yemen"}, {"ZMB", "Zambia"}, {"ZWE", "Zimbabwe"},
}

var regions = []string{"Horn of Africa", "Sahel", "Sub-Saharan Africa", "Middle East", "Southeast Asia", "Great Lakes region"}

var crises = []string{
	"floods", "drought", "conflict and displacement", "earthquake damage", "cyclone damage",
	"food insecurity", "cholera outbreaks", "returning migrants", "refugee arrivals", "landslides",
}

var activities = []string{
	"provide emergency shelter and non-food items to displaced families",
	"rehabilitate water and sanitation facilities in camps",
	"support the voluntary return and reintegration of migrants",
	"strengthen disaster risk reduction in vulnerable communities",
	"deliver primary health care and psychosocial support",
	"provide cash assistance and livelihood training",
	"build the capacity of border management officials",
	"counter trafficking in persons and assist victims",
	"distribute food rations to households affected by the crisis",
	"register and protect internally displaced persons",
}

var who = []string{
	"flood affected individuals", "internally displaced persons", "refugees and host communities",
	"returning migrants", "vulnerable children and women", "drought affected households",
	"victims of trafficking", "earthquake survivors",
}

var shares = []struct {
	stated  string
	percent float64
	largest bool
}{
	{"roughly 25 per cent", 25, false}, {"almost half", 0, false}, {"one-third", 0, false},
	{"the largest share", 0, true}, {"about 10 per cent", 10, false}, {"some 40 per cent", 40, false},
}

var givenNames = []string{"Yuko", "Jean", "Maria", "Ahmed", "Sarah", "Kenji", "Amina", "Peter", "Lucia", "Omar", "Ingrid", "Chen"}
var familyNames = []string{"Goto", "Dupont", "Garcia", "Hassan", "Smith", "Tanaka", "Diallo", "Muller", "Rossi", "Khan", "Larsen", "Wei"}
var roles = []string{"Director General", "Chief of Mission", "Regional Director", "Head of Operations", "Ambassador", "Minister for Foreign Affairs"}

// fillers pad paragraphs to the seed's length (about 45 words) with
// plausible, searchable prose.
var fillers = []string{
	"The assistance comes at a critical time for communities that have lost their homes and livelihoods.",
	"Humanitarian partners continue to coordinate closely with national authorities and local organisations.",
	"Needs remain high as the number of people on the move keeps rising across the region.",
	"The programme builds on earlier projects that were evaluated positively by independent reviewers.",
	"Funding will also strengthen preparedness so that future emergencies can be met more quickly.",
	"Staff in the field report that access to remote areas has improved over recent months.",
	"Partners stressed that sustained support is needed to move from relief to recovery.",
	"Women and children make up the majority of those who will receive help.",
	"Logistics hubs will be used to pre-position relief supplies before the rainy season.",
	"The donation reflects a long partnership between the two sides on migration and development.",
}

// Synthetic returns a deterministic corpus of n releases in the style of the
// seed release: donors from a list of about thirty countries and bodies,
// recipients such as IOM, UNHCR, WFP and UNICEF, years 2005 to 2025, five to
// nine destination countries with real ISO 3166 names and codes, about twelve
// paragraphs of about 45 words and about eight facts of every kind per
// release. The same n and seed always give the same corpus.
func Synthetic(n int, seed int64) *corpus.Corpus {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x5eed))
	releases := make([]*corpus.Release, 0, n)
	for i := range n {
		releases = append(releases, release(rng, i))
	}
	c, err := corpus.New(releases, "")
	if err != nil {
		// Ids are unique by construction: this is a bug in Synthetic.
		panic(fmt.Sprintf("corpustest: %v", err))
	}
	return c
}

// Write writes c's releases as release files in dir, creating dir if needed,
// so that a whole process can be run on a synthetic corpus.
func Write(dir string, c *corpus.Corpus) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write corpus: %w", err)
	}
	for _, r := range c.Releases {
		b, err := r.Marshal()
		if err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, corpus.FileName(r.ID)), b, 0o644); err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
	}
	return nil
}

// builder assembles one release: paragraphs made of sentences, and facts
// that quote those sentences.
type builder struct {
	rng   *rand.Rand
	r     *corpus.Release
	paras [][]string
}

// para starts a new paragraph with the given sentences and returns its
// 1-based number.
func (b *builder) para(sentences ...string) int {
	b.paras = append(b.paras, sentences)
	return len(b.paras)
}

// fact adds f, taken from sentence of paragraph p.
func (b *builder) fact(p int, sentence string, f corpus.Fact) {
	f.Release = b.r.ID
	f.Paragraph = p
	f.Sentence = sentence
	b.r.Facts = append(b.r.Facts, f)
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func slug(s string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			sb.WriteRune(r)
			dash = false
		} else if !dash && sb.Len() > 0 {
			sb.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(sb.String(), "-")
}

func millions(v float64) string { return fmt.Sprintf("US$ %.1f million", v/1e6) }

func listing(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func release(rng *rand.Rand, i int) *corpus.Release {
	donor := pick(rng, donors)
	rec := pick(rng, recipients)
	year := 2005 + rng.IntN(21)
	dests := make([]country, 0, 9)
	for _, j := range rng.Perm(len(countries))[:5+rng.IntN(5)] {
		dests = append(dests, countries[j])
	}
	names := make([]string, len(dests))
	for j, d := range dests {
		names[j] = d.name
	}
	total := float64(5+rng.IntN(900)) * 1e5 // US$ 0.5 to 90.4 million
	r := &corpus.Release{
		ID:        fmt.Sprintf("%s-%s-%d-%05d", slug(rec.short), slug(donor), year, i),
		Title:     fmt.Sprintf("%s Donates %s to %s Humanitarian Operations for %d", donor, millions(total), rec.short, year),
		Donors:    []string{donor},
		Recipient: rec.short,
		Year:      year,
		Date:      fmt.Sprintf("%02d-%02d-%d", 1+rng.IntN(28), 1+rng.IntN(12), year),
		Source:    "synthetic",
	}
	b := &builder{rng: rng, r: r}
	filler := func() string { return pick(rng, fillers) }

	s := fmt.Sprintf("The Government of %s has committed a total of %s in funding to %s for humanitarian operations in %d.", donor, millions(total), rec.short, year)
	p := b.para(s, fmt.Sprintf("The contribution will support %s programmes in %d countries facing %s.", rec.short, len(dests), pick(rng, crises)), filler())
	b.fact(p, s, corpus.Fact{Kind: corpus.KindAmount, Donor: donor, Recipient: rec.short, Year: year, Total: true,
		Amount: &corpus.Amount{Stated: millions(total), Value: total, Currency: "USD"}})

	s = fmt.Sprintf("The funded projects, in %s, will help %s respond to %s and %s.", listing(names), rec.short, pick(rng, crises), pick(rng, crises))
	p = b.para(s, filler(), filler())
	d := dests[rng.IntN(len(dests))]
	b.fact(p, s, corpus.Fact{Kind: corpus.KindDestination, Country: d.code, CountryName: d.name, Year: year})

	d = dests[0]
	part := float64(1+rng.IntN(int(total/1e5))) * 1e5 / 2
	sh := pick(rng, shares)
	s = fmt.Sprintf("%s will receive %s, %s of the total, to %s.", d.name, millions(part), sh.stated, pick(rng, activities))
	p = b.para(s, filler(), filler())
	b.fact(p, s, corpus.Fact{Kind: corpus.KindAmount, Donor: donor, Recipient: rec.short, Year: year,
		Country: d.code, CountryName: d.name, Amount: &corpus.Amount{Stated: millions(part), Value: part, Currency: "USD"}})
	b.fact(p, s, corpus.Fact{Kind: corpus.KindShare, Country: d.code, CountryName: d.name, Share: sh.stated, Percent: sh.percent, Largest: sh.largest})

	d = dests[1]
	count := (1 + rng.IntN(500)) * 1000
	w := pick(rng, who)
	s = fmt.Sprintf("Approximately %s %s in %s will benefit from the assistance.", thousands(count), w, d.name)
	p = b.para(filler(), s, filler())
	b.fact(p, s, corpus.Fact{Kind: corpus.KindBeneficiaries, Country: d.code, CountryName: d.name,
		Count: count, CountStated: "approximately " + thousands(count), Who: w})

	region := pick(rng, regions)
	d = dests[2]
	act := pick(rng, activities)
	s = fmt.Sprintf("In %s, %s will %s.", d.name, rec.short, act)
	p = b.para(s, fmt.Sprintf("Similar work is planned across the %s.", region), filler())
	b.fact(p, s, corpus.Fact{Kind: corpus.KindActivity, Country: d.code, CountryName: d.name, Region: region, Text: act})

	for _, d := range dests[3:] {
		if len(b.paras) >= 10 {
			break
		}
		b.para(fmt.Sprintf("Operations in %s will %s.", d.name, pick(rng, activities)), filler(), filler())
	}
	for len(b.paras) < 9+rng.IntN(2) {
		b.para(filler(), filler(), filler(), filler())
	}

	person := pick(rng, givenNames) + " " + pick(rng, familyNames)
	role := pick(rng, roles)
	quote := fmt.Sprintf("This support from %s will make a real difference to people affected by %s", donor, pick(rng, crises))
	sq := fmt.Sprintf("“%s,” said %s, %s of %s.", quote, person, role, rec.short)
	so := fmt.Sprintf("%s was founded in %s and today has %s member states.", rec.short, rec.founded, rec.members)
	p = b.para(sq, so, filler())
	switch i % 3 {
	case 0:
		b.fact(p, sq, corpus.Fact{Kind: corpus.KindQuote, Person: person, Who: role, Quote: quote})
	case 1:
		b.fact(p, sq, corpus.Fact{Kind: corpus.KindPerson, Person: person, Who: role, Role: role})
	default:
		b.fact(p, so, corpus.Fact{Kind: corpus.KindOrganisation, Attribute: "founded", Value: rec.founded})
	}

	contact := pick(rng, givenNames) + " " + pick(rng, familyNames)
	office := rec.short + " " + rec.city
	phone := fmt.Sprintf("+41 22 %03d %04d", rng.IntN(1000), rng.IntN(10000))
	email := strings.ToLower(contact[:1]+strings.Fields(contact)[1]) + "@" + rec.domain
	s = fmt.Sprintf("For more information please contact %s at %s, Tel: %s, Email: %s", contact, office, phone, email)
	p = b.para(s)
	b.fact(p, s, corpus.Fact{Kind: corpus.KindContact, Person: contact, Office: office, Phone: phone, Email: email, Year: year})

	for _, sentences := range b.paras {
		r.Paragraphs = append(r.Paragraphs, strings.Join(sentences, " "))
	}
	return r
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	var out []string
	for len(s) > 3 {
		out = append([]string{s[len(s)-3:]}, out...)
		s = s[:len(s)-3]
	}
	return strings.Join(append([]string{s}, out...), ",")
}
