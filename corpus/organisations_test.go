package corpus

import (
	"strings"
	"testing"
)

// TestDonorBodiesNameTheirDonor checks every agency, ministry and fund
// maps to a donor that answers can name: a country by its common name
// (as LookupCountry gives it, so "AECID" and "Spain" are one donor), the
// European Union, or a body that gives in its own name (a fund, a bank).
func TestDonorBodiesNameTheirDonor(t *testing.T) {
	self := map[string]bool{}
	for _, b := range DonorBodies() {
		if b.Name == b.Donor {
			self[b.Donor] = true
		}
	}
	for _, b := range DonorBodies() {
		t.Run(b.Name, func(t *testing.T) {
			if self[b.Donor] {
				return
			}
			c, ok := LookupCountry(b.Donor)
			if !ok {
				t.Fatalf("%q maps to %q, which is neither a country nor a body giving in its own name", b.Name, b.Donor)
			}
			if c.Name != b.Donor {
				t.Errorf("%q maps to %q; the country's common name is %q", b.Name, b.Donor, c.Name)
			}
		})
	}
}

// TestAgency tells a donor's agencies, which a question may ask about on
// their own, from other names of the donor itself.
func TestAgency(t *testing.T) {
	want := map[string]bool{"USAID": true, "PRM": true, "AECID": true, "KSrelief": true, "DFID": true,
		"EU": false, "European Commission": false, "U.S. Government": false, "UK aid": false, "CERF": false, "Central Emergency Response Fund": false,
		"UN’s emergency fund": false, "ADFD": true, "OFID": false, "OPEC Fund": false, "AFESD": false,
		// As Spanish pages name them.
		"Agencia Española de Cooperación Internacional para el Desarrollo": true, "Aecid": true, "Cooperación Española": false,
		"Fondo Central de Respuesta a Emergencias": false, "Fondo Central de Ayuda de Emergencia": false, "Unión Europea": false}
	for _, b := range DonorBodies() {
		if w, ok := want[b.Name]; ok {
			if got := b.Agency(); got != w {
				t.Errorf("%q.Agency() = %v, want %v", b.Name, got, w)
			}
			delete(want, b.Name)
		}
	}
	for name := range want {
		t.Errorf("%q is not a donor body", name)
	}
}

// TestGoesPartlyTo checks the wordings that give an organisation some of
// the money, not all of it, and that MayGoPartly never rules one out.
func TestGoesPartlyTo(t *testing.T) {
	wfp := func(s string) bool {
		return strings.HasPrefix(s, "WFP") || strings.HasPrefix(s, "World Food Programme")
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The funds, which will partially go to WFP, will feed families.", true},
		{"Norway gives NOK 50 million, part of which will be channelled through the World Food Programme.", true},
		{"Some of the funding will go to WFP for school meals.", true},
		{"A share of the money will be given to WFP.", true},
		{"The money will go to WFP.", false},
		{"The funds will partly go to UNICEF and to WFP.", false}, // WFP is not named right after
		{"In part, the grant goes to WFP.", false},
		{"The funds will in part go to WFP.", true},
		{"Some of which will be channelled through WFP.", true},
		{"Norway asked that a portion of the gift be earmarked for WFP.", true},
		{"A portion of the donation will go to WFP.", true},
	} {
		if got := GoesPartlyTo(tc.text, wfp); got != tc.want {
			t.Errorf("GoesPartlyTo(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if got := PartlyTo([]string{"Norway gives NOK 50 million.", tc.text}, wfp); got != tc.want {
			t.Errorf("PartlyTo(..., %q) = %v, want %v", tc.text, got, tc.want)
		}
		if GoesPartlyTo(tc.text, wfp) && !MayGoPartly(tc.text) {
			t.Errorf("MayGoPartly(%q) = false, yet the text gives in part", tc.text)
		}
	}
}
