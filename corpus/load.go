package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"
)

// ErrFormat reports a release file that cannot be parsed, or whose values
// make no sense (a year outside 1900–2100, a negative amount, a paragraph
// that is not in the release).
var ErrFormat = errors.New("malformed release file")

// ErrNotRegular reports a corpus entry named like a release file that is not
// a regular file (a FIFO, a device, a directory): Load never opens one.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge reports a release file over the size limit.
var ErrTooLarge = errors.New("release file too large")

// DefaultMaxFileSize is the largest release file Load reads unless told
// otherwise: the seed release is 6 KB, a long one some tens of KB.
const DefaultMaxFileSize = 4 << 20

// A FileError is a problem with one release file: its name, the line the
// problem is on (0 when it concerns the whole file) and what is wrong.
type FileError struct {
	File string
	Line int
	Err  error
}

// Error returns "file:line: what is wrong".
func (e *FileError) Error() string {
	if e.Line > 0 {
		return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Err.Error()
	}
	return e.File + ": " + e.Err.Error()
}

// Unwrap returns what is wrong.
func (e *FileError) Unwrap() error { return e.Err }

// formatError returns a FileError for a malformed file.
func formatError(name string, line int, format string, args ...any) *FileError {
	return &FileError{File: name, Line: line, Err: fmt.Errorf("%w: "+format, append([]any{ErrFormat}, args...)...)}
}

const frontMatterFence = "---"

// Parse reads a release file. name is used in error messages only. Its
// errors are *FileError values that name the line at fault where there is
// one, and wrap ErrFormat.
func Parse(name string, data []byte) (*Release, error) {
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	if !strings.HasPrefix(text, frontMatterFence+"\n") {
		return nil, formatError(name, 1, "no front matter (the file must start with ---)")
	}
	rest := text[len(frontMatterFence)+1:]
	end := strings.Index(rest, "\n"+frontMatterFence+"\n")
	if end < 0 {
		if strings.HasSuffix(rest, "\n"+frontMatterFence) {
			end = len(rest) - len(frontMatterFence) - 1
		} else {
			return nil, formatError(name, 1, "front matter is not closed by ---")
		}
	}
	front, body := rest[:end], ""
	if after := end + len(frontMatterFence) + 2; after <= len(rest) {
		body = rest[after:]
	}
	// The front matter starts on the file's second line: a leading newline
	// makes YAML's line numbers the file's.
	front = "\n" + front
	var r Release
	dec := yaml.NewDecoder(strings.NewReader(front))
	dec.KnownFields(true)
	if err := dec.Decode(&r); errors.Is(err, io.EOF) {
		return nil, formatError(name, 1, "empty front matter")
	} else if err != nil {
		line, msg := yamlError(err)
		return nil, formatError(name, line, "%s", msg)
	}
	headline := false
	for _, block := range strings.Split(body, "\n\n") {
		block = strings.TrimSpace(block)
		if block == "" {
			continue
		}
		// The first block may be the "# title" line Marshal writes; a
		// paragraph that starts with "# " after it is a paragraph.
		if !headline && strings.HasPrefix(block, "# ") && len(r.Paragraphs) == 0 && !strings.Contains(block, "\n") {
			headline = true
			if r.Title == "" {
				r.Title = strings.TrimPrefix(block, "# ")
			}
			continue
		}
		r.Paragraphs = append(r.Paragraphs, strings.Join(strings.Fields(block), " "))
	}
	for i := range r.Facts {
		r.Facts[i].Release = r.ID
	}
	if p := validate(&r); p != nil {
		return nil, formatError(name, p.line(front), "%s", p.msg)
	}
	return &r, nil
}

// yamlLineRE finds the line a YAML error names, and the prefix of a syntax
// error that names it.
var (
	yamlLineRE   = regexp.MustCompile(`line (\d+)`)
	yamlSyntaxRE = regexp.MustCompile(`^yaml: line (\d+): `)
)

