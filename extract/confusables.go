package extract

import (
	"strings"
	"unicode"
)

// lookalikeOf maps Cyrillic and Greek letters that look like Latin ones to
// those Latin letters.
var lookalikeOf = map[rune]rune{
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S',
	'ο': 'o', 'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}

// unconfuse writes the look-alike Cyrillic and Greek letters of a text in
// Latin letters where they stand in for Latin ones: some sites spell
// "Cаnаdа will be prоviding а tоtаl оf $40 milliоn" with Cyrillic а and
// о, which no name, amount or scale word matches. A word mixing Latin
// letters and look-alikes is rewritten, and so is a word of look-alikes
// alone ("а") in a text with more Latin letters than others; a word with
// any other Cyrillic or Greek letter is a word of that script and stays.
func unconfuse(s string) string {
	latin, other, found := 0, 0, false
	for _, r := range s {
		switch {
		case r < unicode.MaxASCII && unicode.IsLetter(r):
			latin++
		case unicode.In(r, unicode.Cyrillic, unicode.Greek):
			other++
			_, ok := lookalikeOf[r]
			found = found || ok
		}
	}
	if !found {
		return s
	}
	mostlyLatin := latin > other
	var b strings.Builder
	b.Grow(len(s))
	word := []rune{}
	flush := func() {
		hasLatin, hasLook, hasOther := false, false, false
		for _, r := range word {
			_, look := lookalikeOf[r]
			switch {
			case r < unicode.MaxASCII:
				hasLatin = true
			case look:
				hasLook = true
			default:
				hasOther = true
			}
		}
		if hasLook && !hasOther && (hasLatin || mostlyLatin) {
			for i, r := range word {
				if l, ok := lookalikeOf[r]; ok {
					word[i] = l
				}
			}
		}
		b.WriteString(string(word))
		word = word[:0]
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			word = append(word, r)
			continue
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	return b.String()
}
