package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"
)

// The compiled form of a corpus is what LoadWith read, kept so that a later
// LoadWith of the same folder need not read and parse every release file
// again: for each release file its name, what its file system said of it
// (size, modification and change times, inode), the SHA-256 of its content
// and its parsed release. A persisted index keeps it beside itself.
//
// LoadWith reuses a file's parsed release without opening the file only
// when the file system reports exactly the same size, times and inode as
// when it was read, and the file last changed at least racyWindow before
// that earlier load began (a file changed within the file system's clock
// tick of being read could change again unseen, as git's "racily clean"
// entries). Otherwise it reads the file and hashes it, and parses it only if
// the hash differs. The corpus's fingerprint is computed from the files'
// names and hashes either way, so an index is reused only for the same
// content.

// racyWindow is how long before an earlier load began a file must have last
// changed for its file system state to be trusted.
const racyWindow = 2 * time.Second

// fileState is what the file system said of a release file when LoadWith
// read it. Change is 0 where the platform does not give a change time, and
// such a state is never trusted.
type fileState struct {
	Size, ModTime, Change int64 // bytes, Unix nanoseconds
	Inode                 uint64
}

// compiledFile is one release file of a corpus as LoadWith read it.
type compiledFile struct {
	Name    string
	State   fileState
	Sum     [32]byte // SHA-256 of the content
	Release *Release
}

// Compiled is the compiled form of a corpus: see ReadCompiled and
// Corpus.WriteCompiled.
type Compiled struct {
	start time.Time // when the load that read the files began
	// table holds the files of a compiled corpus read back (in its
	// image), list those of one LoadWith read; both in name order.
	table []compiledFile
	list  []*compiledFile
	image []byte // what the files and releases are kept in
	// ready, when the values are checked after the compiled corpus is
	// returned, waits for that check and returns its result: start and
	// table are set once it returns nil.
	ready func() error
	check func() error // Check's, when the strings are checked later
	unmap func()       // releases a mapped image, for benchmarks
	// checked, if not nil, is called once when Check finds the whole
	// image sound: it records the check for later processes.
	checked     func()
	checkedOnce sync.Once
	// unchecked says the checks were skipped: a record said this file, in
	// this state, was checked whole before (see checkedRecord).
	unchecked bool
}

// compiledMagic starts a compiled corpus; the schema, which follows, names
// every field of Release and the types it holds, with their places in
// memory, so that a compiled corpus written by a build with other fields or
// another layout is refused, not misread.
const compiledMagic = "fundbot compiled corpus 4\n"

// castagnoli is the CRC-32C table: the checksums of a compiled corpus, which
// CPUs compute in hardware.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ErrCompiledStale reports a compiled corpus that this build cannot read:
// written by one whose releases have other fields, or damaged.
var ErrCompiledStale = errors.New("compiled corpus unusable")

// A compiled corpus holds its releases as an image: the bytes of the Go
// values themselves (Release, Fact and Amount structs, the arrays of their
// slices, the bytes of their strings), laid out as they would be in memory
// at imageBase. A process maps the image there (compiled_linux.go), and the
// releases are ready without a byte decoded, copied or allocated: answering
// reads the file's pages from the page cache. Where the image cannot be
// mapped there (the address is taken, another platform), its pointers are
// moved by the difference, from the list of where they are kept in the
// image.
//
// The image's memory is not Go's heap, and nothing in it points there, so
// the garbage collector has nothing to scan in it; it is mapped read-only,
// so that a write to a release kept in it (which could make it point into
// the heap, out of the collector's sight) fails loudly rather than corrupt
// memory. Releases are never changed after loading.
//
// The image holds the values first, then the bytes of their strings, each
// part with its own checksum. The values are checked before they are used:
// a damaged pointer would crash the process. The strings, most of the
// image, need only be checked before an answer is given from them: on Linux
// that is done on another CPU while the corpus loads (see Compiled.Check),
// so that a process reads only the pages of the strings it uses.
//
// File layout: magic, schema and '\n'; the header (headerWords 8-byte
// little-endian words: see header); zero bytes up to the image, which
// starts at a multiple of imageAlign; the image; the relocations (4 bytes
// each: the offsets in the image of its pointers).
const (
	// imageBase is the address an image is laid out for: far from where
	// Go's heap and the C libraries' mappings go on 64-bit Linux.
	imageBase = 0x3a00_0000_0000
	// imageAlign is a huge page (and a multiple of every page size):
	// where the page cache holds the file in 2 MiB folios, an image that
	// starts on one in the file, mapped at an address on one, is mapped
	// 2 MiB at a time, and reading it touches 2 MiB pages, not 4 KiB ones
	// (on this project's virtual machine the first touch of each 4 KiB
	// page of a release was most of loading the corpus).
	imageAlign  = 2 << 20
	headerWords = 9
)

