package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/slack-go/slack"

	"github.com/fundbot/fundbot/answer"
	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/internal/golden"
)

// update rewrites the golden files in testdata/ instead of comparing with them.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The releases the hand-made answers quote. The first is the seed; the
// second is invented, so that answers can span releases.
const (
	seedID    = "iom-japan-2011"
	seedTitle = "Japan Donates US$ 37.9 million to IOM Humanitarian Operations for 2011"
	twoID     = "iom-japan-2012"
	twoTitle  = "Japan Contributes USD 43.5 million to IOM Operations for 2012"

	sentTotal   = "The Japanese government has committed a total of USD 37.9 million in funding for 2011 to support IOM humanitarian services for migrants, migrant producing regions, host communities, returnees and internally displaced persons."
	sentTotal2  = "Japan has contributed USD 43.5 million to IOM for 2012, to be used in eleven countries."
	sentFunded  = "The funded projects, in Afghanistan, Kenya, Kyrgyzstan, Pakistan, Rwanda, Somalia, Sudan, Tajikistan and Tanzania, will also provide technical support to increase government capacity to manage increasingly complex migration flows as well as coping with displacement due to natural disasters."
	sentHorn    = "A significant portion of the Japanese funding – roughly 25 per cent – will be used to address migrant vulnerability in the Horn of Africa through a range of activities seeking to improve protection for stranded and intercepted migrants and victims of human trafficking as well as provide support to host communities and immigration authorities in addressing emerging migration challenges."
	sentPak     = "The largest share of the 2011 Japanese funding for IOM projects will be used to assist approximately 450,000 flood affected individuals in Pakistan."
	sentKenya   = "In Kenya, IOM will initiate a series of conflict mitigation and livelihood activities targeting youth in the northern part of the country aimed at minimizing resource-based conflicts in the region and strengthening the capacity of the pastoralist, local migrant and refugee hosting communities to adapt to the increasing direct and indirect impacts of climate change."
	sentIOM     = "The International Organization for Migration (IOM) is part of the United Nations System as the leading inter-governmental organization promoting since 1951 humane and orderly migration for the benefit of all, with 175 member states and a presence in 171 countries."
	sentQuote   = "\"Japan's contribution of nearly USD 38 million towards IOM operations this year is a testament to a robust and growing partnership in response to global humanitarian and peace building activities as well as the migration challenges facing Japan including migrant integration, human trafficking and refugee resettlement,\" IOM Director General William Lacy Swing says."
	sentContact = "For more information, please contact: Yuko Goto, IOM Tokyo, Tel: + 81-3-3595-0108, E-mail: iomtokyo@iom.int"
)

// passage returns paragraph n of the seed release.
func passage(n int, text string) answer.Passage {
	return answer.Passage{Release: seedID, Title: seedTitle, Paragraph: n, Text: text}
}

// seedItem returns an item stated in the seed release.
func seedItem(label, value, sentence string) answer.Item {
	return answer.Item{Label: label, Value: value, Release: seedID, Title: seedTitle, Year: 2011, Sentence: sentence}
}

