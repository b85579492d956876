package webpage

import (
	"strings"
	"testing"
)

// TestContactBox checks that a press contact in a box of its own, which
// readability leaves out of the main text, is kept at the end of it.
func TestContactBox(t *testing.T) {
	article := strings.Repeat("<p>The Republic of Korea has provided US$2.4 million to WFP for its work in Ethiopia, Jordan and Afghanistan, where families face hunger after drought and conflict.</p>\n", 4)
	page := `<html><head><title>Korea gives WFP US$2.4 million</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Korea gives WFP US$2.4 million</h1>` + article + `</article>
<div class="contacts"><h2>For more information please contact</h2><p>Kg Sohn, WFP/Seoul<br>Mob. +82 10 8994 2052</p></div>
<footer><a href="/privacy">Privacy</a></footer></body></html>`
	p, err := Parse(strings.NewReader(page), nil)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if want := "conflict.\n\nFor more information please contact\n\nKg Sohn, WFP/Seoul\nMob. +82 10 8994 2052"; !strings.HasSuffix(p.Text, want) {
		t.Errorf("Parse(page with a contact box).Text ends %q; want it to end %q", p.Text[max(0, len(p.Text)-len(want)):], want)
	}
	if strings.Contains(p.Text, "Privacy") {
		t.Errorf("Text holds the footer: %q", p.Text)
	}
}

// TestPressOfficeBox checks that a press office's name over its telephone
// and e-mail, in the page's header box, is kept as its contact too.
func TestPressOfficeBox(t *testing.T) {
	article := strings.Repeat("<p>The United States today announced more than $575 million in additional humanitarian assistance for people hit by food insecurity in Yemen, South Sudan, Nigeria and Somalia.</p>\n", 4)
	page := `<html><head><title>United States Announces Additional Assistance</title></head><body>
<h1>United States Announces Additional Assistance</h1>
<div class="press-meta"><p><strong>For Immediate Release</strong></p><p>USAID Press Office<br>Telephone: +1.202.712.4320 | Email: <a href="mailto:press@usaid.gov">press@usaid.gov</a></p></div>
<div class="field-body">` + article + `</div></body></html>`
	p, err := Parse(strings.NewReader(page), nil)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if want := "USAID Press Office\nTelephone: +1.202.712.4320 | Email: press@usaid.gov"; !strings.HasSuffix(p.Text, want) {
		t.Errorf("Parse(page with a press office box).Text ends %q; want it to end %q", p.Text[max(0, len(p.Text)-len(want)):], want)
	}
}
