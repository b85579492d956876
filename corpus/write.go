package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// WriteRelease writes r to the file FileName(r.ID) in dir, creating dir if
// needed, atomically (a temporary file renamed into place). Writing the same
// release again replaces its file: updated reports that. If the file holds a
// different release (another title), r gets a new id with a short suffix
// taken from a hash of its title, and r.ID is changed to it.
func WriteRelease(dir string, r *Release) (path string, updated bool, err error) {
	if r.ID == "" {
		r.SetID(ReleaseID(r))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", false, fmt.Errorf("write release %s: %w", r.ID, err)
	}
	base := r.ID
	for attempt := 0; ; attempt++ {
		path = filepath.Join(dir, FileName(r.ID))
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			break
		}
		if err != nil {
			return "", false, fmt.Errorf("write release %s: %w", r.ID, err)
		}
		old, perr := Parse(path, data)
		if perr == nil && old.Title == r.Title {
			updated = true
			break
		}
		if attempt >= 3 {
			return "", false, fmt.Errorf("write release %s: %s holds another release", r.ID, path)
		}
		sum := sha256.Sum256([]byte(r.Title + strings.Repeat("#", attempt)))
		r.SetID(base + "-" + hex.EncodeToString(sum[:])[:6])
	}
	data, err := r.Marshal()
	if err != nil {
		return "", false, fmt.Errorf("write release %s: %w", r.ID, err)
	}
	tmp, err := os.CreateTemp(dir, "."+r.ID+"-*.tmp")
	if err != nil {
		return "", false, fmt.Errorf("write release %s: %w", r.ID, err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return "", false, fmt.Errorf("write release %s: %w", r.ID, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return "", false, fmt.Errorf("write release %s: %w", r.ID, err)
	}
	if err := tmp.Close(); err != nil {
		return "", false, fmt.Errorf("write release %s: %w", r.ID, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return "", false, fmt.Errorf("write release %s: %w", r.ID, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", false, fmt.Errorf("write release %s: %w", r.ID, err)
	}
	return path, updated, nil
}

// Describe prints what was extracted from r, for a person to check: the
// title, id, donors, recipient, year, date, source and paragraph count,
// then one line per fact with its kind, key values and paragraph.
func Describe(w io.Writer, r *Release) error {
	var b strings.Builder
	orNone := func(s string) string {
		if s == "" {
			return "(not stated)"
		}
		return s
	}
	year := ""
	if r.Year != 0 {
		year = strconv.Itoa(r.Year)
	}
	fmt.Fprintf(&b, "Title:      %s\n", r.Title)
	fmt.Fprintf(&b, "ID:         %s\n", r.ID)
	fmt.Fprintf(&b, "Donors:     %s\n", orNone(strings.Join(r.Donors, ", ")))
	fmt.Fprintf(&b, "Recipient:  %s\n", orNone(r.Recipient))
	fmt.Fprintf(&b, "Year:       %s\n", orNone(year))
	fmt.Fprintf(&b, "Date:       %s\n", orNone(r.Date))
	fmt.Fprintf(&b, "Source:     %s\n", orNone(r.Source))
	fmt.Fprintf(&b, "Paragraphs: %d\n", len(r.Paragraphs))
	fmt.Fprintf(&b, "Facts:      %d\n", len(r.Facts))
	for _, f := range r.Facts {
		fmt.Fprintf(&b, "  %-13s %s  [¶%d]\n", f.Kind, factSummary(f), f.Paragraph)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// factSummary gives a fact's key values on one line.
func factSummary(f Fact) string {
	var parts []string
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+"="+strconv.Quote(v))
		}
	}
	if f.Total {
		parts = append(parts, "TOTAL")
	}
	if f.Amount != nil {
		add("stated", f.Amount.Stated)
		parts = append(parts, "value="+strconv.FormatFloat(f.Amount.Value, 'f', -1, 64)+" "+f.Amount.Currency)
		if f.Amount.Approximate {
			parts = append(parts, "approximate")
		}
	}
	if f.Country != "" {
		parts = append(parts, "country="+f.Country+" ("+f.CountryName+")")
	}
	add("region", f.Region)
	add("share", f.Share)
	if f.Percent != 0 {
		parts = append(parts, "percent="+strconv.FormatFloat(f.Percent, 'f', -1, 64))
	}
	if f.Largest {
		parts = append(parts, "largest")
	}
	if f.Count != 0 {
		parts = append(parts, "count="+strconv.Itoa(f.Count))
	}
	add("count_stated", f.CountStated)
	add("who", f.Who)
	add("person", f.Person)
	add("role", f.Role)
	add("office", f.Office)
	add("phone", f.Phone)
	add("email", f.Email)
	add("attribute", f.Attribute)
	add("value", f.Value)
	add("quote", Shorten(f.Quote, 70))
	add("text", Shorten(f.Text, 70))
	return strings.Join(parts, " ")
}
