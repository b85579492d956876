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
// the life of the process once the compiled corpus is returned. It returns
// an error wrapping ErrCompiledStale for a file this build cannot read, and
// one wrapping os.ErrNotExist when there is no file. The strings' bytes are
// checked after it returns: see Compiled.Check.
func OpenCompiled(name string) (*Compiled, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	start := make([]byte, min(fi.Size(), 64<<10))
	if _, err := io.ReadFull(f, start); err != nil {
		return nil, err
	}
	h, err := readHeader(start, fi.Size())
	if err != nil {
		return nil, err
	}
	img, err := mapImage(f, h)
	if err != nil {
		return nil, err
	}
	unmap := func() { unix.MunmapPtr(unsafe.Pointer(unsafe.SliceData(img)), uintptr(len(img))) }
	if err := h.checkValues(img); err != nil {
		unmap()
		return nil, err
	}
	if uint64(uintptr(unsafe.Pointer(unsafe.SliceData(img)))) != h.base {
		if err := relocateMapped(f, h, img); err != nil {
			unmap()
			return nil, err
		}
	}
	// The strings are checked on another CPU while the caller loads the
	// corpus; Check waits for the result. The mapping is kept either way:
	// releases may point into it by then.
	checked := make(chan error, 1)
	go func() { checked <- h.checkStrings(img) }()
	check := sync.OnceValue(func() error { return <-checked })
	return fromImage(img, unmap, check)
}

// mapImage maps the image of the compiled corpus f, at h.base when it can.
// Mapped there, the image's pages are all mapped at once from the page
// cache (MAP_POPULATE), one call instead of a fault for every few pages.
func mapImage(f *os.File, h header) ([]byte, error) {
	n := uintptr(h.imageLen)
	p, err := unix.MmapPtr(int(f.Fd()), int64(h.imageOff), unsafe.Add(nil, uintptr(h.base)), n,
		unix.PROT_READ, unix.MAP_PRIVATE|unix.MAP_FIXED_NOREPLACE|unix.MAP_POPULATE)
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
