package bot

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackutilsx"

	"github.com/fundbot/fundbot/answer"
)

// Action ids of the buttons fundbot's replies carry. The Share and More
// buttons' value is the answer's Query; the feedback buttons' value is
// "up:" or "down:" and the Query.
const (
	ShareActionID    = "fundbot_share"
	MoreActionID     = "fundbot_more"
	FeedbackActionID = "fundbot_feedback"
)

// feedbackBlockPrefix starts the block_id of the feedback block; the
// answer's kind follows it, so that a vote can be recorded with its kind.
const feedbackBlockPrefix = "fundbot_feedback:"

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
	// ShareButton adds a "Share in channel" button (for ephemeral
	// replies), whose value is the answer's Query. There is none on help
	// and not-found answers, nor when the Query is empty or longer than a
	// button's value may be (2,000 characters).
	ShareButton bool
	// Feedback adds Slack's thumbs up and down buttons (every answer but
	// help).
	Feedback bool
	// SharedBy, a user id, adds "Shared by @user" (a shared answer).
	SharedBy string
	// AllPassages shows every passage, not the first answer.MaxPassages
	// and a "More passages" button.
	AllPassages bool
}

// The options the bot renders with: a slash command's private reply offers
// Share; every answer offers feedback. Read-only.
var (
	commandOptions = RenderOptions{ShareButton: true, Feedback: true}
	postOptions    = RenderOptions{Feedback: true}
)

// Slack's limits, which slack-go checks none of. Lengths are counted in
// UTF-16 code units (see slackLen), which is never less than Slack's own
// count of characters.
const (
	maxBlocks       = 50     // blocks in a message
	maxSectionText  = 3000   // a section's text
	maxButtonValue  = 2000   // a button's value
	maxBlocksText   = 12_000 // all the text in a message's blocks (Slack rejects about 13,000: msg_blocks_too_long)
	maxFallbackText = 4000   // a message's top-level text
	maxTableRows    = 100    // rows in a table block, its header included
	maxTableCell    = 500    // fundbot's cap on one table cell
)

// Caps of fundbot's own, so that no one part crowds out the rest of a reply.
const (
	maxHeadline = 1000 // the headline
	maxLine     = 1000 // one line of support
	maxTitle    = 120  // a release's title in a line's source
	maxNotes    = 2000 // the notes section
	maxNote     = 500  // one note
	maxPassage  = 800  // one passage, quoted, with its source
	minPassage  = 300  // a passage cut shorter than this is dropped instead
	allPassages = 5    // passages shown behind "More passages"
)

// Render turns an answer into a Slack message, answer first: the headline
// with its figure in bold; one line per supporting sentence, with the
// figure in bold and the release linked and dated; the notes on what the
// corpus does not state; passages only when no item answers; then the
// buttons asked for.
//
// Render never fails. It keeps the message within Slack's limits by
// shortening what is too long and dropping what does not fit, counting the
// lines left out in a closing "…and N more" section.
func Render(a answer.Answer, opts RenderOptions) Message {
	return render(a, opts, nil)
}

// render is Render, with the notes section taken from memo when it holds
// the same notes (memo may be nil).
func render(a answer.Answer, opts RenderOptions, memo *notesMemo) Message {
	return Message{Text: fallbackText(a), Blocks: renderBlocks(a, opts, memo)}
}

// notesMemo remembers the notes section it rendered last. Nearly every
// not-found answer has the same notes (what the corpus covers), and
// rendering them was half of Render's time for such an answer. It is safe
// for concurrent use.
type notesMemo struct{ last atomic.Pointer[renderedNotes] }

// renderedNotes is a notes section and the notes it renders.
type renderedNotes struct {
	notes []string
	text  string
}

// text is notesText(notes), from memory when m rendered the same notes
// last.
func (m *notesMemo) text(notes []string) string {
	if m == nil {
		return notesText(notes)
	}
	if r := m.last.Load(); r != nil && slices.Equal(r.notes, notes) {
		return r.text
	}
	text := notesText(notes)
	m.last.Store(&renderedNotes{notes: slices.Clone(notes), text: text})
	return text
}

