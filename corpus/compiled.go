package corpus

import (
	"bytes"
	"encoding/binary"
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
	start  time.Time // when the load that read the files began
	byName map[string]*compiledFile
}

// compiledMagic starts a compiled corpus; the schema, which follows, names
// every field of Release and the types it holds, so that a compiled corpus
// written by a build with other fields is refused, not misread.
const compiledMagic = "fundbot compiled corpus 2\n"

// castagnoli is the CRC-32C table: the checksum of a compiled corpus, which
// CPUs compute in hardware.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ErrCompiledStale reports a compiled corpus that this build cannot read:
// written by one whose releases have other fields, or damaged.
var ErrCompiledStale = errors.New("compiled corpus unusable")

// WriteCompiled writes c's compiled form to w. It fails for a corpus not read
// by LoadWith.
func (c *Corpus) WriteCompiled(w io.Writer) error {
	if c.compiled == nil {
		return errors.New("write compiled corpus: the corpus was not loaded from files")
	}
	rp, err := releasePlan()
	if err != nil {
		return fmt.Errorf("write compiled corpus: %w", err)
	}
	e := encoder{ids: map[string]uint64{}}
	files := c.compiled.files()
	e.uvarint(uint64(c.compiled.start.UnixNano()))
	e.uvarint(uint64(len(files)))
	offsets := make([]byte, 0, 4*len(files))
	for _, f := range files {
		if len(e.buf) > math.MaxUint32 {
			return errors.New("write compiled corpus: over 4 GB")
		}
		offsets = binary.LittleEndian.AppendUint32(offsets, uint32(len(e.buf)))
		e.str(f.Name)
		e.uvarint(uint64(f.State.Size))
		e.uvarint(uint64(f.State.ModTime))
		e.uvarint(uint64(f.State.Change))
		e.uvarint(f.State.Inode)
		e.buf = append(e.buf, f.Sum[:]...)
		e.value(rp, unsafe.Pointer(f.Release))
	}
	// Layout: magic, schema, string table (count, then each length, then
	// all bytes), each file's offset in the body (4 bytes each, so that
	// files can be read in parallel), body length, body, and the CRC-32C of
	// all that.
	var head bytes.Buffer
	head.WriteString(compiledMagic)
	head.WriteString(rp.schema)
	head.WriteByte('\n')
	var n [binary.MaxVarintLen64]byte
	head.Write(n[:binary.PutUvarint(n[:], uint64(len(e.strs)))])
	for _, s := range e.strs {
		head.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
	}
	for _, s := range e.strs {
		head.WriteString(s)
	}
	head.Write(n[:binary.PutUvarint(n[:], uint64(len(files)))])
	head.Write(offsets)
	head.Write(n[:binary.PutUvarint(n[:], uint64(len(e.buf)))])
	sum := crc32.Update(crc32.Checksum(head.Bytes(), castagnoli), castagnoli, e.buf)
	for _, b := range [][]byte{head.Bytes(), e.buf, binary.LittleEndian.AppendUint32(nil, sum)} {
		if _, err := w.Write(b); err != nil {
			return fmt.Errorf("write compiled corpus: %w", err)
		}
	}
	return nil
}