// parserProblems are the YAML syntax errors that the YAML package reports
// with a 0-based line number (its parser's); its scanner's, and the type
// errors, are 1-based.
var parserProblems = []string{
	"did not find expected ',' or ']'", "did not find expected ',' or '}'",
	"did not find expected '-' indicator", "did not find expected <document start>",
	"did not find expected <stream-start>", "did not find expected key",
	"did not find expected node content", "found duplicate %TAG directive",
	"found duplicate %YAML directive", "found incompatible YAML document", "found undefined tag handle",
}

// yamlError returns the line a YAML decoding error names (0 if none) and
// the error's text without the line of a syntax error, which the caller
// gives with the file name.
func yamlError(err error) (int, string) {
	msg := err.Error()
	if m := yamlSyntaxRE.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		msg = "yaml: " + msg[len(m[0]):]
		if slices.Contains(parserProblems, msg[len("yaml: "):]) {
			n++
		}
		return n, msg
	}
	m := yamlLineRE.FindStringSubmatch(msg)
	if m == nil {
		return 0, msg
	}
	n, _ := strconv.Atoi(m[1])
	return n, msg
}

// A problem is a value in a release that makes no sense: where it is in the
// front matter (keys and list positions from the top) and what is wrong.
type problem struct {
	at  []any // string keys and int positions
	msg string
}

// line returns the line of the front matter (with the file's numbering) that
// holds the value at p.at, or the nearest enclosing one found.
func (p *problem) line(front string) int {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(front), &doc); err != nil || len(doc.Content) == 0 {
		return 0
	}
	n := doc.Content[0]
	line := n.Line
	for _, step := range p.at {
		var next *yaml.Node
		switch s := step.(type) {
		case string:
			if n.Kind == yaml.MappingNode {
				for i := 0; i+1 < len(n.Content); i += 2 {
					if n.Content[i].Value == s {
						next = n.Content[i+1]
						line = n.Content[i].Line
					}
				}
			}
		case int:
			if n.Kind == yaml.SequenceNode && s < len(n.Content) {
				next = n.Content[s]
				line = next.Line
			}
		}
		if next == nil {
			break
		}
		n = next
	}
	return line
}

// The bounds of values that make sense in a release.
const (
	minYear = 1900
	maxYear = 2100
)

// kinds are the kinds of fact a release file may hold.
var kinds = []Kind{
	KindAmount, KindShare, KindDestination, KindBeneficiaries, KindActivity,
	KindContact, KindOrganisation, KindPerson, KindQuote,
}

// Known reports whether k is one of the kinds of fact.
func (k Kind) Known() bool {
	for _, x := range kinds {
		if k == x {
			return true
		}
	}
	return false
}

// validate returns the first value in r that makes no sense, or nil.
func validate(r *Release) *problem {
	if r.ID == "" {
		return &problem{nil, "no id"}
	}
	if r.Year != 0 && (r.Year < minYear || r.Year > maxYear) {
		return &problem{[]any{"year"}, fmt.Sprintf("year %d is outside %d–%d", r.Year, minYear, maxYear)}
	}
	if first, _ := r.PeriodYears(); r.Period != "" && (first == 0 || first < minYear || r.Year != 0 && r.Year != first) {
		return &problem{[]any{"period"}, fmt.Sprintf("period %q is not FIRST-LAST years starting at the year", r.Period)}
	}
	if r.Published != "" {
		if _, err := time.Parse(time.DateOnly, r.Published); err != nil {
			return &problem{[]any{"published"}, fmt.Sprintf("published %q is not a date written YYYY-MM-DD", r.Published)}
		}
	}
	for i := range r.Facts {
		if p := validateFact(&r.Facts[i], len(r.Paragraphs), r.Title); p != nil {
			p.at = append([]any{"facts", i}, p.at...)
			p.msg = fmt.Sprintf("fact %d (%s): %s", i+1, r.Facts[i].Kind, p.msg)
			return p
		}
	}
	return nil
}

