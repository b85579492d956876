package corpus

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// OpenCompiled reads the compiled corpus that WriteCompiled wrote to the
// file name. Its image is mapped read-only at the address it was laid out
// for, so that nothing is decoded or copied; where that address is taken,
// it is mapped elsewhere and its pointers moved. The mapping is kept for
// the life of the process once the compiled corpus is used. It returns an
// error wrapping ErrCompiledStale for a file this build cannot read (another
// schema, a damaged header), and one wrapping os.ErrNotExist when there is
// no file.
//
// The rest is checked after it returns, on other CPUs, while the caller
// lists the corpus folder: the values (what holds pointers), which LoadWith
// waits for before it reads a release (a damaged one makes LoadWith parse
// every file instead), and the strings' bytes, which Check waits for.
//
// Those checks are skipped when the file is in the state (size, times,
// inode) that a record beside it says an earlier process checked it in:
// see checkedRecord.
func OpenCompiled(name string) (*Compiled, error) {
	return openCompiled(name, time.Now())
}

// openCompiled is OpenCompiled at the time now, which decides whether the
// file had stopped changing long enough before to be recorded as checked.
func openCompiled(name string, now time.Time) (*Compiled, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	h, st, err := openHeader(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	img, err := mapImage(f, h)
	if err != nil {
		f.Close()
		return nil, err
	}
	var unmapOnce sync.Once
	cc := &Compiled{image: img, unmap: func() {
		unmapOnce.Do(func() { unix.MunmapPtr(unsafe.Pointer(unsafe.SliceData(img)), uintptr(len(img))) })
	}}
	rec := checkedRecord{state: st, header: h}
	atBase := uint64(uintptr(unsafe.Pointer(unsafe.SliceData(img)))) == h.base
	cc.unchecked = atBase && rec.matches(name)
	if !cc.unchecked {
		checked := make(chan error, 1)
		go func() {
			populate(img[h.valuesLen:])
			checked <- h.checkStrings(img)
		}()
		cc.check = sync.OnceValue(func() error { return <-checked })
		if rec.settled(now) {
			// Once both checks pass, the next process may skip them
			// while the file stays in this state.
			cc.checked = func() { rec.write(name) }
		}
	}
	values := make(chan error, 1)
	go func() {
		defer f.Close() // read for the relocations
		var err error
		populate(img[:h.valuesLen])
		if !cc.unchecked {
			err = h.checkValues(img)
		} else {
			// Read by every answer.New (names, places, kinds) soon
			// after: mapped here in one call, not fault by fault.
			populate(img[h.valuesLen:])
		}
		if err == nil && !atBase {
			err = relocateMapped(f, h, img)
		}
		if err == nil {
			err = cc.readFiles()
		}
		if err != nil {
			if cc.check != nil {
				cc.check() // the strings are read until then
			}
			cc.unmap()
		}
		values <- err
	}()
	cc.ready = sync.OnceValue(func() error { return <-values })
	return cc, nil
}

// A checkedRecord says that a compiled corpus was checked whole (both
// checksums) while the file was in the given state, with the given
// header. It is kept beside the file (its name and checkedSuffix), and a
// later OpenCompiled skips the checks when the file is still in that state
// and has that header: reading 80 MB to check them was a third of the CPU
// time of a `fundbot ask` on 10,000 releases.
//
// What that keeps: any write to the file through the file system (an
// edit, a copy over it, a truncation, a new file renamed into its place)
// changes its change time or inode, so it is checked again; the header is
// checked every time. What it gives up is the detection of damage that no
// write reports, such as a disk returning other bytes than it was given
// after the check: the release files themselves are trusted on the same
// terms (LoadWith does not hash a file whose state is unchanged). A file
// is recorded only once it had not changed for racyWindow before the check
// began, so that a write in the same clock tick as the check cannot go
// unseen (as for release files).
type checkedRecord struct {
	state  fileState
	header header
}

// checkedSuffix names the record of a compiled corpus's check, beside it.
const checkedSuffix = ".checked"

// checkedMagic starts a record of a check.
const checkedMagic = "fundbot compiled corpus checked 1\n"

// bytes returns the record as it is written: checkedMagic, then the state
// and the header's checksums and lengths as 8-byte little-endian words,
// then the CRC-32C of all that.
func (r checkedRecord) bytes() []byte {
	b := []byte(checkedMagic)
	for _, x := range []uint64{uint64(r.state.Size), uint64(r.state.ModTime), uint64(r.state.Change), r.state.Inode,
		r.header.base, r.header.imageOff, r.header.imageLen, r.header.valuesLen, r.header.relocCount,
		uint64(r.header.valuesSum), uint64(r.header.stringsSum), uint64(r.header.relocSum)} {
		b = binary.LittleEndian.AppendUint64(b, x)
	}
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

// matches reports whether the record beside the compiled corpus name says
// it was checked in r's state, with r's header.
func (r checkedRecord) matches(name string) bool {
	if r.state.Change == 0 {
		return false
	}
	got, err := os.ReadFile(name + checkedSuffix)
	return err == nil && bytes.Equal(got, r.bytes())
}

// settled reports whether the file had not changed for racyWindow before
// now, so that a check begun now may be recorded.
func (r checkedRecord) settled(now time.Time) bool {
	before := now.Add(-racyWindow).UnixNano()
	return r.state.Change != 0 && r.state.Change < before && r.state.ModTime < before
}

// write records that the compiled corpus name passed its checks, if the
// file is still in the state it was opened in. The record is written
// whole or not at all (a temporary file renamed into place, named as
// index.keepCompiled removes leftovers); a failure, such as a read-only
// directory, leaves the next process to check the file again.
func (r checkedRecord) write(name string) {
	fi, err := os.Stat(name)
	if err != nil || stateOf(fi) != r.state {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+".tmp-*")
	if err != nil {
		return
	}
	_, err = tmp.Write(r.bytes())
	if err = errors.Join(err, tmp.Close()); err == nil {
		err = os.Rename(tmp.Name(), name+checkedSuffix)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
}

// populate maps the pages of part of a mapped image from the page cache in
// one call (MADV_POPULATE_READ), rather than a fault for every few pages as
// they are read. It is done by the goroutine that reads them first, off
// the one that loads the corpus; on a kernel before 5.14 the pages are
// mapped as they are read.
func populate(part []byte) {
	// Madvise wants a page-aligned start: the image starts on a page,
	// its strings need not.
	p := unsafe.Pointer(unsafe.SliceData(part))
	off := int(uintptr(p) & uintptr(unix.Getpagesize()-1))
	unix.Madvise(unsafe.Slice((*byte)(unsafe.Add(p, -off)), len(part)+off), unix.MADV_POPULATE_READ)
}

// openHeader reads and checks the header of the compiled corpus f, and
// returns it with the file's state.
func openHeader(f *os.File) (header, fileState, error) {
	fi, err := f.Stat()
	if err != nil {
		return header{}, fileState{}, err
	}
	start := make([]byte, min(fi.Size(), 64<<10))
	if _, err := io.ReadFull(f, start); err != nil {
		return header{}, fileState{}, err
	}
	h, err := readHeader(start, fi.Size())
	return h, stateOf(fi), err
}

// mapImage maps the image of the compiled corpus f, at h.base when it can.
// Its pages are mapped by the checks that read them first (see populate).
func mapImage(f *os.File, h header) ([]byte, error) {
	n := uintptr(h.imageLen)
	p, err := unix.MmapPtr(int(f.Fd()), int64(h.imageOff), unsafe.Add(nil, uintptr(h.base)), n,
		unix.PROT_READ, unix.MAP_PRIVATE|unix.MAP_FIXED_NOREPLACE)
	if err == nil && uintptr(p) == uintptr(h.base) {
		img := unsafe.Slice((*byte)(p), n)
		// Pages read from the file for this mapping are read into 2 MiB
		// folios and mapped 2 MiB at a time (the image starts on such a
		// boundary in the file and at the address): after the page cache
		// dropped the file, a read in 4 KiB pieces would leave it so for
		// every later process. Without transparent huge pages this does
		// nothing.
		unix.Madvise(img, unix.MADV_HUGEPAGE)
		return img, nil
	}
	if err == nil { // a kernel before 4.17 takes the address as a hint
		unix.MunmapPtr(p, n)
	}
	// Elsewhere, writable until relocateMapped has moved the pointers:
	// a private mapping copies only the pages written.
	p, err = unix.MmapPtr(int(f.Fd()), int64(h.imageOff), nil, n, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE)
	if err != nil {
		return nil, fmt.Errorf("map compiled corpus: %w", err)
	}
	return unsafe.Slice((*byte)(p), n), nil
}

// relocateMapped moves the pointers of the image img of f, mapped away from
// h.base, and makes it read-only.
func relocateMapped(f *os.File, h header, img []byte) error {
	relocs := make([]byte, 4*h.relocCount)
	if _, err := f.ReadAt(relocs, int64(h.imageOff+h.imageLen)); err != nil {
		return fmt.Errorf("%w: %w", ErrCompiledStale, err)
	}
	if err := relocate(img, h, relocs); err != nil {
		return err
	}
	return unix.Mprotect(img, unix.PROT_READ)
}
