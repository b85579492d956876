package corpus

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/fundbot/fundbot/internal/golden"
)

// TestPeriodRoundTrip writes a release holding an amount stated per year
// (testdata/amount-per-year.md, refreshed with -update), parses it back
// and wants the same release, which Describe shows per year.
func TestPeriodRoundTrip(t *testing.T) {
	r := testRelease("Norway gives NOK 237 million a year to WFP")
	r.Donors, r.Recipient, r.Year = []string{"Norway"}, "WFP", 2016
	r.Paragraphs = []string{"Norway will give WFP NOK 237 million a year for 2016-2019."}
	r.Facts = []Fact{{
		Kind: KindAmount, Paragraph: 1, Sentence: r.Paragraphs[0], Donor: "Norway", Recipient: "WFP", Year: 2016, Total: true,
		Amount: &Amount{Stated: "NOK 237 million", Value: 237e6, Currency: "NOK", Period: PeriodYear},
	}}
	r.SetID(ReleaseID(r))
	if want, got := `value=237000000 NOK per year`, roundTrip(t, r, "amount-per-year.md"); !strings.Contains(got, want) {
		t.Errorf("Describe = %q, want it to say %s", got, want)
	}
}

// roundTrip writes r as testdata/name (refreshed with -update), parses it
// back, wants the same release and returns what Describe says of it.
func roundTrip(t *testing.T, r *Release, name string) string {
	t.Helper()
	data, err := r.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", name), data, *update)
	back, err := Parse(name, data)
	if err != nil {
		t.Fatalf("Parse(Marshal()): %v", err)
	}
	if diff := cmp.Diff(r, back, cmpopts.IgnoreUnexported(Release{}), cmpopts.IgnoreFields(Fact{}, "Release")); diff != "" {
		t.Errorf("Parse(Marshal()) (-want +got):\n%s", diff)
	}
	var b strings.Builder
	if err := Describe(&b, back); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestPerPeriod(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    *Amount
		want string
	}{
		{"once", &Amount{Stated: "USD 5 million"}, ""},
		{"a year", &Amount{Stated: "NOK 237 million", Period: PeriodYear}, "a year"},
		{"a month", &Amount{Stated: "$2 million", Period: PeriodMonth}, "a month"},
		{"no amount", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.a.PerPeriod(); got != tc.want {
				t.Errorf("PerPeriod() = %q, want %q", got, tc.want)
			}
		})
	}
}
