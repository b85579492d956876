package bot

// Eight bytes at a time: the text fundbot renders is mostly printable
// ASCII, and its length, escaping and layout checks look at every byte of
// it, several times a reply. These helpers tell, for eight bytes read as
// one word, whether any of them needs a closer look, so that the callers
// can skip the rest a word at a time and keep their byte-by-byte loops for
// the words that do (the tests hold both paths to the same results).

const (
	ones  = 0x0101010101010101 // a one in every byte
	highs = 0x8080808080808080 // the top bit of every byte
)

// word is s[i:i+8] as a little-endian word; i+8 <= len(s).
func word(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasZero reports whether a byte of w is zero.
func hasZero(w uint64) bool { return (w-ones)&^w&highs != 0 }

// hasByte reports whether a byte of w is c.
func hasByte(w uint64, c byte) bool { return hasZero(w ^ (ones * uint64(c))) }

// hasBelow reports whether a byte of w, all of whose bytes are ASCII, is
// less than n (n at most 128).
func hasBelow(w uint64, n byte) bool { return (w-ones*uint64(n))&^w&highs != 0 }

// asciiWord reports whether the eight bytes of w are ASCII.
func asciiWord(w uint64) bool { return w&highs == 0 }

// textWord reports whether the eight bytes of w are ASCII and neither
// control characters nor any of & < > " \: each counts as one character
// once escaped for mrkdwn (mdLen) and is written as it is in JSON
// (appendJSONString).
func textWord(w uint64) bool {
	return asciiWord(w) && !hasBelow(w, ' ') && !hasByte(w, '&') && !hasByte(w, '<') && !hasByte(w, '>') &&
		!hasByte(w, '"') && !hasByte(w, '\\')
}
