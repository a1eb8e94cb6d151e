// Audit of package fmt against Go 1.19 (issue #8): Format methods (fmt.Formatter) are
// called before Error/String/GoString with a State whose Width/Precision/Flag report the
// verb's flags (and, as Go, the previous verb's width and precision when absent), on
// operands and nested values; a panicking Format prints Go's PANIC= text. A method that
// panics with nil prints nothing (Go 1.19's recover returns nil there); a nil *T error
// prints <nil>. fmt.Append, Appendf, Appendln (Go 1.19).
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Money struct{ cents int64 }

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			io.WriteString(f, "USD ")
		}
		fmt.Fprintf(f, "%d.%02d", m.cents/100, m.cents%100)
	case 'd':
		w, ok := f.Width()
		if ok {
			fmt.Fprintf(f, "%*d", w, m.cents)
		} else {
			fmt.Fprint(f, m.cents)
		}
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.cents)
	}
}

type Pan struct{}

func (Pan) Format(f fmt.State, c rune) { panic("format boom") }

type PtrF struct{ n int }

func (p *PtrF) Format(f fmt.State, c rune) { fmt.Fprintf(f, "PtrF<%d>", p.n) }

type ValF struct{ n int }

func (v ValF) Format(f fmt.State, c rune) { fmt.Fprintf(f, "ValF<%d>", v.n) }

type ErrF struct{}

func (ErrF) Error() string                 { return "errf-error" }
func (ErrF) Format(f fmt.State, c rune)   { io.WriteString(f, "errf-format") }
func (ErrF) String() string                { return "errf-string" }

type Echo struct{}

func (Echo) Format(f fmt.State, c rune) {
	var sb strings.Builder
	sb.WriteByte('%')
	for _, fl := range "-+# 0" {
		if f.Flag(int(fl)) {
			sb.WriteRune(fl)
		}
	}
	if w, ok := f.Width(); ok {
		fmt.Fprint(&sb, w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprint(&sb, ".", p)
	}
	sb.WriteRune(c)
	_, isSW := f.(io.StringWriter)
	fmt.Fprintf(f, "[%s %v %T]", sb.String(), isSW, f)
}

type PanNil struct{}

func (PanNil) String() string { panic(nil) }

type PanNilF struct{}

func (PanNilF) Format(f fmt.State, c rune) { io.WriteString(f, "partial"); panic(nil) }

type PanRT struct{ m map[string]int }

func (p PanRT) String() string { p.m["x"] = 1; return "ok" }

type ME struct{ msg string }

func (e *ME) Error() string { return e.msg }

func nilME() error {
	var e *ME
	return e
}

type Wrap struct {
	M Money
	m Money
	P *PtrF
}

func main() {
	m := Money{12345}
	fmt.Printf("%v|%+v|%s|%d|%8d|%x|%T|%q\n", m, m, m, m, m, m, m, m)
	fmt.Println(m, &m, []Money{{1}, {250}})
	fmt.Print(m, "\n")
	fmt.Println(fmt.Sprint(m), fmt.Sprintf("%6.2v", m))
	fmt.Printf("%v|%d\n", Pan{}, Pan{})
	var np *PtrF
	var nv *ValF
	fmt.Printf("%v|%v|%v|%v\n", np, nv, &PtrF{3}, ValF{4})
	fmt.Println(PtrF{5}, &ValF{6})
	fmt.Printf("%v|%s|%#v|%d\n", ErrF{}, ErrF{}, ErrF{}, ErrF{})
	e := fmt.Errorf("wrapped: %w", ErrF{})
	fmt.Println(e, errors.Unwrap(e) == ErrF{})
	fmt.Printf("%v %+v %#v %-8.3x %08d % d %5s %.0v\n", Echo{}, Echo{}, Echo{}, Echo{}, Echo{}, Echo{}, Echo{}, Echo{})
	fmt.Printf("%[2]v %[1]*v\n", 4, Echo{})
	fmt.Printf("%v %+v\n", Wrap{m, m, &PtrF{7}}, Wrap{})
	fmt.Printf("%v\n", map[string]Money{"a": {100}})
	fmt.Printf("%v %v\n", []interface{}{m, Echo{}}, [1]Echo{})
	fmt.Printf("%p\n", Echo{})
	fmt.Printf("%T %T\n", Echo{}, &PtrF{})
	fmt.Printf("%v|%-5.2x|%+#v|% 07d|%v\n", Echo{}, Echo{}, Echo{}, Echo{}, Echo{})
	fmt.Printf("[%v] [%s] [%8v] [%q] [%v]\n", PanNil{}, PanNil{}, PanNil{}, PanRT{}, PanNilF{})
	fmt.Println(PanNil{}, []interface{}{PanNil{}, 1}, PanNilF{})
	err := nilME()
	fmt.Printf("%v|%s|%q|%x|%d|%v\n", err, err, err, err, err, err == nil)
	b := fmt.Append(nil, "a", 1, 2, "b", m)
	b = fmt.Appendf(b, "|%05.1f|%q|%d|", 3.14159, "x", m)
	b = fmt.Appendln(b, "end", 9, Echo{})
	fmt.Printf("%q %d\n", b, len(fmt.Append(nil)))
}
