package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// TestGivers: each amount's giver is the one its sentence names as its
// subject; several companies each giving their own amount are the
// release's donors; two donors' share of their joint gift is one part
// each; another donor's money is that donor's. Every name and figure is
// invented.
func TestGivers(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		paras       []string
		donors      []string // the release's donors
		want        []string // "stated=donor" of each amount, "total:" before the total, "context:" before context
	}{
		{"several companies, each its own amount", "Firms give to quake victims in Chile",
			[]string{
				"The Acme Corporation, Borealis Inc., Cobalt and Dynamo Group are giving millions of dollars to help people hit by the earthquake in Chile.",
				"Acme has pledged to give at least $3 million to the Red Cross for relief in the country.",
				"Besides Acme's first gift, the Ohio-based firm has also agreed to match staff donations up to $700,000.",
				"Borealis Inc.—which makes turbines—has contributed $2 million to relief efforts.",
				"Denver-based Cobalt and the Cobalt Foundation will distribute $1 million to two medical charities.",
				"The Dynamo Group will provide $400,000 through three agencies working on the Chile recovery.",
			},
			[]string{"Acme Corporation", "Borealis Inc.", "Cobalt", "Dynamo Group"},
			[]string{"at least $3 million=Acme Corporation", "up to $700,000=Acme Corporation", "$2 million=Borealis Inc.", "$1 million=Cobalt", "$400,000=Dynamo Group"}},
		{"three foundations, each grant its own: by a shorter name, and from the foundation", "Three Foundations Award $3 Million in Flood Relief",
			[]string{
				"The Aldon, Mary and Paul Ridley, and Cole F. Sandor foundations have announced grants totaling $3.2 million to groups helping flood victims in Pakistan.",
				"The Ridley Foundation in Palo Alto, California, announced $1.2 million in emergency grants to two of its grantees.",
				"Atlanta-based CARE announced a $1 million grant from the Aldon Foundation in Radnor, Pennsylvania, to its Flood Relief Fund.",
				"And the American Red Cross announced a $1 million grant from the New York City-based Cole F. Sandor Foundation to its Response Fund.",
			},
			[]string{"Aldon Foundation", "Mary and Paul Ridley Foundation", "Cole F. Sandor Foundation"},
			[]string{"total:$3.2 million=Aldon Foundation, Mary and Paul Ridley Foundation, Cole F. Sandor Foundation", "$1.2 million=Mary and Paul Ridley Foundation", "$1 million=Aldon Foundation", "$1 million=Cole F. Sandor Foundation"}},
		{"two foundations announcing separately: no story total", "More foundations back flood relief",
			[]string{
				"The Harbor Foundation and the Lark Family Foundation have added their support to flood relief in Pakistan.",
				"Last week, the New York, N.Y.-based Harbor Foundation announced on its website a $4 million commitment to help families in Sindh.",
				"In Denver, meanwhile, the Lark Family Foundation announced grants of $300,000 to Mercy Corps.",
			},
			[]string{"Harbor Foundation", "Lark Family Foundation"},
			[]string{"$4 million=Harbor Foundation", "$300,000=Lark Family Foundation"}},
		{"one company beside the release's donor is no second donor", "Norway gives NOK 50 million to UNICEF",
			[]string{
				"Norway has given NOK 50 million to UNICEF for children in Chad.",
				"The Borealis Group will provide NOK 5 million through its own programmes.",
			},
			[]string{"Norway"},
			[]string{"total:NOK 50 million=Norway", "NOK 5 million=Norway"}},
		{"companies beside a government's gift do not take over its donors", "Japan gives $10 million for flood relief in Pakistan",
			[]string{
				"Japan has given $10 million for flood relief in Pakistan.",
				"Of this, $4 million goes to shelter in Sindh.",
				"The Kestrel Group will provide $300,000 and the Lumen Foundation will give $200,000 for clean water.",
			},
			[]string{"Japan"},
			[]string{"total:$10 million=Japan", "$4 million=Japan", "$300,000=Japan", "$200,000=Japan"}},
		{"each donor's share of a joint gift", "Kuwait and Norway sign agreement with UNICEF",
			[]string{
				"On Tuesday, the Kuwait Fund for Arab Economic Development and Norway signed a $6 million agreement with UNICEF to treat malnutrition in Chad.",
				"The Kuwait Fund and the Norwegian Ministry of Foreign Affairs will contribute $3 million to UNICEF.",
			},
			[]string{"Kuwait", "Norway"},
			[]string{"total:$6 million=Kuwait, Norway", "$3 million=Kuwait", "$3 million=Norway"}},
		{"a joint amount that is no share stays joint", "Kuwait and Norway sign agreement with UNICEF",
			[]string{
				"On Tuesday, the Kuwait Fund for Arab Economic Development and Norway signed a $6 million agreement with UNICEF to treat malnutrition in Chad.",
				"The Kuwait Fund and the Norwegian Ministry of Foreign Affairs will contribute $4 million to UNICEF's nutrition work.",
			},
			[]string{"Kuwait", "Norway"},
			[]string{"total:$6 million=Kuwait, Norway", "$4 million=Kuwait, Norway"}},
		{"another donor's money is that donor's", "Austria adds 2 million euro for the Sahel",
			[]string{
				"The Austrian Development Agency has increased its humanitarian aid for the Sahel by another 2 million euro.",
				"The European Commission has raised its pledges by 40 million euro to help people in the region.",
			},
			[]string{"Austria"},
			[]string{"total:2 million euro=Austria", "context:40 million euro=European Union"}},
		{"another donor named in a relative clause", "Belgium gives 5 million euro to UN agencies",
			[]string{
				"Belgium has given 5 million euro to UN humanitarian agencies for 2020.",
				"Belgium also gives through the European Union, which contributed 300 million euro in 2019 for the same cause.",
			},
			[]string{"Belgium"},
			[]string{"total:5 million euro=Belgium", "context:300 million euro=European Union"}},
		{"other donors' amounts listed respectively", "Korea to give $5 million to UNICEF for children in Chad",
			[]string{
				"South Korea will give $5 million to UNICEF for children in Chad, the ministry said on Friday.",
				"South Korea was followed by Switzerland and Germany, which promised to donate $2 million and $800,000, respectively.",
			},
			[]string{"South Korea"},
			[]string{"total:$5 million=South Korea", "context:$2 million=Switzerland", "context:$800,000=Germany"}},
		// A list that says the verb once: each amount is the giver's
		// named right before it.
		{"other donors' amounts in a list that says the verb once", "Chile gives $6 million for flood victims in Peru",
			[]string{
				"Chile will give $6 million to help flood victims in Peru, its foreign ministry said.",
				"Sweden pledged 40 million kronor ($4 million), Finland 2 million euros and Japan announced a grant of $3 million.",
			},
			[]string{"Chile"},
			[]string{"total:$6 million=Chile", "context:40 million kronor=Sweden", "context:2 million euros=Finland", "context:$3 million=Japan"}},
		{"the release's donor second in such a list", "Chile gives $6 million for flood victims in Peru",
			[]string{
				"Sweden pledged $4 million, and Chile $6 million, for flood victims in Peru at a meeting in Lima.",
			},
			[]string{"Chile"},
			[]string{"context:$4 million=Sweden", "total:$6 million=Chile"}},
		// A source's country is not the giver of what it reports; the
		// host's money pledged before the release's is the host's.
		{"a reported giver, a source's country, and a host's earlier pledge", "Chile gives $6 million for flood victims in Peru",
			[]string{
				"Chile pledged $6 million for flood victims in Peru at a meeting in Lima on Monday.",
				"Earlier, Peru, which hosts the meeting, pledged $2 million.",
				"Bolivian state radio says local churches and charities pledged a further $3 million before the meeting opened.",
				"Before the meeting, the Ecuadorian government said it will pledge $1 million.",
			},
			[]string{"Chile"},
			[]string{"total:$6 million=Chile", "context:$2 million=Peru", "context:$3 million=Chile", "context:$1 million=Ecuador"}},
		{"another government's official gives", "Norway gives $5 million to UNICEF",
			[]string{"Norway has given $5 million to UNICEF for children in Chad.",
				"The government of Chile's foreign minister on Monday gave 3 million dollars to UNICEF as well."},
			[]string{"Norway"},
			[]string{"total:$5 million=Norway", "context:3 million dollars=Chile"}},
		// A source that says, on a day, that it gives is the giver.
		{"a source that says on a day that it gives", "Chile gives $6 million for flood victims in Peru",
			[]string{
				"Chile will give $6 million to help flood victims in Peru, its foreign ministry said.",
				"Norway said on Monday that it would give $2 million for the same victims.",
				"Sweden said Tuesday it will give $1 million.",
			},
			[]string{"Chile"},
			[]string{"total:$6 million=Chile", "context:$2 million=Norway", "context:$1 million=Sweden"}},
		// The government of the country given money, as the subject of
		// a verb that gets it, is no other giver.
		{"the government given money as the subject", "Japan gives $5 million for flood victims in Chad",
			[]string{"The Government of Chad will receive $5 million from Japan to help flood victims."},
			[]string{"Japan"},
			[]string{"total:$5 million=Japan"}},
		// A government that moves money of its own ("will reallocate")
		// is another giver.
		{"another government that reallocates", "Japan gives $5 million for flood victims in Chad",
			[]string{"Japan will give $5 million to help flood victims in Chad.",
				"The Government of Norway will reallocate $1 million from a road project for the same victims."},
			[]string{"Japan"},
			[]string{"total:$5 million=Japan", "context:$1 million=Norway"}},
		// The same words twice in a sentence: each is its own giver's.
		{"one amount's words twice, each from its own giver", "Chile gives $6 million for flood victims in Peru",
			[]string{
				"Chile will give $6 million to help flood victims in Peru, its foreign ministry said.",
				"The tracking service also lists $2 million from Sweden, and $2 million from Bolivia, among other gifts.",
			},
			[]string{"Chile"},
			[]string{"total:$6 million=Chile", "context:$2 million=Sweden", "context:$2 million=Bolivia"}},
		{"another donor offered or promised", "Chile gives $6 million for flood victims in Peru",
			[]string{
				"Chile will give $6 million to help flood victims in Peru, its foreign ministry said.",
				"The European Union offered on Monday an extra 5 million euros for the same victims, its aid office said.",
				"Sweden promised on Tuesday another $3 million, the embassy in Lima said.",
			},
			[]string{"Chile"},
			[]string{"total:$6 million=Chile", "context:5 million euros=European Union", "context:$3 million=Sweden"}},
		// A society named with its country gives; the country is no
		// place given money.
		{"money from a national society", "Chile gives $6 million for flood victims in Peru",
			[]string{
				"Chile will give $6 million to help flood victims in Peru, its foreign ministry said.",
				"The tracking service also lists $2 million from Sweden, as well as $500,000 from the Red Cross Society of China.",
			},
			[]string{"Chile"},
			[]string{"total:$6 million=Chile", "context:$2 million=Sweden", "context:$500,000=Red Cross Society of China"}},
		// "so did X": X gives the same amount.
		{"another giver did the same", "Chile gives $6 million for flood victims in Peru",
			[]string{
				"Chile will give $6 million to help flood victims in Peru, its foreign ministry said.",
				"Sweden said it will give $2 million in emergency aid, so did nearby Norway, both long-time donors to the region.",
			},
			[]string{"Chile"},
			[]string{"total:$6 million=Chile", "context:$2 million=Sweden", "context:$2 million=Norway"}},
		// "EU earlier gave N": another giver's earlier money.
		{"another giver's earlier gift", "Chile gives $6 million for flood victims in Peru",
			[]string{
				"Chile will give $6 million to help flood victims in Peru, its foreign ministry said.",
				"EU earlier gave three million euros apart from relief flights.",
			},
			[]string{"Chile"},
			[]string{"total:$6 million=Chile", "context:three million euros=European Union"}},
		// "A and B ... N each": each giver's own N, not one joint N.
		{"two other givers, each the same", "Chile gives $6 million for flood victims in Peru",
			[]string{
				"Chile will give $6 million to help flood victims in Peru, its foreign ministry said.",
				"Sweden and Norway have pledged $2 million each, mostly as loans.",
			},
			[]string{"Chile"},
			[]string{"total:$6 million=Chile", "context:$2 million=Sweden", "context:$2 million=Norway"}},
		// An agency giving from its own fund, in a relative clause.
		{"an agency that released its own money", "Chile gives $6 million for flood victims in Peru",
			[]string{
				"Chile will give $6 million to help flood victims in Peru, its foreign ministry said.",
				"The World Food Programme, which has released $90,000 from a reserve of its own to buy rice, warned that stocks were low.",
			},
			[]string{"Chile"},
			[]string{"total:$6 million=Chile", "context:$90,000=WFP"}},
		// The giver's sum, then the countries it goes to with their
		// parts adding up to it: places, no givers.
		{"a breakdown by country after the giver's sum", "The EU gives €10 million for the Sahel",
			[]string{"The EU has allocated €10 million, Mali €4 million, Niger €3 million and Chad €3 million."},
			[]string{"European Union"},
			[]string{"total:€10 million=European Union", "€4 million=European Union", "€3 million=European Union", "€3 million=European Union"}},
		// Givers that give aid, listed after the first, are givers even
		// when their sums add up to the first's.
		{"a list of aid givers whose sums add up", "Norway gives $10 million to WFP for Chad",
			[]string{"Norway has pledged $10 million, Sweden $6 million and Denmark $4 million to WFP for its work in Chad."},
			[]string{"Norway"},
			[]string{"total:$10 million=Norway", "context:$6 million=Sweden", "context:$4 million=Denmark"}},
		// (Names after the first amount's place are places too.)
		{"a list of places given money is no list of givers", "Chile gives $6 million for flood victims",
			[]string{
				"Chile will give $6 million for flood victims: $4 million to Peru, Bolivia $2 million.",
			},
			[]string{"Chile"},
			[]string{"total:$6 million=Chile", "$4 million=Chile", "$2 million=Chile"}},
		{"another private giver named after the amount", "Foundation gives $2 million for tsunami relief",
			[]string{
				"The Carver Foundation has given $2 million for tsunami relief in Indonesia.",
				"Elsewhere, other foundations announced grants, including $300,000 from the Ellis Family Foundation to a relief charity.",
			},
			[]string{"Carver Foundation"},
			[]string{"total:$2 million=Carver Foundation", "context:$300,000=Ellis Family Foundation"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Ingest("test", []byte(tc.title+"\n\n"+joinParas(tc.paras)))
			if err != nil {
				t.Fatalf("Ingest: %v", err)
			}
			if !slices.Equal(r.Donors, tc.donors) {
				t.Errorf("donors = %q, want %q", r.Donors, tc.donors)
			}
			var got []string
			for _, f := range r.Facts {
				if f.Kind != corpus.KindAmount {
					continue
				}
				l := f.Amount.Stated + "=" + f.Donor
				switch {
				case f.Total:
					l = "total:" + l
				case f.Context != "":
					l = "context:" + l
				}
				got = append(got, l)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("amounts = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGiverSubject: the subject of a sentence that states an amount,
// without what opens the sentence, asides and where a company is based.
func TestGiverSubject(t *testing.T) {
	for _, tc := range []struct{ sent, want string }{
		{"Acme has pledged to give at least $3 million to the Red Cross.", "Acme"},
		{"Borealis Inc.—which makes turbines—has contributed $2 million.", "Borealis Inc."},
		{"Denver-based Cobalt and the Cobalt Foundation will distribute $1 million.", "Cobalt and the Cobalt Foundation"},
		{"Besides Acme's first gift, the Ohio-based firm has also agreed to match up to $700,000.", "firm"},
		{"In the first half of the year, agencies in Chad received $4 million from the fund.", ""},
		// A description after the name, and "said it", are no part of it.
		{"Acme Stores, the largest chain of shops, said it will give $100,000 to the Red Cross.", "Acme Stores"},
		{"Borealis Group, a big phone company in Chad, said it would donate $2 million.", "Borealis Group"},
		// A reported clause whose subject holds a pronoun after its
		// giver names that giver, not the source.
		{"The agency said Norway and its partners will give $5 million.", "Norway and its partners"},
		// "along" or "alongside" opens no description as "a" does: the
		// co-giver stays in the subject.
		{"Norway, along with Japan, will give $2 million to the Red Cross.", "Norway, along with Japan,"},
		{"Acme Stores, alongside Borealis Group, will donate $300,000.", "Acme Stores, alongside Borealis Group,"},
	} {
		start := strings.Index(tc.sent, "$")
		if got := giverSubject(tc.sent, start); got != tc.want {
			t.Errorf("giverSubject(%q) = %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// TestGovernmentsCountry: an announcing sentence whose giver is "the
// Government" with no country takes the one country the first paragraphs
// name as the one acting; none when they name two, or only places.
func TestGovernmentsCountry(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  []string
	}{
		{"the country that plays a role", []string{"The Federal Government will commit $5 million to a new regional fund as it launches a humanitarian policy.", "The foreign minister said the policy set out the role Australia would play in the region, and Australia's humanitarian action must fit the times."}, []string{"Australia"}},
		{"a country keeping promises", []string{"The Government today set out a €4.5 million package of humanitarian aid for Sudan and Afghanistan.", "Speaking in New York, the minister said Ireland was keeping promises made at earlier conferences."}, []string{"Ireland"}},
		{"only places", []string{"The Government will give $2 million for Sudan and Chad.", "The money goes to refugees in Chad."}, nil},
		{"two countries acting", []string{"The Government will give $2 million to WFP.", "Norway will add $1 million, and Sweden has given $3 million."}, nil},
		{"a named government", []string{"The Government of Japan will give $2 million to WFP.", "Japan's support comes as Norway adds $1 million."}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := governmentsCountry(tc.paras, tc.paras[0]); !slices.Equal(got, tc.want) {
				t.Errorf("governmentsCountry = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestCoSignatories: of two governments that sign a grant agreement
// together, the one that gives aid is the donor; any other pair is left.
func TestCoSignatories(t *testing.T) {
	for _, tc := range []struct {
		name, title, lead string
		donors, want      []string
	}{
		{"a recipient country signs with its donor", "Nepal, Korea sign grant agreement on school project", "Nepal and Korea have signed a grant agreement worth USD 4 million.",
			[]string{"Nepal", "South Korea"}, []string{"South Korea"}},
		{"exchange of notes in the lead only", "Scholarships for young officials", "Japan and Laos exchanged notes on a grant of JPY 300 million.",
			[]string{"Japan", "Laos"}, []string{"Japan"}},
		{"two donors giving together", "Norway and Sweden sign agreement with WFP", "Norway and Sweden signed an agreement giving WFP USD 10 million.",
			[]string{"Norway", "Sweden"}, []string{"Norway", "Sweden"}},
		{"no agreement signed", "Bangladesh and Japan give to UN appeal", "Bangladesh and Japan have given USD 2 million to the appeal.",
			[]string{"Bangladesh", "Japan"}, []string{"Bangladesh", "Japan"}},
		{"neither gives aid", "China and Pakistan sign aid agreement", "China and Pakistan signed an agreement on USD 5 million of aid.",
			[]string{"China", "Pakistan"}, []string{"China", "Pakistan"}},
		{"a donor that is no country", "UNICEF and Japan sign agreement", "Japan and the Gates Foundation signed an agreement.",
			[]string{"Japan", "Gates Foundation"}, []string{"Japan", "Gates Foundation"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := coSignatories(tc.donors, tc.title, tc.lead); !slices.Equal(got, tc.want) {
				t.Errorf("coSignatories(%q) = %q, want %q", tc.donors, got, tc.want)
			}
		})
	}
}

// TestCompanyRoundup: a story of several companies' gifts gives each
// amount to the company its clause names ("..., while", ", which
// announced", "HSBC USA"), never all of them to the first company.
func TestCompanyRoundup(t *testing.T) {
	page := "Companies pledge support for flood relief\n\n" +
		"As of Tuesday, the Acme Foundation had announced a donation of $1 million to the American Red Cross, while Beta Bank Group had pledged a total of $400,000. " +
		"HSBC USA also announced a $700,000 commitment for recovery efforts. The remaining $150,000 will be directed to local nonprofits. " +
		"Elsewhere, Gamma & Company pledged $300,000 for relief efforts.\n\n" +
		"Other companies giving include energy company Delta 66, which announced a $200,000 contribution to the Red Cross.\n"
	r, err := Ingest("test", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount {
			got[f.Amount.Stated] = f.Donor
		}
	}
	for stated, want := range map[string]string{"$1 million": "Acme Foundation", "$400,000": "Beta Bank Group", "$700,000": "HSBC USA", "$150,000": "HSBC USA", "$300,000": "Gamma & Company", "$200,000": "Delta 66"} {
		if got[stated] != want {
			t.Errorf("donor of %s = %q, want %q (all: %q)", stated, got[stated], want, got)
		}
	}
	if slices.Contains(r.Donors, "United States") {
		t.Errorf("donors = %q: HSBC USA is a company", r.Donors)
	}
	// "As of Tuesday, ... had announced": the roundup's news, not money
	// given before it.
	for _, f := range r.Facts {
		if f.Amount != nil && f.Amount.Stated == "$1 million" && f.Context != "" {
			t.Errorf("$1 million is context %q, want the Acme Foundation's gift", f.Context)
		}
	}
}

// TestCompanyAfterDescription: a company named after a word that says
// what it is ("Drugmaker Acme Labs", "Rival Beta Stores", "while cereal
// maker Gamma Foods Co.") is the giver, without that word, and its
// amount is its own.
func TestCompanyAfterDescription(t *testing.T) {
	page := "Companies pledge aid after the quake\n\n" +
		"Companies pledged money on Wednesday to help victims of the earthquake in Haiti.\n\n" +
		"Delta Telecom Group, a large mobile operator in Haiti, said it would give $5 million toward relief efforts.\n\n" +
		"Rival Beta Stores, the largest chain of its kind, said it will give $100,000 to the American Red Cross.\n\n" +
		"Drugmaker Acme Labs said it would give $1 million in cash and medicines.\n\n" +
		"Omega Bank has committed $1 million, while cereal maker Gamma Foods Co. has pledged $250,000 to the American Red Cross.\n\n" +
		"Web hosting company Zeta Host will give $500,000, the company said.\n"
	r, err := Ingest("test", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, f := range r.Facts {
		if f.Kind == corpus.KindAmount {
			got[f.Amount.Stated] = append(got[f.Amount.Stated], f.Donor)
		}
	}
	for stated, want := range map[string][]string{"$5 million": {"Delta Telecom Group"}, "$100,000": {"Beta Stores"}, "$1 million": {"Acme Labs", "Omega Bank"}, "$250,000": {"Gamma Foods Co."}, "$500,000": {"Zeta Host"}} {
		if !slices.Equal(got[stated], want) {
			t.Errorf("donors of %s = %q, want %q (all: %q)", stated, got[stated], want, got)
		}
	}
	for _, d := range r.Donors {
		if strings.HasPrefix(d, "Rival") || strings.HasPrefix(d, "Drugmaker") || d == "Haiti" {
			t.Errorf("release donors %q: %q is no giver's name", r.Donors, d)
		}
	}
}

// TestSubjectOfASecondVerb: a page with no title whose announcing sentence
// gives with its second verb ("Chile on Monday stressed its ties with Peru
// and offered $2 million") names its giver as the first verb's subject; a
// sentence whose first clause has a subject of its own does not.
func TestSubjectOfASecondVerb(t *testing.T) {
	for _, tc := range []struct{ name, page, want string }{
		{"a time after the subject", "LIMA: Chile on Monday stressed its close ties with Peru and offered aid worth $2 million to help victims of floods in the north of the country.\nThe money will buy tents and water filters, the foreign ministry said here.", "Chile"},
		{"a dateline glued to the subject", "SANTIAGO:Chile on Monday stressed its close ties with Peru and offered aid worth $2 million to help victims of floods in the north of the country.\nThe money will buy tents and water filters, the foreign ministry said here.", "Chile"},
		{"no time", "OSLO: Norway welcomed the appeal and pledged NOK 30 million to help families hit by the drought in Kenya.\nThe funds go through the Red Cross, the ministry said.", "Norway"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Ingest("test", []byte(tc.page))
			if err != nil {
				t.Fatalf("Ingest: %v", err)
			}
			if !slices.Equal(r.Donors, []string{tc.want}) {
				t.Errorf("donors = %q, want %q", r.Donors, tc.want)
			}
		})
	}
}

// TestSpelledOutInitials: a donor body named in the first paragraphs only
// by initials the tables do not list is its donor when the page names the
// body in full elsewhere, and not when the page gives those initials to
// another name or never spells them out. Names and figures are invented.
func TestSpelledOutInitials(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		want       []string // nil: the page is no release
	}{
		{"initials in the lead, the full name in a later quotation",
			"Three grants were signed on 4 May by the AFD regional director, Ms. Anne Morel, and the head of WFP in Niger.\n\nThe first grant, worth $6 million, will buy food for schools in Niamey. The second, worth $3 million, pays for cash transfers in Tahoua.\n\nThe WFP country director said: \"We thank the Agence Française de Développement for its steady support.\"",
			[]string{"France"}},
		{"initials in the lead, the full name in the last paragraph",
			"Two funding agreements were signed on Friday by the ADA managing director and UNICEF's representative in Uganda.\n\nThe first agreement, valued at EUR 2 million, covers water points in Karamoja. The second, valued at EUR 1 million, covers school latrines.\n\nThe Austrian Development Agency has worked in Uganda since 1992.",
			[]string{"Austria"}},
		{"the initials given in brackets to another name",
			"Two funding agreements were signed on Friday by the ADA managing director and UNICEF's representative in Uganda.\n\nThe first agreement, valued at EUR 2 million, covers water points in Karamoja.\n\nThe Austrian Development Agency and the Agricultural Development Association (ADA) will follow the work.",
			nil},
		{"initials never spelled out",
			"Two funding agreements were signed on Friday by the ADA managing director and UNICEF's representative in Uganda.\n\nThe first agreement, valued at EUR 2 million, covers water points in Karamoja.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Ingest("test", []byte(tc.page))
			if tc.want == nil {
				if err == nil {
					t.Fatalf("donors = %q, want no release", r.Donors)
				}
				return
			}
			if err != nil {
				t.Fatalf("Ingest: %v", err)
			}
			if !slices.Equal(r.Donors, tc.want) {
				t.Errorf("donors = %q, want %q", r.Donors, tc.want)
			}
		})
	}
}
