package scenarios

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pivot-tui/pivot-tui/model"
)

var errInjected = errors.New("injected failure")

// listDir names the files in dir, to catch temporary files left behind.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestSaveReplacesAtomically(t *testing.T) {
	const old = "# an old file\n[site]\npower_mw = 10\n"
	s := odd()
	for name, save := range map[string]func(string, model.Scenario) error{"Save": Save, "Replace": Replace} {
		path := writeTempFile(t, "site.toml", old)
		if err := save(path, s); err != nil {
			t.Fatal(err)
		}
		// Save patches the file in place; Replace writes it afresh.
		want := Patch([]byte(old), s)
		if name == "Replace" {
			want = Marshal(s)
		}
		got := mustRead(t, path)
		if string(got) != string(want) {
			t.Errorf("%s: file holds\n%s\nwant\n%s", name, got, want)
		}
		if kept := strings.HasPrefix(string(got), "# an old file\n"); kept != (name == "Save") {
			t.Errorf("%s: the old comment kept: %v", name, kept)
		}
		loaded, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		assertSameScenario(t, s, loaded)
		if names := listDir(t, filepath.Dir(path)); len(names) != 1 {
			t.Errorf("%s: folder holds %v, want only site.toml", name, names)
		}
	}
}

func TestSaveNewFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.toml")
	if err := Save(path, model.Default()); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o644 {
		t.Errorf("new file mode %v, want 0644", info.Mode().Perm())
	}
}

func TestSaveKeepsPermissions(t *testing.T) {
	for _, perm := range []fs.FileMode{0o600, 0o640, 0o664} {
		path := writeTempFile(t, "site.toml", "")
		if err := os.Chmod(path, perm); err != nil {
			t.Fatal(err)
		}
		if err := Save(path, model.Default()); err != nil {
			t.Fatal(err)
		}
		info, _ := os.Stat(path)
		if info.Mode().Perm() != perm {
			t.Errorf("mode after save %v, want %v", info.Mode().Perm(), perm)
		}
	}
}

// A failure at any step leaves the original file exactly as it was and no
// temporary file behind.
func TestSaveFailureLeavesOriginal(t *testing.T) {
	steps := []struct {
		name   string
		inject func()
		want   string
	}{
		{"create", func() {
			createTemp = func(string, string) (*os.File, error) {
				return nil, &fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}
			}
		}, "permission denied"},
		{"write", func() { writeTemp = func(*os.File, []byte) error { return errInjected } }, "write: injected failure"},
		{"partial write", func() {
			writeTemp = func(f *os.File, data []byte) error {
				f.Write(data[:len(data)/2])
				return &fs.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
			}
		}, "write: no space left on device"},
		{"sync", func() { syncTemp = func(*os.File) error { return errInjected } }, "sync: injected failure"},
		{"rename", func() { renameTemp = func(string, string) error { return errInjected } }, "rename: injected failure"},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			saved := [...]any{createTemp, writeTemp, syncTemp, renameTemp}
			t.Cleanup(func() {
				createTemp = saved[0].(func(string, string) (*os.File, error))
				writeTemp = saved[1].(func(*os.File, []byte) error)
				syncTemp = saved[2].(func(*os.File) error)
				renameTemp = saved[3].(func(string, string) error)
			})
			step.inject()

			values := model.Default()
			values.Site.PowerMW = d("20")
			for name, save := range map[string]func(string) error{
				"Save":      func(path string) error { return Save(path, values) },
				"Replace":   func(path string) error { return Replace(path, values) },
				"PatchFile": func(path string) error { _, err := PatchFile(path, values, []string{"site.power_mw"}); return err },
			} {
				path := writeTempFile(t, "site.toml", "[site]\npower_mw = 10\n")
				before := mustRead(t, path)
				err := save(path)
				if want := "save " + path + ": " + step.want; err == nil || err.Error() != want {
					t.Errorf("%s: err = %v\nwant %s", name, err, want)
				}
				if after := mustRead(t, path); string(after) != string(before) {
					t.Errorf("%s: the original changed to\n%s", name, after)
				}
				if names := listDir(t, filepath.Dir(path)); len(names) != 1 || names[0] != "site.toml" {
					t.Errorf("%s: folder holds %v, want only site.toml", name, names)
				}
			}
		})
	}
}

func TestSaveReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores folder permissions; TestSaveFailureLeavesOriginal/create covers the error")
	}
	path := writeTempFile(t, "site.toml", "[site]\npower_mw = 10\n")
	dir := filepath.Dir(path)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	err := Save(path, model.Default())
	if want := "save " + path + ": permission denied"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
	if !errors.Is(err, fs.ErrPermission) {
		t.Error("errors.Is(err, fs.ErrPermission) is false")
	}
	if got := mustRead(t, path); string(got) != "[site]\npower_mw = 10\n" {
		t.Errorf("the original changed")
	}
}

func TestSaveReadOnlyFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write any file")
	}
	path := writeTempFile(t, "site.toml", "[site]\npower_mw = 10\n")
	os.Chmod(path, 0o444)
	err := Save(path, model.Default())
	if want := "save " + path + ": permission denied"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
	if got := mustRead(t, path); string(got) != "[site]\npower_mw = 10\n" {
		t.Errorf("the read-only file changed")
	}
}

