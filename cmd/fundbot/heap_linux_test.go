package main

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// TestHugeHeap checks that, where huge pages are given on request, the
// heap's next allocations land in memory that asked for them (the "hg" flag
// of its mapping in /proc/self/smaps).
func TestHugeHeap(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !bytes.Contains(mode, []byte("[madvise]")) {
		if n := hugeHeap(8 << 20); n != 0 {
			t.Errorf("hugeHeap with huge pages %q = %d, want 0", strings.TrimSpace(string(mode)), n)
		}
		t.Skipf("transparent huge pages are %q, not given on request: nothing to ask for", strings.TrimSpace(string(mode)))
	}
	n := hugeHeap(16 << 20)
	if n < 8<<20 {
		t.Fatalf("hugeHeap(16 MiB) asked for %d bytes, want at least 8 MiB", n)
	}
	// Small objects allocated next (8 MiB): once the heap's spans in use
	// are full, they should come from the asked-for pages.
	var in, all int
	keep := make([][]byte, 0, 8000)
	for i := range 8000 {
		b := make([]byte, 1024)
		keep = append(keep, b)
		if i%200 == 0 {
			all++
			if hugeFlagged(t, uintptr(unsafe.Pointer(&b[0]))) {
				in++
			}
		}
	}
	if in < all/2 {
		t.Errorf("%d of %d small allocations after hugeHeap in memory asking for huge pages, want most", in, all)
	}
}

// hugeFlagged reports whether the mapping holding address p asks for huge
// pages.
func hugeFlagged(t *testing.T, p uintptr) bool {
	t.Helper()
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	inside := false
	for _, line := range strings.Split(string(smaps), "\n") {
		if lo, hi, ok := mapRange(line); ok {
			inside = lo <= p && p < hi
			continue
		}
		if inside && strings.HasPrefix(line, "VmFlags:") {
			return strings.Contains(line+" ", " hg ")
		}
	}
	return false
}

// mapRange reads the address range that starts a mapping's line in
// /proc/self/smaps ("7f0a1000-7f0a3000 rw-p ...").
func mapRange(line string) (lo, hi uintptr, ok bool) {
	r, _, found := strings.Cut(line, " ")
	a, b, dash := strings.Cut(r, "-")
	if !found || !dash {
		return 0, 0, false
	}
	x, err1 := strconv.ParseUint(a, 16, 64)
	y, err2 := strconv.ParseUint(b, 16, 64)
	return uintptr(x), uintptr(y), err1 == nil && err2 == nil
}