// header is what follows a compiled corpus's schema.
type header struct {
	base       uint64 // the address the image was laid out for
	imageOff   uint64 // where the image starts in the file
	imageLen   uint64
	valuesLen  uint64 // the values; the strings' bytes follow
	relocCount uint64
	valuesSum  uint32 // CRC-32C of the values
	stringsSum uint32 // CRC-32C of the strings' bytes
	relocSum   uint32 // CRC-32C of the relocations
	// headSum, the last word, is the CRC-32C of everything before it.
}

// imageRoot is the value at the start of an image.
type imageRoot struct {
	Start int64 // when the load that read the files began, Unix nanoseconds
	Files []compiledFile
}

// WriteCompiled writes c's compiled form to w. It fails for a corpus not read
// by LoadWith.
func (c *Corpus) WriteCompiled(w io.Writer) error {
	if c.compiled == nil {
		return errors.New("write compiled corpus: the corpus was not loaded from files")
	}
	if err := c.previous.Check(); err != nil {
		// Its releases came from a damaged compiled corpus: writing
		// them would give the damage a new checksum.
		return fmt.Errorf("write compiled corpus: %w", err)
	}
	rp, err := releasePlan()
	if err != nil {
		return fmt.Errorf("write compiled corpus: %w", err)
	}
	files := c.compiled.files()
	iw := imageWriter{strs: map[string]uint64{}}
	// What every load reads of every file comes first among the strings,
	// on a few pages; the text, which answers read a little of, after.
	for _, f := range files {
		iw.intern(f.Name)
		iw.intern(f.Release.ID)
		iw.intern(f.Release.Source)
	}
	root := iw.alloc(unsafe.Sizeof(imageRoot{}), unsafe.Alignof(imageRoot{}))
	binary.LittleEndian.PutUint64(iw.buf[root:], uint64(c.compiled.start.UnixNano()))
	fsize := unsafe.Sizeof(compiledFile{})
	table := iw.alloc(fsize*uintptr(len(files)), unsafe.Alignof(compiledFile{}))
	iw.slice(root+uint64(unsafe.Offsetof(imageRoot{}.Files)), table, len(files))
	for i, f := range files {
		at := table + uint64(i)*uint64(fsize)
		iw.str(at+uint64(unsafe.Offsetof(f.Name)), f.Name)
		st := at + uint64(unsafe.Offsetof(f.State))
		for j, x := range []uint64{uint64(f.State.Size), uint64(f.State.ModTime), uint64(f.State.Change), f.State.Inode} {
			binary.LittleEndian.PutUint64(iw.buf[st+8*uint64(j):], x)
		}
		copy(iw.buf[at+uint64(unsafe.Offsetof(f.Sum)):], f.Sum[:])
		r := iw.alloc(rp.typ.Size(), uintptr(rp.typ.Align()))
		iw.value(rp, r, unsafe.Pointer(f.Release))
		iw.ptr(at+uint64(unsafe.Offsetof(f.Release)), r)
	}
	values := iw.finish()
	if uint64(len(iw.buf)) > math.MaxUint32 {
		return errors.New("write compiled corpus: over 4 GB")
	}
	relocs := make([]byte, 4*len(iw.relocs))
	for i, r := range iw.relocs {
		binary.LittleEndian.PutUint32(relocs[4*i:], r)
	}
	prefix := compiledMagic + rp.schema + "\n"
	headEnd := len(prefix) + 8*headerWords
	h := []uint64{
		imageBase,
		uint64((headEnd + imageAlign - 1) / imageAlign * imageAlign),
		uint64(len(iw.buf)),
		values,
		uint64(len(iw.relocs)),
		uint64(crc32.Checksum(iw.buf[:values], castagnoli)),
		uint64(crc32.Checksum(iw.buf[values:], castagnoli)),
		uint64(crc32.Checksum(relocs, castagnoli)),
	}
	head := []byte(prefix)
	for _, x := range h {
		head = binary.LittleEndian.AppendUint64(head, x)
	}
	head = binary.LittleEndian.AppendUint64(head, uint64(crc32.Checksum(head, castagnoli)))
	head = append(head, make([]byte, int(h[1])-len(head))...)
	for _, b := range [][]byte{head, iw.buf, relocs} {
		if _, err := w.Write(b); err != nil {
			return fmt.Errorf("write compiled corpus: %w", err)
		}
	}
	return nil
}

