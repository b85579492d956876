//go:build unix

package index

import (
	"os"
	"syscall"
)

// mapFile maps the file name into memory read-only, so that the compiled
// corpus's strings are read from the page cache without a copy. The
// mapping stays valid when the file is replaced by a rename, which is how
// keepCompiled writes it; unmap releases it.
func mapFile(name string) (data []byte, unmap func(), err error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if fi.Size() == 0 || int64(int(fi.Size())) != fi.Size() {
		data, err := os.ReadFile(name)
		return data, func() {}, err
	}
	data, err = syscall.Mmap(int(f.Fd()), 0, int(fi.Size()), syscall.PROT_READ, syscall.MAP_PRIVATE)
	if err != nil {
		data, err := os.ReadFile(name)
		return data, func() {}, err
	}
	return data, func() { syscall.Munmap(data) }, nil
}
