// typecheck.go type-checks the Go halves of the stdlib (stdlib/go/*.go) with Go's own
// go/types, resolving imports among them: a fast check while mgo's compiler is young.
// Body-less declarations (C++ externs) are legal to go/types. Run from the repo root:
//
//	go run stdlib/gen/typecheck/typecheck.go fmt strings unicode/utf8 ...
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
)

var dir = "stdlib/go"
var fset = token.NewFileSet()
var pkgs = map[string]*types.Package{}

type imp struct{}

func (imp) Import(path string) (*types.Package, error) { return load(path) }

func load(path string) (*types.Package, error) {
	if p, ok := pkgs[path]; ok {
		return p, nil
	}
	fn := filepath.Join(dir, strings.ReplaceAll(path, "/", "_")+".go")
	f, err := parser.ParseFile(fset, fn, nil, 0)
	if err != nil {
		return nil, err
	}
	conf := types.Config{Importer: imp{}, Error: func(err error) { fmt.Println(err) }}
	p, _ := conf.Check(path, fset, []*ast.File{f}, nil)
	pkgs[path] = p
	return p, nil
}

func main() {
	for _, a := range os.Args[1:] {
		if _, err := load(a); err != nil {
			fmt.Println(err)
		}
	}
}
