package screenshot

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"io"
	"runtime"
	"sync"
)

// encodePNG writes an opaque RGBA image as an 8-bit RGB PNG.
//
// image/png picks a filter for every row by trying all five, which on a
// 160x48 screen at scale 2 (4.7 million pixels) costs more than drawing it.
// A terminal screen is rows of flat colour in which each pixel row mostly
// repeats the one above, so the Up filter alone does nearly as well. The
// rows are compressed in bands, one per CPU, each band a run of deflate
// blocks ending on a byte boundary (a sync flush), so the bands join into a
// single valid zlib stream.
func encodePNG(w io.Writer, img *image.RGBA) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("\x89PNG\r\n\x1a\n")
	b := img.Rect
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(b.Dx()))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(b.Dy()))
	ihdr[8] = 8  // bit depth
	ihdr[9] = 2  // colour type: RGB
	ihdr[10] = 0 // deflate
	ihdr[11] = 0 // adaptive filtering
	ihdr[12] = 0 // no interlace
	writeChunk(bw, "IHDR", ihdr[:])

	nb := max(1, min(runtime.GOMAXPROCS(0), 8, b.Dy()/64))
	bands := make([]pngBand, nb)
	var wg sync.WaitGroup
	for i := range bands {
		y0 := b.Min.Y + i*b.Dy()/nb
		y1 := b.Min.Y + (i+1)*b.Dy()/nb
		wg.Go(func() { bands[i].encode(img, y0, y1, i == nb-1) })
	}
	wg.Wait()

	idat := &chunkWriter{w: bw, typ: "IDAT", buf: make([]byte, 0, 32<<10)}
	idat.Write([]byte{0x78, 0x01}) // zlib header: deflate, 32K window, fastest
	var sum uint32 = 1             // Adler-32 of no data
	for i := range bands {
		if bands[i].err != nil {
			return bands[i].err
		}
		idat.Write(bands[i].out.Bytes())
		sum = adler32Combine(sum, bands[i].adler, bands[i].n)
	}
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], sum)
	idat.Write(tail[:])
	if err := idat.flush(); err != nil {
		return err
	}
	writeChunk(bw, "IEND", nil)
	return bw.Flush()
}

// pngBand is the compressed form of a range of filtered rows.
type pngBand struct {
	out   bytes.Buffer
	adler uint32 // of the filtered rows
	n     int    // filtered bytes
	err   error
}

func (bd *pngBand) encode(img *image.RGBA, y0, y1 int, last bool) {
	fw, err := flate.NewWriter(&bd.out, flate.BestSpeed)
	if err != nil {
		bd.err = err
		return
	}
	sum := adler32.New()
	b := img.Rect
	out := make([]byte, 1+3*b.Dx())
	for y := y0; y < y1; y++ {
		i0 := img.PixOffset(b.Min.X, y)
		row := img.Pix[i0 : i0+4*b.Dx()]
		f := out[1:]
		if y == b.Min.Y {
			out[0] = 1 // Sub: each pixel minus the one to its left
			var l0, l1, l2 byte
			for x, i := 0, 0; x+3 < len(row) && i+2 < len(f); x, i = x+4, i+3 {
				f[i], f[i+1], f[i+2] = row[x]-l0, row[x+1]-l1, row[x+2]-l2
				l0, l1, l2 = row[x], row[x+1], row[x+2]
			}
		} else {
			out[0] = 2 // Up: each pixel minus the one above
			up := img.Pix[i0-img.Stride : i0-img.Stride+len(row)]
			for x, i := 0, 0; x+3 < len(row) && x+3 < len(up) && i+2 < len(f); x, i = x+4, i+3 {
				f[i], f[i+1], f[i+2] = row[x]-up[x], row[x+1]-up[x+1], row[x+2]-up[x+2]
			}
		}
		sum.Write(out)
		bd.n += len(out)
		if _, err := fw.Write(out); err != nil {
			bd.err = err
			return
		}
	}
	bd.adler = sum.Sum32()
	if last {
		bd.err = fw.Close()
	} else {
		bd.err = fw.Flush()
	}
}

// adler32Combine returns the Adler-32 of two byte strings joined, from the
// checksum of each and the length of the second (zlib's adler32_combine).
func adler32Combine(a1, a2 uint32, len2 int) uint32 {
	const base = 65521
	rem := uint32(len2 % base)
	s1 := a1 & 0xffff
	s2 := rem * s1 % base
	s1 += (a2 & 0xffff) + base - 1
	s2 += (a1 >> 16) + (a2 >> 16) + base - rem
	if s1 >= base {
		s1 -= base
	}
	if s1 >= base {
		s1 -= base
	}
	if s2 >= base<<1 {
		s2 -= base << 1
	}
	if s2 >= base {
		s2 -= base
	}
	return s1 | s2<<16
}

func writeChunk(w *bufio.Writer, typ string, data []byte) {
	var hdr [8]byte
	binary.BigEndian.PutUint32(hdr[:4], uint32(len(data)))
	copy(hdr[4:], typ)
	w.Write(hdr[:])
	w.Write(data)
	crc := crc32.NewIEEE()
	crc.Write(hdr[4:])
	crc.Write(data)
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], crc.Sum32())
	w.Write(sum[:])
}

// chunkWriter splits a stream into PNG chunks of one type.
type chunkWriter struct {
	w   *bufio.Writer
	typ string
	buf []byte
}

func (c *chunkWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := min(len(p), cap(c.buf)-len(c.buf))
		c.buf = append(c.buf, p[:k]...)
		p = p[k:]
		if len(c.buf) == cap(c.buf) {
			if err := c.flush(); err != nil {
				return n - len(p), err
			}
		}
	}
	return n, nil
}

func (c *chunkWriter) flush() error {
	if len(c.buf) > 0 {
		writeChunk(c.w, c.typ, c.buf)
		c.buf = c.buf[:0]
	}
	// bufio keeps the first write error and returns it from every later
	// call, so checking here surfaces a failed write early.
	_, err := c.w.Write(nil)
	return err
}
