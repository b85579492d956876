package corpus

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// ReleaseID returns the stable id of r: the slug of its recipient, donors
// and year ("iom-japan-2011"), or of its title when those are missing.
func ReleaseID(r *Release) string {
	var parts []string
	if r.Recipient != "" {
		parts = append(parts, r.Recipient)
	}
	parts = append(parts, r.Donors...)
	if r.Year != 0 {
		parts = append(parts, strconv.Itoa(r.Year))
	}
	if len(parts) < 2 {
		parts = []string{r.Title}
	}
	id := slug(strings.Join(parts, " "))
	if id == "" {
		id = "release"
	}
	return id
}

// SetID sets the release's id and the id its facts refer to.
func (r *Release) SetID(id string) {
	r.ID = id
	for i := range r.Facts {
		r.Facts[i].Release = id
	}
}

func slug(s string) string {
	f := Fold(s)
	f = strings.ReplaceAll(f, " ", "-")
	if len(f) > 80 {
		f = strings.TrimRight(f[:80], "-")
	}
	return f
}

// shorten cuts s at a word boundary to at most max bytes, marking the cut.
func Shorten(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut <= 0 {
		cut = max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:–—-") + " …"
}
