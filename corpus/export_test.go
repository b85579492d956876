package corpus

import (
	"io/fs"
	"log/slog"
	"time"
	"unsafe"
)

// AgeCompiled dates cc's load d later, as if its files had been read
// long after they last changed.
func AgeCompiled(cc *Compiled, d time.Duration) {
	if cc.waitValues() == nil {
		cc.start = cc.start.Add(d)
	}
}

// CompiledReleases returns cc's releases in file name order, and where its
// image is in memory.
func CompiledReleases(cc *Compiled) ([]*Release, uintptr) {
	if err := cc.waitValues(); err != nil {
		return nil, 0
	}
	var rs []*Release
	for _, f := range cc.files() {
		rs = append(rs, f.Release)
	}
	return rs, uintptr(unsafe.Pointer(unsafe.SliceData(cc.image)))
}

// ImageBase is the address compiled corpora are laid out for, and
// ImageAlign where in the file their images start.
const (
	ImageBase  = uint64(imageBase)
	ImageAlign = imageAlign
)

// UnmapCompiled releases the mapping of cc, whose releases must no longer be
// used, so that the next OpenCompiled can map its image where it was laid
// out.
func UnmapCompiled(cc *Compiled) {
	cc.Check()
	if cc.unmap != nil {
		cc.unmap() // once: a damaged image is already released
	}
}

// LoadDirFS is LoadDir, with the release files opened in fsys, a view of
// the folder dir (one that counts the files opened, say).
func LoadDirFS(lg *slog.Logger, dir string, fsys fs.FS, opts LoadOptions) (*Corpus, error) {
	return loadDir(lg, dir, fsys, opts)
}