// renderBlocks lays out the blocks of a, within the limits.
func renderBlocks(a answer.Answer, opts RenderOptions, memo *notesMemo) []slack.Block {
	// The parts that are always shown, each capped.
	var head, notes, tail []slack.Block
	fixed := 0 // text in head, notes and tail
	lines := a.Lines()
	if text := headlineText(a); text != "" {
		head = append(head, section(text))
		fixed += slackLen(text)
	}
	if len(a.Items) == 0 && a.Kind == answer.KindHelp {
		// Usage given as plain text only: show it as such.
		usage := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(a.Text), strings.TrimSpace(a.Headline)))
		if usage != "" {
			text := "```" + fit(usage, false, maxSectionText-6) + "```"
			head = append(head, section(text))
			fixed += slackLen(text)
		}
	}
	ns := a.Notes
	if len(a.Unchecked()) > 0 {
		ns = append(ns[:len(ns):len(ns)], answer.UncheckedNote)
	}
	if text := memo.text(ns); text != "" {
		notes = append(notes, section(text))
		fixed += slackLen(text)
	}
	if also := a.SeeAlso(); also != "" {
		notes = append(notes, slack.NewContextBlock("", mrkdwn(also)))
		fixed += slackLen(also)
	}
	if opts.SharedBy != "" {
		text := "Shared by <@" + escape(opts.SharedBy) + ">"
		tail = append(tail, slack.NewContextBlock("", mrkdwn(text)))
		fixed += slackLen(text)
	}
	var buttons []slack.BlockElement
	if q := validUTF8(a.Query); opts.ShareButton && shareable(a.Kind) && strings.TrimSpace(q) != "" && slackLen(q) <= maxButtonValue {
		buttons = append(buttons, button(ShareActionID, shareLabel, q))
		fixed += slackLen(q) + 20
	}
	passages, morePassages := a.Passages, false
	if len(a.Items) > 0 {
		passages = nil // the items answer; passages would repeat them
	}
	if limit := answer.MaxPassages; opts.AllPassages {
		passages = passages[:min(len(passages), allPassages)]
	} else if len(passages) > limit {
		passages, morePassages = passages[:limit], true
	}
	if q := validUTF8(a.Query); morePassages && strings.TrimSpace(q) != "" && slackLen(q) <= maxButtonValue {
		buttons = append(buttons, button(MoreActionID, moreLabel, q))
		fixed += slackLen(q) + 20
	}
	if len(buttons) > 0 {
		tail = append(tail, slack.NewActionBlock("fundbot_actions", buttons...))
	}
	if opts.Feedback && a.Kind != answer.KindHelp {
		if fb := feedbackBlock(a); fb != nil {
			tail = append(tail, fb)
			fixed += 2*slackLen(a.Query) + 40
		}
	}

	blocksLeft := maxBlocks - len(head) - len(notes) - len(tail)
	charsLeft := maxBlocksText - fixed

	var body []slack.Block
	if a.Kind == answer.KindTable {
		if t := tableBlock(lines); t != nil {
			body = append(body, t)
			lines = nil
		}
	}
	chunks := make([]chunk, 0, len(lines))
	for _, l := range lines {
		text := lineText(l)
		chunks = append(chunks, chunk{text: text, len: slackLen(text), items: 1})
	}
	sections, dropped := layoutLines(chunks, blocksLeft, charsLeft)
	for _, s := range sections {
		body = append(body, s)
		blocksLeft--
		charsLeft -= slackLen(s.Text.Text)
	}
	if dropped > 0 {
		text := "…and " + strconv.Itoa(dropped) + " more: ask a narrower question."
		body = append(body, section(text))
		blocksLeft--
		charsLeft -= slackLen(text)
	}
	body = append(body, layoutPassages(passages, blocksLeft, charsLeft)...)

	blocks := make([]slack.Block, 0, len(head)+len(body)+len(notes)+len(tail)+1)
	blocks = append(blocks, head...)
	blocks = append(blocks, body...)
	blocks = append(blocks, notes...)
	if len(blocks) == 0 {
		// Nothing to say: say so rather than send a message of buttons.
		blocks = append(blocks, section(fit(plainText(a), false, maxSectionText)))
	}
	return append(blocks, tail...)
}

// plainMessage is one line of mrkdwn as a message: a greeting's reply.
func plainMessage(line string) Message {
	text := ":wave: " + line
	return Message{Text: line, Blocks: []slack.Block{section(text)}}
}

// shareable reports whether an answer of kind k may carry a Share button:
// help and not-found are for the one who asked.
func shareable(k answer.Kind) bool {
	return k != answer.KindHelp && k != answer.KindNotFound
}

