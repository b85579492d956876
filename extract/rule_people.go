package extract

import (
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

var (
	roleKeyword = `(?:Deputy Director[- ]General|Director[- ]General|Deputy Secretary[- ]General|Secretary[- ]General|Secretary of State|Secretary|High Commissioner|Executive Director|Regional Director|Country Director|Chief of Mission|Head of Office|Prime Minister|Foreign Minister|Ambassador|Minister|President|Commissioner|Spokesperson|Spokesman|Spokeswoman|Coordinator|Representative|Director|Chargé d['’]Affaires)`
	nameWords   = `(\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}’']+)?(?:\s+(?:(?:bin|bint|ibn|de|da|van|von|der|del)\s+)?(?:\p{Lu}\.|\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}[\p{Ll}’'-]+)?)){1,3})` // "Murray McCully", "Khalifa bin Jassim Al-Kuwari"
	roleNameRe  = lazyre.New(`((?:(?:[A-Z][\w’'.-]*|of|for|the)\s+){0,4}?` + roleKeyword + `(?:\s+(?:in|for|to)\s+(?:the\s+)?[A-Z][\w’'-]*|\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?` + nameWords)
	nameRoleRe  = lazyre.New(nameWords + `,\s+((?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}` + roleKeyword + `(?:\s+(?:of|for|in|to)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?)`)
	roleHintRe  = lazyre.New(`Director|Secretary|Commissioner|Chief|Head|Minister|Ambassador|President|Spokes|Coordinator|Representative|Chargé`)
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
		role := strings.TrimPrefix(strings.TrimPrefix(m[1], "the "), "The ")
		add(m[2], role)
	}
	for _, m := range nameRoleRe.FindAllStringSubmatch(sent, -1) {
		add(m[1], strings.TrimPrefix(m[2], "the "))
	}
	return out
}

// plausibleName rejects capitalised phrases that are not people's names.
func plausibleName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	switch ws[0] {
	case "The", "In", "For", "This", "That", "These", "Funding", "Director", "General", "Minister":
		return false
	}
	for _, w := range ws {
		if w == strings.ToUpper(w) && len(w) > 2 {
			return false
		}
	}
	for _, w := range ws {
		if notNameWords[w] {
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
	"Representative": true, "Ambassador": true, "President": true, "Security": true, "Operations": true}

// institutionRe is a word that makes a name an institution's, not a
// person's: "White House", "Ikea Foundation".
var institutionRe = lazyre.New(`\b(?:House|Office|Ministry|Department|Agency|Council|Foundation|Programme|Program|Fund|Government|Bank|Organization|Organisation|Commission|Union|Nations|Committee|Centre|Center|Press|News|Times|Post|Service)\b`)