// validateFact returns the first value in f that makes no sense, or nil.
// paragraphs is how many paragraphs the release has, title its title:
// paragraph 0 is the title, for a fact whose sentence is the title.
func validateFact(f *Fact, paragraphs int, title string) *problem {
	switch {
	case !f.Kind.Known():
		return &problem{[]any{"kind"}, fmt.Sprintf("unknown kind %q", f.Kind)}
	case f.Paragraph < 0 || f.Paragraph > paragraphs || f.Paragraph == 0 && (f.Sentence == "" || f.Sentence != title):
		return &problem{[]any{"paragraph"}, fmt.Sprintf("names paragraph %d of %d", f.Paragraph, paragraphs)}
	case f.Year != 0 && (f.Year < minYear || f.Year > maxYear):
		return &problem{[]any{"year"}, fmt.Sprintf("year %d is outside %d–%d", f.Year, minYear, maxYear)}
	case f.Amount != nil && (math.IsNaN(f.Amount.Value) || math.IsInf(f.Amount.Value, 0)):
		return &problem{[]any{"amount", "value"}, fmt.Sprintf("amount %v is not a number", f.Amount.Value)}
	case f.Amount != nil && f.Amount.Value < 0:
		return &problem{[]any{"amount", "value"}, fmt.Sprintf("amount %v is negative", f.Amount.Value)}
	case f.Amount != nil && f.Amount.Period != "" && f.Amount.Period != PeriodYear && f.Amount.Period != PeriodMonth:
		return &problem{[]any{"amount", "period"}, fmt.Sprintf("period %q is not %q or %q", f.Amount.Period, PeriodYear, PeriodMonth)}
	case math.IsNaN(f.Percent) || f.Percent < 0 || f.Percent > 100:
		return &problem{[]any{"percent"}, fmt.Sprintf("percent %v is not between 0 and 100", f.Percent)}
	case f.Count < 0:
		return &problem{[]any{"count"}, fmt.Sprintf("count %d is negative", f.Count)}
	case len(f.Regions) > 0:
		return validateRegions(f)
	}
	return nil
}

// validateRegions checks a fact's Regions: a share's, at least two, none
// empty or twice, and no Region or Country beside them, which would make
// the share one place's.
func validateRegions(f *Fact) *problem {
	switch {
	case f.Kind != KindShare:
		return &problem{[]any{"regions"}, fmt.Sprintf("regions are for a share stated for several regions together, not a fact of kind %s", f.Kind)}
	case len(f.Regions) < 2:
		return &problem{[]any{"regions"}, "regions names one region: write it as region"}
	case f.Region != "" || f.Country != "":
		return &problem{[]any{"regions"}, "regions beside region or country: a share for several regions together is no one place's"}
	}
	for i, r := range f.Regions {
		if strings.TrimSpace(r) == "" {
			return &problem{[]any{"regions", i}, fmt.Sprintf("region %d of regions is empty", i+1)}
		}
		for _, o := range f.Regions[:i] {
			if Fold(o) == Fold(r) {
				return &problem{[]any{"regions", i}, fmt.Sprintf("region %q is named twice in regions", r)}
			}
		}
	}
	return nil
}

// LoadOptions say how LoadWith treats release files it cannot use.
type LoadOptions struct {
	// Strict refuses the corpus when any release file is bad; otherwise a
	// bad file is skipped with a warning and the rest is loaded.
	Strict bool
	// MaxFileSize is the largest release file read, in bytes; 0 means
	// DefaultMaxFileSize.
	MaxFileSize int64
	// Previous is the compiled form of an earlier load of the same folder
	// (see ReadCompiled), or nil: the releases of files unchanged since are
	// taken from it instead of being read and parsed again. One that
	// proves damaged is logged and left out.
	Previous *Compiled
}

// Load reads every *.md release file at the top of fsys (README.md aside)
// and refuses the corpus if any of them is bad: LoadWith with Strict set.
func Load(fsys fs.FS) (*Corpus, error) {
	return LoadWith(nil, fsys, LoadOptions{Strict: true})
}

