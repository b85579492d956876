package extract

import (
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestPeriodRule(t *testing.T) {
	sum := func(f corpus.Fact) string { return f.Amount.Stated + "|" + f.Amount.Period }
	for _, tc := range []ruleCase{
		{"a year, with its span", "Norway will give WFP NOK 237 million a year for 2016-2019.", []string{"NOK 237 million|year"}},
		{"annually", "The EU gives EUR 5 million annually to UNRWA.", []string{"EUR 5 million|year"}},
		{"per month", "WFP needs USD 2 million per month to feed them.", []string{"USD 2 million|month"}},
		{"annual before the amount", "Japan makes an annual USD 5 million contribution to IOM.", []string{"USD 5 million|year"}},
		{"for each of the next years", "Japan gives USD 1 million for each of the next three years.", []string{"USD 1 million|year"}},
		{"a conversion between", "Norway gives NOK 237 million (USD 28 million) a year.", []string{"NOK 237 million|year", "USD 28 million|year"}},
		{"a year ago is a time", "Japan gave USD 5 million a year ago.", []string{"USD 5 million|"}},
		{"over three years is once", "Australia gives $60 million over three years.", []string{"$60 million|"}},
		{"an annual contribution for one year is that year's", "The Federal Council decided on an annual contribution for 2024 of CHF 56 million.", []string{"CHF 56 million|"}},
	} {
		t.Run(tc.name, func(t *testing.T) { runRule(t, tc, amountFacts, nil, sum) })
	}
}
