package extract

import (
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

var (
	roleKeyword = `(?:Supervisor[- ]General|General Supervisor|Deputy Director[- ]General|Administrator|Director[- ]General|Deputy Secretary[- ]General|Secretary[- ]General|Secretary of State|Secretary|High Commissioner|Executive Director|Regional Director|Country Director|Chief of Mission|Head of Office|Head of (?:the\s+)?(?:Department|Division|Unit|Section|Delegation|Mission|Programme|Program)|Prime Minister|Foreign Minister|Vice Premier|Premier|Chancellor|Ambassador|Minister|President|Commissioner|Spokesperson|Spokesman|Spokeswoman|Coordinator|Representative|Director|Chargé d['’]Affaires)`
	nameWords   = `(\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}’']+)?(?:\s+(?:(?:bin|bint|ibn|de|da|van|von|der|del)\s+)?(?:\p{Lu}\.|\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?)){1,3})` // "Murray McCully", "Khalifa bin Jassim Al-Kuwari"
	roleNameRe  = lazyre.New(`((?:(?:[A-Z][\w’'.-]*|of|for|the)\s+){0,4}?` + roleKeyword + `(?:\s+(?:in|for|to|of)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4}){0,2})\s+(?:(?:Mr|Ms|Mrs|Dr|Prof|Hon|H\.?\s?E|Sheikh|Sheikha)\.?\s+)*` + nameWords)
	nameRoleRe  = lazyre.New(nameWords + `,\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}` + roleKeyword + `(?:\s+(?:of|for|in|to)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?)?)`)
	// roleCommaNameRe is a role whose portfolio holds commas, an acronym
	// in brackets, a comma, then the name and what the person did: "Deputy
	// Assistant Secretary of State for Population, Refugees, and Migration
	// (PRM), Nancy Izzo Jackson and ... announced".
	roleCommaNameRe = lazyre.New(`((?:(?:[A-Z][\w’'.-]*|of|for|the)\s+){0,4}?(?:[A-Z][\w’'.]*-)?` + roleKeyword + `\s+(?:of|for|to|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:(?:,\s*|\s+)(?:(?:and|of|for|the)\s+)?[A-Z][\w’'-]*){0,8}(?:\s+\([A-Z]{2,8}\))?),\s+` + nameWords + `(?:,|\s+(?:and|announced|said|says|signed|stressed|noted|added|welcomed)\b)`)
	// nameLowerRoleRe is a name, then a title in small letters: "Robert
	// A. Iger, the company's president and CEO".
	nameLowerRoleRe = lazyre.New(nameWords + `,\s+((?:the\s+)?(?:[\p{L}’'.-]+\s+){0,4}?(?:president|chairman|chairwoman|chief executive(?:\s+officer)?|CEO|founder|executive director|managing director|director|head|spokesperson|spokesman|spokeswoman)(?:\s+and\s+(?:CEO|chief executive(?:\s+officer)?|founder|president|chairman))?(?:\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+(?:department|division|office|unit|section|team|bureau|programme|program))?)?)\b`)
	// lowerRoleNameRe is a spokesperson's title in small letters, then the
	// name: "Foreign Ministry spokesman Qin Gang".
	lowerRoleNameRe = lazyre.New(`((?:[A-Z][\w’'.-]*\s+){0,3}(?:spokesman|spokeswoman|spokesperson))\s+` + nameWords)
	roleHintRe      = lazyre.New(`Administrator|Premier|Chancellor|Director|Secretary|Commissioner|Chief|Head|Minister|Ambassador|President|Spokes|Coordinator|Representative|Chargé|Supervisor|(?:president|chairman|chairwoman|chief executive|CEO|founder|director|head|spokes)`)
)

// people finds named people and their roles in a sentence.
func peopleFacts(x *releaseText, p *paragraph, s *sentence) []corpus.Fact {
	return x.people(p.n, s.text)
}

// people finds the people a sentence names with their roles, each once.
func (x *releaseText) people(n int, sent string) []corpus.Fact {
	if !roleHintRe.MatchString(sent) {
		return nil
	}
	var out []corpus.Fact
	add := func(name, role string) {
		name, role = strings.TrimSpace(name), strings.TrimSpace(role)
		// "Director General of KFAED and Nisreen Rubaian": the role ends
		// where another person's name joins it; "and director ..." is no
		// role of the name before.
		if i := strings.LastIndex(role, " and "); i >= 0 && plausibleName(role[i+5:]) {
			role = role[:i]
		}
		if strings.HasPrefix(role, "and ") || strings.HasPrefix(role, "or ") {
			return
		}
		// "Ambassador to Ethiopia.", the sentence's end, but "the U.S.".
		if last := role[strings.LastIndexByte(role, ' ')+1:]; strings.Count(last, ".") == 1 && strings.HasSuffix(last, ".") {
			role = strings.TrimSuffix(role, ".")
		}
		if !plausibleName(name) {
			return
		}
		for _, p := range x.persons {
			if p.Person == name {
				return
			}
		}
		f := x.fact(corpus.KindPerson, n, sent)
		f.Person, f.Role = name, role
		x.persons = append(x.persons, f)
		out = append(out, f)
	}
	for _, m := range roleNameRe.FindAllStringSubmatch(sent, -1) {
		// "German Ambassador to Cairo Dr. Cyrill Jean Nunn": the title
		// marks where the name begins.
		if honorificRe.MatchString(m[0][:len(m[0])-len(m[2])]) {
			add(m[2], trimRole(m[1]))
			continue
		}
		if role, name, ok := splitRoleName(m[1], m[2]); ok {
			add(name, role)
		}
	}
	for _, m := range nameRoleRe.FindAllStringSubmatchIndex(sent, -1) {
		role := sent[m[4]:m[5]]
		add(sent[m[2]:m[3]], strings.TrimPrefix(role, "the "))
		// "..., Director General of KFAED and Nisreen Rubaian, UNHCR
		// Representative in Kuwait": the person the role ran into.
		if i := strings.LastIndex(role, " and "); i >= 0 && plausibleName(role[i+5:]) {
			if n := nameRoleRe.FindStringSubmatch(sent[m[4]+i+5:]); n != nil {
				add(n[1], strings.TrimPrefix(n[2], "the "))
			}
		}
	}
	for _, m := range roleCommaNameRe.FindAllStringSubmatch(sent, -1) {
		// "..., Mr Ahmed Hussen, made": the name without its honorifics;
		// "Her Excellency" is none.
		ws := strings.Fields(m[2])
		for len(ws) > 2 && (nameHonorifics[strings.Trim(ws[0], ".")] || ws[0] == "H.E.") {
			ws = ws[1:]
		}
		if nameHonorifics[ws[0]] || nameHonorifics[strings.Trim(ws[len(ws)-1], ".")] {
			continue
		}
		add(strings.Join(ws, " "), trimRole(m[1]))
	}
	for _, m := range nameLowerRoleRe.FindAllStringSubmatch(sent, -1) {
		add(m[1], strings.TrimPrefix(m[2], "the "))
	}
	for _, m := range lowerRoleNameRe.FindAllStringSubmatch(sent, -1) {
		add(m[2], m[1])
	}
	return out
}

// splitRoleName finds where a role written before a name ends and the
// name begins, the regular expression having matched the capitalised words
// of both: the name is the longest run of two to four last words that is
// a plausible name, so that "State Secretary of the German Federal Foreign
// Office Miguel Berger" names Miguel Berger and "Minister of Foreign
// Affairs Jonas Gahr Støre" Jonas Gahr Støre. A name that continues a
// place's ("Permanent Representative of the United Arab Emirates") is none.
func splitRoleName(role, name string) (string, string, bool) {
	ws := strings.Fields(role + " " + name)
	best := 0
	for k := 2; k <= 5 && k < len(ws); k++ {
		first, before := ws[len(ws)-k], ws[len(ws)-k-1]
		if nameParticles[first] {
			continue // "Khalifa bin Jassim Al-Kuwari"
		}
		// Not a title word ("Commissioner-General Christian Saunders"),
		// nor the words a role joins ("Ambassador to Cairo").
		if !startsUpper(first) || roleHintRe.MatchString(first) || roleJoiners[before] ||
			!plausibleName(strings.Join(ws[len(ws)-k:], " ")) {
			break
		}
		best = k
	}
	if best == 0 {
		return "", "", false
	}
	role = strings.Join(ws[:len(ws)-best], " ")
	name = strings.Join(ws[len(ws)-best:], " ")
	for _, m := range corpus.Mentions(role + " " + name) {
		if m.Start < len(role) && m.End > len(role) {
			return "", "", false // the place runs into the name
		}
	}
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	return trimRole(role), name, true
}

// trimRole is a role without the words that joined it to the sentence
// ("of U.S. President", "the UNICEF Executive Director") and without the
// honorifics before the name ("Minister of Foreign Affairs H E Sheikh").
func trimRole(role string) string {
	for _, w := range []string{"of ", "for ", "the ", "The "} {
		role = strings.TrimPrefix(role, w)
	}
	rs := strings.Fields(role)
	for len(rs) > 1 && nameHonorifics[strings.Trim(rs[len(rs)-1], ".")] {
		rs = rs[:len(rs)-1]
	}
	return strings.Join(rs, " ")
}

// honorificRe ends the words before a name with a title: "Dr.", "Mr",
// "H.E. Sheikh".
var honorificRe = lazyre.New(`\b(?:Mr|Ms|Mrs|Dr|Prof|Hon|H\.?\s?E|Sheikh|Sheikha)\.?\s+$`)

// nameParticles are the small words inside a name, as nameWords allows.
var nameParticles = map[string]bool{"bin": true, "bint": true, "ibn": true, "de": true, "da": true, "van": true, "von": true, "der": true, "del": true}

// nameHonorifics stand between a role and a name: "H.E. Sheikh", "Hon".
var nameHonorifics = map[string]bool{"H": true, "E": true, "H.E": true, "HE": true, "Sheikh": true, "Sheikha": true,
	"Hon": true, "Honourable": true, "Honorable": true, "Dr": true, "Mr": true, "Ms": true, "Mrs": true, "Prof": true,
	"Excellency": true, "His": true, "Her": true, "Dame": true, "Sir": true}

// roleJoiners join a role to what it is for: no name follows one.
var roleJoiners = map[string]bool{"of": true, "for": true, "to": true, "in": true, "and": true, "the": true}

// plausibleName rejects capitalised phrases that are not people's names.
func plausibleName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	switch ws[0] {
	case "The", "In", "For", "This", "That", "These", "Funding", "Director", "General", "Minister", "New":
		return false
	}
	for _, w := range ws {
		if w == strings.ToUpper(w) && len(w) > 2 {
			return false
		}
	}
	for i, w := range ws {
		if notNameWords[w] {
			return false
		}
		// "Cox's Bazar": a possessive inside is no word of a person's
		// name (one at its end is the person's: "Donald Trump's envoy").
		if i < len(ws)-1 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			return false
		}
	}
	// A place's name, capitalised ("Korea"), is no person's; letters
	// inside a name that spell one ("Young-rok") are.
	for _, m := range corpus.Mentions(name) {
		if startsUpper(name[m.Start:]) && (m.Start == 0 || name[m.Start-1] == ' ') {
			return false
		}
	}
	return !institutionRe.MatchString(name)
}

