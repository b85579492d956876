// Package corpus owns fundbot's domain: press releases, their paragraphs and
// the structured facts extracted from them, countries and regions, and the
// reading, writing and ingesting of release files.
//
// A release is stored as one Markdown file with YAML front matter, so that a
// person can review and correct it by hand:
//
//	---
//	id: iom-japan-2011
//	title: Japan Donates US$ 37.9 million to IOM Humanitarian Operations for 2011
//	donors: [Japan]
//	recipient: IOM
//	year: 2011
//	source: iom-japan-2011.txt
//	facts:
//	  - kind: amount
//	    paragraph: 1
//	    sentence: The Japanese government has committed a total of USD 37.9 million ...
//	    ...
//	---
//	# Japan Donates US$ 37.9 million to IOM Humanitarian Operations for 2011
//
//	The Japanese government has committed a total of USD 37.9 million in funding ...
//
//	The funded projects, in Afghanistan, Kenya, ...
//
// The body is the title as a level-one heading followed by the release's
// paragraphs, one block of text each, separated by blank lines. Facts refer to
// paragraphs by their 1-based position in the body.
//
// No package here imports Bleve or Slack.
package corpus

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Kind names what a fact states.
type Kind string

// The kinds of fact, after the vocabulary of OCHA's Financial Tracking
// Service and IATI where it fits.
const (
	// KindAmount is money: a release's total (Total set) or an amount for a
	// country, region or purpose.
	KindAmount Kind = "amount"
	// KindShare is a part of a release's total, as stated ("roughly 25 per
	// cent", "almost half", "the largest share").
	KindShare Kind = "share"
	// KindDestination is a country or region the release says is funded,
	// whether or not it states a figure for it.
	KindDestination Kind = "destination"
	// KindBeneficiaries is a count of people to be helped, and who they are.
	KindBeneficiaries Kind = "beneficiaries"
	// KindActivity is what the money will do, in a country or region.
	KindActivity Kind = "activity"
	// KindContact is a press contact: person, office, phone, email.
	KindContact Kind = "contact"
	// KindOrganisation is a fact about the recipient organisation: founding
	// year, member states, countries of presence.
	KindOrganisation Kind = "organisation"
	// KindPerson is a named person and their role.
	KindPerson Kind = "person"
	// KindQuote is a quotation and who said it.
	KindQuote Kind = "quote"
)

// Amount is a sum of money as a release states it.
type Amount struct {
	// Stated is the amount as written, for example "US$ 37.9 million".
	Stated string `yaml:"stated" json:"stated"`
	// Value is the amount in units of Currency, for example 37900000.
	Value float64 `yaml:"value" json:"value"`
	// Currency is the ISO 4217 code, for example "USD".
	Currency string `yaml:"currency" json:"currency"`
	// Approximate is set when the release qualifies the amount ("nearly",
	// "about", "some").
	Approximate bool `yaml:"approximate,omitempty" json:"approximate,omitempty"`
	// Period is set when the release states the amount per period rather
	// than once: PeriodYear for "NOK 237 million a year" or "EUR 5 million
	// annually" (whatever span of years it is stated for), PeriodMonth for
	// "$2 million a month". Such an amount is shown with its period and
	// never added into a sum as if it were given once.
	Period string `yaml:"period,omitempty" json:"period,omitempty"`
}

// The periods an amount may be stated per (Amount.Period).
const (
	PeriodYear  = "year"
	PeriodMonth = "month"
)

// PerPeriod says how an amount's period reads after the amount: "a year",
// "a month", or "" for an amount given once.
func (a *Amount) PerPeriod() string {
	if a == nil || a.Period == "" {
		return ""
	}
	return "a " + a.Period
}