// kindAnswers are hand-made answers, one of each kind, in the shape the
// engine gives them.
var kindAnswers = []answer.Answer{
	{
		Kind:     answer.KindOverview,
		Query:    "/funding",
		Headline: "The corpus holds 2 releases from 1 donor, Japan, stating US$ 81.4 million in all.",
		Items: []answer.Item{
			seedItem("Total 2011", "US$ 37.9 million", sentTotal),
			{Label: "Total 2012", Value: "USD 43.5 million", Release: twoID, Title: twoTitle, Year: 2012, Sentence: sentTotal2},
			seedItem("Countries 2011", "Afghanistan, Kenya, Kyrgyzstan, Pakistan, Rwanda, Somalia, Sudan, Tajikistan, Tanzania", sentFunded),
		},
		Passages: []answer.Passage{passage(1, sentTotal)},
	},
	{
		Kind:     answer.KindTable,
		Query:    "/funding all",
		Headline: "9 countries and 1 region are funded; the release states a share for 2 of them and no separate amounts.",
		Items: []answer.Item{
			seedItem("Afghanistan", "funded, no separate amount stated", sentFunded),
			seedItem("Kenya", "funded, no separate amount stated", sentFunded),
			seedItem("Kyrgyzstan", "funded, no separate amount stated", sentFunded),
			seedItem("Pakistan", "the largest share", sentPak),
			seedItem("Horn of Africa (region)", "roughly 25 per cent", sentHorn),
		},
		Notes: []string{"The release states no amount for any single country."},
	},
	{
		Kind:     answer.KindCountry,
		Query:    "How much does Kenya get?",
		Headline: "Kenya is among the countries Japan's 2011 funding to IOM supports, but the release does not state a separate amount for Kenya.",
		Items: []answer.Item{
			seedItem("Kenya", "funded (no amount stated)", sentFunded),
			seedItem("Kenya: activities", "conflict mitigation and livelihood activities targeting youth", sentKenya),
		},
		Notes:    []string{"The release does not state a separate amount for Kenya."},
		Passages: []answer.Passage{passage(4, sentKenya), passage(2, sentFunded)},
	},
	{
		Kind:     answer.KindTotal,
		Query:    "/funding Japan",
		Headline: "Japan's releases state US$ 37.9 million for 2011 and USD 43.5 million for 2012: US$ 81.4 million in all.",
		Items: []answer.Item{
			seedItem("Total 2011", "US$ 37.9 million", sentTotal),
			{Label: "Total 2012", Value: "USD 43.5 million", Release: twoID, Title: twoTitle, Year: 2012, Sentence: sentTotal2},
			{Label: "Japan, 2011–2012", Value: "US$ 81.4 million", Derived: true, Sentence: "US$ 37.9 million (2011) + USD 43.5 million (2012)"},
		},
		Notes: []string{"US$ 81.4 million is a sum fundbot computed; no release states it."},
	},
	{
		Kind:     answer.KindShare,
		Query:    "What share goes to the Horn of Africa?",
		Headline: "Roughly 25 per cent of Japan's 2011 funding to IOM goes to the Horn of Africa.",
		Items:    []answer.Item{seedItem("Horn of Africa", "roughly 25 per cent", sentHorn)},
		Notes:    []string{"The release states the share, not an amount; fundbot does not compute one."},
		Passages: []answer.Passage{passage(5, sentHorn)},
	},
	{
		Kind:     answer.KindBeneficiaries,
		Query:    "How many people will be helped in Pakistan?",
		Headline: "About 450,000 flood affected individuals in Pakistan are to be assisted.",
		Items:    []answer.Item{seedItem("Pakistan", "approximately 450,000 flood affected individuals", sentPak)},
		Passages: []answer.Passage{passage(11, sentPak)},
	},
	{
		Kind:     answer.KindActivities,
		Query:    "What will the money do in Kenya?",
		Headline: "In Kenya the funding pays for conflict mitigation and livelihood activities for youth.",
		Items:    []answer.Item{seedItem("Kenya", "conflict mitigation and livelihood activities targeting youth in the north", sentKenya)},
		Passages: []answer.Passage{passage(4, sentKenya)},
	},
	{
		Kind:     answer.KindOrganisation,
		Query:    "How many member states does IOM have?",
		Headline: "IOM has 175 member states.",
		Items: []answer.Item{
			seedItem("IOM: member states", "175", sentIOM),
			seedItem("IOM: countries of presence", "171", sentIOM),
			seedItem("IOM: founded", "1951", sentIOM),
		},
	},
	{
		Kind:     answer.KindPeople,
		Query:    "Who is William Lacy Swing?",
		Headline: "William Lacy Swing is IOM's Director General.",
		Items: []answer.Item{
			seedItem("William Lacy Swing", "IOM Director General", sentQuote),
		},
		Passages: []answer.Passage{passage(12, sentQuote)},
	},
	{
		Kind:     answer.KindContact,
		Query:    "/contact Tokyo",
		Headline: "Press contact for Japan's 2011 funding: Yuko Goto, IOM Tokyo.",
		Items: []answer.Item{
			seedItem("Yuko Goto", "IOM Tokyo", sentContact),
			seedItem("Tel", "+ 81-3-3595-0108", sentContact),
			seedItem("E-mail", "iomtokyo@iom.int", sentContact),
		},
	},
	{
		Kind:     answer.KindSearch,
		Query:    "tolerance education",
		Headline: "2 passages match \"tolerance education\".",
		Passages: []answer.Passage{
			passage(8, "In Kyrgyzstan, IOM is implementing vocational training projects for multi-ethnic youth groups as well as providing tolerance education to children."),
			passage(2, sentFunded),
		},
	},
	{
		Kind:     answer.KindNotFound,
		Query:    "/funding Narnia",
		Headline: "fundbot knows no country, donor or year called \"Narnia\".",
		Notes: []string{
			"The corpus covers 1 donor (Japan), the years 2011 and 2012, and 9 countries: Afghanistan, Kenya, Kyrgyzstan, Pakistan, Rwanda, Somalia, Sudan, Tajikistan, Tanzania.",
		},
	},
	{
		Kind:     answer.KindHelp,
		Query:    "help",
		Headline: "fundbot answers questions about funding announced in press releases, quoting what they state.",
		Items: []answer.Item{
			{Label: "/funding", Value: "each release's total and the countries it funds"},
			{Label: "/funding COUNTRY", Value: "every figure stated for a country, e.g. /funding Pakistan"},
			{Label: "/contact NAME, OFFICE, COUNTRY or YEAR", Value: "press contacts, e.g. /contact Tokyo"},
			{Label: "A question", Value: "e.g. “How much did Japan give IOM in 2011?” or “Tell me about Kenya”"},
		},
	},
}

