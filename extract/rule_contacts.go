package extract

import (
	"strings"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

var (
	labelAfterColonRe = lazyre.New(`(?i):\s+(tel|telephone|phone|mobile|mob|cell|e-?mail)\b`)
	emailRe           = lazyre.New(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
	phoneLabelRe      = lazyre.New(`(?i)^(?:tel|telephone|phone|mobile|mob|cell|office|t|m)\b\.?(?:\s+[\p{L} ]{1,20}?)?\s*:?\s*(\+?[\d\s().+-]{6,})$`) // "Tel. Press service: +41 ..."
	// addressRe is a postal address's line, no contact's name.
	addressRe      = lazyre.New(`(?i)\b(?:street|road|avenue|palace|building|floor|p\.?\s?o\.? box|plaza|square)\b|\b[A-Z]{1,2}-\d{4,5}\b|^\d{4,5}\s+\p{Lu}`)
	emailLabelRe   = lazyre.New(`(?i)^(?:e-?mail|email)\s*:?\s*`)
	contactLeadRe  = lazyre.New(`(?i)^(?:.*?\bcontacts?\b\s*:?\s*|(?:for\s+)?(?:more|further)\s+(?:information|details)\s*:\s*)`)
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
	flush := func() {
		if cur.Person != "" || cur.Email != "" || cur.Phone != "" {
			out = append(out, cur)
		}
		cur = x.fact(corpus.KindContact, n, para)
	}
	for _, seg := range contactSplitRe.Split(rest, -1) {
		seg = strings.TrimSpace(strings.TrimRight(seg, "."))
		if seg == "" {
			continue
		}
		if m := phoneLabelRe.FindStringSubmatch(seg); m != nil {
			if cur.Phone != "" {
				cur.Phone += ", "
			}
			cur.Phone += strings.TrimSpace(m[1])
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
		person, office, hasAt := strings.Cut(seg, " at ")
		switch {
		case hasAt && cur.Person == "":
			cur.Person, cur.Office = person, office
		case cur.Person == "" && cur.Office == "" && !hasAcronym(seg):
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
