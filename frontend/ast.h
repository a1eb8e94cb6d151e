// ast.h — the syntax tree of a Go 1.19 source file (without generics).
//
// This header is the contract between the parser (which builds the tree), the type
// checker (which fills in the "checker slots") and codegen (which reads both).
//
// Shape
//   * Every node derives from Node and has `kind` (NodeKind) and `pos` (Pos of its first
//     token, except where a comment says otherwise: BinaryExpr/KeyValueExpr/AssignStmt/
//     SendStmt/IncDecStmt carry the position of their operator, as Go's compiler reports
//     errors there).
//   * Three categories: Expr (expressions AND type expressions: in Go they share syntax),
//     Stmt, Decl. Plus helper nodes: Field, FieldList, CaseClause, CommClause, File.
//   * Kind tests:  isa<CallExpr>(n), cast<CallExpr>(n) (unchecked static cast),
//     dyn_cast<CallExpr>(n) (nullptr on mismatch, nullptr-safe), or n->as<CallExpr>().
//     Categories work too: isa<Expr>(n), dyn_cast<Stmt>(n).
//   * Ownership: every node is owned by the File's arena (File::arena); pointers between
//     nodes are plain, non-owning. Optional children are nullptr when absent.
//   * Declarations are flattened as in Go's cmd/compile/internal/syntax: a grouped
//     `const ( a = iota; b )` becomes one ConstDecl per spec, each pointing at a shared
//     DeclGroup; ConstDecl::iota is the spec's index within its group.
//   * Parentheses are kept as ParenExpr nodes (as in Go's own parser; `(x) := 1` must be
//     rejectable), so consumers should look through them where Go does.
//   * Positions: Selector/Index/Slice/TypeAssert/Call/CompositeLit carry the position of
//     their first token (x's start); FuncDecl/ForStmt/RangeStmt/IfStmt/... the position of
//     their keyword; use startPos() (parser.h) for the leftmost position of any node.
//   * Depth: the parser limits nesting (kMaxNesting) and operator/postfix chains (kMaxChain,
//     parser.h), so recursive walkers see trees at most ~11,000 levels deep, mostly as
//     left-leaning BinaryExpr chains such as long string concatenations.
//   * The parser never builds partial nodes that would crash a later phase: on an error
//     it inserts BadExpr/BadStmt and reports a diagnostic. As Go's compiler, the checker
//     may run when Diagnostics::blockingErrorCount() is 0 (no syntax errors, no
//     unsupported features), even if lexical errors were reported: then a BadExpr stands
//     only for a rejected literal or a missing 3-index slice bound, already reported;
//     treat it as an invalid operand without further messages.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frontend/source.h"
#include "frontend/token.h"

namespace mgo::fe {

// Defined by the type checker (frontend/types.h etc.); the AST only points at them.
struct Type;
struct ConstValue;
struct Object;
struct Selection;
struct Scope;

enum class NodeKind : uint8_t {
  // ---- Expressions (Expr) -------------------------------------------------------------
  BadExpr,
  Ident,           // x
  BasicLit,        // 1, 1.5, 2i, 'a', "s"
  CompositeLit,    // T{a, k: v}, or {..} with elided type inside another composite literal
  KeyValueExpr,    // k: v (only inside CompositeLit)
  FuncLit,         // func(x int) int { ... }
  ParenExpr,       // (x)
  SelectorExpr,    // x.sel
  IndexExpr,       // x[i]
  SliceExpr,       // x[lo:hi], x[lo:hi:max]
  TypeAssertExpr,  // x.(T), x.(type) (type == nullptr, only as a TypeSwitchStmt guard)
  CallExpr,        // f(a, b...), also conversions T(x) and builtins len(x)
  StarExpr,        // *x: dereference or pointer type
  UnaryExpr,       // +x -x !x ^x &x <-x
  BinaryExpr,      // x op y
  // Type expressions (also Expr; StarExpr, Ident, SelectorExpr, ParenExpr name types too).
  ArrayType,       // [N]T, [...]T (only as a composite literal type)
  SliceType,       // []T
  MapType,         // map[K]V
  ChanType,        // chan T, chan<- T, <-chan T
  FuncType,        // func(params) results
  StructType,      // struct { fields }
  InterfaceType,   // interface { methods; embedded }
  Ellipsis,        // ...T, only as the type of a final parameter
  ExprLast_ = Ellipsis,

