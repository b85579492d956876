//go:build !linux

package corpus

import "os"

// OpenCompiled reads the compiled corpus that WriteCompiled wrote to the
// file name: ReadCompiled of its content. (On Linux the file is mapped,
// not read.) It returns an error wrapping ErrCompiledStale for a file this
// build cannot read, and one wrapping os.ErrNotExist when there is no file.
func OpenCompiled(name string) (*Compiled, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return ReadCompiled(data)
}