// readHeader checks the start of a compiled corpus of size bytes and
// returns its header. start must hold at least the schema and header.
func readHeader(start []byte, size int64) (header, error) {
	var h header
	rp, err := releasePlan()
	if err != nil {
		return h, fmt.Errorf("%w: %w", ErrCompiledStale, err)
	}
	prefix := compiledMagic + rp.schema + "\n"
	if !bytes.HasPrefix(start, []byte(prefix)) {
		return h, fmt.Errorf("%w: written by another version", ErrCompiledStale)
	}
	headEnd := len(prefix) + 8*headerWords
	if len(start) < headEnd {
		return h, fmt.Errorf("%w: damaged (no header)", ErrCompiledStale)
	}
	word := func(i int) uint64 { return binary.LittleEndian.Uint64(start[len(prefix)+8*i:]) }
	if uint64(crc32.Checksum(start[:headEnd-8], castagnoli)) != word(headerWords-1) {
		return h, fmt.Errorf("%w: damaged (header checksum)", ErrCompiledStale)
	}
	h = header{base: word(0), imageOff: word(1), imageLen: word(2), valuesLen: word(3), relocCount: word(4),
		valuesSum: uint32(word(5)), stringsSum: uint32(word(6)), relocSum: uint32(word(7))}
	if h.imageOff%imageAlign != 0 || h.imageOff < uint64(headEnd) || h.valuesLen < uint64(unsafe.Sizeof(imageRoot{})) ||
		h.imageLen > math.MaxUint32 || h.valuesLen > h.imageLen || h.relocCount > h.valuesLen/8 ||
		h.imageOff+h.imageLen+4*h.relocCount != uint64(size) {
		return h, fmt.Errorf("%w: damaged (header)", ErrCompiledStale)
	}
	return h, nil
}

// ReadCompiled reads a compiled corpus that WriteCompiled wrote, copying
// its image out of data. It returns an error wrapping ErrCompiledStale for
// data this build cannot read. A process reads the compiled corpus it kept
// with OpenCompiled, which copies nothing.
func ReadCompiled(data []byte) (*Compiled, error) {
	h, err := readHeader(data, int64(len(data)))
	if err != nil {
		return nil, err
	}
	image := data[h.imageOff : h.imageOff+h.imageLen]
	if err := h.checkValues(image); err != nil {
		return nil, err
	}
	if err := h.checkStrings(image); err != nil {
		return nil, err
	}
	// A []byte holds no pointers for the collector to follow: the
	// image's pointers into itself stay out of its sight, and the
	// releases' pointers into the image keep it alive.
	img := make([]byte, len(image))
	copy(img, image)
	if err := relocate(img, h, data[h.imageOff+h.imageLen:]); err != nil {
		return nil, err
	}
	return fromImage(img, nil, nil)
}

// checkValues checks the checksum of the values of image.
func (h header) checkValues(image []byte) error {
	if crc32.Checksum(image[:h.valuesLen], castagnoli) != h.valuesSum {
		return fmt.Errorf("%w: damaged (checksum of the values)", ErrCompiledStale)
	}
	return nil
}

// checkStrings checks the checksum of the strings' bytes of image.
func (h header) checkStrings(image []byte) error {
	if crc32.Checksum(image[h.valuesLen:], castagnoli) != h.stringsSum {
		return fmt.Errorf("%w: damaged (checksum of the strings)", ErrCompiledStale)
	}
	return nil
}

// Check returns an error wrapping ErrCompiledStale if cc (whose values and
// strings are checked after it is returned, on Linux) proves damaged, and
// nil once it is checked and sound, or for a nil cc. A corpus loaded with
// cc must not be used to answer before Check returns nil: see
// Corpus.CheckPrevious.
func (cc *Compiled) Check() error {
	if err := cc.waitValues(); err != nil {
		return err
	}
	if cc == nil || cc.check == nil {
		return nil
	}
	if err := cc.check(); err != nil {
		return err
	}
	if cc.checked != nil {
		cc.checkedOnce.Do(cc.checked)
	}
	return nil
}

// waitValues waits until cc's values are checked and returns an error
// wrapping ErrCompiledStale if they are damaged (the image is then
// released: nothing may read it), nil for a nil cc.
func (cc *Compiled) waitValues() error {
	if cc == nil || cc.ready == nil {
		return nil
	}
	return cc.ready()
}

