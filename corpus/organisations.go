package corpus

import (
	"regexp"
	"slices"
	"strings"
)

// DonorBody is a donor that is not named as a country: an aid agency,
// ministry or fund, with the donor it stands for (a country's common name,
// "European Union", or the fund itself).
type DonorBody struct {
	Name  string // as releases write it, matched as a whole word
	Donor string
}

// Agency reports whether the body is a part of its donor that a question
// may ask about on its own ("USAID", "PRM", "AECID"), not another name of
// the donor itself ("EU", "U.S. Government", "UK aid") or a body giving in
// its own name (a fund).
func (b DonorBody) Agency() bool {
	return b.Name != b.Donor && !donorItself[strings.ReplaceAll(b.Name, "’", "'")]
}

// donorItself are the bodies' names that stand for their donor as a whole.
var donorItself = map[string]bool{
	"European Union": true, "European Commission": true, "EU": true, "EU Humanitarian Aid": true,
	"European Union's humanitarian aid department": true, "European Civil Protection and Humanitarian Aid Operations": true,
	"Commission européenne": true, "Union européenne": true, "Comisión Europea": true, "Unión Europea": true,
	"Fondo Central de Respuesta a Emergencias": true, "Fondo Central de Respuesta de Emergencia": true,
	"Fondo Central de Ayuda de Emergencia": true, "Fondo Central de Ayuda para Emergencias": true, "Cooperación Española": true,
	"DG ECHO": true, "ECHO": true, "U.S. Government": true, "US Government": true, "U.S.": true, "US": true, "USA": true,
	"UK aid": true, "UK Aid": true, "UKaid": true, "Korean Government": true, "Korean government": true,
	"Swiss Federal Council": true, "Central Emergency Relief Fund": true, "Emergency Relief Coordinator": true,
	"Central Emergency Response Fund": true, "UN emergency fund": true, "UN's emergency fund": true,
	"United Nations emergency fund": true, "UN Emergency Relief Fund": true, "UN emergency response fund": true,
	"United Nations emergency response fund": true, "Disaster Relief Emergency Fund": true, "Disaster Response Emergency Fund": true, "DREF": true,
	"Federal Council": true, "Spanish Cooperation": true, "Italian Development Cooperation": true,
	"Austrian Development Cooperation": true, "Polish Aid": true, "Irish Aid": true,
	"OPEC Fund": true, "OFID": true, "AFESD": true,
}

