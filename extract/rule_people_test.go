package extract

import (
	"testing"

	"github.com/fundbot/fundbot/corpus"
)

func TestPeopleRule(t *testing.T) {
	sum := func(f corpus.Fact) string { return f.Person + "|" + f.Role }
	for _, tc := range []ruleCase{
		{"role before name", "IOM Director General William Lacy Swing thanked Japan.", []string{"William Lacy Swing|IOM Director General"}},
		{"name, role", "Yuko Goto, Chief of Mission in Tokyo, said so.", []string{"Yuko Goto|Chief of Mission in Tokyo"}},
		{"letters beyond ASCII", "Minister of Foreign Affairs Børge Brende said it.", []string{"Børge Brende|Minister of Foreign Affairs"}},
		{"a name with a capital inside", "Foreign Minister Murray McCully announced the aid.", []string{"Murray McCully|Foreign Minister"}},
		{"a name with a particle", "QFFD Director General Khalifa bin Jassim Al-Kuwari signed it.", []string{"Khalifa bin Jassim Al-Kuwari|QFFD Director General"}},
		{"an institution is no person", "The Director of the White House Office spoke.", nil},
		{"a field of work is no name", "Markus Löning, the Federal Government Commissioner for Human Rights Policy and Humanitarian Aid, made a statement.", []string{"Markus Löning|Federal Government Commissioner for Human Rights Policy"}},
		{"a secretary", "International Development Secretary Penny Mordaunt gave the warning.", []string{"Penny Mordaunt|International Development Secretary"}},
	} {
		t.Run(tc.name, func(t *testing.T) { runRule(t, tc, peopleFacts, nil, sum) })
	}
}
