package screenshot

import (
	"image"
	"image/color"
	"math"

	"golang.org/x/image/vector"
)

// Point is a position over the grid, in cells: X columns from the grid's
// left edge, Y rows from its top, so that (0.5, 0.5) is the middle of the
// first cell.
type Point struct{ X, Y float64 }

// Shape is a line or a mark drawn over the cells as vector geometry, smooth
// at any scale, in the PNG as in the SVG: what a terminal can only suggest
// with braille dots. It is drawn over the cells' backgrounds and under
// their text.
type Shape struct {
	Points []Point
	// Color is the shape's colour; nil means the theme's foreground.
	Color color.Color
	// Width is a line's width in pixels at scale 1.
	Width float64
	// Dash, when not 0, draws the line in dashes this long with gaps as
	// long, in pixels at scale 1; a solid line has round ends and joins.
	Dash float64
	// Fill fills the polygon the points enclose instead of drawing the line
	// through them.
	Fill bool
}

// Picture is a rendered screen (ANSI-styled text) and the shapes drawn over
// it.
type Picture struct {
	Text   string
	Shapes []Shape
}

// Moved returns shapes moved dx columns right and dy rows down: how a view
// places the shapes of a component it draws at an offset.
func Moved(shapes []Shape, dx, dy float64) []Shape {
	out := make([]Shape, len(shapes))
	for i, s := range shapes {
		s.Points = append([]Point(nil), s.Points...)
		for j := range s.Points {
			s.Points[j].X += dx
			s.Points[j].Y += dy
		}
		out[i] = s
	}
	return out
}

// pixel is a point in image pixels.
type pixel struct{ x, y float64 }

// pixels places a shape's points on the image.
func (c *canvas) pixels(s Shape) []pixel {
	out := make([]pixel, len(s.Points))
	for i, p := range s.Points {
		out[i] = pixel{float64(c.ox) + p.X*float64(c.m.cellW), float64(c.oy) + p.Y*float64(c.m.cellH)}
	}
	return out
}

// shapeColor is the colour a shape is drawn in.
func (c *canvas) shapeColor(s Shape) color.RGBA {
	if s.Color == nil {
		return c.fg
	}
	return rgba(s.Color)
}

// segment is a straight piece of a stroked line; butt ends it flat (a
// dash) rather than round.
type segment struct {
	a, b pixel
	butt bool
}

// segments breaks a line into the pieces drawn: each leg of a solid line,
// or each dash of a dashed one, following the line round its corners.
func segments(pts []pixel, dash float64) []segment {
	var out []segment
	if dash <= 0 {
		for i := 1; i < len(pts); i++ {
			out = append(out, segment{a: pts[i-1], b: pts[i]})
		}
		if len(pts) == 1 {
			out = append(out, segment{a: pts[0], b: pts[0]})
		}
		return out
	}
	on, left := true, dash // drawing a dash or a gap, and how much of it is left
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		length := math.Hypot(b.x-a.x, b.y-a.y)
		for at := 0.0; at < length; {
			step := math.Min(left, length-at)
			if on {
				from, to := at/length, (at+step)/length
				out = append(out, segment{
					a:    pixel{a.x + (b.x-a.x)*from, a.y + (b.y-a.y)*from},
					b:    pixel{a.x + (b.x-a.x)*to, a.y + (b.y-a.y)*to},
					butt: true,
				})
			}
			at += step
			if left -= step; left <= 0 {
				on, left = !on, dash
			}
		}
	}
	return out
}

// drawShape paints one shape on img, anti-aliased.
func (c *canvas) drawShape(img *image.RGBA, s Shape) {
	if len(s.Points) == 0 {
		return
	}
	col := c.shapeColor(s)
	pts := c.pixels(s)
	if s.Fill {
		c.fillPolygon(img, pts, col)
		return
	}
	scale := float64(c.m.scale)
	half := math.Max(s.Width*scale, 1) / 2
	segs := segments(pts, s.Dash*scale)
	if len(segs) == 0 {
		return
	}
	// The line's coverage of each pixel, the most any piece gives it, so
	// that pieces meeting at a join do not paint its edge twice.
	box := image.Rectangle{}
	for i, sg := range segs {
		r := image.Rect(int(math.Floor(math.Min(sg.a.x, sg.b.x)-half-1)), int(math.Floor(math.Min(sg.a.y, sg.b.y)-half-1)),
			int(math.Ceil(math.Max(sg.a.x, sg.b.x)+half+1)), int(math.Ceil(math.Max(sg.a.y, sg.b.y)+half+1)))
		if i == 0 {
			box = r
		} else {
			box = box.Union(r)
		}
	}
	box = box.Intersect(img.Rect)
	if box.Empty() {
		return
	}
	cover := make([]float32, box.Dx()*box.Dy())
	for _, sg := range segs {
		r := image.Rect(int(math.Floor(math.Min(sg.a.x, sg.b.x)-half-1)), int(math.Floor(math.Min(sg.a.y, sg.b.y)-half-1)),
			int(math.Ceil(math.Max(sg.a.x, sg.b.x)+half+1)), int(math.Ceil(math.Max(sg.a.y, sg.b.y)+half+1))).Intersect(box)
		dx, dy := sg.b.x-sg.a.x, sg.b.y-sg.a.y
		length := math.Hypot(dx, dy)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				px, py := float64(x)+0.5-sg.a.x, float64(y)+0.5-sg.a.y
				var cov float64
				switch {
				case length == 0:
					cov = half + 0.5 - math.Hypot(px, py)
				case sg.butt:
					along := (px*dx + py*dy) / length
					across := math.Abs(px*dy-py*dx) / length
					cov = math.Min(half+0.5-across, math.Min(along, length-along)+0.5)
				default:
					t := math.Max(0, math.Min(1, (px*dx+py*dy)/(length*length)))
					cov = half + 0.5 - math.Hypot(px-t*dx, py-t*dy)
				}
				if cov <= 0 {
					continue
				}
				i := (y-box.Min.Y)*box.Dx() + x - box.Min.X
				cover[i] = max(cover[i], float32(math.Min(cov, 1)))
			}
		}
	}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			if a := cover[(y-box.Min.Y)*box.Dx()+x-box.Min.X]; a > 0 {
				i := img.PixOffset(x, y)
				under := color.RGBA{img.Pix[i], img.Pix[i+1], img.Pix[i+2], 0xff}
				mixed := blend(under, col, float64(a))
				img.Pix[i], img.Pix[i+1], img.Pix[i+2] = mixed.R, mixed.G, mixed.B
			}
		}
	}
}

// fillPolygon fills the polygon through pts, anti-aliased.
func (c *canvas) fillPolygon(img *image.RGBA, pts []pixel, col color.RGBA) {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pts {
		minX, minY = math.Min(minX, p.x), math.Min(minY, p.y)
		maxX, maxY = math.Max(maxX, p.x), math.Max(maxY, p.y)
	}
	box := image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX)), int(math.Ceil(maxY))).Intersect(img.Rect)
	if box.Empty() {
		return
	}
	r := vector.NewRasterizer(box.Dx(), box.Dy())
	at := func(p pixel) (float32, float32) {
		return float32(p.x) - float32(box.Min.X), float32(p.y) - float32(box.Min.Y)
	}
	r.MoveTo(at(pts[0]))
	for _, p := range pts[1:] {
		r.LineTo(at(p))
	}
	r.ClosePath()
	r.Draw(img, box, image.NewUniform(col), image.Point{})
}