// moreAnswers are hand-made answers in other shapes the engine may give,
// with the name of their golden file.
var moreAnswers = map[string]answer.Answer{
	// Usage as plain text only, no items.
	"help_text": {
		Kind:     answer.KindHelp,
		Query:    "help",
		Headline: "fundbot answers questions about humanitarian funding announced in press releases.",
		Text: "fundbot answers questions about humanitarian funding announced in press releases.\n\n" +
			"/funding                 each release's total and countries\n" +
			"/funding COUNTRY|DONOR|YEAR   every stated figure, per release\n" +
			"/funding all             a line per country\n" +
			"/contact [name|office|country|year]   press contacts",
	},
}

func TestRenderGolden(t *testing.T) {
	named := maps.Clone(moreAnswers)
	for _, a := range kindAnswers {
		named[string(a.Kind)] = a
	}
	for _, name := range slices.Sorted(maps.Keys(named)) {
		a := named[name]
		t.Run(name, func(t *testing.T) {
			for _, share := range []bool{false, true} {
				m := Render(a, RenderOptions{ShareButton: share})
				checkLimits(t, m)
				if share {
					continue // the button alone is tested in TestRenderShareButton
				}
				got, err := json.MarshalIndent(m, "", "  ")
				if err != nil {
					t.Fatalf("json.MarshalIndent: %v", err)
				}
				got = append(got, '\n')
				golden.Check(t, filepath.Join("testdata", "render", name+".json"), got, *update)
			}
		})
	}
}

// blockTexts returns every text a message's blocks hold, with what holds it
// ("section", "context", "header", "button", "value").
func blockTexts(t *testing.T, blocks []slack.Block) (texts []string, kinds []string) {
	t.Helper()
	for _, b := range blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			if b.Text != nil {
				texts, kinds = append(texts, b.Text.Text), append(kinds, "section")
			}
			for _, f := range b.Fields {
				texts, kinds = append(texts, f.Text), append(kinds, "field")
			}
		case *slack.HeaderBlock:
			texts, kinds = append(texts, b.Text.Text), append(kinds, "header")
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if tx, ok := e.(*slack.TextBlockObject); ok {
					texts, kinds = append(texts, tx.Text), append(kinds, "context")
				}
			}
		case *slack.ActionBlock:
			for _, e := range b.Elements.ElementSet {
				if btn, ok := e.(*slack.ButtonBlockElement); ok {
					texts, kinds = append(texts, btn.Text.Text), append(kinds, "button")
					texts, kinds = append(texts, btn.Value), append(kinds, "value")
				}
			}
		case *slack.ContextActionsBlock:
			for _, e := range b.Elements.ElementSet {
				if fb, ok := e.(*slack.FeedbackButtonsBlockElement); ok {
					for _, btn := range []*slack.FeedbackButton{fb.PositiveButton, fb.NegativeButton} {
						texts, kinds = append(texts, btn.Text.Text), append(kinds, "button")
						texts, kinds = append(texts, btn.Value), append(kinds, "value")
					}
				}
			}
		case *slack.TableBlock:
			for _, row := range b.Rows {
				for _, c := range row {
					if c, ok := c.(*slack.TableRawTextCell); ok {
						texts, kinds = append(texts, c.Text), append(kinds, "cell")
					}
				}
			}
		case *slack.DividerBlock:
		default:
			t.Errorf("unexpected block type %T", b)
		}
	}
	return texts, kinds
}

