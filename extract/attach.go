package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

// refugeesFromRe ends the words before where refugees come from:
// "for refugees from Ukraine to neighbouring countries".
var refugeesFromRe = lazyre.New(`(\S+)\s+(?:refugees|asylum[- ]seekers|evacuees)\s+from\s+(?:the\s+)?$`)

// refugeesFrom reports whether before ends with refugeesFromRe's words, the
// refugees not named by a people ("Burundian refugees from Tanzania" come
// home from where they stayed: Tanzania is where the help is).
func refugeesFrom(before string) bool {
	m := refugeesFromRe.FindStringSubmatch(before)
	return m != nil && len(corpus.Mentions(m[1])) == 0
}

// giversIncludingRe ends the words before a list of the countries money
// came from: "funds already received from many countries before the
// crisis was declared a famine, including ", "money many countries had
// given before famine was declared, including ", "Others offering
// China help include the ".
var giversIncludingRe = lazyre.New(`(?i)(?:\b(?:from|by)\s+(?:many|several|other|various|a number of|\d+|\w+)\s+(?:other\s+)?(?:countries|donors|governments|nations)|\b(?:countries|donors|governments|nations)\s+(?:had|have|has)?\s*(?:already\s+)?(?:given|gave|provided|contributed|donated|pledged))\b[^.;]{0,100}?\b(?:including|such as|among them)\s+(?:the\s+)?$|\b(?:others|other countries|other donors|other governments|countries|donors|governments|nations)\s+(?:(?:that|who)\s+(?:have\s+)?)?(?:offering|offered|pledging|giving|providing|sending)\b[^.;]{0,60}?\b(?:include|includes|including|are)\s+(?:the\s+)?(?:[^.;:]{0,80}?(?:,|\band)\s+(?:the\s+)?)?$`)

