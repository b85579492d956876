package extract

import (
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestOrganisationRule(t *testing.T) {
	sum := func(f corpus.Fact) string { return f.Attribute + "|" + f.Value }
	for _, tc := range []ruleCase{
		{"member states", "IOM has 132 member states and offices in over 100 countries.", []string{"member_states|132", "countries_of_presence|over 100"}},
		{"founded", "IOM was established in 1951.", []string{"founded|1951"}},
		{"another organisation's", "WFP has 80 member states.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { runRule(t, tc, nil, organisationFacts, sum) })
	}
}
