// Package errors edge cases: New identity, nil handling in Is/As/Unwrap, %w chains,
// custom Is methods, As with interface targets.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return "my error " + strconv.Itoa(e.code) }

type timeoutErr struct{}

func (timeoutErr) Error() string   { return "timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Is(t error) bool { return t == io.ErrNoProgress }

type wrapNil struct{}

func (wrapNil) Error() string { return "wrapNil" }
func (wrapNil) Unwrap() error { return nil }

func main() {
	e1, e2 := errors.New("x"), errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.Is(e1, e2), errors.Is(e1, e1))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, e1), errors.Is(e1, nil), errors.Unwrap(nil), errors.Unwrap(e1))
	w := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", io.EOF))
	fmt.Println(w, errors.Is(w, io.EOF), errors.Is(w, io.ErrUnexpectedEOF), errors.Unwrap(errors.Unwrap(w)) == io.EOF)
	fmt.Println(fmt.Errorf("no wrap: %v", io.EOF), errors.Unwrap(fmt.Errorf("no wrap: %v", io.EOF)))
	fmt.Println(fmt.Errorf("nil: %w", nil), errors.Unwrap(fmt.Errorf("nil: %w", nil)) == nil)
	fmt.Println(fmt.Errorf("two %w %w", io.EOF, e1))
	fmt.Println(fmt.Errorf("bad verb %w", "str"))
	var me *myErr
	err := fmt.Errorf("ctx: %w", &myErr{42})
	fmt.Println(errors.As(err, &me), me.code, me)
	fmt.Println(errors.As(io.EOF, &me))
	var to interface{ Timeout() bool }
	fmt.Println(errors.As(fmt.Errorf("a: %w", timeoutErr{}), &to), to != nil && to.Timeout())
	fmt.Println(errors.Is(fmt.Errorf("a: %w", timeoutErr{}), io.ErrNoProgress), errors.Is(timeoutErr{}, io.EOF))
	fmt.Println(errors.Is(wrapNil{}, io.EOF), errors.Unwrap(wrapNil{}))
	_, err = os.Open("/nonexistent/file")
	var pe *os.PathError
	fmt.Println(err, errors.Is(err, os.ErrNotExist), errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	_, err = strconv.Atoi("zz")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == strconv.ErrSyntax)
	var target error
	fmt.Println(errors.As(w, &target), target)
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(e1, nil)
}
