package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// decodePNG decodes a PNG the command wrote.
func decodePNG(t *testing.T, data []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return img
}

func TestReportPNG(t *testing.T) {
	code, out, stderr := runCLI(t, "report", "--format", "png")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	img := decodePNG(t, []byte(out))
	// 100 columns and two cells of margin each side, 17 px a cell at 2x.
	if w := img.Bounds().Dx(); w != 1768 {
		t.Errorf("the default card is %d px wide, want 1768", w)
	}
	r, g, b, _ := img.At(0, 0).RGBA()
	if r>>8 != 0xff || g>>8 != 0xff || b>>8 != 0xff {
		t.Errorf("the default page is not white: %d %d %d", r>>8, g>>8, b>>8)
	}

	// Dark, wider, with the risk section: a dark page, more pixels, more rows.
	code, dark, stderr := runCLI(t, "report", "--format", "png", "--theme", "dark", "--width", "140", "--risk")
	if code != exitOK {
		t.Fatalf("dark: exit %d, stderr %q", code, stderr)
	}
	darkImg := decodePNG(t, []byte(dark))
	if w := darkImg.Bounds().Dx(); w != (140+4)*17 {
		t.Errorf("a 140-column card is %d px wide", w)
	}
	if darkImg.Bounds().Dy() <= img.Bounds().Dy() {
		t.Error("the risk section adds no rows")
	}
	if r, g, b, _ := darkImg.At(0, 0).RGBA(); r>>8 > 0x40 || g>>8 > 0x40 || b>>8 > 0x40 {
		t.Errorf("the dark page is %d %d %d", r>>8, g>>8, b>>8)
	}
}

func TestReportSVG(t *testing.T) {
	path := filepath.Join("..", "..", "scenarios", "presets", "b200-cloud.toml")
	code, out, stderr := runCLI(t, "report", path, "--format", "svg")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	dec := xml.NewDecoder(strings.NewReader(out))
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not XML: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			text.Write(cd)
			text.WriteByte('\n')
		}
	}
	for _, want := range []string{"B200 GPU cloud: ASIC mining or AI compute", "$30.29/PH/day", "AI compute", "★ AI COMPUTE WINS"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the SVG's text lacks %q", want)
		}
	}
}

func TestReportImageToFile(t *testing.T) {
	// A terminal gets no image: exit 2 and a pointer to -o.
	defer func(f func(io.Writer) bool) { stdoutIsTerminal = f }(stdoutIsTerminal)
	stdoutIsTerminal = func(io.Writer) bool { return true }
	for _, f := range []string{"png", "svg"} {
		code, out, stderr := runCLI(t, "report", "--format", f)
		if code != exitInput || out != "" || !strings.Contains(stderr, "-o FILE") {
			t.Errorf("%s to a terminal: exit %d, stdout %d bytes, stderr %q", f, code, len(out), stderr)
		}
	}
	// Text formats still print to it.
	if code, out, _ := runCLI(t, "report"); code != exitOK || !strings.Contains(out, "Verdict") {
		t.Errorf("text to a terminal: exit %d", code)
	}

	dir := t.TempDir()
	for _, f := range []string{"png", "svg"} {
		path := filepath.Join(dir, "memo."+f)
		code, out, stderr := runCLI(t, "report", "--format", f, "-o", path)
		if code != exitOK || out != "" {
			t.Fatalf("-o %s: exit %d, stdout %q, stderr %q", path, code, out, stderr)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if f == "png" {
			decodePNG(t, data)
		} else if !bytes.HasPrefix(data, []byte("<svg ")) {
			t.Errorf("memo.svg starts %q", data[:min(20, len(data))])
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("the folder holds %d entries, want the two images and no temporary file", len(entries))
	}
}

func TestReportImageFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "md", "--theme", "dark"}, "--theme applies to --format png and svg only"},
		{[]string{"--theme", "light"}, "--theme applies"},
		{[]string{"--format", "csv", "--width", "120", "--theme", "dark"}, "--theme and --width apply"},
		{[]string{"--format", "json", "--width", "100"}, "--width applies"},
		{[]string{"--format", "png", "--theme", "sepia"}, `unknown theme "sepia"`},
		{[]string{"--format", "svg", "--width", "60"}, "--width 60 is out of range"},
		{[]string{"--format", "png", "--width", "1000"}, "out of range"},
	} {
		code, out, stderr := runCLI(t, append([]string{"report"}, tc.args...)...)
		if code != exitInput || out != "" || !strings.Contains(stderr, tc.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %d bytes, stderr %q (want %q)", tc.args, code, len(out), stderr, tc.want)
		}
	}
}
