package main

import (
	"bytes"
	"os"
	"runtime"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugeHeap has the kernel back about the next n bytes of Go's heap with
// huge pages when it gives them only on request (transparent huge pages in
// madvise mode, as on this project's machine), and returns how many bytes
// it asked for: 0 where huge pages are given always, never, or not at all.
//
// `fundbot ask` on 10,000 releases allocates about 15 MB as it starts, all
// of it kept, with the collector off: every 4 KiB page of it was a page
// fault, and on a virtual machine a fault costs some microseconds (3,800
// faults an ask, 1,650 of them `fundbot help`'s). Backed by 2 MiB pages
// the heap takes a few faults instead (docs/benchmarks.md). Go maps its
// heap without asking for huge pages, and asks are kept by the mapping,
// so hugeHeap makes the heap map n bytes with one allocation, asks for huge
// pages over them and frees it (a collection, while the heap is small):
// the heap's next allocations come from those pages first.
func hugeHeap(n int) int {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !bytes.Contains(mode, []byte("[madvise]")) {
		return 0
	}
	const huge = 2 << 20
	big := make([]byte, n) // fresh memory, not touched: no page faulted in
	p := uintptr(unsafe.Pointer(unsafe.SliceData(big)))
	beg, end := (p+huge-1)&^(huge-1), (p+uintptr(n))&^(huge-1)
	if beg >= end {
		return 0
	}
	if err := unix.Madvise(big[beg-p:end-p], unix.MADV_HUGEPAGE); err != nil {
		return 0
	}
	runtime.KeepAlive(big)
	big = nil
	runtime.GC()
	return int(end - beg)
}
