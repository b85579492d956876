package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

// donorBodies maps agencies, ministries and funds to their donor, and
// organisations are the recipients releases name: both tables live in
// corpus, which answers read too.
var (
	donorBodies   = corpus.DonorBodies()
	organisations = corpus.Organisations()
)

// privateDonorRe is a private or corporate donor: a foundation or company
// by name, or a person described by nationality.
// A country's foundation ("The UAE's Big Heart Foundation (TBHF)") is the
// foundation, its acronym after it.
var privateDonorRe = lazyre.New(`^(?:[Tt]he\s+|[Aa]n?\s+)?(?:((\p{Lu}[\p{L}.]*)['’]s)\s+)?((?:(?:[A-Z][\w&’'.-]*|&)\s){1,5}(?:Foundation|Trusts?|Endowments?|Charitable Fund|Charities|Corporation|Corp\.?|Company|Group|Inc\.?|Ltd\.?|plc)|Church\s+of\s+(?:[A-Z][\w’'-]*|of|the)(?:\s+(?:[A-Z][\w’'-]*|of|the)){0,7}|(?:anonymous\s+)?[A-Z][a-z]+\s+(?:philanthropist|businessman|businesswoman|donor|citizen|family|company|firm|billionaire|man|woman|individual|benefactor))(?:\s*\(\p{Lu}[\p{L}]{1,8}\))?$`)

// privateDonor reads a private or corporate donor's name from a phrase
// privateDonorRe matches whole. A country's possessive before it ("The
// UAE's Big Heart Foundation") is no part of the name; any other's is
// ("the Sam's Club Foundation").
func privateDonor(phrase string) (string, bool) {
	m := privateDonorRe.FindStringSubmatch(phrase)
	if m == nil {
		return "", false
	}
	if _, country := corpus.LookupCountry(m[2]); m[2] != "" && !country {
		return m[1] + " " + m[3], true
	}
	return m[3], true
}

// pooledFundRe finds a country-based pooled fund ("the Ethiopia
// Humanitarian Fund"): a recipient named by the release.
// The UN's fund for a country may be named by what it is: "the UN
// country-based humanitarian fund", "the UN humanitarian Countries Fund
// for Somalia".
var pooledFundRe = lazyre.New(`\b(?:[A-Z][\w’'-]+\s){1,3}(?:(?:Humanitarian|Pooled) Fund|humanitarian pooled fund)\b|\b[Cc]ountry[- ][Bb]ased [Pp]ooled [Ff]unds\b|\b(?:UN|United Nations)\s+(?:[Hh]umanitarian\s+)?[Cc]ountr(?:y|ies)[- ](?:[Bb]ased\s+)?(?:[Hh]umanitarian\s+|[Pp]ooled\s+)?[Ff]unds?(?:\s+for\s+\p{Lu}[\w’'-]+)?`)

var (
	// titleVerbRe is a title's funding verb, after its subject: "Japan
	// Donates ...", "UK announces ...".
	titleVerbRe = lazyre.New(`\s(?:[Ss]igns?|[Uu]ps|[Rr]aises?|[Ss]cales? up|[Dd]onates?|[Dd]onation|[Gg]ives?|[Cc]ontributes?|[Cc]ontribution|[Pp]rovides?|[Pp]ledges?|[Gg]rants?|[Ff]unds?|[Cc]ommits?|[Aa]llocates?|[Ss]upports?|[Bb]oosts?|[Aa]nnounces?|[Rr]enews?|[Ii]ncreases?|[Ee]xtends?|[Dd]elivers?|[Aa]wards?|[Rr]eleases?|[Bb]acking|[Bb]acks|[Ss]upport|[Ff]unding|[Aa]id|[Aa]ssistance|[Cc]ommitment|[Dd]ecides?|[Aa]pproves?|[Oo]ffers?)\b`)
	// bodyDonorRe is an announcing sentence's subject before its verb.
	bodyDonorRe = lazyre.New(`^(?:[A-Z][\w .’'-]{0,30}\s[–—-]\s+|\p{Lu}[\p{Lu} ]{1,20}:\s+)?(?:On [^,]{3,30},\s+|On (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(.+?)\s+(?:(?:said|says|announced)\s+(?:that\s+)?(?:it|they)\s+(?:(?:was|were|is|are)\s+)?)?(?:(?:has|have|had) (?:reached|signed|concluded|struck) an? (?:agreement|accord)\s+)?(?:has|have|had|will|is|are)?\s*(?:also\s+|just\s+|already\s+|earlier\s+|previously\s+)?(?:(?:is|are) to make|will make|set aside|earmarked|mobili[sz]ed|committed|donated|gave|contributed|pledged|promised|given|provided|granted|allocated|announced|awarded|approved|released|donates|promises|contributes|gives|provides|pledges|commits|allocates|announces|releases|decided|extended|extends|extending|releasing|disbursing|earmarking|(?:added|adds)\s+(?:(?:more than|over|about|nearly|almost|some|another|a further|an additional|an extra)\s+)?(?:[$€£]|US\$|USD|EUR|GBP|\d+)|granting|awarding|giving|contributing|providing|allocating|donating|pledging|committing|sends|sent|sending|(?:handed|hands|handing)\s+over|signed|signs|offered|offers|offering|putting|puts|chipped in|chips in|chipping in|kicked in|kicks in|kicking in|unveiled|unveils|made|makes|making|(?:will|to|shall|would)\s+(?:\w+\s+)?(?:provide|give|donate|contribute|pledge|commit|allocate|grant|release|extend|send|deliver|award|channel|disburse|offer|announce|direct|support))\b`)
	// fromDonorRe is a donor named as a source: "from the Government of
	// Japan", "by the European Union", "funded by USAID".
	fromDonorRe = lazyre.New(`\b(?i:from|by|of)\s+(?i:the\s+)?((?:Government|government|People|Kingdom|State|Republic|Federal Republic|Principality|Grand Duchy)s? of (?:the )?[A-Z][\w’'-]*(?: (?:of )?[A-Z][\w’'-]*)*|Church of (?:[A-Z][\w’'-]*|the)(?: (?:[A-Z][\w’'-]*|of|the)){0,7}|[A-Z][\w’'.-]*(?:(?: | & )[A-Z][\w’'.-]*){0,5})`)
	// inNameOfRe ends the words before an "of" that is part of the name
	// of a country the money goes to: "funding to Mozambique, the
	// Republic".
	inNameOfRe = lazyre.New(`(?:\bto|,)\s+(?:the\s+)?(?:Democratic\s+|Islamic\s+|Federal\s+|United\s+)?(?:Republic|Kingdom|Principality|Duchy|Federation|Emirate|Sultanate)\s*$`)
	// donorListNextRe is the next name of a list of givers: " and the
	// United Arab Emirates", ", the European Commission", ", and Japan".
	donorListNextRe = lazyre.New(`^\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?:the\s+)?((?:Government of |Kingdom of |State of |Republic of )?\p{Lu}[\w’'.-]*(?: (?:of )?\p{Lu}[\w’'.-]*){0,4}(?: \(\p{Lu}{2,6}\))?)`)
	// moneyBeforeRe stands shortly before a source that gives money.
	moneyBeforeRe = lazyre.New(`(?i)(?:\b(?:contributions?|funding|funds|grants?|donations?|support|money|aid|assistance|million|billion|received|receives?|welcomed|welcomes|funded|financed|allocated|provided|pledged)\b|[$€£¥]\s?\d)[^.;]{0,80}$`)
	// peopleBeforeRe ends with people, who come from a place: "refugees
	// from Syria and other countries".
	peopleBeforeRe = lazyre.New(`(?i)\b(?:refugees|migrants|people|persons|returnees|families|children|women|civilians|nationals|citizens|IDPs|asylum seekers|those fleeing|fleeing|fled)\s*$`)
	// possessiveDonorRe is a donor named by its gift: "Japan's
	// contribution", "Japanese funding", "the Japanese government".
	possessiveDonorRe = lazyre.New(`\b([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})(?:['’]s)?\s+(?:(?:unwavering|continued|continuing|generous|additional|new|ongoing|strong|further|latest)\s+)?(?:government|Government|funding|contribution|donation|grant|support|money|funds|aid|assistance|backing|commitment)\b`)
	// announcedThatRe is a donor named in what someone announced: "the
	// Minister today announced that Canada is providing $306 million".
	announcedThatRe = lazyre.New(`\b(?:announced|said|confirmed|stated|declared)\s+that\s+(?:the\s+)?(.{2,60}?)\s+(?:is|are|will|has|have|would)\s+(?:\w+\s+)?(?:providing|provide|provided|giving|give|given|contributing|contribute|contributed|pledging|pledge|pledged|allocating|allocate|allocated|donating|donate|donated)\b`)
	donorSplitRe    = lazyre.New(`\s*(?:,|\band\b)\s*|\s+&\s+`) // not the & of "H&M"
)

// donorRule finds the donors of a release in one way; rules are tried in
// order and the first that finds a donor wins, so the surest ways come
// first.
type donorRule struct {
	name string
	find func(title, lead, site string) []string
}

// subjectTimeRe ends a subject with the time of its verb: " today", " on
// Monday".
var subjectTimeRe = lazyre.New(`(?i)\s+(?:today|yesterday|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|this (?:week|morning))$`)

// openingPhraseRe opens a sentence with a phrase before its subject:
// "TOKYO: Responding to ...", "In response to ...", "Following ...".
var openingPhraseRe = lazyre.New(`^(?:\p{Lu}[\p{Lu} ]{1,20}:\s+)?(?:In response to|Responding to|Following|After|Amid|As|With|Given|Due to|In light of|In view of|Faced with|Recognising|Recognizing|To (?:help|support|assist|aid|respond|meet|address|boost|strengthen)|In (?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)|Last (?:week|month|year)|Earlier (?:this|in the) (?:week|month|year))\b`)

// newsDatelineRe is a wire story's dateline: "Abu Dhabi, July 26
// (IANS/WAM)", "WELLINGTON, Nov 18 (NNN-XINHUA) –", "Jerusalem [Israel],
// July 25 (ANI):", "Addis Ababa, February 16/2022 /ENA/".
var newsDatelineRe = lazyre.New(`^\p{Lu}[\p{L} .'’-]{1,30}(?:\s*\[[\p{L} .'’-]{1,30}\])?,\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)(?:,?\s+\d{4}|/\d{4})?\s*(?:\([^)]{1,30}\)|/[\p{L}-]{2,20}/)?\s*(?:--|[:–—-])?\s*`)

// datelineEnd is where a dateline opening s ends, 0 if none does: a wire
// story's, or a place and a date before a dash ("NEW YORK, USA, 29 March
// 2006 –").
func datelineEnd(s string) int {
	if end := wireDatelineEnd(s); end > 0 {
		return end
	}
	if m := datelineRe.FindStringIndex(s); m != nil && dateRe.MatchString(s[:m[1]]) {
		return m[1]
	}
	if m := capitalsDatelineRe.FindStringIndex(s); m != nil {
		return m[1]
	}
	return 0
}

// capitalsDatelineRe is a dateline of a city, and its country, in
// capitals with no date: "BANGKOK, THAILAND -", "NAIROBI –". Every word
// before the dash is in capitals, so a sentence that opens with a name
// ("Japan - the largest donor -") is none.
var capitalsDatelineRe = lazyre.New(`^\p{Lu}[\p{Lu}.'’-]+(?:,?\s\p{Lu}[\p{Lu}.'’-]+){0,3}\s[–—-]{1,2}\s+`)

// wireDatelineEnd is where a wire story's dateline opening s ends, 0 if
// none does (newsDatelineRe, wireCreditDatelineRe).
func wireDatelineEnd(s string) int {
	// "(MENAFN- Kuwait News Agency (KUNA)) WASHINGTON, June 19 (KUNA)
	// --": the site that reposts the wire's story credits it first.
	credit := 0
	if m := syndicationCreditRe.FindStringIndex(s); m != nil {
		credit = m[1]
	}
	for _, re := range []*lazyre.Regexp{newsDatelineRe, wireCreditDatelineRe, capsColonDatelineRe} {
		if m := re.FindStringIndex(s[credit:]); m != nil {
			return credit + m[1]
		}
	}
	// "Brussels (Brussels Morning) The European Commission ...": a city
	// written as a name, the outlet in brackets, then the sentence, with
	// no dash. Only a capital city or an outlet's name, so that "Japan
	// (JICA) The ..." is no dateline.
	if m := cityCreditDatelineRe.FindStringSubmatchIndex(s[credit:]); m != nil {
		_, capital := corpus.CapitalCountry(s[credit+m[2] : credit+m[3]])
		if capital || outletNameRe.MatchString(s[credit+m[4]:credit+m[5]]) {
			return credit + m[6]
		}
	}
	return credit
}

// cityCreditDatelineRe is a city written as a name, the outlet in brackets
// and the sentence's first word in capitals: "Brussels (Brussels Morning)
// The ...". Group 1 is the city, group 2 the outlet, group 3 the
// sentence's first letters.
var cityCreditDatelineRe = lazyre.New(`^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})\s\(([^()]{2,40})\)\s+(\p{Lu}\p{Ll})`)

// outletNameRe names a news outlet: "Brussels Morning", "Daily News",
// "Reuters".
var outletNameRe = lazyre.New(`\b(?:News|Morning|Times|Post|Daily|Press|Agency|Herald|Tribune|Gazette|Journal|Observer|Telegraph|Reuters|AFP|AP|Xinhua|IANS|ANI|WAM|SPA|KUNA|QNA|Anadolu|TASS|Sputnik|Bernama|Antara|Yonhap|Kyodo|BGNES)\b`)

// syndicationCreditRe is the credit a reposting site puts before a wire
// story: "(MENAFN- Kuwait News Agency (KUNA))", "(MENAFN- Emirates News
// Agency)".
var syndicationCreditRe = lazyre.New(`^\(\s*(?:MENAFN\b|[\p{L} ]{0,40}\b(?:News Agency|Press Agency|News Service|Newswire)\b)[^()]{0,80}(?:\([^()]{1,20}\)[^()]{0,20})?\)\s*`)

// capsColonDatelineRe is a city in capitals and a colon, the space after
// it sometimes lost: "NEW DELHI:India on Thursday offered".
var capsColonDatelineRe = lazyre.New(`^\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,}){0,3}\s*:\s*`)

// withoutDateline is s without a wire story's dateline at its start.
func withoutDateline(s string) string { return s[wireDatelineEnd(s):] }