// LoadWith reads every *.md release file at the top of fsys (README.md
// aside). Only regular files, or symbolic links to them, are opened, and
// none larger than opts.MaxFileSize. A file that cannot be read or parsed,
// or whose values make no sense, is a *FileError: with opts.Strict, LoadWith
// returns all of them joined and no corpus; otherwise it logs each to lg as
// a warning (lg may be nil), skips the file, loads the rest and lists the
// skipped files in the corpus's Skipped. A release whose id another file
// already used is skipped the same way.
func LoadWith(lg *slog.Logger, fsys fs.FS, opts LoadOptions) (*Corpus, error) {
	start := time.Now()
	files, err := listFS(fsys)
	if err != nil {
		return nil, fmt.Errorf("list release files: %w", err)
	}
	return load(lg, fsys, files, start, opts)
}

// LoadDir is LoadWith of the folder dir (os.DirFS(dir)). On Linux it asks
// for the files' states relative to the open folder, on all CPUs, without
// a path walked or a value allocated for each: on a large corpus whose
// compiled form is kept, these calls are most of the loading.
func LoadDir(lg *slog.Logger, dir string, opts LoadOptions) (*Corpus, error) {
	return loadDir(lg, dir, os.DirFS(dir), opts)
}

// loadDir is LoadDir, with the files opened in fsys (dir's, or a test's
// view of it).
func loadDir(lg *slog.Logger, dir string, fsys fs.FS, opts LoadOptions) (*Corpus, error) {
	start := time.Now()
	files, err := listDir(dir)
	if err != nil {
		return nil, fmt.Errorf("list release files: %w", err)
	}
	return load(lg, fsys, files, start, opts)
}

// A listedFile is a file named like a release file in a corpus folder: its
// name, its type and, for a regular file, its state when it was listed
// (zero when unknown).
type listedFile struct {
	name  string
	typ   fs.FileMode
	state fileState
}

// isReleaseName reports whether a file in a corpus folder is named like a
// release file: *.md, README.md aside.
func isReleaseName(name string) bool {
	return strings.HasSuffix(name, ".md") && !strings.EqualFold(name, "README.md")
}

// listFS lists the release files of fsys, in name order, with their states.
func listFS(fsys fs.FS) ([]listedFile, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	entries = slices.DeleteFunc(entries, func(e fs.DirEntry) bool { return !isReleaseName(e.Name()) })
	files := make([]listedFile, len(entries))
	onAllCPUs(len(entries), func(i int) {
		e := entries[i]
		files[i] = listedFile{name: e.Name(), typ: e.Type()}
		if e.Type().IsRegular() {
			if fi, err := e.Info(); err == nil {
				files[i].state = stateOf(fi)
			}
		}
	})
	return files, nil
}

// onAllCPUs calls f(i) for every i in [0, n), on all CPUs when n is large
// enough to be worth it.
func onAllCPUs(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/500))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w * n / workers; i < (w+1)*n/workers; i++ {
				f(i)
			}
		})
	}
	wg.Wait()
}

