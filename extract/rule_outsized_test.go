package extract

import (
	"slices"
	"testing"
)

// TestOutsizedParts checks that an amount larger than the release's total,
// in its currency, is context rather than a part, with no sector.
func TestOutsizedParts(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		paras       []string
		parts       []string // amounts that stay parts, as "stated|sector"
		context     []string // amounts that are context, as "stated=context"
	}{
		{"a worldwide figure beside the gift", "US Provides Additional $117 Million in Humanitarian Aid to South Sudan",
			[]string{"The United States is providing $117 million in humanitarian assistance for the people of South Sudan.", "According to USAID, the money \"will provide an additional $670 million in food assistance to respond to acute food insecurity around the world.\""},
			nil, []string{"$670 million=overall"}},
		{"a funding pot larger than the gift", "DFID hands out £18m to six charities",
			[]string{"DFID confirmed that a total of £18m has been granted to six charities.", "Fewer than 40 charities could apply to the £20m funding pot."},
			nil, []string{"£20m=overall"}},
		{"a part smaller than the total stays", "Japan gives USD 10 million to IOM",
			[]string{"Japan has given USD 10 million to IOM.", "USD 4 million of it is for health care in Kenya."},
			[]string{"USD 4 million|health"}, nil},
		{"a figure a little over a hedged total stays", "Japan gives nearly USD 28.5 million to IOM",
			[]string{"Japan has given nearly USD 28.5 million to IOM.", "USD 28.6 million will go to health care."},
			nil, nil},
		{"another currency is not compared", "Sweden gives USD 2 million to UNHCR",
			[]string{"Sweden gives USD 2 million to UNHCR.", "SEK 15 million of it is for shelter."},
			[]string{"SEK 15 million|shelter"}, nil},
		{"a context amount keeps its reason", "Korea gives USD 5 million to WFP",
			[]string{"Korea has given USD 5 million to WFP.", "Since 2016, Korea has contributed USD 60 million to WFP."},
			nil, []string{"USD 60 million=cumulative"}},
		{"a larger gift to another country is another gift", "Chile to give $2 million to Peru after the storm",
			[]string{"Chile will give $2 million in relief to Peru, after the storm that also hit Bolivia.", "Chile has also offered $6 million in emergency aid to Ecuador and sent a rescue team there."},
			nil, []string{"$6 million=other gift"}},
		{"without a total nothing moves", "Sweden supports Sudan",
			[]string{"Sweden gives SEK 20 million to UNHCR and SEK 300 million to WFP."},
			[]string{"SEK 20 million|", "SEK 300 million|"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Ingest("test", []byte(tc.title+"\n\n"+joinParas(tc.paras)))
			if err != nil {
				t.Fatalf("Ingest: %v", err)
			}
			var parts, ctx []string
			for _, f := range r.Facts {
				switch {
				case f.Amount == nil || f.Total:
				case f.Context != "":
					ctx = append(ctx, f.Amount.Stated+"="+f.Context)
				default:
					parts = append(parts, f.Amount.Stated+"|"+f.Sector)
				}
			}
			if !slices.Equal(parts, tc.parts) {
				t.Errorf("parts = %q, want %q", parts, tc.parts)
			}
			if !slices.Equal(ctx, tc.context) {
				t.Errorf("context amounts = %q, want %q", ctx, tc.context)
			}
		})
	}
}