// ReadCompiled reads a compiled corpus that WriteCompiled wrote. The
// releases' strings point into data, which the caller must not change
// afterwards. It returns an error wrapping ErrCompiledStale for data this
// build cannot read.
func ReadCompiled(data []byte) (cc *Compiled, err error) {
	rp, err := releasePlan()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCompiledStale, err)
	}
	head := compiledMagic + rp.schema + "\n"
	if !bytes.HasPrefix(data, []byte(head)) {
		return nil, fmt.Errorf("%w: written by another version", ErrCompiledStale)
	}
	if len(data) < len(head)+4 || crc32.Checksum(data[:len(data)-4], castagnoli) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, fmt.Errorf("%w: damaged (checksum)", ErrCompiledStale)
	}
	data = data[:len(data)-4]
	defer func() {
		if p := recover(); p != nil {
			cc, err = nil, fmt.Errorf("%w: damaged (%v)", ErrCompiledStale, p)
		}
	}()
	d := decoder{data: data, pos: len(head)}
	strs := make([]string, d.uvarint())
	lens := make([]int, len(strs))
	for i := range lens {
		lens[i] = int(d.uvarint())
	}
	for i, n := range lens {
		strs[i] = d.take(n)
	}
	d.strs = strs
	offsets := make([]int, d.uvarint())
	for i := range offsets {
		offsets[i] = int(binary.LittleEndian.Uint32([]byte(d.take(4))))
	}
	if n := int(d.uvarint()); n != len(data)-d.pos {
		return nil, fmt.Errorf("%w: damaged (body of %d bytes, want %d)", ErrCompiledStale, len(data)-d.pos, n)
	}
	body := d.pos
	cc = &Compiled{start: time.Unix(0, int64(d.uvarint()))}
	if n := int(d.uvarint()); n != len(offsets) {
		return nil, fmt.Errorf("%w: damaged (%d files, %d offsets)", ErrCompiledStale, n, len(offsets))
	}
	files := make([]compiledFile, len(offsets))
	releases := make([]Release, len(offsets))
	// Files are read in parallel, a share of them by each CPU.
	workers := min(runtime.GOMAXPROCS(0), max(1, len(files)/500))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			defer func() {
				if p := recover(); p != nil {
					errs[w] = fmt.Errorf("%w: damaged (%v)", ErrCompiledStale, p)
				}
			}()
			d := decoder{data: data, strs: strs}
			for i := w * len(files) / workers; i < (w+1)*len(files)/workers; i++ {
				d.pos = body + offsets[i]
				f := &files[i]
				f.Name = d.str()
				f.State = fileState{Size: int64(d.uvarint()), ModTime: int64(d.uvarint()), Change: int64(d.uvarint()), Inode: d.uvarint()}
				copy(f.Sum[:], d.take(len(f.Sum)))
				f.Release = &releases[i]
				d.value(rp, unsafe.Pointer(f.Release))
				if i+1 < len(files) && d.pos != body+offsets[i+1] || i+1 == len(files) && d.pos != len(data) {
					panic(fmt.Sprintf("file %d does not end where the next begins", i))
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	cc.byName = make(map[string]*compiledFile, len(files))
	for i := range files {
		cc.byName[files[i].Name] = &files[i]
	}
	return cc, nil
}

// files returns cc's files in name order.
func (cc *Compiled) files() []*compiledFile {
	out := make([]*compiledFile, 0, len(cc.byName))
	for _, f := range cc.byName {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b *compiledFile) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// trusted returns the release read from the file name when the file system
// says the file has not changed since, and it had not changed for
// racyWindow before that earlier load began.
func (cc *Compiled) trusted(name string, st fileState) (*compiledFile, bool) {
	if cc == nil {
		return nil, false
	}
	f, ok := cc.byName[name]
	if !ok || st.Change == 0 || f.State != st {
		return f, false
	}
	return f, st.Change < cc.start.Add(-racyWindow).UnixNano() && st.ModTime < cc.start.Add(-racyWindow).UnixNano()
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

// releasePlan returns the plan of Release (some microseconds).
func releasePlan() (*plan, error) { return makePlan(reflect.TypeFor[Release]()) }

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
		fmt.Fprintf(&schema, "%s:%s;", sf.Name, desc)
		p.fields = append(p.fields, fp)
	}
	if len(p.fields) > 64 {
		return nil, fmt.Errorf("%s: over 64 fields", t.Name())
	}
	schema.WriteString("}")
	p.schema = schema.String()
	return p, nil
}

// encoder writes values by plan; strings go to a table of distinct
// strings, and values refer to them by number.
type encoder struct {
	buf  []byte
	ids  map[string]uint64
	strs []string
}

func (e *encoder) uvarint(x uint64) { e.buf = binary.AppendUvarint(e.buf, x) }

func (e *encoder) str(s string) {
	id, ok := e.ids[s]
	if !ok {
		id = uint64(len(e.strs))
		e.ids[s] = id
		e.strs = append(e.strs, s)
	}
	e.uvarint(id)
}

// value writes the struct of plan p at ptr: a bit set of its fields that
// are not zero, then those fields. A release's facts leave most of their
// fields empty, so this writes, and reads back, a fraction of them.
func (e *encoder) value(p *plan, ptr unsafe.Pointer) {
	var set uint64
	for i, f := range p.fields {
		if !isZero(f, unsafe.Add(ptr, f.offset)) {
			set |= 1 << i
		}
	}
	e.uvarint(set)
	for i, f := range p.fields {
		if set&(1<<i) == 0 {
			continue
		}
		at := unsafe.Add(ptr, f.offset)
		switch f.kind {
		case kString:
			e.str(*(*string)(at))
		case kInt:
			e.buf = binary.AppendVarint(e.buf, int64(*(*int)(at)))
		case kFloat:
			e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(*(*float64)(at)))
		case kBool:
			// set: true
		case kStrings:
			xs := *(*[]string)(at)
			e.uvarint(uint64(len(xs)))
			for _, s := range xs {
				e.str(s)
			}
		case kPtr:
			e.value(f.elem, *(*unsafe.Pointer)(at))
		case kSlice:
			v := reflect.NewAt(reflect.SliceOf(f.elem.typ), at).Elem()
			e.uvarint(uint64(v.Len()))
			for i := range v.Len() {
				e.value(f.elem, v.Index(i).Addr().UnsafePointer())
			}
		}
	}
}