// checkLimits fails t if m breaks one of Slack's limits, or does not survive
// a round trip through JSON and slack.Blocks.
func checkLimits(t *testing.T, m Message) {
	t.Helper()
	if m.Text == "" {
		t.Error("Text is empty")
	}
	if n := slackLen(m.Text); n > maxFallbackText {
		t.Errorf("Text has %d characters, want at most %d", n, maxFallbackText)
	}
	if !utf8.ValidString(m.Text) {
		t.Errorf("Text is not valid UTF-8")
	}
	if len(m.Blocks) == 0 || len(m.Blocks) > maxBlocks {
		t.Errorf("%d blocks, want 1 to %d", len(m.Blocks), maxBlocks)
	}
	for _, b := range m.Blocks {
		if c, ok := b.(*slack.ContextBlock); ok {
			if n := len(c.ContextElements.Elements); n == 0 || n > 10 {
				t.Errorf("context block has %d elements, want 1 to 10", n)
			}
		}
	}
	texts, kinds := blockTexts(t, m.Blocks)
	total := 0
	for i, s := range texts {
		n := slackLen(s)
		total += n
		limit := maxSectionText
		switch kinds[i] {
		case "header":
			limit = 150
		case "button":
			limit = 75
		case "value":
			limit = maxButtonValue
		}
		if n > limit {
			t.Errorf("%s text has %d characters, want at most %d", kinds[i], n, limit)
		}
		if n == 0 && kinds[i] != "value" {
			t.Errorf("%s text is empty", kinds[i])
		}
		if !utf8.ValidString(s) {
			t.Errorf("%s text is not valid UTF-8: %q", kinds[i], short(s))
		}
	}
	if total > maxBlocksText {
		t.Errorf("blocks hold %d characters, want at most %d", total, maxBlocksText)
	}

	// Round trip: what Slack would receive parses back into the same blocks.
	data, err := json.Marshal(slack.Blocks{BlockSet: m.Blocks})
	if err != nil {
		t.Fatalf("json.Marshal(blocks): %v", err)
	}
	if !json.Valid(data) {
		t.Fatalf("blocks are not valid JSON")
	}
	var back slack.Blocks
	if err := back.UnmarshalJSON(data); err != nil {
		t.Fatalf("slack.Blocks.UnmarshalJSON: %v", err)
	}
	again, err := json.Marshal(back)
	if err != nil {
		t.Fatalf("json.Marshal(round trip): %v", err)
	}
	if !bytes.Equal(data, again) {
		t.Errorf("blocks change in a JSON round trip:\n%s", short(cmp.Diff(string(data), string(again))))
	}
}

// short returns s, cut to a length that a failure message can show.
func short(s string) string {
	const max = 500
	if len(s) <= max {
		return s
	}
	return s[:max] + fmt.Sprintf("… (%d bytes more)", len(s)-max)
}

// hugeItems returns n items; with shared set, they all quote one sentence.
func hugeItems(n int, shared bool, value string) []answer.Item {
	items := make([]answer.Item, n)
	for i := range items {
		sentence := sentFunded
		if !shared {
			sentence = fmt.Sprintf("Sentence %d: 日本政府は2011年にIOMへ3790万米ドルを拠出した 🇯🇵👩🏽‍🌾 é & <tag>. %s", i, sentHorn)
		}
		items[i] = answer.Item{
			Label: fmt.Sprintf("Item %04d", i), Value: value,
			Release: fmt.Sprintf("release-%d", i%40), Title: fmt.Sprintf("Release number %d about Côte d'Ivoire", i%40), Year: 2000 + i%20,
			Sentence: sentence, Derived: i%97 == 0,
		}
	}
	return items
}

// hugePassages returns n passages of about size characters of multi-byte text.
func hugePassages(n, size int) []answer.Passage {
	unit := "Ünïcödé 日本語のテキスト 🙂👨‍👩‍👧 e\u0301 & <b> "
	text := strings.Repeat(unit, size/utf8.RuneCountInString(unit)+1)
	ps := make([]answer.Passage, n)
	for i := range ps {
		ps[i] = answer.Passage{Release: fmt.Sprintf("release-%d", i), Title: strings.Repeat("Long title ", 50), Paragraph: i + 1, Text: text}
	}
	return ps
}

// lineStart matches the start of a line of support.
var lineStart = regexp.MustCompile(`(?m)^• `)