// wireCreditDatelineRe is a dateline of a city in capitals and the wire in
// brackets: "GENEVA (Reuters) -", "WASHINGTON (UrduPoint News / Sputnik -
// 28th April, 2022)".
var wireCreditDatelineRe = lazyre.New(`^\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s*\p{Lu}[\p{L} .'’-]{1,30})?\s*\([^()]{2,80}\)\s*(?:--|[:–—-])?\s*`)

var donorRules = []donorRule{
	{"title subject", func(title, _, _ string) []string {
		// The subject is what stands before a funding verb; try each
		// verb in turn ("Central Emergency Response Fund allocates": not
		// before "Fund").
		for _, m := range titleVerbRe.FindAllStringIndex(title, 4) {
			// "Kuwait-Based Fund, UK Sign MoUs": "Fund" ending a name is
			// no verb.
			// "Yemen Humanitarian Fund allocates": nor after a name's
			// word ("EU to Fund", "Japan Will Fund" are verbs).
			if strings.TrimSpace(title[m[0]:m[1]]) == "Fund" && (fundNameEndRe.MatchString(title[m[1]:]) || fundNameBeforeRe.MatchString(title[:m[0]]) && !fundAuxRe.MatchString(title[:m[0]])) {
				continue
			}
			// "Haiti Aid Conference Brings": "Aid" inside a conference's
			// name is no verb.
			if c := conferenceNameRe.FindStringIndex(title); c != nil && m[0] >= c[0] && m[1] <= c[1] {
				continue
			}
			// "Yemen: €193 million in humanitarian aid from the EU": a
			// label before a colon is the topic, not the subject.
			subject := title[:m[0]]
			if i := strings.LastIndex(subject, ": "); i >= 0 {
				subject = subject[i+2:]
			}
			// "Anonymous man walks into Turkish embassy in US, donates $30
			// million": a subject with two verbs is what stands before
			// the first.
			if strings.HasSuffix(strings.TrimSpace(subject), ",") {
				if k := firstVerbRe.FindStringIndex(subject); k != nil {
					subject = subject[:k[0]]
				}
			}
			// "Ministry glad to help Sudanese children and Chadian
			// families with new aid": whom the subject helps is no
			// giver; the giver stands before "to help", if anywhere.
			if k := toHelpRe.FindStringIndex(subject); k != nil {
				subject = subject[:k[0]]
			}
			// "Yemeni people receive humanitarian aid from China": the
			// words before "aid" say who gets it. "Paris conference on
			// Sudan raises over €2 billion": a gathering of many givers
			// names none, and the place it is for gives nothing.
			if receiverVerbRe.MatchString(subject) || gatheringSubjectRe.MatchString(subject) {
				break
			}
			// "ADB approves grants totalling USD 1.5 million to Chad and
			// Niger for Relief Assistance": before a later verb, the
			// subject holds an earlier one and where its money goes; the
			// countries it goes to give nothing.
			if ds := donorsIn(subject); len(ds) > 0 && !inNeed(ds, placesOfNeed(subject)) {
				return ds
			}
			// "Ottawa to provide $132 million to help people fleeing
			// civil war in Sudan": a government named by its capital.
			if c, ok := capitalSubject(subject); ok {
				return []string{c}
			}
		}
		return nil
	}},
	{"announcing subject", func(_, lead, _ string) []string {
		// "Abu Dhabi, July 26 (IANS/WAM) The UAE's Big Heart Foundation
		// has promised": not the dateline's city.
		if m := bodyDonorRe.FindStringSubmatch(withoutDateline(lead)); m != nil {
			// "The aid chief announced that nearly $90 million had been
			// pledged": who tells of the sum is not its giver.
			if reportsSumRe.MatchString(withoutDateline(lead)[len(m[0]):]) {
				return nil
			}
			// "the American Red Cross announced a $1 million grant from
			// the Annenberg Foundation": who announces a grant it got
			// is not its giver (the words after "from" name that).
			if gotGrantFromRe.MatchString(withoutDateline(lead)[len(m[0]):]) {
				return nil
			}
			// "Pakistan's Prime Minister says an international donors'
			// conference has pledged": who says it is not who gives,
			// when the clause said names the giver, or a gathering of
			// many ("DFID confirmed that a total of £18m has been
			// granted": the speaker gives).
			if c := afterLast(saysThatRe, m[1]); len(c) < len(m[1]) {
				if conferenceSubjectRe.MatchString(c) {
					return nil
				}
				if ds := donorsIn(c); len(ds) > 0 {
					return ds
				}
			}
			if ds := donorsIn(m[1]); len(ds) > 0 {
				return ds
			}
			// "India's representative to Palestine Sunil Kumar on
			// Wednesday handed over USD one million": the country whose
			// envoy hands it over, not where the envoy serves.
			if em := envoyOfRe.FindStringSubmatch(m[1]); em != nil {
				if ds := donorsIn(em[1]); len(ds) > 0 {
					return ds
				}
			}
			// "India on Thursday stressed its close ties with China and
			// offered assistance worth $5 million": the subject of the
			// first of two verbs joined by "and".
			if sm := firstVerbSubjectRe.FindStringSubmatch(m[1]); sm != nil {
				return donorsIn(sm[1])
			}
			// "QFFD and UNRWA signed an agreement today under which the
			// State of Qatar will contribute": the subject of the
			// clause that gives.
			if c := afterLast(subClauseRe, m[1]); len(c) < len(m[1]) {
				return donorsIn(c)
			}
			// "Responding to the urgent situation in Lebanon, the
			// government of Japan has taken a decisive step by extending":
			// the main clause's subject, after an opening phrase.
			// (Its time left out: "As the scope of the tragedy becomes
			// clear, The Pew Charitable Trusts today announced".)
			if k := strings.LastIndex(m[1], ", "); k >= 0 && openingPhraseRe.MatchString(m[1]) {
				return donorsIn(subjectTimeRe.ReplaceAllString(m[1][k+2:], ""))
			}
		}
		return nil
	}},
	// "UN humanitarian chief Jane Doe has released $15 million from the
	// emergency fund": the UN's Emergency Relief Coordinator gives out the
	// Central Emergency Response Fund's money; the fund is the giver. Only
	// when the sentence names the emergency fund: the chief also appeals,
	// and allocates from a country's pooled fund.
	// (A title too: "UN relief chief releases $20 million from emergency
	// fund for Yemen".)
	{"relief chief in lead", func(title, lead, _ string) []string {
		for _, s := range []string{title, withoutDateline(lead)} {
			m := bodyDonorRe.FindStringSubmatch(s)
			if m != nil && reliefChiefRe.MatchString(m[1]) && releaseVerbRe.MatchString(m[0]) && emergencyFundRe.MatchString(s) {
				return []string{"CERF"}
			}
		}
		return nil
	}},
	// "Le Gouvernement du Japon a fait un don de 1,2 million de dollars",
	// "La Suisse octroie 5 millions de francs": a French page's giver,
	// the subject before its verb of giving, in the title or the
	// announcing sentence; a Spanish page's the same way ("El Gobierno de
	// España aporta", "La AECID destinó"): foreignGivers.
	{"French or Spanish subject", func(title, lead, _ string) []string {
		for _, g := range foreignGivers {
			for _, s := range []string{title, g.dateline.ReplaceAllString(lead, "")} {
				if m := g.giver.FindStringSubmatch(s); m != nil {
					if ds := donorsIn(g.subject(m[1])); len(ds) > 0 {
						return ds
					}
				}
			}
		}
		return nil
	}},
	// "Las Naciones Unidas liberaron 125 millones de dólares de su fondo
	// de ayuda de emergencia": as "relief chief in lead", in Spanish.
	{"Spanish UN emergency fund", func(title, lead, _ string) []string {
		for _, s := range []string{title, spanishDatelineRe.ReplaceAllString(lead, "")} {
			m := spanishGiverRe.FindStringSubmatch(s)
			if m != nil && spanishUNRe.MatchString(m[1]) && spanishReleaseVerbRe.MatchString(m[0]) && spanishEmergencyFundRe.MatchString(s) {
				return []string{"CERF"}
			}
		}
		return nil
	}},
	{"announced that", func(_, lead, _ string) []string {
		if m := announcedThatRe.FindStringSubmatch(lead); m != nil {
			return donorsIn(m[1])
		}
		return nil
	}},
	// "The Government of Japan is pleased to impart its contributions
	// to UNICEF": a government as the subject of a sentence about money.
	{"government subject in lead", func(_, lead, _ string) []string {
		if m := governmentSubjectRe.FindStringSubmatch(lead); m != nil {
			return donorsIn(m[1])
		}
		return nil
	}},
	{"source in title", func(title, _, _ string) []string { return fromDonors(title) }},
	{"source in lead", func(_, lead, _ string) []string { return fromDonors(lead) }},
	{"gift in title", func(title, _, _ string) []string { return possessiveDonors(title) }},
	{"gift in lead", func(_, lead, _ string) []string { return possessiveDonors(lead) }},
	// An agency or fund the announcing sentence names ("On Sunday the
	// Kuwait Fund for Arab Economic Development signed ...").
	// (Not in a roundup of many donors' pledges: an agency its announcing
	// sentence names convenes or reports, it does not give them all.)
	{"agency in lead", func(title, lead, _ string) []string {
		if manyGivers(title, lead) {
			return nil
		}
		for _, b := range donorBodies {
			// "the North Korean government" is no giver's body; nor is a
			// fund the money goes to ("€16 million to the UN Central
			// Emergency Response Fund").
			if i := wordIndex(lead, b.Name); len(b.Name) > 4 && i >= 0 && !strings.HasSuffix(lead[:i], "North ") && !toBodyRe.MatchString(lead[:i]) {
				return []string{b.Donor}
			}
		}
		return nil
	}},
	// "MASTERCARD yesterday announced it will make a donation of
	// $200,000 to the American Red Cross": a company, named as the subject
	// that says "it" will give, is a private donor, kept as named (not a
	// person: "he" or "she"; not an official: a title names no company).
	{"company saying it gives", func(_, lead, _ string) []string {
		m := companyGivesRe.FindStringSubmatch(withoutDateline(lead))
		if m == nil {
			return nil
		}
		name := m[1]
		if len(corpus.FindCountries(name)) > 0 || len(corpus.FindRegions(name)) > 0 || governmentSubjectWordRe.MatchString(name) || roleHintRe.MatchString(name) ||
			len(orgMentions(name)) > 0 || notCompanyRe.MatchString(name) {
			return nil
		}
		// "MASTERCARD": a name set in capitals in a news lede, as its
		// own words write it elsewhere.
		if allCaps(name) && len(name) > 4 && !strings.Contains(name, " ") {
			name = name[:1] + strings.ToLower(name[1:])
		}
		return []string{name}
	}},
	// A government's own page: the publisher is the donor ("Federal
	// Council grants ..." on the Swiss foreign ministry's site).
	{"publisher", func(_, _, site string) []string { return donorsIn(site) }},
}

// notCompanyRe is a word that makes a name an aid body's, a public
// body's or a newspaper's, not a company's: "The Red Crescent said it
// would provide".
var notCompanyRe = lazyre.New(`\b(?:Red Cross|Red Crescent|Society|Relief|Aid|Refugees?|Children|Rescue|Mission|Ministry|Department|Agency|Council|Programme|Program|Fund|Government|Organi[sz]ation|Commission|Union|Nations|Committee|Office|Service|Press|News|Times|Post)\b`)

// companyGivesRe is an announcing sentence whose named subject says "it"
// will give: "Acme yesterday announced it will make a donation of",
// "Globex said that it would donate".
var companyGivesRe = lazyre.New(`^(?:[Tt]he\s+)?(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+(?:(?:yesterday|today|on\s+\p{Lu}\w+day|this\s+week)\s+)?(?:has\s+)?(?:announced|said|confirmed|stated)\s+(?:that\s+)?it\s+(?:will|would|is\s+to|has|had)\s+(?:also\s+)?(?:make\s+an?\s+(?:\w+\s+)?(?:donation|contribution|gift|grant)|donated?|give|given|contributed?|provided?|committed|commit|pledged?)\b`)

// societyNameRe is a Red Cross or Red Crescent society named with its
// country: "The Red Cross Society of China", "the Turkish Red Crescent",
// "Japanese Red Cross Society".
var societyNameRe = lazyre.New(`^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}]+\s+)?Red\s+(?:Cross|Crescent)(?:\s+Society)?(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)?)$`)

// managedByRe follows an organisation's name that says it manages or
// runs what comes next: "-managed Pooled Funds", "-run fund" (not "...
// Funds managed by OCHA", which names what is managed).
var managedByRe = lazyre.New(`^[-‑–](?:managed|run|led|administered|hosted)\s`)

// giverSideName reports whether mention m of text names the giving side,
// not a recipient: a name inside a donor's own ("The Red Cross Society of
// China has donated"), or the manager of what comes next ("the
// OCHA-managed Pooled Funds": who manages the funds gets none of their
// money).
func giverSideName(text string, m orgMention, donors []string) bool {
	return insideDonorName(text, m, donors) || managedByRe.MatchString(text[m.end:])
}

// insideDonorName reports whether mention m of sent lies inside one of
// the donors' names as the sentence writes it.
func insideDonorName(sent string, m orgMention, donors []string) bool {
	for _, d := range donors {
		if d == "" {
			continue // (an empty name would match everywhere, and never move on)
		}
		for i := 0; i < len(sent); {
			j := strings.Index(sent[i:], d)
			if j < 0 {
				break
			}
			if i+j <= m.start && m.end <= i+j+len(d) {
				return true
			}
			i += j + len(d)
		}
	}
	return false
}

// giftsOfRe is a word for money given, then whose it is: "the
// contributions of", "donations by", "pledges from".
var giftsOfRe = lazyre.New(`(?i)\b(?:contributions?|donations?|gifts?|pledges?)\s+(?:made\s+)?(?:of|by|from)\s`)

// notGiverGapRe, between giftsOfRe and a name, gives the money to the
// name after all ("a donation of $2 million to UNICEF") or names what it
// is for.
var notGiverGapRe = lazyre.New(`(?i)[0-9$€£¥]|\b(?:to|for|through|towards?|via)\b`)

// giftsOf reports whether the words before a name end in money that
// name gives: "the contributions of its civil institutions represented
// by ".
func giftsOf(before string) bool {
	ms := giftsOfRe.FindAllStringIndex(before, -1)
	return len(ms) > 0 && !notGiverGapRe.MatchString(before[ms[len(ms)-1][1]:])
}

// nationalSociety reads a national Red Cross or Red Crescent society from
// a phrase that is just its name, with a country or its adjective in it.
func nationalSociety(phrase string) (string, bool) {
	m := societyNameRe.FindStringSubmatch(strings.TrimSpace(phrase))
	if m == nil || len(corpus.Mentions(m[1])) == 0 {
		return "", false
	}
	return m[1], true
}

