package extract

import "testing"

// TestUnconfuse: Cyrillic look-alikes mixed into English prose are read as
// the Latin letters they pass for; a text in another script is left alone.
func TestUnconfuse(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"C\u0430n\u0430d\u0430 will be pr\u043eviding \u0430 t\u043et\u0430l \u043ef $40 milli\u043en.", "Canada will be providing a total of $40 million."},
		{"Japan gives USD 5 million to WFP.", "Japan gives USD 5 million to WFP."},
		{"Норвегия выделяет 50 миллионов крон.", "Норвегия выделяет 50 миллионов крон."},
	} {
		if got := unconfuse(tc.in); got != tc.want {
			t.Errorf("unconfuse(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	page := "C\u0430n\u0430d\u0430 gives $40 milli\u043en for Sud\u0430n\n\nC\u0430n\u0430d\u0430 will be pr\u043eviding \u0430 t\u043et\u0430l \u043ef $40 milli\u043en for Sud\u0430n.\n"
	r, err := Ingest("homoglyphs.txt", []byte(page))
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	if f, ok := r.Total(); !ok || f.Amount.Value != 40e6 || len(r.Donors) != 1 || r.Donors[0] != "Canada" {
		t.Errorf("total %+v (%v), donors %q: want $40 million from Canada", f, ok, r.Donors)
	}
}
