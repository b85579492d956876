package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fundbot/fundbot/internal/golden"
)

var updateCLI = flag.Bool("update", false, "rewrite the golden files in testdata/")

// cliRun runs fundbot with args and no environment.
func cliRun(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), args, func(string) string { return "" }, &out, &errOut)
	return out.String(), errOut.String(), err
}

func checkCLIGolden(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), []byte(got), *updateCLI)
}

func TestRunUsage(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"no command", nil},
		{"unknown command", []string{"frobnicate"}},
		{"ask without text", []string{"ask"}},
		{"ask bad flag", []string{"ask", "--nope", "x"}},
		{"ingest without files", []string{"ingest"}},
		{"check with an argument", []string{"check", "x"}},
		{"serve with an argument", []string{"serve", "x"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, err := cliRun(t, tc.args...)
			if !errors.Is(err, errUsage) {
				t.Errorf("run(%q) = %v, want a usage error", tc.args, err)
			}
			if !strings.Contains(stderr, "usage: fundbot") {
				t.Errorf("run(%q) printed %q to stderr, want the usage", tc.args, stderr)
			}
		})
	}
}

func TestAskText(t *testing.T) {
	for _, tc := range []struct{ name, q string }{
		{"ask_total.txt", "How much did Japan give to IOM in 2011?"},
		{"ask_funding_pakistan.txt", "/funding Pakistan"},
		{"ask_kenya.txt", "How much does Kenya get?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := cliRun(t, "ask", tc.q)
			if err != nil {
				t.Fatalf("fundbot ask %q: %v", tc.q, err)
			}
			checkCLIGolden(t, tc.name, out)
		})
	}
}

