// Package importtest holds the test that keeps fundbot's one-way data flow:
// cmd/fundbot → bot → answer → index → corpus, each outside dependency in
// its one adapter package.
package importtest

import (
	"encoding/json"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/fundbot/fundbot"

type pkg struct {
	ImportPath string
	Imports    []string
}

// rules says, for each import path prefix, which packages of the module may
// import it directly.
var rules = []struct {
	prefix  string
	allowed []string
}{
	{"github.com/blevesearch/", []string{"index"}},
	{"github.com/slack-go/", []string{"bot", "tools/loadtest/minimalhandler"}},
	{"github.com/joho/godotenv", []string{"cmd/fundbot"}},
	{"modernc.org/", []string{"store"}},
	{"github.com/redis/go-redis/", []string{"store/shared"}},
	{"flag", []string{"cmd/fundbot"}},
	{module + "/bot", []string{"cmd/fundbot"}},
	{module + "/store", []string{"bot", "cmd/fundbot"}},
	{module + "/answer", []string{"bot", "cmd/fundbot"}},
	{module + "/index", []string{"answer", "cmd/fundbot"}},
	{"codeberg.org/readeck/go-readability/", []string{"webpage"}},
	{"golang.org/x/net/html", []string{"webpage"}},
	{module + "/webpage", []string{"cmd/fundbot"}},
	{module + "/extract", []string{"cmd/fundbot"}},
}

// TestImports checks every package's direct, non-test imports.
func TestImports(t *testing.T) {
	out, err := exec.Command("go", "list", "-json", module+"/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	n := 0
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatalf("decode go list output: %v", err)
		}
		n++
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		for _, imp := range p.Imports {
			for _, r := range rules {
				if imp == r.prefix || strings.HasPrefix(imp, r.prefix) && strings.HasSuffix(r.prefix, "/") || strings.HasPrefix(imp, r.prefix+"/") {
					if !slices.Contains(r.allowed, rel) {
						t.Errorf("%s imports %s; only %v may", p.ImportPath, imp, r.allowed)
					}
				}
			}
		}
		if rel == "corpus" {
			for _, imp := range p.Imports {
				if strings.HasPrefix(imp, module) {
					t.Errorf("corpus imports %s; the domain package imports no other package of fundbot", imp)
				}
			}
		}
	}
	if n < 5 {
		t.Errorf("go list found %d packages, want at least cmd/fundbot, bot, answer, index and corpus", n)
	}
}