// isZero reports whether the field f at at holds its zero value (a nil
// slice; an empty one is not zero, so that it reads back as it was).
func isZero(f fieldPlan, at unsafe.Pointer) bool {
	switch f.kind {
	case kString:
		return *(*string)(at) == ""
	case kInt:
		return *(*int)(at) == 0
	case kFloat:
		return math.Float64bits(*(*float64)(at)) == 0
	case kBool:
		return !*(*bool)(at)
	case kStrings:
		return *(*[]string)(at) == nil
	case kPtr:
		return *(*unsafe.Pointer)(at) == nil
	default: // kSlice
		return reflect.NewAt(reflect.SliceOf(f.elem.typ), at).Elem().IsNil()
	}
}

// decoder reads what encoder wrote. It panics on damaged input; ReadCompiled
// recovers.
type decoder struct {
	data []byte
	pos  int
	strs []string
}

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		panic("bad varint")
	}
	d.pos += n
	return x
}

// take returns the next n bytes as a string that shares d.data's memory.
func (d *decoder) take(n int) string {
	if n < 0 || n > len(d.data)-d.pos {
		panic("string past the end")
	}
	if n == 0 {
		return ""
	}
	s := unsafe.String(&d.data[d.pos], n)
	d.pos += n
	return s
}

func (d *decoder) str() string { return d.strs[d.uvarint()] }

// value reads a struct of plan p into ptr, which points at a zero value.
func (d *decoder) value(p *plan, ptr unsafe.Pointer) {
	set := d.uvarint()
	if set>>len(p.fields) != 0 {
		panic("field set names fields the struct does not have")
	}
	for i := 0; set != 0; i, set = i+1, set>>1 {
		if set&1 == 0 {
			continue
		}
		f := &p.fields[i]
		at := unsafe.Add(ptr, f.offset)
		switch f.kind {
		case kString:
			*(*string)(at) = d.str()
		case kInt:
			x, n := binary.Varint(d.data[d.pos:])
			if n <= 0 {
				panic("bad varint")
			}
			d.pos += n
			*(*int)(at) = int(x)
		case kFloat:
			*(*float64)(at) = math.Float64frombits(binary.LittleEndian.Uint64(d.data[d.pos : d.pos+8]))
			d.pos += 8
		case kBool:
			*(*bool)(at) = true
		case kStrings:
			n := d.uvarint()
			if n > uint64(len(d.data)-d.pos) {
				panic("slice past the end")
			}
			xs := make([]string, n)
			for i := range xs {
				xs[i] = d.str()
			}
			*(*[]string)(at) = xs
		case kPtr:
			v := reflect.New(f.elem.typ)
			d.value(f.elem, v.UnsafePointer())
			*(*unsafe.Pointer)(at) = v.UnsafePointer()
		case kSlice:
			n := d.uvarint()
			if n > uint64(len(d.data)-d.pos) {
				panic("slice past the end")
			}
			v := reflect.MakeSlice(reflect.SliceOf(f.elem.typ), int(n), int(n))
			if n > 0 {
				base := v.Index(0).Addr().UnsafePointer()
				size := f.elem.typ.Size()
				for i := range int(n) {
					d.value(f.elem, unsafe.Add(base, uintptr(i)*size))
				}
			}
			reflect.NewAt(v.Type(), at).Elem().Set(v)
		}
	}
}
