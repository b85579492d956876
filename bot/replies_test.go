package bot

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/internal/golden"
)

// TestRepliesGolden renders the real engine's answers over the embedded
// corpus as the bot sends a slash command's reply (Share and feedback
// buttons), checks Slack's limits and fundbot's own targets for short
// replies, and compares them with testdata/replies/.
func TestRepliesGolden(t *testing.T) {
	tests := []struct {
		name, query string
		opts        RenderOptions
		maxBlocks   int // 0: no target beyond Slack's limits
		maxChars    int // text a reader sees, in UTF-16 units
	}{
		{"total_question", "How much did Japan give to IOM in 2011?", commandOptions, 4, 700},
		{"funding_pakistan", "/funding Pakistan", commandOptions, 6, 0},
		{"funding_all", "/funding all", commandOptions, 0, 0},
		{"funding_overview", "/funding", commandOptions, 0, 0},
		{"funding_help", "/funding help", commandOptions, 0, 0},
		{"contact_help", "/contact help", commandOptions, 0, 0},
		{"search", "flooding", commandOptions, 0, 0},
		{"not_found", "/funding Narnia", commandOptions, 0, 0},
		{"funding_sector_not_stated", "/funding health", commandOptions, 0, 0},
		{"shared", "/funding Pakistan", RenderOptions{Feedback: true, SharedBy: "U0123ABC"}, 6, 0},
	}
	e := realEngine(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := e.Answer(context.Background(), tt.query)
			if err != nil {
				t.Fatalf("Answer(%q): %v", tt.query, err)
			}
			m := Render(a, tt.opts)
			checkLimits(t, m)
			texts, kinds := blockTexts(t, m.Blocks)
			chars := 0
			for i, s := range texts {
				if kinds[i] != "value" {
					chars += slackLen(s)
				}
			}
			if tt.maxBlocks > 0 && len(m.Blocks) > tt.maxBlocks {
				t.Errorf("Render(%q) has %d blocks, want at most %d", tt.query, len(m.Blocks), tt.maxBlocks)
			}
			if tt.maxChars > 0 && chars > tt.maxChars {
				t.Errorf("Render(%q) shows %d characters, want at most %d", tt.query, chars, tt.maxChars)
			}
			// Each source sentence appears once per reply.
			all := strings.Join(texts, "\n")
			for _, it := range a.Items {
				if len(it.Sentence) < 60 {
					continue
				}
				if n := strings.Count(all, it.Sentence[:60]); n > 1 {
					t.Errorf("Render(%q) quotes %q… %d times, want once", tt.query, it.Sentence[:60], n)
				}
			}
			got, err := json.MarshalIndent(m, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden.Check(t, filepath.Join("testdata", "replies", tt.name+".json"), got, *update)
			t.Logf("%s: %d blocks, %d characters", tt.query, len(m.Blocks), chars)
		})
	}
}