func TestSaveToDirectory(t *testing.T) {
	dir := t.TempDir()
	err := Save(dir, model.Default())
	if want := "save " + dir + ": is a directory"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
	if names := listDir(t, dir); len(names) != 0 {
		t.Errorf("folder holds %v, want nothing", names)
	}
}

func TestSaveMissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "site.toml")
	err := Save(path, model.Default())
	if want := "save " + path + ": no such folder " + filepath.Dir(path); err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Error("errors.Is(err, fs.ErrNotExist) is false")
	}
}

func TestSaveThroughSymlink(t *testing.T) {
	for _, relative := range []bool{false, true} {
		root := t.TempDir()
		realDir := filepath.Join(root, "real")
		os.Mkdir(realDir, 0o755)
		target := filepath.Join(realDir, "site.toml")
		os.WriteFile(target, []byte("[site]\npower_mw = 10\n"), 0o600)
		link := filepath.Join(root, "link.toml")
		linkTo := target
		if relative {
			linkTo = filepath.Join("real", "site.toml")
		}
		if err := os.Symlink(linkTo, link); err != nil {
			t.Fatal(err)
		}

		s := odd()
		if err := Save(link, s); err != nil {
			t.Fatal(err)
		}
		info, err := os.Lstat(link)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			t.Fatalf("the link is no longer a link: %v %v", info.Mode(), err)
		}
		if got := mustRead(t, target); string(got) != string(Patch([]byte("[site]\npower_mw = 10\n"), s)) {
			t.Errorf("the link's target was not written")
		}
		if info, _ := os.Stat(target); info.Mode().Perm() != 0o600 {
			t.Errorf("target mode %v, want 0600", info.Mode().Perm())
		}
		if names := listDir(t, realDir); len(names) != 1 {
			t.Errorf("target folder holds %v", names)
		}
		if names := listDir(t, root); strings.Join(names, " ") != "link.toml real" {
			t.Errorf("link folder holds %v", names)
		}
	}
}

func TestSaveThroughDanglingSymlink(t *testing.T) {
	root := t.TempDir()
	link := filepath.Join(root, "link.toml")
	os.Symlink("new.toml", link)
	if err := Save(link, model.Default()); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(filepath.Join(root, "new.toml")); err != nil {
		t.Errorf("the link's new target: %v", err)
	}
}

func TestSaveSymlinkLoop(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "a.toml"), filepath.Join(root, "b.toml")
	os.Symlink(b, a)
	os.Symlink(a, b)
	err := Save(a, model.Default())
	if want := "save " + a + ": too many levels of symbolic links"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}

func TestChangedSince(t *testing.T) {
	path := writeTempFile(t, "site.toml", "[site]\npower_mw = 10\n")
	s, stamp, err := LoadStamped(path)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Site.PowerMW.Equal(d("10")) {
		t.Errorf("LoadStamped read power_mw = %s", s.Site.PowerMW)
	}
	if other, _ := Stamp(path); other.SHA256 != stamp.SHA256 || other.Size != stamp.Size {
		t.Errorf("Stamp and LoadStamped disagree")
	}
	expect := func(want DiskState, what string) {
		t.Helper()
		state, err := StateOnDisk(path, stamp)
		if err != nil {
			t.Fatal(err)
		}
		if state != want {
			t.Errorf("%s: state %d, want %d", what, state, want)
		}
		if changed, _ := ChangedSince(path, stamp); changed != (want == Changed) {
			t.Errorf("%s: ChangedSince = %v", what, changed)
		}
	}
	expect(Unchanged, "unchanged file")
	// Touched, same bytes: nothing would be lost by saving over it.
	later := time.Now().Add(time.Hour)
	os.Chtimes(path, later, later)
	expect(Unchanged, "touched file")
	// Same size, other bytes.
	os.WriteFile(path, []byte("[site]\npower_mw = 20\n"), 0o644)
	expect(Changed, "edited file")
	// Deleted: not "changed on disk"; a save recreates it, losing nothing.
	os.Remove(path)
	expect(Deleted, "deleted file")
	if _, err := Stamp(path); err == nil || err.Error() != path+": no such file" {
		t.Errorf("Stamp of a missing file: %v", err)
	}
}

// A name as long as the file system allows (255 bytes on most) is saved: the
// temporary file beside it must not need a longer one.
func TestSaveLongName(t *testing.T) {
	dir := t.TempDir()
	for _, base := range []string{
		strings.Repeat("a", 249) + ".toml",           // 254 bytes
		strings.Repeat("é", 125) + ".toml",           // 255 bytes, two per character
		strings.Repeat("b", 240) + ".report.md.toml", // 255 bytes
	} {
		path := filepath.Join(dir, base)
		if err := Save(path, model.Default()); err != nil {
			t.Errorf("%d-byte name: %v", len(base), err)
			continue
		}
		if err := WriteFile(path, []byte("x")); err != nil {
			t.Errorf("%d-byte name: WriteFile: %v", len(base), err)
		}
		if names := listDir(t, dir); len(names) != 1 || names[0] != base {
			t.Errorf("folder holds %v, want only the %d-byte name", names, len(base))
		}
		os.Remove(path)
	}
}
