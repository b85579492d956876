package bot

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/fundbot/fundbot/answer"
)

// ShareActionID is the action_id of the "Share in channel" button; its value
// is the answer's Query.
const ShareActionID = "fundbot_share"

// Message is a reply ready for Slack: Block Kit blocks and the plain-text
// fallback.
type Message struct {
	// Text is the notification and screen-reader fallback: always set,
	// plain (no quoting or emphasis; &, < and > escaped, @channel, @here
	// and @everyone made inert) and at most 4,000 characters.
	Text string
	// Blocks are the Block Kit blocks, within Slack's limits.
	Blocks []slack.Block
}

// RenderOptions says how to render.
type RenderOptions struct {
	// ShareButton adds a "Share in channel" button (for ephemeral command
	// replies), whose value is the answer's Query. There is no button when
	// the Query is empty or longer than a button's value may be (2,000
	// characters).
	ShareButton bool
}

// Slack's limits, which slack-go checks none of. Lengths are counted in
// UTF-16 code units (see slackLen), which is never less than Slack's own
// count of characters.
const (
	maxBlocks       = 50     // blocks in a message
	maxSectionText  = 3000   // a section's text
	maxButtonValue  = 2000   // a button's value
	maxBlocksText   = 12_000 // all the text in a message's blocks (Slack rejects about 13,000: msg_blocks_too_long)
	maxFallbackText = 4000   // a message's top-level text
)

// Caps of fundbot's own, so that no one part crowds out the rest of a reply.
const (
	maxPassages  = 3    // passages shown
	maxHeadline  = 1000 // the headline
	maxItemLine  = 1000 // one item's label and value
	maxItemProof = 1500 // an item's source line and quoted sentence
	maxNotes     = 2000 // the notes section
	maxNote      = 500  // one note
	maxPassage   = 1500 // one passage, quoted, with its source
	maxSources   = 1000 // the context line naming the releases
	minPassage   = 300  // a passage cut shorter than this is dropped instead
)

// Render turns an answer into a Slack message: the headline first, then the
// figures with their release and quoted source sentence, the notes on what
// the corpus does not state, the best passages, a context line naming the
// releases and, if asked for, a "Share in channel" button.
//
// Render never fails. It keeps the message within Slack's limits by
// shortening what is too long and dropping what does not fit, passages
// first, then the items that do not fit, which it counts in a closing
// "…and N more" section.
func Render(a answer.Answer, opts RenderOptions) Message {
	return Message{Text: fallbackText(a), Blocks: renderBlocks(a, opts)}
}

