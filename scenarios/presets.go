package scenarios

import (
	"embed"
	"fmt"
	"strings"

	"github.com/pivot-tui/pivot-tui/model"
)

//go:embed presets/*.toml
var presetFiles embed.FS

// presetNames fixes the order presets are listed in: the default first, then
// the cases in the order a newcomer would explore them.
var presetNames = []string{"default", "cango-2026", "terawulf-fluidstack", "core-scientific-coreweave", "cipher-aws",
	"iren-microsoft", "hut8-river-bend", "b200-cloud", "post-halving-squeeze"}

// PresetInfo describes a built-in scenario. Its file opens with two comment
// lines, "# <name>: <description>" and "# Source: <citation>".
type PresetInfo struct {
	Name        string
	Description string // one line
	Citation    string // where its figures come from, one line
	Source      string // the TOML file, ready to copy and edit
}

// Presets lists the built-in scenarios.
func Presets() []PresetInfo {
	list := make([]PresetInfo, 0, len(presetNames))
	for _, name := range presetNames {
		data, err := presetFiles.ReadFile(presetPath(name))
		if err != nil {
			panic(err) // the files are compiled in; a missing one is a build mistake
		}
		info := PresetInfo{Name: name, Source: string(data)}
		lines := strings.SplitN(info.Source, "\n", 3)
		if len(lines) >= 2 {
			info.Description = strings.TrimPrefix(lines[0], "# "+name+": ")
			info.Citation = strings.TrimPrefix(lines[1], "# Source: ")
		}
		list = append(list, info)
	}
	return list
}

// Preset returns the named built-in scenario.
func Preset(name string) (model.Scenario, error) {
	data, err := PresetSource(name)
	if err != nil {
		return model.Scenario{}, err
	}
	return ParseTOML(presetPath(name), data)
}

// PresetSource returns the named preset's TOML file.
func PresetSource(name string) ([]byte, error) {
	for _, known := range presetNames {
		if name == known {
			return presetFiles.ReadFile(presetPath(name))
		}
	}
	return nil, fmt.Errorf("unknown preset %q: want one of %s", name, strings.Join(presetNames, ", "))
}

func presetPath(name string) string { return "presets/" + name + ".toml" }