// notNameWords are words of titles and fields of work that a person's
// name does not hold: "Commissioner for Human Rights Policy" names no
// person "Rights Policy".
var notNameWords = map[string]bool{"Policy": true, "Rights": true, "Affairs": true, "Aid": true, "Assistance": true,
	"Cooperation": true, "Development": true, "Relief": true, "Humanitarian": true, "Emergency": true, "Response": true,
	"Relations": true, "Communication": true, "Communications": true, "External": true, "Foreign": true,
	"International": true, "Human": true, "Minister": true, "Secretary": true, "Commissioner": true,
	"Representative": true, "Ambassador": true, "President": true, "Security": true, "Operations": true,
	"Management": true, "Crisis": true, "Health": true, "Emergencies": true, "Director": true, "Coordinator": true,
	"Administrator": true, "Supervisor": true, "Affair": true, "Protection": true, "Federal": true, "Refugees": true, "Francophonie": true,
	// Portfolios a minister's title names before the name.
	"Trade": true, "Commerce": true, "Finance": true, "Economy": true, "Justice": true, "Interior": true, "Defence": true,
	"Defense": true, "Environment": true, "Education": true, "Agriculture": true, "Energy": true, "Climate": true,
	"Welfare": true, "Labour": true, "Migration": true, "Integration": true, "Gender": true, "Equality": true,
	"Women": true, "Children": true, "Family": true, "Youth": true, "Culture": true, "Solidarity": true,
	// Fields a department's name holds: "Donor Relations and Resource
	// Mobilization".
	"Resource": true, "Resources": true, "Mobilization": true, "Mobilisation": true, "Partnerships": true, "Fundraising": true}

// institutionRe is a word that makes a name an institution's, not a
// person's: "White House", "Ikea Foundation".
var institutionRe = lazyre.New(`\b(?:House|Office|Ministry|Department|Agency|Council|Foundation|Programme|Program|Fund|Government|Bank|Organization|Organisation|Commission|Union|Nations|Committee|Centre|Center|Press|News|Times|Post|Service)\b`)
