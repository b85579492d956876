package extract

import (
	"fmt"
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestBeneficiaryRule(t *testing.T) {
	sum := func(f corpus.Fact) string { return fmt.Sprintf("%d|%s|%s|%s", f.Count, f.CountStated, f.Who, where(f)) }
	for _, tc := range []ruleCase{
		{"reached", "The funds will assist approximately 450,000 flood affected individuals in Pakistan.", []string{"450000|approximately 450,000|flood affected individuals|PAK"}},
		{"will benefit", "In Yemen, 1.14 million children will benefit.", []string{"1140000|1.14 million|children|YEM"}},
		{"people in need are not beneficiaries", "In Ethiopia more than 10 million people now suffer from drought.", nil},
		{"space-grouped count", "WFP will feed 31 000 farmers in Sudan.", []string{"31000|31 000|farmers|SDN"}},
		{"things for people", "UNFPA keeps supporting 10 safe spaces for women.", nil},
		{"a year is no count", "IOM will help migrants in 2011 people say.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { runRule(t, tc, beneficiaryFacts, nil, sum) })
	}
}