// gotGrantFromRe follows a verb with money its subject got, not gave: " a
// $500,000 grant from", " a donation from".
var gotGrantFromRe = lazyre.New(`^\s+(?:an?|the)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:grant|gift|donation|contribution|pledge)s?\s+(?:of\s+\S+\s+)?from\b`)

// reportsSumRe follows "announced" with a clause whose subject is the sum
// or the pledges themselves: "announced that nearly $90 million had been
// pledged", "said that pledges reached". ("announced that it will give"
// names the giver: announcedThatRe.)
var reportsSumRe = lazyre.New(`(?i)^\s+that\s+(?:(?:a total of|about|around|nearly|almost|over|more than|some|close to|just over|just under)\s+)?(?:[$€£]|US\$|USD|EUR|\d|(?:the\s+)?(?:pledges|donors|countries|contributions)\b)`)

// manyGiversTitleRe opens a title or sentence whose givers are many and
// unnamed: "Donors pledge $90 million for Ruritania", "International
// donors promise", "Pledges at a donor conference in Geneva topped $2
// billion".
var manyGiversTitleRe = lazyre.New(`(?i)^\W*(?:(?:(?:international|foreign|global|world|western|arab|gulf|other)\s+)?(?:donors|donor (?:countries|nations|governments|states))|(?:world|international|global|western|arab|gulf)\s+(?:leaders|powers|countries|nations|governments|states)|(?:several|many|dozens of|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?)(?:countries|nations|governments|states))\s+(?:(?:on|this|last)\s+\p{L}+\s+)?(?:have\s+|had\s+)?(?:pledge|pledged|promise|promised|commit|committed|give|gave|offer|offered|raise|raised)\b|^\W*pledges\s+(?:made\s+)?(?:at|during|from)\s+(?:an?|the|this)\s+(?:[\w'’-]+\s+){0,3}?(?:conference|summit|meeting)\b`)

// manyGiversFromRe names the givers of a sum as many and unnamed: "from
// over ten donor countries", "from more than 40 donors".
var manyGiversFromRe = lazyre.New(`(?i)\bfrom\s+(?:over|more than|some|nearly|about|around|almost)?\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens of|scores of|several|many)\s+(?:donor\s+)?(?:countries|nations|donors|governments)\b`)

// roundupIntroRe introduces a list of what several donors pledged, each
// by name: "here is what some countries have promised", "a breakdown of
// the money donors have pledged", "top donor pledges", "a list of the
// largest pledges".
var roundupIntroRe = lazyre.New(`(?i)\bwhat\s+(?:some|the|other|several|various|individual|key|major|leading)?\s*(?:countries|donors|nations|governments|states)\s+(?:have\s+|had\s+)?(?:pledged|promised|committed|given|offered)\b|\bbreakdown\s+of\b[^.;]{0,80}?\b(?:donors|countries|nations|governments)\s+(?:have\s+|had\s+)?(?:pledged|promised|committed|given|offered)\b|\btop\s+donor\s+pledges\b|\blist\s+of\s+(?:the\s+)?(?:largest|biggest|main|top|major)\s+(?:donor\s+)?pledges\b`)

// roundupPage reports whether the first paragraphs introduce a list of
// several donors' pledges, each its own: the page is a roundup, and a
// sum it states is many donors' together.
func roundupPage(paras []string) bool {
	return slices.ContainsFunc(paras[:min(6, len(paras))], roundupIntroRe.MatchString)
}

// manyGivers reports whether a title or announcing sentence gives the
// money of many donors together, none by name: a pledging conference's
// sum ("Donors pledge $90 million for Ruritania"; "Pledges at the
// conference passed $2 billion, from more than 30 donor countries"). Its
// donor is no one the text names beside the sum.
func manyGivers(title, lead string) bool {
	lead = withoutDateline(lead)
	return manyGiversTitleRe.MatchString(title) || manyGiversTitleRe.MatchString(lead) || manyGiversFromRe.MatchString(lead)
}

// firstVerbRe is a title's first verb in the present: " walks ", " flies ".
var firstVerbRe = lazyre.New(`\s\p{Ll}{2,}s\s`)

// reliefChiefRe is the UN's Emergency Relief Coordinator named by the
// office as the news writes it: "UN humanitarian chief Jane Doe", "The
// United Nations relief chief", "the UN's aid chief".
// (Or the UN itself: "The United Nations released $80 million from its
// emergency relief fund".)
var reliefChiefRe = lazyre.New(`(?i)^(?:the\s+)?(?:UN|U\.N\.|United Nations)(?:(?:['’]s?)?\s+(?:humanitarian\s+aid|humanitarian|emergency\s+relief|relief|aid)\s+(?:chief|head)\b|$)`)

// releaseVerbRe ends an announcing sentence's verb that gives out a fund's
// money: "has released", "allocated", "set aside".
var releaseVerbRe = lazyre.New(`(?i)\b(?:released|releases|releasing|allocated|allocates|allocating|set aside|disbursing|(?:will|to|shall|would)\s+(?:\w+\s+)?(?:release|allocate|disburse))$`)

// emergencyFundRe names the UN's emergency fund: "the emergency fund",
// "the world body's emergency response fund", "CERF".
var emergencyFundRe = lazyre.New(`(?i)\bemergency\s+(?:response\s+|relief\s+)?fund\b|\bCERF\b`)

// toBodyRe ends the words before a body the money goes to: "to the UN ",
// "towards the".
var toBodyRe = lazyre.New(`(?i)\b(?:to|into|towards|toward|for)\s+(?:the\s+)?(?:UN['’]?s?\s+|United Nations['’]?s?\s+)?$`)

// governmentSubjectRe opens a sentence whose subject is a government.
var governmentSubjectRe = lazyre.New(`^\W*(?:On [^,]{3,30},\s+)?((?:[Tt]he\s+)?(?:Government|Kingdom|State|Republic|Federal Republic|People|Principality|Grand Duchy)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+(?:is|are|has|have|will|would|was|were|\p{Ll}+s|\p{Ll}+ed)\b`)

// subClauseRe opens a clause inside an announcing sentence's subject.
var subClauseRe = lazyre.New(`\b(?:under which|by which|whereby|in which|which|that)\s+`)

// peopleAfterDonorRe follows a country that names people, not a giver:
// "the access of Palestine refugees".
var peopleAfterDonorRe = lazyre.New(`^\s+(?:refugees|migrants|people|children|women|civilians|nationals|citizens|returnees|IDPs|asylum seekers|communities|families)\b`)

// eventByRe ends the words before a "by" that names who made a visit,
// hosted a meeting or spoke, not who gives: "during a visit ", "a meeting
// hosted ", "a statement "; nor a ranking's next ("followed by Chad and
// Niger at $5 million each").
var eventByRe = lazyre.New(`(?i)\b(?:followed|preceded|trailed|visit|visits|trip|tour|meeting|talks|conference|summit|ceremony|event|speech|statement|remarks|address|hosted|organi[sz]ed|chaired|convened|attended|opened|accompanied|welcomed|received|led)\s+$`)

// orgNounEndRe ends a name with the word for a body whose name may go on
// ("Kuwait Society", "Qatar Fund"); orgNameGoesOnRe is how it goes on:
// " for Relief", " for Development", " of the Red Crescent".
var (
	orgNounEndRe    = lazyre.New(`\b(?:Society|Foundation|Fund|Association|Organi[sz]ation|Council|Committee|Agency|Institute|Trust|Centre|Center|Authority|Commission)$`)
	orgNameGoesOnRe = lazyre.New(`^\s(?:for|of)\s(?:the\s)?\p{Lu}[\p{L}’'.-]*(?:\s(?:and\s)?\p{Lu}[\p{L}’'.-]*){0,3}`)
)

func fromDonors(s string) []string {
	for _, m := range fromDonorRe.FindAllStringSubmatchIndex(s, -1) {
		if peopleAfterDonorRe.MatchString(s[m[3]:]) {
			continue
		}
		// "provided funding to Mozambique, the Republic of Congo": "of"
		// inside the name of a country given money.
		if inNameOfRe.MatchString(s[:m[0]]) {
			continue
		}
		// "by US$46 million", "a grant of US $20 million" name a currency,
		// not a donor.
		if rest := strings.TrimLeft(s[m[3]:], " \u00a0"); rest != "" && strings.ContainsAny(rest[:1], "$€£¥") || overlaps(findAmounts(s, ""), m[2], m[3]) {
			continue
		}
		// "of" names a giver only right after a gift's word ("a
		// contribution of the Government of Japan"), not a place ("in the
		// conflict-affected areas of the Republic of Yemen").
		if strings.EqualFold(s[m[0]:m[0]+2], "of") && !giftOfRe.MatchString(s[max(0, m[0]-40):m[0]]) {
			continue
		}
		// "a rise in aid to Chad, announced during a visit by the Chadian
		// Foreign Minister": who visits, hosts or speaks gives nothing by
		// that.
		if strings.EqualFold(s[m[0]:m[0]+2], "by") && eventByRe.MatchString(s[max(0, m[0]-40):m[0]]) {
			continue
		}
		// The money must come from it ("a contribution of $20 million
		// from Germany"), not people ("refugees from Syria").
		if before := s[max(0, m[0]-100):m[0]]; !moneyBeforeRe.MatchString(before) || peopleBeforeRe.MatchString(before) {
			continue
		}
		name := s[m[2]:m[3]]
		// "from Kuwait Society for Relief": an organisation's name goes on
		// after "for" or "of"; it is no state's.
		if orgNounEndRe.MatchString(name) {
			if c := orgNameGoesOnRe.FindString(s[m[3]:]); c != "" {
				name += c
			}
		}
		// "from the Ministry of Foreign Affairs of the Republic of Korea":
		// a ministry or department by its name, then its state's.
		if c := ministryOfStateRe.FindStringSubmatch(s[m[2]:]); c != nil {
			name = c[1]
		}
		if ds := donorsIn(name); len(ds) > 0 {
			// "from the Kingdom of Saudi Arabia and the United Arab
			// Emirates": a joint gift has every giver; so has a list
			// ("pledges of over US$250 million from Australia, Brazil,
			// Canada, the European Commission, ... and the United
			// States").
			rest := s[m[3]:]
			for {
				j := donorListNextRe.FindStringSubmatchIndex(rest)
				if j == nil {
					break
				}
				for _, d := range donorsIn(rest[j[2]:j[3]]) {
					if !slices.Contains(ds, d) {
						ds = append(ds, d)
					}
				}
				rest = rest[j[1]:]
			}
			return ds
		}
	}
	return nil
}

// ministryOfStateRe is a ministry or department named, then the state
// it is of: "Ministry of Foreign Affairs of the Republic of Korea",
// "Department for International Development of the United Kingdom".
var ministryOfStateRe = lazyre.New(`^(?:Ministry|Department|Secretariat)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}\p{L}*(?:(?:\s+|,\s+|\s+and\s+|\s+&\s+)\p{Lu}\p{L}*)*\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,4})`)

func possessiveDonors(s string) []string {
	for _, m := range possessiveDonorRe.FindAllStringSubmatchIndex(s, -1) {
		// "A conference led by the United Nations and Haiti's
		// government": who leads a meeting gives nothing by it.
		if ledByRe.MatchString(s[max(0, m[0]-80):m[0]]) {
			continue
		}
		// "With the US aid freeze": a giver's money stopped, not given.
		if aidStoppedRe.MatchString(s[m[1]:]) {
			continue
		}
		// "a call from Pakistan's President for India's contribution to
		// ... be the resolution of the dispute": what someone asks of
		// another is no gift.
		if callForRe.MatchString(s[max(0, m[0]-80):m[0]]) {
			continue
		}
		// "Danish Red Cross raises Haiti contribution": the object of a
		// giver's verb, its gift named by the place it goes to.
		if !possessiveAt(s, m[2], m[3]) && raisesGiftRe.MatchString(s[max(0, m[0]-40):m[0]]) {
			continue
		}
		if ds := donorsIn(s[m[2]:m[3]]); len(ds) > 0 {
			return ds
		}
	}
	return nil
}

// callForRe ends the words of a request before what is asked for: "a
// call from Pakistan's President for ", "urged ... to make ".
var callForRe = lazyre.New(`(?i)\b(?:call|calls|called|calling|appeal|appeals|appealed|urged|urging|urges|demand|demands|demanded|asked)\b[^.;]{0,60}?\b(?:for|to make|to give)\s+(?:the\s+)?$`)

// raisesGiftRe ends a giver's verb before the gift it gives or raises:
// "increases ", "tops up its ", "increased its ". A past form must be
// followed by a determiner: right before the name it is an adjective of
// the giver's own gift ("welcomes increased Norwegian funding").
var raisesGiftRe = lazyre.New(`(?i)\b(?:(?:increases|raises|boosts|doubles|triples|ups|tops up|steps up|scales up|sends|makes)\s+(?:(?:its|their|his|her|the|a|an)\s+)?|(?:increased|raised|boosted|doubled|tripled|upped|topped up|stepped up|scaled up|sent|made)\s+(?:its|their|his|her|the|a|an)\s+)$`)

// possessiveAt reports whether the name s[start:end] ends in, or is
// followed by, a possessive 's.
func possessiveAt(s string, start, end int) bool {
	name, rest := s[start:end], s[end:]
	return strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// ledByRe ends the words before who leads or hosts a meeting: "led by
// the United Nations and ", "hosted by ".
var ledByRe = lazyre.New(`(?i)\b(?:led|hosted|co-hosted|chaired|co-chaired|organi[sz]ed|convened)\s+by\b[^.;]{0,60}$`)

// aidStoppedRe follows a giver's aid that stops: "aid freeze", "funding
// cuts".
var aidStoppedRe = lazyre.New(`^\s+(?:freezes?|cuts?|suspensions?|pauses?|reductions?|withdrawal|shortfalls?)\b`)

// auxTailRe is an auxiliary ending a title's subject before its verb.
var auxTailRe = lazyre.New(`(?i)\s+(?:to|will|would|has|have|is|are|set to|plans to|is to|to also|also)$`)

// capitalSubject returns the country whose capital is the whole of a
// title's subject ("Ottawa", "Tokyo"), as headlines name a government by
// its seat. Not Brussels, which names the European Union as often as
// Belgium.
func capitalSubject(subject string) (string, bool) {
	subject = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(subject), "The "))
	// "Ottawa to provide", "Tokyo will give", "Seoul set to send".
	subject = strings.TrimSpace(auxTailRe.ReplaceAllString(subject, ""))
	if strings.EqualFold(subject, "Brussels") || wordCount(subject) > 3 {
		return "", false
	}
	c, ok := corpus.CapitalCountry(subject)
	return c.Name, ok
}

