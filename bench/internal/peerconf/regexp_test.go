package peerconf

import (
	"regexp"
	"testing"
)

func mustMatch(t *testing.T, re, s string) bool {
	t.Helper()
	ok, err := regexp.MatchString(re, s)
	if err != nil {
		t.Fatalf("bad regexp %q: %v", re, err)
	}
	return ok
}
