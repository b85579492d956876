package answer

import (
	"strings"
	"testing"
)

func TestSmallTalk(t *testing.T) {
	tests := []struct {
		text  string
		hello bool // the greeting, not the thanks
		want  bool
	}{
		{"hi", true, true},
		{"Hello!", true, true},
		{"hey fundbot", true, true},
		{"Good morning.", true, true},
		{"thanks", false, true},
		{"Thank you!", false, true},
		{"hi, how much does Kenya get?", false, false},
		{"Kenya", false, false},
		{"help", false, false},
		{"thanks for nothing, how much for Chad", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, ok := SmallTalk(tt.text)
			if ok != tt.want {
				t.Fatalf("SmallTalk(%q) = %q, %v, want ok %v", tt.text, got, ok, tt.want)
			}
			if ok && strings.HasPrefix(got, "Hello") != tt.hello {
				t.Errorf("SmallTalk(%q) = %q, want the %s", tt.text, got, map[bool]string{true: "greeting", false: "thanks"}[tt.hello])
			}
			if ok && (strings.Contains(got, "\n") || !strings.Contains(got, "/funding help")) {
				t.Errorf("SmallTalk(%q) = %q, want one line pointing to /funding help", tt.text, got)
			}
		})
	}
}

func TestFollowUp(t *testing.T) {
	tests := []struct {
		previous, text, want string
		ok                   bool
	}{
		{"/funding Pakistan", "and Kenya?", "/funding Kenya", true},
		{"How much does Pakistan get?", "and Kenya?", "How much does Kenya get?", true},
		{"How much does Pakistan get?", "What about the Horn of Africa?", "How much does the Horn of Africa get?", true},
		{"How much did Japan give to IOM in 2011?", "and 2012?", "How much did Japan give to IOM in 2012?", true},
		{"What will the Japanese funding do in South Sudan?", "how about Kenya", "What will the Japanese funding do in Kenya?", true},
		{"/funding", "and Kenya?", "/funding Kenya", true},
		{"Who is the press contact?", "and Kenya?", "Kenya", true},
		{"/funding Pakistan", "How much does Kenya get?", "", false},
		{"", "and Kenya?", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.previous+" → "+tt.text, func(t *testing.T) {
			got, ok := FollowUp(tt.previous, tt.text)
			if ok != tt.ok || got != tt.want {
				t.Errorf("FollowUp(%q, %q) = %q, %v, want %q, %v", tt.previous, tt.text, got, ok, tt.want, tt.ok)
			}
		})
	}
}