// load loads the release files listed in files, from fsys; the listing
// began at start.
func load(lg *slog.Logger, fsys fs.FS, files []listedFile, start time.Time, opts LoadOptions) (*Corpus, error) {
	if lg == nil {
		lg = slog.New(slog.DiscardHandler)
	}
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	if err := opts.Previous.waitValues(); err != nil {
		lg.Warn("parsing every release file", "err", err)
		opts.Previous = nil
	}
	h := sha256.New()
	var (
		releases = make([]*Release, 0, len(files))
		skipped  []*FileError
		// byID, made only once ids stop ascending with the file names
		// (a release file is named after its id), names the file each
		// id came from.
		byID    map[string]string
		cc      = &Compiled{start: start, list: make([]*compiledFile, 0, len(files))}
		changed = opts.Previous == nil
		// fromPrevious: a release was taken from opts.Previous.
		fromPrevious bool
	)
	previous := fileCursor{cc: opts.Previous} // files are in name order
	for _, lf := range files {
		name := lf.name
		var (
			r    *Release
			sum  [32]byte
			ferr *FileError
		)
		prev, trusted := previous.trusted(name, lf.state)
		if trusted {
			r, sum, fromPrevious = prev.Release, prev.Sum, true
		} else {
			changed = true
			var data []byte
			data, ferr = readRelease(fsys, name, lf.typ, opts.MaxFileSize)
			if ferr == nil {
				sum = sha256.Sum256(data)
				if prev != nil && prev.Sum == sum {
					r, fromPrevious = prev.Release, true
				} else if parsed, err := Parse(name, data); err != nil {
					if !errors.As(err, &ferr) {
						ferr = &FileError{File: name, Err: err}
					}
				} else {
					r = parsed
				}
			}
		}
		if ferr == nil && byID == nil && len(releases) > 0 && r.ID <= releases[len(releases)-1].ID {
			byID = make(map[string]string, len(files))
			for i, kept := range releases {
				byID[kept.ID] = cc.list[i].Name
			}
		}
		if ferr == nil && byID != nil {
			if other, dup := byID[r.ID]; dup {
				ferr = formatError(name, 0, "release id %q is already used by %s", r.ID, other)
			}
		}
		if ferr != nil {
			skipped = append(skipped, ferr)
			continue
		}
		if byID != nil {
			byID[r.ID] = name
		}
		if r.Source == "" {
			r.Source = name
		}
		releases = append(releases, r)
		if trusted {
			cc.list = append(cc.list, prev) // the same name, state, sum and release
		} else {
			cc.list = append(cc.list, &compiledFile{Name: name, State: lf.state, Sum: sum, Release: r})
		}
		fingerprintFile(h, name, sum)
	}
	if opts.Previous != nil && opts.Previous.count() != len(cc.list) {
		changed = true // a file was removed or is now skipped
	}
	if len(skipped) > 0 && opts.Strict {
		errs := make([]error, len(skipped))
		for i, e := range skipped {
			errs[i] = e
		}
		return nil, errors.Join(errs...)
	}
	for _, e := range skipped {
		lg.Warn("release file skipped", "file", e.File, "line", e.Line, "err", e.Err)
	}
	c, err := New(releases, hex.EncodeToString(h.Sum(nil)))
	if err != nil {
		return nil, err
	}
	c.skipped = skipped
	c.compiled, c.compiledChanged = cc, changed
	if fromPrevious {
		c.previous = opts.Previous
	}
	return c, nil
}

// readRelease reads the release file name of fsys, listed with the type
// typ, if it is a regular file (or a link to one) of at most limit bytes.
// It checks the listed type before opening the file, so that a FIFO is
// never opened, and the opened file's again.
func readRelease(fsys fs.FS, name string, typ fs.FileMode, limit int64) ([]byte, *FileError) {
	mode := typ
	if mode&fs.ModeSymlink != 0 {
		fi, err := fs.Stat(fsys, name)
		if err != nil {
			return nil, &FileError{File: name, Err: err}
		}
		mode = fi.Mode().Type()
	}
	if !mode.IsRegular() {
		return nil, &FileError{File: name, Err: fmt.Errorf("%w (%s)", ErrNotRegular, mode)}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, &FileError{File: name, Err: err}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, &FileError{File: name, Err: err}
	}
	if !fi.Mode().IsRegular() {
		return nil, &FileError{File: name, Err: fmt.Errorf("%w (%s)", ErrNotRegular, fi.Mode().Type())}
	}
	if fi.Size() > limit {
		return nil, &FileError{File: name, Err: fmt.Errorf("%w: %d bytes, over the limit of %d", ErrTooLarge, fi.Size(), limit)}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, &FileError{File: name, Err: err}
	}
	if int64(len(data)) > limit {
		return nil, &FileError{File: name, Err: fmt.Errorf("%w: over the limit of %d bytes", ErrTooLarge, limit)}
	}
	return data, nil
}

// fingerprintFile adds a release file, by its name and the SHA-256 of its
// content, to the hash h of a corpus's fingerprint.
func fingerprintFile(h hash.Hash, name string, sum [32]byte) {
	h.Write([]byte(name))
	h.Write([]byte{0})
	h.Write(sum[:])
}