var (
	inPlaceRe     = lazyre.New(`^(?:In|Across|Throughout|For|Inside|Within)\s+(?:the\s+)?$`)
	causeBeforeRe = lazyre.New(`(?i)\b(?:war|invasion|aggression|attacks?|occupation)\s+(?:in|of|on|against|by)\s+(?:the\s+)?$`)
	originListRe  = lazyre.New(`^\s*(?:,|,?\s*and|&|,?\s*(?:y|e)\b)\s*(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$`)
	fledFromRe    = lazyre.New(`(?i)\b(?:displaced|fled|fleeing|uprooted|driven|expelled|escaping|escaped|returned|returning|returnees|deported|deportees|repatriated)\s+(?:forcibly\s+)?from\s+(?:\p{Lu}[\p{L}’'-]*\s+in\s+)?(?:the\s+)?$|\b(?:support|contributions?|funding|donations?|pledges?|money)\s+from\s+(?:the\s+)?$|\b(?:contributions?|donations?|pledges?)\s+(?:made\s+)?by\s+(?:the\s+)?$|\b(?:supplies|commodities|goods|stocks|stockpiles|relief items|cargo)\b[^.;]{0,40}?\bfrom\s+(?:the\s+)?$|\b(?:refugees|migrants|asylum[- ]seekers|people|families)\s+(?:(?:who\s+(?:are|were|have been)\s+)?(?:arriving|arrived|coming|came|crossing|crossed))\b[^.;,]{0,30}?\bfrom\s+(?:the\s+)?$`)
	// migrationToRe stands before where people move to, not where money
	// goes: "curbs illegal migration flows to Europe".
	migrationToRe = lazyre.New(`(?i)\b(?:migration|migrants?|flows?|journeys?|crossings?|routes?)\s+(?:\w+\s+)?(?:to|towards|into)\s+(?:the\s+)?$`)
	// subjectBeforeRe is what opens a sentence before a country as its
	// subject: "", "The Government of ".
	subjectBeforeRe = lazyre.New(`^\W*(?:(?:The\s+)?(?:Government|People|Kingdom|Republic)\s+of\s+(?:the\s+)?)?$`)
	// givingVerbAfterRe follows a subject with a verb of giving: " will
	// reallocate", " has also provided".
	givingVerbAfterRe = lazyre.New(`^\s+(?:(?:will|would|shall|has|have|is to|also|already|now|additionally)\s+)*(?:re-?allocat\w*|redirect\w*|reprogram\w*|provid\w*|giv(?:e|es|en)|gave|contribut\w*|donat\w*|pledg\w*|commit\w*|grant(?:s|ed)?)\b`)
	// giversAfterRe ends a list of places that give: "The UK, Norway and
	// Switzerland have provided second allocations".
	giversAfterRe = lazyre.New(`^(?:,\s*(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)*)*(?:,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)*)?\s+(?:has|have)\s+(?:(?:also|already|now|jointly|together|so far)\s+)?(?:provided|given|contributed|donated|pledged|allocated|suspended|cut|withheld|halted|frozen|froze|paused|stopped|accounted for|reduced|slashed)\b`)
	// donorsListAfterRe ends a list of places named among a gift's
	// givers: "joined the World Bank, the United States, the UN Central
	// Emergency Response Fund and Japan among the five biggest donors",
	// "..., Japan and Belgium are among those that have offered help".
	donorsListAfterRe = lazyre.New(`(?i)^(?:,\s*[^,.;]{1,60}?)*(?:,?\s+and\s+(?:the\s+)?[^,.;]{1,60}?)?\s+(?:among|as)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}(?:donors|contributors|givers|funders|backers)\b|(?i)^(?:,\s*[^,.;]{1,60}?)*(?:,?\s+and\s+(?:the\s+)?[^,.;]{1,60}?)?\s+(?:are|were)\s+among\s+(?:those|the countries|the nations|the governments)\s+(?:that|who|which)\s+(?:have\s+|had\s+)?(?:offered|pledged|given|provided|sent|promised|donated)\b`)
	// (Nor is a country whose envoy is named: "Kuwait Consul General in
	// Jeddah ... said his country offered USD 500,000".)
	// (Nor one told as a giver: "The United States was UNRWA's top
	// donor".)
	// (Nor one a clause after it tells of its money: "Saudi Arabia,
	// which chipped in 573 million dollars".)
	giverAfterRe = lazyre.New(`^\s*,\s+which\s+(?:(?:has|had|have|also|alone|itself)\s+)*(?:gave|pledged|contributed|donated|chipped in|kicked in|committed|offered|promised|provided|put up)\s+(?:(?:about|around|some|nearly|almost|over|more than|up to|another|an additional|a further)\s+)?(?:US\$|USD|EUR|GBP|[$€£¥]|\d)|^(?:['’]s)?\s+(?:contributions?|donations?|pledges?|administration|funding|aid budget|aid cuts?|cuts|Consul General|Consul|Consulate|Ambassador|Embassy|Permanent Representative|Permanent Mission)\b|^\s+(?:was|is|has been|had been|remains|remained)\s+(?:(?:the|its|their)\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?(?:single\s+)?(?:top|largest|biggest|main|leading|major|second[- ]largest|third[- ]largest)\s+(?:donor|contributor|funder|backer)s?\b`)
	// conferenceAboutRe ends the words of a conference's name before the
	// place it is about: "Donor Conference to Support Displaced Persons
	// and Refugees in the ", "Pledging Summit for ".
	conferenceAboutRe = lazyre.New(`\b(?:Conference|Summit|Forum)\b(?:\s+(?:\p{Lu}[\p{L}'’-]*|to|on|for|of|in|and|the|with))*\s+$`)
	// pastWorkRe ends the words before a place where an organisation's
	// standing or work has let it help: "policy of neutrality has enabled
	// the organisation to provide ... in ".
	pastWorkRe = lazyre.New(`(?i)\b(?:policy|policies|work|presence|experience|neutrality|reputation|access|network|mandate|expertise)\b[^.;]{0,40}\b(?:has|have|had)\s+(?:\w+\s+)?(?:enabled|allowed|helped|made it possible for)\b[^.;]{0,180}$`)
	// orgOfficeBeforeRe ends the words before the region an
	// organisation's office covers: "(IFRC) in the ", "UNICEF regional
	// office in ".
	orgOfficeBeforeRe = lazyre.New(`(?:\(\p{Lu}{2,8}\)|\b\p{Lu}{3,8})\s+(?:(?:regional\s+)?(?:office|delegation|bureau)\s+)?in\s+(?:the\s+)?$`)
	// officialForBeforeRe ends an official's title before the region
	// served: "the Regional Director of (IFRC) for the ".
	officialForBeforeRe = lazyre.New(`\b(?:Director|Representative|Coordinator|Head|Chief|Manager|Officer|Envoy)\b[^.;,]{0,40}\bfor\s+(?:the\s+)?$`)
	// speakingBodyAfterRe follows a country opening a sentence with its
	// body that tells something: "'s National Disaster Management
	// Authority (NDMA) also tweeted", "'s foreign ministry said".
	speakingBodyAfterRe = lazyre.New(`^['’]s?\s+(?:[\p{L}-]+\s+){1,6}(?:\([A-Z]{2,8}\)\s+)?(?:also\s+|has\s+|had\s+|on \w+\s+)*(?:tweeted|said|says|reported|stated|noted|confirmed|told|wrote|posted|warned)\b`)
	// waterAfterRe follows a name that is a sea's or ocean's, not a
	// country's: "the Indian Ocean tsunami", "the South China Sea".
	waterAfterRe = lazyre.New(`^\s+(?:Ocean|Sea)\b`)
	// charityAfterRe follows a place that names a charity, not where
	// money goes: "Qatar Charity" (meta.go's countryCharityRe), "the U.S.
	// Fund for UNICEF", "the Japan Committee for UNICEF", "the Pacific
	// Life Foundation".
	charityAfterRe = lazyre.New(`^\.?(?:['’]s)?\s+(?:Charity|Charities|Charitable Society|Charitable Foundation|Relief Society|Society for Relief|Fund for|(?:National\s+)?Committee for)\b|^(?:\s+\p{Lu}[\p{L}&'’-]*){1,3}\s+(?:Foundation|Corporation|Company|Insurance|Bank)\b`)
	peopleAfterRe  = lazyre.New(`(?i)^\s+refugees?\b`)
	// atEventBeforeRe and eventAfterRe stand around a place that names a
	// meeting held there: "at the " and " Commonwealth summit". (Not a
	// donor conference named for the country it raises money for: "at
	// Syria donor conference".)
	atEventBeforeRe = lazyre.New(`(?i)\b(?:at|during|on the sidelines of)\s+(?:the\s+|a\s+)?$`)
	eventAfterRe    = lazyre.New(`(?i)^(?:\s+\p{Lu}[\p{L}’'-]*){0,2}\s+(?:summit|forum|talks)\b`)
	// crisisNameAfterRe follows a place named for a crisis, in any case:
	// "the Syrian Crisis", "Syria's conflict" (crisisAfterRe below is
	// narrower); not a word it opens, "Syria's conflict-hit north".
	crisisNameAfterRe = lazyre.New(`(?i)^(?:['’]s)?\s+(?:crisis|conflict|civil war|war)(?:[^-\w]|$)`)
	// neighboursAfterRe follows a country whose neighbours are meant:
	// "Syria's other neighbouring countries".
	neighboursAfterRe = lazyre.New(`(?i)^['’]s?\s+(?:other\s+)?(?:neighbou?ring\s+(?:countries|states)|neighbou?rs)\b`)
	// hostedAfterRe follows a people named by a demonym where they now
	// live: "Ukrainian refugees in Moldova", "Syrian refugees hosted in
	// Jordan", Pakistani "sisters and brothers" in Turkey. Their country
	// is their origin; the host is the place.
	hostedAfterRe = lazyre.New(`(?i)^\s+["“'‘]?(?:refugees|asylum[- ]seekers|migrants|returnees|families|children|nationals|citizens|workers|people|communities|sisters and brothers|brothers and sisters)["”'’]?(?:\s+and\s+(?:the\s+)?(?:host|local|hosting)\s+communities)?\s+(?:(?:who\s+(?:are|were|have)\s+)?(?:hosted|living|sheltering|staying|settled|fled|arrived)\s+)?(?:in|to|by)\s+(?:the\s+)?$`)
	// "the Israel-Hamas conflict": a side of a conflict named for it.
	causeAfterRe = lazyre.New(`^(?:['’]s)?\s+(?:war|invasion|full-scale invasion|aggression|attacks?|occupation|siege|blockade|bombardment|air ?strikes|forces|army|military)\b|^[-–]\p{Lu}[\p{L}'’]*\s+(?:war|conflict|hostilities|fighting|violence)\b`)
	// gapPrepRe is what may stand between an amount and the place it is
	// for: "USD 5 million for Kenya", ", CHF 20 million, is for the Syria
	// ...", "USD 5 million will go to Kenya", "more than $1 million in
	// funding to aid the refugee crisis in Armenia".
	gapPrepRe = lazyre.New(`^\s*(?:in\s+(?:funding|aid|assistance|support|humanitarian aid|humanitarian assistance)\s+)?(?:to|for)\s+(?:help|aid|assist|support|address|ease|respond to)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:crisis|emergency|people|refugees|families|victims|communities|survivors|displaced)\s+(?:in|of)\s+(?:the\s+)?$|^\)?,?\s*(?:(?:will|is|are|was|were|has been|have been|shall)\s+(?:\w+\s+){0,2}?)?(?:for|to|in|towards?|into)\s+(?:the\s+)?$|^\s*of (?:the|this|its) (?:[\p{Ll}-]+\s+){0,2}(?:funding|funds|money|contribution|package|allocation|aid|support)\s+(?:will|is|are|would)\s+(?:be\s+)?(?:used|spent|allocated|directed|earmarked|going|go)\s+(?:for|to|in|towards)\s+(?:(?:[\p{Ll}-]+\s+){0,3}(?:in|for|to)\s+)?(?:the\s+)?$|^\s*(?:to|for|through)\s+(?:the\s+)?\p{Lu}[\w’'.-]*(?:['’]s)?(?:\s+[\p{L}’'.-]+){0,4}?\s+(?:for|in)\s+(?:the\s+)?$|^\s*for\s+(?:[\p{Ll}-]+\s+){0,5}(?:assistance|aid|relief|support|operations|programmes?|programs?|projects?|response|activities|work)\s+(?:to|for|in)\s+(?:the\s+)?$|^\s*(?:\([^)]{0,30}\)\s*)?(?:[\p{Ll}-]+\s+){0,2}(?:boost|top-up|uplift|increase|injection|contribution|grant|allocation)\s+(?:to|for)\s+(?:the\s+)?(?:UK\s+|EU\s+|UN\s+|US\s+)?$`)
)

