package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fundbot/fundbot/internal/lazyre"

	"github.com/fundbot/fundbot/corpus"
)

// speechVerbs are the verbs that attribute quoted words to a speaker.
// French pages' present tense ("», déclare Valérie Guarnieri") is read
// too: the past participles end in "é", where \b does not stand.
const speechVerbs = `(?:said|says|added|adds|continued|continues|expressed|stated|states|noted|notes|explained|explains|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underlines|remarked|commented|declared|highlighted|warned|urged|told\s+\p{L}+|déclare|souligne|explique|ajoute|affirme|indique|précise|estime|a\s+dit)`

var saidRe = lazyre.New(`\b(?:` + speechVerbs + `|quoted\b[^.;]{0,60}?\bas\s+saying)\b`)

// quoteSpan is a quotation in a sentence: where it stands, its words
// without the marks, and whether it runs on past the sentence's end (a
// quotation of several paragraphs opens each with a mark and closes only
// the last).
type quoteSpan struct {
	start, end int
	words      string
	open       bool
}

// minQuoteChars is the least a quotation holds to be one on its own: fewer
// are a few words in quotation marks ("even bleaker"), quoted only when a
// person is said to have called something so.
const minQuoteChars = 20

// singleQuoteRe finds quotations in single quotation marks (an apostrophe
// inside, "Norway’s", does not close one), and speech led by a dash ("–
// The government has decided ..., said ...").
var singleQuoteRe = lazyre.New(`‘((?:[^’]|’\p{L}){20,}?[,.!?])’|(?:^|\s)'(.{20,}?[,.!?])'(?:\s|$)|^[–—] (.{20,}?[,.!?]) (?:said|says)\b`)

