// parser.h — recursive-descent parser for Go 1.19 source files (without generics).
//
// parseFile never fails: it always returns a File (possibly with BadExpr/BadStmt nodes or
// missing declarations) and reports every syntax error to Diagnostics with Go's wording
// (`syntax error: unexpected newline, expecting comma or }`). Type-check the file only if
// Diagnostics::blockingErrorCount() did not grow (Go also type-checks after lexical errors
// such as "string not terminated", so both kinds of message appear together). Generic
// type/function declarations are reported as "generic functions are not supported" /
// "generic types are not supported" (blocking).
//
// Limits: expressions, types and statements nested deeper than kMaxNesting, or chains of
// binary operators / selectors / calls / indexes longer than kMaxChain (a 7,000-term string
// concatenation occurs in Go's own time/tzdata), report "exceeded max nesting depth". So a
// tree is never deeper than kMaxNesting + kMaxChain nodes; recursive walkers need stack for
// that many levels (or must walk BinaryExpr chains iteratively). Parsing stops after
// Diagnostics::kMaxErrors errors, as Go's compiler does.
#pragma once

#include <memory>
#include <string>

#include "frontend/ast.h"
#include "frontend/source.h"

namespace mgo::fe {

constexpr int kMaxNesting = 1000;
constexpr int kMaxChain = 10000;

// Parses one source file. Registers the file's name with diags.
std::unique_ptr<File> parseFile(const SourceFile& src, Diagnostics& diags);

// Go's short source form of an expression or type, as Go's compiler prints it in messages:
// `x + y`, `f(a, b...)`, `[]int{…}`, `func(x int) {…}`, `struct{a int}`.
std::string exprString(const Expr* e);

// An S-expression dump of a subtree, for tests and debugging, e.g.
// (Binary + (Ident x) (BasicLit 1)).
std::string dumpAst(const Node* n);

// startPos of an expression: the position of its leftmost token (BinaryExpr and
// KeyValueExpr carry their operator's position in `pos`). Go's type checker reports most
// errors here.
Pos startPos(const Node* n);

// The position Go's own syntax tree gives the node (n.Pos() in cmd/compile/internal/syntax):
// the operator of unary/binary expressions, the '.' of selectors and type assertions, the
// '[' of index/slice expressions, the '(' of calls, the '{' of composite literals, the ':'
// of key-value pairs; the first token otherwise. A few Go messages are positioned there
// rather than at startPos ("expression in defer must be function call").
Pos goPos(const Node* n);

}  // namespace mgo::fe
