package screenshot

import (
	"image"
	"math"
	"slices"

	"golang.org/x/image/vector"
)

// Box drawing (U+2500–257F), block elements (U+2580–259F) and braille
// (U+2800–28FF) are drawn as geometry on the pixel grid rather than as font
// glyphs, the way terminal emulators draw them: a line then runs exactly to
// the cell edge and meets its neighbour, whatever the font's metrics.

// art is the geometry of one character in cell-local pixels. Rectangles are
// painted in the foreground colour blended over the background by alpha (1
// is solid); paths are closed contours filled with the foreground colour.
type art struct {
	rects []artRect
	paths [][]pathOp
	mask  *image.Alpha // paths rasterised for the PNG renderer, or nil
}

type artRect struct {
	r     image.Rectangle
	alpha float64
}

type pathOp struct {
	op byte // 'M' move, 'L' line, 'C' cubic, 'Z' close
	p  [3]point
}

type point struct{ x, y float64 }

// isArt reports whether r is drawn as geometry.
func isArt(r rune) bool {
	return (r >= 0x2500 && r <= 0x259f) || (r >= 0x2800 && r <= 0x28ff)
}

// art returns the geometry for r, building and caching it on first use. The
// caller must hold m.mu and have checked isArt(r).
func (m *metrics) art(r rune) *art {
	if a, ok := m.arts[r]; ok {
		return a
	}
	var a *art
	switch {
	case r >= 0x2800:
		a = m.brailleArt(r)
	case r >= 0x2580:
		a = m.blockArt(r)
	default:
		a = m.boxArt(r)
	}
	if len(a.paths) > 0 {
		a.mask = rasterizePaths(a.paths, m.cellW, m.cellH)
	}
	m.arts[r] = a
	return a
}

func (a *art) rect(x0, y0, x1, y1 int) {
	if x1 > x0 && y1 > y0 {
		a.rects = append(a.rects, artRect{image.Rect(x0, y0, x1, y1), 1})
	}
}

func rasterizePaths(paths [][]pathOp, w, h int) *image.Alpha {
	z := vector.NewRasterizer(w, h)
	for _, path := range paths {
		for _, o := range path {
			switch o.op {
			case 'M':
				z.MoveTo(float32(o.p[0].x), float32(o.p[0].y))
			case 'L':
				z.LineTo(float32(o.p[0].x), float32(o.p[0].y))
			case 'C':
				z.CubeTo(float32(o.p[0].x), float32(o.p[0].y),
					float32(o.p[1].x), float32(o.p[1].y),
					float32(o.p[2].x), float32(o.p[2].y))
			case 'Z':
				z.ClosePath()
			}
		}
	}
	mask := image.NewAlpha(image.Rect(0, 0, w, h))
	z.Draw(mask, mask.Bounds(), image.Opaque, image.Point{})
	return mask
}

// Line weights of the four arms of a box-drawing character.
const (
	none   = '.'
	light  = 'l'
	heavy  = 'h'
	double = 'd'
)