// renderBlocks lays out the blocks of a, within the limits.
func renderBlocks(a answer.Answer, opts RenderOptions) []slack.Block {
	// The parts that are always shown, each capped.
	var head, notes, tail []slack.Block
	fixed := 0 // text in head, notes and tail
	if h := inline(a.Headline, maxHeadline); h != "" {
		text := bold(h, maxHeadline)
		if lead := kindLead[a.Kind]; lead != "" {
			text = lead + " " + text
		}
		head = append(head, section(text))
		fixed += slackLen(text)
	}
	if len(a.Items) == 0 && len(a.Notes) == 0 && a.Kind == answer.KindHelp {
		// Usage comes as plain text; show it as such, without the headline
		// again.
		usage := strings.TrimSpace(a.Text)
		if h := strings.TrimSpace(a.Headline); h != "" {
			usage = strings.TrimSpace(strings.TrimPrefix(usage, h))
		}
		if usage != "" {
			text := "```" + fit(usage, false, maxSectionText-6) + "```"
			head = append(head, section(text))
			fixed += slackLen(text)
		}
	}
	if text := notesText(a.Notes); text != "" {
		notes = append(notes, section(text))
		fixed += slackLen(text)
	}
	best := bestPassages(a)
	if text := sourcesText(a.Items, best); text != "" {
		tail = append(tail, slack.NewContextBlock("", mrkdwn(text)))
		fixed += slackLen(text)
	}
	if q := validUTF8(a.Query); opts.ShareButton && strings.TrimSpace(q) != "" && slackLen(q) <= maxButtonValue {
		const label = "Share in channel"
		button := slack.NewButtonBlockElement(ShareActionID, q,
			slack.NewTextBlockObject(slack.PlainTextType, label, false, false))
		tail = append(tail, slack.NewActionBlock(ShareActionID, button))
		fixed += slackLen(label) + slackLen(q)
	}

	blocksLeft := maxBlocks - len(head) - len(notes) - len(tail)
	charsLeft := maxBlocksText - fixed

	// The items, then the passages in what room is left.
	chunks, rest := itemChunks(a.Items, charsLeft)
	items, dropped := layoutItems(chunks, rest, blocksLeft, charsLeft)
	blocksLeft -= len(items)
	for _, b := range items {
		charsLeft -= slackLen(b.Text.Text)
	}
	var more []slack.Block
	if dropped > 0 {
		text := "…and " + strconv.Itoa(dropped) + " more: ask a narrower question."
		more = append(more, section(text))
		blocksLeft--
		charsLeft -= slackLen(text)
	}
	var passages []slack.Block
	if dropped == 0 {
		// Under items or notes, passages get a divider and a title; alone
		// (a search), they are the answer and need neither.
		titled := len(items) > 0 || len(notes) > 0
		passages = layoutPassages(best, titled, blocksLeft, charsLeft)
	}

	blocks := make([]slack.Block, 0, len(head)+len(items)+len(notes)+len(more)+len(passages)+len(tail))
	blocks = append(blocks, head...)
	for _, b := range items {
		blocks = append(blocks, b)
	}
	blocks = append(blocks, notes...)
	blocks = append(blocks, more...)
	blocks = append(blocks, passages...)
	blocks = append(blocks, tail...)
	if len(head)+len(items)+len(notes)+len(passages) == 0 {
		// Nothing to say: say so rather than send a message of buttons.
		blocks = append([]slack.Block{section(fit(plainText(a), false, maxSectionText))}, blocks...)
	}
	return blocks
}

// kindLead is an emoji that leads the headline of some kinds of answer.
var kindLead = map[answer.Kind]string{
	answer.KindNotFound: ":mag:",
	answer.KindHelp:     ":wave:",
}

// A chunk is the text of one item section and the number of items it shows.
type chunk struct {
	text  string
	len   int // slackLen(text)
	items int
}

// itemChunks renders items as chunks of at most maxSectionText characters,
// until they hold more than limit characters in all, and returns the chunks
// and the number of items left unrendered. Consecutive items from the same
// sentence of the same release share one source line and quote:
// "Afghanistan, Kenya, … are funded" is quoted once.
func itemChunks(items []answer.Item, limit int) ([]chunk, int) {
	var chunks []chunk
	total := 0
	for i := 0; i < len(items); {
		if total > limit {
			return chunks, len(items) - i
		}
		j := i + 1
		for j < len(items) && sameSource(items[i], items[j]) {
			j++
		}
		proof := itemProof(items[i])
		room := maxSectionText - slackLen(proof) - 1 // the newline before the proof
		var lines []string
		n := 0     // characters in lines, with their newlines
		shown := 0 // items in lines
		flush := func() {
			if len(lines) > 0 {
				text := strings.Join(lines, "\n")
				if proof != "" {
					text += "\n" + proof
				}
				c := chunk{text: text, len: slackLen(text), items: shown}
				chunks = append(chunks, c)
				total += c.len
				lines, n, shown = nil, 0, 0
			}
		}
		for k, it := range items[i:j] {
			if total > limit {
				// Too much already: the rest of the group cannot be shown.
				return chunks, len(items) - i - k
			}
			line := itemLine(it)
			if line == "" {
				continue // no label, no value: nothing to show
			}
			if len(lines) > 0 && strings.HasPrefix(lines[len(lines)-1], line+":") {
				// A label alone, its value being the quote, under a line
				// with the same label: the quote is shown anyway.
				shown++
				continue
			}
			if n > 0 && n+1+slackLen(line) > room {
				flush()
			}
			if n > 0 {
				n++
			}
			lines = append(lines, line)
			n += slackLen(line)
			shown++
		}
		flush()
		i = j
	}
	return chunks, 0
}

// sameSource reports whether a and b come from the same sentence of the
// same release, so that they can share a quote.
func sameSource(a, b answer.Item) bool {
	return a.Derived == b.Derived && a.Release == b.Release && a.Title == b.Title &&
		a.Year == b.Year && a.Sentence == b.Sentence
}