// findDonors returns the release's donors, by the rules in order, from
// its title and announcing sentence, else its publisher. Countries are
// given by their common name, agencies by the donor they stand for.
func findDonors(title, lead, site string) []string {
	title, lead = withoutPortfolioEU(title), withoutPortfolioEU(lead)
	// "Donors pledge $90 million more for Ruritania", then "... convened
	// with the Government of Ruritania": a country the title gives money
	// for is no giver found elsewhere.
	need := placesOfNeed(title)
	for _, r := range donorRules {
		if ds := r.find(title, lead, site); len(ds) > 0 {
			if r.name != "title subject" && inNeed(ds, need) {
				continue
			}
			return ds
		}
	}
	return nil
}

// firstVerbSubjectRe is an announcing sentence's subject when its verb of
// giving is the second of two joined by "and": the name, a time ("on
// Thursday"), a verb in the past and its object, then "and".
var firstVerbSubjectRe = lazyre.New(`^((?:[Tt]he\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,4})(?:\s+(?:on|this|last)\s+\p{L}+)?\s+\p{Ll}+ed\s[^,;]*\sand$`)

// foreignGivers are the languages other than English whose pages' givers
// are read as the subject before a verb of giving: the subject and verb,
// the dateline that may open the sentence, and the words of the subject
// that name the giver.
var foreignGivers = []struct {
	giver, dateline *lazyre.Regexp
	subject         func(string) string
}{
	{frenchGiverRe, frenchDatelineRe, frenchSubject},
	{spanishGiverRe, spanishDatelineRe, spanishSubject},
}

// frenchGiverRe is a French sentence's subject (group 1) before its verb
// of giving: "Le Japon verse", "Le Gouvernement du Japon a fait un don
// de", "La Suisse a octroyé", "L'Union européenne va débloquer".
var frenchGiverRe = lazyre.New(`^(\p{Lu}[^,;:]{1,60}?)\s+(?:(?:a|ont|va|vont|vient d['’]|viennent d['’]|avait|avaient)\s+)?(?:(?:également|aussi|déjà|encore)\s+)?(?:fait (?:un don|une donation|une contribution)|fait don|octroi\p{L}*|octroy\p{L}*|vers\p{L}*|accord\p{L}*|allou\p{L}*|contribu\p{L}*|débloqu\p{L}*|fourni\p{L}*|donn\p{L}*|offr\p{L}*|offert|attribu\p{L}*|apport\p{L}*|financ\p{L}*|annonc\p{L}*|promis|promet|s['’]engage|consacr\p{L}*|mobilis\p{L}*)(?:\s|$)`)

// frenchDatelineRe is a French page's dateline: "MANILLE, le 10 juillet
// 2006 – ", "Genève, le 3 mai 2019 -".
var frenchDatelineRe = lazyre.New(`^\p{Lu}[\p{L} .'’-]{1,30},\s+(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}\s*(?:--|[:–—-])\s*`)

// frenchGovernmentRe is a French subject naming a government by its
// country: "Le Gouvernement du Japon", "le gouvernement de la Suisse".
var frenchGovernmentRe = lazyre.New(`(?i)^(?:le\s+)?gouvernement\s+(?:du|de la|de l['’]|des|de)\s*`)

// frenchSubject turns a French giver into the words donorsIn reads: the
// country a government is of ("Le Gouvernement du Japon": "Japon"), an
// article left out ("La Suisse": "Suisse", "L'Union européenne": "Union
// européenne").
func frenchSubject(s string) string {
	s = strings.TrimSpace(s)
	if m := frenchGovernmentRe.FindStringIndex(s); m != nil {
		return s[m[1]:]
	}
	for _, a := range []string{"Le ", "La ", "Les ", "L'", "L’", "le ", "la ", "les ", "l'", "l’"} {
		if rest, ok := strings.CutPrefix(s, a); ok {
			return rest
		}
	}
	return s
}

// spanishGiverRe is a Spanish sentence's subject (group 1) before its
// verb of giving: "España aporta", "El Gobierno de España ha concedido",
// "La AECID destinó", "El Fondo Central ... liberó". A list item's dash
// may open it ("-La Agencia ...").
var spanishGiverRe = lazyre.New(`^[-–—•*]?\s*(\p{Lu}[^,;:]{1,90}?)\s+(?:(?:ha|han|había|habían|va a|van a)\s+)?(?:(?:también|ya|además|hoy)\s+)?(?:aport(?:a|an|ó|aron|ado|ará|arán)|don(?:a|an|ó|aron|ado|ará|arán)|destin(?:a|an|ó|aron|ado|ará|arán)|dedic(?:a|an|ó|aron|ado|ará|arán)|contribu(?:ye|yen|yó|yeron|ido|irá|irán)|conced(?:e|en|ido|erá|erán)|concedi(?:ó|eron)|otorg(?:a|an|ó|aron|ado|ará|arán)|asign(?:a|an|ó|aron|ado|ará|arán)|liber(?:a|an|ó|aron|ado|ará|arán)|financi(?:a|an|ó|aron|ado|ará|arán)|entreg(?:a|an|ó|aron|ado|ará|arán)|proporcion(?:a|an|ó|aron|ado|ará|arán)|desembols(?:a|an|ó|aron|ado|ará|arán))(?:[\s,]|$)`)

// spanishUNRe is the United Nations, or its relief chief, as a Spanish
// subject: "Las Naciones Unidas", "la ONU", "El jefe de ayuda
// humanitaria de la ONU".
var spanishUNRe = lazyre.New(`(?i)^(?:(?:las\s+)?Naciones\s+Unidas|(?:la\s+)?ONU|(?:el|la)\s+(?:jefe|jefa|coordinador|coordinadora)\s+(?:de\s+(?:ayuda\s+humanitaria|asuntos\s+humanitarios|(?:la\s+)?ayuda\s+de\s+emergencia)\s+)?de\s+(?:la\s+ONU|las\s+Naciones\s+Unidas))$`)

// spanishReleaseVerbRe ends a Spanish giver's verb that gives out a fund's
// money: "liberaron", "asignó", "desembolsará".
var spanishReleaseVerbRe = lazyre.New(`(?i)(?:liber|asign|desembols)\p{L}*[\s,]?$`)

// spanishEmergencyFundRe names the UN's emergency fund in Spanish: "su
// fondo de ayuda de emergencia", "el fondo de respuesta a emergencias".
var spanishEmergencyFundRe = lazyre.New(`(?i)\bfondo\s+(?:central\s+)?(?:de\s+)?(?:ayuda\s+|respuesta\s+)?(?:de\s+|a\s+|para\s+)?emergencias?\b|\bCERF\b`)

// spanishDatelineRe is a Spanish page's dateline: "MADRID, 19
// (SERVIMEDIA) ", "Madrid, 12 de marzo de 2021 - ".
var spanishDatelineRe = lazyre.New(`^\p{Lu}[\p{L} .'’-]{1,30},\s+\d{1,2}(?:\s+de\s+\p{L}+(?:\s+de\s+\d{4})?)?\s*(?:\([^)]{1,30}\)\s*)?(?:--|[:–—-])?\s*`)

// spanishGovernmentRe is a Spanish subject naming a government by its
// country: "El Gobierno de España", "el Gobierno de los Estados Unidos".
var spanishGovernmentRe = lazyre.New(`(?i)^(?:el\s+)?gobierno\s+(?:de\s+la|de\s+los|de\s+las|del|de)\s+`)

// spanishSubject turns a Spanish giver into the words donorsIn reads: the
// country a government is of ("El Gobierno de España": "España"), an
// article left out ("La Agencia Española ...": "Agencia Española ...").
func spanishSubject(s string) string {
	s = strings.TrimSpace(s)
	if m := spanishGovernmentRe.FindStringIndex(s); m != nil {
		return s[m[1]:]
	}
	for _, a := range []string{"El ", "La ", "Los ", "Las ", "el ", "la ", "los ", "las "} {
		if rest, ok := strings.CutPrefix(s, a); ok {
			return rest
		}
	}
	return s
}

// toHelpRe opens, inside a title's subject, whom its giver helps: "to
// support", "to help", "to assist".
var toHelpRe = lazyre.New(`(?i)\bto\s+(?:support|help|assist|aid|benefit)\b`)

// subjectGetsRe ends a subject and verb in the passive: the subject gets
// the money ("programmes in Korea have been allocated"), unlike "New
// Zealand is providing".
var subjectGetsRe = lazyre.New(`(?i)\b(?:been|be|is|are|was|were)\s+(?:\w+ly\s+)?(?:\w+ed|given|sent|paid|spent|granted)$`)

// nearLeadParagraphs is how many of the first paragraphs donorsNearLead
// reads.
const nearLeadParagraphs = 6

// donorsNearLead runs the donor rules that read a sentence over every
// sentence of the first three paragraphs, in order, but the announcing one
// (already read); further on, to the sixth paragraph, only the rule that
// reads a gift named by its giver ("The German contribution will support",
// "Germany's contribution is welcome"), since donors named there may be
// others ("among others by Sweden (USD 40 million)").
func donorsNearLead(paras []string, title, lead string) []string {
	need := placesOfNeed(title, lead)
	// The announcing sentence's own paragraph first: "the Swiss Agency
	// for Development and Cooperation (SDC) has decided ... In practice,
	// this means that CHF 28 million will be released", after a paragraph
	// on "the US aid freeze".
	order := make([]int, 0, nearLeadParagraphs)
	for i, para := range paras[:min(nearLeadParagraphs, len(paras))] {
		if lead != "" && strings.Contains(para, lead) {
			order = append([]int{i}, order...)
		} else {
			order = append(order, i)
		}
	}
	for k, i := range order {
		para := paras[i]
		for _, sp := range sentences(para) {
			sent := para[sp.start:sp.end]
			// (In the announcing sentence's paragraph, the sentence that
			// names who decides needs no word of funding: "the SDC has
			// decided to use the bulk of its remaining budget".)
			ownPara := k == 0 && lead != "" && strings.Contains(para, lead)
			if sent == lead || !ownPara && !fundingWordRe.MatchString(sent) {
				continue
			}
			// "... including $4 million from Chile and $2 million from
			// Peru": a sentence of several givers' amounts names no one
			// giver of the release.
			if givenFromCount(sent) >= 2 {
				continue
			}
			// "Chad and Niger top the list of recipients, with each getting
			// $20 million": a sentence about who gets money names no giver
			// of the release.
			if receivingSentRe.MatchString(sent) {
				continue
			}
			near := i < 3 || ownPara
			// "The funding comes from the UN Central Emergency Response
			// Fund (CERF)": a sentence that names the money's source, in
			// any of these paragraphs.
			m := fundingComesFromRe.FindStringSubmatch(sent)
			if m == nil {
				m = fundCameFromRe.FindStringSubmatch(sent)
			}
			if m != nil {
				if ds := donorsIn(m[1]); len(ds) > 0 && !inNeed(ds, need) {
					return ds
				}
			}
			for _, r := range donorRules {
				// "The French and German Governments have donated towards
				// ...", in a paragraph before the one that states the
				// amount: the subject that gives, in the first three, if it
				// says who gives ("In Afghanistan, a US$7 million
				// contribution will be used" does not).
				if r.name == "announcing subject" {
					m := bodyDonorRe.FindStringSubmatch(withoutDateline(sent))
					if !near || m == nil || subjectGetsRe.MatchString(m[0]) {
						continue
					}
					// (The subject after an opening phrase: "In April,
					// Ireland pledged".)
					subject := m[1]
					if k := strings.LastIndex(subject, ", "); k >= 0 && openingPhraseRe.MatchString(subject) {
						subject = subject[k+2:]
					}
					if placeWordsRe.MatchString(subject) && !countryCharityRe.MatchString(subject) || strings.Contains(subject, ",") {
						continue
					}
				}
				if (strings.Contains(r.name, "lead") || r.name == "announcing subject") && (near || r.name == "gift in lead") {
					// "The Nepalese government's spokesman said the
					// country lacks tents", below "the quake that struck
					// Nepal": the country in need, not a giver.
					if ds := r.find("", withoutPortfolioEU(sent), ""); len(ds) > 0 && !inNeed(ds, need) {
						return ds
					}
				}
			}
		}
	}
	// "The Walt Disney Company, United Technologies Corp., Amgen and
	// Northrop Grumman are donating millions of dollars": the companies a
	// sentence lists as givers (rule_donors.go).
	return listedCompanies(paras)
}

// fundingComesFromRe is a sentence that says where the money comes from:
// "The funding comes from the UN Central Emergency Response Fund", "The
// money was provided by the Government of Japan".
var fundingComesFromRe = lazyre.New(`^\W*(?:The|This|These)\s+(?:new\s+|additional\s+)?(?:funding|funds|money|allocation|grant|contribution|donation)\s+(?:comes?|came|is|was|are|were)\s+(?:provided\s+by|from)\s+(.{3,120}?)(?:,|\s+which\b|\.|$)`)

// fundCameFromRe is a clause that says where money stated before came
// from, inside a sentence: "the said released fund ($10.5million) came
// from the Nigeria Humanitarian Fund (NHF) and the Central Emergency
// Response Fund (CERF) to alleviate ...".
var fundCameFromRe = lazyre.New(`\b(?:fund|funds|funding|money|allocation|sum)\s*(?:\([^)]{1,30}\)\s*)?(?:came|comes)\s+from\s+(.{3,160}?)(?:\s+to\s+\p{Ll}|,|\.|$)`)

// receivingSentRe marks a sentence that tells who receives money and how
// much each gets: "the list of recipients", "with each getting", "at $5
// million each".
var receivingSentRe = lazyre.New(`(?i)\brecipients\b|\beach\s+(?:getting|receiving|gets|receives|will\s+(?:get|receive))\b|\bat\s+(?:US\s?)?[$€£][\d.,]+(?:\s*(?:million|billion|m|bn))?\s+each\b`)

// placeOfNeedRe ends the words before a country that is where money goes
// or a disaster struck: "Appeal for ", "the quake that struck ".
var placeOfNeedRe = lazyre.New(`(?i)\b(?:for|to|in|struck|hit|hits|strikes|ravaged|devastated)\s+(?:the\s+)?$`)

// thanksToRe ends the words before a giver thanked: "Thanks to ",
// "grateful to the ".
var thanksToRe = lazyre.New(`(?i)\b(?:thanks|thank you|grateful|gratitude|thankful|owing|due)\s+to\s+(?:the\s+)?$`)

