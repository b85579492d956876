package corpus

import (
	"io/fs"
	"syscall"
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
