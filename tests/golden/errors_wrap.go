// errors.New identity, fmt.Errorf %w wrapping, errors.Is / errors.As / errors.Unwrap.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct{ Path string }

func (e *PathError) Error() string { return "bad path " + e.Path }

func lookup(k string) error {
	if k == "" {
		return &PathError{"<empty>"}
	}
	return fmt.Errorf("lookup %q: %w", k, ErrNotFound)
}

func main() {
	err := lookup("x")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound, errors.Unwrap(err) == ErrNotFound)
	fmt.Println(errors.New("not found") == ErrNotFound)
	wrapped := fmt.Errorf("outer: %w", lookup(""))
	var pe *PathError
	fmt.Println(errors.As(wrapped, &pe), pe.Path)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Unwrap(errors.Unwrap(wrapped)) == nil)
	fmt.Println(fmt.Errorf("no wrap: %v", ErrNotFound), errors.Unwrap(fmt.Errorf("no wrap: %v", ErrNotFound)) == nil)
}