// itemLine renders an item's label and value: "*Pakistan*: the largest share".
func itemLine(it answer.Item) string {
	label, value := inline(it.Label, maxItemLine), inline(it.Value, maxItemLine)
	if label != "" && !it.Derived && repeatsSentence(value, it.Sentence) {
		value = "" // the quote under it says it all
	}
	switch {
	case label == "":
		return fit(value, false, maxItemLine)
	case value == "":
		return bold(label, maxItemLine)
	}
	l := bold(label, maxItemLine/2)
	return l + ": " + fit(value, false, maxItemLine-slackLen(l)-2)
}

// repeatsSentence reports whether value is most of sentence, which is
// quoted under it: a long value that begins the sentence ("In Kenya, IOM
// will initiate …") or that is three quarters of it (a quotation without
// its attribution). A figure is short and never counts: it must be shown.
func repeatsSentence(value, sentence string) bool {
	v := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(value), "…"))
	v = strings.Trim(v, "\"“”'‘’ ")
	if len(v) < 80 {
		return false
	}
	s := inline(sentence, len(sentence))
	return strings.HasPrefix(s, v) || (4*len(v) >= 3*len(s) && strings.Contains(s, v))
}

// derivedLabel marks a number fundbot computed.
const derivedLabel = ":heavy_plus_sign: _Derived: computed by fundbot, not stated in any release._"

// itemProof renders where an item comes from: its release and year and the
// sentence quoted, or for a derived item, the label that says so.
func itemProof(it answer.Item) string {
	if it.Derived {
		if s := inline(it.Sentence, maxItemProof); s != "" {
			return derivedLabel + "\n" + fit(s, false, maxItemProof-slackLen(derivedLabel)-1)
		}
		return derivedLabel
	}
	src := attribution(it.Title, it.Release, it.Year, 0, maxItemProof/3)
	s := strings.TrimSpace(it.Sentence)
	switch {
	case s == "":
		return src
	case src == "":
		return fit(s, true, maxItemProof)
	}
	return fit(s, true, maxItemProof-slackLen(src)-1) + "\n" + src
}

// attribution names where a quote comes from, in at most budget characters:
// "— _Title_ (2011), ¶3", leaving out the year when the title states it and
// the paragraph when it is not known. It is empty when the release has
// neither title nor id.
func attribution(title, id string, year, paragraph, budget int) string {
	name := inline(title, budget)
	if name == "" {
		name = id
	}
	if name == "" {
		return ""
	}
	var suffix string
	if y := strconv.Itoa(year); year > 0 && !strings.Contains(name, y) {
		suffix = " (" + y + ")"
	}
	if paragraph > 0 {
		suffix += ", ¶" + strconv.Itoa(paragraph)
	}
	return "— " + italic(name, budget-len("— ")-slackLen(suffix)) + suffix
}

// layoutItems places chunks in at most blocks sections holding at most chars
// characters in all, and returns the sections and the number of items left
// out, counting rest items that have no chunk. Each chunk gets a section of
// its own when they all fit; otherwise chunks share sections, and what still
// does not fit is dropped, leaving room for the section that counts it.
func layoutItems(chunks []chunk, rest, blocks, chars int) ([]*slack.SectionBlock, int) {
	total := 0
	for _, c := range chunks {
		total += c.len
	}
	if rest == 0 && len(chunks) <= blocks && total <= chars {
		out := make([]*slack.SectionBlock, len(chunks))
		for i, c := range chunks {
			out[i] = section(c.text)
		}
		return out, 0
	}
	packed, placed := pack(chunks, blocks, chars)
	if rest == 0 && placed == len(chunks) {
		return packed, 0
	}
	// Keep a block and the characters of "…and N more" free.
	const moreRoom = 60
	packed, placed = pack(chunks, blocks-1, chars-moreRoom)
	dropped := rest
	for _, c := range chunks[placed:] {
		dropped += c.items
	}
	return packed, dropped
}