// asideRe is an opening subordinate clause: "While Europe at large is
// dramatically impacted by COVID-19, ".
var asideRe = lazyre.New(`(?i)^\W*(?:while|although|though|as|amid|despite|with)\b[^,;]{0,120},`)

// place is a country or region a fact is about.
type place struct {
	country corpus.Country
	region  string
}

// factPlace is the place a fact is about, the inverse of set.
func factPlace(f corpus.Fact) place {
	return place{country: corpus.Country{Code: f.Country, Name: f.CountryName}, region: f.Region}
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

// deliversElsewhereRe follows a fund that sends its money to another
// place: " which delivers aid into northern Syria".
var deliversElsewhereRe = lazyre.New(`(?i)^\s*,?\s*(?:which|that)\s+(?:delivers|provides|channels|sends|supports|funds)\b[^.;]{0,40}?\b(?:into|in|to|across)\s+(?:the\s+)?(?:(?:north|north-west|northwest|northern|southern|eastern|western)\s+)?\p{Lu}`)

// places returns the countries and regions a text names, leaving out the
// donors' own countries.
func (x *releaseText) places(s string) []corpus.Mention {
	return x.placesAmid(s, nil, false)
}

// companyOfBeforeRe ends the name of a company before its country's:
// "National Bank of ", "Royal Bank of the " (companyOfCountryRe).
var companyOfBeforeRe = lazyre.New(`\b(?:Bank|Insurance Company|Airlines|Airways|Railways|Telecom)\s+of\s+(?:the\s+)?$`)

// amountInNextClause reports whether the first amount after end stands in
// a clause that opens after end (newClauseRe): "Uganda provides land,
// and the $5 million ...".
func amountInNextClause(s string, end int, amounts []amount) bool {
	for _, a := range amounts {
		if a.start >= end {
			return newClauseRe.MatchString(s[end:a.start])
		}
	}
	return false
}

// placesAmid is places for a text whose amounts the caller has read
// already (read says so), not to read them twice.
func (x *releaseText) placesAmid(s string, amounts []amount, read bool) []corpus.Mention {
	var out []corpus.Mention
	orgs := orgMentions(s)
	originEnd := 0 // the end of the last place named as an origin
	hostEnd := 0   // the end of the last place named as an event's host
	// "NEW YORK, USA, 29 March 2006 – ...": where the release was issued.
	dateline := datelineEnd(s)
	for _, m := range corpus.Mentions(s) {
		if m.End <= dateline {
			continue
		}
		if m.Country.Code != "" && x.donorCodes[m.Country.Code] {
			continue
		}
		// "National Bank of Canada, which will give up to C$250,000 to
		// the Canadian Red Cross": a company named after its country
		// (companyOfCountryRe) is a giver there, not a place money goes.
		if companyOfBeforeRe.MatchString(s[max(0, m.Start-40):m.Start]) {
			continue
		}
		// "With the US aid freeze", "the US government decided": the
		// short form names the United States as an actor; releases send
		// no money there under it.
		if s[m.Start:m.End] == "US" {
			continue
		}
		// A currency's name ("4 million U.S. dollars", "Swiss francs")
		// names no place.
		if !read {
			amounts, read = findAmounts(s, ""), true
		}
		if overlaps(amounts, m.Start, m.End) {
			continue
		}
		// A place inside an organisation's name ("UN Relief and Works
		// Agency for Palestine Refugees in the Near East") is not one.
		// A country named as a cause ("Russia's invasion", "the war in
		// Ukraine") is not, by that, where money goes.
		if causeBeforeRe.MatchString(s[max(0, m.Start-30):m.Start]) || causeAfterRe.MatchString(s[m.End:]) {
			continue
		}
		// Where people fled from ("Rohingya displaced from Rakhine in
		// Myanmar and living in camps in Bangladesh", "refugees arriving
		// in the country from Somalia") is their origin, as
		// is where support comes from ("support from Denmark, Ireland and
		// the UK", "pledges by Qatar and the United Arab Emirates") or
		// goods are sent from ("more relief supplies from Panama if
		// needed"). (So are the places listed after it: "from
		// Syria, Iraq and Yemen".)
		if fledFromRe.MatchString(s[max(0, m.Start-60):m.Start]) || fledOrigin(s[max(0, m.Start-80):m.Start]) || originEnd > 0 && originListRe.MatchString(s[originEnd:m.Start]) ||
			giversIncludingRe.MatchString(s[max(0, m.Start-160):m.Start]) || refugeesFrom(s[max(0, m.Start-60):m.Start]) {
			originEnd = m.End
			continue
		}
		// A country named as another giver ("the United States
		// contribution", "The UK, Norway and Switzerland have provided"),
		// a people ("Palestine refugees", who live in several countries)
		// or where migrants go ("migration flows to Europe") is not a
		// place money goes to.
		// "the remainder in Syria's other neighbouring countries,
		// Lebanon, Turkey and Iraq": the neighbours, not Syria. Nor is a
		// charity's place ("Qatar Charity's efforts").
		if giverAfterRe.MatchString(s[m.End:]) || giversAfterRe.MatchString(s[m.End:]) || donorsListAfterRe.MatchString(s[m.End:]) || m.Country.Code == "PSE" && peopleAfterRe.MatchString(s[m.End:]) ||
			neighboursAfterRe.MatchString(s[m.End:]) || charityAfterRe.MatchString(s[m.End:]) ||
			waterAfterRe.MatchString(s[m.End:]) ||
			migrationToRe.MatchString(s[max(0, m.Start-40):m.Start]) && !influxRe.MatchString(s[max(0, m.Start-60):m.Start]) {
			continue
		}
		// "said at the Sri Lanka Commonwealth summit": where a meeting
		// was held names where something was said, not where money goes.
		if atEventBeforeRe.MatchString(s[max(0, m.Start-20):m.Start]) && eventAfterRe.MatchString(s[m.End:]) {
			continue
		}
		// "The Government of Norway will reallocate $2 million": a country
		// that opens its sentence as the subject of a verb of giving is a
		// giver, not where the money goes.
		// (Not when the amount stands in a clause of its own: "Uganda
		// provides land to refugees, and the $5 million from Japan will
		// help them" is for Uganda.)
		if !m.Demonym && subjectBeforeRe.MatchString(s[:m.Start]) && givingVerbAfterRe.MatchString(s[m.End:]) && !amountInNextClause(s, m.End, amounts) {
			continue
		}
		if m.Demonym && hostsAfter(s[m.End:]) {
			continue
		}
		// "• Japan: The Japanese ministry is committing $350 million", "•
		// Denmark: Prime Minister ... pledges $100 million": a list item's
		// label that its item names again, or whose officer it names, as
		// the one who gives is the giver, not where the money goes.
		if givingLabel(s, m) {
			continue
		}
		// "... to support Syrian refugees and host communities in Jordan
		// and Lebanon. The package improves the living conditions of the
		// Syrian refugees ...": the same people named again without their
		// host live where the release said; their home gets nothing.
		// (Nor is "the Syrian crisis" their home, in a release for them
		// where they are hosted: "the EU Regional Trust Fund in Response
		// to the Syrian Crisis".)
		if x.hosted[m.Country.Code] && (m.Demonym && peopleAfterRe.MatchString(s[m.End:]) || crisisNameAfterRe.MatchString(s[m.End:])) {
			continue
		}
		// "the agreement was part of the OIC Donor Conference to Support
		// Displaced Persons and Refugees in the Sahel and Lake Chad
		// region": what a conference is about, in a sentence that states
		// no money, is no place of this gift.
		if conferenceAboutRe.MatchString(s[max(0, m.Start-120):m.Start]) && len(amounts) == 0 {
			continue
		}
		// "the ICRC's policy of neutrality has enabled the organisation to
		// provide over 200,000 people ... in Myanmar with food": what the
		// recipient's standing or work has made possible before, told as
		// an example, is no place of this gift.
		if pastWorkRe.MatchString(s[max(0, m.Start-240):m.Start]) {
			continue
		}
		// "signed a $1.3 million agreement with the IFRC in the Middle
		// East and North Africa, to help the Rohingya refugees in
		// Bangladesh": the region of an organisation's office, when the
		// sentence names the country helped after it.
		// (Nor the region an official serves: "the Regional Director of
		// (IFRC) for the Middle East and North Africa".)
		if m.Region != "" && (orgOfficeBeforeRe.MatchString(s[max(0, m.Start-60):m.Start]) &&
			slices.ContainsFunc(corpus.Mentions(s[m.End:]), func(n corpus.Mention) bool { return n.Country.Code != "" && !n.Demonym }) ||
			officialForBeforeRe.MatchString(s[max(0, m.Start-80):m.Start])) {
			continue
		}
		// "Pakistan's National Disaster Management Authority (NDMA) also
		// tweeted that ...": a country's body that opens the sentence to
		// tell something is who speaks, not where the money goes.
		if strings.TrimSpace(s[:m.Start]) == "" && speakingBodyAfterRe.MatchString(s[m.End:]) {
			continue
		}
		// "communities in Ethiopia's Somali region": a region of another
		// country named after a people, not their country.
		if m.Demonym && subRegionAfterRe.MatchString(s[m.End:]) {
			continue
		}
		// "The grant will come from the Asia Pacific Disaster Response
		// Fund": the region in the name of the fund the money comes from.
		// (A country's pooled fund, "from the Yemen Humanitarian Fund",
		// spends in its country: that stays.)
		if m.Region != "" && fromTheRe.MatchString(s[max(0, m.Start-20):m.Start]) && fundNameAfterRe.MatchString(s[m.End:]) {
			continue
		}
		if newsOrNeed(s, m, amounts) {
			continue
		}
		// "At the handover at UNRWA's field office in Jerusalem", "a
		// pledging conference in Kuwait", "signed at a ceremony in Bali":
		// where an event took place or an office stands.
		if eventPlaceRe.MatchString(s[max(0, m.Start-60):m.Start]) {
			continue
		}
		// "the pledging event co-hosted by the Governments of Sweden and
		// Switzerland and the United Nations", "organized by Saudi
		// Arabia": who holds an event, not where its money goes.
		// "Ethiopia now hosts more refugees than any other country in
		// Africa": the place a comparison is made in.
		if comparedInRe.MatchString(s[max(0, m.Start-60):m.Start]) {
			continue
		}
		if hostByRe.MatchString(s[max(0, m.Start-70):m.Start]) || hostEnd > 0 && hostListRe.MatchString(s[hostEnd:m.Start]) {
			hostEnd = m.End
			continue
		}
		// "Lacey Stone, UNHCR's director of private sector partnerships
		// in the United States, said ...": where the speaker works.
		if postBeforeRe.MatchString(s[max(0, m.Start-90):m.Start]) && postSaidRe.MatchString(s[m.End:]) {
			continue
		}
		// "Kuwait's Ambassador to Jordan Hamad Al-Merri on Thursday
		// delivered the annual donation to ... UNRWA": an envoy's post.
		if envoyPostRe.MatchString(s[max(0, m.Start-40):m.Start]) {
			continue
		}
		// "has granted $500 million in partnership with the UAE to fill
		// food needs in Yemen": a partner in the giving gives, it does not
		// get.
		if partnerBeforeRe.MatchString(s[max(0, m.Start-40):m.Start]) {
			continue
		}
		// "the United Naitions Relief and Works Agency for Palestine
		// Refugees in the Near East": UNRWA's name, even misspelt.
		if m.Region != "" && unrwaNameRe.MatchString(s[max(0, m.Start-40):m.Start]) {
			continue
		}
		// A country-based pooled fund's country is where its money goes,
		// unless the text says it goes elsewhere ("the Turkey humanitarian
		// pooled fund which delivers aid into northern Syria").
		if slices.ContainsFunc(orgs, func(o orgMention) bool {
			return m.Start >= o.start && m.End <= o.end && (!strings.HasSuffix(strings.ToLower(s[o.start:o.end]), "fund") || deliversElsewhereRe.MatchString(s[o.end:]))
		}) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// subRegionAfterRe follows a people's name that names a region inside a
// country: "Somali region", "Somali Regional State", "Afar zone".
var subRegionAfterRe = lazyre.New(`^\s+(?i:region|regional state|zone)\b`)

// comparedInRe ends the words before the place a comparison is made in:
// "than any other country in ", "of all countries in the ", "a crisis on a
// scale unseen in Europe since the Second World War".
var comparedInRe = lazyre.New(`(?i)\b(?:than|of)\s+(?:any|all)\s+(?:other\s+)?(?:countries|country|nations?|states?)\s+(?:in|of)\s+(?:the\s+)?$|\b(?:unseen|never (?:before )?seen|not seen|unprecedented|unmatched)\s+in\s+(?:the\s+)?$`)

// hostByRe ends the words before the host of an event: "co-hosted by
// the Governments of ", "organized by "; hostListRe goes on with the
// next host: " and ", ", the Government of ".
var (
	hostByRe   = lazyre.New(`(?i)\b(?:co-?hosted|hosted|co-?organi[sz]ed|organi[sz]ed|co-?convened|convened|co-?chaired|chaired|co-?sponsored)\s+(?:jointly\s+|on\s+\w+\s+|(?:last|this|next)\s+\w+\s+|in\s+\p{Lu}[\p{L}-]+\s+)?by\s+(?:the\s+)?(?:(?:Governments?|Kingdom|Republic|State)\s+of\s+(?:the\s+)?)?$`)
	hostListRe = lazyre.New(`(?i)^\s*(?:,|,?\s*and|&)\s*(?:the\s+)?(?:(?:Governments?|Kingdom|Republic|State)\s+of\s+(?:the\s+)?)?$`)
)

// eventPlaceRe ends the words before the place of an event or of
// someone's office, a city maybe before it: "UNRWA's field office in ",
// "a ceremony in Bali, ", "at the
// headquarters in the " (not "has kept its office in Sudan open", where
// the agency works).
var eventPlaceRe = lazyre.New(`(?i)(?:\b(?:ceremony|handover|hand-over|signing|meeting|conference|summit|event|forum|reception)|(?:['’]s|\bat\s+(?:the|an?))\s+(?:[\w-]+\s+){0,2}?(?:office|offices|headquarters|HQ))\s+(?:(?:held|hosted|organi[sz]ed|convened)\s+)?(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+)?$`)

// envoyPostRe ends the words before the country an envoy is posted to:
// "Ambassador to ", "Kuwait's Ambassador in the ", or its embassy's
// ("through its embassy in the ": where the money was handed over).
// So is "Norway's representative to ": a giver's envoy (an agency's
// "Representative in Chad" works where its money goes, and is left be; so
// does one named by its acronym, "UNHCR's representative to Chad").
var envoyPostRe = lazyre.New(`(?i:\b(?:embassy|embassies|consulate(?: general)?|permanent mission)\s+(?:to|in)\s+(?:the\s+)?)$|\b(?:Ambassador|Ambassadors|Envoy|Consul|Consul General|Chargé d'Affaires|High Commissioner)\s+(?:to|in)\s+(?:the\s+)?$|\p{Lu}\p{Ll}[\p{L}-]*['’]s\s+(?i:representative|envoy)\s+to\s+(?:the\s+)?$`)

// partnerBeforeRe ends the words before a partner in a gift: "in
// partnership with the ", "jointly with ".
var partnerBeforeRe = lazyre.New(`(?i)\b(?:in (?:partnership|cooperation|co-operation|collaboration|conjunction) with|jointly with)\s+(?:the\s+)?$`)

// postBeforeRe ends a person's post up to its place ("director of ...
// in the ", "Representative in "); postSaidRe closes the apposition
// before what the person said.
var (
	postBeforeRe = lazyre.New(`(?i)\b(?:director|head|representative|chief|president|CEO|officer|manager|coordinator|ambassador|consul|envoy|spokes(?:man|woman|person))\b[^,.;:"“”]{0,70}\b(?:in|for|of|to)\s+(?:the\s+)?$`)
	postSaidRe   = lazyre.New(`^\s*,\s*` + speechVerbs + `\b`)
)

// headingRe is a heading's number: "1. ", "(2) "; headingNextRe follows
// the place of a heading: the first row's organisation, not a verb.
var (
	headingRe     = lazyre.New(`^\s*(?:\(?\d{1,2}[.)]\s+)?`)
	headingNextRe = lazyre.New(`^\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s*(?:\([\p{Lu}\p{L}-]{2,12}\))?\s*[:(]`)
)

// influxRe ends the words before a place people arrive in, which aid
// for the arrivals goes to: "in response to the mass influx of refugees
// and migrants to ".
var influxRe = lazyre.New(`(?i)\b(?:influx|arrivals?|inflows?)\s+of\b[^.;]{0,50}$`)

// unrwaNameRe ends the words of UNRWA's name before its region.
var unrwaNameRe = lazyre.New(`(?i)\bPalestin\w*\s+Refugees\s+in\s+the\s+$`)

// fromTheRe and fundNameAfterRe frame a place in the name of the fund
// money comes from: "from the " before, " Disaster Response Fund" after.
var (
	fromTheRe       = lazyre.New(`(?i)\bfrom\s+(?:the|its|their)\s+$`)
	fundNameAfterRe = lazyre.New(`^(?:\s+\p{Lu}[\p{L}-]*){0,4}\s+Fund\b`)
)

// fleeRe ends a text with where people flee: "fleeing Myanmar", "who
// have fled war and food shortages in Myanmar".
var fleeRe = lazyre.New(`(?i)\b(?:fled|fleeing|flee|flees|escaping|escaped)\s+((?:[\p{L}-]+\s+){0,5}?in\s+)?(?:the\s+)?$`)

// fledOrigin reports whether the text before a place says people fled it
// (fleeRe), and not that they fled to it ("fled to camps in Bangladesh").
func fledOrigin(before string) bool {
	m := fleeRe.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(m[1])) {
		switch w {
		case "to", "into", "towards", "toward", "across", "camps", "settlements", "shelters":
			return false
		}
	}
	return true
}

var (
	// newsClauseRe opens the news a gift is set against, to the end of
	// the sentence: "The funding comes as the UN warns of a fresh hunger
	// crisis in Myanmar's Rakhine state".
	newsClauseRe = lazyre.New(`(?i)\b(?:comes?|came)\s+(?:as|amid|after|at a time when|(?:a|two|three|several|just)?\s*(?:days?|weeks?)\s+after)\b[^.;]*$`)
	// needRe says a sentence tells of others' need, not of this gift:
	// "food agencies delivering to Syrian refugees said that they had run
	// out of funds".
	needRe = lazyre.New(`(?i)\b(?:ran|run|runs|running) out of (?:funds|money|cash|food)\b|\bfunding (?:gap|shortfall)s?\b|\bshortfalls?\b`)
)

// newsOrNeed reports whether a place is named only in the news a gift is
// set against (newsClauseRe) or in a sentence of others' need that states
// no amount (needRe): it is not where this money goes.
func newsOrNeed(s string, m corpus.Mention, amounts []amount) bool {
	start := strings.LastIndex(s[:m.Start], ". ") + 1
	end := len(s)
	if i := strings.Index(s[m.End:], ". "); i >= 0 {
		end = m.End + i
	}
	if newsClauseRe.MatchString(s[start:m.Start]) {
		return true
	}
	return needRe.MatchString(s[start:end]) && !overlaps(amounts, start, end) && !thisGiftRe.MatchString(s[start:end])
}

// thisGiftRe refers to the release's own gift: a sentence of need that
// does ("The funding will help refugees in Lebanon, where agencies have run
// out of food") names where it goes.
var thisGiftRe = lazyre.New(`(?i)\b(?:the|this|these|its|our|new|additional)\s+(?:funds|funding|contribution|grant|money|aid|assistance|support|donation|allocation)\b|\bwill\s+(?:help|support|go|fund|provide)\b`)

// hostsAfter reports whether the text after a demonym names the country
// its people live in now: "refugees in Moldova".
func hostsAfter(after string) bool {
	ms := corpus.Mentions(after[:min(len(after), 80)])
	return len(ms) > 0 && !ms[0].Demonym && hostedAfterRe.MatchString(after[:ms[0].Start])
}

// hostedPeoples returns the countries whose people texts say live in
// another country now: "Syrian refugees in Jordan" gives SYR.
func hostedPeoples(texts []string) map[string]bool {
	out := map[string]bool{}
	for _, t := range texts {
		if !strings.Contains(t, " in ") {
			continue
		}
		for _, m := range corpus.Mentions(t) {
			if m.Country.Code == "" {
				continue
			}
			// "Syrian refugees in Jordan"; "Palestine refugees from Syria
			// – in Jordan and Lebanon".
			if m.Demonym && hostsAfter(t[m.End:]) || !m.Demonym && refugeesFromBeforeRe.MatchString(t[max(0, m.Start-40):m.Start]) && hostedFromAfter(t[m.End:]) {
				out[m.Country.Code] = true
			}
		}
	}
	return out
}

// refugeesFromBeforeRe ends the words before the country people fled:
// "Palestine refugees from ", "families who fled from the ".
var refugeesFromBeforeRe = lazyre.New(`(?i)\b(?:refugees|asylum[- ]seekers|migrants|people|families)\s+(?:who\s+(?:have\s+)?fled\s+)?from\s+(?:the\s+)?$`)

// hostedFromAfter reports whether the text after the country people fled
// names where they live now: " – in Jordan", " living in Lebanon".
func hostedFromAfter(after string) bool {
	ms := corpus.Mentions(after[:min(len(after), 60)])
	return len(ms) > 0 && !ms[0].Demonym && hostedFromGapRe.MatchString(after[:ms[0].Start])
}

// hostedFromGapRe stands between the country people fled and the one they
// live in: " – in ", ", now living in the ".
var hostedFromGapRe = lazyre.New(`^\s*[,–—-]?\s*(?:(?:who\s+(?:are|were)\s+)?(?:now\s+)?(?:living|hosted|sheltering|staying|settled)\s+)?in\s+(?:the\s+)?$`)

func placeOf(m corpus.Mention) place { return place{country: m.Country, region: m.Region} }

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

// receivedGapRe stands between a place and the amount it gets, after a
// bracketed word about the place if any: "Sudan (North and South) (",
// "Sudan gets a further ".
var receivedGapRe = lazyre.New(`^\s*(?:\([A-Z][\p{L}-]+(?:\s+and\s+[A-Z][\p{L}-]+)?\)\s*)?(?:\(\s*|(?:will|shall)?\s*(?:receive[sd]?|receiving|gets?|getting|be (?:allocated|granted|given)|(?:has|have) been (?:allocated|granted|given)|received)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:allocations?|grants?|share) of\s+|allocations? of\s+|(?:an?\s+)?(?:further|additional|extra|another)\s+)?)$`)

// listJoined reports whether gap, the text between two places, only joins
// them in a list ("Ethiopia and Somalia"), not a clause between them ("In
// Niger, agencies will be granted $6 million, while agencies in Myanmar").
func listJoined(gap string) bool {
	m := listJoinRe.FindStringIndex(gap)
	return m != nil && m[1] == len(gap)
}

// listJoinRe joins the places of a list; listMoreRe ends one with a
// count of more places.
var (
	listJoinRe = lazyre.New(`^\s*(?:,|and|&|as well as)\s+(?:the\s+)?`)
	listMoreRe = lazyre.New(`^(?:\w+\s+){0,2}(?:other\s+)?(?:countries|nations|territories|states)\b`)
)

// listGoesOn reports whether the text after a place goes on with more
// places ("Afghanistan and five nations in the Middle East", "Kenya,
// Somalia"): a finding tied to the first is for all of them.
func listGoesOn(after string) bool {
	m := listJoinRe.FindStringIndex(after)
	if m == nil {
		return false
	}
	rest := after[m[1]:]
	if ms := corpus.Mentions(rest); len(ms) > 0 && ms[0].Start == 0 {
		return true
	}
	return listMoreRe.MatchString(rest)
}

// placeSource is one way to find the place a finding is for.
type placeSource int

const (
	// placeRightAfter is a place named right after the finding, through
	// "for", "to" or "in": "USD 5 million for Kenya".
	placeRightAfter placeSource = iota
	// placeBefore is a place named just before the finding, the subject
	// of a receiving verb or with the finding in brackets: "agencies in
	// Yemen will receive $5 million", "In Syria ($20 million)".
	placeBefore
	// placeOpening is the one place a sentence opens with: "For the
	// Middle East, the Commission has announced an envelope of €345
	// million".
	placeOpening
	// placeHeading is the place a breakdown's block opens with, as its
	// heading: "2. Pakistan UNHCR: 2.1 million UNICEF: 1.4 million".
	placeHeading
	// placeOwnClause is the only place named in the finding's own clause,
	// after it and before the next amount: "and $1 million will be
	// channelled to WFP's aid to refugees in Moldova".
	placeOwnClause
	// placeSole is the only place the sentence names.
	placeSole
	// placeFurtherBefore is, for further money in a sentence that names
	// no place ("is now providing a further $3 million to the ICRC"), the
	// one place of the nearest of the two sentences before it that names
	// any, a sentence with no money of its own ("Australia is also
	// providing assistance on efforts to alleviate the humanitarian crisis
	// in Tigray and neighbouring regions of northern Ethiopia").
	placeFurtherBefore
	// placeAfter is the first place named after the finding, preferring
	// a name to an adjective.
	placeAfter
	// placeFirst and placeLast are the first and last places the
	// sentence names.
	placeFirst
	placeLast
	// placeParagraph is the place the paragraph is about.
	placeParagraph
)

// attach is the one way a finding gets its place: it tries the sources in
// the order given, sets the first place found on f and reports whether
// there was one. [start, end) is where the finding stands in s.text.
func attach(f *corpus.Fact, p *paragraph, s *sentence, start, end int, sources ...placeSource) bool {
	ms := s.places
	// A row of a table run together ("Africa $ 25.4 million Syria
	// Regional Response Plan $ 9.6 million"): its place is named in its
	// own label, before it; the next row's label is not its place.
	if lo := tableRowLabel(s.text, start); lo >= 0 {
		for _, m := range ms {
			if m.Start >= lo && m.End <= start {
				placeOf(m).set(f)
				return true
			}
		}
		return false
	}
	for _, src := range sources {
		var pl place
		ok := false
		switch src {
		case placeRightAfter:
			i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= end })
			if i < len(ms) {
				// Not when the place starts a list ("for Afghanistan and
				// five nations in the Middle East"): the finding is for all.
				if gap := s.text[end:ms[i].Start]; len(gap) <= 60 && gapPrepRe.MatchString(gap) && !listGoesOn(s.text[ms[i].End:]) {
					pl, ok = placeOf(ms[i]), true
				}
			}
		case placeBefore:
			i := sort.Search(len(ms), func(i int) bool { return ms[i].End > start }) - 1
			// Not the last of a list ("DPRK, Ethiopia and Somalia will
			// receive ... $10 million per country").
			if i >= 0 && receivedGapRe.MatchString(s.text[ms[i].End:start]) && (i == 0 || !listJoined(s.text[ms[i-1].End:ms[i].Start])) {
				pl, ok = placeOf(ms[i]), true
			}
			// A row of a list: "The other beneficiaries are: Angola,
			// $4.5 million; Bangladesh, $1 million; ... and Zimbabwe, $2
			// million".
			// (Not when the amount names where it goes after it: "$6.5
			// million to both Chad and Niger, $6 million to both Mali
			// and Togo" is no row "Niger, $6 million".)
			if i >= 0 && !ok && !ms[i].Demonym && listRowGapRe.MatchString(s.text[ms[i].End:start]) && listRowOpenRe.MatchString(s.text[:ms[i].Start]) && !ownToPlaceRe.MatchString(s.text[end:]) {
				pl, ok = placeOf(ms[i]), true
			}
			// The verb left out after the first of a list: "Myanmar will
			// be allocated 12 million dollars, Mali 11 million dollars,
			// and Haiti 9 million dollars"; "with Burundi receiving 5
			// million dollars and Malawi 4 million dollars".
			if i >= 0 && !ok && !ms[i].Demonym && strings.TrimSpace(s.text[ms[i].End:start]) == "" && elidedRowOpenRe.MatchString(s.text[:ms[i].Start]) &&
				receivingVerbRe.MatchString(s.text[:ms[i].Start]) && (i == 0 || !listJoined(s.text[ms[i-1].End:ms[i].Start])) {
				pl, ok = placeOf(ms[i]), true
			}
		case placeOpening:
			// Not past another place named before the finding: "In
			// Niger, humanitarians will be granted $6 million, while
			// agencies in Myanmar have been allocated some $4 million".
			if len(ms) > 0 && inPlaceRe.MatchString(s.text[:ms[0].Start]) && !listGoesOn(s.text[ms[0].End:]) && strings.HasPrefix(strings.TrimLeft(s.text[ms[0].End:], " "), ",") &&
				!slices.ContainsFunc(ms[1:], func(m corpus.Mention) bool { return m.End <= start && placeOf(m).key() != placeOf(ms[0]).key() }) {
				pl, ok = placeOf(ms[0]), true
			}
		case placeHeading:
			if len(ms) > 0 && !ms[0].Demonym && ms[0].End <= start {
				h := headingRe.FindString(s.text)
				if ms[0].Start == len(h) && headingNextRe.MatchString(s.text[ms[0].End:]) {
					pl, ok = placeOf(ms[0]), true
				}
			}
		case placeOwnClause:
			pl, ok = ownClausePlace(s, end)
		case placeSole:
			// Not a place of an opening clause set apart from the
			// finding's: "While Europe at large is dramatically impacted
			// by COVID-19, UNHCR welcomes Denmark's DKK 100 M".
			if m := asideRe.FindStringIndex(s.text); m != nil && len(ms) > 0 && ms[0].End <= m[1] && start >= m[1] {
				break
			}
			// Nor a place of a later clause about something else: "have
			// pledged $2 million to the American Red Cross, and Wal-Mart
			// has announced that it will establish donation collection
			// points ... throughout the United States" (but "..., and the
			// money will go to Kenya", "... and migrants in Djibouti").
			if len(ms) > 0 && ms[0].Start > end {
				if m := ownClauseEndRe.FindStringIndex(s.text[end:ms[0].Start]); m != nil && otherSubjectRe.MatchString(s.text[end+m[1]:]) {
					break
				}
			}
			if len(ms) > 0 && !slices.ContainsFunc(ms[1:], func(m corpus.Mention) bool { return placeOf(m).key() != placeOf(ms[0]).key() }) {
				pl, ok = placeOf(ms[0]), true
			}
		case placeFurtherBefore:
			if len(ms) == 0 && furtherMoneyRe.MatchString(s.text[:start]) {
				pl, ok = placeBeforeSentence(p, s)
			}
		case placeAfter:
			pl, ok = firstAfter(ms, end)
		case placeFirst:
			if len(ms) > 0 {
				pl, ok = placeOf(ms[0]), true
			}
		case placeLast:
			if len(ms) > 0 {
				pl, ok = placeOf(ms[len(ms)-1]), true
			}
		case placeParagraph:
			pl, ok = p.about, p.hasAbout
		}
		if ok {
			pl.set(f)
			return true
		}
	}
	return false
}

