package extract

import (
	"slices"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

// TestNestedParts: the parts a place's part is made of, each through an
// organisation, lose the place the larger part gives; parts that add to it
// keep their place.
func TestNestedParts(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
		want  []string // "stated/place/recipient" of every part
	}{
		{"broken down by channel", []string{
			"Finland will grant a total of EUR 13.5 million in humanitarian assistance.",
			"In this instalment, EUR 4 million will be channelled to Ukraine. EUR 2 million will be channelled to Ukraine through the World Food Programme (WFP).",
			"In addition, EUR 1 million of Finland's support for Ukraine will be channelled through the Grain from Ukraine initiative."},
			[]string{"EUR 4 million/UKR/", "EUR 2 million//WFP", "EUR 1 million//"}},
		{"two parts for one place, no channel", []string{
			"Finland will grant a total of EUR 13.5 million in humanitarian assistance.",
			"EUR 4 million will go to food aid in Ukraine. EUR 2 million will go to shelter in Ukraine."},
			[]string{"EUR 4 million/UKR/", "EUR 2 million/UKR/"}},
		{"more than the larger part together", []string{
			"Finland will grant a total of EUR 13.5 million in humanitarian assistance.",
			"EUR 4 million will be channelled to Ukraine. EUR 3 million will be channelled to Ukraine through the World Food Programme (WFP). EUR 2 million will be channelled to Ukraine through UNICEF."},
			[]string{"EUR 4 million/UKR/", "EUR 3 million/UKR/WFP", "EUR 2 million/UKR/UNICEF"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := amountLabels(t, "Finland grants humanitarian aid", tc.paras, func(f corpus.Fact) string {
				if f.Total || f.Context != "" {
					return ""
				}
				return f.Amount.Stated + "/" + f.Country + "/" + f.Recipient
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("parts = %q\nwant    %q", got, tc.want)
			}
		})
	}
}