  // ---- Statements (Stmt) --------------------------------------------------------------
  BadStmt,
  EmptyStmt,       // ; (also the empty statement of `for ;; {}` parts is nullptr, not this)
  BlockStmt,       // { list }
  ExprStmt,        // f()
  SendStmt,        // ch <- v
  IncDecStmt,      // x++ x--
  AssignStmt,      // a, b = c, d; a += b; a, b := c, d
  GoStmt,          // go f()
  DeferStmt,       // defer f()
  ReturnStmt,      // return a, b
  BranchStmt,      // break L, continue L, goto L, fallthrough
  LabeledStmt,     // L: stmt
  DeclStmt,        // const/var/type inside a function
  IfStmt,          // if init; cond { } else ...
  SwitchStmt,      // switch init; tag { case ...: }
  TypeSwitchStmt,  // switch init; x := y.(type) { case T: }
  SelectStmt,      // select { case ...: }
  ForStmt,         // for init; cond; post { }, for cond { }, for { }
  RangeStmt,       // for k, v := range x { }
  CaseClause,      // case a, b: stmts / default: stmts (in SwitchStmt, TypeSwitchStmt)
  CommClause,      // case x := <-c: stmts / case c <- v: / default: (in SelectStmt)
  StmtLast_ = CommClause,

  // ---- Declarations (Decl) ------------------------------------------------------------
  ImportDecl,  // import name "path"
  ConstDecl,   // const a, b T = x, y
  VarDecl,     // var a, b T = x, y
  TypeDecl,    // type A B, type A = B
  FuncDecl,    // func (r R) Name(params) results { body }
  DeclLast_ = FuncDecl,

  // ---- Helpers ------------------------------------------------------------------------
  Field,      // names T `tag` (a parameter, result, struct field, or interface element)
  FieldList,  // ( fields ) or { fields }
  File,
};

// How an expression can be used, set by the type checker. Mirrors go/types' operand modes.
enum class ExprMode : uint8_t {
  Invalid,   // not yet checked, or erroneous
  NoValue,   // call of a function without results
  Builtin,   // a built-in function name (len, append, ...): only callable
  TypeExpr,  // the expression denotes a type
  Constant,  // a (possibly untyped) constant: Expr::constVal is set
  Variable,  // an addressable value
  MapIndex,  // m[k]: assignable, not addressable; comma-ok capable
  Value,     // a computed value
  CommaOk,   // a value that may also be used in a comma-ok assignment (x.(T), <-c)
  Package,   // a package name (only as the left of a SelectorExpr)
};

// ---------------------------------------------------------------------------------------
// Base classes

struct Node {
  NodeKind kind;
  Pos pos;

  explicit Node(NodeKind k, Pos p = {}) : kind(k), pos(p) {}
  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  template <class T> bool is() const { return T::classof(this); }
  template <class T> T* as() { return T::classof(this) ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const {
    return T::classof(this) ? static_cast<const T*>(this) : nullptr;
  }
};

template <class T> inline bool isa(const Node* n) { return n && T::classof(n); }
template <class T> inline T* cast(Node* n) { return static_cast<T*>(n); }
template <class T> inline const T* cast(const Node* n) { return static_cast<const T*>(n); }
template <class T> inline T* dyn_cast(Node* n) {
  return n && T::classof(n) ? static_cast<T*>(n) : nullptr;
}
template <class T> inline const T* dyn_cast(const Node* n) {
  return n && T::classof(n) ? static_cast<const T*>(n) : nullptr;
}

#define MGO_AST_KIND(K)                                          \
  static constexpr NodeKind kKind = NodeKind::K;                 \
  static bool classof(const Node* n) { return n->kind == kKind; }

struct Expr : Node {
  // ---- checker slots ----
  const Type* type = nullptr;             // type of the expression (for TypeExpr mode: the
                                          // denoted type); untyped constants get an
                                          // untyped basic type, later possibly the final one
  std::shared_ptr<const ConstValue> constVal;  // set when mode == Constant
  ExprMode mode = ExprMode::Invalid;