// elidedRowOpenRe opens an item of such a list: ", ", ", and ".
var elidedRowOpenRe = lazyre.New(`(?:,|,?\s+and)\s*(?:the\s+)?$`)

// receivingVerbRe is a verb of getting money, earlier in a sentence
// whose later places get theirs with the verb left out.
var receivingVerbRe = lazyre.New(`(?i)\b(?:receive[sd]?|receiving|gets?|getting|got|be allocated|been allocated|allocated|granted|given)\s+(?:(?:about|around|some|nearly|over|more than|up to)\s+)?(?:US\$|USD|\$|€|EUR|£|GBP|CHF|\d)`)

var (
	// listRowGapRe stands between a place and its amount in a row of a
	// list; listRowOpenRe opens the row: "are: ", "; ", ", and ".
	listRowGapRe  = lazyre.New(`^\s*,\s*$`)
	listRowOpenRe = lazyre.New(`(?:[:;]|,?\s+and)\s*(?:the\s+)?$`)
	// ownToPlaceRe follows an amount with where it goes: " to both ",
	// " to the ", " for ".
	ownToPlaceRe = lazyre.New(`^\s+(?:to|for)\s+(?:both|each of|all of|the)?\s*\p{Lu}`)
	// ownClauseEndRe ends the clause of a finding: ", and", "; ",
	// ", which".
	// ", with the Democratic Republic of the Congo coming in second with
	// approximately $16 million": a clause of another place's own.
	// ", including the humanitarian food programme Grain from Ukraine": a
	// part named inside it, not where all of it goes.
	ownClauseEndRe = lazyre.New(`(?i)(?:,\s+(?:and|but|while|whereas|which|bringing|taking|with|including)\b|;|\bas well as\b|\bwhile\b)`)
	// otherSubjectRe opens a clause with a subject of its own named by its
	// name, and its verb: " Wal-Mart has announced" (not " migrants in
	// Djibouti", " which is providing", " the money will go").
	otherSubjectRe = lazyre.New(`^\s*(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}\s+(?:has|have|had|will|is|are|was|were|also|announced|said|says|plans?)\b`)
	// moreRegionRe says the money goes beyond the places named.
	moreRegionRe = lazyre.New(`(?i)\b(?:neighbou?ring countries|other countries|countries (?:around|near|nearby|surrounding)|the (?:wider )?region|host countries|elsewhere)\b`)
	// placeAmountGapRe stands between a place and the amount it gets in
	// a list: "Mali 11 million", "Mali: 11 million", "Mali (".
	placeAmountGapRe = lazyre.New(`^\s*,?\s*(?:[:(–-]|gets|receives|will receive|is to receive|with|of|at|worth)?\s*$`)
	// toPlaceGapRe stands between an amount and the place it goes to:
	// " to eleven countries in ".
	toPlaceGapRe = lazyre.New(`^\s+(?:(?:will go|goes|is|are|will be)\s+)?(?:to|for|in|towards?)\s+(?:[\w-]+\s+){0,4}$`)
	// prepBeforeRe ends the text between a finding and its place with a
	// preposition that ties them: "... activities in ".
	prepBeforeRe = lazyre.New(`\b(?:to|for|in|towards?|into)\s+(?:the\s+)?$`)
	// crisisAfterRe follows a place named as a crisis: "the Syria crisis".
	crisisAfterRe = lazyre.New(`^\s+(?:crisis|conflict|emergency|situation)\b`)
)