// button is a plain-text button whose label is one of the shared labels
// below.
func button(actionID string, label *slack.TextBlockObject, value string) *slack.ButtonBlockElement {
	return slack.NewButtonBlockElement(actionID, value, label)
}

// The fixed labels of the buttons every answer may carry, built once and
// shared by every reply: each NewTextBlockObject is two allocations (the
// object and its emoji flag), four to six a reply for text that never
// changes. Nothing writes to a rendered block, so sharing them is safe; a
// reply's JSON is the same as with labels of its own (the render golden
// tests hold it).
var (
	shareLabel    = slack.NewTextBlockObject(slack.PlainTextType, "Share in channel", false, false)
	moreLabel     = slack.NewTextBlockObject(slack.PlainTextType, "More passages", false, false)
	thumbsUpLabel = slack.NewTextBlockObject(slack.PlainTextType, ":+1:", true, false)
	thumbsDnLabel = slack.NewTextBlockObject(slack.PlainTextType, ":-1:", true, false)
)

// feedbackBlock is Slack's thumbs up and down for a, or nil when a has no
// Query to record. The block_id carries the answer's kind.
func feedbackBlock(a answer.Answer) slack.Block {
	q := validUTF8(a.Query)
	if strings.TrimSpace(q) == "" || slackLen(q)+len("down:") > maxButtonValue {
		return nil
	}
	up := slack.NewFeedbackButton(thumbsUpLabel, "up:"+q).
		WithAccessibilityLabel("This answer helped")
	down := slack.NewFeedbackButton(thumbsDnLabel, "down:"+q).
		WithAccessibilityLabel("This answer did not help")
	return slack.NewContextActionsBlock(feedbackBlockPrefix+string(a.Kind),
		slack.NewFeedbackButtonsBlockElement(FeedbackActionID, up, down))
}

// kindLead is an emoji that leads the headline of some kinds of answer.
var kindLead = map[answer.Kind]string{
	answer.KindNotFound: ":mag:",
	answer.KindHelp:     ":wave:",
}

// headlineText is the headline, with the answer's first figure in bold
// where the headline states it (a short headline that states none is bold
// as a whole), led by the kind's emoji.
func headlineText(a answer.Answer) string {
	h := inline(a.Headline, maxHeadline)
	if h == "" {
		return ""
	}
	var figures []string
	for _, it := range a.Items {
		if !it.Derived && it.Value != "" && len(it.Value) < 80 {
			figures = append(figures, it.Value)
		}
	}
	text := h
	for _, f := range figures {
		if containsFold(h, f) {
			text = emphasise(h, []string{f}, maxHeadline)
			break
		}
	}
	if text == h {
		// No figure to point at: a short headline is bold, a long one plain.
		if slackLen(h) <= 150 {
			text = bold(h, maxHeadline)
		} else {
			text = fit(h, false, maxHeadline)
		}
	}
	if lead := kindLead[a.Kind]; lead != "" {
		text = lead + " " + text
	}
	return text
}

// emphasise escapes s and puts the first occurrence of each figure (found
// in order, ignoring case, not overlapping) in bold, in at most budget
// characters; a figure cut off by the budget loses its bold.
func emphasise(s string, figures []string, budget int) string {
	s = defuseMentions(validUTF8(s))
	ascii := isASCII(s)
	var lower string // strings.ToLower(s), made only when s or a figure is not ASCII
	type span struct{ start, end int }
	var spans []span
	for _, f := range figures {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		var i int
		if ascii && isASCII(f) {
			i = indexFoldASCII(s, f)
		} else {
			if lower == "" {
				lower = strings.ToLower(s)
			}
			if len(lower) != len(s) {
				continue
			}
			i = strings.Index(lower, strings.ToLower(f))
		}
		if i < 0 {
			continue
		}
		sp := span{i, i + len(f)}
		if slices.ContainsFunc(spans, func(o span) bool { return sp.start < o.end && o.start < sp.end }) {
			continue
		}
		spans = append(spans, sp)
	}
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	if mdLen(s, false)+2*len(spans) > budget {
		return fit(s, false, budget)
	}
	var b strings.Builder
	b.Grow(len(s) + 2*len(spans))
	prev := 0
	for _, sp := range spans {
		b.WriteString(escape(s[prev:sp.start]))
		b.WriteString("*")
		b.WriteString(escape(s[sp.start:sp.end]))
		b.WriteString("*")
		prev = sp.end
	}
	b.WriteString(escape(s[prev:]))
	return b.String()
}

