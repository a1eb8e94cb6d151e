// Package io: the Reader/Writer interfaces, EOF, ReadAll, Copy, WriteString.
package io

import (
	"errors"
	"sync"
)

var EOF = errors.New("EOF")
var ErrUnexpectedEOF = errors.New("unexpected EOF")
var ErrShortWrite = errors.New("short write")
var ErrShortBuffer = errors.New("short buffer")
var ErrNoProgress = errors.New("multiple Read calls return no data or error")
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return b, err
		}
	}
}

func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var nn int
		nn, err = r.Read(buf[n:])
		n += nn
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return
}

func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// errInvalidWrite: a Write reported more bytes than it was given, or a negative count.
var errInvalidWrite = errors.New("invalid write result")

// copyBuffer is Copy and CopyBuffer (Go's io.go): a WriterTo or ReaderFrom does the copy
// itself; otherwise src is read len(buf) bytes at a time (buf nil: 32 KiB, or less for a
// small LimitedReader) and each read written to dst.
func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := 32 * 1024
		if lr, ok := src.(*LimitedReader); ok && lr.N < int64(size) {
			size = 1
			if lr.N > 1 {
				size = int(lr.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, er := src.Read(buf)
		if nr > 0 {
			nw, ew := dst.Write(buf[:nr])
			if nw < 0 || nw > nr {
				nw = 0
				if ew == nil {
					ew = errInvalidWrite
				}
			}
			written += int64(nw)
			if ew != nil {
				return written, ew
			}
			if nw != nr {
				return written, ErrShortWrite
			}
		}
		if er != nil {
			if er == EOF {
				return written, nil
			}
			return written, er
		}
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) {
	return len(p), nil
}

func (discard) WriteString(s string) (int, error) {
	return len(s), nil
}

var Discard Writer = discard{}

// ---- Seeker, LimitReader, MultiReader, MultiWriter, TeeReader, CopyN (Go's io.go and
// multi.go) ----

const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		// src stopped early; must have been EOF.
		err = EOF
	}
	return
}

func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

func LimitReader(r Reader, n int64) Reader { return &LimitedReader{r, n} }

// A LimitedReader reads from R but limits the amount of data returned to just N bytes.
type LimitedReader struct {
	R Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[0:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return
}

type multiReader struct {
	readers []Reader
}

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		if len(mr.readers) == 1 {
			if r, ok := mr.readers[0].(*multiReader); ok {
				mr.readers = r.readers
				continue
			}
		}
		n, err = mr.readers[0].Read(p)
		if err == EOF {
			mr.readers[0] = eofReader{}
			mr.readers = mr.readers[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(mr.readers) > 0 {
				err = nil
			}
			return
		}
	}
	return 0, EOF
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, EOF }

func MultiReader(readers ...Reader) Reader {
	r := make([]Reader, len(readers))
	copy(r, readers)
	return &multiReader{r}
}

type multiWriter struct {
	writers []Writer
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err != nil {
			return
		}
		if n != len(p) {
			err = ErrShortWrite
			return
		}
	}
	return len(p), nil
}

// WriteString hands s to each writer's own WriteString when it has one (as Go 1.19),
// converting s to bytes at most once for the others.
func (t *multiWriter) WriteString(s string) (n int, err error) {
	var p []byte
	for _, w := range t.writers {
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if p == nil {
				p = []byte(s)
			}
			n, err = w.Write(p)
		}
		if err != nil {
			return
		}
		if n != len(s) {
			err = ErrShortWrite
			return
		}
	}
	return len(s), nil
}

func MultiWriter(writers ...Writer) Writer {
	all := make([]Writer, 0, len(writers))
	for _, w := range writers {
		if mw, ok := w.(*multiWriter); ok {
			all = append(all, mw.writers...)
		} else {
			all = append(all, w)
		}
	}
	return &multiWriter{all}
}

func TeeReader(r Reader, w Writer) Reader { return &teeReader{r, w} }

type teeReader struct {
	r Reader
	w Writer
}

func (t *teeReader) Read(p []byte) (n int, err error) {
	n, err = t.r.Read(p)
	if n > 0 {
		if n, err := t.w.Write(p[:n]); err != nil {
			return n, err
		}
	}
	return
}

// NopCloser wraps r with a no-op Close; a WriterTo keeps its WriteTo (as Go 1.19).
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	return c.Reader.(WriterTo).WriteTo(w)
}