// boxArms gives the left, right, up and down arm weights of U+2500–257F;
// "" marks the arcs and diagonals, drawn separately.
var boxArms = [0x80]string{
	"ll..", "hh..", "..ll", "..hh", "ll..", "hh..", "..ll", "..hh", // 2500
	"ll..", "hh..", "..ll", "..hh", ".l.l", ".h.l", ".l.h", ".h.h", // 2508
	"l..l", "h..l", "l..h", "h..h", ".ll.", ".hl.", ".lh.", ".hh.", // 2510
	"l.l.", "h.l.", "l.h.", "h.h.", ".lll", ".hll", ".lhl", ".llh", // 2518
	".lhh", ".hhl", ".hlh", ".hhh", "l.ll", "h.ll", "l.hl", "l.lh", // 2520
	"l.hh", "h.hl", "h.lh", "h.hh", "ll.l", "hl.l", "lh.l", "hh.l", // 2528
	"ll.h", "hl.h", "lh.h", "hh.h", "lll.", "hll.", "lhl.", "hhl.", // 2530
	"llh.", "hlh.", "lhh.", "hhh.", "llll", "hlll", "lhll", "hhll", // 2538
	"llhl", "lllh", "llhh", "hlhl", "lhhl", "hllh", "lhlh", "hhhl", // 2540
	"hhlh", "hlhh", "lhhh", "hhhh", "ll..", "hh..", "..ll", "..hh", // 2548
	"dd..", "..dd", ".d.l", ".l.d", ".d.d", "d..l", "l..d", "d..d", // 2550
	".dl.", ".ld.", ".dd.", "d.l.", "l.d.", "d.d.", ".dll", ".ldd", // 2558
	".ddd", "d.ll", "l.dd", "d.dd", "dd.l", "ll.d", "dd.d", "ddl.", // 2560
	"lld.", "ddd.", "ddll", "lldd", "dddd", "", "", "", // 2568
	"", "", "", "", "l...", "..l.", ".l..", "...l", // 2570
	"h...", "..h.", ".h..", "...h", "lh..", "..lh", "hl..", "..hl", // 2578
}

// boxDashes gives the number of dashes of the dashed lines.
func boxDashes(r rune) int {
	switch r {
	case 0x2504, 0x2505, 0x2506, 0x2507:
		return 3
	case 0x2508, 0x2509, 0x250a, 0x250b:
		return 4
	case 0x254c, 0x254d, 0x254e, 0x254f:
		return 2
	}
	return 0
}

// band centres a stroke of width w in a cell dimension of size n.
func band(n, w int) [2]int {
	lo := (n - w) / 2
	return [2]int{lo, lo + w}
}

// lines returns the two strokes of a double line and the span of whatever
// lines the perpendicular arms a and b draw: for single lines both strokes
// are that one band, so double arms meeting them stop at it.
func (m *metrics) lines(n int, a, b byte) (first, second [2]int, lo, hi int) {
	t := m.thin
	if a == double || b == double {
		d := (n - 3*t) / 2
		return [2]int{d, d + t}, [2]int{d + 2*t, d + 3*t}, d, d + 3*t
	}
	lo, hi = n, 0
	for _, w := range [2]byte{a, b} {
		if w != none {
			s := band(n, m.weight(w))
			lo, hi = min(lo, s[0]), max(hi, s[1])
		}
	}
	return [2]int{lo, hi}, [2]int{lo, hi}, lo, hi
}

func (m *metrics) weight(w byte) int {
	if w == heavy {
		return m.thick
	}
	return m.thin
}

