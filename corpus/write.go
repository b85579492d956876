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
	"time"
)

// WriteRelease writes r to the file FileName(r.ID) in dir, creating dir if
// needed, atomically (a temporary file renamed into place). Writing the same
// release again replaces its file: updated reports that. If the file holds a
// different release (another title), r gets a new id with a short suffix
// taken from a hash of its title, and r.ID is changed to it.
func WriteRelease(dir string, r *Release) (path string, updated bool, err error) {
	b := NewBatch(dir)
	if err := b.Add(r); err != nil {
		return "", false, err
	}
	written, err := b.Commit()
	if err != nil {
		return "", false, err
	}
	return written[0].Path, written[0].Updated, nil
}

// tempPrefix and tempSuffix frame the names of the temporary files a Batch
// writes: hidden, and never a release file (*.md).
const (
	tempPrefix = ".fundbot-"
	tempSuffix = ".tmp"
)

// A Batch writes several releases into a corpus folder so that a reader
// never sees a partly written file, and a batch stopped before Commit
// leaves no release file: Add writes each release to a temporary file in
// the folder, Commit renames them all into place.
type Batch struct {
	dir   string
	items []*pending
}

// pending is a release written to its temporary file, not yet in place.
type pending struct {
	r       *Release
	tmp     string
	path    string
	updated bool
}

// Written is a release file that a Batch put in place.
type Written struct {
	Release *Release
	Path    string
	// Updated is set when the file replaced an earlier one of the same
	// release.
	Updated bool
}

// NewBatch returns an empty batch writing into dir.
func NewBatch(dir string) *Batch {
	return &Batch{dir: dir}
}

// Add writes r to a temporary file in the batch's folder, creating the
// folder if needed. It picks r's file as WriteRelease does, also against
// the releases added before: a release added twice is written once.
func (b *Batch) Add(r *Release) error {
	if r.ID == "" {
		r.SetID(ReleaseID(r))
	}
	if err := os.MkdirAll(b.dir, 0o755); err != nil {
		return fmt.Errorf("write release %s: %w", r.ID, err)
	}
	path, updated, replaces, err := b.place(r)
	if err != nil {
		return err
	}
	data, err := r.Marshal()
	if err != nil {
		return fmt.Errorf("write release %s: %w", r.ID, err)
	}
	tmp, err := writeTemp(b.dir, r.ID, data)
	if err != nil {
		return fmt.Errorf("write release %s: %w", r.ID, err)
	}
	if replaces >= 0 {
		os.Remove(b.items[replaces].tmp)
		b.items = append(b.items[:replaces], b.items[replaces+1:]...)
	}
	b.items = append(b.items, &pending{r: r, tmp: tmp, path: path, updated: updated})
	return nil
}

// place picks r's file: its own, or the file of the same release (same
// title) already in the folder or the batch, or a suffixed one when
// another release holds the name. replaces is the index of the batch's
// item r replaces, or -1.
func (b *Batch) place(r *Release) (path string, updated bool, replaces int, err error) {
	base := r.ID
	for attempt := 0; ; attempt++ {
		path = filepath.Join(b.dir, FileName(r.ID))
		other, same := b.inBatch(path, r.Title)
		if other >= 0 && same {
			return path, b.items[other].updated, other, nil
		}
		if other < 0 {
			data, err := os.ReadFile(path)
			if errors.Is(err, fs.ErrNotExist) {
				return path, false, -1, nil
			}
			if err != nil {
				return "", false, -1, fmt.Errorf("write release %s: %w", r.ID, err)
			}
			if old, perr := Parse(path, data); perr == nil && old.Title == r.Title {
				return path, true, -1, nil
			}
		}
		if attempt >= 3 {
			return "", false, -1, fmt.Errorf("write release %s: %s holds another release", r.ID, path)
		}
		sum := sha256.Sum256([]byte(r.Title + strings.Repeat("#", attempt)))
		r.SetID(base + "-" + hex.EncodeToString(sum[:])[:6])
	}
}

// inBatch returns the index of the batch's item written to path (or -1),
// and whether it has this title.
func (b *Batch) inBatch(path, title string) (int, bool) {
	for i, p := range b.items {
		if p.path == path {
			return i, p.r.Title == title
		}
	}
	return -1, false
}

// writeTemp writes data to a new temporary file in dir, synced and
// readable by all, and returns its name.
func writeTemp(dir, id string, data []byte) (string, error) {
	tmp, err := os.CreateTemp(dir, tempPrefix+id+"-*"+tempSuffix)
	if err != nil {
		return "", err
	}
	name := tmp.Name()
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, 0o644)
	}
	if err != nil {
		os.Remove(name)
		return "", err
	}
	return name, nil
}