func TestRenderLimits(t *testing.T) {
	longValue := strings.Repeat("US$ 37.9 million – 三千七百九十万ドル 💰 ", 200)
	tests := []struct {
		name string
		a    answer.Answer
		opts RenderOptions
	}{
		{"1000 items", answer.Answer{Kind: answer.KindTable, Query: "/funding all", Headline: "Many.", Items: hugeItems(1000, false, "US$ 1 million"), Passages: hugePassages(5, 10_000)}, RenderOptions{ShareButton: true}},
		{"1000 items one sentence", answer.Answer{Kind: answer.KindTable, Query: "/funding all", Headline: "Many.", Items: hugeItems(1000, true, "funded")}, RenderOptions{ShareButton: true}},
		{"1000 items long values", answer.Answer{Kind: answer.KindTable, Headline: "Many.", Items: hugeItems(1000, false, longValue)}, RenderOptions{}},
		{"10,000-char passages", answer.Answer{Kind: answer.KindSearch, Query: "ünïcödé", Headline: "Passages.", Passages: hugePassages(10, 10_000)}, RenderOptions{ShareButton: true}},
		{"everything huge", answer.Answer{
			Kind:     answer.KindCountry,
			Query:    strings.Repeat("🇰🇪", 499), // 1,996 UTF-16 units: the button stays
			Headline: strings.Repeat("Kenya 肯尼亚 🇰🇪 & <!channel> ", 500),
			Items:    hugeItems(1000, false, longValue),
			Notes:    strings.Split(strings.Repeat("The release does not state a separate amount for Kenya – ケニア.\n", 1000), "\n"),
			Passages: hugePassages(50, 10_000),
			Text:     strings.Repeat("x", 100_000),
		}, RenderOptions{ShareButton: true}},
		{"empty", answer.Answer{}, RenderOptions{ShareButton: true}},
		{"only text", answer.Answer{Kind: answer.KindHelp, Text: strings.Repeat("usage: /funding … ", 1000)}, RenderOptions{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Render(tt.a, tt.opts)
			checkLimits(t, m)
			if t.Failed() {
				return
			}
			// Every line is either shown or counted in "…and N more".
			texts, kinds := blockTexts(t, m.Blocks)
			all := strings.Join(texts, "\n")
			shown := len(lineStart.FindAllString(all, -1))
			for _, k := range kinds {
				if k == "cell" {
					shown++
				}
			}
			if shown > 0 && slices.Contains(kinds, "cell") {
				shown = shown/3 - 1 // three cells a row, and the header row
			}
			more := 0
			if m := regexp.MustCompile(`…and (\d+) more: ask a narrower question\.`).FindStringSubmatch(all); m != nil {
				fmt.Sscan(m[1], &more)
			}
			lines := len(tt.a.Lines())
			if lines > 0 && shown == 0 {
				t.Errorf("no line shown")
			}
			if got, want := shown+more, lines; got != want {
				t.Errorf("%d lines shown + %d counted as more = %d, want %d", shown, more, got, want)
			}
			t.Logf("%d blocks, %d lines shown, %d more", len(m.Blocks), shown, more)
		})
	}
}

func TestRenderEscaping(t *testing.T) {
	const evil = "Fish & Chips <!channel> <https://evil.example|click> a>b"
	a := answer.Answer{
		Kind:     answer.KindCountry,
		Query:    "<!here> & more",
		Headline: evil,
		Items: []answer.Item{
			{Label: evil, Value: evil, Release: "r", Title: evil, Year: 2011, Sentence: evil + "\n" + evil},
			{Label: evil, Value: evil, Derived: true, Sentence: evil},
		},
		Notes:    []string{evil},
		Passages: []answer.Passage{{Release: "r", Title: evil, Paragraph: 2, Text: evil}},
	}
	m := Render(a, RenderOptions{ShareButton: true})
	checkLimits(t, m)
	texts, kinds := blockTexts(t, m.Blocks)
	texts, kinds = append(texts, m.Text), append(kinds, "fallback")
	entity := regexp.MustCompile(`&(amp|lt|gt);`)
	for i, s := range texts {
		if kinds[i] == "value" {
			if s != a.Query {
				t.Errorf("button value = %q, want the query %q unescaped", s, a.Query)
			}
			continue
		}
		// Block quotes start a line with "> "; any other < or > is corpus text.
		for _, line := range strings.Split(s, "\n") {
			line = strings.TrimPrefix(line, "> ")
			if strings.ContainsAny(line, "<>") {
				t.Errorf("%s text has an unescaped < or >: %q", kinds[i], line)
			}
			if n := strings.Count(line, "&"); n != len(entity.FindAllString(line, -1)) {
				t.Errorf("%s text has an unescaped &: %q", kinds[i], line)
			}
		}
		if strings.Contains(s, "Fish") && !strings.Contains(s, "Fish &amp; Chips &lt;!channel&gt;") {
			t.Errorf("%s text = %q, want the corpus text escaped", kinds[i], s)
		}
	}
}

func TestRenderBroadcastMentions(t *testing.T) {
	for _, word := range []string{"@channel", "@here", "@everyone", "@Channel", "@HERE"} {
		t.Run(word, func(t *testing.T) {
			text := "“" + word + "” is not a country; mail iomtokyo@iom.int"
			a := answer.Answer{Kind: answer.KindNotFound, Query: "/funding " + word, Headline: text,
				Items: []answer.Item{{Label: word, Value: text, Title: text, Release: "r", Sentence: text}},
				Notes: []string{text}, Passages: []answer.Passage{{Release: "r", Title: text, Paragraph: 1, Text: text + " and more"}}}
			m := Render(a, RenderOptions{ShareButton: true})
			checkLimits(t, m)
			texts, kinds := blockTexts(t, m.Blocks)
			texts, kinds = append(texts, m.Text), append(kinds, "fallback")
			broadcast := regexp.MustCompile(`(?i)@(channel|here|everyone)\b`)
			for i, s := range texts {
				if kinds[i] == "value" {
					continue // the query, returned to the bot, never shown
				}
				if broadcast.MatchString(s) {
					t.Errorf("%s text %q can notify the channel", kinds[i], s)
				}
				if strings.Contains(s, "is not a country") && !strings.Contains(s, "iomtokyo@iom.int") {
					t.Errorf("%s text %q: an e-mail address was changed", kinds[i], s)
				}
			}
		})
	}
}