// relocate moves the pointers of an image laid out for h.base to where img
// is, checking that each points into the image.
func relocate(img []byte, h header, relocs []byte) error {
	if uint64(len(relocs)) != 4*h.relocCount || crc32.Checksum(relocs, castagnoli) != h.relocSum {
		return fmt.Errorf("%w: damaged (relocations)", ErrCompiledStale)
	}
	at := uint64(uintptr(unsafe.Pointer(unsafe.SliceData(img))))
	for i := 0; i < len(relocs); i += 4 {
		r := uint64(binary.LittleEndian.Uint32(relocs[i:]))
		if r%8 != 0 || r+8 > uint64(len(img)) {
			return fmt.Errorf("%w: damaged (relocation %d)", ErrCompiledStale, i/4)
		}
		p := binary.LittleEndian.Uint64(img[r:])
		if p < h.base || p-h.base >= uint64(len(img)) {
			return fmt.Errorf("%w: damaged (pointer at %d)", ErrCompiledStale, r)
		}
		binary.LittleEndian.PutUint64(img[r:], p-h.base+at)
	}
	return nil
}

// fromImage returns the compiled corpus whose image, at its place, is img.
// release, if not nil, releases img's memory when the image proves unusable;
// check, if not nil, is Check's.
func fromImage(img []byte, release func(), check func() error) (*Compiled, error) {
	cc := &Compiled{image: img, check: check, unmap: release}
	if err := cc.readFiles(); err != nil {
		if release != nil {
			release()
		}
		return nil, err
	}
	return cc, nil
}

// readFiles reads the file table of cc's image, whose values are checked.
func (cc *Compiled) readFiles() error {
	img := cc.image
	root := (*imageRoot)(unsafe.Pointer(unsafe.SliceData(img)))
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(img)))
	files := root.Files
	if p := uintptr(unsafe.Pointer(unsafe.SliceData(files))); len(files) > 0 &&
		(p < lo || p%unsafe.Alignof(compiledFile{}) != 0 ||
			uint64(len(files)) > uint64(len(img))/uint64(unsafe.Sizeof(compiledFile{})) ||
			p-lo+uintptr(len(files))*unsafe.Sizeof(compiledFile{}) > uintptr(len(img))) {
		return fmt.Errorf("%w: damaged (file table)", ErrCompiledStale)
	}
	cc.start, cc.table = time.Unix(0, root.Start), files
	return nil
}

// imageWriter lays values out as an image: see WriteCompiled.
type imageWriter struct {
	buf     []byte            // the values
	strings []byte            // the strings' bytes, to follow the values
	strs    map[string]uint64 // where each string's bytes are in strings
	strAt   []uint64          // where the values point into strings
	relocs  []uint32          // where the pointers are
}

// finish appends the strings' bytes to the values, pointing the values'
// strings at them, and returns the length of the values.
func (w *imageWriter) finish() uint64 {
	values := w.alloc(0, 8)
	for _, at := range w.strAt {
		binary.LittleEndian.PutUint64(w.buf[at:], imageBase+values+binary.LittleEndian.Uint64(w.buf[at:]))
		w.relocs = append(w.relocs, uint32(at))
	}
	w.buf = append(w.buf, w.strings...)
	return values
}

// alloc returns the offset of size new zero bytes aligned to align.
func (w *imageWriter) alloc(size, align uintptr) uint64 {
	at := (uintptr(len(w.buf)) + align - 1) &^ (align - 1)
	w.buf = append(w.buf, make([]byte, at+size-uintptr(len(w.buf)))...)
	return uint64(at)
}

// ptr writes at at the address of the image's offset to.
func (w *imageWriter) ptr(at, to uint64) {
	binary.LittleEndian.PutUint64(w.buf[at:], imageBase+to)
	w.relocs = append(w.relocs, uint32(at))
}

// str writes at at a string header for s, with s's bytes in the image
// (once for every use of the same string).
func (w *imageWriter) str(at uint64, s string) {
	if s == "" {
		clear(w.buf[at : at+16])
		return
	}
	binary.LittleEndian.PutUint64(w.buf[at:], w.intern(s)) // made a pointer by finish
	w.strAt = append(w.strAt, at)
	binary.LittleEndian.PutUint64(w.buf[at+8:], uint64(len(s)))
}

