package lazyre

import "testing"

func TestLazy(t *testing.T) {
	re := New(`\b(\d+) (apples|pears)\b`)
	if re.re != nil {
		t.Fatal("New compiled its pattern at once")
	}
	if got := re.FindStringSubmatch("we have 12 pears"); len(got) != 3 || got[1] != "12" {
		t.Errorf("FindStringSubmatch = %q, want the count and the fruit", got)
	}
	if !re.MatchString("3 apples") || re.MatchString("3 plums") {
		t.Error("MatchString is wrong")
	}
	bad := New(`(unclosed`)
	if _, err := Check(); err == nil {
		t.Errorf("Check() with %q registered = nil error", bad.pattern)
	}
}