func TestRenderShareButton(t *testing.T) {
	tests := []struct {
		name  string
		query string
		share bool
		want  bool
	}{
		{"asked for", "/funding Kenya", true, true},
		{"not asked for", "/funding Kenya", false, false},
		{"no query to share", " ", true, false},
		{"query at the limit", strings.Repeat("k", maxButtonValue), true, true},
		{"query too long for a button value", strings.Repeat("k", maxButtonValue+1), true, false},
		{"multi-byte query too long", strings.Repeat("🇰🇪", maxButtonValue/4+1), true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := kindAnswers[2]
			a.Query = tt.query
			m := Render(a, RenderOptions{ShareButton: tt.share})
			checkLimits(t, m)
			var buttons []*slack.ButtonBlockElement
			for _, b := range m.Blocks {
				if ab, ok := b.(*slack.ActionBlock); ok {
					for _, e := range ab.Elements.ElementSet {
						buttons = append(buttons, e.(*slack.ButtonBlockElement))
					}
				}
			}
			if got := len(buttons) > 0; got != tt.want {
				t.Fatalf("Render(ShareButton: %v, %d-byte query) has a button: %v, want %v", tt.share, len(tt.query), got, tt.want)
			}
			if !tt.want {
				return
			}
			if len(buttons) != 1 {
				t.Fatalf("%d buttons, want 1", len(buttons))
			}
			b := buttons[0]
			if b.ActionID != ShareActionID || b.Value != tt.query || b.Text.Text != "Share in channel" {
				t.Errorf("button = {ActionID: %q, Value: %q, Text: %q}, want {%q, the query, %q}", b.ActionID, b.Value, b.Text.Text, ShareActionID, "Share in channel")
			}
			if _, ok := m.Blocks[len(m.Blocks)-1].(*slack.ActionBlock); !ok {
				t.Errorf("last block is %T, want the button's *slack.ActionBlock", m.Blocks[len(m.Blocks)-1])
			}
		})
	}
}

func TestRenderDerived(t *testing.T) {
	a := kindAnswers[3] // total: two stated totals and their sum
	m := Render(a, RenderOptions{})
	texts, _ := blockTexts(t, m.Blocks)
	var sum string
	for _, s := range texts {
		if strings.Contains(s, "US$ 81.4 million") && strings.Contains(s, "Japan, 2011–2012") {
			sum = s
		}
	}
	if !strings.Contains(sum, "computed by fundbot, not stated in any release") {
		t.Errorf("the derived item's section = %q, want it labelled as derived", sum)
	}
	if strings.Contains(sum, "> US$ 37.9 million (2011)") {
		t.Errorf("the derived item's section = %q, want its working not quoted as if a release said it", sum)
	}
	if !strings.Contains(m.Text, "US$ 81.4 million (derived: computed by fundbot)") {
		t.Errorf("Text = %q, want the sum labelled as derived", m.Text)
	}
}

func TestFit(t *testing.T) {
	tests := []struct {
		name   string
		s      string
		quoted bool
		budget int
		want   string
	}{
		{"fits", "Kenya", false, 5, "Kenya"},
		{"escaped fits", "a&b", false, 7, "a&amp;b"},
		{"cut at a space", "roughly 25 per cent", false, 12, "roughly 25…"},
		{"cut in a word", "Kyrgyzstan", false, 5, "Kyrg…"},
		{"never inside an entity", "a&b", false, 5, "a…"},
		{"multi-byte", "日本語のテキスト", false, 4, "日本語…"},
		{"astral characters count twice", "🙂🙂🙂", false, 4, "🙂…"},
		{"not before a combining mark", "e\u0301e\u0301", false, 3, "e\u0301…"},
		{"not inside a joined emoji", "a👨\u200d👩\u200d👧", false, 8, "a…"},
		{"not inside a skin tone", "ab👩🏽", false, 4, "ab…"},
		{"quoted", "one\ntwo", true, 20, "> one\n> two"},
		{"quoted and cut", "one two three", true, 10, "> one two…"},
		{"no room", "Kenya", false, 0, ""},
		{"not between a number and its scale", "a gift of $2.5 billion", false, 16, "a gift of…"},
		{"not inside a number", "a gift of $2,500,000", false, 16, "a gift of…"},
		{"not inside a scale", "a gift of $2.5 billion", false, 18, "a gift of…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fit(tt.s, tt.quoted, tt.budget)
			if got != tt.want {
				t.Errorf("fit(%q, %v, %d) = %q, want %q", tt.s, tt.quoted, tt.budget, got, tt.want)
			}
			if n := slackLen(got); n > tt.budget {
				t.Errorf("fit(%q, %v, %d) has %d characters, over budget", tt.s, tt.quoted, tt.budget, n)
			}
		})
	}
}