// Commit renames every release of the batch into place, in the order they
// were added, and returns them. If a rename fails, the releases before it
// are in place (and returned), the rest are discarded.
func (b *Batch) Commit() ([]Written, error) {
	written := make([]Written, 0, len(b.items))
	for i, p := range b.items {
		if err := os.Rename(p.tmp, p.path); err != nil {
			b.items = b.items[i:]
			b.Discard()
			return written, fmt.Errorf("write release %s: %w", p.r.ID, err)
		}
		written = append(written, Written{Release: p.r, Path: p.path, Updated: p.updated})
	}
	b.items = nil
	return written, nil
}

// Discard removes the batch's temporary files: nothing of it is written.
func (b *Batch) Discard() {
	for _, p := range b.items {
		os.Remove(p.tmp)
	}
	b.items = nil
}

// RemoveStaleTemp removes from dir the temporary files of batches that
// were never committed or discarded (a process killed while ingesting)
// and are older than age, and returns their names. A missing dir has
// none.
func RemoveStaleTemp(dir string, age time.Duration, now time.Time) ([]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, tempPrefix+"*"+tempSuffix))
	if err != nil {
		return nil, err
	}
	var removed []string
	var errs []error
	for _, name := range names {
		fi, err := os.Lstat(name)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, err)
			}
			continue
		}
		if !fi.Mode().IsRegular() || now.Sub(fi.ModTime()) < age {
			continue
		}
		if err := os.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
			continue
		}
		removed = append(removed, name)
	}
	return removed, errors.Join(errs...)
}

// Describe prints what was extracted from r, for a person to check: the
// title, id, donors, recipients, year, dates, source, URL and site (those
// two when known) and paragraph count, each "check:" reason ingest gave
// for the release, then one line per fact with its kind, key values and
// paragraph, followed by its own "check:" reason when it has one.
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
	recipients := r.Recipient
	if len(r.Recipients) > 1 {
		recipients = strings.Join(r.Recipients, ", ")
	}
	fmt.Fprintf(&b, "Title:      %s\n", r.Title)
	if r.TitleDerived {
		fmt.Fprintf(&b, "            (derived from the text: the page had no title line)\n")
	}
	fmt.Fprintf(&b, "ID:         %s\n", r.ID)
	fmt.Fprintf(&b, "Donors:     %s\n", orNone(strings.Join(r.Donors, ", ")))
	fmt.Fprintf(&b, "Recipient:  %s\n", orNone(recipients))
	fmt.Fprintf(&b, "Year:       %s\n", orNone(year))
	if r.Period != "" {
		fmt.Fprintf(&b, "Period:     %s (the release's money is for these years together)\n", r.Period)
	}
	fmt.Fprintf(&b, "Date:       %s\n", orNone(r.Date))
	if r.Published != "" {
		fmt.Fprintf(&b, "Published:  %s\n", r.Published)
	}
	fmt.Fprintf(&b, "Source:     %s\n", orNone(r.Source))
	if r.URL != "" && r.URL != r.Source {
		fmt.Fprintf(&b, "URL:        %s\n", r.URL)
	}
	if r.Site != "" {
		fmt.Fprintf(&b, "Site:       %s\n", r.Site)
	}
	fmt.Fprintf(&b, "Paragraphs: %d\n", len(r.Paragraphs))
	for _, c := range r.Check {
		fmt.Fprintf(&b, "check:      %s\n", c)
	}
	fmt.Fprintf(&b, "Facts:      %d\n", len(r.Facts))
	for _, f := range r.Facts {
		where := fmt.Sprintf("¶%d", f.Paragraph)
		if f.Paragraph == 0 {
			where = "title"
		}
		fmt.Fprintf(&b, "  %-13s %s  [%s]\n", f.Kind, factSummary(f, r), where)
		if f.Check != "" {
			fmt.Fprintf(&b, "  %-13s check: %s\n", "", f.Check)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// factSummary gives a fact's key values on one line; the giver of an
// amount and the recipient only when they are not the release's own.
func factSummary(f Fact, r *Release) string {
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
		if f.Amount.Period != "" {
			parts = append(parts, "per "+f.Amount.Period)
		}
	}
	if f.Country != "" {
		parts = append(parts, "country="+f.Country+" ("+f.CountryName+")")
	}
	if f.Amount != nil && f.Donor != strings.Join(r.Donors, ", ") {
		add("donor", f.Donor)
	}
	if f.Recipient != r.Recipient {
		add("recipient", f.Recipient)
	}
	add("context", f.Context)
	add("sector", f.Sector)
	add("region", f.Region)
	if len(f.Regions) > 0 {
		add("regions", strings.Join(f.Regions, "; "))
	}
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
