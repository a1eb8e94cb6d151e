// Package ioutil (io/ioutil): the deprecated helpers, forwarding to io and os.
package ioutil

import (
	"io"
	"os"
)

func ReadAll(r io.Reader) ([]byte, error) {
	return io.ReadAll(r)
}

func ReadFile(filename string) ([]byte, error) {
	return os.ReadFile(filename)
}

func WriteFile(filename string, data []byte, perm os.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

var Discard io.Writer = io.Discard