// intern returns where s's bytes are among the strings, adding them the
// first time.
func (w *imageWriter) intern(s string) uint64 {
	to, ok := w.strs[s]
	if !ok {
		to = uint64(len(w.strings))
		w.strings = append(w.strings, s...)
		w.strs[s] = to
	}
	return to
}

// slice writes at at a slice header for n elements at offset to.
func (w *imageWriter) slice(at, to uint64, n int) {
	w.ptr(at, to)
	binary.LittleEndian.PutUint64(w.buf[at+8:], uint64(n))
	binary.LittleEndian.PutUint64(w.buf[at+16:], uint64(n))
}

// value lays the struct of plan p at src out at offset at: its bytes, then
// what its strings, slices and pointers refer to. A nil slice stays nil and
// an empty one empty, so that the value reads back as it was.
func (w *imageWriter) value(p *plan, at uint64, src unsafe.Pointer) {
	copy(w.buf[at:], unsafe.Slice((*byte)(src), p.typ.Size()))
	for _, f := range p.fields {
		to, from := at+uint64(f.offset), unsafe.Add(src, f.offset)
		switch f.kind {
		case kString:
			w.str(to, *(*string)(from))
		case kStrings:
			xs := *(*[]string)(from)
			if xs == nil {
				clear(w.buf[to : to+24])
				continue
			}
			arr := w.alloc(unsafe.Sizeof("")*uintptr(len(xs)), unsafe.Alignof(""))
			for i, s := range xs {
				w.str(arr+uint64(i)*uint64(unsafe.Sizeof("")), s)
			}
			w.slice(to, arr, len(xs))
		case kPtr:
			q := *(*unsafe.Pointer)(from)
			if q == nil {
				clear(w.buf[to : to+8])
				continue
			}
			obj := w.alloc(f.elem.typ.Size(), uintptr(f.elem.typ.Align()))
			w.value(f.elem, obj, q)
			w.ptr(to, obj)
		case kSlice:
			v := reflect.NewAt(reflect.SliceOf(f.elem.typ), from).Elem()
			if v.IsNil() {
				clear(w.buf[to : to+24])
				continue
			}
			size := uint64(f.elem.typ.Size())
			arr := w.alloc(uintptr(size)*uintptr(v.Len()), uintptr(f.elem.typ.Align()))
			for i := range v.Len() {
				w.value(f.elem, arr+uint64(i)*size, v.Index(i).Addr().UnsafePointer())
			}
			w.slice(to, arr, v.Len())
		}
	}
}

