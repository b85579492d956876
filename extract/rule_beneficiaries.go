package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

var (
	thingsForRe  = lazyre.New(`\b(?:for|of|in|at|with)\s`) // "10 safe spaces for women" counts things
	helpBeforeRe = lazyre.New(`(?i)\b(reach\w*|benefit\w*|help\w*|assist\w*|support\w*|serv(?:e|es|ing)|distribut\w*|train\w*|register\w*|shelter\w*|equip\w*|provid\w*|feed\w*|vaccinat\w*|target\w*|protect\w*|treat\w*|aid(?:s|ing)?|giv(?:e|es|ing)|deliver\w*|for)\b[^.;]{0,50}$`)
	helpAfterRe  = lazyre.New(`(?i)^[^.;]{0,40}?\b(will (?:benefit|receive|be (?:reached|helped|assisted|supported|served|vaccinated|treated))|benefit(?:ing)? from)\b`)
	peopleRe     = lazyre.New(`(?i)\b((?:approximately|about|around|some|nearly|almost|over|more than|up to|an estimated|at least|close to|roughly)\s+)?(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+(?:\.\d+)?\s(?:million|thousand)|\d+)\s+((?:[a-z][\w-]*\s+){0,4}?)(people|persons|individuals|migrants|refugees|returnees|families|households|children|IDPs|internally displaced persons|displaced persons|beneficiaries|victims|survivors|students|women|girls|boys|youths?|young people|asylum seekers|villagers|residents|farmers|pastoralists|workers|arrivals|patients|mothers|infants|pupils|schoolchildren|evacuees|detainees|officials)\b`)
)

// beneficiaries finds counts of people to be helped in a sentence.
func beneficiaryFacts(x *releaseText, p *paragraph, s *sentence) []corpus.Fact {
	n, sent, amounts := p.n, s.text, s.amounts
	if !strings.ContainsAny(sent, "0123456789") {
		return nil
	}
	var out []corpus.Fact
	for _, m := range peopleRe.FindAllStringSubmatchIndex(sent, -1) {
		num := sent[m[4]:m[5]]
		if overlaps(amounts, m[4], m[5]) {
			continue
		}
		count, ok := parseCount(num)
		if !ok || (count >= 1900 && count <= 2100 && !strings.Contains(num, ",")) {
			continue
		}
		middle := sent[m[6]:m[7]]
		if strings.ContainsAny(middle, "0123456789") || strings.Contains(middle, "per ") || thingsForRe.MatchString(middle) {
			continue
		}
		// People to be helped, not people in need: the sentence says the
		// money reaches them ("to reach 360,000 people", "1.14 million
		// children will benefit").
		if m[0] > 0 && unicode.IsDigit(rune(sent[m[0]-1])) || !helpBeforeRe.MatchString(sent[max(0, m[0]-70):m[0]]) && !helpAfterRe.MatchString(sent[m[9]:]) {
			continue
		}
		f := x.fact(corpus.KindBeneficiaries, n, sent)
		f.Count, f.CountStated, f.Who = count, strings.TrimSpace(sent[m[0]:m[5]]), strings.TrimSpace(sent[m[6]:m[9]])
		attach(&f, p, s, m[0], m[1], placeAfter, placeFirst, placeParagraph)
		out = append(out, f)
	}
	return out
}

func parseCount(s string) (int, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if f := strings.Fields(s); len(f) > 1 && len(f[1]) == 3 && strings.Trim(f[1], "0123456789") == "" {
		s = strings.Join(f, "") // "31 000"
	}
	scale := 1.0
	if f := strings.Fields(s); len(f) == 2 {
		s = f[0]
		switch strings.ToLower(f[1]) {
		case "million":
			scale = 1e6
		case "thousand":
			scale = 1e3
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v*scale > 1e12 {
		return 0, false
	}
	return int(math.Round(v * scale)), true
}
