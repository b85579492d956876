package answer

import (
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/fundbot/fundbot/corpus"
	"github.com/fundbot/fundbot/corpus/corpustest"
)

// TestLookupsByKindAndCountry checks the lists newLookups gathers in two
// passes into arrays made to size against their definition, fact by fact:
// every fact of a kind, every fact naming a country, the releases naming
// it and their places in the corpus, in corpus order; and each country's
// name as its first fact writes it.
func TestLookupsByKindAndCountry(t *testing.T) {
	seed, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		c    *corpus.Corpus
	}{
		{"seed", seed},
		{"synthetic 1", corpustest.Synthetic(1, 3)},
		{"synthetic 300", corpustest.Synthetic(300, 2)},
		{"synthetic 2000", corpustest.Synthetic(2000, 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newLookups(tc.c)
			var (
				byKind    = map[corpus.Kind][]factRef{}
				byCountry = map[string][]factRef{}
				releases  = map[string][]*corpus.Release{}
				at        = map[string]ordinals{}
				names     = map[string]string{}
			)
			for i, r := range tc.c.Releases {
				for j := range r.Facts {
					f := &r.Facts[j]
					byKind[f.Kind] = append(byKind[f.Kind], factRef{r, f})
					if f.Country == "" {
						continue
					}
					byCountry[f.Country] = append(byCountry[f.Country], factRef{r, f})
					if !slices.Contains(releases[f.Country], r) {
						releases[f.Country] = append(releases[f.Country], r)
						at[f.Country] = append(at[f.Country], int32(i))
					}
					if names[f.Country] == "" {
						names[f.Country] = f.CountryName
						if f.CountryName == "" {
							names[f.Country] = f.Country
						}
					}
				}
			}
			same := []gocmp.Option{
				// The same facts and releases, not equal copies.
				gocmp.Comparer(func(a, b factRef) bool { return a.r == b.r && a.f == b.f }),
				gocmp.Comparer(func(a, b *corpus.Release) bool { return a == b }),
			}
			for _, c := range []struct {
				what      string
				got, want any
			}{
				{"byKind", l.byKind, byKind},
				{"byCountry", l.byCountry, byCountry},
				{"countryReleases", l.countryReleases, releases},
				{"countryAt", l.countryAt, at},
			} {
				if diff := gocmp.Diff(c.want, c.got, same...); diff != "" {
					t.Errorf("newLookups: %s differs from its definition (-want +got):\n%s", c.what, diff)
				}
			}
			for _, c := range l.countries {
				if names[c.Code] != c.Name {
					t.Errorf("newLookups: country %s named %q, want %q", c.Code, c.Name, names[c.Code])
				}
			}
			if len(l.countries) != len(names) || len(byKind) == 0 || len(byCountry) == 0 {
				t.Errorf("newLookups: %d countries named, want %d; %d kinds, %d countries gathered, want some",
					len(l.countries), len(names), len(byKind), len(byCountry))
			}
		})
	}
}
