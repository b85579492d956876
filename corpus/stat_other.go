//go:build !linux

package corpus

import "io/fs"

// stateOf returns what fi says of a release file. Without a change time
// (read on Linux only) the state is never trusted: every file is hashed.
func stateOf(fi fs.FileInfo) fileState {
	return fileState{Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}
}
