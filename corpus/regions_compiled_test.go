package corpus_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundbot/fundbot/corpus"
)

// TestCompiledKeepsRegions holds that a share for several regions
// (testdata/share-regions.md) comes back whole from the compiled form.
func TestCompiledKeepsRegions(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("testdata", "share-regions.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "share-regions.md"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	parsed, err := corpus.LoadWith(nil, os.DirFS(dir), corpus.LoadOptions{Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.LoadWith(nil, os.DirFS(dir), corpus.LoadOptions{Strict: true, Previous: compile(t, parsed)})
	if err != nil {
		t.Fatal(err)
	}
	if c.CompiledChanged() {
		t.Error("the release was parsed again, not taken from the compiled form")
	}
	if diff := cmp.Diff(parsed.Releases, c.Releases); diff != "" {
		t.Errorf("releases from the compiled form differ (-parsed +compiled):\n%s", diff)
	}
	if got := c.Releases[0].Facts[1].Regions; len(got) != 2 {
		t.Errorf("the share's regions from the compiled form = %q, want two", got)
	}
}