// boxArt draws a box-drawing character from its arms. Each arm runs from its
// cell edge to where it meets the perpendicular arms; double lines turn
// corners with an inner and an outer stroke, like a font's ╔ or ╬.
func (m *metrics) boxArt(r rune) *art {
	a := &art{}
	arms := boxArms[r-0x2500]
	if arms == "" {
		m.curveArt(a, r)
		return a
	}
	W, H, t := m.cellW, m.cellH, m.thin
	L, R, U, D := arms[0], arms[1], arms[2], arms[3]
	vert := U != none || D != none
	horiz := L != none || R != none
	xl, xr, vx0, vx1 := m.lines(W, U, D) // left and right vertical strokes
	yt, yb, hy0, hy1 := m.lines(H, L, R) // top and bottom horizontal strokes
	lx, ly := band(W, t), band(H, t)

	// Horizontal arms.
	for i, w := range [2]byte{L, R} {
		if w == none {
			continue
		}
		left := i == 0
		other := R
		if !left {
			other = L
		}
		if w != double {
			y := band(H, m.weight(w))
			own := band(W, m.weight(w))
			lo, hi := own[0], own[1]
			switch {
			case !vert:
			case (U == double || D == double) && U != none && D != none && other == none:
				lo, hi = xr[0], xl[1] // stop at the near stroke: ╢ ╟
			default:
				lo, hi = vx0, vx1
			}
			if left {
				a.rect(0, y[0], hi, y[1])
			} else {
				a.rect(lo, y[0], W, y[1])
			}
			continue
		}
		// Double: the stroke on the side of a perpendicular arm stops at
		// the near vertical stroke; the other runs round the corner.
		endTop, endBot := lx, lx
		switch {
		case U != none && D != none:
			endTop, endBot = nearFar(left, xl, xr), nearFar(left, xl, xr)
		case U != none:
			endTop, endBot = nearFar(left, xl, xr), nearFar(!left, xl, xr)
		case D != none:
			endTop, endBot = nearFar(!left, xl, xr), nearFar(left, xl, xr)
		}
		for j, e := range [2][2]int{endTop, endBot} {
			y := yt
			if j == 1 {
				y = yb
			}
			if left {
				a.rect(0, y[0], e[1], y[1])
			} else {
				a.rect(e[0], y[0], W, y[1])
			}
		}
	}

	// Vertical arms: the same with the axes swapped.
	for i, w := range [2]byte{U, D} {
		if w == none {
			continue
		}
		up := i == 0
		other := D
		if !up {
			other = U
		}
		if w != double {
			x := band(W, m.weight(w))
			own := band(H, m.weight(w))
			lo, hi := own[0], own[1]
			switch {
			case !horiz:
			case (L == double || R == double) && L != none && R != none && other == none:
				lo, hi = yb[0], yt[1] // stop at the near stroke: ╤ ╧
			default:
				lo, hi = hy0, hy1
			}
			if up {
				a.rect(x[0], 0, x[1], hi)
			} else {
				a.rect(x[0], lo, x[1], H)
			}
			continue
		}
		endLeft, endRight := ly, ly
		switch {
		case L != none && R != none:
			endLeft, endRight = nearFar(up, yt, yb), nearFar(up, yt, yb)
		case L != none:
			endLeft, endRight = nearFar(up, yt, yb), nearFar(!up, yt, yb)
		case R != none:
			endLeft, endRight = nearFar(!up, yt, yb), nearFar(up, yt, yb)
		}
		for j, e := range [2][2]int{endLeft, endRight} {
			x := xl
			if j == 1 {
				x = xr
			}
			if up {
				a.rect(x[0], 0, x[1], e[1])
			} else {
				a.rect(x[0], e[0], x[1], H)
			}
		}
	}

	if n := boxDashes(r); n > 0 {
		a.rects = dash(a.rects, n, W, H)
	}
	return a
}

// nearFar returns the stroke of a perpendicular double line that an arm
// coming from the low side (left or top) reaches first, or, for an arm from
// the high side, the one on that side. Negating fromLow picks the far stroke.
func nearFar(fromLow bool, lowStroke, highStroke [2]int) [2]int {
	if fromLow {
		return lowStroke
	}
	return highStroke
}

// dash cuts each straight line of a dashed character into n dashes, each
// centred in an equal share of the cell so dashes repeat evenly across cells.
func dash(rects []artRect, n, W, H int) []artRect {
	var out []artRect
	for _, ar := range rects {
		r := ar.r
		horizontal := r.Dx() >= r.Dy()
		size := H
		if horizontal {
			size = W
		}
		seg := float64(size) / float64(n)
		gap := max(1, int(math.Round(seg/4)))
		for i := range n {
			lo := int(math.Round(float64(i) * seg))
			hi := int(math.Round(float64(i+1)*seg)) - gap
			lo += gap / 2
			hi += gap / 2
			d := r
			if horizontal {
				d.Min.X, d.Max.X = lo, hi
			} else {
				d.Min.Y, d.Max.Y = lo, hi
			}
			if !d.Empty() && !slices.Contains(out, artRect{d, ar.alpha}) {
				out = append(out, artRect{d, ar.alpha})
			}
		}
	}
	return out
}