// markedQuotes returns the quotations in quotation marks of a sentence, in
// order: straight double marks paired in order, curly ones each with its
// closing mark, a last opening mark with no closing one running to the
// sentence's end; single marks only where no double ones stand.
func markedQuotes(s string) []quoteSpan {
	var out []quoteSpan
	add := func(start, end, wordsStart, wordsEnd int, open bool) {
		w := strings.TrimRight(strings.TrimSpace(s[wordsStart:wordsEnd]), ",")
		if w != "" {
			out = append(out, quoteSpan{start: start, end: end, words: w, open: open})
		}
	}
	// "We look forward to ... our partnership.” Al-Rabeeah explained.": a
	// paragraph whose opening mark the page lost, quoted from its start.
	if c := strings.Index(s, "”"); c > 0 && strings.Count(s, "”") == 1 && !strings.ContainsAny(s, `"“`) {
		add(0, c+len("”"), 0, c, false)
		return out
	}
	// „German“ and «French» marks, each opening paired with its closing.
	for _, pair := range [][2]string{{"„", "“"}, {"„", "”"}, {"«", "»"}} {
		for i := 0; i < len(s); {
			j := strings.Index(s[i:], pair[0])
			if j < 0 {
				break
			}
			start := i + j
			k := strings.Index(s[start+len(pair[0]):], pair[1])
			if k < 0 {
				break
			}
			end := start + len(pair[0]) + k
			add(start, end+len(pair[1]), start+len(pair[0]), end, false)
			i = end + len(pair[1])
		}
		if len(out) > 0 {
			return out
		}
	}
	if mixedMarks(s) {
		// "“Australia's support will help ...," said ..." and the like:
		// straight and curly marks mixed, each mark paired with the next.
		marks := doubleMarkRe.FindAllStringIndex(s, -1)
		for i := 0; i < len(marks); i += 2 {
			if i+1 < len(marks) {
				add(marks[i][0], marks[i+1][1], marks[i][1], marks[i+1][0], false)
			} else {
				add(marks[i][0], len(s), marks[i][1], len(s), true)
			}
		}
		return out
	}
	var straight []int
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			straight = append(straight, i)
		}
	}
	for i := 0; i < len(straight); i += 2 {
		if i+1 < len(straight) {
			add(straight[i], straight[i+1]+1, straight[i]+1, straight[i+1], false)
		} else {
			add(straight[i], len(s), straight[i]+1, len(s), true)
		}
	}
	const open, closing = "“", "”"
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], open)
		if j < 0 {
			break
		}
		start := i + j
		k := strings.Index(s[start+len(open):], closing)
		if k < 0 {
			add(start, len(s), start+len(open), len(s), true)
			break
		}
		end := start + len(open) + k
		add(start, end+len(closing), start+len(open), end, false)
		i = end + len(closing)
	}
	if len(out) == 0 {
		for _, m := range singleQuoteRe.FindAllStringSubmatchIndex(s, -1) {
			for g := 2; g < len(m); g += 2 {
				if m[g] >= 0 {
					add(m[0], m[1], m[g], m[g+1], false)
					break
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b quoteSpan) int { return a.start - b.start })
	// A straight quotation inside a curly one is part of it.
	kept := out[:0]
	for _, q := range out {
		if len(kept) == 0 || q.start >= kept[len(kept)-1].end {
			kept = append(kept, q)
		}
	}
	return kept
}

// doubleMarkRe is a double quotation mark, straight or curly.
var doubleMarkRe = lazyre.New(`["“”]`)

// mixedMarks reports whether a text mixes straight and curly double marks
// so that neither kind pairs up on its own: a curly mark left without its
// partner, or an odd number of straight ones beside curly ones.
func mixedMarks(s string) bool {
	open, closing := strings.Count(s, "“"), strings.Count(s, "”")
	straight := strings.Count(s, `"`)
	return straight > 0 && open+closing > 0 && (open != closing || straight%2 == 1)
}

// outside returns a text without its quotations.
func outside(s string, qs []quoteSpan) string {
	var b strings.Builder
	at := 0
	for _, q := range qs {
		if q.start < at {
			continue
		}
		b.WriteString(s[at:q.start])
		b.WriteString(" ")
		at = q.end
	}
	b.WriteString(s[at:])
	return b.String()
}

// speech is what the quotes step knows of the quotations before the one it
// reads: the last speaker, the paragraph of the last quotation and whether
// it ran on past its paragraph.
type speech struct {
	last     string
	lastPara int
	lastOpen bool
	// spoke is the paragraph last was found to speak in: a quotation
	// whose speaker was not found leaves last the speaker of an earlier
	// paragraph.
	spoke int
}

// quoteAt is one quotation being attributed: its paragraph, its sentence,
// and both without their quotations.
type quoteAt struct {
	n                        int
	atEnd                    bool // ends its paragraph, or runs on past it
	sent, para               string
	sentOutside, paraOutside string
	prevPara, nextPara       string
}

// speakerRule is one way to tell who said a quotation.
type speakerRule struct {
	name string
	find func(x *releaseText, q quoteAt, st speech) string
}

// speakerRules tell who said a quotation, tried in this order; the first
// that names someone wins. Who speaks is named outside the quotation: a
// name inside the quoted words is not the speaker.
var speakerRules = []speakerRule{
	// '"As a responsible middle power, ...," the ministry noted.': an
	// institution speaks, not the Secretary-General named before.
	{"an institution in its sentence", func(_ *releaseText, q quoteAt, _ speech) string {
		m := referToRe.FindStringSubmatch(q.sentOutside)
		if m == nil || m[1]+m[2] == "" {
			return ""
		}
		words := strings.Fields(m[1] + m[2])
		if institutionWords[strings.ToLower(words[len(words)-1])] {
			return noPerson
		}
		return ""
	}},
	// "..., said IOM Director General William Lacy Swing", "Kumar said",
	// "Sami Mshasha, Officer-in-Charge of ..., said:".
	{"named in its sentence", func(x *releaseText, q quoteAt, _ speech) string { return x.namedSpeaker(q.sentOutside) }},
	// "Al-Ziq thanked Saudi Arabia .... "It shows ...," he said.": he
	// or she is the subject named by the sentence before, in the same
	// paragraph.
	{"he or she, the subject of the sentence before", func(x *releaseText, q quoteAt, _ speech) string {
		// (Or no one: a quotation standing alone right after the
		// sentence that names who acts.)
		m := referToRe.FindStringSubmatch(q.sentOutside)
		if m == nil && strings.TrimFunc(q.sentOutside, func(r rune) bool { return !unicode.IsLetter(r) }) != "" || m != nil && m[1]+m[2] != "" {
			return ""
		}
		i := strings.Index(q.para, q.sent)
		if i <= 0 {
			return ""
		}
		sps := sentences(q.para[:i])
		if len(sps) == 0 {
			return ""
		}
		last := q.para[sps[len(sps)-1].start:sps[len(sps)-1].end]
		if sm := subjectActsRe.FindStringSubmatch(last); sm != nil {
			return x.personNamed(sm[1])
		}
		// "On his part, UN High Commissioner for Refugees Antonio
		// Guterres expressed appreciation ...": a person the release
		// names, right before what they did, after an opening phrase
		// and a title.
		for _, p := range x.persons {
			if i := strings.Index(last, p.Person); i >= 0 && personActsRe.MatchString(last[i+len(p.Person):]) {
				return p.Person
			}
		}
		return ""
	}},
	// "... he said", "He added:", "the Minister said": the person last
	// quoted, or the last one named with that title.
	{"he, she or the title", func(x *releaseText, q quoteAt, st speech) string {
		return x.referredSpeaker(q.n, q.sentOutside, q.prevPara, st)
	}},
	// Another quotation of its paragraph that has a speaker, the one
	// before it: "...," he said, recalling .... "Our change ... can do.";
	// '"...," Melo said. "Today's contribution ..."' after Alfano spoke
	// earlier in the paragraph.
	{"beside a quotation of its paragraph", func(_ *releaseText, q quoteAt, st speech) string {
		if st.lastPara == q.n && st.spoke == q.n {
			return st.last
		}
		return ""
	}},
	// "Ms Mordaunt said: ..." in a sentence before the quotation's own.
	{"named in its paragraph", func(x *releaseText, q quoteAt, _ speech) string { return x.namedSpeaker(q.paraOutside) }},
	// "Thanking Japan, IOM Director General António Vitorino said:".
	{"introduced by the paragraph before", func(x *releaseText, q quoteAt, _ speech) string {
		if strings.HasSuffix(q.prevPara, ":") {
			return x.namedSpeaker(q.prevPara)
		}
		return ""
	}},
	// A quotation that ends its paragraph (its closing mark mistyped, or
	// none) and is closed in the next, which opens with no mark, where its
	// speaker is named: "“... in Gaza and beyond," over "and we will keep
	// pressing for a ceasefire,” Ms Wong said."
	{"closed in the paragraph after", func(x *releaseText, q quoteAt, _ speech) string {
		if !q.atEnd || strings.IndexAny(q.nextPara, `"“”‘'`) == 0 {
			return ""
		}
		if after, ok := afterClosingMark(q.nextPara); ok {
			return x.namedSpeaker(after)
		}
		return ""
	}},
	// A paragraph of quotation alone, signed in the line after it: "–
	// Philippe Lazzarini, UNRWA Commissioner-General".
	{"named in the line after", func(x *releaseText, q quoteAt, _ speech) string {
		if wordCount(q.paraOutside) >= 3 {
			return ""
		}
		return x.signature(q.nextPara)
	}},
	// A paragraph of quotation alone, opening with its mark right after a
	// quotation, goes on with its speaker's words; so does one that a
	// quotation left open. ("Disclaimer: "The views ..."" is no one's.)
	{"goes on from the quotation before", func(_ *releaseText, q quoteAt, st speech) string {
		opens := strings.IndexAny(q.para, `"“‘'`) == 0
		if st.lastPara == q.n-1 && opens && (st.lastOpen || wordCount(q.paraOutside) < 3) {
			return st.last
		}
		// A statement left open over paragraphs that only its last closes
		// ("“I am deeply shocked ..." ... "... to help people in
		// Africa.”"): the same speaker's.
		if closesOnly := !strings.ContainsAny(q.para, `"“`) && strings.Contains(q.para, "”"); closesOnly && st.lastOpen && st.lastPara >= q.n-2 {
			return st.last
		}
		return ""
	}},
}

// quotes finds quotations and who said them: words in quotation marks,
// speech without marks that a speaker closes (", says Karolina Lindholm
// Billing"), and the statement a paragraph ending "made the following
// statement:" introduces. Words without marks are kept only with their
// speaker; reported speech ("X said the money would ...") is not a
// quotation.
func (x *releaseText) quotes() []corpus.Fact {
	var out []corpus.Fact
	var st speech
	for i, para := range x.r.Paragraphs {
		n := i + 1
		if n == x.p.contact || n == x.p.org {
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = x.r.Paragraphs[i-1]
		}
		if n < len(x.r.Paragraphs) && n+1 != x.p.contact && n+1 != x.p.org {
			next = x.r.Paragraphs[n]
		}
		sps := sentences(para)
		qs := markedQuotes(para)
		paraOutside := outside(para, qs)
		found := false
		// Each quotation with the sentences it stands in: single marks
		// may hold several sentences ("'2015 has been a dramatic year.
		// As it draws to a close, ...,' Minister ... said.").
		speakers := map[span]string{}
		for _, m := range qs {
			first := slices.IndexFunc(sps, func(sp span) bool { return sp.end > m.start })
			last := slices.IndexFunc(sps, func(sp span) bool { return sp.end >= m.end })
			if first < 0 {
				continue
			}
			if last < first {
				last = len(sps) - 1
			}
			// (A sentence may begin after the quotation's opening mark:
			// "'The first reports ...,' he says. 'It looks ...'".)
			in := span{min(sps[first].start, m.start), max(sps[last].end, m.end)}
			sent := para[in.start:in.end]
			var within []quoteSpan
			for _, o := range qs {
				if o.start >= in.start && o.end <= in.end {
					within = append(within, quoteSpan{start: o.start - in.start, end: o.end - in.start})
				}
			}
			q := quoteAt{n: n, atEnd: m.open || strings.TrimSpace(para[m.end:]) == "", sent: sent, para: para, sentOutside: outside(sent, within), paraOutside: paraOutside, prevPara: prev, nextPara: next}
			words := m.words
			if len(words) < minQuoteChars || wordCount(words) < 4 {
				// A few words in marks are a quotation only when a person
				// is said to have called something so.
				if wordCount(words) < 2 || x.describedBy(q.sentOutside) == "" {
					continue
				}
			}
			// A phrase in marks inside a sentence that tells of it, with
			// no one said to speak ("charging the Prime Minister with ...
			// the “war crime of starvation as a method of warfare”"), is
			// a term cited, not anyone's words.
			if citedPhrase(para[in.start:m.start], words, q.sentOutside) && x.describedBy(q.sentOutside) == "" {
				continue
			}
			speaker, known := speakers[in]
			if !known {
				speaker = x.attribute(q, st)
				if speaker == "" {
					speaker = x.describedBy(q.sentOutside)
				}
				speakers[in] = speaker
			}
			f := x.fact(corpus.KindQuote, n, sent)
			f.Quote, f.Person = words, speaker
			out = append(out, f)
			found = true
			if speaker != "" {
				st.last, st.spoke = speaker, n
			}
			st.lastPara, st.lastOpen = n, m.open
		}
		for _, sp := range sps {
			// A sentence holding a quotation is read above; a few words in
			// marks ('The "generous" contribution ... will go to ..., said
			// Salvatore Lombardo') leave it speech without marks.
			if slices.ContainsFunc(qs, func(m quoteSpan) bool {
				return m.start < sp.end && m.end > sp.start && len(m.words) >= minQuoteChars && wordCount(m.words) >= 4
			}) {
				continue
			}
			words, who := x.closedBySpeaker(para, sp)
			if who == "" {
				words, who = x.statedSpeech(para[sp.start:sp.end])
			}
			if who != "" {
				f := x.fact(corpus.KindQuote, n, para[sp.start:sp.end])
				f.Quote, f.Person = words, who
				out = append(out, f)
				found = true
				st = speech{last: who, lastPara: n, spoke: n}
			}
		}
		if !found && len(qs) == 0 {
			who := x.statementIntroduced(prev)
			if who == "" {
				who = x.signedAfter(para, next)
			}
			if who != "" {
				sent := para
				if len(sps) > 0 {
					sent = para[sps[0].start:sps[0].end]
				}
				f := x.fact(corpus.KindQuote, n, sent)
				f.Quote, f.Person = para, who
				out = append(out, f)
				st = speech{last: who, lastPara: n, spoke: n}
			}
		}
	}
	return out
}

// afterClosingMark returns the first sentence's text after the mark that
// closes a quotation opened in the paragraph before, when the paragraph
// opens with none: "and we will keep pressing,” Ms Wong said." gives "Ms
// Wong said.".
func afterClosingMark(para string) (string, bool) {
	c := strings.Index(para, "”")
	o := strings.Index(para, "“")
	if c < 0 || o >= 0 && o < c {
		if strings.Count(para, `"`)%2 == 0 {
			return "", false
		}
		c = strings.Index(para, `"`)
		if c < 0 || o >= 0 && o < c {
			return "", false
		}
		para = para[c+1:]
	} else {
		para = para[c+len("”"):]
	}
	if end := strings.IndexAny(para, ".!?"); end >= 0 {
		para = para[:end+1]
	}
	return para, true
}

// attribute tells who said a quotation by the first speaker rule that
// names someone, or "".
func (x *releaseText) attribute(q quoteAt, st speech) string {
	for _, r := range speakerRules {
		if who := r.find(x, q, st); who == noPerson {
			return ""
		} else if who != "" {
			return who
		}
	}
	return ""
}

// noPerson is what a speaker rule returns for a quotation an institution
// speaks ("the ministry noted"): no person said it, and no later rule may
// name one.
const noPerson = "\x00"

// actingSubjectRe is a person named as the subject of what they did, in
// their role's apposition: ", Pierre Krähenbühl, thanked".
var actingSubjectRe = lazyre.New(`(?:^|,\s+)((?:\p{Lu}[\p{L}’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+),?\s+(?:thanked|welcomed|praised|announced|signed|expressed|highlighted|commended|hailed)\b`)

// referToRe is a speaker referred to, not named: "he said", "She added",
// "said the Minister", "the Ambassador said".
var referToRe = lazyre.New(`(?i)\b(?:(?:he|she)\s+(?:said|says|added|adds|continued|went on|stated|noted|explained)|(?:said|says|added|adds)\s+(?:he|she)\b)|\bthe\s+((?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]+)\s+(?:said|says|added|adds|stated|noted|explained)\b|\b(?:said|says|added|adds)\s+the\s+((?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]+)\b`)

// institutionWords are the last words of an institution that speaks:
// "the ministry noted", "the agency said".
var institutionWords = map[string]bool{"ministry": true, "agency": true, "government": true, "department": true,
	"organization": true, "organisation": true, "office": true, "embassy": true, "statement": true, "release": true,
	"fund": true, "programme": true, "program": true, "commission": true, "bank": true, "centre": true, "center": true}

// personTitles are the words of a title that a person is referred to by:
// "the Minister said", "the German Foreign Minister said", "the minister
// said"; not an institution's ("the agency said").
var personTitles = map[string]bool{"Minister": true, "Secretary": true, "Director": true, "Commissioner": true,
	"Representative": true, "Ambassador": true, "President": true, "Coordinator": true, "Administrator": true,
	"Chancellor": true, "Spokesperson": true, "Spokesman": true, "Spokeswoman": true, "Envoy": true, "Governor": true,
	"Mayor": true, "Premier": true, "Senator": true, "Chief": true, "Head": true, "Ambassadress": true, "Chargé": true,
	"Director-General": true, "Commissioner-General": true, "Secretary-General": true}

// referredSpeaker returns who "he said" or "the Minister said" refers to in
// the n-th paragraph: for a title, the person last named with it before;
// for he or she, the last speaker, or before any quotation the person who
// spoke in the paragraph before (prev).
func (x *releaseText) referredSpeaker(n int, text, prev string, st speech) string {
	m := referToRe.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	title := m[1] + m[2]
	if title == "" && st.last == "" && saidRe.MatchString(prev) {
		// "Simon Coveney said the scale ... were overwhelming." before
		// "..., he said.": the one who spoke in the paragraph before.
		return x.namedSpeaker(prev)
	}
	if title == "" && st.last == "" {
		// "Ambassador Lana Zaki Nusseibeh ... announced the UAE's
		// contribution." two paragraphs before "She said, ...": the
		// person named last, close before, when no one has spoken yet.
		who := ""
		for _, p := range x.persons {
			if p.Paragraph <= n && p.Paragraph >= n-3 {
				who = p.Person
			}
		}
		// "UNRWA Commissioner-General, Pierre Krähenbühl, thanked the
		// Consul General ...", then "He said: “I welcome ...”": the
		// subject of the paragraph before, when no person was found.
		if m := actingSubjectRe.FindStringSubmatch(prev); who == "" && m != nil && len(corpus.Mentions(m[1])) == 0 && len(orgMentions(m[1])) == 0 && donorName(m[1]) == "" {
			who = m[1]
		}
		return who
	}
	if title == "" {
		return st.last
	}
	// "the German Foreign Minister said": the title is the last word; the
	// person named before with it whose role holds most of the other
	// words, the last named of those.
	words := strings.Fields(title)
	title = upperFirst(words[len(words)-1])
	if !personTitles[title] {
		return ""
	}
	who, best := "", -1
	for _, p := range x.persons {
		if p.Paragraph > n || !containsWord(p.Role, title) {
			continue
		}
		score := 0
		for _, w := range words[:len(words)-1] {
			if containsWord(p.Role, upperFirst(w)) {
				score++
			}
		}
		if score >= best {
			who, best = p.Person, score
		}
	}
	return who
}

// upperFirst is w with its first letter in capitals: "minister" is
// "Minister".
func upperFirst(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// saysAfterRe closes words spoken without quotation marks with the verb
// and the speaker: "..., says Karolina Lindholm Billing, UNHCR Deputy
// Regional Representative."
var saysAfterRe = lazyre.New(`,\s+(?:said|says|added|adds)\s+(\p{Lu}[^,;:"“”]*?)(?:,[^;:"“”]*)?\.?$`)

// closedBySpeaker reads a sentence of the paragraph whose words a speaker
// closes (", said Development Aid Minister Matilda Ernkrans."), as speech
// without quotation marks. The words start at a dash that opens the speech
// earlier in the paragraph ("– After the terrible developments ..."), else
// at the sentence's start. It returns the words and the speaker, or "".
func (x *releaseText) closedBySpeaker(para string, sp span) (string, string) {
	sent := para[sp.start:sp.end]
	m := saysAfterRe.FindStringSubmatchIndex(sent)
	if m == nil {
		// "..., Wahlström said.": the name before the verb.
		m = nameSaysAfterRe.FindStringSubmatchIndex(sent)
	}
	if m == nil || wordCount(sent[:m[0]]) < 6 {
		return "", ""
	}
	who := x.namedSpeaker(sent[m[0]+1 : m[3]])
	if who == "" {
		return "", ""
	}
	start := sp.start
	if d := dashSpeechStart(para[:sp.start]); d >= 0 {
		start = d
	}
	words := strings.TrimSpace(para[start : sp.start+m[0]])
	words = strings.TrimSpace(strings.TrimLeft(words, "–—"))
	return words, who
}

// nameSaysAfterRe closes words spoken without quotation marks with the
// speaker's name and the verb: "..., Wahlström said.", "..., Minister
// Jane Doe added."
var nameSaysAfterRe = lazyre.New(`,\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'-]+\s+(?:said|says|added|adds))\.?$`)

// statedRe introduces a statement without quotation marks in its own
// sentence: "Minister Jane Doe said: We will keep ...", "The Ambassador
// stated that Japan will continue ...". The words are the speaker's only
// where a person is named.
var statedRe = lazyre.New(`^(.{3,120}?\b(?:said|says|stated|states|declared|added|stressed|explained)):\s+(\p{Lu}.{20,})$|^(.{3,120}?\b(?:stated|declared|affirmed|stressed))\s+that\s+(.{30,})$`)

// statedSpeech reads a sentence that introduces its own statement without
// quotation marks (statedRe): the words and who says them, or "".
func (x *releaseText) statedSpeech(sent string) (string, string) {
	m := statedRe.FindStringSubmatch(sent)
	if m == nil {
		return "", ""
	}
	intro, words := m[1]+m[3], m[2]+m[4]
	// "On behalf of our governments, the embassies stated that ...": a
	// body of people is no one's voice; nor is one named inside a clause
	// before ("After Minister X visited, the ministry said: ...").
	if strings.Contains(intro, ",") && !nameFirstRe.MatchString(intro) {
		return "", ""
	}
	who := x.namedSpeaker(intro)
	if who == "" {
		return "", ""
	}
	return strings.TrimSpace(words), who
}

// dashSpeechStart returns where speech led by a dash opens in the text
// before a sentence ("– For the first time ..." at the paragraph's start or
// after a sentence), or -1.
func dashSpeechStart(before string) int {
	for _, d := range []string{"– ", "— "} {
		if i := strings.LastIndex(before, d); i >= 0 && (i == 0 || strings.HasSuffix(strings.TrimSpace(before[:i]), ".")) {
			return i
		}
	}
	return -1
}

// saidLineRe is a short paragraph that only says who spoke the one
// before it: "said Foreign Minister Alexander Schallenberg.", "Foreign
// Minister Alexander Schallenberg went on."
var saidLineRe = lazyre.New(`^(?:(?:said|says|added|adds|continued|stressed)\s+\S.*|.*\S\s+(?:said|says|added|adds|continued|went on|stressed))\.?$`)

// signedAfter returns who spoke a paragraph of speech without quotation
// marks that ends with a comma and is followed by a short paragraph saying
// who spoke it, or "".
func (x *releaseText) signedAfter(para, next string) string {
	if !strings.HasSuffix(strings.TrimSpace(para), ",") || wordCount(para) < 8 || wordCount(next) > 12 || !saidLineRe.MatchString(strings.TrimSpace(next)) {
		return ""
	}
	return x.namedSpeaker(next)
}

// statementRe ends a paragraph that introduces a statement in the
// paragraph after it: "Markus Löning ... made the following statement:",
// "Minister Svenja Schulze said:" above words a page sets apart without
// quotation marks.
// (The statement may be followed by when or what it is on: "issued the
// following statement today:", "... on the move:".)
var statementRe = lazyre.New(`(?i)\b(?:(?:following|this)\s+statement(?:\s+[^:;.!?"“”]{1,40})?|statement\s+(?:reads|read)|said|says|added|stated|declared|explained)\s*:$`)

// statementIntroduced returns who makes the statement a paragraph ending
// "made the following statement:" or "... said:" introduces, or "".
func (x *releaseText) statementIntroduced(prev string) string {
	if !statementRe.MatchString(prev) {
		return ""
	}
	for _, p := range x.persons {
		if strings.Contains(prev, p.Person) {
			return p.Person
		}
	}
	if m := nameFirstRe.FindStringSubmatch(prev); m != nil && plausibleName(m[1]) {
		return m[1]
	}
	return x.namedSpeaker(prev)
}

// signatureRe is a line that signs the quotation above it: a dash, then a
// name and what the person is ("– Philippe Lazzarini, UNRWA
// Commissioner-General").
var signatureRe = lazyre.New(`^[–—-]\s*(?:(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s+)*` + nameWords + `(?:,\s*[^.!?"“”]{0,120})?\.?$`)

// signature returns the person a line signs as, or "".
func (x *releaseText) signature(line string) string {
	line = strings.TrimSpace(line)
	if wordCount(line) > 20 {
		return ""
	}
	m := signatureRe.FindStringSubmatch(line)
	if m == nil || !plausibleName(m[1]) {
		return ""
	}
	return m[1]
}

// describedRe is a person who called something a few words in quotation
// marks: "Ciaran Cannon described the CERF as a "valuable mechanism"".
var describedRe = lazyre.New(`((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]+)\s+(?:described|called|termed|labelled|labeled)\b`)

// describedBy returns the person a sentence (without its quotations) says
// called something so, or "".
func (x *releaseText) describedBy(text string) string {
	m := describedRe.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	ws := strings.Fields(m[1])
	for len(ws) > 2 && (titleWord(ws[0]) || honorifics[strings.TrimSuffix(ws[0], ".")]) {
		ws = ws[1:]
	}
	if name := strings.Join(ws, " "); len(ws) <= 3 && plausibleName(name) {
		return name
	}
	return ""
}

// nameFirstRe is a name opening a sentence, followed by what the person
// is: "Sami Mshasha, Officer-in-Charge of ..., said:".
var nameFirstRe = lazyre.New(`^\s*(?:(?:Mr|Ms|Mrs|Dr|H\.E)\.?\s+)?` + nameWords + `,\s`)

// namedSpeaker finds who speaks in a text outside the quotation: a person
// the release has named, or the name next to "said" ("said IOM Director
// General António Vitorino", "Penny Mordaunt says", "Mr Brende said"), or
// the name opening it when a verb of saying follows the person's title
// ("Sami Mshasha, Officer-in-Charge ..., said:").
func (x *releaseText) namedSpeaker(text string) string {
	for _, p := range x.persons {
		if strings.Contains(text, p.Person) {
			return p.Person
		}
	}
	if !saidRe.MatchString(text) && !sayingAfterRe.MatchString(text) {
		return ""
	}
	var runs []string
	// The name opening the text is its subject: "Stephanie Draper, the
	// chief executive at Bond, said:" is not Bond's.
	if m := nameFirstRe.FindStringSubmatch(text); m != nil {
		runs = append(runs, m[1])
	}
	for _, m := range saidAfterRe.FindAllStringSubmatch(text, -1) {
		runs = append(runs, m[1])
	}
	for _, m := range saidBeforeRe.FindAllStringSubmatch(text, -1) {
		runs = append(runs, m[1])
	}
	for _, m := range saidTitleCommaRe.FindAllStringSubmatch(text, -1) {
		runs = append(runs, m[1])
	}
	for _, m := range saidLowerTitleRe.FindAllStringSubmatch(text, -1) {
		runs = append(runs, m[1])
	}
	for _, m := range quotedAsSayingRe.FindAllStringSubmatch(text, -1) {
		runs = append(runs, m[1])
	}
	for _, m := range sayingAfterRe.FindAllStringSubmatch(text, -1) {
		// "Oxfam's John Doe": the name after the possessive.
		run := m[1]
		if i := strings.LastIndexAny(run, "'’"); i >= 0 {
			if j := strings.IndexByte(run[i:], ' '); j >= 0 {
				run = run[i+j+1:]
			}
		}
		runs = append(runs, run)
	}
	for _, run := range runs {
		ws := strings.Fields(run)
		// Titles and acronyms before the name are not the name ("USG
		// Amos", "Mr Brende").
		for len(ws) > 1 && (honorifics[strings.TrimSuffix(ws[0], ".")] || ws[0] == strings.ToUpper(ws[0])) {
			if len(ws) == 2 && honorifics[strings.TrimSuffix(ws[0], ".")] {
				break
			}
			ws = ws[1:]
		}
		if len(ws) == 1 {
			if full := x.fullName(ws[0]); full != "" {
				return full
			}
			// "Qi said" of Qi Qianjin: a family name written first.
			if full := x.familyNameFirst(ws[0]); full != "" {
				return full
			}
			continue
		}
		// "Mr Brende": the person the release named in full before.
		if len(ws) == 2 && honorifics[strings.TrimSuffix(ws[0], ".")] {
			if full := x.fullName(ws[1]); full != "" {
				return full
			}
			continue
		}
		name := strings.Join(ws[max(0, len(ws)-2):], " ")
		// "Al Zaabi stressed": the person named in full before.
		for _, p := range x.persons {
			if strings.HasSuffix(p.Person, " "+name) {
				return p.Person
			}
		}
		// "says Karolina Lindholm Billing": three names, when the first
		// of them is no word of a title ("Foreign Affairs Børge Brende").
		if len(ws) >= 3 && !titleWord(ws[len(ws)-3]) && ws[len(ws)-3] != strings.ToUpper(ws[len(ws)-3]) && plausibleName(strings.Join(ws[len(ws)-3:], " ")) {
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
// surname alone: a known person, else the longest name ending in the
// surname in its text ("Dr. Abdullah bin Abdulaziz Al-Rabeeah" rather than
// "Abdulaziz Al-Rabeeah"). A word of a title ("the Minister") is no
// surname.
func (x *releaseText) fullName(surname string) string {
	if !startsUpper(surname) || utf8.RuneCountInString(surname) < 3 || titleWord(surname) || honorifics[surname] || notSurnames[surname] {
		return ""
	}
	for _, p := range append(x.persons, x.speakers...) {
		pw := strings.Fields(p.Person)
		if pw[len(pw)-1] == surname {
			return p.Person
		}
	}
	re, err := regexp.Compile(`((?:(?:\p{Lu}\.|\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}’']+)?)\s+(?:(?:bin|bint|ibn|de|da|van|von|der|del)\s+)?){1,3})` + regexp.QuoteMeta(surname) + `\b`)
	if err != nil {
		return ""
	}
	best := ""
	for _, para := range x.r.Paragraphs {
		for _, m := range re.FindAllStringSubmatchIndex(para, -1) {
			ws := strings.Fields(para[m[2]:m[3]])
			for len(ws) > 0 && (honorifics[strings.TrimSuffix(ws[0], ".")] || titleWord(ws[0])) {
				ws = ws[1:]
			}
			// Words before the name belong to it only where a name
			// starts: "Minister of International Development and La
			// Francophonie Marie-Claude Bibeau" names Marie-Claude Bibeau.
			if len(ws) > 1 && !nameStartsAt(para[:m[2]]) {
				ws = ws[len(ws)-1:]
			}
			// An initial alone is no first name ("F. Bond").
			if len(ws) == 0 || len(ws) == 1 && strings.HasSuffix(ws[0], ".") {
				continue
			}
			if name := strings.Join(ws, " ") + " " + surname; len(name) > len(best) && plausibleName(name) {
				best = name
			}
		}
	}
	return best
}

// personActsRe follows a person's name with what they did, perhaps
// after their title in commas: " expressed appreciation", ", IOM's
// Director General, welcomed".
var personActsRe = lazyre.New(`^(?:,[^,]{1,160},)?\s+(?:thanked|welcomed|praised|announced|expressed|highlighted|commended|hailed|noted|stressed|said|added|explained|called|urged)\b`)

// subjectActsRe opens a sentence with a name and what the person did,
// perhaps with the person's title between: "Al-Ziq thanked Saudi Arabia",
// "Tom Fletcher, Emergency Relief Coordinator at OCHA, welcomed the
// announcement".
var subjectActsRe = lazyre.New(`^\s*(?:(?:Mr|Ms|Mrs|Dr|Prof|H\.E)\.?\s+)?((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)(?:,[^,]{1,160},)?\s+(?:thanked|welcomed|praised|announced|expressed|highlighted|commended|hailed|noted|stressed|said|added|explained|called|urged)\b`)

// personNamed returns the person a run of capitalised words names: a
// person the release named, a surname or family name of one ("Al-Ziq"),
// or the words themselves when they are a plausible name; else "".
func (x *releaseText) personNamed(run string) string {
	ws := strings.Fields(run)
	for len(ws) > 1 && (honorifics[strings.TrimSuffix(ws[0], ".")] || titleWord(ws[0])) {
		ws = ws[1:]
	}
	if len(ws) == 1 {
		if full := x.fullName(ws[0]); full != "" {
			return full
		}
		return x.familyNameFirst(ws[0])
	}
	name := strings.Join(ws, " ")
	for _, p := range x.persons {
		if p.Person == name || strings.HasSuffix(p.Person, " "+name) {
			return p.Person
		}
	}
	if plausibleName(name) {
		return name
	}
	return ""
}

// familyNameFirst returns the one person the release named whose name
// starts with w ("Qi Qianjin" for "Qi said"), or "".
func (x *releaseText) familyNameFirst(w string) string {
	if !startsUpper(w) || titleWord(w) || honorifics[w] || notSurnames[w] {
		return ""
	}
	who := ""
	for _, p := range x.persons {
		if first, _, _ := strings.Cut(p.Person, " "); first == w {
			if who != "" && who != p.Person {
				return ""
			}
			who = p.Person
		}
	}
	return who
}

// notSurnames are capitalised words that open sentences, not names: "The
// ministry said" names no one called The.
var notSurnames = map[string]bool{"The": true, "This": true, "That": true, "These": true, "Those": true, "It": true,
	"He": true, "She": true, "They": true, "We": true, "In": true, "On": true, "At": true, "For": true, "And": true, "But": true}

// nameStartsAt reports whether a name may start after the text before it:
// at the start of a paragraph or sentence, after a comma, a title such as
// "Dr." or "Ms.", or a verb of saying; not after "and" or "of".
func nameStartsAt(before string) bool {
	before = strings.TrimSpace(before)
	if before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, ",") || strings.HasSuffix(before, ":") {
		return true
	}
	w := lastWord(before)
	return honorifics[w] || titleWord(w) || saidRe.MatchString(w)
}

// honorifics stand before a surname: "Mr Brende".
var honorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Minister": true, "Ambassador": true, "H.E": true,
	"Senator": true, "Sen": true, "Sir": true, "Dame": true, "Sheikh": true, "Sheikha": true}

// titleWord reports whether w is a word of a title, or words of titles
// joined by hyphens ("Commissioner-General", "Director-General").
func titleWord(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if !roleWords[part] {
			return false
		}
	}
	return true
}

// roleWords are words of titles that stand before a name.
var roleWords = map[string]bool{"Minister": true, "Secretary": true, "Director": true, "General": true, "Commissioner": true,
	"Representative": true, "Ambassador": true, "President": true, "Affairs": true, "Development": true, "Aid": true,
	"Foreign": true, "International": true, "Chief": true, "Head": true, "Deputy": true, "Regional": true, "Executive": true,
	"Officer": true, "Coordinator": true, "State": true, "Prime": true, "Spokesperson": true, "Spokesman": true,
	"Spokeswoman": true, "Administrator": true, "Chargé": true, "Humanitarian": true, "Assistant": true, "Country": true,
	"Office": true, "Agency": true, "Fund": true, "Programme": true, "Program": true, "Mission": true, "Acting": true,
	"Chancellor": true, "Vice": true, "Senator": true, "Governor": true, "Mayor": true, "Premier": true, "Envoy": true,
	"Special": true, "Resident": true, "Ambassadress": true}

// saidAfterRe and saidBeforeRe find the run of capitalised words next to
// a verb of saying; its last two words are the speaker's name.
var (
	saidAfterRe = lazyre.New(`\b` + speechVerbs + `\s+((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]+)`)
	// "said Minister of International Development, Anne Beathe
	// Tvinnereim": a title with small words, a comma, then the name.
	saidTitleCommaRe = lazyre.New(`\b` + speechVerbs + `\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|of|for|and|the)\s+){0,7}(?:\p{Lu}[\p{L}’'.-]*|office|bureau|department|division),\s+((?:\p{Lu}[\p{L}’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+)`)
	// "De Croo was quoted in the statement as saying".
	quotedAsSayingRe = lazyre.New(`((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]+)\s+(?:was|is|were)\s+quoted\b[^.;]{0,60}?\bas\s+saying\b`)
	// "said MacArthur Foundation president Jonathan F. Fanton", "said
	// U.N. humanitarian chief Jane Doe": a title in small letters, then
	// the name.
	saidLowerTitleRe = lazyre.New(`\b` + speechVerbs + `\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}(?:(?:deputy|acting|executive|regional|country|senior|vice|assistant|managing|general|humanitarian|relief|aid|emergency|refugee|development|foreign|policy|programme|program)\s+){0,2}(?:president|chairman|chairwoman|chair|chief executive|director|director-general|head|spokesperson|spokesman|spokeswoman|representative|minister|secretary|founder|co-founder|coordinator|commissioner|ambassador|envoy|officer|manager|chief|ceo)\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]+)`)
	// "Oxfam's John Doe agreed, saying": a verb of agreeing or replying,
	// then "saying".
	sayingAfterRe = lazyre.New(`((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]+)\s+(?:agreed|disagreed|replied|responded|added|continued|warned|cautioned|concluded|wrote|tweeted|echoed\s+\p{L}+),\s+saying\b`)
	// "Vice Chancellor Werner Kogler (Greens) emphasizes": a party or
	// post in brackets between name and verb.
	saidBeforeRe = lazyre.New(`((?:\p{Lu}[\p{L}’'.-]*\s+)*\p{Lu}[\p{L}’'-]+),?\s+(?:\([^)]{1,30}\)\s+)?` + speechVerbs + `\b`)
)

// citedPhrase reports whether quoted words are a phrase cited in the
// middle of a sentence rather than someone's words: the sentence runs
// five words or more before them, not up to a colon, the words end with no
// sentence's punctuation, and nothing in the sentence says anyone spoke.
// (The caller keeps a phrase a person is said to have called something:
// "described the CERF as a “valuable mechanism”".)
func citedPhrase(before, words, outside string) bool {
	before = strings.TrimSpace(before)
	if wordCount(before) < 5 || strings.HasSuffix(before, ":") || saidRe.MatchString(outside) || referToRe.MatchString(outside) {
		return false
	}
	w := strings.TrimRight(strings.TrimSpace(words), "”\"'’")
	return w != "" && !strings.ContainsAny(w[len(w)-1:], ".!?,")
}
