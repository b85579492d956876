//go:build !linux

package corpus

import (
	"io/fs"
	"os"
)

// stateOf returns what fi says of a release file. Without a change time
// (read on Linux only) the state is never trusted: every file is hashed.
func stateOf(fi fs.FileInfo) fileState {
	return fileState{Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}
}

// listDir lists the release files of the folder dir, in name order, with
// their types and states.
func listDir(dir string) ([]listedFile, error) {
	return listFS(os.DirFS(dir))
}
