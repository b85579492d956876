package extract

import (
	"regexp"
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

var (
	saidRe = lazyre.New(`\b(?:said|says|added|adds|stated|states|noted|notes|explained|explains)\b`)
)

// quotes finds quotations and who said them.
func (x *releaseText) quotes() []corpus.Fact {
	var out []corpus.Fact
	for i, para := range x.r.Paragraphs {
		n := i + 1
		if n == x.p.contact || n == x.p.org {
			continue
		}
		for _, sp := range sentences(para) {
			sent := para[sp.start:sp.end]
			speaker, known := "", false
			for _, m := range quoteRe.FindAllStringSubmatch(sent, -1) {
				q := ""
				for _, g := range m[1:] {
					if g != "" {
						q = g
						break
					}
				}
				q = strings.TrimRight(strings.TrimSpace(q), ",")
				if wordCount(q) < 4 {
					continue
				}
				if !known {
					speaker, known = x.speaker(sent, para), true
					// "... Vitorino said:" closing the paragraph before.
					if speaker == "" && i > 0 && strings.HasSuffix(x.r.Paragraphs[i-1], ":") {
						speaker = x.namedSpeaker(x.r.Paragraphs[i-1])
					}
				}
				f := x.fact(corpus.KindQuote, n, sent)
				f.Quote, f.Person = q, speaker
				out = append(out, f)
			}
		}
	}
	return out
}

// speaker returns the known person a quoting sentence (or its paragraph)
// attributes the quote to, by full name or surname.
func (x *releaseText) speaker(sent, para string) string {
	// Who speaks is named outside the quotation, in its sentence or its
	// paragraph; a name inside the quoted words is not the speaker.
	for _, text := range []string{quoteRe.ReplaceAllString(sent, " "), quoteRe.ReplaceAllString(para, " ")} {
		if p := x.namedSpeaker(text); p != "" {
			return p
		}
	}
	return ""
}

// namedSpeaker finds who speaks in a text outside the quotation: a person
// the release has named, or the name next to "said" ("said IOM Director
// General António Vitorino", "Penny Mordaunt says", "Mr Brende said").
func (x *releaseText) namedSpeaker(text string) string {
	for _, p := range x.persons {
		if strings.Contains(text, p.Person) {
			return p.Person
		}
	}
	if !saidRe.MatchString(text) {
		return ""
	}
	var runs []string
	for _, m := range saidAfterRe.FindAllStringSubmatch(text, -1) {
		runs = append(runs, m[1])
	}
	for _, m := range saidBeforeRe.FindAllStringSubmatch(text, -1) {
		runs = append(runs, m[1])
	}
	for _, run := range runs {
		ws := strings.Fields(run)
		// Titles and acronyms before the name are not the name ("USG
		// Amos", "Mr Brende").
		for len(ws) > 1 && (honorifics[strings.TrimSuffix(ws[0], ".")] || ws[0] == strings.ToUpper(ws[0])) {
			ws = ws[1:]
		}
		if len(ws) == 1 {
			if full := x.fullName(ws[0]); full != "" {
				return full
			}
			continue
		}
		// "Mr Brende": the person the release named in full before.
		if len(ws) == 2 && honorifics[strings.TrimSuffix(ws[0], ".")] {
			for _, p := range append(x.persons, x.speakers...) {
				pw := strings.Fields(p.Person)
				if pw[len(pw)-1] == ws[1] {
					return p.Person
				}
			}
			continue
		}
		name := strings.Join(ws[max(0, len(ws)-2):], " ")
		// "says Karolina Lindholm Billing": three names, when the first
		// of them is no word of a title ("Foreign Affairs Børge Brende").
		if len(ws) >= 3 && !roleWords[ws[len(ws)-3]] && ws[len(ws)-3] != strings.ToUpper(ws[len(ws)-3]) && plausibleName(strings.Join(ws[len(ws)-3:], " ")) {
			name = strings.Join(ws[len(ws)-3:], " ")
		}
		if len(ws) >= 2 && plausibleName(name) {
			x.speakers = append(x.speakers, corpus.Fact{Person: name})
			return name
		}
	}
	for _, p := range x.persons {
		ws := strings.Fields(p.Person)
		if containsWord(text, ws[len(ws)-1]) {
			return p.Person
		}
	}
	return ""
}

// fullName finds the full name of a person a release later calls by
// surname alone: a known person, else "Firstname Surname" in its text.
func (x *releaseText) fullName(surname string) string {
	if !startsUpper(surname) || len(surname) < 3 {
		return ""
	}
	for _, p := range append(x.persons, x.speakers...) {
		pw := strings.Fields(p.Person)
		if pw[len(pw)-1] == surname {
			return p.Person
		}
	}
	re, err := regexp.Compile(`(\p{Lu}[\p{Ll}’'-]+)\s+` + regexp.QuoteMeta(surname) + `\b`)
	if err != nil {
		return ""
	}
	for _, para := range x.r.Paragraphs {
		for _, m := range re.FindAllStringSubmatch(para, -1) {
			if name := m[1] + " " + surname; !honorifics[m[1]] && plausibleName(name) {
				return name
			}
		}
	}
	return ""
}

// honorifics stand before a surname: "Mr Brende".
var honorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Minister": true, "Ambassador": true}

// roleWords are words of titles that stand before a name.
var roleWords = map[string]bool{"Minister": true, "Secretary": true, "Director": true, "General": true, "Commissioner": true,
	"Representative": true, "Ambassador": true, "President": true, "Affairs": true, "Development": true, "Aid": true,
	"Foreign": true, "International": true, "Chief": true, "Head": true, "Deputy": true, "Regional": true, "Executive": true,
	"Officer": true, "Coordinator": true, "State": true, "Prime": true, "Spokesperson": true, "Spokesman": true,
	"Spokeswoman": true, "Administrator": true, "Chargé": true, "Humanitarian": true, "Assistant": true, "Country": true,
	"Office": true, "Agency": true, "Fund": true, "Programme": true, "Program": true, "Mission": true, "Acting": true}

// saidAfterRe and saidBeforeRe find the run of capitalised words next to
// a verb of saying; its last two words are the speaker's name.
var (
	saidAfterRe  = lazyre.New(`\b(?:said|says|added|adds|stated|noted|explained)\s+((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]+)`)
	saidBeforeRe = lazyre.New(`((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]+),?\s+(?:said|says|added|adds|stated|noted|explained)\b`)
)
