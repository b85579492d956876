package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

var (
	labelAfterColonRe = lazyre.New(`(?i):\s+(tel|telephone|phone|mobile|mob|cell|e-?mail)\b`)
	emailRe           = lazyre.New(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
	phoneLabelRe      = lazyre.New(`(?i)^(?:tel|telephone|phone|mobile|mob|cell|office|t|m)\b\.?(?:\s+[\p{L} ]{1,20}?)?\s*:?\s*(\+?[\d\s().+-]{6,})$`) // "Tel. Press service: +41 ..."
	// addressRe is a postal address's line, no contact's name.
	addressRe    = lazyre.New(`(?i)\b(?:street|road|avenue|palace|building|floor|p\.?\s?o\.? box|plaza|square)\b|\b[A-Z]{1,2}-\d{4,5}\b|^\d{4,5}\s+\p{Lu}`)
	namedPhoneRe = lazyre.New(`^(\p{Lu}[^:]{1,50}?)\s*:\s*(\+?\(?\d[\d\s().+-]{5,})$`)
	emailLabelRe = lazyre.New(`(?i)^(?:e-?mail|email)\s*:?\s*`)
	// contactLeadRe is the heading before the contacts: "For more
	// information, please contact", "Media enquiries:"; not the word in an
	// address ("contact.seoul@wfp.org").
	contactLeadRe  = lazyre.New(`(?i)^(?:.{0,120}?\bcontacts?(?:\s*\([^)]*\))?(?:\s*[:,]\s*|\s+|$)|(?:for\s+)?(?:more|further|additional)\s+(?:information|details)\s*:\s*|(?:media|press)\s+(?:enquiries|inquiries|queries|questions)\s+(?:should|can|may)\s+be\s+(?:directed|sent|addressed)\s+to\s+|(?:for\s+)?(?:media|press)\s+(?:enquiries|inquiries|queries)\s*[:,]?\s*)`)
	contactSplitRe = lazyre.New(`\s*[,;]\s*|\s+or\s+`)
)

// contacts reads the press contacts of the contact paragraph.
func contactFacts(x *releaseText, p *paragraph) []corpus.Fact {
	if p.role != roleContact {
		return nil
	}
	return x.contacts(p.n, p.text)
}

// contacts splits a contact paragraph into one fact per person or office.
func (x *releaseText) contacts(n int, para string) []corpus.Fact {
	rest := contactLeadRe.ReplaceAllString(para, "")
	// "Fahmia Al-Fotih: Tel: +967 ...": a label after a colon starts a
	// new part.
	rest = labelAfterColonRe.ReplaceAllString(rest, ", $1")
	var out []corpus.Fact
	cur := x.fact(corpus.KindContact, n, para)
	// A number with no one named for it ("Tel : 02.727.0114" in a
	// newspaper's footer) is no press contact, nor an office with no way
	// to reach it ("Media enquiries: Minister's office"); an address is.
	flush := func() {
		if cur.Person != "" || cur.Email != "" || cur.Office != "" && cur.Phone != "" {
			out = append(out, cur)
		}
		cur = x.fact(corpus.KindContact, n, para)
	}
	for _, seg := range contactSplitRe.Split(rest, -1) {
		seg = strings.TrimSpace(strings.TrimRight(seg, "."))
		if seg == "" {
			continue
		}
		// "Minister's office: (02) 6277 7500", "DFAT Media Liaison: (02)
		// 6261 1555": an office or a person with its number, a contact
		// of its own.
		if m := namedPhoneRe.FindStringSubmatch(seg); m != nil && !phoneLabelRe.MatchString(seg) {
			if cur.Person != "" || cur.Office != "" {
				flush()
			}
			if personName(m[1]) {
				cur.Person = m[1]
			} else {
				cur.Office = m[1]
			}
			cur.Phone = strings.TrimSpace(m[2])
			flush()
			continue
		}
		if m := phoneLabelRe.FindStringSubmatch(seg); m != nil {
			if cur.Phone != "" {
				cur.Phone += ", "
			}
			// ("mobile tel. +358 ...": the label's own full stop is no
			// part of the number.)
			cur.Phone += strings.TrimLeft(strings.TrimSpace(m[1]), ". ")
			continue
		}
		if e := emailRe.FindString(seg); e != "" {
			if cur.Email != "" {
				flush()
			}
			cur.Email = e
			continue
		}
		if emailLabelRe.MatchString(seg) && strings.TrimSpace(emailLabelRe.ReplaceAllString(seg, "")) == "" || addressRe.MatchString(seg) {
			continue
		}
		if (cur.Email != "" || cur.Phone != "") && (cur.Person != "" || cur.Office != "") {
			flush()
		}
		// A word cut off at the page's end ("si", "I") names no one.
		if !startsUpper(seg) || letterWords(seg) == 0 || len(seg) < 3 {
			continue
		}
		person, office, hasAt := strings.Cut(seg, " at ")
		switch {
		case hasAt && cur.Person == "":
			cur.Person, cur.Office = person, office
		case cur.Person == "" && cur.Office == "" && !hasAcronym(seg) && personName(seg):
			cur.Person = seg
		case cur.Office == "":
			cur.Office = seg
		default:
			cur.Office += ", " + seg
		}
	}
	flush()
	return out
}

// contactPhoneRe is a telephone number as a contact block gives it: after
// its label ("Tel. +82 2 722 7397", "Mob: 0791 234 567") or in
// international form ("+41 22 739 8111").
var contactPhoneRe = lazyre.New(`(?i)\b(?:tel|telephone|phone|mob|mobile|cell|t|m)\b\.?\s*:?\s*\+?\(?\d[\d\s().-]{5,}|\+\s?\d[\d\s().-]{6,}`)

// inlineContactRe opens a contact inside a line of prose, after its last
// sentence: "... in the region. Media contact: Jane Doe, jdoe@iom.int".
var inlineContactRe = lazyre.New(`(?i)[.!?]["”’]?\s+((?:media|press)\s+contacts?\s*:|(?:media|press)\s+(?:enquiries|inquiries|queries)\s*:|for\s+(?:media|press)\s+(?:enquiries|inquiries|queries)\b|for\s+(?:more|further)\s+information\b[^.]{0,40}?\bcontact\b)`)

// contactLine reports whether a short line belongs to a contact block: a
// telephone number or an e-mail address.
func contactLine(l string) bool {
	return emailRe.MatchString(l) || contactPhoneRe.MatchString(l)
}

// maxUnheadedLines bounds a contact block without a heading: a person or
// two with title, office, telephone and e-mail.
const maxUnheadedLines = 10

// unheadedContact returns where a contact block with no heading starts at
// the end of a release's body, or -1. Such a block is a run of short lines
// at the very end ("Kg Sohn, WFP/Seoul," over "Tel. +82 2 722 7397";
// "Jane Doe" over "Communications Officer, IOM Tokyo" over "Email: ...")
// that holds a telephone number or an e-mail address and opens with a
// person's name or a press office: a line of prose, or a line that names
// neither, above it is the release's.
func unheadedContact(body []string) int {
	start, has, n := -1, false, 0
	for i := len(body) - 1; i >= 0; i-- {
		l := strings.TrimSpace(body[i])
		if l == "" {
			continue
		}
		// Words, not a telephone number's groups of digits.
		if n++; n > maxUnheadedLines || letterWords(l) > 12 || letterWords(l) >= 6 && endsSentence(l) && !contactLine(l) {
			break
		}
		has = has || contactLine(l)
		if has && contactOpener(l) {
			start = i
		}
	}
	return start
}

// contactOpener reports whether a line opens a contact block: a person's
// name, alone or before a comma or colon ("Fahmia Al-Fotih: Tel: ..."),
// or a press office ("USAID Press Office", "DFAT Media Liaison").
func contactOpener(l string) bool {
	first := strings.TrimSpace(contactSplitRe.Split(strings.SplitN(l, ":", 2)[0], 2)[0])
	if contactLine(first) {
		return false
	}
	if wordCount(first) <= 4 && plausibleName(first) {
		return true
	}
	return wordCount(l) <= 6 && officeRe.MatchString(l) && !contactLine(l)
}

// splitInlineContact cuts the release's last line of text where a contact
// opens after its last sentence, so that the contact is a block of its own.
func splitInlineContact(body []string) []string {
	for i := len(body) - 1; i >= 0; i-- {
		if strings.TrimSpace(body[i]) == "" {
			continue
		}
		l := body[i]
		if m := inlineContactRe.FindStringSubmatchIndex(l); m != nil && contactLine(l[m[2]:]) {
			out := append(slices.Clone(body[:i]), l[:m[2]], l[m[2]:])
			return append(out, body[i+1:]...)
		}
		return body
	}
	return body
}

// untilFooter is a page's lines up to its footer ("Share this", "©
// IOM"): where a contact block with no heading ends.
func untilFooter(lines []string) []string {
	for i, l := range lines {
		if i > 0 && footerRe.MatchString(l) {
			return lines[:i]
		}
	}
	return lines
}

// letterWords counts the words of a line that hold a letter.
func letterWords(l string) int {
	n := 0
	for _, w := range strings.Fields(l) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// personName reports whether a contact's words are a person's name:
// "Jane Doe", "Rania de Souza", not "Minister's office".
func personName(s string) bool {
	for _, w := range strings.Fields(s) {
		if !startsUpper(w) && !nameParticles[w] {
			return false
		}
	}
	return plausibleName(s)
}