// donorBodies maps agencies, ministries and funds to their donor. Longer
// names come first where one contains another. A name with an apostrophe
// is matched with a typographic one too ("UN’s emergency fund").
var donorBodies = withTypographicApostrophes([]DonorBody{
	{"European Civil Protection and Humanitarian Aid Operations", "European Union"},
	{"European Union's humanitarian aid department", "European Union"},
	{"European Commission", "European Union"}, {"European Union", "European Union"}, {"DG ECHO", "European Union"},
	{"Commission européenne", "European Union"}, {"Union européenne", "European Union"},
	{"Comisión Europea", "European Union"}, {"Unión Europea", "European Union"},
	{"ECHO", "European Union"}, {"EU Humanitarian Aid", "European Union"}, {"EU", "European Union"},
	{"Central Emergency Response Fund", "CERF"}, {"Central Emergency Relief Fund", "CERF"}, {"CERF", "CERF"}, {"Emergency Relief Coordinator", "CERF"},
	// "UN emergency fund allocates $72 million": the fund named by what it
	// is, as news sites write it, giving.
	{"UN emergency fund", "CERF"}, {"UN's emergency fund", "CERF"}, {"United Nations emergency fund", "CERF"},
	{"UN Emergency Relief Fund", "CERF"}, {"UN emergency response fund", "CERF"}, {"United Nations emergency response fund", "CERF"},
	// The fund as Spanish pages name it.
	{"Fondo Central de Respuesta a Emergencias", "CERF"}, {"Fondo Central de Respuesta de Emergencia", "CERF"},
	{"Fondo Central de Ayuda de Emergencia", "CERF"}, {"Fondo Central de Ayuda para Emergencias", "CERF"},
	// The Red Cross and Red Crescent's own pooled fund, giving to a
	// National Society ("the release of 290,000 Swiss francs from the
	// IFRC's Disaster Relief Emergency Fund").
	{"Disaster Relief Emergency Fund", "IFRC-DREF"}, {"Disaster Response Emergency Fund", "IFRC-DREF"}, {"IFRC-DREF", "IFRC-DREF"}, {"DREF", "IFRC-DREF"},
	{"USAID", "United States"}, {"U.S. Agency for International Development", "United States"}, {"United States Agency for International Development", "United States"},
	{"Bureau of Population, Refugees, and Migration", "United States"}, {"BPRM", "United States"}, {"PRM", "United States"},
	{"OFDA", "United States"}, {"State Department", "United States"}, {"U.S. Government", "United States"},
	{"US Government", "United States"}, {"U.S.", "United States"}, {"US", "United States"}, {"USA", "United States"},
	{"Foreign, Commonwealth & Development Office", "United Kingdom"}, {"Foreign, Commonwealth and Development Office", "United Kingdom"}, {"Foreign, Commonwealth, and Development Office", "United Kingdom"},
	{"FCDO", "United Kingdom"}, {"DFID", "United Kingdom"}, {"Department for International Development", "United Kingdom"},
	{"UK aid", "United Kingdom"}, {"UK Aid", "United Kingdom"}, {"UKaid", "United Kingdom"},
	{"Korea International Cooperation Agency", "South Korea"}, {"KOICA", "South Korea"},
	// "Korean" alone is ambiguous as a country's adjective, but "the
	// Korean government" giving aid is the Republic of Korea's (extract
	// leaves out "North Korean").
	{"Korean Government", "South Korea"}, {"Korean government", "South Korea"},
	{"Korean Foreign Ministry", "South Korea"}, {"Korean foreign ministry", "South Korea"},
	{"Sida", "Sweden"}, {"SIDA", "Sweden"}, {"Swedish International Development Cooperation Agency", "Sweden"},
	{"Norad", "Norway"}, {"NORAD", "Norway"},
	{"Global Affairs Canada", "Canada"}, {"GAC", "Canada"}, {"CIDA", "Canada"},
	{"Department of Foreign Affairs and Trade", "Australia"}, {"DFAT", "Australia"}, {"AusAID", "Australia"},
	{"Japan International Cooperation Agency", "Japan"}, {"JICA", "Japan"},
	{"KSrelief", "Saudi Arabia"}, {"KSRelief", "Saudi Arabia"}, {"King Salman Humanitarian Aid and Relief Centre", "Saudi Arabia"},
	{"King Salman Humanitarian Aid and Relief Center", "Saudi Arabia"},
	{"Federal Department of Foreign Affairs", "Switzerland"}, {"FDFA", "Switzerland"},
	{"German Federal Foreign Office", "Germany"}, {"Federal Foreign Office", "Germany"}, {"BMZ", "Germany"}, {"GIZ", "Germany"},
	{"Swiss Agency for Development and Cooperation", "Switzerland"}, {"SDC", "Switzerland"}, {"Swiss Federal Council", "Switzerland"},
	// "the Federal Council decided to contribute CHF 10 million": the Swiss
	// government's own name (Germany's and Austria's governments are
	// "Federal Government"; Germany's Bundesrat gives no aid).
	{"Federal Council", "Switzerland"},
	{"Kuwait Fund for Arab Economic Development", "Kuwait"}, {"KFAED", "Kuwait"}, {"Kuwait Fund", "Kuwait"},
	{"Qatar Fund for Development", "Qatar"}, {"QFFD", "Qatar"}, {"Abu Dhabi Fund for Development", "United Arab Emirates"}, {"ADFD", "United Arab Emirates"},
	{"Saudi Fund for Development", "Saudi Arabia"},
	{"Danida", "Denmark"}, {"DANIDA", "Denmark"}, {"Irish Aid", "Ireland"}, {"Ministry of Foreign Affairs of Japan", "Japan"},
	{"Spanish Agency for International Development Cooperation", "Spain"}, {"Spanish Agency for International Cooperation for Development", "Spain"},
	{"AECID", "Spain"}, {"Spanish Cooperation", "Spain"},
	// As Spanish pages name them: the AECID in full (with "para el
	// Desarrollo" or without), as a news wire capitalises it ("la Aecid"),
	// Spain's aid as a whole ("la Cooperación Española").
	{"Agencia Española de Cooperación Internacional para el Desarrollo", "Spain"}, {"Agencia Española de Cooperación Internacional", "Spain"},
	{"Agencia Española de Cooperación", "Spain"}, {"Aecid", "Spain"}, {"Cooperación Española", "Spain"},
	{"Italian Agency for Development Cooperation", "Italy"}, {"AICS", "Italy"}, {"Italian Development Cooperation", "Italy"},
	{"Agence Française de Développement", "France"}, {"French Development Agency", "France"}, {"Crisis and Support Centre", "France"},
	{"Austrian Development Agency", "Austria"}, {"Austrian Development Cooperation", "Austria"},
	{"Canadian International Development Agency", "Canada"}, {"Australian Agency for International Development", "Australia"},
	{"New Zealand Aid Programme", "New Zealand"}, {"New Zealand Ministry of Foreign Affairs and Trade", "New Zealand"},
	{"China International Development Cooperation Agency", "China"}, {"CIDCA", "China"},
	{"Turkish Cooperation and Coordination Agency", "Türkiye"}, {"TIKA", "Türkiye"}, {"AFAD", "Türkiye"},
	{"Czech Development Agency", "Czechia"}, {"Polish Aid", "Poland"}, {"Luxembourg Aid & Development", "Luxembourg"}, {"LuxDev", "Luxembourg"},
	{"Food for Peace", "United States"}, {"Department of State", "United States"},
	{"World Bank", "World Bank"}, {"Asian Development Bank", "Asian Development Bank"}, {"African Development Bank", "African Development Bank"},
	// "AfDB" and "IsDB" name one bank each; "ADB" and "IDB" do not (the
	// Asian or the African, the Islamic or the Inter-American).
	// Arab and OPEC development funds give in their own name, no one
	// country's.
	{"OPEC Fund for International Development", "OPEC Fund for International Development"}, {"OPEC Fund", "OPEC Fund for International Development"}, {"OFID", "OPEC Fund for International Development"},
	{"Arab Fund for Economic and Social Development", "Arab Fund for Economic and Social Development"}, {"AFESD", "Arab Fund for Economic and Social Development"},
	{"AfDB", "African Development Bank"}, {"Islamic Development Bank", "Islamic Development Bank"}, {"IsDB", "Islamic Development Bank"},
})