func BenchmarkRender(b *testing.B) {
	cases := []struct {
		name string
		a    answer.Answer
	}{
		{"country", kindAnswers[2]},
		{"total", kindAnswers[3]},
		{"huge", answer.Answer{Kind: answer.KindTable, Query: "/funding all", Headline: "Many.", Items: hugeItems(1000, false, "US$ 1 million"), Passages: hugePassages(5, 10_000)}},
	}
	// The commonest answer under the load test on the seed corpus.
	notFound, err := realEngine(b).Answer(context.Background(), "/funding How much did Japan give to UNICEF in 2005?")
	if err != nil || notFound.Kind != answer.KindNotFound {
		b.Fatalf("Answer = %v, %v; want a not-found answer", notFound.Kind, err)
	}
	cases = append(cases, struct {
		name string
		a    answer.Answer
	}{"not_found", notFound})
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Render(c.a, RenderOptions{ShareButton: true})
			}
		})
	}
	// As the bot renders: the notes section remembered.
	b.Run("not_found_memo", func(b *testing.B) {
		var memo notesMemo
		b.ReportAllocs()
		for b.Loop() {
			render(notFound, RenderOptions{ShareButton: true}, &memo)
		}
	})
}

func TestInline(t *testing.T) {
	tests := []struct {
		s    string
		max  int
		want string
	}{
		{"Kenya", 10, "Kenya"},
		{"", 10, ""},
		{"  Horn  of\tAfrica\n", 20, "Horn of Africa"},
		{"Horn\u00a0of\u2028Africa", 20, "Horn of Africa"},
		{"Horn of Africa", 4, "Horn o"},
		{"日本 語", 10, "日本 語"},
	}
	for _, tt := range tests {
		if got := inline(tt.s, tt.max); got != tt.want {
			t.Errorf("inline(%q, %d) = %q, want %q", tt.s, tt.max, got, tt.want)
		}
	}
}

