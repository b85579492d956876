//go:build !unix

package index

import "os"

// mapFile reads the file name into memory.
func mapFile(name string) (data []byte, unmap func(), err error) {
	data, err = os.ReadFile(name)
	return data, func() {}, err
}