func TestAskJSON(t *testing.T) {
	out, _, err := cliRun(t, "ask", "--json", "/funding", "Pakistan")
	if err != nil {
		t.Fatalf("fundbot ask --json: %v", err)
	}
	var got struct {
		Text  string `json:"text"`
		Facts []struct {
			Kind     string `json:"kind"`
			Release  string `json:"release"`
			Sentence string `json:"sentence"`
		} `json:"facts"`
		Passages []struct {
			Release   string `json:"release"`
			Title     string `json:"title"`
			Paragraph int    `json:"paragraph"`
			Text      string `json:"text"`
		} `json:"passages"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("fundbot ask --json printed %q: %v", out, err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &top); err != nil || len(top) != 3 {
		t.Errorf("fundbot ask --json printed keys %v, want exactly text, facts and passages", keys(top))
	}
	if !strings.Contains(got.Text, "largest share") {
		t.Errorf("text = %q, want the Pakistan answer", got.Text)
	}
	if len(got.Facts) == 0 || got.Facts[0].Release != "iom-japan-2011" || got.Facts[0].Sentence == "" {
		t.Errorf("facts = %+v, want facts of iom-japan-2011 with their sentences", got.Facts)
	}
	if len(got.Passages) == 0 || !strings.Contains(got.Passages[0].Text, "Pakistan") || got.Passages[0].Paragraph < 1 || got.Passages[0].Title == "" {
		t.Errorf("passages = %+v, want the Pakistan paragraph first", got.Passages)
	}
	checkCLIGolden(t, "ask_funding_pakistan.json", out)
}

func TestAskNotFoundIsAnAnswer(t *testing.T) {
	out, _, err := cliRun(t, "ask", "/funding Brazil")
	if err != nil {
		t.Fatalf("fundbot ask /funding Brazil: %v, want exit 0", err)
	}
	if !strings.Contains(out, "No release in the corpus states funding for Brazil.") {
		t.Errorf("fundbot ask /funding Brazil = %q", out)
	}
}

func TestAskCorpusErrors(t *testing.T) {
	empty := t.TempDir()
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "broken.md"), []byte("no front matter"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"missing dir", []string{"--corpus", filepath.Join(empty, "nope")}, "load corpus"},
		{"empty dir", []string{"--corpus", empty}, "no usable release files"},
		{"only a malformed file", []string{"--corpus", bad}, "no usable release files"},
		{"malformed file, strict", []string{"--strict", "--corpus", bad}, "broken.md:1: malformed release file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := cliRun(t, append(append([]string{"ask"}, tc.args...), "/funding")...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("fundbot ask %q = %v, want an error with %q", tc.args, err, tc.want)
			}
		})
	}
}

// badCorpus returns a corpus folder holding the seed release and a release
// file with an absurd year on line 7.
func badCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	seed, err := os.ReadFile(filepath.Join("..", "..", "corpus", "iom-japan-2011.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "iom-japan-2011.md"), seed, 0o644); err != nil {
		t.Fatal(err)
	}
	absurd := strings.Replace(strings.Replace(string(seed), "id: iom-japan-2011", "id: absurd", 1), "year: 2011", "year: 99999999999", 1)
	if err := os.WriteFile(filepath.Join(dir, "absurd.md"), []byte(absurd), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestAskSkipsBadFile(t *testing.T) {
	dir := badCorpus(t)
	out, stderr, err := cliRun(t, "ask", "--corpus", dir, "How much did Japan give to IOM in 2011?")
	if err != nil {
		t.Fatalf("fundbot ask with one bad file: %v, want the rest answered", err)
	}
	if !strings.Contains(out, "37.9 million") {
		t.Errorf("fundbot ask = %q, want the seed release's total", out)
	}
	if !strings.Contains(stderr, "file=absurd.md line=7") || !strings.Contains(stderr, "year 99999999999") {
		t.Errorf("stderr = %q, want a warning naming absurd.md, line 7 and the year", stderr)
	}
}

func TestCheck(t *testing.T) {
	out, _, err := cliRun(t, "check")
	if err != nil || !strings.HasSuffix(out, "facts: ok\n") {
		t.Errorf("fundbot check = %q, %v; want the embedded corpus ok", out, err)
	}
	_, _, err = cliRun(t, "check", "--corpus", badCorpus(t))
	if err == nil || !strings.Contains(err.Error(), "absurd.md:7: malformed release file: year 99999999999 is outside 1900–2100") {
		t.Errorf("fundbot check on a bad corpus = %v, want an error naming absurd.md:7 and the year", err)
	}
}

func TestAskPersistedIndex(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	var outs []string
	for i := 0; i < 2; i++ {
		out, _, err := cliRun(t, "ask", "--index", dir, "/funding Kenya")
		if err != nil {
			t.Fatalf("fundbot ask --index (run %d): %v", i+1, err)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] {
		t.Errorf("answers with a new and a reused index differ:\n%s\n%s", outs[0], outs[1])
	}
	if _, err := os.Stat(dir); err != nil {
		t.Errorf("index dir not kept: %v", err)
	}
}

func TestAskPersistedIndexOfAFolder(t *testing.T) {
	src := badCorpus(t)
	dir := filepath.Join(t.TempDir(), "index")
	var outs []string
	for i := 0; i < 2; i++ {
		out, stderr, err := cliRun(t, "ask", "--corpus", src, "--index", dir, "How much did Japan give to IOM in 2011?")
		if err != nil {
			t.Fatalf("fundbot ask --corpus --index (run %d): %v", i+1, err)
		}
		if !strings.Contains(stderr, "file=absurd.md line=7") {
			t.Errorf("run %d: stderr = %q, want the bad file's warning on every run", i+1, stderr)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] || !strings.Contains(outs[0], "37.9 million") {
		t.Errorf("answers with a new and a reused index differ or miss the total:\n%s\n%s", outs[0], outs[1])
	}
	if _, err := os.Stat(filepath.Join(dir, "corpus.bin")); err != nil {
		t.Errorf("no compiled corpus kept with the index: %v", err)
	}
}

// TestAskSeesAnEditedFile edits a release file between two asks that keep
// an index: the second starts from the compiled corpus and its index, and
// must drop them for the edited file (new text, same size, so only its
// content tells), and then keep the engine made from the folder as it is.
func TestAskSeesAnEditedFile(t *testing.T) {
	src := badCorpus(t)
	dir := filepath.Join(t.TempDir(), "index")
	const q = "How much did Japan give to IOM in 2011?"
	for run, want := range []string{"37.9 million", "37.8 million", "37.8 million"} {
		out, _, err := cliRun(t, "ask", "--corpus", src, "--index", dir, q)
		if err != nil {
			t.Fatalf("run %d: %v", run+1, err)
		}
		if !strings.Contains(out, want) {
			t.Errorf("run %d: ask = %q, want %q", run+1, out, want)
		}
		if run == 0 {
			name := filepath.Join(src, "iom-japan-2011.md")
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			edited := bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("37.9 million"), []byte("37.8 million")),
				[]byte("value: 37900000"), []byte("value: 37800000"))
			if len(edited) != len(data) || bytes.Equal(edited, data) {
				t.Fatalf("the edit changed the size or nothing")
			}
			if err := os.WriteFile(name, edited, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestAskDamagedCompiledCorpus damages a string kept in the compiled
// corpus: ask must notice, answer from the parsed files and keep a sound
// compiled corpus for the next run.
func TestAskDamagedCompiledCorpus(t *testing.T) {
	src := badCorpus(t)
	dir := filepath.Join(t.TempDir(), "index")
	const q, want = "How much did Japan give to IOM in 2011?", "has committed a total of USD 37.9 million"
	if _, _, err := cliRun(t, "ask", "--corpus", src, "--index", dir, q); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "corpus.bin")
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(want)) {
		t.Fatalf("%q not in the compiled corpus", want)
	}
	data = bytes.ReplaceAll(data, []byte(want), []byte(strings.ToUpper(want)))
	if err := os.WriteFile(bin, data, 0o600); err != nil {
		t.Fatal(err)
	}
	for run, warned := range []bool{true, false} {
		out, stderr, err := cliRun(t, "ask", "--corpus", src, "--index", dir, q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, want) {
			t.Errorf("run %d: ask = %q, want %q", run+1, out, want)
		}
		if got := strings.Contains(stderr, "damaged"); got != warned {
			t.Errorf("run %d: stderr = %q; want a warning of the damage: %v", run+1, stderr, warned)
		}
	}
}

func TestIngestThenAsk(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	seed := filepath.Join("..", "..", "testdata", "iom-japan-2011.txt")
	out, _, err := cliRun(t, "ingest", "--corpus", dir, seed)
	if err != nil {
		t.Fatalf("fundbot ingest: %v", err)
	}
	if !strings.Contains(out, "wrote ") || !strings.Contains(out, "USD 37.9 million") {
		t.Errorf("fundbot ingest printed %q, want the file written and the facts extracted", out)
	}
	out, _, err = cliRun(t, "ingest", "--corpus", dir, seed)
	if err != nil {
		t.Fatalf("fundbot ingest again: %v", err)
	}
	if !strings.Contains(out, "updated ") {
		t.Errorf("second ingest printed %q, want the file updated in place", out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(files) != 1 {
		t.Errorf("after ingesting one release twice the corpus has %d files, want 1", len(files))
	}
	out, _, err = cliRun(t, "ask", "--corpus", dir, "How much did Japan give to IOM in 2011?")
	if err != nil || !strings.Contains(out, "USD 37.9 million") {
		t.Errorf("ask over the ingested corpus = %q, %v", out, err)
	}
}

func TestIngestBadInputWritesNothing(t *testing.T) {
	in := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(in, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	seed := filepath.Join("..", "..", "testdata", "iom-japan-2011.txt")
	for _, tc := range []struct {
		name  string
		files []string
		want  string
	}{
		{"missing file", []string{filepath.Join(in, "nope.txt")}, "no such file"},
		{"empty file", []string{write("empty.txt", nil)}, "empty"},
		{"binary file", []string{write("bin.dat", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0xff})}, "binary"},
		{"not a release", []string{write("poem.txt", []byte("Roses are red,\nviolets are blue.\n"))}, "release"},
		{"one bad among good", []string{seed, write("empty2.txt", []byte("  \n"))}, "empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "corpus")
			_, _, err := cliRun(t, append([]string{"ingest", "--corpus", dir}, tc.files...)...)
			if err == nil || !strings.Contains(strings.ToLower(err.Error()), tc.want) {
				t.Errorf("fundbot ingest %v = %v, want an error mentioning %q", tc.files, err, tc.want)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Errorf("fundbot ingest %v wrote %d files, want none", tc.files, len(entries))
			}
		})
	}
}

func TestEnvWithDotenv(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".env")
	if err := os.WriteFile(path, []byte("FUNDBOT_TEST_A=from-file\nFUNDBOT_TEST_B=from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("FUNDBOT_TEST_B", "from-env")
	getenv := envWithDotenv(path)
	if got := getenv("FUNDBOT_TEST_A"); got != "from-file" {
		t.Errorf(`getenv("FUNDBOT_TEST_A") = %q, want "from-file"`, got)
	}
	if got := getenv("FUNDBOT_TEST_B"); got != "from-env" {
		t.Errorf(`getenv("FUNDBOT_TEST_B") = %q, want "from-env" (the real environment wins)`, got)
	}
	if got := envWithDotenv(filepath.Join(t.TempDir(), "none"))("FUNDBOT_TEST_A"); got != "" {
		t.Errorf("without a .env file getenv = %q, want empty", got)
	}
}

func keys(m map[string]json.RawMessage) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
