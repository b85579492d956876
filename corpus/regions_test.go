package corpus

import (
	"flag"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// shareRelease returns goodRelease with its fact made a share whose
// place lines are where.
func shareRelease(t *testing.T, where string) string {
	t.Helper()
	return variant(t, "    percent: 25\n", "    percent: 25\n"+where)
}

func TestParseRegions(t *testing.T) {
	share := func(s string) string { return strings.Replace(s, "kind: amount", "kind: share", 1) }
	for _, tc := range []struct {
		name, file string
		want       string // "" to accept
	}{
		{"two regions of a share", share(shareRelease(t, "    regions: [Middle East and North Africa, Europe]\n")), ""},
		{"old file with region", share(shareRelease(t, "    region: Asia\n")), ""},
		{"regions on an amount", shareRelease(t, "    regions: [Asia, Europe]\n"), "regions are for a share"},
		{"one region", share(shareRelease(t, "    regions: [Asia]\n")), "write it as region"},
		{"beside region", share(shareRelease(t, "    region: Asia\n    regions: [Asia, Europe]\n")), "no one place's"},
		{"beside country", share(shareRelease(t, "    country: KEN\n    regions: [Asia, Europe]\n")), "no one place's"},
		{"empty region", share(shareRelease(t, "    regions: [Asia, \" \"]\n")), "region 2 of regions is empty"},
		{"twice", share(shareRelease(t, "    regions: [Asia, asia]\n")), `"asia" is named twice`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Parse("r.md", []byte(tc.file))
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("Parse: %v", err)
			case tc.want != "" && err == nil:
				t.Fatalf("Parse = %+v, nil; want an error saying %q", r.Facts, tc.want)
			case tc.want != "" && !strings.Contains(err.Error(), tc.want):
				t.Errorf("Parse error = %q, want it to say %q", err, tc.want)
			}
		})
	}
}

func TestFactRegionNames(t *testing.T) {
	for _, tc := range []struct {
		name   string
		f      Fact
		want   []string
		in     string
		wantIn bool
	}{
		{"none", Fact{Country: "KEN"}, nil, "Asia", false},
		{"one", Fact{Region: "Asia"}, []string{"Asia"}, "asia", true},
		{"several", Fact{Regions: []string{"Middle East and North Africa", "Europe"}}, []string{"Middle East and North Africa", "Europe"}, "Europe", true},
		{"not among several", Fact{Regions: []string{"Middle East and North Africa", "Europe"}}, []string{"Middle East and North Africa", "Europe"}, "Asia", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.f.RegionNames(); !cmp.Equal(got, tc.want) {
				t.Errorf("RegionNames() = %q, want %q", got, tc.want)
			}
			if got := tc.f.InRegion(tc.in); got != tc.wantIn {
				t.Errorf("InRegion(%q) = %v, want %v", tc.in, got, tc.wantIn)
			}
		})
	}
}

// TestRegionsRoundTrip writes a release holding a share for two regions
// (testdata/share-regions.md, refreshed with -update), parses it back and
// wants the same release.
func TestRegionsRoundTrip(t *testing.T) {
	r := testRelease("Japan gives USD 5 million to IOM")
	r.Paragraphs = append(r.Paragraphs, "35 per cent goes to the Middle East and North Africa and Europe.")
	r.Facts = append(r.Facts, Fact{
		Kind: KindShare, Paragraph: 2, Sentence: r.Paragraphs[1], Donor: "Japan", Recipient: "IOM", Year: 2011,
		Share: "35 per cent", Percent: 35, Regions: []string{"Middle East and North Africa", "Europe"},
	})
	got := roundTrip(t, r, "share-regions.md")
	if want := `regions="Middle East and North Africa; Europe"`; !strings.Contains(got, want) {
		t.Errorf("Describe = %q, want it to say %s", got, want)
	}
}