func TestSlackLen(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"Kenya", 5},
		{"Côte d'Ivoire", 13},
		{"日本", 2},
		{"🇯🇵", 4},           // two regional indicators, each a surrogate pair
		{"e\u0301", 2},      // a letter and a combining mark
		{"a\xffb", 3},       // an invalid byte: JSON sends it as U+FFFD
		{"\xf0\x9f\x99", 3}, // a cut 4-byte sequence: three U+FFFD
	}
	for _, tt := range tests {
		if got := slackLen(tt.s); got != tt.want {
			t.Errorf("slackLen(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestRenderPassages(t *testing.T) {
	p := func(n int, text string) answer.Passage { return passage(n, text) }
	item := seedItem("Kenya", "funded", sentKenya)
	tests := []struct {
		name     string
		items    []answer.Item
		passages []answer.Passage
		want     []string // the passages shown, by ¶
	}{
		{"top 2", nil, []answer.Passage{p(1, "a"), p(2, "b"), p(3, "c"), p(4, "d")}, []string{"¶1", "¶2"}},
		{"none under items", []answer.Item{item}, []answer.Passage{p(4, sentKenya+" More words."), p(2, "b")}, nil},
	}
	paraRE := regexp.MustCompile(`¶\d+`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Render(answer.Answer{Kind: answer.KindSearch, Query: "q", Headline: "h", Items: tt.items, Passages: tt.passages}, RenderOptions{})
			checkLimits(t, m)
			texts, _ := blockTexts(t, m.Blocks)
			var got []string
			for _, s := range texts {
				if strings.HasPrefix(s, "> ") && paraRE.MatchString(s) {
					got = append(got, paraRE.FindString(s))
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("passages shown (-want +got):\n%s", diff)
			}
			more := strings.Contains(string(mustJSON(t, m.Blocks)), MoreActionID)
			if want := len(tt.items) == 0 && len(tt.passages) > answer.MaxPassages; more != want {
				t.Errorf("More passages button: %v, want %v", more, want)
			}
		})
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// FuzzRender checks that any answer renders within Slack's limits, as JSON
// that survives a round trip, with no empty text, and that marshalReply
// encodes it as encoding/json does.
func FuzzRender(f *testing.F) {
	f.Add("Kenya & <Co>", "Kenya", "US$ 1 million", sentKenya, "note", sentFunded, "/funding Kenya", uint16(3), uint8(2), true)
	f.Add("", "", "", "", "", "", "", uint16(0), uint8(0), false)
	f.Add("🇯🇵\u200d", "e\u0301", "\xff\xfe", "> quoted\n> twice", "@here", "```", "k", uint16(1000), uint8(9), true)
	f.Fuzz(func(t *testing.T, headline, label, value, sentence, note, passageText, query string, nItems uint16, nPassages uint8, derived bool) {
		a := answer.Answer{Kind: answer.KindCountry, Query: query, Headline: headline, Notes: []string{note, note}}
		for i := range int(nItems % 1200) {
			a.Items = append(a.Items, answer.Item{
				Label: label, Value: value, Release: fmt.Sprint(i % 7), Title: label + value, Year: i % 3000,
				Sentence: sentence, Derived: derived && i%2 == 0,
			})
		}
		for i := range int(nPassages % 12) {
			a.Passages = append(a.Passages, answer.Passage{Release: "r", Title: headline, Paragraph: i, Text: passageText})
		}
		m := Render(a, RenderOptions{ShareButton: true})
		checkLimits(t, m)
		checkReplyJSON(t, m, "ephemeral")
	})
}

func TestRenderLinkDateAndChecks(t *testing.T) {
	it := seedItem("Total", "USD 37.9 million", sentTotal)
	it.URL = "https://www.iom.int/news/japan-donates?a=1&b=2"
	it.Date = "2011-03-01"
	bad := seedItem("Appeal", "USD 90 million", "IOM appeals for USD 90 million for Pakistan.")
	bad.URL = "javascript:alert(1)"
	a := answer.Answer{
		Kind: answer.KindTotal, Query: "q", Headline: "Japan gave IOM USD 37.9 million for 2011.",
		Items: []answer.Item{it, bad},
		Facts: []*corpus.Fact{
			{Kind: corpus.KindAmount, Release: seedID, Check: "currency assumed", Amount: &corpus.Amount{Stated: "USD 37.9 million"}},
			{Kind: corpus.KindAmount, Release: seedID, Context: "appeal", Amount: &corpus.Amount{Stated: "USD 90 million"}},
		},
	}
	m := Render(a, RenderOptions{})
	checkLimits(t, m)
	texts, _ := blockTexts(t, m.Blocks)
	all := strings.Join(texts, "\n")
	for _, want := range []string{
		"Japan gave IOM *USD 37.9 million* for 2011.",
		"<https://www.iom.int/news/japan-donates?a=1&amp;b=2|" + seedTitle + ">, 2011-03-01",
		"*USD 90 million* for Pakistan. _(appeal: context, not a gift)_ — _" + seedTitle + "_",
		answer.UncheckedNote,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("Render() blocks = %q, want them to hold %q", all, want)
		}
	}
	if strings.Contains(all, "javascript:") {
		t.Errorf("Render() links a javascript: URL: %q", all)
	}
}

func TestRenderButtonsByKind(t *testing.T) {
	for _, a := range kindAnswers {
		t.Run(string(a.Kind), func(t *testing.T) {
			body := string(mustJSON(t, Render(a, commandOptions).Blocks))
			share := strings.Contains(body, ShareActionID)
			feedback := strings.Contains(body, FeedbackActionID)
			if want := a.Kind != answer.KindHelp && a.Kind != answer.KindNotFound; share != want {
				t.Errorf("Share button: %v, want %v", share, want)
			}
			if want := a.Kind != answer.KindHelp; feedback != want {
				t.Errorf("feedback buttons: %v, want %v", feedback, want)
			}
		})
	}
}

// extends answers runes below U+0300 without a table lookup: none of them
// extends the rune before it.
func TestExtendsBelowCombiningMarks(t *testing.T) {
	for r := rune(0); r < 0x400; r++ {
		want := unicode.Is(unicode.M, r) || r == zeroWidthJoiner || (r >= 0x1f3fb && r <= 0x1f3ff)
		if got := extends(r); got != want {
			t.Errorf("extends(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestNotesMemo checks that the bot's remembered notes section is the one
// Render makes, for the notes it remembers and for others after them.
func TestNotesMemo(t *testing.T) {
	var memo notesMemo
	coverage := []string{"Countries covered: Kenya, Chad.", "Years covered: 2011."}
	for i, notes := range [][]string{
		coverage,
		slices.Clone(coverage), // equal notes in another slice
		append(slices.Clone(coverage), answer.UncheckedNote),
		{"Countries covered: Kenya, Chad.", "Years covered: 2012."},
		nil,
		coverage,
		{"<@U1> & @here", strings.Repeat("long ", 200)},
	} {
		if got, want := memo.text(notes), notesText(notes); got != want {
			t.Errorf("notes %d: memo.text = %q, want %q (notesText)", i, got, want)
		}
	}
	a := kindAnswers[0]
	a.Notes = coverage
	for range 2 {
		if got, want := render(a, commandOptions, &memo), Render(a, commandOptions); !cmp.Equal(got, want) {
			t.Errorf("render with a memo differs from Render:\n%s", cmp.Diff(want, got))
		}
	}
}
