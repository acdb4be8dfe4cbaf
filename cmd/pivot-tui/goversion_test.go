package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// go.mod asks for the Go the module really needs, no more: the highest go
// line of its dependencies (they need it whatever the code does); and the
// README says the same version.
func TestGoVersionIsTheDependenciesFloor(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to list the modules with")
	}
	list := exec.Command("go", "list", "-m", "-json", "all")
	list.Dir = "../.."
	out, err := list.Output()
	if err != nil {
		t.Fatalf("go list -m -json all: %v", err)
	}
	var own, floor string
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var m struct {
			Path      string
			Main      bool
			GoVersion string
		}
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		switch {
		case m.Main:
			own = m.GoVersion
		case laterGo(m.GoVersion, floor):
			floor = m.GoVersion
		}
	}
	if own != floor {
		t.Errorf("go.mod says go %s; the dependencies need go %s: say that", own, floor)
	}
	readme, err := os.Open("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	defer readme.Close()
	mentions := regexp.MustCompile(`\bGo (1\.\d+(?:\.\d+)?)`)
	found := false
	for sc := bufio.NewScanner(readme); sc.Scan(); {
		for _, m := range mentions.FindAllStringSubmatch(sc.Text(), -1) {
			found = true
			if m[1] != own {
				t.Errorf("the README says Go %s where go.mod says go %s: %q", m[1], own, sc.Text())
			}
		}
	}
	if !found {
		t.Error("the README does not say which Go it needs")
	}
}

// laterGo reports whether Go version a is later than b ("" is earliest).
func laterGo(a, b string) bool {
	parse := func(v string) []int {
		var out []int
		for part := range strings.SplitSeq(v, ".") {
			n, _ := strconv.Atoi(part)
			out = append(out, n)
		}
		return append(out, 0, 0, 0)[:3]
	}
	pa, pb := parse(a), parse(b)
	for i := range pa {
		if pa[i] != pb[i] {
			return pa[i] > pb[i]
		}
	}
	return false
}