// lineText renders a line of support: "• sentence with *figure* — <url|Title>, date".
func lineText(l answer.Line) string {
	var b strings.Builder
	// Room for the line, its source and the marks around them, so that
	// the builder grows once.
	b.Grow(len(l.Text) + len(l.Context) + len(l.Title) + len(l.Release) + len(l.URL) + len(l.Date) + 64)
	b.WriteString("• ")
	if l.Derived {
		b.WriteString(bold(l.Text, maxLine/2))
		b.WriteString(" _(computed by fundbot, not stated in any release")
		if d := inline(l.Detail, maxLine/2); d != "" {
			b.WriteString(": ")
			b.WriteString(fit(d, false, maxLine/2))
		}
		b.WriteString(")_")
		return b.String()
	}
	if len(l.Extra) > 0 {
		b.WriteString(fit(strings.Join(l.Extra, "; "), false, maxLine/3))
		b.WriteString(": ")
	}
	b.WriteString(emphasise(inline(l.Text, maxLine/2), l.Figures, maxLine/2))
	if l.Context != "" {
		b.WriteString(" _(")
		b.WriteString(fit(l.Context, false, 60))
		b.WriteString(": context, not a gift)_")
	}
	if src := sourceText(l); src != "" {
		b.WriteString(" — ")
		b.WriteString(src)
	}
	return b.String()
}

// sourceText names a line's release, linked to its URL when the corpus has
// one, and its date: "<https://…|Title>, 2011-03-02".
func sourceText(l answer.Line) string {
	title, date := l.Source()
	if title = inline(title, maxTitle); title == "" {
		return ""
	}
	var name string
	if u := linkURL(l.URL); u != "" {
		name = "<" + u + "|" + strings.ReplaceAll(fit(title, false, maxTitle), "|", "¦") + ">"
	} else {
		name = italic(title, maxTitle)
	}
	if date = inline(date, 40); date != "" {
		name += ", " + fit(date, false, 40)
	}
	return name
}

// linkURL is raw as it may go inside a mrkdwn link, or "" when it is not an
// absolute http(s) URL that can.
func linkURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "" // the commonest case: no URL, nothing to parse
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		strings.ContainsAny(raw, " \t\n<>|") || len(raw) > 500 {
		return ""
	}
	return strings.ReplaceAll(raw, "&", "&amp;")
}

// tableBlock renders a table answer's lines as a table block: place, what
// is stated, release. It returns nil when they do not fit in one (Slack
// allows one table of 100 rows per message).
func tableBlock(lines []answer.Line) *slack.TableBlock {
	if len(lines) == 0 || len(lines)+1 > maxTableRows {
		return nil
	}
	cell := func(s string) slack.TableCell {
		if s = fitPlain(s, maxTableCell); s == "" {
			s = "–"
		}
		return slack.NewTableRawTextCell(s)
	}
	t := slack.NewTableBlock("fundbot_table").WithColumnSettings(
		slack.ColumnSetting{Align: slack.ColumnAlignmentLeft},
		slack.ColumnSetting{Align: slack.ColumnAlignmentLeft, IsWrapped: true},
		slack.ColumnSetting{Align: slack.ColumnAlignmentLeft, IsWrapped: true},
	)
	t.AddRow(cell("Place"), cell("What the releases state"), cell("Release"))
	for _, l := range lines {
		place, stated := l.Text, ""
		if len(l.Extra) > 0 {
			place, stated, _ = strings.Cut(strings.Join(l.Extra, "; "), ": ")
		} else if p, s, ok := strings.Cut(l.Text, ": "); ok && l.Title != "" && !strings.Contains(p, " ") || ok && len(p) < 40 {
			place, stated = p, s
		}
		title, date := l.Source()
		if date != "" {
			title += ", " + date
		}
		t.AddRow(cell(place), cell(stated), cell(title))
	}
	return t
}

