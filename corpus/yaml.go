package corpus

import (
	"math"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// MarshalYAML writes an amount's value as a plain number ("37900000", not
// "3.79e+07"), so that a person reviewing a release file reads it as the
// release states it. Parse reads either form.
func (a Amount) MarshalYAML() (any, error) {
	type plain Amount // without this method
	var n yaml.Node
	if err := n.Encode(plain(a)); err != nil {
		return nil, err
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value != "value" {
			continue
		}
		v := n.Content[i+1]
		if a.Value == math.Trunc(a.Value) && math.Abs(a.Value) < 1e15 {
			v.Tag, v.Value = "!!int", strconv.FormatFloat(a.Value, 'f', 0, 64)
		} else if !math.IsInf(a.Value, 0) && !math.IsNaN(a.Value) {
			v.Value = strconv.FormatFloat(a.Value, 'f', -1, 64)
		}
	}
	return &n, nil
}
