package corpus

import "testing"

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
		"EU": false, "European Commission": false, "U.S. Government": false, "UK aid": false, "CERF": false, "Central Emergency Response Fund": false}
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