// ownClausePlace returns the one place named between the end of a
// finding and the next amount or clause of its sentence.
func ownClausePlace(s *sentence, end int) (place, bool) {
	// "£22 million ($27.6 million) will target programmes in the Middle
	// East": the same money restated in brackets is no next amount; the
	// clause goes on after it.
	for _, a := range s.amounts {
		if a.start >= end && strings.TrimSpace(s.text[end:a.start]) == "(" && strings.HasPrefix(strings.TrimLeft(s.text[a.end:], " "), ")") {
			end = a.end + strings.Index(s.text[a.end:], ")") + 1
			break
		}
	}
	stop := len(s.text)
	next := -1 // the next amount
	for i, a := range s.amounts {
		if a.start >= end && a.start < stop {
			stop, next = a.start, i
		}
	}
	// The next amount has a place of its own after it: "..., with
	// US$27.5 million to 11 African countries".
	nextPlaced := next >= 0 && slices.ContainsFunc(s.places, func(m corpus.Mention) bool {
		return m.Start >= s.amounts[next].end && m.Start-s.amounts[next].end <= 60 && toPlaceGapRe.MatchString(s.text[s.amounts[next].end:m.Start])
	})
	if m := ownClauseEndRe.FindStringIndex(s.text[end:stop]); m != nil {
		stop = end + m[0]
	}
	// "... in Sudan and for Sudanese refugees in neighbouring countries":
	// not for one place.
	if moreRegionRe.MatchString(s.text[end:stop]) {
		return place{}, false
	}
	var found place
	n := 0
	for _, m := range s.places {
		if m.Start < end || m.End > stop {
			continue
		}
		// "Mali 11 million dollars, Burkina Faso 10 million dollars": a
		// place right before the next amount is that amount's; "for the
		// Syria crisis" names a crisis, not where the money goes.
		// (Not when a preposition ties the place to this finding: "NOK
		// 18 million ... will go to support response activities in
		// Jordan, NOK 20 million ...".)
		direct := prepBeforeRe.MatchString(s.text[end:m.Start])
		if !direct && next >= 0 && !nextPlaced && placeAmountGapRe.MatchString(s.text[m.End:s.amounts[next].start]) || crisisAfterRe.MatchString(s.text[m.End:]) {
			return place{}, false
		}
		if pl := placeOf(m); n == 0 || pl.key() != found.key() {
			found = pl
			n++
		}
	}
	return found, n == 1
}

