package scenarios

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"path/filepath"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
)

// ErrChangedOnDisk is a file edited by someone else while it was being
// patched; the patch is abandoned and their edit kept.
var ErrChangedOnDisk = errors.New("changed on disk while it was being updated; nothing was written")

// PatchFile sets the given keys of the TOML scenario at path to their values
// in values, and changes nothing else: the other values, the comments, the
// blank lines and the key order stay byte for byte (see Patch). It is for
// changing a few inputs of a file from outside the dashboard (pivot-tui
// market --apply writes the day's market figures), and returns the scenario
// the file now holds.
//
// A key of an optional table (treasury.*) switches the table on. An unset
// optional value in values (the hashprice override) clears the key.
//
// Nothing is written when the file does not load, a key is unknown, the
// result would not validate, or the file is a JSON scenario (it would have to
// be rewritten as TOML). The write is atomic like Save's, and it is abandoned
// with ErrChangedOnDisk if the file changes between reading and replacing it.
func PatchFile(path string, values model.Scenario, keys []string) (model.Scenario, error) {
	return patchFile(path, nil, values, keys)
}

// LoadPatchable loads a scenario file to be changed later with PatchStamped,
// and stamps the bytes it read. It refuses a JSON scenario at once, before
// the caller does any work towards a patch it could not write.
func LoadPatchable(path string) (model.Scenario, FileStamp, error) {
	if err := patchable(path); err != nil {
		return model.Scenario{}, FileStamp{}, err
	}
	return LoadStamped(path)
}

// PatchStamped is PatchFile for a file loaded earlier with LoadPatchable: it
// is abandoned with ErrChangedOnDisk unless the file still holds the bytes
// stamp records, so that what the caller read from the file (the values a
// patch replaces) is still what it holds.
func PatchStamped(path string, stamp FileStamp, values model.Scenario, keys []string) (model.Scenario, error) {
	return patchFile(path, &stamp, values, keys)
}

// patchable refuses a file PatchFile cannot update in place.
func patchable(path string) error {
	if strings.EqualFold(filepath.Ext(path), ".json") {
		return &FileError{Path: path, Err: errors.New("a JSON scenario cannot be updated in place: save it as TOML first")}
	}
	return nil
}

func patchFile(path string, stamp *FileStamp, values model.Scenario, keys []string) (model.Scenario, error) {
	if err := patchable(path); err != nil {
		return model.Scenario{}, err
	}
	data, err := readFile(path)
	if err != nil {
		return model.Scenario{}, err
	}
	if stamp != nil && (int64(len(data)) != stamp.Size || sha256.Sum256(data) != stamp.SHA256) {
		return model.Scenario{}, &SaveError{Path: path, Err: ErrChangedOnDisk}
	}
	s, err := ParseTOML(path, data)
	if err != nil {
		return model.Scenario{}, err
	}
	for _, key := range keys {
		f, ok := model.FieldByKey(key)
		if !ok {
			msg := "unknown key"
			if hint := suggest(key, fieldKeys()); hint != "" {
				msg += ", did you mean " + hint + "?"
			}
			return model.Scenario{}, &FileError{Path: path, Key: clipTo(key, 80), Err: problemf(ErrUnknownKey, "%s", msg)}
		}
		copyField(f, &s, &values)
		if table, ok := switchedTableOf(f); ok {
			table.set(&s, true)
		}
	}
	var invalid model.ValidationError
	if errors.As(model.Validate(s), &invalid) {
		problems := make([]*FileError, len(invalid))
		for i, fe := range invalid {
			problems[i] = &FileError{Path: path, Key: fe.Key, Err: fe}
		}
		problems[0].More = problems[1:]
		return model.Scenario{}, problems[0]
	}
	unchanged := func() error {
		now, err := readFile(path)
		if err != nil || !bytes.Equal(now, data) {
			return ErrChangedOnDisk
		}
		return nil
	}
	if err := writeAtomic(path, Patch(data, s), unchanged); err != nil {
		return model.Scenario{}, err
	}
	return s, nil
}

// copyField sets f in dst to its value in src.
func copyField(f model.Field, dst, src *model.Scenario) {
	switch f.Kind {
	case model.KindFlag:
		f.SetFlag(dst, f.Flag(src))
	case model.KindText:
		f.SetText(dst, f.Text(src))
	case model.KindMonth:
		f.SetMonth(dst, f.Month(src))
	case model.KindMode:
		f.SetMode(dst, f.Mode(src))
	case model.KindChoice:
		f.SetChoice(dst, f.Choice(src))
	default:
		if value, ok := f.Decimal(src); ok {
			f.SetDecimal(dst, value)
		} else {
			f.Clear(dst)
		}
	}
}