// placesOfNeed returns the codes of the countries a title or announcing
// sentence names as where money goes or a disaster struck ("Aid Groups
// Appeal for Nepal Quake Relief", "the earthquake that struck Nepal").
func placesOfNeed(texts ...string) []string {
	var out []string
	for _, text := range texts {
		for _, m := range corpus.Mentions(text) {
			before := text[max(0, m.Start-30):m.Start]
			// "Thanks to Norway, WFP reaches refugees": the giver.
			if thanksToRe.MatchString(before) {
				continue
			}
			// "Quake donations exceed Pakistan's need", "Nepal's
			// reconstruction": what the country needs.
			if m.Country.Code != "" && (placeOfNeedRe.MatchString(before) || needOfRe.MatchString(text[m.End:])) && !slices.Contains(out, m.Country.Code) {
				out = append(out, m.Country.Code)
			}
		}
	}
	return out
}

// needOfRe follows a country with what it needs: "'s need", "'s
// reconstruction needs", "'s quake victims".
var needOfRe = lazyre.New(`^['’]s\s+(?:\w+\s+)?(?:needs?|requirements?|appeal|reconstruction|recovery|victims|survivors|displaced|refugees)\b`)

// inNeed reports whether any of the donors is a country of need (by
// code, from placesOfNeed).
func inNeed(donors, need []string) bool {
	return slices.ContainsFunc(donors, func(d string) bool {
		c, ok := corpus.LookupCountry(d)
		return ok && slices.Contains(need, c.Code)
	})
}

// givenFromRe follows an amount with a giver it comes from: " from Chile",
// " from the Red Cross".
var givenFromRe = lazyre.New(`^\s+from\s+(?:the\s+)?\p{Lu}`)

// givenFromCount counts the amounts of a sentence each followed by a giver
// it comes from ("$4 million from Chile, $2 million from Peru").
func givenFromCount(sent string) int {
	n := 0
	for _, a := range findAmounts(sent, "") {
		if givenFromRe.MatchString(sent[a.end:]) {
			n++
		}
	}
	return n
}

// basedInRe is where a giver is based, before its name: "Washington,
// D.C.-based ", "Seattle-based ".
var basedInRe = lazyre.New(`(?:\p{Lu}[\p{L}.]*,?\s+)*\p{Lu}[\p{L}.]*-based\s+`)

// giverDescriptionRe is a clause after a giver's name that describes it:
// ", which is based in Ruritania", ", a mobile operator in Ruritania",
// ", created by the Dell Computer founder", up to the comma that closes
// it.
var giverDescriptionRe = lazyre.New(`,\s+(?:which|who|whose|an?|(?:created|founded|set up|established|started|launched|endowed|run|headed|chaired|led)\s+by)\s+[^,]*`)

// businessDescriptionRe is a giver's description that makes it a
// business: ", a large mobile operator in Ruritania", ", the country's
// biggest bank".
var businessDescriptionRe = lazyre.New(`^,\s+(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:operator|company|firm|bank|retailer|chain|maker|manufacturer|provider|carrier|airline|insurer|conglomerate|business|supplier|producer|brand|giant|lender|broadcaster|brewer|miner)\b`)

// companyOfCountryRe is a company whose name ends with its country's or
// province's: "National Bank of Canada", "Royal Bank of Scotland",
// "Commonwealth Bank of Australia". Not a central bank, which is the
// state's (centralBankRe).
var companyOfCountryRe = lazyre.New(`^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:Bank|Insurance Company|Airlines|Airways|Railways|Telecom)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$`)

// centralBankRe opens the name of a state's central bank: "Central Bank
// of", "Reserve Bank of".
var centralBankRe = lazyre.New(`^(?:Central|Reserve|State)\s+Bank\b`)

// withoutGiverDescription drops the clauses of a phrase that describe the
// giver just before them (giverDescriptionRe). Only after a name read as a
// giver: "Jane Doe, a native of Ruritania," names a person, and the
// country stays for the rules that tell her gift from the release's.
//
// A clause that says the name before it is a business ("Delta Telecom, a
// large mobile operator in Ruritania,") describes a giver whatever that
// name: the place is where the business works, not a giver.
func withoutGiverDescription(phrase string) string {
	for _, loc := range slices.Backward(giverDescriptionRe.FindAllStringIndex(phrase, -1)) {
		names := donorSplitRe.Split(phrase[:loc[0]], -1)
		if donorName(strings.TrimSpace(names[len(names)-1])) != "" || businessDescriptionRe.MatchString(phrase[loc[0]:loc[1]]) {
			phrase = phrase[:loc[0]] + phrase[loc[1]:]
		}
	}
	return phrase
}

// saysThatRe ends the words of a speaker before what the speaker says:
// " says ", " said that ", " told reporters ".
var saysThatRe = lazyre.New(`\s(?:says|said|told (?:reporters|journalists|the \w+)|announced|reported|stated|confirmed)\s+(?:that\s+)?`)

// twoFoundersRe is a foundation named after two people, joined by "and".
var twoFoundersRe = lazyre.New(`\b((?:[A-Z][\w’'.]*\s+){1,3}and\s+(?:[A-Z][\w’'.]*\s+){1,4}(?:Foundation|Trust|Charitable Trust))$`)

// conferenceNameRe is a conference named after the country it is for:
// "Haiti Aid Conference", "Syria Donors' Conference", "Yemen Pledging
// Summit".
// gatheringSubjectRe is a title's subject that is a gathering of many
// givers: "Paris conference on Sudan", "International donors' conference"
// (not "Japan at conference": Japan gives).
var gatheringSubjectRe = lazyre.New(`^\s*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}(?:(?i:international|donors['’]?|donor|pledging|aid)\s+)*(?i:conference|summit|gathering|meeting)\b`)

var conferenceNameRe = lazyre.New(`\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}(?:\s+(?:Aid|Donors?['’]?|Pledging|Humanitarian|Reconstruction|Recovery|Relief|Support|Solidarity))*\s+(?:Conference|Summit)\b`)

// conferenceSubjectRe opens a phrase naming a conference or meeting: "A
// conference on Monday led by ...", "The pledging summit".
var conferenceSubjectRe = lazyre.New(`(?i)^\W*(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:conference|summit|meeting)\b`)

// ministryNameRe is a ministry's or minister's name, which may run over
// commas and "and": "the Ministry of Foreign Affairs, European Union and
// Cooperation", "Ministry for Europe and Foreign Affairs".
var ministryNameRe = lazyre.New(`\b(?:Ministry|Minister|Department|Secretariat|Secretary of State)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}\p{L}*(?:(?:\s+|,\s+|\s+and\s+|\s+&\s+)\p{Lu}\p{L}*)*`)

// portfolioEURe is Europe or the EU named as a ministry's portfolio.
var portfolioEURe = lazyre.New(`\b(?:European Union|EU|Europe|European)\b`)

// withoutPortfolioEU blanks Europe and the EU where a ministry's name holds
// them as its portfolio: Spain's "Ministry of Foreign Affairs, European
// Union and Cooperation" is no EU body. The text keeps its length.
func withoutPortfolioEU(s string) string {
	return ministryNameRe.ReplaceAllStringFunc(s, func(m string) string {
		return portfolioEURe.ReplaceAllStringFunc(m, func(eu string) string { return strings.Repeat(" ", len(eu)) })
	})
}

// donorsIn reads the donors of a phrase such as "Japan", "The Government of
// Norway", "Sweden and Norway", "The European Union" or "KOICA".
func donorsIn(phrase string) []string {
	// "US$21 Million" names a currency, not the United States.
	// "... in aid from The Walt Disney Company.": the sentence's full
	// stop is no part of the name.
	phrase = strings.TrimSuffix(strings.TrimSpace(stripAmounts(phrase)), ".")
	if phrase == "" || wordCount(phrase) > 14 {
		return nil
	}
	// "the Washington, D.C.-based United Nations Foundation": where a
	// giver is based is no part of its name.
	phrase = basedInRe.ReplaceAllString(phrase, "")
	// "The Acme Foundation, which is based in Ruritania," and "Acme
	// Group, a large bank in Ruritania,": a clause that describes a
	// giver names where it sits or works, not another giver.
	// (Nor is the comma that closed it, when the phrase ends there.)
	phrase = strings.TrimRight(strings.TrimSpace(withoutGiverDescription(phrase)), ",")
	phrase = withoutPortfolioEU(phrase)
	// "Haiti Aid Conference": the country a conference is for gives
	// nothing.
	phrase = conferenceNameRe.ReplaceAllString(phrase, "")
	// "A conference led by the United Nations and Malawi's government":
	// a meeting, whoever leads it, gives nothing of its own.
	if conferenceSubjectRe.MatchString(phrase) {
		return nil
	}
	// "the Bill & Melinda Gates Foundation" is one donor, "&" and all.
	if name, ok := privateDonor(phrase); ok && strings.Contains(name, "&") {
		return []string{name}
	}
	// "The Chicago-based John D. and Catherine T. MacArthur Foundation",
	// "the Bill and Melinda Gates Foundation": one foundation named after
	// two people.
	if m := twoFoundersRe.FindStringSubmatch(phrase); m != nil {
		return []string{m[1]}
	}
	if ds := pluralFoundations(phrase); len(ds) > 0 {
		return ds
	}
	var out []string
	for _, part := range donorSplitRe.Split(phrase, -1) {
		part = strings.TrimSpace(part)
		// "On March 10, in response to the crisis in Northwest Syria, the
		// Government of Japan": a phrase opening with a preposition sets
		// the time or the cause; it names no giver.
		if part == "" || frontedPhraseRe.MatchString(part) {
			continue
		}
		if d := donorName(part); d != "" && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// fundNameEndRe follows "Fund" that ends a fund's name: ", UK Sign",
// " for Arab Economic Development", "'s grant".
var fundNameEndRe = lazyre.New(`^(?:[,’')]|\s+(?:and|for|of|&)\b|$)`)

// fundNameBeforeRe ends a fund's name before its word "Fund": a
// capitalised word that is no auxiliary ("Yemen Humanitarian", not "EU
// to", "Japan Will").
var fundNameBeforeRe = lazyre.New(`(?:^|\s)(?:[A-Z][\p{L}’'-]*)$`)

// fundAuxRe is an auxiliary before the verb "Fund" in a title.
var fundAuxRe = lazyre.New(`(?i)(?:^|\s)(?:to|will|would|may|must|shall|can|could|should|helps?|agrees? to|set to)$`)

// giftOfRe ends the words before "of" and a giver: "a contribution ",
// "the generous support ", "on behalf ".
var giftOfRe = lazyre.New(`(?i)\b(?:contributions?|grants?|donations?|gifts?|funding|funds|aid|assistance|support|pledges?|generosity|behalf|courtesy)\s+(?:[\w'’-]+\s+){0,2}$`)

// receiverVerbRe is a verb whose subject gets the money: "receive",
// "welcomes", "thanks"; or asks for it: "appeal for", "seeks".
var receiverVerbRe = lazyre.New(`(?i)\b(?:receives?|received|receiving|gets?|got|welcomes?|welcomed|thanks?|thanked|hails?|hailed|benefits?|benefited|beneficiar(?:y|ies)|recipients?|appeals?\s+for|appealed\s+for|seeks?|sought)\b`)

// frontedPhraseRe opens a phrase fronted before a sentence's subject:
// "in response to the crisis in Syria", "on 10 March", "following the
// floods in Kenya".
var frontedPhraseRe = lazyre.New(`(?i)^(?:in|on|at|to|amid|after|before|during|following|since|as|with|within|for|from|over|under|responding|reacting|given|due|owing|because|despite)\b`)

// donorName reads one donor: an agency or fund, or a country by name or
// adjective. A recipient organisation is not a donor.
func donorName(part string) string {
	if containsWord(part, "North Korean") {
		return ""
	}
	// "the U.S. Fund for UNICEF", "the German Committee for UNICEF": an
	// agency's national committee raises money for it; its country gives
	// nothing.
	if nationalCommitteeRe.MatchString(part) {
		return ""
	}
	// "HSBC USA": a company named with its country is the company.
	if companyCountryRe.MatchString(strings.TrimSpace(part)) {
		return strings.TrimSpace(part)
	}
	for _, b := range donorBodies {
		if containsWord(part, b.Name) {
			return b.Donor
		}
	}
	// "National Bank of Ruritania", "the Bank of Nova Scotia": a
	// company named after its country is the company, not the state.
	if m := companyOfCountryRe.FindStringSubmatch(strings.TrimSpace(part)); m != nil && !centralBankRe.MatchString(m[1]) {
		return m[1]
	}
	if m := pooledFundRe.FindString(part); m != "" {
		return strings.TrimPrefix(m, "The ")
	}
	// A private or corporate donor, kept as stated: "Ikea Foundation",
	// "a Finnish philanthropist" (a person of a country is not its state).
	if name, ok := privateDonor(part); ok {
		return name
	}
	// "The Red Cross Society of China", "the Turkish Red Crescent": a
	// country's Red Cross or Red Crescent society gives as itself, never
	// as its country's state.
	if name, ok := nationalSociety(part); ok {
		return name
	}

	for _, o := range organisations {
		if containsWord(part, o.Acronym) {
			return ""
		}
	}
	// "Qatar Charity (QC)", an NGO: a charity named after its country is
	// not the country's state.
	if m := countryCharityRe.FindStringSubmatch(part); m != nil {
		return m[1]
	}
	if cs := corpus.FindCountries(part); len(cs) == 1 {
		return cs[0].Name
	}
	return ""
}

// pluralFoundationsRe is a list of names sharing one plural word: "The
// Annenberg, William and Flora Hewlett, and Samuel I. Newhouse
// foundations", "the Gates and Rockefeller foundations".
var pluralFoundationsRe = lazyre.New(`^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.&'’-]*,?\s+(?:and\s+|&\s+)?)+)(foundations|trusts)$`)

// andRe joins two names: " and ", " & ".
var andRe = lazyre.New(`\s+(?:and|&)\s+`)

// pluralFoundations reads the donors of a list of names sharing one plural
// word (pluralFoundationsRe), each with its word in the singular:
// "Annenberg Foundation", "William and Flora Hewlett Foundation". A list
// with commas is split at its commas only, so that a name with "and" in
// it stays whole; a list without, at "and".
func pluralFoundations(phrase string) []string {
	m := pluralFoundationsRe.FindStringSubmatch(phrase)
	if m == nil {
		return nil
	}
	list, word := strings.TrimSpace(m[1]), strings.ToUpper(m[2][:1])+strings.TrimSuffix(m[2][1:], "s")
	var names []string
	if strings.Contains(list, ",") {
		names = strings.Split(list, ",")
	} else {
		names = andRe.Split(list, -1)
	}
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(n), "and "), "& "))
		if n == "" {
			return nil
		}
		out = append(out, n+" "+word)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// nationalCommitteeRe names a UN agency's national committee or fund: "U.S.