// placeBeforeSentence returns the one place of the nearest of the two
// sentences before s in p that names any place, when that sentence
// states no amount.
func placeBeforeSentence(p *paragraph, s *sentence) (place, bool) {
	i := slices.IndexFunc(p.sentences, func(t sentence) bool { return t.text == s.text })
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		ms := p.sentences[j].places
		if len(ms) == 0 {
			continue
		}
		// Not a sentence of money of its own ("Grants of $3.75 million
		// ... in rural communities of China. A further $1.11 million
		// goes to strengthening UNICEF's humanitarian response"): the
		// further money is more beside it, not more for its place.
		if len(p.sentences[j].amounts) > 0 {
			return place{}, false
		}
		pl := placeOf(ms[0])
		if slices.ContainsFunc(ms[1:], func(m corpus.Mention) bool { return placeOf(m).key() != pl.key() }) {
			return place{}, false
		}
		return pl, true
	}
	return place{}, false
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

// labelColonRe follows a list item's label: "• Japan: ".
var labelColonRe = lazyre.New(`^\s*:\s+`)

// labelVerbRe is a verb of giving in a list item after its label.
var labelVerbRe = lazyre.New(`(?i)\b(?:pledg\w*|commit(?:s|ted|ting)?|contribut\w*|giv(?:e|es|ing)|donat\w*|provid(?:e|es|ing)|announc\w*|increas\w*|allocat\w*)\b`)

