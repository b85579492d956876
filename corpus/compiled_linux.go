package corpus

import (
	"fmt"
	"io"
	"os"
	"sync"
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
func OpenCompiled(name string) (*Compiled, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	h, err := openHeader(f)
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
	checked := make(chan error, 1)
	go func() {
		populate(img[h.valuesLen:])
		checked <- h.checkStrings(img)
	}()
	cc.check = sync.OnceValue(func() error { return <-checked })
	values := make(chan error, 1)
	go func() {
		defer f.Close() // read for the relocations
		populate(img[:h.valuesLen])
		err := h.checkValues(img)
		if err == nil && uint64(uintptr(unsafe.Pointer(unsafe.SliceData(img)))) != h.base {
			err = relocateMapped(f, h, img)
		}
		if err == nil {
			err = cc.readFiles()
		}
		if err != nil {
			cc.check() // the strings are read until then
			cc.unmap()
		}
		values <- err
	}()
	cc.ready = sync.OnceValue(func() error { return <-values })
	return cc, nil
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

// openHeader reads and checks the header of the compiled corpus f.
func openHeader(f *os.File) (header, error) {
	fi, err := f.Stat()
	if err != nil {
		return header{}, err
	}
	start := make([]byte, min(fi.Size(), 64<<10))
	if _, err := io.ReadFull(f, start); err != nil {
		return header{}, err
	}
	return readHeader(start, fi.Size())
}

// mapImage maps the image of the compiled corpus f, at h.base when it can.
// Its pages are mapped by the checks that read them first (see populate).
func mapImage(f *os.File, h header) ([]byte, error) {
	n := uintptr(h.imageLen)
	p, err := unix.MmapPtr(int(f.Fd()), int64(h.imageOff), unsafe.Add(nil, uintptr(h.base)), n,
		unix.PROT_READ, unix.MAP_PRIVATE|unix.MAP_FIXED_NOREPLACE)
	if err == nil && uintptr(p) == uintptr(h.base) {
		return unsafe.Slice((*byte)(p), n), nil
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