// withTypographicApostrophes adds, right after each body whose name has a
// straight apostrophe, the same name with a typographic one, as most sites
// print it: "UN's emergency fund" and "UN’s emergency fund".
func withTypographicApostrophes(bodies []DonorBody) []DonorBody {
	out := make([]DonorBody, 0, len(bodies))
	for _, b := range bodies {
		out = append(out, b)
		if strings.Contains(b.Name, "'") {
			out = append(out, DonorBody{strings.ReplaceAll(b.Name, "'", "’"), b.Donor})
		}
	}
	return out
}

// Organisation is a recipient: by the acronym releases use, with its full
// names.
type Organisation struct {
	Acronym string
	Names   []string
}

// A name with an apostrophe is matched with a typographic one too
// ("UN Children’s Fund", "Samaritan’s Purse").
var organisations = withTypographicNames([]Organisation{
	{"IOM", []string{"International Organization for Migration", "International Organisation for Migration", "UN Migration Agency", "UN Migration",
		"Organisation internationale pour les migrations", "OIM"}},
	{"UNHCR", []string{"UN Refugee Agency", "United Nations High Commissioner for Refugees", "UN High Commissioner for Refugees", "UN High Commission for Refugees", "Office of the United Nations High Commissioner for Refugees", "UN refugee agency", "High Commissioner for Refugees", "High Commission for Refugees",
		"Haut Commissariat des Nations Unies pour les réfugiés", "Haut-Commissariat des Nations Unies pour les réfugiés", "Haut Commissariat pour les réfugiés", "Haut-Commissariat pour les réfugiés", "HCR",
		"Alto Comisionado de las Naciones Unidas para los Refugiados", "ACNUR"}},
	{"WFP", []string{"World Food Programme", "World Food Program", "UN World Food Programme", "Programme alimentaire mondial", "PAM", "Programa Mundial de Alimentos"}},
	{"UNICEF", []string{"United Nations Children's Fund", "UN Children's Fund", "Unicef", "Fonds des Nations Unies pour l'enfance", "Fondo de las Naciones Unidas para la Infancia"}},
	{"UNRWA", []string{"United Nations Relief and Works Agency for Palestine Refugees in the Near East", "United Nations Relief and Works Agency (UNRWA) for Palestine Refugees in the Near East", "United Nations Relief and Works Agency", "UN Relief and Works Agency"}},
	{"UNFPA", []string{"United Nations Population Fund", "UN Population Fund", "United Nations Fund for Population Activities"}},
	{"WHO", []string{"World Health Organization", "World Health Organisation", "Organisation mondiale de la santé", "OMS", "Organización Mundial de la Salud"}},
	{"FAO", []string{"Food and Agriculture Organization", "Food and Agriculture Organisation"}},
	{"UNDP", []string{"United Nations Development Programme", "Programme des Nations Unies pour le développement", "PNUD"}},
	{"OCHA", []string{"Office for the Coordination of Humanitarian Affairs", "UNOCHA", "Bureau de la coordination des affaires humanitaires"}},
	{"OHCHR", []string{"Office of the United Nations High Commissioner for Human Rights", "United Nations High Commissioner for Human Rights", "UN Human Rights Office"}},
	{"ICRC", []string{"International Committee of the Red Cross", "Comité international de la Croix-Rouge", "CICR", "Comité Internacional de la Cruz Roja"}},
	{"IFRC", []string{"International Federation of Red Cross and Red Crescent Societies", "International Federation of the Red Cross and Red Crescent Societies", "International Federation of the Red Cross", "Red Cross and Red Crescent Societies", "International Federation of Red Cross", "International Red Cross federation", "Red Cross federation", "Red Cross and Red Crescent federation"}},
	{"UN-Habitat", []string{"United Nations Human Settlements Programme", "UN Habitat"}},
	{"UNOPS", []string{"United Nations Office for Project Services"}},
	{"UN Women", []string{"United Nations Entity for Gender Equality"}},
	{"ILO", []string{"International Labour Organization"}},
	{"UNESCO", []string{"United Nations Educational, Scientific and Cultural Organization"}},
	{"UNODC", []string{"United Nations Office on Drugs and Crime"}},
	{"UNMAS", []string{"United Nations Mine Action Service"}},
	{"CERF", []string{"Central Emergency Response Fund", "Central Emergency Relief Fund", "UN Emergency Relief Fund", "UN emergency fund", "UN's emergency fund", "United Nations emergency response fund", "UN emergency response fund"}},
	{"NRC", []string{"Norwegian Refugee Council"}},
	{"IRC", []string{"International Rescue Committee"}},
	{"MSF", []string{"Médecins Sans Frontières", "Doctors Without Borders"}},
	{"Mercy Corps", nil}, {"Save the Children", nil}, {"Oxfam", nil}, {"CARE", []string{"CARE International"}}, {"World Vision", nil},
	{"Danish Refugee Council", nil}, {"Plan International", nil}, {"Islamic Relief", nil}, {"Caritas", nil},
	{"Palestine Red Crescent Society", []string{"PRCS", "Palestinian Red Crescent Society", "Palestine Red Crescent"}},
	// "the Red Cross" unqualified (a movement, a national society): longer
	// names that hold it (ICRC, IFRC, "Swiss Red Cross") win where they
	// stand.
	{"Red Cross", []string{"Red Cross and Red Crescent Movement", "International Red Cross"}},
	{"Swiss Red Cross", nil}, {"Concern Worldwide", nil}, {"GOAL", nil}, {"Trócaire", nil},
	{"Action Against Hunger", []string{"Action contre la Faim"}}, {"JPF", []string{"Japan Platform"}},
	{"Christian Aid", nil}, {"Tearfund", nil}, {"ActionAid", nil}, {"CAFOD", nil}, {"HelpAge International", nil},
	{"International Medical Corps", nil}, {"Catholic Relief Services", nil}, {"Welthungerhilfe", nil},
	{"Médecins du Monde", []string{"Doctors of the World"}}, {"ACTED", nil}, {"Solidarités International", nil},
	{"Norwegian Church Aid", nil}, {"Humanity & Inclusion", []string{"Handicap International"}}, {"UNAIDS", nil},
	{"American Red Cross", nil}, {"Finn Church Aid", nil}, {"DanChurchAid", []string{"Danish Church Aid"}},
	{"International Planned Parenthood Federation", []string{"IPPF"}}, {"Geneva Call", nil},
	{"Terre des Hommes", []string{"Terre des hommes"}}, {"Direct Relief International", nil}, {"Canadian Foodgrains Bank", nil},
	{"Medair", nil}, {"Malteser International", nil}, {"Diakonie Katastrophenhilfe", nil}, {"Lutheran World Federation", nil},
	{"Samaritan's Purse", nil}, {"HALO Trust", []string{"Halo Trust"}}, {"Mines Advisory Group", nil},
	{"Première Urgence Internationale", nil}, {"ALIMA", nil}, {"Cordaid", nil}, {"Americares", nil},
	{"IFAD", []string{"International Fund for Agricultural Development"}}, {"UNEP", []string{"United Nations Environment Programme"}},
	{"UNIDO", []string{"United Nations Industrial Development Organization"}},
	{"Gavi", []string{"Gavi, the Vaccine Alliance", "GAVI Alliance"}},
	{"Global Fund to Fight AIDS, Tuberculosis and Malaria", nil},
	{"Centers for Disease Control and Prevention", nil}, {"Africa CDC", []string{"Africa Centres for Disease Control and Prevention"}},
})