// pack joins as many chunks as fit, in order, into at most blocks sections of
// at most maxSectionText characters each, and at most chars characters in
// all. It returns the sections and the number of chunks placed.
func pack(chunks []chunk, blocks, chars int) ([]*slack.SectionBlock, int) {
	const sep = "\n\n"
	var (
		out  []*slack.SectionBlock
		cur  []string
		size int // characters in cur, with separators
		used int // characters in out
	)
	placed := 0
	for _, c := range chunks {
		n := c.len
		if len(cur) > 0 && size+len(sep)+n <= maxSectionText {
			if used+size+len(sep)+n > chars {
				break
			}
			cur = append(cur, c.text)
			size += len(sep) + n
			placed++
			continue
		}
		// c starts a new section.
		pending := 0 // the section in cur, not yet in out
		if len(cur) > 0 {
			pending = 1
		}
		if len(out)+pending+1 > blocks || used+size+n > chars {
			break
		}
		if len(cur) > 0 {
			out = append(out, section(strings.Join(cur, sep)))
			used += size
		}
		cur, size = []string{c.text}, n
		placed++
	}
	if len(cur) > 0 {
		out = append(out, section(strings.Join(cur, sep)))
	}
	return out, placed
}

// bestPassages returns the first maxPassages passages of a that do not
// merely repeat the sentence of one of its items, already quoted.
func bestPassages(a answer.Answer) []answer.Passage {
	var out []answer.Passage
	for _, p := range a.Passages {
		if len(out) == maxPassages {
			break
		}
		if !quotedByItem(a.Items, p.Text) {
			out = append(out, p)
		}
	}
	return out
}

// quotedByItem reports whether text is the sentence of one of items, but
// for white space.
func quotedByItem(items []answer.Item, text string) bool {
	text = strings.TrimSpace(text)
	flat := "" // text made inline, when needed
	for _, it := range items {
		s := strings.TrimSpace(it.Sentence)
		if s == text {
			return true
		}
		if d := len(s) - len(text); s == "" || d > len(text)/4 || -d > len(text)/4 {
			continue // too different in length to differ only in white space
		}
		if flat == "" {
			flat = inline(text, len(text))
		}
		if inline(s, len(s)) == flat {
			return true
		}
	}
	return false
}

// layoutPassages renders passages, quoted, under a divider and a title if
// titled is set, in at most blocks blocks and chars characters.
func layoutPassages(ps []answer.Passage, titled bool, blocks, chars int) []slack.Block {
	const title = ":books: Best-matching passages"
	if titled {
		blocks -= 2 // the divider and the title
		chars -= slackLen(title)
	}
	var out []slack.Block
	for _, p := range ps {
		if blocks <= 0 || chars < minPassage {
			break
		}
		text := passageText(p, min(maxPassage, chars))
		out = append(out, section(text))
		blocks--
		chars -= slackLen(text)
	}
	if len(out) == 0 || !titled {
		return out
	}
	return append([]slack.Block{slack.NewDividerBlock(), slack.NewContextBlock("", mrkdwn(title))}, out...)
}

// passageText quotes a passage and names where it comes from, in at most
// budget characters: "> …\n— _Title_, ¶3".
func passageText(p answer.Passage, budget int) string {
	src := attribution(p.Title, p.Release, 0, p.Paragraph, budget/3)
	text := strings.TrimSpace(p.Text)
	if src == "" {
		return fit(text, true, budget)
	}
	return fit(text, true, budget-slackLen(src)-1) + "\n" + src
}

// notesText renders the notes, each on a line of its own, in one section.
func notesText(notes []string) string {
	const lead = ":information_source: "
	var lines []string
	n := 0
	for i, note := range notes {
		note = inline(note, maxNote)
		if note == "" {
			continue
		}
		line := lead + fit(note, false, maxNote)
		// Keep room for the line that counts the notes left out.
		if n+1+slackLen(line) > maxNotes-40 && i < len(notes)-1 || n+1+slackLen(line) > maxNotes {
			lines = append(lines, "…and "+strconv.Itoa(len(notes)-i)+" more notes.")
			break
		}
		lines = append(lines, line)
		n += 1 + slackLen(line)
	}
	return strings.Join(lines, "\n")
}

