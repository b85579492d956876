package corpus

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSectorMentions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "term=label/family"
	}{
		{"specific kept", "for a maternal health project", []string{"maternal health=maternal health/health"}},
		{"longest term", "for mine risk education", []string{"mine risk education=mine action/mine action"}},
		{"folded", "Children’s protection and Food Aid", []string{"Children’s protection=child protection/protection", "Food Aid=food assistance/food"}},
		{"hyphen and plural", "non-food items and NFIs", []string{"non-food items=non-food items/non-food items", "NFIs=non-food items/non-food items"}},
		{"acronym only in capitals", "to wash hands; WASH in camps", []string{"WASH=water, sanitation and hygiene/water, sanitation and hygiene"}},
		{"organisation's name is no sector", "the World Health Organization and the World Food Programme", nil},
		{"either spelling of a name", "the World Health Organisation", nil},
		{"donor body's name is no sector", "the European Civil Protection and Humanitarian Aid Operations department", nil},
		{"a fund's or a department's name is no sector", "Education Cannot Wait and the EU's humanitarian aid and civil protection department", nil},
		{"a disease's response", "for the cholera response", []string{"cholera response=epidemic response/health"}},
		{"a need is no sector", "for global food crises and food insecurity", nil},
		{"protection of land or income is no protection sector", "for flood protection, risk protection and social protection schemes", nil},
		{"none", "for refugees in Kenya", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range SectorMentions(tc.text) {
				got = append(got, fmt.Sprintf("%s=%s/%s", tc.text[m.Start:m.End], m.Sector.Label, m.Sector.Family))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("SectorMentions(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestLookupSector(t *testing.T) {
	tests := []struct {
		in     string
		want   Sector
		wantOK bool
	}{
		{"food aid", Sector{"food assistance", "food"}, true},
		{"Core Funds", Sector{"core funds", "core funds"}, true},
		{"unearmarked funding", Sector{"core funds", "core funds"}, true},
		{"humanitarian air service", Sector{"humanitarian air service", "logistics"}, true},
		{"WASH", Sector{"water, sanitation and hygiene", "water, sanitation and hygiene"}, true},
		{"wash", Sector{}, false},
		{"World Health Organization", Sector{}, false},
		{"adolescents", Sector{}, false},
		{"food assistance and nutrition", Sector{"food and nutrition assistance", "food"}, true},
		{"non-earmarked", Sector{"core funds", "core funds"}, true},
		{"hygiene kits", Sector{"water, sanitation and hygiene", "water, sanitation and hygiene"}, true},
		{"RUTF", Sector{"nutrition", "nutrition"}, true},
		{"seed funding", Sector{}, false},
		{"non-formal education", Sector{"education", "education"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := LookupSector(tc.in)
			if got != tc.want || ok != tc.wantOK {
				t.Errorf("LookupSector(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.wantOK)
			}
		})
	}
}

func TestSectorCovers(t *testing.T) {
	tests := []struct {
		asked, stated string
		want          bool
	}{
		{"health", "maternal health", true},
		{"medical", "vaccination", true},
		{"health", "health", true},
		{"maternal health", "health", false},
		{"maternal health", "vaccination", false},
		{"food", "food assistance", true},
		{"food", "school feeding", true},
		{"food aid", "food assistance", true},
		{"food aid", "food security", false},
		{"protection", "child protection", true},
		{"child protection", "gender-based violence", false},
		{"health", "education", false},
		{"water", "water, sanitation and hygiene", true},
		{"shelter", "non-food items", false},
		{"adolescents", "adolescents", true},
		{"health", "adolescents", false},
		{"", "health", false},
	}
	for _, tc := range tests {
		t.Run(tc.asked+"/"+tc.stated, func(t *testing.T) {
			if got := SectorCovers(tc.asked, tc.stated); got != tc.want {
				t.Errorf("SectorCovers(%q, %q) = %v, want %v", tc.asked, tc.stated, got, tc.want)
			}
		})
	}
}
