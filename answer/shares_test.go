package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// TestAnswerShareForSeveralRegions holds issue 6's rule for a share a
// release states for several regions together ("35 per cent to the Middle
// East and North Africa and Europe"): a question about either region gets
// the share as stated, for both together, never a split of it nor another
// region's share. The corpus is invented for this test.
func TestAnswerShareForSeveralRegions(t *testing.T) {
	r := &corpus.Release{
		ID: "iom-japan-2021", Title: "Japan gives IOM USD 46.8 million", Donors: []string{"Japan"}, Recipient: "IOM", Year: 2021,
		Paragraphs: []string{
			"Japan gives IOM USD 46.8 million for 2021.",
			"Over 40 per cent of the money will go to Sub-Saharan Africa, 35 per cent to the Middle East and North Africa and Europe, and 20 per cent to Asia.",
		},
	}
	r.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "USD 46.8 million", Value: 46.8e6, Currency: "USD"}},
		{Kind: corpus.KindShare, Paragraph: 2, Share: "Over 40 per cent", Percent: 40, Region: "Sub-Saharan Africa"},
		{Kind: corpus.KindShare, Paragraph: 2, Share: "35 per cent", Percent: 35, Regions: []string{"Middle East and North Africa", "Europe"}},
		{Kind: corpus.KindShare, Paragraph: 2, Share: "20 per cent", Percent: 20, Region: "Asia"},
	}
	e := newEngine(t, corpusOf(t, r))
	together := "35 per cent for Middle East and North Africa and Europe together"
	for _, tc := range []struct {
		name, q string
		values  []string // the figures' values, in order
		head    string   // in the headline
		note    string   // among the notes
	}{
		{"the second region", "What share of Japan's funding goes to Europe?", []string{together}, "", "does not split it"},
		{"the first region", "What share of Japan's funding goes to the Middle East and North Africa?", []string{together}, "", "does not split it"},
		{"a region of its own", "What share of Japan's funding goes to Asia?", []string{"20 per cent"}, "", ""},
		{"the slash command", "/funding Europe", []string{"35 per cent of the USD 46.8 million the release states as its total for Middle East and North Africa and Europe together"}, "Europe: 35 per cent of the USD 46.8 million the release states as its total for Middle East and North Africa and Europe together, as stated.", ""},
		{"every share", "What shares of Japan's funding go to each region?", []string{"Over 40 per cent", together, "20 per cent"}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.Answer(context.Background(), tc.q)
			if err != nil {
				t.Fatalf("Answer(%q): %v", tc.q, err)
			}
			var values []string
			for _, it := range a.Items {
				if it.Value != "" && strings.Contains(it.Value, "per cent") {
					values = append(values, it.Value)
				}
			}
			if strings.Join(values, "|") != strings.Join(tc.values, "|") {
				t.Errorf("Answer(%q) figures = %q, want %q", tc.q, values, tc.values)
			}
			if !strings.Contains(a.Headline, tc.head) {
				t.Errorf("Answer(%q) headline = %q, want %q", tc.q, a.Headline, tc.head)
			}
			if tc.note != "" && !strings.Contains(strings.Join(a.Notes, " "), tc.note) {
				t.Errorf("Answer(%q) notes = %q, want %q", tc.q, a.Notes, tc.note)
			}
			if strings.Contains(a.Text, "17.5") {
				t.Errorf("Answer(%q) = %q, a split of the share", tc.q, a.Text)
			}
		})
	}
}

// TestAnswerShareWithItsBase: a share a release states without an amount
// ("half of the funds will support Haiti") is shown with the total it is
// a share of, or, when the release states no total, as a share only: never
// alone as if it were the place's figure, never turned into an amount. The
// corpus is invented for this test.
func TestAnswerShareWithItsBase(t *testing.T) {
	withTotal := &corpus.Release{
		ID: "norway-caribbean-2020", Title: "Norway gives USD 10 million for the Caribbean", Donors: []string{"Norway"}, Year: 2020,
		Paragraphs: []string{
			"Norway gives USD 10 million for the hurricane season in the Caribbean.",
			"Half of the funds will support Haiti.",
		},
	}
	withTotal.Facts = []corpus.Fact{
		{Kind: corpus.KindAmount, Paragraph: 1, Total: true, Amount: &corpus.Amount{Stated: "USD 10 million", Value: 10e6, Currency: "USD"}, Sentence: withTotal.Paragraphs[0]},
		{Kind: corpus.KindShare, Paragraph: 2, Share: "Half", Percent: 50, Country: "HTI", CountryName: "Haiti", Sentence: withTotal.Paragraphs[1]},
	}
	noTotal := &corpus.Release{
		ID: "sweden-sahel-2021", Title: "Sweden steps up support for the Sahel", Donors: []string{"Sweden"}, Year: 2021,
		Paragraphs: []string{
			"Sweden steps up its humanitarian support for the Sahel.",
			"A third of the new money goes to Mali.",
		},
	}
	noTotal.Facts = []corpus.Fact{
		{Kind: corpus.KindShare, Paragraph: 2, Share: "A third", Country: "MLI", CountryName: "Mali", Sentence: noTotal.Paragraphs[1]},
	}
	e := newEngine(t, corpusOf(t, withTotal, noTotal))
	for _, tc := range []struct {
		q, want string
	}{
		{"/funding Haiti", "half of the USD 10 million the release states as its total"},
		{"/funding Mali", "a third (the release states only a share, no total)"},
	} {
		a, err := e.Answer(context.Background(), tc.q)
		if err != nil {
			t.Fatalf("Answer(%q): %v", tc.q, err)
		}
		var values []string
		for _, it := range a.Items {
			values = append(values, it.Value)
		}
		if !strings.Contains(strings.ToLower(strings.Join(values, "|")), strings.ToLower(tc.want)) {
			t.Errorf("Answer(%q) figures = %q, want %q", tc.q, values, tc.want)
		}
		if !strings.Contains(strings.ToLower(a.Headline), strings.ToLower(tc.want)) {
			t.Errorf("Answer(%q) headline = %q, want %q", tc.q, a.Headline, tc.want)
		}
		if strings.Contains(a.Text, "5 million") || strings.Contains(a.Text, "5,000,000") {
			t.Errorf("Answer(%q) = %q, a share turned into an amount", tc.q, a.Text)
		}
	}
}