// Fund for UNICEF", "Japan Committee for UNICEF", "USA for UNHCR",
// "Australia for UNHCR".
var nationalCommitteeRe = lazyre.New(`\b(?:(?:Fund|Committee|Association|Foundation)\s+for|USA\s+for|(?:\p{Lu}\p{Ll}+)\s+for)\s+(?:the\s+)?(?:UNICEF|UNHCR|UNFPA|UNRWA|WFP|UN Women|the United Nations|United Nations)\b`)

// countryCharityRe is a charity named after a place: "Qatar Charity",
// "Kuwait Society for Relief (KSR)".
var countryCharityRe = lazyre.New(`^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:Charity|Charities|Charitable Society|Charitable Foundation|Relief Society|Society for Relief))(?:\s*\(\p{Lu}{2,6}\))?$`)

// receiveRe is what stands before a recipient that gets money: "to the
// World Food Programme", "through UNHCR", "for UNICEF's work".
// orgListGapRe joins organisations listed together: ", the ", " and ",
// "), the " after an acronym in brackets, "/" ("Swiss Red Cross/Palestine
// Red Crescent Society").
var orgListGapRe = lazyre.New(`^\)?(?:\s*\(\p{Lu}[\p{L}-]{1,10}\))?\s*(?:,|,?\s+and|&|/|,?\s*as well as)\s*(?:the\s+)?(?:UN\s+|United Nations\s+)?$`)

// moneyGoesToOrgRe says where money goes in a sentence that names no funding
// word: "Most of the increase will go to the ... operations of the World
// Food Programme", "The money goes to Finn Church Aid", "International
// agencies including the UN World Food Programme ... will also be helped".
var moneyGoesToOrgRe = lazyre.New(`(?i)\b(?:money|increase|sum|rest|remainder|funds?)\s+(?:\w+\s+){0,2}?(?:go|goes|went)\s+to\b|\b(?:earmarked|channell?ed)\b|\b(?:will|shall)\s+(?:also\s+)?be\s+(?:helped|supported|funded|financed)\b|\b(?:money|funds|funding|contribution|grant|donation)\s+(?:\w+\s+){0,2}?(?:enables?|allows?|lets)\b|\b(?:agreements?|contracts?)\b[^;]{0,120}?\bsigned\b`)

// ownerGapRe stands between an organisation in the possessive and the
// organisation it owns: "OCHA’s ".
var ownerGapRe = lazyre.New(`^['’]s?\s+(?:(?:UN|United Nations)\s+)?$`)

// kindListGapRe goes on with a list of recipients through a kind of
// organisation and its members: " (CHF10 million) and various health
// organisations, including the ".
var kindListGapRe = lazyre.New(`^(?:\s*\([^()]{0,30}\))?\s*,?\s+(?:and|as well as)\s+(?:various\s+|other\s+|several\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:organi[sz]ations|agencies|NGOs|charities|partners),?\s+(?:including|such as|notably|among them|namely)\s+(?:the\s+)?$`)

// kindListRe heads a list of organisations named as members of a kind:
// "leading Non-Government Organisations, such as ".
var kindListRe = lazyre.New(`(?i)\b(?:organi[sz]ations|NGOs|agencies|charities|groups|bodies)\s*,?\s+(?:such as|including|namely|notably|like)\s+`)

// kindListItemRe is one item of such a list, and what ends it: a name of
// capitalised words, then ", ", " and ", or the end of the list.
var kindListItemRe = lazyre.New(`^(?:the\s+)?(\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:of|for|the|de|du|des)\s+)?\p{Lu}[\p{L}’'&.-]*){0,4})(\s*,\s*(?:and\s+)?(?:the\s+)?|\s+(?:and|&)\s+(?:the\s+)?|\s*[.;:()]|\s*$)`)

// kindListMentions returns the organisations a list after a kind names
// that the table does not know ("Non-Government Organisations, such as
// Concern, GOAL and Trócaire": Concern), each by its name as written.
// The list stops at an item that is no name alone ("such as UN agencies,
// the Red Cross and NGOs" names none).
func kindListMentions(s string) []orgMention {
	var out []orgMention
	for _, k := range kindListRe.FindAllStringIndex(s, -1) {
		at := k[1]
		for at < len(s) {
			m := kindListItemRe.FindStringSubmatchIndex(s[at:])
			if m == nil {
				break
			}
			name := strings.TrimRight(s[at+m[2]:at+m[3]], ".")
			switch name {
			case "UN", "U.N.", "United Nations", "EU", "European Union":
				return out
			}
			if known := orgMentions(name); len(known) == 0 && !isPlaceOrDonorBody(name) {
				out = append(out, orgMention{name, at + m[2], at + m[2] + len(name)})
			}
			if strings.TrimSpace(s[at+m[4]:at+m[5]]) == "" || strings.ContainsAny(s[at+m[4]:at+m[5]], ".;:()") {
				break
			}
			at += m[1]
		}
	}
	return out
}

// groupRe names recipients as a group rather than one by one: "UN
// agencies", "United Nations humanitarian agencies", "partner
// organizations", "NGOs". A group is a recipient only where a receiving
// word stands before it, as any organisation.
var groupRe = lazyre.New(`\b(?:(?:UN|United Nations|U\.N\.)\s+(?:humanitarian\s+)?agencies|partner\s+organi[sz]ations|NGOs)\b`)

// demonymBeforeRe is the word before a group that may be a people's
// adjective: "Austrian NGOs".
var demonymBeforeRe = lazyre.New(`\b(\p{Lu}\p{Ll}+)\s+$`)

// spanishReceiveRe ends the words of a Spanish page before the
// organisation that receives the money: "1,5 millones de euros al",
// "ha concedido ... a la", "a través del".
var spanishReceiveRe = lazyre.New(`(?i)(?:\b(?:millones|millón)\s+de\s+[^.;:,]{0,30}?\s+(?:al|a\s+la|a\s+los|a\s+las)|(?:\baport|\bconced|\bdon|\bdestin|\bentreg|\botorg|\basign|\bcontribu)\p{L}*\s+(?:[^.;:]{0,60}?\s)?(?:al|a\s+la|a\s+los|a\s+las)|\b(?:a\s+través|por\s+medio|por\s+conducto)\s+(?:del|de\s+la|de\s+los|de\s+las))\s*$`)

// frenchReceiveRe ends the words of a French page before the organisation
// that gets the money: "un don de 1,2 million de dollars au", "verse à
// l'", "par l'intermédiaire du", "en faveur du".
var frenchReceiveRe = lazyre.New(`(?i)\b(?:(?:millions?|milliards?)\s+(?:de|d['’])\s*[^.;:,]{0,30}?\s+(?:au|à la|à l['’]|aux)|(?:verse|versé|octroie|octroyé|accorde|accordé|alloue|alloué|donne|donné|fait un don|contribue|apporte|apporté)\s+(?:[^.;:]{0,60}?\s)?(?:au|à la|à l['’]|aux)|(?:par l['’]intermédiaire|en faveur|au profit|par le biais)\s+(?:du|de la|de l['’]|des))\s*$`)

// envoyOfRe is a country's envoy by its possessive: "India's
// representative", "Japan’s Ambassador".
var envoyOfRe = lazyre.New(`(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})['’]s\s+(?:[\w-]+\s+){0,2}?(?:representative|ambassador|envoy|consul(?:\s+general)?|minister|delegation|mission|embassy)\b`)

// envoyToRe ends with a post held at an organisation, not money sent to
// it: "Permanent Representative of the United States of America to the".
var envoyToRe = lazyre.New(`(?i)\b(?:representative|ambassador|envoy|mission|delegation|delegate|observer)\b[^.;:]{0,60}?\bto\s+(?:the\s+)?$`)

// rangeOfGroupsRe ends the words before an end of a range of examples:
// "groups ranging from the ", "ranging from the World Food Programme to ".
var rangeOfGroupsRe = lazyre.New(`(?i)\branging\s+from\s+(?:the\s+)?(?:[^.;:]{1,80}?\s+to\s+(?:the\s+)?)?$`)

// kindsOfRe ends with a list of kinds: "such as UN agencies, the Red
// Cross and ".
var kindsOfRe = lazyre.New(`(?i)\b(?:such as|including|like|namely)\s+[^.;:]*$`)

// groupGetsRe stands before a group that gets money.
var groupGetsRe = lazyre.New(`(?i)\b(?:to|through|via|lets|allows|enables|channell?ed through)\s+(?:the\s+)?$`)

// signedWithRe is an agreement signed with an organisation, its name
// (group 1) capitalised words ending in a word that makes it one: "The
// agreement ... was signed with the Benevolence Coalition for
// Humanitarian Relief", "signed by ... with the Hand by Hand Foundation".
var signedWithRe = lazyre.New(`(?i:\b(?:agreements?|contracts?|memorandum|MoU)\b[^;]{0,120}?\bsigned\b[^;]{0,80}?\bwith\s+(?:the\s+)?)(\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:of|for|by|the|and|&)\s+)?\p{Lu}[\p{L}’'&.-]*){0,6}\s+(?:Foundation|Coalition|Society|Association|Organi[sz]ation|Council|Committee|Fund|Trust|Alliance|Network|Institute|Programme|Program|Federation|Movement|Initiative|Charity|Corps|Relief|Aid))\b`)

// signedWithMentions returns the organisations a text names as the other
// side of an agreement that the table does not know.
func signedWithMentions(s string) []orgMention {
	var out []orgMention
	for _, m := range signedWithRe.FindAllStringSubmatchIndex(s, -1) {
		name := s[m[2]:m[3]]
		if known := orgMentions(name); len(known) > 0 || isPlaceOrDonorBody(name) || donorName(name) != "" {
			continue
		}
		out = append(out, orgMention{name, m[2], m[3]})
	}
	return out
}

// throughNamedRe is an organisation fundbot does not know, named by the
// shape of its name after the channel the money goes through: "Through
// the Dutch Relief Alliance (DRA), the Dutch government is to make an
// extra €10 million available".
var throughNamedRe = lazyre.New(`(?i:\b(?:through|via)\s+(?:the\s+)?)(\p{Lu}[\p{L}’'&.-]*(?:\s+(?:(?:of|for|by|the|and|&)\s+)?\p{Lu}[\p{L}’'&.-]*){0,6}\s+(?:Foundation|Coalition|Society|Association|Alliance|Network|Federation|Movement|Charity|Corps))\b`)

// throughNamedMentions returns the organisations throughNamedRe finds
// that the table does not know. Its name may hold a demonym ("Dutch")
// or a country: only a government's own body is no such organisation.
func throughNamedMentions(s string) []orgMention {
	var out []orgMention
	for _, m := range throughNamedRe.FindAllStringSubmatchIndex(s, -1) {
		name := s[m[2]:m[3]]
		// "$300,000, through the United Nations Foundation, to the
		// United Nations Fund for Population Activities": a channel to
		// the one that gets it.
		if known := orgMentions(name); len(known) > 0 || govBodyRe.MatchString(name) || onwardToRe.MatchString(s[m[3]:]) {
			continue
		}
		out = append(out, orgMention{name, m[2], m[3]})
	}
	return out
}

// onwardToRe follows a channel with the one it passes money on to.
var onwardToRe = lazyre.New(`^\s*(?:\([^)]{1,12}\)\s*)?,\s*(?:on\s+)?to\s`)

// govBodyRe is a government's own body, named by its kind.
var govBodyRe = lazyre.New(`(?i)\b(?:government|ministry|department|office|embassy|agency|federal)\b`)

// groupListedRe stands before a group listed after another recipient:
// "..., the International Organization for Migration and partner
// organizations" (findRecipients takes it only when the one before is
// taken).
var groupListedRe = lazyre.New(`\w\)?(?:,|,?\s+and|\s*&)\s+(?:the\s+)?$`)

// groupMentions returns the groups of recipients a text names, each by its
// words as written.
func groupMentions(s string) []orgMention {
	var out []orgMention
	for _, m := range groupRe.FindAllStringIndex(s, -1) {
		// "non-governmental organizations (NGOs)": the group named
		// before, in brackets, is the same one.
		// "partner humanitarian organisations such as UN agencies, the
		// Red Cross and NGOs": kinds of partner, not the partners.
		// "Japanese NGOs (JPF)": the group named in brackets after it
		// is one organisation, which the table names.
		if m[0] > 0 && s[m[0]-1] == '(' || kindsOfRe.MatchString(s[max(0, m[0]-60):m[0]]) || strings.HasPrefix(strings.TrimLeft(s[m[1]:], " "), "(") {
			continue
		}
		if d := demonymBeforeRe.FindStringSubmatchIndex(s[:m[0]]); d != nil {
			if ms := corpus.Mentions(s[d[2]:d[3]]); len(ms) == 1 && ms[0].Start == 0 && ms[0].End == d[3]-d[2] {
				m[0] = d[2] // "the remainder to Austrian NGOs"
			}
		}
		// Only where the money plainly goes to the group ("granted to
		// United Nations humanitarian agencies", "through NGOs"), not
		// "close cooperation with UN agencies".
		if before := s[max(0, m[0]-40):m[0]]; !groupGetsRe.MatchString(before) && !groupListedRe.MatchString(before) && !receivedRe.MatchString(s[m[1]:]) {
			continue
		}
		out = append(out, orgMention{strings.Join(strings.Fields(s[m[0]:m[1]]), " "), m[0], m[1]})
	}
	return out
}

// betweenRe ends with "between" before a first organisation;
// betweenAndRe joins it to the second: " education programme and a ".
var (
	betweenRe    = lazyre.New(`(?i)\bbetween\s+(?:an?\s+|the\s+)?$`)
	betweenAndRe = lazyre.New(`^[^,;.()]{0,40}?\s(?:and|&)\s+(?:an?\s+|the\s+)?$`)
)

// sinceOpensRe opens a sentence about what has been done since some
// time.
var sinceOpensRe = lazyre.New(`(?i)^\W*since\b`)

// managerRe ends with an organisation that runs a fund, not one that
// gets money: "the Afghanistan Humanitarian Fund, managed by the UN
// Office for the Coordination of Humanitarian Affairs".
var managerRe = lazyre.New(`(?i)\b(?:managed|run|administered|hosted|led|coordinated|chaired|convened)\s+by\s+(?:the\s+)?(?:UN\s+|United Nations\s+)?$`)

