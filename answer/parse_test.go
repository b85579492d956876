package answer

import (
	"strings"
	"testing"
)

func TestHasPhrase(t *testing.T) {
	tests := []struct {
		name, folded, phrase string
	}{
		{"whole text", "kenya", "kenya"},
		{"first word", "kenya 2011", "kenya"},
		{"last word", "funding for kenya", "kenya"},
		{"middle words", "how much does south sudan get", "south sudan"},
		{"inside a word", "kenyan funding", "kenya"},
		{"word ending the same", "akenya", "kenya"},
		{"second occurrence whole", "kenyan kenya", "kenya"},
		{"overlapping occurrences", "aaa aa", "aa"},
		{"overlap only inside", "aaa", "aa"},
		{"longer than the text", "who", "who funds"},
		{"empty text", "", "kenya"},
		{"empty phrase, empty text", "", ""},
		{"empty phrase", "kenya", ""},
		{"empty phrase, double space", "a  b", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := strings.Contains(" "+tt.folded+" ", " "+tt.phrase+" ")
			if got := hasPhrase(tt.folded, tt.phrase); got != want {
				t.Errorf("hasPhrase(%q, %q) = %v, want %v", tt.folded, tt.phrase, got, want)
			}
		})
	}
}