// Fact is one structured statement taken from a release. Which fields are
// set depends on Kind; every fact keeps the sentence it was taken from.
type Fact struct {
	Kind Kind `yaml:"kind" json:"kind"`
	// Release is the id of the release the fact belongs to. It is not
	// stored in the file: Load sets it.
	Release string `yaml:"-" json:"release"`
	// Paragraph is the 1-based position of the paragraph that holds
	// Sentence, or 0 when Sentence is the release's title (a total only
	// the title states).
	Paragraph int `yaml:"paragraph" json:"paragraph"`
	// Sentence is the fact's provenance: the sentence it was taken from,
	// as the release states it.
	Sentence string `yaml:"sentence" json:"sentence"`

	Donor     string  `yaml:"donor,omitempty" json:"donor,omitempty"`
	Recipient string  `yaml:"recipient,omitempty" json:"recipient,omitempty"`
	Year      int     `yaml:"year,omitempty" json:"year,omitempty"`
	Amount    *Amount `yaml:"amount,omitempty" json:"amount,omitempty"`
	// Total marks an amount that is the release's total.
	Total bool `yaml:"total,omitempty" json:"total,omitempty"`
	// Context, on an amount, says why the amount is not this donor's gift
	// in this release, or a part of it: "appeal", "plan", "cumulative",
	// "other donor", "earlier", "overall", "withheld", "loss" (what a disaster
	// costs), "trade" (what countries trade or invest). Such an amount is quoted for
	// context and never answered as what a donor gave. Empty for the
	// total and its parts.
	Context string `yaml:"context,omitempty" json:"context,omitempty"`
	// Sector is what a part of the money is for when the release names a
	// sector or purpose rather than a place ("food assistance").
	Sector string `yaml:"sector,omitempty" json:"sector,omitempty"`
	// Check is set when ingest was not sure of the fact: a short reason
	// ("currency assumed from the release", "place uncertain"). A person
	// clears it by editing the file; answers that use the fact say it was
	// read automatically and not yet checked.
	Check string `yaml:"check,omitempty" json:"check,omitempty"`

	// Country is the ISO 3166 alpha-3 code of the destination country, and
	// CountryName its common English name.
	Country     string `yaml:"country,omitempty" json:"country,omitempty"`
	CountryName string `yaml:"country_name,omitempty" json:"country_name,omitempty"`
	// Region is a named region that is not a country ("Horn of Africa").
	Region string `yaml:"region,omitempty" json:"region,omitempty"`
	// Regions, on a share the release states for several regions together
	// ("35 per cent to the Middle East and North Africa and Europe"), names
	// them all in the release's order; Region is then empty, as the share is
	// no one region's. Read them with RegionNames.
	Regions []string `yaml:"regions,omitempty" json:"regions,omitempty"`

	// Share is a part of the total as stated ("roughly 25 per cent"),
	// Percent its number when the release gives one, and Largest marks "the
	// largest share".
	Share   string  `yaml:"share,omitempty" json:"share,omitempty"`
	Percent float64 `yaml:"percent,omitempty" json:"percent,omitempty"`
	Largest bool    `yaml:"largest,omitempty" json:"largest,omitempty"`

	// Count is a number of people, as a number, and CountStated as written
	// ("approximately 450,000").
	Count       int    `yaml:"count,omitempty" json:"count,omitempty"`
	CountStated string `yaml:"count_stated,omitempty" json:"count_stated,omitempty"`
	// Who says who the people are ("flood affected individuals"), or for a
	// person fact, their role.
	Who string `yaml:"who,omitempty" json:"who,omitempty"`

	Person string `yaml:"person,omitempty" json:"person,omitempty"`
	Role   string `yaml:"role,omitempty" json:"role,omitempty"`
	Office string `yaml:"office,omitempty" json:"office,omitempty"`
	Phone  string `yaml:"phone,omitempty" json:"phone,omitempty"`
	Email  string `yaml:"email,omitempty" json:"email,omitempty"`

	// Quote is the words quoted, without the quotation marks.
	Quote string `yaml:"quote,omitempty" json:"quote,omitempty"`

	// Attribute names an organisation fact ("founded", "member_states",
	// "countries_of_presence") and Value gives it as stated ("1951", "175").
	Attribute string `yaml:"attribute,omitempty" json:"attribute,omitempty"`
	Value     string `yaml:"value,omitempty" json:"value,omitempty"`

	// Text summarises an activity in the release's own words.
	Text string `yaml:"text,omitempty" json:"text,omitempty"`
}

