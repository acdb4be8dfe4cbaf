package scenarios

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/pivot-tui/pivot-tui/model"
)

// The steps of a save go through these variables so that tests can make any
// one of them fail and check that the original file survives.
var (
	createTemp = os.CreateTemp
	writeTemp  = func(f *os.File, data []byte) error { _, err := f.Write(data); return err }
	syncTemp   = func(f *os.File) error { return f.Sync() }
	renameTemp = os.Rename
	syncDir    = func(dir string) error {
		d, err := os.Open(dir)
		if err != nil {
			return err
		}
		defer d.Close()
		return d.Sync()
	}
)

// Save writes s to path in place: when path holds a TOML scenario, only what
// differs from s changes, and the user's comments, blank lines and key order
// stay byte for byte (see Patch). A new file, a JSON file or one that is not
// a scenario is written as Marshal formats it.
//
// The save is atomic: the file holds either the old scenario or the new one,
// never a mix, even if the machine stops mid-way. It writes a temporary file
// beside the target, flushes it to disk, renames it over the target and
// flushes the folder. The original's permission bits are kept (0644 for a new
// file). When path is a symbolic link, the file it points to is replaced and
// the link stays a link.
func Save(path string, s model.Scenario) error {
	return writeAtomic(path, Patch(previousTOML(path), s), nil)
}

// Replace writes s to path as Marshal formats it, whatever the file held, with
// Save's guarantees. Saving over another scenario's file is a replacement:
// its comments describe that other scenario.
func Replace(path string, s model.Scenario) error {
	return writeAtomic(path, Marshal(s), nil)
}

// previousTOML is what path holds for Save to patch: nothing for a JSON
// file, and nothing for a file that cannot be read (writeAtomic then
// refuses it with the reason, or creates it).
func previousTOML(path string) []byte {
	if strings.EqualFold(filepath.Ext(path), ".json") {
		return nil
	}
	data, err := readFile(path)
	if err != nil {
		return nil
	}
	return data
}

// SaveError is a failed save; the original file, if any, is untouched.
type SaveError struct {
	Path string
	Step string // "" or the step that failed: "write", "sync", "rename", "sync folder"
	Err  error
}

// Error reads "save my.toml: permission denied".
func (e *SaveError) Error() string {
	msg := "save " + e.Path + ": "
	if e.Step != "" {
		msg += e.Step + ": "
	}
	return msg + describe(e.Err)
}

func (e *SaveError) Unwrap() error { return e.Err }

// writeAtomic replaces path with data. unchanged, when not nil, runs just
// before the rename: an error from it abandons the save.
func writeAtomic(path string, data []byte, unchanged func() error) error {
	fail := func(step string, err error) error { return &SaveError{Path: path, Step: step, Err: err} }

	target, err := resolveLinks(path)
	if err != nil {
		return fail("", err)
	}
	perm := fs.FileMode(0o644)
	switch info, err := os.Stat(target); {
	case err == nil && info.IsDir():
		return fail("", errors.New("is a directory"))
	case err == nil && !info.Mode().IsRegular():
		return fail("", errors.New("not a regular file"))
	case err == nil:
		perm = info.Mode().Perm()
		// A rename would replace even a read-only file; honour its
		// protection as an ordinary write would.
		f, err := os.OpenFile(target, os.O_WRONLY, 0)
		if err != nil {
			return fail("", err)
		}
		f.Close()
	case !errors.Is(err, fs.ErrNotExist):
		return fail("", err)
	}

	dir, base := filepath.Dir(target), filepath.Base(target)
	tmp, err := createTemp(dir, tempPattern(base))
	if err != nil {
		if _, statErr := os.Stat(dir); errors.Is(statErr, fs.ErrNotExist) {
			err = &problem{kind: fs.ErrNotExist, msg: "no such folder " + dir}
		}
		return fail("", err)
	}
	renamed := false
	defer func() {
		if !renamed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()

	if err := writeTemp(tmp, data); err != nil {
		return fail("write", err)
	}
	// CreateTemp makes the file 0600; give it the original's bits. Chmod is
	// not subject to the umask, so the bits are exactly the original's.
	if err := tmp.Chmod(perm); err != nil {
		return fail("", err)
	}
	if err := syncTemp(tmp); err != nil {
		return fail("sync", err)
	}
	if err := tmp.Close(); err != nil {
		return fail("write", err)
	}
	if unchanged != nil {
		if err := unchanged(); err != nil {
			return fail("", err)
		}
	}
	if err := renameTemp(tmp.Name(), target); err != nil {
		return fail("rename", err)
	}
	renamed = true
	// The rename is durable only once the folder itself is on disk.
	if err := syncDir(dir); err != nil {
		return fail("sync folder", err)
	}
	return nil
}

// tempNameStem bounds how much of the target's name the temporary file
// carries: enough to tell whose it is, short enough that the dot, the
// ".tmp-" and ten random digits keep any target's temporary name within
// the 255 bytes file systems allow for a name.
const tempNameStem = 64

// tempPattern names the temporary file for base: ".site.toml.tmp-123".
func tempPattern(base string) string {
	stem := base
	if len(stem) > tempNameStem {
		cut := tempNameStem
		for cut > 0 && !utf8.RuneStart(stem[cut]) {
			cut-- // never split a character
		}
		stem = stem[:cut]
	}
	return "." + stem + ".tmp-*"
}

// maxLinks bounds how many symbolic links a save follows, as the kernel does.
const maxLinks = 40

// resolveLinks follows symbolic links from path to the file they name, which
// may not exist yet (a link to a new file). Relative links are relative to
// the folder of the link.
func resolveLinks(path string) (string, error) {
	for range maxLinks {
		info, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		link, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(path), link)
		}
		path = link
	}
	return "", errors.New("too many levels of symbolic links")
}