// withTypographicNames adds, right after each full name with a straight
// apostrophe, the same name with a typographic one; an acronym with one
// ("Samaritan's Purse") gets it as a full name.
func withTypographicNames(orgs []Organisation) []Organisation {
	out := make([]Organisation, 0, len(orgs))
	for _, o := range orgs {
		var names []string
		if strings.Contains(o.Acronym, "'") {
			names = append(names, strings.ReplaceAll(o.Acronym, "'", "’"))
		}
		for _, n := range o.Names {
			names = append(names, n)
			if strings.Contains(n, "'") {
				names = append(names, strings.ReplaceAll(n, "'", "’"))
			}
		}
		out = append(out, Organisation{o.Acronym, names})
	}
	return out
}

// DonorBodies returns the agencies, ministries and funds releases name as
// donors, each with the donor it stands for, longer names first where one
// contains another.
func DonorBodies() []DonorBody { return slices.Clone(donorBodies) }

// Organisations returns the recipient organisations releases name, by
// acronym with their full names.
func Organisations() []Organisation { return slices.Clone(organisations) }

// unBesideRE names the UN as a whole beside an organisation: "the UN and
// Red Cross emergency appeals", "the Red Cross and UN agencies".
var unBesideRE = regexp.MustCompile(`\b(?:UN|U\.N\.|United Nations)\s+(?:and|&)\s+(?:the\s+)?\p{Lu}|\s(?:and|&)\s+(?:the\s+)?(?:UN|U\.N\.|United Nations)\s+(?:agencies|appeals?|system|partners)\b`)