// Release is one press release: its metadata, paragraphs and facts.
type Release struct {
	// ID is stable: ingesting the same release again yields the same id.
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	// Donors are the donor governments or bodies, in the release's words
	// ("Japan").
	Donors []string `yaml:"donors,omitempty"`
	// Recipient is the recipient organisation ("IOM").
	Recipient string `yaml:"recipient,omitempty"`
	// Year is the funding year, when stated; Date the release date, when
	// stated, as written.
	Year int `yaml:"year,omitempty"`
	// Period is the span of years the release states its funding for,
	// written FIRST-LAST ("2023-2024"), when it states more than one year
	// ("for 2023 and 2024", "for the period 2021–2023", "over the next three
	// years" of a 2019 release); Year is then the period's first year, as
	// before. An amount of such a release is the period's together: it is
	// never shown as one year's own amount, nor divided among the years.
	Period string `yaml:"period,omitempty"`
	Date   string `yaml:"date,omitempty"`
	// Published is the publication date, YYYY-MM-DD, when known.
	Published string `yaml:"published,omitempty"`
	// Recipients lists every recipient organisation when a release names
	// more than one; Recipient is then the first.
	Recipients []string `yaml:"recipients,omitempty"`
	// TitleDerived is set when the page had no title line and Title was
	// derived from the announcing sentence.
	TitleDerived bool `yaml:"title_derived,omitempty"`
	// Source names where the release came from: the ingested file or a URL.
	Source string `yaml:"source,omitempty"`
	// URL is the release's address on the web, when known: answers link
	// to it.
	URL string `yaml:"url,omitempty"`
	// Site is the publishing site's name, when the page gives it.
	Site string `yaml:"site,omitempty"`
	// Check lists what ingest was not sure of about the release as a
	// whole ("no total: ...", "year taken from the publication date").
	Check []string `yaml:"check,omitempty"`
	Facts []Fact   `yaml:"facts,omitempty"`
	// Paragraphs are the release's paragraphs in order, each one line of
	// text. They are the file's body, not its front matter.
	Paragraphs []string `yaml:"-"`
}

// PeriodYears returns the first and last year of r's Period, or 0, 0 when
// it states none (or one that does not read as FIRST-LAST).
func (r *Release) PeriodYears() (first, last int) {
	a, b, ok := strings.Cut(r.Period, "-")
	if !ok {
		return 0, 0
	}
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || y <= x {
		return 0, 0
	}
	return x, y
}

// Covers reports whether r's funding is for year: its Year, or a year
// within its Period.
func (r *Release) Covers(year int) bool {
	if first, last := r.PeriodYears(); first != 0 {
		return year >= first && year <= last
	}
	return r.Year != 0 && r.Year == year
}

// Paragraph returns the n-th paragraph (1-based), or "" if there is none.
func (r *Release) Paragraph(n int) string {
	if n < 1 || n > len(r.Paragraphs) {
		return ""
	}
	return r.Paragraphs[n-1]
}

// Total returns the release's total amount fact, if it states one.
func (r *Release) Total() (Fact, bool) {
	for _, f := range r.Facts {
		if f.Kind == KindAmount && f.Total {
			return f, true
		}
	}
	return Fact{}, false
}

// RegionNames returns the regions a fact is for: its Regions when it is
// for several together, else its Region alone, else none.
func (f *Fact) RegionNames() []string {
	if len(f.Regions) > 0 {
		return f.Regions
	}
	if f.Region != "" {
		return []string{f.Region}
	}
	return nil
}