var receiveRe = lazyre.New(`(?i)\b(?:(?:to|through|via|towards|for|with|by|channell?ed through|delivered through|supports?|supporting|(?:the )?(?:(?:19|20)\d\d\s+)?(?:work|operations|programmes|programs|activities) of|(?:emergency )?appeals? of|fund|funds|funding|finance|finances|financing|provide|provides|providing|give|gives|giving|lets|let|allows|allow|enables|enable|(?:its|their|our)\s+share\s+(?:of|in))\s+(?:the\s+)?|\bwith\s+(?:the|these|this|its|their)\s+(?:new\s+|additional\s+)?(?:funds|money|funding|contribution|grant|donation)\b[^.;:]{0,40}?,\s+(?:the\s+)?|(?:to|between)\s+an?\s+)(?:(?:UN|U\.N\.|United Nations)\s+|(?:UN|U\.N\.|United Nations)['’]s?\s+|(?-i:\p{Lu}{2,10})['’]s\s+)?$|\b(?:to|through|via|with|for)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:organi[sz]ation|agency|fund|programme|program|body|charity|partner),\s+(?:the\s+)?$|\b(?:to|for|through|among|with)\s+(?:[\w’'-]+\s+){0,6}?(?:charities|organisations|organizations|NGOs|agencies|partners|bodies)(?:\s*(?::|,?\s*(?:such as|including|notably|in particular|particularly|among them|namely|like))|\s+(?:providing|working|operating|delivering|active|present)\b[^,.;:]{0,60},)\s*(?:the\s+)?$|\b(?:to|through|via|with)\s+(?:its|their|our|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:partners?|agenc(?:y|ies))\s+$|\b(?:to|for|among|between)\s+(?:two|three|four|five|six|\d|several)\s+(?:[\w’'-]+\s+){0,3}?(?:charities|organisations|organizations|NGOs|agencies|partners|groups)\b[^.;:,]{0,60},\s+(?:the\s+)?$`)

// withAmountRe opens a sentence with the money an organisation then
// uses: "With $10 million, the World Food Programme (WFP) is moving ...",
// "Using $2 million of CERF money, the World Health Organization ...".
var withAmountRe = lazyre.New(`(?i)^\W*(?:with|using)\s+(?:(?:about|around|some|nearly|almost|over|more than|another|an additional|a further)\s+)?(?:US\$|USD|\$|€|EUR|£|GBP|CHF|¥|JPY|NOK|SEK|DKK|AUD|CAD)\s?\d(?:[\d,.]*\d)?(?:\s?(?:million|billion|mn|bn|m)\b)?(?:\s[^,;.]{1,50})?,\s+(?:the\s+)?$`)

// receivedRe is what follows a recipient that gets money: "IOM has been
// allocated", "WFP will receive", "UNICEF (USD 2 million)".
var receivedRe = lazyre.New(`^\s*(?:\([A-Z][A-Za-z-]*\)\s*)?,?\s*(?:,[^,]{0,60},\s*)?(?:in [A-Z][\w-]+(?: [A-Z][\w-]+)?\s+)?(?:has been allocated|have been allocated|was allocated|will receive|(?:will|shall)\s+(?:also\s+)?be\s+(?:helped|supported|funded|financed)\b|receives|received|is to receive|gets|got|will get|(?:was|were|has been|have been|will be)\s+(?:also\s+)?(?:given|granted|awarded)\s+(?:an?\s+|another\s+|a further\s+)?(?:US\$|USD|\$|€|EUR|£|GBP|CHF|¥|JPY|NOK|SEK|DKK|AUD|CAD|\d)|(?:has\s+)?(?:announced|received|accepted)\s+(?:a|an)\s+[^;:]{0,40}?\b(?:grant|donation|gift)s?\s+(?:from|to\s+its)\b|(?:is|are) (?:expected|set|due) to (?:use|receive|get)|\(\s*(?:US\$|USD|\$|€|EUR|£|GBP|CHF|¥|JPY|NOK|SEK|AUD|CAD)|:\s*(?:US\$|USD|\$|€|EUR|£|GBP|CHF|¥|JPY|NOK|SEK|AUD|CAD)?\s?\d)`)

// namedByKindRe is an organisation named after what kind it is: "the
// humanitarian NGO Geneva Call", "the charity Plan International UK"; its
// name is capitalised words, with "of", "for", "the", "de", "du" and
// "des" between them. Group 1 is the name.
var namedByKindRe = lazyre.New(`\b(?:(?:humanitarian|international|local|national|medical|relief|aid|development|non-profit|nonprofit|partner|independent)\s+)?(?:NGOs?|[Nn]on-?[Gg]overnmental [Oo]rgani[sz]ations?|[Cc]harit(?:y|ies)|(?:[Aa]id|[Rr]elief|[Hh]umanitarian) (?:[Aa]gency|[Gg]roup|[Oo]rgani[sz]ation))\s+(\p{Lu}[\p{L}’'.&-]*(?:\s+(?:(?:of|for|the|de|du|des)\s+)?\p{Lu}[\p{L}’'.&-]*){0,5})`)

// isPlaceOrDonorBody reports whether a name is wholly a place or a donor
// body ("USAID"), not an organisation's own name.
func isPlaceOrDonorBody(name string) bool {
	if ms := corpus.Mentions(name); len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(name) {
		return true
	}
	return slices.ContainsFunc(corpus.DonorBodies(), func(b corpus.DonorBody) bool { return b.Name == name })
}

// committeeForRe is a national committee or fund that raises money for a
// UN agency, an organisation of its own: "the U.S. Fund for UNICEF", "the
// German Committee for UNICEF".
var committeeForRe = lazyre.New(`\b(?:U\.S\.|US|United States|\p{Lu}\p{L}+)\s+(?:National\s+)?(?:Fund|Committee)\s+for\s+(?:UNICEF|UNHCR|UNFPA|UN Women|WFP)\b`)

// orgMention is a recipient named in a text.
type orgMention struct {
	acronym    string
	start, end int
}

// orgMentions returns the organisations a text names, in order.
// unPossessiveRe opens a fund's name with the UN's possessive.
var unPossessiveRe = lazyre.New(`^(?:United Nations?|UN|U\.N\.)['’]s?\s+`)

// nationalSocietyRe is a Red Cross or Red Crescent society named by its
// country: "Philippine Red Cross", "Turkish Red Crescent Society".
var nationalSocietyRe = lazyre.New(`\b(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+Red\s+(?:Cross|Crescent)(?:\s+Society)?\b`)

func orgMentions(s string) []orgMention {
	var out []orgMention
	// Full names are matched whatever their case ("UN High Commission for
	// refugees"), acronyms as written ("CARE", not "care").
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		lower = s // a case change that moves bytes: match as written
	}
	for _, o := range organisations {
		for k, name := range append([]string{o.Acronym}, o.Names...) {
			in := s
			if k > 0 && strings.Contains(name, " ") && len(lower) == len(s) {
				in, name = lower, strings.ToLower(name)
			}
			for i := 0; i < len(in); {
				j := wordIndex(in[i:], name)
				if j < 0 {
					break
				}
				out = append(out, orgMention{o.Acronym, i + j, i + j + len(name)})
				i += j + len(name)
			}
		}
	}
	for _, m := range pooledFundRe.FindAllStringIndex(s, -1) {
		// "the United Nation's Turkey humanitarian pooled fund": the
		// fund, not whose it is.
		name := strings.TrimPrefix(s[m[0]:m[1]], "The ")
		if k := unPossessiveRe.FindStringIndex(name); k != nil {
			name = name[k[1]:]
		}
		if strings.HasSuffix(strings.ToLower(name), "pooled funds") {
			name = "Country-Based Pooled Funds" // one name, however written
		}
		out = append(out, orgMention{name, m[0], m[1]})
	}
	for _, m := range committeeForRe.FindAllStringIndex(s, -1) {
		out = append(out, orgMention{s[m[0]:m[1]], m[0], m[1]})
	}
	for _, m := range namedByKindRe.FindAllStringSubmatchIndex(s, -1) {
		name := strings.TrimRight(s[m[2]:m[3]], ".")
		// "the NGO Save the Children": the table's name where it knows
		// one, named with its kind.
		if known := orgMentions(name); len(known) == 1 && known[0].start == 0 && known[0].end == len(name) {
			name = known[0].acronym
		} else if isPlaceOrDonorBody(name) {
			continue // "the NGOs Somalia and ..." is no name of its own
		}
		out = append(out, orgMention{name, m[0], m[2] + len(s[m[2]:m[3]])})
	}
	// A national society by its country ("the Philippine Red Cross",
	// "Canadian Red Cross", "Indonesian Red Crescent Society") is itself,
	// not the movement.
	if strings.Contains(s, "Red C") {
		for _, m := range nationalSocietyRe.FindAllStringSubmatchIndex(s, -1) {
			country := s[m[2]:m[3]]
			if ms := corpus.Mentions(country); len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(country) {
				out = append(out, orgMention{s[m[2]:m[1]], m[2], m[1]})
			}
		}
	}
	kept := longestOnce(out)
	// "the UN refugee agency, the UNRWA": a description of an agency set
	// before its own acronym names that agency, whichever agency the
	// description alone would name.
	for i := 0; i+1 < len(kept); i++ {
		a, b := kept[i], kept[i+1]
		if a.acronym != b.acronym && s[a.start:a.end] != a.acronym && s[b.start:b.end] == b.acronym && appositionRe.MatchString(s[a.end:b.start]) && describesRe.MatchString(s[a.start:a.end]) {
			kept[i].acronym = b.acronym
		}
	}
	return kept
}