// sourcesText names the releases that items and passages draw on, items first,
// then passages: ":page_facing_up: Source: Title (2011)".
func sourcesText(items []answer.Item, passages []answer.Passage) string {
	type release struct {
		key, title string
		year       int
	}
	var rs []release
	seen := map[string]int{} // key → index in rs
	add := func(id, title string, year int) {
		key := id
		if key == "" {
			key = title
		}
		if key == "" {
			return
		}
		if i, ok := seen[key]; ok {
			if rs[i].year == 0 {
				rs[i].year = year
			}
			return
		}
		seen[key] = len(rs)
		rs = append(rs, release{key: id, title: title, year: year})
	}
	for _, it := range items {
		if !it.Derived {
			add(it.Release, it.Title, it.Year)
		}
	}
	for _, p := range passages {
		add(p.Release, p.Title, 0)
	}
	if len(rs) == 0 {
		return ""
	}
	text := ":page_facing_up: Source: "
	if len(rs) > 1 {
		text = ":page_facing_up: Sources (" + strconv.Itoa(len(rs)) + " releases): "
	}
	more := func(n int) string { return " · and " + strconv.Itoa(n) + " more" }
	for i, r := range rs {
		name := releaseName(r.title, r.key, r.year)
		piece := fit(name, false, maxSources)
		if i > 0 {
			piece = " · " + piece
		}
		// If this release is not the last, the line that counts the rest
		// must still fit after it.
		after := ""
		if i < len(rs)-1 {
			after = more(len(rs) - i - 1)
		}
		if slackLen(text)+slackLen(piece)+slackLen(after) > maxSources {
			if i == 0 {
				return text + fit(name, false, maxSources-slackLen(text)-slackLen(after)) + after
			}
			return text + more(len(rs)-i)
		}
		text += piece
	}
	return text
}

// releaseName names a release by its title, or its id when it has none, and
// its year when known: "Japan Donates US$ 37.9 million … (2011)".
func releaseName(title, id string, year int) string {
	name := inline(title, maxSources)
	if name == "" {
		name = id
	}
	if y := strconv.Itoa(year); year > 0 && !strings.Contains(name, y) {
		name += " (" + y + ")"
	}
	return name
}

// fallbackText is the message's plain-text fallback, escaped and cut to
// Slack's limit.
func fallbackText(a answer.Answer) string {
	return fit(plainText(a), false, maxFallbackText)
}

// plainText is an answer as plain text: the headline, a line per item (with
// its release, when the answer draws on several) and the notes; or the
// answer's own text when it has no items or notes.
func plainText(a answer.Answer) string {
	if len(a.Items) == 0 && len(a.Notes) == 0 {
		if text := strings.TrimSpace(a.Text); text != "" {
			return text
		}
	}
	releases := map[string]bool{}
	for _, it := range a.Items {
		if !it.Derived {
			releases[it.Release+"\x00"+it.Title] = true
		}
	}
	var lines []string
	n := 0 // characters in lines, roughly: enough to know when to stop
	add := func(line string) bool {
		lines = append(lines, line)
		n += len(line)
		return n <= 4*maxFallbackText
	}
	if h := inline(a.Headline, maxFallbackText); h != "" {
		add(h)
	}
	for _, it := range a.Items {
		line := "• " + inline(it.Label, maxFallbackText)
		if v := inline(it.Value, maxFallbackText); v != "" {
			if line != "• " {
				line += ": "
			}
			line += v
		}
		if it.Derived {
			line += " (derived: computed by fundbot)"
		} else if len(releases) > 1 {
			if name := releaseName(it.Title, it.Release, it.Year); name != "" {
				line += " (" + name + ")"
			}
		}
		if !add(line) {
			break
		}
	}
	for _, note := range a.Notes {
		if note = inline(note, maxFallbackText); note != "" {
			if !add(note) {
				break
			}
		}
	}
	text := strings.Join(lines, "\n")
	if text == "" {
		text = strings.TrimSpace(a.Text)
	}
	if text == "" {
		text = "fundbot has nothing to say to that."
	}
	return text
}

// section returns a section block of mrkdwn text.
func section(text string) *slack.SectionBlock {
	return slack.NewSectionBlock(mrkdwn(text), nil, nil)
}

// mrkdwn returns a mrkdwn text object.
func mrkdwn(text string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, text, false, false)
}

// bold renders s in bold, escaped, in at most budget characters.
func bold(s string, budget int) string {
	return "*" + fit(s, false, budget-2) + "*"
}