type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// SectionReader reads the n bytes of a ReaderAt from offset off on.
type SectionReader struct {
	r     ReaderAt
	base  int64 // where the section starts in r
	off   int64 // the next Read's position in r
	limit int64 // where the section ends in r (clamped at MaxInt64)
}

func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	limit := int64(1<<63 - 1)
	if off <= limit-n {
		limit = off + n
	}
	return &SectionReader{r, off, off, limit}
}

func (s *SectionReader) Read(p []byte) (n int, err error) {
	if s.off >= s.limit {
		return 0, EOF
	}
	if rest := s.limit - s.off; int64(len(p)) > rest {
		p = p[:rest]
	}
	n, err = s.r.ReadAt(p, s.off)
	s.off += int64(n)
	return
}

// The errors' texts are Go's; being unexported, they are made when needed (no init cost).
func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case SeekStart:
		offset += s.base
	case SeekCurrent:
		offset += s.off
	case SeekEnd:
		offset += s.limit
	default:
		return 0, errors.New("Seek: invalid whence")
	}
	if offset < s.base {
		return 0, errors.New("Seek: invalid offset")
	}
	s.off = offset
	return offset - s.base, nil
}

func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	if off < 0 || off >= s.limit-s.base {
		return 0, EOF
	}
	off += s.base
	if rest := s.limit - off; int64(len(p)) > rest {
		n, err = s.r.ReadAt(p[:rest], off)
		if err == nil {
			err = EOF
		}
		return n, err
	}
	return s.r.ReadAt(p, off)
}

func (s *SectionReader) Size() int64 { return s.limit - s.base }

// ---- Pipe: a synchronous in-memory pipe (Go's pipe.go semantics) ----
//
// Each Write hands its whole slice to readers through wrCh, chunk by chunk as Reads
// consume it (rdCh returns how much each Read took), so a Write returns only once
// readers have taken all of it or the pipe is closed. done closes once, on the first
// Close of either end; the errors given to the closes decide what the other side sees.

// pipeErr keeps the first error stored.
type pipeErr struct {
	mu  sync.Mutex
	err error
}

func (e *pipeErr) store(err error) {
	e.mu.Lock()
	if e.err == nil {
		e.err = err
	}
	e.mu.Unlock()
}

func (e *pipeErr) load() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.err
}

type pipe struct {
	wrMu       sync.Mutex // one Write at a time
	wrCh       chan []byte
	rdCh       chan int
	once       sync.Once
	done       chan struct{}
	rerr, werr pipeErr
}

// readErr: what a Read sees once closed: the writer's error if only it closed.
func (p *pipe) readErr() error {
	if werr := p.werr.load(); p.rerr.load() == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

// writeErr: what a Write sees once closed: the reader's error if only it closed.
func (p *pipe) writeErr() error {
	if rerr := p.rerr.load(); p.werr.load() == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

func (p *pipe) read(b []byte) (int, error) {
	select {
	case <-p.done:
		return 0, p.readErr()
	default:
	}
	select {
	case chunk := <-p.wrCh:
		n := copy(b, chunk)
		p.rdCh <- n
		return n, nil
	case <-p.done:
		return 0, p.readErr()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeErr()
	default:
	}
	p.wrMu.Lock()
	defer p.wrMu.Unlock()
	for first := true; first || len(b) > 0; first = false { // an empty Write still meets a Read
		select {
		case p.wrCh <- b:
			taken := <-p.rdCh
			b = b[taken:]
			n += taken
		case <-p.done:
			return n, p.writeErr()
		}
	}
	return n, nil
}

func (p *pipe) close(e *pipeErr, err error) error {
	e.store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

type PipeReader struct{ p *pipe }

func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }
func (r *PipeReader) Close() error                        { return r.CloseWithError(nil) }

// CloseWithError closes the reader; later Writes return err (ErrClosedPipe if nil).
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	return r.p.close(&r.p.rerr, err)
}

type PipeWriter struct{ p *pipe }

func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }
func (w *PipeWriter) Close() error                         { return w.CloseWithError(nil) }

// CloseWithError closes the writer; later Reads return err (EOF if nil).
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	return w.p.close(&w.p.werr, err)
}

func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{wrCh: make(chan []byte), rdCh: make(chan int), done: make(chan struct{})}
	return &PipeReader{p}, &PipeWriter{p}
}
