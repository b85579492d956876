package bot

import "testing"

func TestMediaType(t *testing.T) {
	tests := []struct{ in, want string }{
		{"application/json", "application/json"},
		{"application/x-www-form-urlencoded", "application/x-www-form-urlencoded"},
		{"application/json; charset=utf-8", "application/json"},
		{"Application/X-WWW-Form-URLEncoded", "application/x-www-form-urlencoded"},
		{"  application/x-www-form-urlencoded ; charset=UTF-8", "application/x-www-form-urlencoded"},
		{"", ""},
		{"application/json; charset", ""}, // a parameter without a value is malformed
		{"/json", ""},
	}
	for _, tt := range tests {
		if got := mediaType(tt.in); got != tt.want {
			t.Errorf("mediaType(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