// officerRe names a government or its officer as who gives: "Prime
// Minister ...", "The country's finance minister", "Secretary of State".
var officerRe = lazyre.New(`(?i)\b(?:minister|ministry|government|secretary|president|chancellor|king|emir|country['’]s)\b`)

// givingLabel reports whether the place m is named in the giving part of
// a list item whose label is a giver: the item opens with a place as its
// label ("Japan: ...", after its bullet) and then tells of a gift by that
// place, the words before its verb of giving naming it again (by name or
// people) or naming a government or an officer, and no other place and no
// amount. The label, and the same place named again before the verb, are
// the giver.
func givingLabel(s string, m corpus.Mention) bool {
	if !strings.Contains(s, ":") {
		return false
	}
	ms := corpus.Mentions(s)
	if len(ms) == 0 || ms[0].Demonym || strings.TrimLeft(s[:ms[0].Start], "•·-–* \t") != "" {
		return false
	}
	label := ms[0]
	colon := labelColonRe.FindStringIndex(s[label.End:])
	if colon == nil {
		return false
	}
	from := label.End + colon[1]
	v := labelVerbRe.FindStringIndex(s[from:])
	if v == nil || v[0] > 100 {
		return false
	}
	verb := from + v[0]
	if m.Start >= verb || m.Country.Code != label.Country.Code || m.Region != label.Region {
		return false
	}
	subject := s[from:verb]
	if len(findAmounts(subject, "")) > 0 {
		return false
	}
	same := false
	for _, n := range ms[1:] {
		if n.Start >= verb {
			break
		}
		if n.Country.Code != label.Country.Code || n.Region != label.Region {
			return false
		}
		same = true
	}
	return same || officerRe.MatchString(subject)
}
