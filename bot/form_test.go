package bot

import (
	"net/url"
	"strings"
	"testing"
)

// agree checks commandLine against url.ParseQuery, which the full path
// uses: where commandLine answers, it answers what the full parse reads.
func agree(t *testing.T, body string) (string, bool) {
	t.Helper()
	line, ok := commandLine([]byte(body))
	if !ok {
		return "", false
	}
	vals, err := url.ParseQuery(body)
	if err != nil {
		t.Fatalf("commandLine(%q) = %q, but url.ParseQuery fails: %v", body, line, err)
	}
	if vals.Get("payload") != "" || vals.Get("ssl_check") == "1" {
		t.Fatalf("commandLine(%q) = %q for a payload or ssl_check form", body, line)
	}
	if want := strings.TrimSpace(vals.Get("command") + " " + vals.Get("text")); vals.Get("command") == "" || line != want {
		t.Fatalf("commandLine(%q) = %q, the full parse reads %q", body, line, want)
	}
	return line, true
}

func TestCommandLine(t *testing.T) {
	tests := []struct {
		body string
		want string // "" when commandLine must decline
	}{
		{"command=%2Ffunding&text=Pakistan", "/funding Pakistan"},
		{"token=x&command=/funding&text=Sri+Lanka&response_url=https%3A%2F%2Fh", "/funding Sri Lanka"},
		{"command=%2Ffunding", "/funding"},
		{"command=%2Fcontact&text=", "/contact"},
		{"text=Kenya&command=%2Ffunding", "/funding Kenya"},
		{"command=%2Ffunding&text=C%C3%B4te+d%27Ivoire", "/funding Côte d'Ivoire"},
		{"command=%2Ffunding&text=a&text=b", "/funding a"},
		{"command=%2Ffunding&command=%2Fcontact", "/funding"},
		{"&&command=%2Ffunding&&", "/funding"},
		{"", ""},
		{"text=Kenya", ""},
		{"command=", ""},
		{"command=%2Ffunding&payload=%7B%7D", ""},
		{"command=%2Ffunding&ssl_check=1", ""},
		{"comm%61nd=%2Ffunding", ""},
		{"command=%2Ffunding;text=x", ""},
		{"command=%2Ffunding&text=%zz", ""},
		{"command=%2Ffunding&other=%4", ""},
		{"command=%2Ffunding&other=%", ""},
	}
	for _, tt := range tests {
		got, ok := agree(t, tt.body)
		if tt.want == "" && ok {
			t.Errorf("commandLine(%q) = %q, want it to decline", tt.body, got)
		}
		if tt.want != "" && got != tt.want {
			t.Errorf("commandLine(%q) = %q, %v; want %q", tt.body, got, ok, tt.want)
		}
	}
}

func FuzzCommandLine(f *testing.F) {
	for _, s := range []string{"command=%2Ffunding&text=Pakistan", "command=/x&text=%41%zz", "a=b;c", "command=%2F&text=+%2B+"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) { agree(t, body) })
}
