package corpus

import "time"

// OpenCompiledAt is OpenCompiled at the time now: a test cannot wait for
// the file to age before its check may be recorded.
func OpenCompiledAt(name string, now time.Time) (*Compiled, error) { return openCompiled(name, now) }

// CompiledUnchecked reports whether cc's checks were skipped, on the word
// of a record of an earlier check.
func CompiledUnchecked(cc *Compiled) bool { return cc.unchecked }

// CheckedSuffix names the record of a compiled corpus's check.
const CheckedSuffix = checkedSuffix
