package corpus

import (
	"io/fs"
	"os"
	"slices"
	"syscall"

	"golang.org/x/sys/unix"
)

// stateOf returns what fi says of a release file, with its change time
// and inode.
func stateOf(fi fs.FileInfo) fileState {
	st := fileState{Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}
	if sys, ok := fi.Sys().(*syscall.Stat_t); ok {
		st.Change = sys.Ctim.Nano()
		st.Inode = sys.Ino
	}
	return st
}

// listDir lists the release files of the folder dir, in name order, with
// their types and states. Each file is asked about relative to the open
// folder (fstatat), on all CPUs, into a value on the stack: no path is
// walked and nothing allocated for it. A file that cannot be asked about
// (removed meanwhile) is listed as a regular file of unknown state, so
// that reading it reports what is wrong.
func listDir(dir string) ([]listedFile, error) {
	d, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	names, err := d.Readdirnames(-1)
	if err != nil {
		return nil, err
	}
	names = slices.DeleteFunc(names, func(name string) bool { return !isReleaseName(name) })
	slices.Sort(names)
	files := make([]listedFile, len(names))
	fd := int(d.Fd())
	onAllCPUs(len(names), func(i int) {
		files[i].name = names[i]
		var (
			st  unix.Stat_t
			err error
		)
		for {
			err = unix.Fstatat(fd, names[i], &st, unix.AT_SYMLINK_NOFOLLOW)
			if err != unix.EINTR {
				break
			}
		}
		if err != nil {
			return
		}
		files[i].typ = fileType(st.Mode)
		if files[i].typ.IsRegular() {
			files[i].state = fileState{Size: st.Size, ModTime: st.Mtim.Nano(), Change: st.Ctim.Nano(), Inode: st.Ino}
		}
	})
	return files, nil
}

// fileType returns the type bits of a stat mode as an fs.FileMode's.
func fileType(mode uint32) fs.FileMode {
	switch mode & unix.S_IFMT {
	case unix.S_IFREG:
		return 0
	case unix.S_IFDIR:
		return fs.ModeDir
	case unix.S_IFLNK:
		return fs.ModeSymlink
	case unix.S_IFIFO:
		return fs.ModeNamedPipe
	case unix.S_IFSOCK:
		return fs.ModeSocket
	case unix.S_IFCHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case unix.S_IFBLK:
		return fs.ModeDevice
	}
	return fs.ModeIrregular
}
