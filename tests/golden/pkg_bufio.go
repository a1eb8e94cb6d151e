// Package bufio edge cases: Scanner with ScanWords/ScanRunes (invalid UTF-8), a final line
// without newline, CRLF, empty input, a token too long for the buffer, a custom split
// function returning an error; Reader ReadString/ReadLine/Peek/UnreadByte; Writer Flush.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func lines(input string) {
	sc := bufio.NewScanner(strings.NewReader(input))
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	fmt.Printf("%q %v\n", got, sc.Err())
}

func main() {
	lines("")
	lines("\n")
	lines("a\nb")
	lines("a\r\nb\r\n\r\n")
	lines("a\rb\n")
	lines("\n\nx\n\n")

	sc := bufio.NewScanner(strings.NewReader("  Now is the\twinter\n of  our\u00a0discontent\u2003 "))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
		n++
	}
	fmt.Println(n, sc.Err())

	sc = bufio.NewScanner(strings.NewReader("a\xffé世\xe4\xb8"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("x", 100) + "\nafter\n"))
	sc.Buffer(make([]byte, 0, 16), 32)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)

	sc = bufio.NewScanner(strings.NewReader("1234 5678 1234567901234567890 99"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil {
			_, err = strconv.ParseInt(string(tok), 10, 32)
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Printf("%s ", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	stop := errors.New("stop here")
	sc = bufio.NewScanner(strings.NewReader("a,b,,c,STOP,d"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, b := range data {
			if b == ',' {
				if string(data[:i]) == "STOP" {
					return 0, nil, stop
				}
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		if len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err(), errors.Is(sc.Err(), stop))

	r := bufio.NewReaderSize(strings.NewReader("first line\nsecond\r\nno newline"), 16)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	p, err := r.Peek(3)
	fmt.Printf("peek %q %v buffered %d\n", p, err, r.Buffered())
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.UnreadByte(), r.UnreadByte())
	ru, size, err := r.ReadRune()
	fmt.Println(string(ru), size, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	_, err = r.Peek(1)
	fmt.Println(err)

	long := bufio.NewReaderSize(strings.NewReader(strings.Repeat("y", 40)+"\nz"), 16)
	for {
		line, prefix, err := long.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%d %v; ", len(line), prefix)
	}
	_, err = bufio.NewReaderSize(strings.NewReader("abc"), 16).Peek(32)
	fmt.Println(err)

	w := bufio.NewWriterSize(os.Stdout, 8)
	fmt.Fprintf(w, "%d buffered ", w.Available())
	fmt.Fprintf(w, "then %d\n", w.Buffered())
	w.WriteString("flushed ")
	w.WriteRune('✓')
	w.WriteByte('\n')
	fmt.Println(w.Flush())
}