// longestOnce sorts mentions by where they start and, where names overlap
// ("Office of the United Nations High Commissioner for Refugees" and
// "United Nations High Commissioner for Refugees"), keeps the longest
// once. It reuses ms.
func longestOnce(ms []orgMention) []orgMention {
	slices.SortFunc(ms, func(a, b orgMention) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	kept := ms[:0]
	for _, m := range ms {
		if len(kept) > 0 && m.start < kept[len(kept)-1].end {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// stoppedBeforeRe ends the words before an organisation whose funding is
// stopped: "has suspended its funding to ", "will withhold payments to
// the "; stoppedAfterRe follows one in the same clause: " will be
// discontinued", " (UNFPA) is to be suspended".
var (
	stoppedBeforeRe = lazyre.New(`(?i)\b(?:discontinu\w*|suspend\w*|stop(?:s|ped|ping)?|halt\w*|withh[oe]ld\w*|freez\w*|froze(?:n)?|terminat\w*|paus\w*|cut(?:s|ting)?(?:\s+off)?)\s+((?:\w+\s+){0,4}?)(?:funding|support|contributions?|aid|payments?|financing|grants?)\s+(?:to|for)\s+(?:the\s+)?$`)
	stoppedAfterRe  = lazyre.New(`(?i)^\s*(?:\([^)]{1,20}\)\s*)?((?:[\w'’-]+\s+){0,3}?)(?:will|would|is|are|was|were|has|have|had)\s+(?:(?:be|been|being|to be|now|also)\s+){0,2}(?:discontinued|suspended|stopped|halted|withheld|frozen|terminated|paused|cut off|ended)\b`)
)

// stoppedGapRe, in the words between a stopping verb and the money or
// between the organisation and the verb, leaves the money running: the
// verb stops something else ("help stop the outbreak through support to
// UNICEF") or is a clause of its own ("to WFP where deliveries were
// halted").
var stoppedGapRe = lazyre.New(`(?i)\b(?:with|through|by|via|using|in|from|against|where|when|while|as|after|since|because|until|which|who|that|now|once|before|though|although|if)\b`)

// fundingStopped reports whether the organisation between before and
// after is one whose funding is stopped (stoppedBeforeRe, stoppedAfterRe).
func fundingStopped(before, after string) bool {
	for _, m := range [][]string{stoppedBeforeRe.FindStringSubmatch(before), stoppedAfterRe.FindStringSubmatch(after)} {
		if m != nil && !stoppedGapRe.MatchString(m[1]) {
			return true
		}
	}
	return false
}

// describesRe is an agency named by what it is, in lower case: "UN
// refugee agency", "the UN's children's agency".
var describesRe = lazyre.New(`\b(?:agency|fund|programme|program|organi[sz]ation|body)\b`)

// appositionRe stands between a description and the name it describes:
// ", the ", ", ".
var appositionRe = lazyre.New(`^\s*,\s*(?:the\s+)?$`)

// findRecipients returns the organisations the release funds: those its
// title names, and those its text says get money ("NOK 45 million will go
// to the World Food Programme", "delivered through UNHCR, WFP and
// UNICEF"); failing those, the first its announcing paragraph names.
// Donors are not recipients.
func findRecipients(title string, paras []string, donors []string) []string {
	var out []string
	add := func(a string) {
		if !slices.Contains(out, a) && !slices.Contains(donors, a) && !(a == "CERF" && slices.Contains(donors, "CERF")) {
			out = append(out, a)
		}
	}
	for _, m := range orgMentions(title) {
		if !giverSideName(title, m, donors) {
			add(m.acronym)
		}
	}
	for i, para := range paras {
		// "・Relief through Japanese NGOs via Japan Platform: 100,000,000
		// YEN", in a list closed by "In total, Japan has provided ...": a
		// line of what was given so far, not a recipient of this gift
		// (one the text funds now is named there too).
		// (Nor in a list that restates a gift made before.)
		if bulletListRe.MatchString(para) && (len(closingSums(para, strings.Join(paras[i+1:min(i+2, len(paras))], ""))) > 0 || restatesEarlierGift(paras, i)) {
			continue
		}
		for _, sp := range sentences(para) {
			sent := para[sp.start:sp.end]
			ms := orgMentions(sent)
			if kl := append(append(append(kindListMentions(sent), groupMentions(sent)...), signedWithMentions(sent)...), throughNamedMentions(sent)...); len(kl) > 0 {
				// (Named again by these readers, "through the International
				// Federation of Red Cross and Red Crescent Societies" counts
				// once: the gaps between names below must not run back.)
				ms = longestOnce(append(ms, kl...))
			}
			// Not an organisation named beside an appeal or another's
			// money only ("WFP ... would require US$590 million to help
			// ... refugees (co-sponsored by the UNHCR)").
			// Nor the several channels of a running sum ("This brings
			// South Korea's total so far this year to $6 million, which
			// has been offered through ... UNICEF, the World Food
			// Programme (WFP), the World Health Organization (WHO)").
			// Nor one named in the history of earlier giving ("Since
			// the Syrian crisis broke out in 2011, the Chinese
			// government has signed multiple agreements with
			// international bodies, including the World Health
			// Organization").
			// Nor the other side of an agreement signed before ("Last
			// week, KSrelief signed a joint cooperation agreement with
			// WFP").
			if len(ms) == 0 || !fundingWordRe.MatchString(sent) && !strings.Contains(sent, "through") && !moneyGoesToOrgRe.MatchString(sent) {
				continue
			}
			as := findAmounts(sent, "")
			if statesOnlyAmid(sent, as, needKinds...) || sinceOpensRe.MatchString(sent) ||
				earlierSentenceRe.MatchString(sent) && len(as) == 0 ||
				len(ms) >= 3 && statesOnlyAmid(sent, as, "cumulative") {
				continue
			}
			added := make([]bool, len(ms))
			for i, m := range ms {
				// "to fund OCHA’s Central Emergency Response Fund": whose
				// fund it is, not who gets the money.
				if i+1 < len(ms) && ownerGapRe.MatchString(sent[m.end:ms[i+1].start]) {
					continue
				}
				if giverSideName(sent, m, donors) {
					continue
				}
				before := sent[max(0, m.start-80):m.start]
				// "according to the UNESCO Seoul liaison office": who
				// tells the news, not who gets the money. Nor the giver of
				// "the contributions of its civil institutions represented
				// by Qatar Charity and Qatar Red Crescent Society".
				if envoyToRe.MatchString(before) || accordingToRe.MatchString(before) || giftsOf(before) {
					continue
				}
				// "core support to UNFPA will be discontinued", "has
				// suspended its funding to UNRWA": money stopped names
				// no recipient.
				if fundingStopped(before, sent[m.end:]) {
					continue
				}
				// "funds that will flow to at least 14 groups ranging from
				// the World Food Programme to Doctors Without Borders": the
				// ends of a range of examples, neither one the recipient.
				if rangeOfGroupsRe.MatchString(sent[max(0, m.start-160):m.start]) {
					continue
				}
				// A list after a receiving word: "through UNHCR, WFP and UNICEF".
				listed := i > 0 && slices.Contains(out, ms[i-1].acronym) && (orgListGapRe.MatchString(sent[ms[i-1].end:m.start]) ||
					// "... the World Food Programme (CHF10 million) and
					// various health organisations, including the World
					// Health Organization".
					kindListGapRe.MatchString(sent[ms[i-1].end:m.start]) ||
					// "divided between a Unicef education programme and a
					// World Food Programme feeding scheme".
					betweenRe.MatchString(sent[:ms[i-1].start]) && betweenAndRe.MatchString(sent[ms[i-1].end:m.start]))
				if (receiveRe.MatchString(before) && !managerRe.MatchString(before)) || frenchReceiveRe.MatchString(before) || spanishReceiveRe.MatchString(before) || receivedRe.MatchString(sent[m.end:]) || listed || amountRightAfter(sent, as, m.end) ||
					withAmountRe.MatchString(sent[:m.start]) {
					add(m.acronym)
					added[i] = true
				}
			}
			// A list before a receiving word: "The International
			// Committee of the Red Cross and UNICEF will receive €2.5
			// million between them".
			for i := len(ms) - 2; i >= 0; i-- {
				if !added[i] && added[i+1] && orgListGapRe.MatchString(sent[ms[i].end:ms[i+1].start]) {
					add(ms[i].acronym)
					added[i] = true
				}
			}
		}
	}
	if len(out) == 0 && len(paras) > 0 {
		for _, m := range orgMentions(paras[0]) {
			// (The donor's own name first, as for the donor itself: no
			// recipient from this paragraph.)
			if insideDonorName(paras[0], m, donors) {
				break
			}
			if managedByRe.MatchString(paras[0][m.end:]) || giftsOf(paras[0][max(0, m.start-80):m.start]) {
				continue
			}
			// "OCHA welcomed the announcement of an allocation of US$200
			// million from the State of Kuwait": who speaks of a gift is
			// not thereby who gets it.
			first := paras[0]
			if sp := sentences(first); len(sp) > 0 {
				first = first[:sp[0].end]
			}
			if m.end <= len(first) && (speaksOfGiftRe.MatchString(first[m.end:]) || accordingToRe.MatchString(first[max(0, m.start-20):m.start])) && !ownWorkRe.MatchString(first[m.end:]) {
				break
			}
			// (Not an end of a range of examples: "groups ranging from
			// the World Food Programme to Doctors Without Borders".)
			if rangeOfGroupsRe.MatchString(paras[0][max(0, m.start-160):m.start]) {
				continue
			}
			// Nor one of a list that names kinds of receivers beside it:
			// "The money goes to Chilean organisations, the International
			// Red Cross and Red Crescent Movement, and UN agencies" shares
			// the gift; it is no one recipient's.
			if kindBesideRe.MatchString(paras[0][max(0, m.start-80):m.start]) || kindAfterRe.MatchString(paras[0][m.end:min(len(paras[0]), m.end+80)]) {
				break
			}
			add(m.acronym)
			break
		}
	}
	// "to donate US$6 mln to U.N. emergency fund", then "a meeting of
	// the U.N. Central Emergency Response Fund (CERF)": a UN fund the title
	// or the first paragraph gives to, not by name, is the one fund the
	// next paragraphs name.
	if len(out) == 0 && len(paras) > 0 && (unFundRe.MatchString(title) || unFundRe.MatchString(paras[0])) {
		var funds []string
		for _, para := range paras[:min(3, len(paras))] {
			for _, m := range orgMentions(para) {
				if isFund(m.acronym) && !slices.Contains(funds, m.acronym) {
					funds = append(funds, m.acronym)
				}
			}
		}
		if len(funds) == 1 {
			add(funds[0])
		}
	}
	return out
}

// kindBesideRe ends the words before an organisation listed after a kind
// of receivers ("Chilean organisations, the "); kindAfterRe follows one
// listed before a kind (", and UN agencies").
var (
	kindBesideRe = lazyre.New(`(?i)\b(?:organi[sz]ations|agencies|NGOs|charities|partners)\s*,\s*(?:and\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$`)
	kindAfterRe  = lazyre.New(`(?i)^[^.;]{0,80}?,\s*(?:and\s+)?(?:other\s+|various\s+|several\s+)?(?:[\p{L}-]+\s+){0,2}(?:organi[sz]ations|agencies|NGOs|charities|partners)\b`)
)

// speaksOfGiftRe follows an organisation that speaks of a gift rather
// than receives it: " welcomed the announcement", " (OCHA) has praised".
// accordingToRe stands before one that is quoted: "according to ".
var (
	speaksOfGiftRe = lazyre.New(`^\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:has\s+|have\s+|today\s+)?(?:(?:welcomed|welcomes|praised|praises|applauded|applauds|commended|commends|hailed|hails|lauded|lauds)\s+(?:the|a|an)\s+(?:\w+\s+)?(?:announcement|decision|pledge|commitment)\b|reported|reports|said|says|noted|notes)\b`)
	// ownWorkRe gives the gift to the speaker's own work: "to support its
	// emergency response", "towards its appeal".
	ownWorkRe     = lazyre.New(`(?i)\b(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:work|operations?|response|appeal|programmes?|programs?|activities|efforts|projects?|mandate)\b`)
	accordingToRe = lazyre.New(`(?i)\baccording to\s+(?:the\s+)?(?:(?:UN|U\.N\.|United Nations)\s+)?$`)
)

// isFund reports whether a recipient is a fund: CERF or a pooled fund.
func isFund(name string) bool {
	return name == "CERF" || strings.HasSuffix(strings.ToLower(name), "fund") || strings.HasSuffix(strings.ToLower(name), "funds")
}

// unFundRe gives to a UN fund without naming it: "to a U.N. fund", "to
// U.N. emergency fund".
var unFundRe = lazyre.New(`(?i)\bto\s+(?:an?\s+|the\s+)?(?:U\.N\.|UN|United Nations)\s+(?:\w+\s+)?fund\b`)

// yearRule reads the funding year from a text: the year its rule's
// pattern captures.
var yearRules = []*lazyre.Regexp{
	// "fiscal year 2012", "FY2012", "FY 2012-13", "fiscal year (FY) 2012".
	lazyre.New(`(?i)\b(?:fiscal year|financial year|FY)\s?(?:\(FY\)\s?)?((?:19|20)\d{2})\b`),
	lazyre.New(`(?i)\b(?:for|in|during|throughout)\s+(?:its\s+|the\s+|their\s+|the\s+year\s+|calendar\s+year\s+)?((?:19|20)\d{2})(?:\s+(?:operations|programmes|programs|activities|appeal|budget|response))?\b(?:\s*(?:,|\.|$|to|for|through|via|under|within|as\s+part|in\s+(?:support|response|aid)|and\s+(?:beyond|after)|operations|programmes|at the (?:level|same level|rate) of))`),
	// As Spanish pages write it: "aportó, en 2017, más de", "para 2022",
	// "durante el año 2019".
	lazyre.New(`(?i)\b(?:en|para|durante)\s+(?:el\s+(?:año|ejercicio)\s+)?((?:19|20)\d{2})(?:\s*(?:,|\.|;|$)|\s+(?:y|e|a|para|en|con|por)\s)`),
	// "its 2018 operations", "toward the 2016 global appeal", "IOM's 2018
	// operations".
	lazyre.New(`(?i)(?:\b(?:its|their|the)|\p{L}['’]s?)\s+((?:19|20)\d{2})\s+(?:(?:global|annual|humanitarian|emergency|regional|consolidated|flash)\s+)?(?:operations|programmes|programs|activities|humanitarian operations|appeal|compendium|contribution|funding)\b`),
	// "Denmark's last humanitarian grant of 2021", "Switzerland's 2022
	// contribution": the gift named with its year (not a span).
	lazyre.New(`(?i)\b(?:grant|contribution|allocation|donation|pledge|funding|budget)s?\s+(?:of|for)\s+((?:19|20)\d{2})(?:[^-–/\d]|$)`),
	lazyre.New(`(?i)\p{L}['’]s?\s+((?:19|20)\d{2})\s+(?:(?:humanitarian|emergency|annual|core|financial)\s+)?(?:contribution|grant|allocation|donation|pledge|funding|budget)\b`),
	// "a contribution covering 2021-2023", "for 2019–2020": a period's
	// first year.
	lazyre.New(`(?i)\b(?:for|covering|over|in|during)\s+(?:the\s+(?:period|years)\s+)?((?:19|20)\d{2})\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2})\b`),
	// "with an amount of QR65.7 million for the years 2023 and 2024": the
	// first of the years named.
	lazyre.New(`(?i)\bfor\s+the\s+years\s+((?:19|20)\d{2})\s*(?:,|and|&)\s*(?:19|20)\d{2}\b`),
}

// titleYearRe is a year in a title; titleYearNotRe one that names a past
// event or a span rather than the year funded ("since 2016", "the 2015
// earthquake", "2021-2023").
var (
	titleYearRe    = lazyre.New(`\b(?:19|20)\d{2}\b`)
	titleYearNotRe = lazyre.New(`(?i)(?:\b(?:since|until|till|before|after|by|from|anniversary|of|desde|hasta|antes\s+de|después\s+de)\s+(?:the\s+)?(?:19|20)\d{2}\b|\b(?:the|its|a)\s+(?:19|20)\d{2}\s+\p{L}|(?:19|20)\d{2}\s*[-–/]\s*\d{2})`)
)

// titleYear returns the one year a title names, when it names one and
// not as a past event or a span, and the publication date (when known)
// is within a year of it: "... in 'bleak' 2018" of 31 December 2017.
func titleYear(title, published string) int {
	title = comparedYearRe.ReplaceAllString(stripAmounts(title), " ")
	ys := titleYearRe.FindAllString(title, -1)
	if len(ys) != 1 || titleYearNotRe.MatchString(title) {
		return 0
	}
	y, _ := strconv.Atoi(ys[0])
	if m := yearRe.FindStringSubmatch(published); m != nil {
		if p, _ := strconv.Atoi(m[1]); y < p-1 || y > p+1 {
			return 0
		}
	}
	return y
}

// findYear returns the funding year and whether it was stated: a year the
// title or the announcing sentence states it for ("for 2011", "its 2018
// operations", "fiscal year 2012", "covering 2021-2023"), else the one
// year the title names; else the publication year, not stated.
func findYear(title, lead, published string) (year int, stated bool) {
	for _, text := range []string{stripAmounts(title), stripAmounts(lead)} {
		// "in 2015 at the level of Euros 89 million, unchanged from
		// amount granted in 2014": the year compared with is not the
		// year funded.
		text = comparedYearRe.ReplaceAllString(text, " ")
		// "..., in addition to $2 million given in 2020": the year of an
		// earlier gift is not this one's.
		text = earlierClauseRe.ReplaceAllString(text, " ")
		for _, re := range yearRules {
			if m := re.FindStringSubmatch(text); m != nil {
				n, _ := strconv.Atoi(m[1])
				return n, true
			}
		}
	}
	if y := titleYear(title, published); y != 0 {
		return y, true
	}
	if m := yearRe.FindStringSubmatch(published); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n, false
	}
	return 0, false
}

// comparedYearRe is a clause that compares with another year's money:
// "unchanged from amount granted in 2014", "like it did in 2014", "up
// from $5 million in 2019".
var comparedYearRe = lazyre.New(`(?i)\b(?:unchanged from|compared (?:to|with)|the same as|as (?:it )?did in|like (?:it )?did in|up from|down from|than (?:it did )?in)\b[^,.;]{0,60}?\b(?:19|20)\d{2}\b|\bthan\s+(?:in\s+)?(?:19|20)\d{2}\b`)

// earlierClauseRe is a clause about an earlier gift, to its end: "in
// addition to the $2 million given in 2020", "following its 2019
// pledge", "which had given ... in 2020"; not one that tops up the
// year's budget ("on top of the humanitarian budget for 2020"), whose
// year is this gift's too.
var earlierClauseRe = lazyre.New(`(?i)\b(?:in addition to|on top of|following|follows|adds? to|adding to|added to|builds? on|building on|after)\b[^,;.]*?\b(?:gave|given|provided|contributed|donated|pledged|allocated|announced|granted|pledges?|gifts?|donations?|earlier|previous|initial|first|last year)\b[^,;.]*|\b(?:which (?:had |has )?(?:already )?(?:gave|given|provided|contributed|donated|pledged)|having (?:already )?(?:given|provided|contributed|donated|pledged|allocated)|had (?:already )?(?:given|provided|contributed|donated|pledged|allocated)|(?:has|have) already (?:given|provided|contributed|donated|pledged|allocated)|previously|earlier|last year)\b[^,;.]*`)

var yearRe = lazyre.New(`\b((?:19|20)\d{2})\b`)

func stripAmounts(s string) string {
	as := findAmounts(s, "")
	for i := len(as) - 1; i >= 0; i-- {
		s = s[:as[i].start] + strings.Repeat(" ", as[i].end-as[i].start) + s[as[i].end:]
	}
	return s
}