// fitPlain cuts plain text (a table cell: no mrkdwn, no escaping) to at
// most budget characters.
func fitPlain(s string, budget int) string {
	s = defuseMentions(validUTF8(inline(s, budget)))
	if slackLen(s) <= budget {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && slackLen(string(r))+1 > budget {
		r = r[:len(r)-1]
	}
	return strings.TrimRightFunc(string(r), unicode.IsSpace) + "…"
}

// A chunk is the text of one line and the number of lines it shows.
type chunk struct {
	text  string
	len   int // slackLen(text)
	items int
}

// layoutLines places chunks in at most blocks sections holding at most chars
// characters in all, and returns the sections and the number of lines left
// out. When not all fit, it keeps a block and room for the section that
// counts them.
func layoutLines(chunks []chunk, blocks, chars int) ([]*slack.SectionBlock, int) {
	packed, placed := pack(chunks, blocks, chars)
	if placed == len(chunks) {
		return packed, 0
	}
	const moreRoom = 60
	packed, placed = pack(chunks, blocks-1, chars-moreRoom)
	dropped := 0
	for _, c := range chunks[placed:] {
		dropped += c.items
	}
	return packed, dropped
}

// pack joins as many chunks as fit, in order, one per line, into at most
// blocks sections of at most maxSectionText characters each, and at most
// chars characters in all. It returns the sections and the number of chunks
// placed.
func pack(chunks []chunk, blocks, chars int) ([]*slack.SectionBlock, int) {
	const sep = "\n"
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
		if len(out)+pending+1 > blocks || used+size+n > chars || n > maxSectionText {
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

// layoutPassages renders passages, quoted, one section each, in at most
// blocks blocks and chars characters.
func layoutPassages(ps []answer.Passage, blocks, chars int) []slack.Block {
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
	return out
}

// passageText quotes a passage and names where it comes from, in at most
// budget characters: "> …\n— _Title_, ¶3".
func passageText(p answer.Passage, budget int) string {
	src := attribution(p.Title, p.Release, p.Paragraph, budget/3)
	text := strings.TrimSpace(p.Text)
	if src == "" {
		return fit(text, true, budget)
	}
	return fit(text, true, budget-slackLen(src)-1) + "\n" + src
}

// attribution names where a passage comes from, in at most budget
// characters: "— _Title_, ¶3". It is empty when the release has neither
// title nor id.
func attribution(title, id string, paragraph, budget int) string {
	name := inline(title, budget)
	if name == "" {
		name = id
	}
	if name == "" {
		return ""
	}
	var suffix string
	if paragraph > 0 {
		suffix = ", ¶" + strconv.Itoa(paragraph)
	}
	return "— " + italic(name, budget-len("— ")-slackLen(suffix)) + suffix
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

// releaseName names a release by its title, or its id when it has none, and
// its year when known: "Japan Donates US$ 37.9 million … (2011)".
func releaseName(title, id string, year int) string {
	name := inline(title, maxTitle)
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
	several := severalReleases(a.Items)
	// The lines are written one after another, a newline between them.
	var b strings.Builder
	b.Grow(plainSize(a))
	n := 0 // characters in the lines, roughly: enough to know when to stop
	start := func() int {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		return b.Len()
	}
	// end counts the line begun at from, and reports whether there is
	// room for more.
	end := func(from int) bool {
		n += b.Len() - from
		return n <= 4*maxFallbackText
	}
	if h := inline(a.Headline, maxFallbackText); h != "" {
		from := start()
		b.WriteString(h)
		end(from)
	}
	for _, it := range a.Items {
		from := start()
		b.WriteString("• ")
		label := inline(it.Label, maxFallbackText)
		b.WriteString(label)
		if v := inline(it.Value, maxFallbackText); v != "" {
			if label != "" {
				b.WriteString(": ")
			}
			b.WriteString(v)
		}
		if it.Derived {
			b.WriteString(" (derived: computed by fundbot)")
		} else if several {
			if name := releaseName(it.Title, it.Release, it.Year); name != "" {
				b.WriteString(" (")
				b.WriteString(name)
				b.WriteString(")")
			}
		}
		if !end(from) {
			break
		}
	}
	for _, note := range a.Notes {
		if note = inline(note, maxFallbackText); note != "" {
			from := start()
			b.WriteString(note)
			if !end(from) {
				break
			}
		}
	}
	text := b.String()
	if text == "" {
		text = strings.TrimSpace(a.Text)
	}
	if text == "" {
		text = "fundbot has nothing to say to that."
	}
	return text
}

// plainSize is about the length of plainText(a), so that its builder
// grows once: what its lines say, with room for their marks and releases.
func plainSize(a answer.Answer) int {
	n := len(a.Headline)
	for _, it := range a.Items {
		n += len(it.Label) + len(it.Value) + len(it.Title) + 48
	}
	for _, note := range a.Notes {
		n += len(note) + 1
	}
	return min(n, 4*maxFallbackText+maxFallbackText)
}

// severalReleases reports whether the items that are not derived come
// from more than one release (told apart by id and title).
func severalReleases(items []answer.Item) bool {
	first := -1
	for i, it := range items {
		switch {
		case it.Derived:
		case first < 0:
			first = i
		case it.Release != items[first].Release || it.Title != items[first].Title:
			return true
		}
	}
	return false
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
	if inlineASCII(s) {
		return true
	}
	prevSpace := true // no leading space
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c < utf8.RuneSelf { // printable ASCII, the commonest
			prevSpace = false
			continue
		}
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

// inlineASCII reports, a word at a time, whether s is ASCII with no
// control characters, no leading, trailing or doubled spaces: inline
// leaves it as it is. False means only that isInline must look closer.
func inlineASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if w := word(s, i); !asciiWord(w) || hasBelow(w, ' ') {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] < ' ' || s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return !strings.Contains(s, "  ")
}

// slackLen is the length of s in UTF-16 code units: what JavaScript and
// Slack's clients count, and never less than its count of characters.
func slackLen(s string) int {
	i := 0
	for i+8 <= len(s) && asciiWord(word(s, i)) {
		i += 8
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return i // ASCII: one unit a byte, the commonest case
	}
	n := i
	for _, r := range s[i:] {
		n += utf16.RuneLen(r)
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
	n := 0
	if quote {
		n = len("> ")
	}
	for i := 0; i < len(s); {
		if i+8 <= len(s) && textWord(word(s, i)) {
			n += 8 // plain ASCII: a character a byte
			i += 8
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			n += runeLen(rune(c), quote)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n += runeLen(r, quote)
		i += size
	}
	return n
}

// escape escapes Slack's control characters &, < and > in s
// (slackutilsx.EscapeMessage), which slack-go leaves as they are when it
// sends blocks: corpus text must not become a link or a mention such as
// <!channel>.
func escape(s string) string {
	if strings.IndexByte(s, '&') < 0 && strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '>') < 0 {
		return s
	}
	return slackutilsx.EscapeMessage(s)
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
	// Never at a space inside an amount: "$2.5…" of "$2.5 billion" would
	// show a wrong figure.
	for space > 0 && answer.SplitsAmount(s, space) {
		space = strings.LastIndexFunc(s[:space], unicode.IsSpace)
	}
	if space > 0 && (space >= cut-cut/5 || cutsAmount(s, cut)) {
		cut = space
	}
	head := strings.TrimRightFunc(s[:cut], unicode.IsSpace)
	return render(head) + "…"
}

// cutsAmount reports whether cutting s at byte i, inside a word, would
// show part of an amount: a word holding a digit ("1.…" of "1.5"), or the
// scale or currency of a number before it ("$2.5 bi…").
func cutsAmount(s string, i int) bool {
	if i <= 0 || i >= len(s) || unicode.IsSpace(rune(s[i])) {
		return false
	}
	start, sp := 0, strings.LastIndexFunc(s[:i], unicode.IsSpace)
	if sp >= 0 {
		_, size := utf8.DecodeRuneInString(s[sp:])
		start = sp + size
	}
	end := len(s)
	if k := strings.IndexFunc(s[i:], unicode.IsSpace); k >= 0 {
		end = i + k
	}
	return strings.ContainsAny(s[start:end], "0123456789") || sp >= 0 && answer.SplitsAmount(s, sp)
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
	if r < 0x300 { // below the first combining mark: most text, looked up at no cost
		return false
	}
	return unicode.Is(unicode.M, r) || r == zeroWidthJoiner || (r >= 0x1f3fb && r <= 0x1f3ff)
}

// containsFold reports whether sub is in s, ignoring case.
func containsFold(s, sub string) bool {
	if sub == "" {
		return false
	}
	if isASCII(s) && isASCII(sub) {
		return indexFoldASCII(s, sub) >= 0
	}
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// indexFoldASCII is strings.Index(strings.ToLower(s), strings.ToLower(sub))
// for ASCII s and sub, without copying either.
func indexFoldASCII(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalFoldASCII(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// equalFoldASCII reports whether ASCII a and b, of one length, are equal
// but for the case of their letters.
func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

// lowerASCII is c in lower case, if it is an ASCII capital letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