  using Node::Node;
  static bool classof(const Node* n) { return n->kind <= NodeKind::ExprLast_; }
};

struct Stmt : Node {
  using Node::Node;
  static bool classof(const Node* n) {
    return n->kind > NodeKind::ExprLast_ && n->kind <= NodeKind::StmtLast_;
  }
};

struct Decl : Node {
  using Node::Node;
  static bool classof(const Node* n) {
    return n->kind > NodeKind::StmtLast_ && n->kind <= NodeKind::DeclLast_;
  }
};

// ---------------------------------------------------------------------------------------
// Expressions

// Stands for an expression that did not parse; a diagnostic has been reported.
struct BadExpr : Expr {
  MGO_AST_KIND(BadExpr)
  explicit BadExpr(Pos p) : Expr(kKind, p) {}
};

struct Ident : Expr {
  MGO_AST_KIND(Ident)
  std::string name;  // "_" for the blank identifier
  // ---- checker slots ----
  Object* obj = nullptr;  // the object declared (isDef) or referred to (use)
  bool isDef = false;     // true where this identifier declares obj (e.g. the new names of
                          // a `:=`, parameters, the name of a FuncDecl)
  Ident(Pos p, std::string n) : Expr(kKind, p), name(std::move(n)) {}
  bool isBlank() const { return name == "_"; }
};

struct BasicLit : Expr {
  MGO_AST_KIND(BasicLit)
  Tok litKind;       // Tok::Int, Float, Imag, Char or String
  std::string raw;   // the literal exactly as written (`1_000`, `"a\n"`, '\x41')
  // Decoded by the lexer for Char and String (escapes processed, raw strings with '\r'
  // removed): for String the bytes of the value; for Char, `rune` is the code point.
  std::string strVal;
  uint32_t rune = 0;
  BasicLit(Pos p, Tok k, std::string r) : Expr(kKind, p), litKind(k), raw(std::move(r)) {}
};

// type{elts}. `type` is nullptr when elided inside an enclosing composite literal
// ([]Point{{1, 2}}, map[string]T{"a": {..}}); the checker supplies the element type.
// Elements are plain Exprs or KeyValueExprs.
struct CompositeLit : Expr {
  MGO_AST_KIND(CompositeLit)
  Expr* litType = nullptr;
  std::vector<Expr*> elts;
  Pos lbrace, rbrace;
  explicit CompositeLit(Pos p) : Expr(kKind, p) {}
};

// key: value inside a composite literal. pos is the colon's position.
struct KeyValueExpr : Expr {
  MGO_AST_KIND(KeyValueExpr)
  Expr* key;
  Expr* value;
  KeyValueExpr(Pos p, Expr* k, Expr* v) : Expr(kKind, p), key(k), value(v) {}
};

struct FuncTypeExpr;
struct BlockStmt;

struct FuncLit : Expr {
  MGO_AST_KIND(FuncLit)
  FuncTypeExpr* sig;
  BlockStmt* body;
  // ---- checker slots ----
  std::vector<Object*> captures;  // free variables of the literal (in order of first use)
  Scope* scope = nullptr;         // the function scope (parameters and results)
  FuncLit(Pos p, FuncTypeExpr* s, BlockStmt* b) : Expr(kKind, p), sig(s), body(b) {}
};

struct ParenExpr : Expr {
  MGO_AST_KIND(ParenExpr)
  Expr* x;
  ParenExpr(Pos p, Expr* e) : Expr(kKind, p), x(e) {}
};

// x.sel. Also a qualified identifier pkg.Name (then x is an Ident with mode Package).
struct SelectorExpr : Expr {
  MGO_AST_KIND(SelectorExpr)
  Expr* x;
  Ident* sel;
  Pos dot;  // position of the '.' (Go's syntax package positions the node there)
  // ---- checker slots ----
  Selection* selection = nullptr;  // field/method selection; nullptr for a qualified ident
  SelectorExpr(Pos p, Expr* e, Ident* s) : Expr(kKind, p), x(e), sel(s) {}
};

// x[index]. pos is the position of x; lbrack that of '['.
struct IndexExpr : Expr {
  MGO_AST_KIND(IndexExpr)
  Expr* x;
  Expr* index;
  Pos lbrack;
  IndexExpr(Pos p, Expr* e, Expr* i) : Expr(kKind, p), x(e), index(i) {}
};

// x[lo:hi] or x[lo:hi:max]; each index may be nullptr (max only when !slice3).
struct SliceExpr : Expr {
  MGO_AST_KIND(SliceExpr)
  Expr* x;
  Expr* lo = nullptr;
  Expr* hi = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
  Pos lbrack;
  SliceExpr(Pos p, Expr* e) : Expr(kKind, p), x(e) {}
};

// x.(T). assertType == nullptr means x.(type), which the parser only accepts as the guard
// of a TypeSwitchStmt.
struct TypeAssertExpr : Expr {
  MGO_AST_KIND(TypeAssertExpr)
  Expr* x;
  Expr* assertType;
  Pos dot;  // position of the '.'
  TypeAssertExpr(Pos p, Expr* e, Expr* t) : Expr(kKind, p), x(e), assertType(t) {}
};

// fun(args) / fun(args...). pos is the position of fun; lparen/rparen those of the parens.
struct CallExpr : Expr {
  MGO_AST_KIND(CallExpr)
  Expr* fun;
  std::vector<Expr*> args;
  bool hasDots = false;  // final argument followed by ...
  Pos lparen, rparen;
  // ---- checker slots ----
  bool isConversion = false;  // fun denotes a type: T(x)
  bool isBuiltin = false;     // fun denotes a built-in function
  int builtinId = -1;         // checker's numbering of the builtin when isBuiltin
  CallExpr(Pos p, Expr* f) : Expr(kKind, p), fun(f) {}
};

// *x: pointer dereference, or pointer type when x denotes a type.
struct StarExpr : Expr {
  MGO_AST_KIND(StarExpr)
  Expr* x;
  StarExpr(Pos p, Expr* e) : Expr(kKind, p), x(e) {}
};

// op x with op one of Add Sub Not Xor And(address-of) Arrow(receive). pos is op's position.
struct UnaryExpr : Expr {
  MGO_AST_KIND(UnaryExpr)
  Tok op;
  Expr* x;
  UnaryExpr(Pos p, Tok o, Expr* e) : Expr(kKind, p), op(o), x(e) {}
};

// x op y. pos is the position of the operator (as Go reports e.g. mismatched types there).
struct BinaryExpr : Expr {
  MGO_AST_KIND(BinaryExpr)
  Tok op;
  Expr* x;
  Expr* y;
  BinaryExpr(Pos p, Tok o, Expr* a, Expr* b) : Expr(kKind, p), op(o), x(a), y(b) {}
};

// [len]elem; len == nullptr with dotsLen == true for [...]T.
struct ArrayTypeExpr : Expr {
  MGO_AST_KIND(ArrayType)
  Expr* len;
  Expr* elem;
  bool dotsLen = false;
  ArrayTypeExpr(Pos p, Expr* l, Expr* e) : Expr(kKind, p), len(l), elem(e) {}
};

struct SliceTypeExpr : Expr {
  MGO_AST_KIND(SliceType)
  Expr* elem;
  SliceTypeExpr(Pos p, Expr* e) : Expr(kKind, p), elem(e) {}
};

struct MapTypeExpr : Expr {
  MGO_AST_KIND(MapType)
  Expr* key;
  Expr* value;
  MapTypeExpr(Pos p, Expr* k, Expr* v) : Expr(kKind, p), key(k), value(v) {}
};

enum class ChanDir : uint8_t { Both, Send /* chan<- T */, Recv /* <-chan T */ };

struct ChanTypeExpr : Expr {
  MGO_AST_KIND(ChanType)
  ChanDir dir;
  Expr* elem;
  ChanTypeExpr(Pos p, ChanDir d, Expr* e) : Expr(kKind, p), dir(d), elem(e) {}
};

struct FieldList;

// func(params) results. pos is the `func` keyword, or for a method in an interface or the
// signature of a FuncDecl, the position of the opening parenthesis of the parameters.
// Results: nullptr/empty list when none; a single unnamed result is one Field without
// names. Variadic: the last param's type is an EllipsisExpr.
struct FuncTypeExpr : Expr {
  MGO_AST_KIND(FuncType)
  FieldList* params;
  FieldList* results;  // never nullptr (possibly empty list)
  // ---- checker slots ----
  Scope* scope = nullptr;
  FuncTypeExpr(Pos p, FieldList* ps, FieldList* rs) : Expr(kKind, p), params(ps), results(rs) {}
  bool isVariadic() const;
};

// struct { fields }: each Field is `a, b T`, or embedded (no names; type is T, *T, pkg.T
// or *pkg.T), with an optional tag.
struct StructTypeExpr : Expr {
  MGO_AST_KIND(StructType)
  FieldList* fields;
  StructTypeExpr(Pos p, FieldList* f) : Expr(kKind, p), fields(f) {}
};

// interface { elements }: a method is a Field with one name and a FuncTypeExpr type; an
// embedded interface is a Field without names whose type is a (qualified) type name.
struct InterfaceTypeExpr : Expr {
  MGO_AST_KIND(InterfaceType)
  FieldList* methods;
  InterfaceTypeExpr(Pos p, FieldList* m) : Expr(kKind, p), methods(m) {}
};

// ...elem as the type of the final parameter of a variadic function.
struct EllipsisExpr : Expr {
  MGO_AST_KIND(Ellipsis)
  Expr* elem;
  EllipsisExpr(Pos p, Expr* e) : Expr(kKind, p), elem(e) {}
};

// ---------------------------------------------------------------------------------------
// Helpers: fields

// One entry of a parameter/result list, struct, or interface: `names type tag`.
// names is empty for an unnamed parameter, an embedded field, or an embedded interface.
struct Field : Node {
  MGO_AST_KIND(Field)
  std::vector<Ident*> names;
  Expr* type;
  BasicLit* tag = nullptr;  // struct fields only
  Field(Pos p, Expr* t) : Node(kKind, p), type(t) {}
  bool embedded() const { return names.empty(); }
};

struct FieldList : Node {
  MGO_AST_KIND(FieldList)
  std::vector<Field*> list;
  Pos closing;  // position of ')' or '}' (invalid when absent, e.g. a single result type)
  explicit FieldList(Pos p) : Node(kKind, p) {}
  // Number of entities: a field with n names counts n, an unnamed one counts 1.
  size_t numFields() const {
    size_t n = 0;
    for (const Field* f : list) n += f->names.empty() ? 1 : f->names.size();
    return n;
  }
};

inline bool FuncTypeExpr::isVariadic() const {
  return params && !params->list.empty() && isa<EllipsisExpr>(params->list.back()->type);
}

// ---------------------------------------------------------------------------------------
// Statements

struct BadStmt : Stmt {
  MGO_AST_KIND(BadStmt)
  explicit BadStmt(Pos p) : Stmt(kKind, p) {}
};

struct EmptyStmt : Stmt {
  MGO_AST_KIND(EmptyStmt)
  explicit EmptyStmt(Pos p) : Stmt(kKind, p) {}
};

struct BlockStmt : Stmt {
  MGO_AST_KIND(BlockStmt)
  std::vector<Stmt*> list;
  Pos rbrace;
  // ---- checker slots ----
  Scope* scope = nullptr;
  explicit BlockStmt(Pos p) : Stmt(kKind, p) {}
};

struct ExprStmt : Stmt {
  MGO_AST_KIND(ExprStmt)
  Expr* x;
  ExprStmt(Pos p, Expr* e) : Stmt(kKind, p), x(e) {}
};

// ch <- value. pos is the arrow.
struct SendStmt : Stmt {
  MGO_AST_KIND(SendStmt)
  Expr* chan;
  Expr* value;
  SendStmt(Pos p, Expr* c, Expr* v) : Stmt(kKind, p), chan(c), value(v) {}
};

// x++ / x--. pos is the operator.
struct IncDecStmt : Stmt {
  MGO_AST_KIND(IncDecStmt)
  Expr* x;
  bool inc;
  IncDecStmt(Pos p, Expr* e, bool i) : Stmt(kKind, p), x(e), inc(i) {}
};

// lhs op rhs with op Assign (=), Define (:=) or an op-assign (+= ...; then lhs and rhs
// have exactly one element). pos is the operator.
struct AssignStmt : Stmt {
  MGO_AST_KIND(AssignStmt)
  Tok op;
  std::vector<Expr*> lhs;
  std::vector<Expr*> rhs;
  AssignStmt(Pos p, Tok o) : Stmt(kKind, p), op(o) {}
};

struct GoStmt : Stmt {
  MGO_AST_KIND(GoStmt)
  CallExpr* call;  // never nullptr: for `go f` the parser reports an error and stores a
                   // CallExpr f() without arguments (as Go's parser does)
  GoStmt(Pos p, CallExpr* c) : Stmt(kKind, p), call(c) {}
};

struct DeferStmt : Stmt {
  MGO_AST_KIND(DeferStmt)
  CallExpr* call;  // as GoStmt
  DeferStmt(Pos p, CallExpr* c) : Stmt(kKind, p), call(c) {}
};

struct ReturnStmt : Stmt {
  MGO_AST_KIND(ReturnStmt)
  std::vector<Expr*> results;
  ReturnStmt(Pos p) : Stmt(kKind, p) {}
};

// break/continue/goto [label], fallthrough. tok is Break, Continue, Goto or Fallthrough.
struct BranchStmt : Stmt {
  MGO_AST_KIND(BranchStmt)
  Tok tok;
  Ident* label = nullptr;
  // ---- checker slots ----
  // The statement the branch refers to: for break/continue the enclosing ForStmt,
  // RangeStmt, SwitchStmt, TypeSwitchStmt or SelectStmt (labelled or innermost); for goto
  // the LabeledStmt; for fallthrough the CaseClause it falls into.
  Stmt* target = nullptr;
  BranchStmt(Pos p, Tok t) : Stmt(kKind, p), tok(t) {}
};

struct LabeledStmt : Stmt {
  MGO_AST_KIND(LabeledStmt)
  Ident* label;
  Stmt* stmt;  // never nullptr (EmptyStmt for `L: }`)
  // ---- checker slots ----
  Object* obj = nullptr;  // the label object
  LabeledStmt(Pos p, Ident* l, Stmt* s) : Stmt(kKind, p), label(l), stmt(s) {}
};

// const/var/type declarations inside a function body (one DeclStmt per keyword; a
// grouped declaration gives several decls sharing a DeclGroup).
struct DeclStmt : Stmt {
  MGO_AST_KIND(DeclStmt)
  std::vector<Decl*> decls;
  explicit DeclStmt(Pos p) : Stmt(kKind, p) {}
};

// if init; cond then else. elseStmt is nullptr, an IfStmt or a BlockStmt.
struct IfStmt : Stmt {
  MGO_AST_KIND(IfStmt)
  Stmt* init = nullptr;
  Expr* cond;
  BlockStmt* then;
  Stmt* elseStmt = nullptr;
  // ---- checker slots ----
  Scope* scope = nullptr;  // the implicit block holding init's variables
  IfStmt(Pos p, Expr* c, BlockStmt* t) : Stmt(kKind, p), cond(c), then(t) {}
};

// case list: body / default: body. list is empty for default (isDefault()).
// In a TypeSwitchStmt each element of list is a type expression, or the Ident `nil`.
struct CaseClause : Stmt {
  MGO_AST_KIND(CaseClause)
  std::vector<Expr*> list;
  bool isDefault = false;
  std::vector<Stmt*> body;
  Pos colon;
  // ---- checker slots ----
  Scope* scope = nullptr;
  Object* implicitObj = nullptr;  // type switch with binding: the clause's variable
  explicit CaseClause(Pos p) : Stmt(kKind, p) {}
};

// switch init; tag { clauses }. tag is nullptr for `switch {` (means `true`).
struct SwitchStmt : Stmt {
  MGO_AST_KIND(SwitchStmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;
  std::vector<CaseClause*> clauses;
  Pos rbrace;
  // ---- checker slots ----
  Scope* scope = nullptr;
  explicit SwitchStmt(Pos p) : Stmt(kKind, p) {}
};

// switch init; binding := x.(type) { clauses }. binding is nullptr without `v :=`.
// guard is the TypeAssertExpr x.(type) (assertType == nullptr); x is guard->x.
struct TypeSwitchStmt : Stmt {
  MGO_AST_KIND(TypeSwitchStmt)
  Stmt* init = nullptr;
  Ident* binding = nullptr;
  TypeAssertExpr* guard;
  std::vector<CaseClause*> clauses;
  Pos rbrace;
  // ---- checker slots ----
  Scope* scope = nullptr;
  TypeSwitchStmt(Pos p, TypeAssertExpr* g) : Stmt(kKind, p), guard(g) {}
};

// case comm: body / default: body. comm is a SendStmt, an ExprStmt whose x is a receive
// UnaryExpr (Arrow), or an AssignStmt (op Assign or Define, one or two lhs, rhs a single
// receive UnaryExpr); nullptr for default.
struct CommClause : Stmt {
  MGO_AST_KIND(CommClause)
  Stmt* comm = nullptr;
  bool isDefault = false;
  std::vector<Stmt*> body;
  Pos colon;
  // ---- checker slots ----
  Scope* scope = nullptr;
  explicit CommClause(Pos p) : Stmt(kKind, p) {}
};

struct SelectStmt : Stmt {
  MGO_AST_KIND(SelectStmt)
  std::vector<CommClause*> clauses;
  Pos rbrace;
  explicit SelectStmt(Pos p) : Stmt(kKind, p) {}
};

// for init; cond; post { body }. All three parts may be nullptr (`for {}`, `for cond {}`).
struct ForStmt : Stmt {
  MGO_AST_KIND(ForStmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  // ---- checker slots ----
  Scope* scope = nullptr;
  explicit ForStmt(Pos p) : Stmt(kKind, p) {}
};

// for key, value op range x { body }. op is Tok::Define, Tok::Assign, or Tok::Illegal when
// there are no iteration variables (`for range x`). key/value may be nullptr.
struct RangeStmt : Stmt {
  MGO_AST_KIND(RangeStmt)
  Expr* key = nullptr;
  Expr* value = nullptr;
  Tok op = Tok::Illegal;
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  Pos rangePos;  // position of the `range` keyword
  // ---- checker slots ----
  Scope* scope = nullptr;
  explicit RangeStmt(Pos p) : Stmt(kKind, p) {}
};

// ---------------------------------------------------------------------------------------
// Declarations

// Shared by the decls of one parenthesised group: `const ( ... )`, `var ( ... )`, etc.
struct DeclGroup {
  Pos pos;  // position of the keyword
};

// import name "path". name is nullptr when absent, the Ident "." for a dot import, "_"
// for a blank import. pos is the position of the spec (name or path).
struct ImportDecl : Decl {
  MGO_AST_KIND(ImportDecl)
  Ident* name = nullptr;
  BasicLit* path = nullptr;  // a String literal; strVal is the import path
  DeclGroup* group = nullptr;
  // ---- checker slots ----
  Object* obj = nullptr;  // the PkgName object
  explicit ImportDecl(Pos p) : Decl(kKind, p) {}
};

// One const spec. In a group, a spec without `= values` repeats the type and values of
// the last spec that had them (spec: "implicit repetition"); `implicitFrom` points at that
// spec (nullptr when the spec has its own values or has none to inherit: an error the
// checker reports as Go does: "missing init expr for const declaration").
// iota is the spec's index within its group (0 for an ungrouped const).
struct ConstDecl : Decl {
  MGO_AST_KIND(ConstDecl)
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
  int iota = 0;
  ConstDecl* implicitFrom = nullptr;
  DeclGroup* group = nullptr;
  explicit ConstDecl(Pos p) : Decl(kKind, p) {}
};

// var names type = values. type or values (not both) may be absent.
struct VarDecl : Decl {
  MGO_AST_KIND(VarDecl)
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
  DeclGroup* group = nullptr;
  explicit VarDecl(Pos p) : Decl(kKind, p) {}
};

// type name type, or type name = type (alias).
struct TypeDecl : Decl {
  MGO_AST_KIND(TypeDecl)
  Ident* name;
  bool alias = false;
  Expr* type;
  DeclGroup* group = nullptr;
  // ---- checker slots ----
  Object* obj = nullptr;  // the TypeName
  TypeDecl(Pos p, Ident* n, Expr* t) : Decl(kKind, p), name(n), type(t) {}
};

// func (recv) name sig body. recv is nullptr for a plain function, else a FieldList with
// exactly one Field (the parser reports other counts). body is nullptr for a declaration
// without body (assembly stubs; the checker reports "missing function body").
struct FuncDecl : Decl {
  MGO_AST_KIND(FuncDecl)
  FieldList* recv = nullptr;
  Ident* name;
  FuncTypeExpr* sig;
  BlockStmt* body = nullptr;
  // ---- checker slots ----
  Object* obj = nullptr;    // the Func object
  Scope* scope = nullptr;   // function scope (receiver, parameters, results)
  FuncDecl(Pos p, Ident* n, FuncTypeExpr* s) : Decl(kKind, p), name(n), sig(s) {}
  bool isMethod() const { return recv != nullptr; }
};

// ---------------------------------------------------------------------------------------
// File and arena

// Owns all nodes of one file. Nodes are never freed individually.
class Arena {
 public:
  template <class T, class... Args> T* make(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    nodes_.push_back(std::move(p));
    return raw;
  }
  DeclGroup* makeGroup(Pos p) {
    groups_.push_back(std::make_unique<DeclGroup>());
    groups_.back()->pos = p;
    return groups_.back().get();
  }
  size_t size() const { return nodes_.size(); }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
  std::vector<std::unique_ptr<DeclGroup>> groups_;
};

struct File : Node {
  MGO_AST_KIND(File)
  std::string name;                  // the source file's name
  Ident* pkgName = nullptr;          // package clause name (nullptr if missing)
  std::vector<ImportDecl*> imports;  // also present in decls, in order
  std::vector<Decl*> decls;          // all top-level declarations in source order
  Arena arena;
  // ---- checker slots ----
  Scope* scope = nullptr;  // file scope
  explicit File(Pos p) : Node(kKind, p) {}
};

// ---------------------------------------------------------------------------------------
// Traversal

// Calls f(Node*) for each non-null direct child of n, in source order. Field and
// FieldList children are visited as nodes too (their names and types below them); decls
// inside DeclStmt and File are visited; DeclGroup is not a node. Walkers recurse by
// calling forEachChild again from f.
template <class F> void forEachChild(Node* n, F&& f) {
  auto v = [&](Node* c) {
    if (c) f(c);
  };
  auto vs = [&](auto& list) {
    for (auto* c : list) v(c);
  };
  switch (n->kind) {
    case NodeKind::BadExpr: case NodeKind::Ident: case NodeKind::BasicLit:
    case NodeKind::BadStmt: case NodeKind::EmptyStmt:
      break;
    case NodeKind::CompositeLit: {
      auto* x = static_cast<CompositeLit*>(n);
      v(x->litType);
      vs(x->elts);
      break;
    }
    case NodeKind::KeyValueExpr: {
      auto* x = static_cast<KeyValueExpr*>(n);
      v(x->key);
      v(x->value);
      break;
    }
    case NodeKind::FuncLit: {
      auto* x = static_cast<FuncLit*>(n);
      v(x->sig);
      v(x->body);
      break;
    }
    case NodeKind::ParenExpr: v(static_cast<ParenExpr*>(n)->x); break;
    case NodeKind::SelectorExpr: {
      auto* x = static_cast<SelectorExpr*>(n);
      v(x->x);
      v(x->sel);
      break;
    }
    case NodeKind::IndexExpr: {
      auto* x = static_cast<IndexExpr*>(n);
      v(x->x);
      v(x->index);
      break;
    }
    case NodeKind::SliceExpr: {
      auto* x = static_cast<SliceExpr*>(n);
      v(x->x);
      v(x->lo);
      v(x->hi);
      v(x->max);
      break;
    }
    case NodeKind::TypeAssertExpr: {
      auto* x = static_cast<TypeAssertExpr*>(n);
      v(x->x);
      v(x->assertType);
      break;
    }
    case NodeKind::CallExpr: {
      auto* x = static_cast<CallExpr*>(n);
      v(x->fun);
      vs(x->args);
      break;
    }
    case NodeKind::StarExpr: v(static_cast<StarExpr*>(n)->x); break;
    case NodeKind::UnaryExpr: v(static_cast<UnaryExpr*>(n)->x); break;
    case NodeKind::BinaryExpr: {
      auto* x = static_cast<BinaryExpr*>(n);
      v(x->x);
      v(x->y);
      break;
    }
    case NodeKind::ArrayType: {
      auto* x = static_cast<ArrayTypeExpr*>(n);
      v(x->len);
      v(x->elem);
      break;
    }
    case NodeKind::SliceType: v(static_cast<SliceTypeExpr*>(n)->elem); break;
    case NodeKind::MapType: {
      auto* x = static_cast<MapTypeExpr*>(n);
      v(x->key);
      v(x->value);
      break;
    }
    case NodeKind::ChanType: v(static_cast<ChanTypeExpr*>(n)->elem); break;
    case NodeKind::FuncType: {
      auto* x = static_cast<FuncTypeExpr*>(n);
      v(x->params);
      v(x->results);
      break;
    }
    case NodeKind::StructType: v(static_cast<StructTypeExpr*>(n)->fields); break;
    case NodeKind::InterfaceType: v(static_cast<InterfaceTypeExpr*>(n)->methods); break;
    case NodeKind::Ellipsis: v(static_cast<EllipsisExpr*>(n)->elem); break;
    case NodeKind::BlockStmt: vs(static_cast<BlockStmt*>(n)->list); break;
    case NodeKind::ExprStmt: v(static_cast<ExprStmt*>(n)->x); break;
    case NodeKind::SendStmt: {
      auto* x = static_cast<SendStmt*>(n);
      v(x->chan);
      v(x->value);
      break;
    }
    case NodeKind::IncDecStmt: v(static_cast<IncDecStmt*>(n)->x); break;
    case NodeKind::AssignStmt: {
      auto* x = static_cast<AssignStmt*>(n);
      vs(x->lhs);
      vs(x->rhs);
      break;
    }
    case NodeKind::GoStmt: v(static_cast<GoStmt*>(n)->call); break;
    case NodeKind::DeferStmt: v(static_cast<DeferStmt*>(n)->call); break;
    case NodeKind::ReturnStmt: vs(static_cast<ReturnStmt*>(n)->results); break;
    case NodeKind::BranchStmt: v(static_cast<BranchStmt*>(n)->label); break;
    case NodeKind::LabeledStmt: {
      auto* x = static_cast<LabeledStmt*>(n);
      v(x->label);
      v(x->stmt);
      break;
    }
    case NodeKind::DeclStmt: vs(static_cast<DeclStmt*>(n)->decls); break;
    case NodeKind::IfStmt: {
      auto* x = static_cast<IfStmt*>(n);
      v(x->init);
      v(x->cond);
      v(x->then);
      v(x->elseStmt);
      break;
    }
    case NodeKind::SwitchStmt: {
      auto* x = static_cast<SwitchStmt*>(n);
      v(x->init);
      v(x->tag);
      vs(x->clauses);
      break;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* x = static_cast<TypeSwitchStmt*>(n);
      v(x->init);
      v(x->binding);
      v(x->guard);
      vs(x->clauses);
      break;
    }
    case NodeKind::SelectStmt: vs(static_cast<SelectStmt*>(n)->clauses); break;
    case NodeKind::ForStmt: {
      auto* x = static_cast<ForStmt*>(n);
      v(x->init);
      v(x->cond);
      v(x->post);
      v(x->body);
      break;
    }
    case NodeKind::RangeStmt: {
      auto* x = static_cast<RangeStmt*>(n);
      v(x->key);
      v(x->value);
      v(x->x);
      v(x->body);
      break;
    }
    case NodeKind::CaseClause: {
      auto* x = static_cast<CaseClause*>(n);
      vs(x->list);
      vs(x->body);
      break;
    }
    case NodeKind::CommClause: {
      auto* x = static_cast<CommClause*>(n);
      v(x->comm);
      vs(x->body);
      break;
    }
    case NodeKind::ImportDecl: {
      auto* x = static_cast<ImportDecl*>(n);
      v(x->name);
      v(x->path);
      break;
    }
    case NodeKind::ConstDecl: {
      auto* x = static_cast<ConstDecl*>(n);
      vs(x->names);
      v(x->type);
      vs(x->values);
      break;
    }
    case NodeKind::VarDecl: {
      auto* x = static_cast<VarDecl*>(n);
      vs(x->names);
      v(x->type);
      vs(x->values);
      break;
    }
    case NodeKind::TypeDecl: {
      auto* x = static_cast<TypeDecl*>(n);
      v(x->name);
      v(x->type);
      break;
    }
    case NodeKind::FuncDecl: {
      auto* x = static_cast<FuncDecl*>(n);
      v(x->recv);
      v(x->name);
      v(x->sig);
      v(x->body);
      break;
    }
    case NodeKind::Field: {
      auto* x = static_cast<Field*>(n);
      vs(x->names);
      v(x->type);
      v(x->tag);
      break;
    }
    case NodeKind::FieldList: vs(static_cast<FieldList*>(n)->list); break;
    case NodeKind::File: vs(static_cast<File*>(n)->decls); break;
  }
}

#undef MGO_AST_KIND

}  // namespace mgo::fe