// italic renders s in italics, escaped, in at most budget characters.
func italic(s string, budget int) string {
	return "_" + fit(s, false, budget-2) + "_"
}

// inline returns s on one line, trimmed, its runs of white space made single
// spaces, and cut soon after max characters: long enough for fit to see that it
// is too long, short enough not to copy a huge string.
func inline(s string, max int) string {
	if len(s) <= max && isInline(s) {
		return s
	}
	var b strings.Builder
	n, space := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = n > 0
			continue
		}
		if n > max {
			break
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// isInline reports whether inline would leave s as it is: it is trimmed and
// its only white space is single spaces.
func isInline(s string) bool {
	prevSpace := true // no leading space
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c < utf8.RuneSelf:
			if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				return false
			}
			prevSpace = false
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// slackLen is the length of s in UTF-16 code units: what JavaScript and
// Slack's clients count, and never less than its count of characters.
func slackLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n++
		if r >= 0x10000 { // a surrogate pair in UTF-16
			n++
		}
		i += size
	}
	return n
}

// runeLen is the length of r once escaped, in UTF-16 code units.
func runeLen(r rune, quote bool) int {
	switch {
	case r == '&':
		return len("&amp;")
	case r == '<', r == '>':
		return len("&lt;")
	case r == '\n' && quote:
		return len("\n> ")
	case r >= 0x10000:
		return 2
	}
	return 1
}

// mdLen is the length of s once escaped (and quoted, if quote is set).
func mdLen(s string, quote bool) int {
	if !strings.ContainsAny(s, "&<>\n") {
		if quote {
			return len("> ") + slackLen(s)
		}
		return slackLen(s)
	}
	n := 0
	if quote {
		n = len("> ")
	}
	for _, r := range s {
		n += runeLen(r, quote)
	}
	return n
}

// escape escapes Slack's control characters &, < and > in s, which slack-go
// leaves as they are: corpus text must not become a link or a mention such as
// <!channel>.
func escape(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// quote escapes s and quotes it, line by line, as a mrkdwn block quote.
func quote(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return "> " + strings.ReplaceAll(escape(s), "\n", "\n> ")
}

// fit escapes s (and quotes it if quote is set) in at most budget characters.
// If s is too long it is cut, preferably at a space, never inside a
// character or before a combining mark or joiner, and ends with "…".
func fit(s string, quoted bool, budget int) string {
	s = defuseMentions(validUTF8(s))
	if quoted {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	render := escape
	if quoted {
		render = quote
	}
	if mdLen(s, quoted) <= budget {
		return render(s)
	}
	limit := budget - 1 // room for "…"
	if quoted {
		limit -= len("> ")
	}
	if limit < 0 {
		return ""
	}
	n, cut, space := 0, 0, -1
	joined := false // the previous rune joins the next to it
	for i, r := range s {
		if !joined && !extends(r) {
			cut = i
			if unicode.IsSpace(r) {
				space = i
			}
		}
		n += runeLen(r, quoted)
		if n > limit {
			break
		}
		joined = r == zeroWidthJoiner
	}
	if space > 0 && space >= cut-cut/5 {
		cut = space
	}
	head := strings.TrimRightFunc(s[:cut], unicode.IsSpace)
	return render(head) + "…"
}

const zeroWidthJoiner = '\u200d'

// validUTF8 replaces each byte of s that is not UTF-8 with U+FFFD, as JSON
// encoding would: the text Slack receives is then the text measured.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r) // range yields U+FFFD for each invalid byte
	}
	return b.String()
}

// broadcastRE matches the words Slack may turn into @channel, @here and
// @everyone notifications.
var broadcastRE = regexp.MustCompile(`(?i)@(channel|here|everyone)\b`)

// defuseMentions puts an invisible word joiner after the @ of @channel,
// @here and @everyone, so that text from a release or a question (which an
// answer's headline may echo, and "Share in channel" makes public) cannot
// notify a whole channel.
func defuseMentions(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	return broadcastRE.ReplaceAllString(s, "@\u2060$1")
}

// extends reports whether r belongs to the character before it: a combining
// mark, a variation selector, a joiner or an emoji skin-tone modifier.
func extends(r rune) bool {
	return unicode.Is(unicode.M, r) || r == zeroWidthJoiner || (r >= 0x1f3fb && r <= 0x1f3ff)
}