// SharedWithUN reports whether a text gives money to the UN as a whole
// beside an organisation ("UK supports UN and Red Cross Disaster
// Appeals"): the organisation named does not get it alone.
func SharedWithUN(s string) bool { return unBesideRE.MatchString(s) }

// includingOrgRe ends the words before an organisation a sentence names
// as one use of its money: ", including support for the ".
var includingOrgRe = regexp.MustCompile(`(?i)\bincluding\s+(?:(?:support|funding|contributions?|assistance|aid|help)\s+(?:for|to)\s+)?(?:the\s+)?`)

// NamedOnlyAfterIncluding reports whether an organisation that names
// reports named in a text is named there only as one use of the money,
// right after "including" ("$100 million to meet the humanitarian needs
// in Gaza, including support for ... UNRWA"): it gets a share, not the
// whole.
func NamedOnlyAfterIncluding(sentence string, names func(string) bool) bool {
	for _, m := range includingOrgRe.FindAllStringIndex(sentence, -1) {
		if names(sentence[m[1]:min(len(sentence), m[1]+120)]) && !names(sentence[:m[0]]) {
			return true
		}
	}
	return false
}

// partlyToRe says money goes in part to the organisation named right after
// it: "which will partially go to ", "part of which will be channelled
// through ".
var partlyToRe = regexp.MustCompile(`(?i)\b(?:(?:partially|partly|in part)\s+(?:go|goes|going|be\s+(?:channell?ed|given|allocated|used))|(?:part|some|a share|a portion) of (?:which|the (?:funds|funding|money|pledge|contribution|gift|donation|grant))\s+(?:(?:will|would|should)\s+)?(?:go|be\s+(?:channell?ed|given|allocated|earmarked|used)))\s+(?:to|through|via|for)\s+(?:the\s+)?`)