// InRegion reports whether a fact is for the region name (or, with
// Regions, for it among others), compared folded.
func (f *Fact) InRegion(name string) bool {
	k := Fold(name)
	for _, r := range f.RegionNames() {
		if Fold(r) == k {
			return true
		}
	}
	return false
}

// Marshal writes r in the release file format that Parse reads.
func (r *Release) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(frontMatterFence + "\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(r); err != nil {
		return nil, fmt.Errorf("encode release %s: %w", r.ID, err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encode release %s: %w", r.ID, err)
	}
	buf.WriteString(frontMatterFence + "\n")
	fmt.Fprintf(&buf, "# %s\n", r.Title)
	for _, p := range r.Paragraphs {
		fmt.Fprintf(&buf, "\n%s\n", p)
	}
	return buf.Bytes(), nil
}

// FileName returns the name of the file that holds the release with the
// given id.
func FileName(id string) string { return id + ".md" }

// Corpus is a set of releases, in id order.
type Corpus struct {
	Releases    []*Release
	byID        map[string]*Release
	fingerprint string
	skipped     []*FileError
	// compiled is what LoadWith read, for WriteCompiled; compiledChanged
	// says it differs from the compiled form LoadWith was given.
	compiled        *Compiled
	compiledChanged bool
	// previous is the compiled form LoadWith took releases from, if any.
	previous *Compiled
}

// New returns a corpus of the given releases. fingerprint identifies their
// content; if it is empty, New computes one from the releases themselves.
func New(releases []*Release, fingerprint string) (*Corpus, error) {
	c := &Corpus{byID: make(map[string]*Release, len(releases))}
	if len(releases) > 0 {
		c.Releases = make([]*Release, 0, len(releases))
	}
	for _, r := range releases {
		if _, dup := c.byID[r.ID]; dup {
			return nil, fmt.Errorf("release id %q: %w: used by two files", r.ID, ErrFormat)
		}
		c.byID[r.ID] = r
		c.Releases = append(c.Releases, r)
	}
	byID := func(a, b *Release) int { return strings.Compare(a.ID, b.ID) }
	if !slices.IsSortedFunc(c.Releases, byID) { // as files named after their releases are
		slices.SortFunc(c.Releases, byID)
	}
	if fingerprint == "" {
		h := sha256.New()
		for _, r := range c.Releases {
			b, err := r.Marshal()
			if err != nil {
				return nil, err
			}
			h.Write(b)
			h.Write([]byte{0})
		}
		fingerprint = hex.EncodeToString(h.Sum(nil))
	}
	c.fingerprint = fingerprint
	return c, nil
}

// Release returns the release with the given id.
func (c *Corpus) Release(id string) (*Release, bool) {
	r, ok := c.byID[id]
	return r, ok
}

// CheckPrevious returns an error wrapping ErrCompiledStale if the compiled
// corpus c took releases from (LoadOptions.Previous) proves damaged, and nil
// when it is sound or c took none from one. It waits for the checks of a
// mapped compiled corpus, which run while the corpus loads: a corpus must
// not answer before its CheckPrevious returns nil.
func (c *Corpus) CheckPrevious() error { return c.previous.Check() }

// Skipped lists the release files LoadWith skipped, and why.
func (c *Corpus) Skipped() []*FileError { return c.skipped }

// CompiledChanged reports whether c's compiled form differs from the one
// LoadWith was given (or none was given), so that it is worth writing again.
func (c *Corpus) CompiledChanged() bool { return c.compiled != nil && c.compiledChanged }

// Fingerprint identifies the corpus's content: it changes when any release
// file changes, is added or removed.
func (c *Corpus) Fingerprint() string { return c.fingerprint }

//go:embed *.md
var embedded embed.FS

// Default returns the corpus embedded in the binary: the release files in
// the repository's corpus folder at build time.
func Default() (*Corpus, error) {
	c, err := Load(embedded)
	if c != nil {
		c.compiled = nil // built in: nothing to keep beside an index
	}
	return c, err
}
