package corpus_test

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/fundbot/fundbot/corpus"
)

// TestCompiledCheckedRecord follows the record of a compiled corpus's
// check: written only after both checks passed on a file that had stopped
// changing, it lets the next OpenCompiled skip them; any write to the file
// makes the next one check again and find the damage.
func TestCompiledCheckedRecord(t *testing.T) {
	c, good, _ := compiledOf(t, 20, 4)
	name := t.TempDir() + "/corpus.bin"
	if err := os.WriteFile(name, good, 0o644); err != nil {
		t.Fatal(err)
	}
	record := name + corpus.CheckedSuffix
	// open maps name at now, checks it and releases the mapping; it
	// reports whether the checks were skipped.
	open := func(t *testing.T, now time.Time) (unchecked bool, err error) {
		t.Helper()
		cc, err := corpus.OpenCompiledAt(name, now)
		if err != nil {
			return false, err
		}
		defer corpus.UnmapCompiled(cc)
		rs, at := corpus.CompiledReleases(cc)
		if uint64(at) != corpus.ImageBase {
			t.Fatalf("image mapped at %#x, not at %#x: another test left one there", at, corpus.ImageBase)
		}
		if err := cc.Check(); err != nil {
			return corpus.CompiledUnchecked(cc), err
		}
		if diff := cmp.Diff(c.Releases, rs); diff != "" {
			t.Errorf("releases differ (-parsed +compiled):\n%s", diff)
		}
		return corpus.CompiledUnchecked(cc), nil
	}
	exists := func() bool {
		_, err := os.Stat(record)
		return err == nil
	}

	t.Run("just written", func(t *testing.T) {
		if unchecked, err := open(t, time.Now()); unchecked || err != nil {
			t.Fatalf("OpenCompiled: unchecked %v, Check %v; want false, nil", unchecked, err)
		}
		if exists() {
			t.Errorf("a file changed within %s of its check was recorded as checked", 2*time.Second)
		}
	})
	t.Run("settled", func(t *testing.T) {
		if unchecked, err := open(t, time.Now().Add(time.Minute)); unchecked || err != nil {
			t.Fatalf("OpenCompiled: unchecked %v, Check %v; want false, nil", unchecked, err)
		}
		if !exists() {
			t.Fatal("no record of a passed check")
		}
		for i := range 2 {
			if unchecked, err := open(t, time.Now()); !unchecked || err != nil {
				t.Errorf("OpenCompiled #%d after the record: unchecked %v, Check %v; want true, nil", i+1, unchecked, err)
			}
		}
	})
	t.Run("damaged record", func(t *testing.T) {
		rec, err := os.ReadFile(record)
		if err != nil {
			t.Fatal(err)
		}
		defer os.WriteFile(record, rec, 0o644)
		bad := bytes.Clone(rec)
		bad[len(bad)-9] ^= 1
		if err := os.WriteFile(record, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		if unchecked, err := open(t, time.Now()); unchecked || err != nil {
			t.Errorf("OpenCompiled with a damaged record: unchecked %v, Check %v; want false, nil", unchecked, err)
		}
	})
	t.Run("file written since", func(t *testing.T) {
		bad := bytes.Clone(good)
		bad[bytes.Index(bad, []byte(c.Releases[0].Title))] ^= 1
		// (Dated apart, so that the write is seen even within the file
		// system's clock tick of the record.)
		if err := errors.Join(os.WriteFile(name, bad, 0o644), os.Chtimes(name, time.Time{}, time.Unix(1e9, 0))); err != nil {
			t.Fatal(err)
		}
		if unchecked, err := open(t, time.Now().Add(time.Minute)); unchecked || !errors.Is(err, corpus.ErrCompiledStale) {
			t.Errorf("OpenCompiled of a string damaged after the record: unchecked %v, Check %v; want false, ErrCompiledStale",
				unchecked, err)
		}
		// The sound content back, in another state: checked again, not
		// on the old record's word.
		if err := errors.Join(os.WriteFile(name, good, 0o644), os.Chtimes(name, time.Time{}, time.Unix(1e9+1, 0))); err != nil {
			t.Fatal(err)
		}
		if unchecked, err := open(t, time.Now()); unchecked || err != nil {
			t.Errorf("OpenCompiled of the file written again: unchecked %v, Check %v; want false, nil", unchecked, err)
		}
	})
}

// TestOpenCompiledAsksForHugePages checks that an image mapped at its
// address asks for huge pages (the "hg" flag of its mapping in
// /proc/self/smaps), so that pages read from the file for it are read and
// mapped 2 MiB at a time.
func TestOpenCompiledAsksForHugePages(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || bytes.Contains(mode, []byte("[never]")) {
		t.Skipf("transparent huge pages unavailable (%q, %v): nothing to ask for", bytes.TrimSpace(mode), err)
	}
	_, good, _ := compiledOf(t, 10, 6)
	name := t.TempDir() + "/corpus.bin"
	if err := os.WriteFile(name, good, 0o644); err != nil {
		t.Fatal(err)
	}
	cc, err := corpus.OpenCompiled(name)
	if err != nil {
		t.Fatal(err)
	}
	defer corpus.UnmapCompiled(cc)
	if _, at := corpus.CompiledReleases(cc); uint64(at) != corpus.ImageBase {
		t.Fatalf("image mapped at %#x, not at %#x: another test left one there", at, corpus.ImageBase)
	}
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	start := strings.TrimLeft(strconv.FormatUint(corpus.ImageBase, 16), "0") + "-"
	_, rest, found := strings.Cut(string(smaps), "\n"+start)
	if !found {
		t.Fatalf("no mapping starting at %#x in /proc/self/smaps", corpus.ImageBase)
	}
	_, flags, _ := strings.Cut(rest, "VmFlags:")
	flags, _, _ = strings.Cut(flags, "\n")
	if !strings.Contains(flags+" ", " hg ") {
		t.Errorf("the image's mapping has flags %q, want hg (huge pages asked for)", flags)
	}
}