// MayGoPartly reports cheaply whether a text may say that money goes in
// part somewhere: false means GoesPartlyTo is false for it, whatever the
// organisation. It looks, in one pass over the text's "art" and one over
// its " of ", for the words partlyToRe needs ("partially", "partly", "in
// part", "part of", "some of", "a share of"); only a text with one of them
// is read with the regular expression. (Run over every paragraph of a
// corpus once, it must stay cheap: a first version sent most paragraphs
// of 10,000 releases to the expression, a second of work on each.)
func MayGoPartly(text string) bool {
	if hasAfter(text, "art", "ial", "ly", " of ", " go", " be") || hasAfter(text, " of ", "which", "the fund", "the money", "the pledge", "the contribution", "the gift", "the donation", "the grant") {
		return partlyToRe.MatchString(text)
	}
	return false
}

// hasAfter reports whether text holds word followed right away by one of
// nexts.
func hasAfter(text, word string, nexts ...string) bool {
	for i := strings.Index(text, word); i >= 0; {
		rest := text[i+len(word):]
		for _, n := range nexts {
			if strings.HasPrefix(rest, n) {
				return true
			}
		}
		j := strings.Index(rest, word)
		if j < 0 {
			return false
		}
		i += len(word) + j
	}
	return false
}

// GoesPartlyTo reports whether a text says money goes in part to an
// organisation that names reports named in the words right after ("The
// funds, which will partially go to WFP", "part of which will be channelled
// through UNICEF", "asked that a portion of the gift be earmarked to
// UNICEF"): that organisation gets a share, not the whole.
func GoesPartlyTo(text string, names func(string) bool) bool {
	for _, m := range partlyToRe.FindAllStringIndex(text, -1) {
		if names(text[m[1]:min(len(text), m[1]+60)]) {
			return true
		}
	}
	return false
}

// PartlyTo reports whether any paragraph of paras says money goes in part
// to an organisation that names reports (GoesPartlyTo), screening each
// with MayGoPartly first.
func PartlyTo(paras []string, names func(string) bool) bool {
	return slices.ContainsFunc(paras, func(p string) bool { return MayGoPartly(p) && GoesPartlyTo(p, names) })
}
