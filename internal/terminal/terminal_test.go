package terminal

import (
	"os"
	"strings"
	"testing"
)

func TestGetenv(t *testing.T) {
	env := []string{"NO_COLOR=", "TERM=xterm", "NO_COLORS=1", "TERM=screen"}
	for _, tc := range []struct{ name, want string }{
		{"TERM", "screen"}, // the last one, as a process sees it
		{"NO_COLOR", ""},   // set but empty
		{"HOME", ""},
	} {
		if got := Getenv(env, tc.name); got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestIs(t *testing.T) {
	if Is(&strings.Builder{}) {
		t.Error("a string builder is a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if Is(f) {
		t.Error("a plain file is a terminal")
	}
}