// files returns cc's files in name order.
func (cc *Compiled) files() []*compiledFile {
	if cc.list != nil {
		return cc.list
	}
	out := make([]*compiledFile, len(cc.table))
	for i := range cc.table {
		out[i] = &cc.table[i]
	}
	slices.SortFunc(out, func(a, b *compiledFile) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Corpus returns the corpus cc was compiled from, as it was then: the
// releases of its files, in its name order, with the fingerprint that
// LoadWith gives the same files (so an index of it is reused as for them).
// It is what a load with cc as Previous returns while no file has changed,
// without a file asked for its state: a process can start from it while it
// loads the folder, and keep it when the load's fingerprint is the same.
// It waits for cc's values to be checked.
func (cc *Compiled) Corpus() (*Corpus, error) {
	if err := cc.waitValues(); err != nil {
		return nil, err
	}
	n := cc.count()
	releases := make([]*Release, 0, n)
	h := sha256.New()
	for i := range n {
		f := cc.file(i)
		releases = append(releases, f.Release)
		fingerprintFile(h, f.Name, f.Sum)
	}
	c, err := New(releases, hex.EncodeToString(h.Sum(nil)))
	if err != nil {
		return nil, err
	}
	c.compiled, c.previous = cc, cc
	return c, nil
}

// count returns how many files cc holds (0 for a nil cc).
func (cc *Compiled) count() int {
	if cc == nil {
		return 0
	}
	return len(cc.table) + len(cc.list)
}

// file returns cc's i-th file in name order.
func (cc *Compiled) file(i int) *compiledFile {
	if cc.table != nil {
		return &cc.table[i]
	}
	return cc.list[i]
}

// A fileCursor finds the files of a compiled corpus by name, for names
// asked in ascending order (a listing of the folder), by walking its files
// alongside instead of through a map of 10,000 names.
type fileCursor struct {
	cc *Compiled
	i  int
}

// find returns the file named name, or nil. Names must be asked in
// ascending order.
func (c *fileCursor) find(name string) *compiledFile {
	n := c.cc.count()
	for c.i < n && c.cc.file(c.i).Name < name {
		c.i++
	}
	if c.i < n && c.cc.file(c.i).Name == name {
		return c.cc.file(c.i)
	}
	return nil
}

// trusted returns the file named name from cc (nil if there is none), and
// whether its release can be taken without reading the file: the file
// system says the file has not changed since, and it had not changed for
// racyWindow before that earlier load began.
func (c *fileCursor) trusted(name string, st fileState) (*compiledFile, bool) {
	if c.cc == nil {
		return nil, false
	}
	f := c.find(name)
	if f == nil || st.Change == 0 || f.State != st {
		return f, false
	}
	before := c.cc.start.Add(-racyWindow).UnixNano()
	return f, st.Change < before && st.ModTime < before
}

// A plan says how to encode and decode values of one struct type: each
// exported field's offset and kind. Plans are made by reflection once;
// encoding and decoding then read and write fields through their offsets.
type plan struct {
	typ    reflect.Type
	fields []fieldPlan
	schema string
}

type fieldKind int

const (
	kString fieldKind = iota
	kInt
	kFloat
	kBool
	kStrings // []string
	kPtr     // *struct
	kSlice   // []struct
)

type fieldPlan struct {
	kind   fieldKind
	offset uintptr
	elem   *plan // for kPtr and kSlice
}

// releasePlan returns the plan of Release (some microseconds). Its schema
// also gives the layout of an image's root and file table, and the
// architecture.
func releasePlan() (*plan, error) {
	// An image is written with 8-byte little-endian pointers and string
	// and slice headers of 16 and 24 bytes.
	if unsafe.Sizeof(uintptr(0)) != 8 || binary.NativeEndian.Uint16([]byte{1, 0}) != 1 {
		return nil, fmt.Errorf("a compiled corpus needs a 64-bit little-endian machine, not %s", runtime.GOARCH)
	}
	p, err := makePlan(reflect.TypeFor[Release]())
	if err != nil {
		return nil, err
	}
	var f compiledFile
	p.schema = fmt.Sprintf("%s root{Start@%d;Files@%d}%d file{Name@%d;State@%d;Sum@%d;Release@%d}%d %s",
		runtime.GOARCH, unsafe.Offsetof(imageRoot{}.Start), unsafe.Offsetof(imageRoot{}.Files), unsafe.Sizeof(imageRoot{}),
		unsafe.Offsetof(f.Name), unsafe.Offsetof(f.State), unsafe.Offsetof(f.Sum), unsafe.Offsetof(f.Release), unsafe.Sizeof(f),
		p.schema)
	return p, nil
}

// makePlan makes the plan of struct type t. It fails on a field of a kind
// the compiled form cannot hold, so that a new field of such a kind is a
// test failure rather than a field silently lost.
func makePlan(t reflect.Type) (*plan, error) {
	p := &plan{typ: t}
	var schema strings.Builder
	schema.WriteString(t.Name() + "{")
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			return nil, fmt.Errorf("%s.%s: unexported field", t.Name(), sf.Name)
		}
		fp := fieldPlan{offset: sf.Offset}
		desc := sf.Type.String()
		switch ft := sf.Type; {
		case ft.Kind() == reflect.String:
			fp.kind = kString
		case ft.Kind() == reflect.Int:
			fp.kind = kInt
		case ft.Kind() == reflect.Float64:
			fp.kind = kFloat
		case ft.Kind() == reflect.Bool:
			fp.kind = kBool
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String:
			fp.kind = kStrings
		case ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Struct:
			fp.kind = kPtr
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			fp.kind = kSlice
		default:
			return nil, fmt.Errorf("%s.%s: the compiled corpus cannot hold a %s", t.Name(), sf.Name, ft)
		}
		if fp.kind == kPtr || fp.kind == kSlice {
			elem, err := makePlan(sf.Type.Elem())
			if err != nil {
				return nil, err
			}
			fp.elem = elem
			desc = sf.Type.String()[:len(sf.Type.String())-len(sf.Type.Elem().String())] + elem.schema
		}
		fmt.Fprintf(&schema, "%s:%s@%d;", sf.Name, desc, sf.Offset)
		p.fields = append(p.fields, fp)
	}
	if len(p.fields) > 64 {
		return nil, fmt.Errorf("%s: over 64 fields", t.Name())
	}
	fmt.Fprintf(&schema, "}%d", t.Size())
	p.schema = schema.String()
	return p, nil
}
