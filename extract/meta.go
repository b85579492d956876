package extract

import (
	"github.com/fundbot/fundbot/corpus"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

var (
	titleDonorRe = regexp.MustCompile(`^(.+?)\s+(?:[Dd]onates?|[Dd]onation|[Gg]ives?|[Cc]ontributes?|[Cc]ontribution|[Pp]rovides?|[Pp]ledges?|[Gg]rants?|[Ff]unds?|[Cc]ommits?|[Aa]llocates?|[Ss]upports?|[Bb]oosts?|[Aa]nnounces?|[Rr]enews?|[Ii]ncreases?|[Ee]xtends?|[Dd]elivers?|[Aa]wards?)\b`)
	bodyDonorRe  = regexp.MustCompile(`^(.+?)\s+(?:has|have|had|will)?\s*(?:committed|donated|contributed|pledged|given|provided|granted|allocated|announced|awarded|approved|donates|contributes|gives|provides|pledges|commits)\b`)
	fromDonorRe  = regexp.MustCompile(`\b(?:from|by|of) (?:the )?((?:Government|People) of (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* [Gg]overnment|European Union|European Commission|ECHO)\b`)
	yearForRe    = regexp.MustCompile(`\b(?:for|in|during|through|throughout)\s+((?:19|20)\d{2})\b`)
	donorSplitRe = regexp.MustCompile(`\s*(?:,|\band\b|&)\s*`)
	yearRe       = regexp.MustCompile(`\b((?:19|20)\d{2})\b`)
)

// donorBodies are donors that are not countries, kept as written.
var donorBodies = []string{
	"European Union", "European Commission", "ECHO", "DG ECHO", "USAID", "DFID", "FCDO", "UK Aid", "UKaid", "Sida", "SIDA",
	"CERF", "World Bank", "Asian Development Bank", "African Development Bank", "JICA", "Norad", "NORAD",
	"GIZ", "AusAID", "DFAT", "CIDA", "Global Affairs Canada", "SDC", "Danida", "DANIDA", "BPRM", "OFDA", "KOICA",
}

// findDonors returns the release's donors, from its title ("Japan Donates
// ...") or first paragraph ("The Japanese government has committed ...").
// Countries are given by their common name.
func findDonors(title string, paras []string) []string {
	var phrase string
	if m := titleDonorRe.FindStringSubmatch(title); m != nil {
		phrase = m[1]
	}
	if ds := donorsIn(phrase); len(ds) > 0 {
		return ds
	}
	for _, para := range paras[:min(2, len(paras))] {
		sents := sentences(para)
		if len(sents) == 0 {
			continue
		}
		first := para[sents[0].start:sents[0].end]
		if m := bodyDonorRe.FindStringSubmatch(first); m != nil {
			if ds := donorsIn(m[1]); len(ds) > 0 {
				return ds
			}
		}
		if m := fromDonorRe.FindStringSubmatch(first); m != nil {
			if ds := donorsIn(m[1]); len(ds) > 0 {
				return ds
			}
		}
	}
	return nil
}

// donorsIn reads the donors of a phrase such as "Japan", "The Government of
// Norway", "Sweden and Norway" or "The European Union".
func donorsIn(phrase string) []string {
	phrase = strings.TrimSpace(phrase)
	if phrase == "" || wordCount(phrase) > 12 {
		return nil
	}
	var out []string
	for _, part := range donorSplitRe.Split(phrase, -1) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if d := donorName(part); d != "" && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

func donorName(part string) string {
	for _, b := range donorBodies {
		if containsWord(part, b) {
			return b
		}
	}
	if cs := corpus.FindCountries(part); len(cs) == 1 {
		return cs[0].Name
	}
	return ""
}

// recipients are organisations that receive funds, by the acronym releases
// use, with their full names.
var recipients = []struct{ acronym, name string }{
	{"IOM", "International Organization for Migration"},
	{"UNHCR", "UN Refugee Agency"},
	{"UNHCR", "United Nations High Commissioner for Refugees"},
	{"WFP", "World Food Programme"},
	{"UNICEF", "United Nations Children's Fund"},
	{"OCHA", "Office for the Coordination of Humanitarian Affairs"},
	{"UNDP", "United Nations Development Programme"},
	{"UNFPA", "United Nations Population Fund"},
	{"WHO", "World Health Organization"},
	{"FAO", "Food and Agriculture Organization"},
	{"UNRWA", "United Nations Relief and Works Agency"},
	{"ICRC", "International Committee of the Red Cross"},
	{"IFRC", "International Federation of Red Cross"},
	{"UN-Habitat", "United Nations Human Settlements Programme"},
	{"UNOPS", "United Nations Office for Project Services"},
	{"UN Women", "United Nations Entity for Gender Equality"},
	{"ILO", "International Labour Organization"},
	{"UNESCO", "United Nations Educational, Scientific and Cultural Organization"},
	{"UNODC", "United Nations Office on Drugs and Crime"},
	{"UNMAS", "United Nations Mine Action Service"},
	{"CERF", "Central Emergency Response Fund"},
	{"NRC", "Norwegian Refugee Council"},
}

// findRecipient returns the acronym of the organisation the release funds:
// the first one named in the title that is not a donor, else in the first
// paragraph, else the one the release names most.
func findRecipient(title string, paras []string, donors []string) string {
	first := func(text string) string {
		best, at := "", -1
		for _, o := range recipients {
			if slices.Contains(donors, o.acronym) {
				continue
			}
			for _, needle := range []string{o.acronym, o.name} {
				if i := wordIndex(text, needle); i >= 0 && (at < 0 || i < at) {
					best, at = o.acronym, i
				}
			}
		}
		return best
	}
	if r := first(title); r != "" {
		return r
	}
	if len(paras) > 0 {
		if r := first(paras[0]); r != "" {
			return r
		}
	}
	counts := map[string]int{}
	for _, p := range paras {
		for _, o := range recipients {
			if slices.Contains(donors, o.acronym) {
				continue
			}
			counts[o.acronym] += wordCountOf(p, o.acronym)
		}
	}
	best := ""
	for _, o := range recipients {
		if counts[o.acronym] > counts[best] {
			best = o.acronym
		}
	}
	return best
}

// findYear returns the funding year: "for 2011" or "in 2011" in the title,
// else any year in the title, else "for/in YEAR" in the first paragraph,
// else the year of the release date.
func findYear(title string, paras []string, date string) int {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	if m := yearForRe.FindStringSubmatch(title); m != nil {
		return atoi(m[1])
	}
	if m := yearRe.FindStringSubmatch(stripAmounts(title)); m != nil {
		return atoi(m[1])
	}
	if len(paras) > 0 {
		if m := yearForRe.FindStringSubmatch(stripAmounts(paras[0])); m != nil {
			return atoi(m[1])
		}
	}
	if m := yearRe.FindStringSubmatch(date); m != nil {
		return atoi(m[1])
	}
	return 0
}

func stripAmounts(s string) string {
	as := findAmounts(s, "")
	for i := len(as) - 1; i >= 0; i-- {
		s = s[:as[i].start] + strings.Repeat(" ", as[i].end-as[i].start) + s[as[i].end:]
	}
	return s
}