// curveArt draws the rounded corners ╭╮╯╰ as quarter circles joining the
// light line centres, and the diagonals ╱╲╳.
func (m *metrics) curveArt(a *art, r rune) {
	W, H, t := m.cellW, m.cellH, m.thin
	lx, ly := band(W, t), band(H, t)
	cx := float64(lx[0]) + float64(t)/2 // centre of the vertical line
	cy := float64(ly[0]) + float64(t)/2 // centre of the horizontal line
	rad := min(cx, float64(W)-cx, cy, float64(H)-cy)
	ceil := func(v float64) int { return int(math.Ceil(v)) }
	floor := func(v float64) int { return int(math.Floor(v)) }
	switch r {
	case 0x256d: // ╭ right and down
		a.paths = append(a.paths, arc(cx+rad, cy+rad, rad, float64(t), math.Pi, 1.5*math.Pi))
		a.rect(floor(cx+rad), ly[0], W, ly[1])
		a.rect(lx[0], floor(cy+rad), lx[1], H)
	case 0x256e: // ╮ left and down
		a.paths = append(a.paths, arc(cx-rad, cy+rad, rad, float64(t), 1.5*math.Pi, 2*math.Pi))
		a.rect(0, ly[0], ceil(cx-rad), ly[1])
		a.rect(lx[0], floor(cy+rad), lx[1], H)
	case 0x256f: // ╯ left and up
		a.paths = append(a.paths, arc(cx-rad, cy-rad, rad, float64(t), 0, 0.5*math.Pi))
		a.rect(0, ly[0], ceil(cx-rad), ly[1])
		a.rect(lx[0], 0, lx[1], ceil(cy-rad))
	case 0x2570: // ╰ right and up
		a.paths = append(a.paths, arc(cx+rad, cy-rad, rad, float64(t), 0.5*math.Pi, math.Pi))
		a.rect(floor(cx+rad), ly[0], W, ly[1])
		a.rect(lx[0], 0, lx[1], ceil(cy-rad))
	case 0x2571: // ╱
		a.paths = append(a.paths, stroke(point{float64(W), 0}, point{0, float64(H)}, float64(t)))
	case 0x2572: // ╲
		a.paths = append(a.paths, stroke(point{0, 0}, point{float64(W), float64(H)}, float64(t)))
	case 0x2573: // ╳
		a.paths = append(a.paths,
			stroke(point{float64(W), 0}, point{0, float64(H)}, float64(t)),
			stroke(point{0, 0}, point{float64(W), float64(H)}, float64(t)))
	}
}

// arc returns the outline of a quarter ring of centre radius rad and
// thickness t, from angle a0 to a1 (radians, y down).
func arc(cx, cy, rad, t, a0, a1 float64) []pathOp {
	outer, inner := rad+t/2, max(0, rad-t/2)
	at := func(r, a float64) point { return point{cx + r*math.Cos(a), cy + r*math.Sin(a)} }
	// Cubic Bézier approximation of a circular arc.
	curve := func(r, from, to float64) pathOp {
		k := 4.0 / 3 * math.Tan((to-from)/4) * r
		p0, p3 := at(r, from), at(r, to)
		p1 := point{p0.x - k*math.Sin(from), p0.y + k*math.Cos(from)}
		p2 := point{p3.x + k*math.Sin(to), p3.y - k*math.Cos(to)}
		return pathOp{op: 'C', p: [3]point{p1, p2, p3}}
	}
	return []pathOp{
		{op: 'M', p: [3]point{at(outer, a0)}},
		curve(outer, a0, a1),
		{op: 'L', p: [3]point{at(inner, a1)}},
		curve(inner, a1, a0),
		{op: 'Z'},
	}
}

// stroke returns the outline of a straight line of thickness t from p to q,
// extended past both ends so it reaches the cell corners; the renderers clip
// it to the cell. All strokes wind the same way so crossing ones add up.
func stroke(p, q point, t float64) []pathOp {
	dx, dy := q.x-p.x, q.y-p.y
	l := math.Hypot(dx, dy)
	ux, uy := dx/l, dy/l
	p = point{p.x - ux*t, p.y - uy*t}
	q = point{q.x + ux*t, q.y + uy*t}
	nx, ny := -uy*t/2, ux*t/2
	pts := []point{{p.x + nx, p.y + ny}, {q.x + nx, q.y + ny}, {q.x - nx, q.y - ny}, {p.x - nx, p.y - ny}}
	var area float64
	for i, a := range pts {
		b := pts[(i+1)%len(pts)]
		area += a.x*b.y - b.x*a.y
	}
	if area < 0 {
		pts[1], pts[3] = pts[3], pts[1]
	}
	return []pathOp{
		{op: 'M', p: [3]point{pts[0]}},
		{op: 'L', p: [3]point{pts[1]}},
		{op: 'L', p: [3]point{pts[2]}},
		{op: 'L', p: [3]point{pts[3]}},
		{op: 'Z'},
	}
}

// blockArt draws U+2580–259F: halves, eighths, quadrants and shades.
func (m *metrics) blockArt(r rune) *art {
	a := &art{}
	W, H := m.cellW, m.cellH
	hx, hy := W/2, H/2
	quads := func(ul, ur, ll, lr bool) {
		if ul {
			a.rect(0, 0, hx, hy)
		}
		if ur {
			a.rect(hx, 0, W, hy)
		}
		if ll {
			a.rect(0, hy, hx, H)
		}
		if lr {
			a.rect(hx, hy, W, H)
		}
	}
	switch {
	case r == 0x2580: // ▀
		a.rect(0, 0, W, hy)
	case r >= 0x2581 && r <= 0x2587: // ▁ … ▇ lower eighths
		k := int(r - 0x2580)
		a.rect(0, H-(k*H+4)/8, W, H)
	case r == 0x2588: // █
		a.rect(0, 0, W, H)
	case r >= 0x2589 && r <= 0x258f: // ▉ … ▏ left eighths
		k := int(0x2590 - r)
		a.rect(0, 0, (k*W+4)/8, H)
	case r == 0x2590: // ▐
		a.rect(hx, 0, W, H)
	case r >= 0x2591 && r <= 0x2593: // ░ ▒ ▓
		a.rects = append(a.rects, artRect{image.Rect(0, 0, W, H), float64(r-0x2590) / 4})
	case r == 0x2594: // ▔
		a.rect(0, 0, W, (H+4)/8)
	case r == 0x2595: // ▕
		a.rect(W-(W+4)/8, 0, W, H)
	case r == 0x2596:
		quads(false, false, true, false)
	case r == 0x2597:
		quads(false, false, false, true)
	case r == 0x2598:
		quads(true, false, false, false)
	case r == 0x2599:
		quads(true, false, true, true)
	case r == 0x259a:
		quads(true, false, false, true)
	case r == 0x259b:
		quads(true, true, true, false)
	case r == 0x259c:
		quads(true, true, false, true)
	case r == 0x259d:
		quads(false, true, false, false)
	case r == 0x259e:
		quads(false, true, true, false)
	case r == 0x259f:
		quads(false, true, true, true)
	}
	return a
}

// brailleDots maps the eight bits of a braille pattern to (column, row).
var brailleDots = [8][2]int{{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}, {1, 2}, {0, 3}, {1, 3}}

// brailleArt draws U+2800–28FF as square dots centred in a 2x4 grid over
// the whole cell, so dots in neighbouring cells are evenly spaced.
func (m *metrics) brailleArt(r rune) *art {
	a := &art{}
	W, H := float64(m.cellW), float64(m.cellH)
	d := max(1, math.Round(min(W/4, H/8)))
	bits := int(r - 0x2800)
	for i, cr := range brailleDots {
		if bits&(1<<i) == 0 {
			continue
		}
		x := int(math.Round(float64(2*cr[0]+1)*W/4 - d/2))
		y := int(math.Round(float64(2*cr[1]+1)*H/8 - d/2))
		a.rect(x, y, x+int(d), y+int(d))
	}
	return a
}
