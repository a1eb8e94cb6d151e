// Parser tests: every declaration, statement, expression and type form (checked through
// an S-expression dump of the tree), precedence, the composite-literal ambiguity in
// control clauses, positions, and bad input: each expected error line below is what
// `go build` (go 1.19) prints for the same file.
#include <gtest/gtest.h>

#include <string>

#include "frontend/parser.h"

using namespace mgo::fe;

namespace {

struct Parsed {
  std::unique_ptr<File> file;
  Diagnostics diags;
  std::string errors() const { return diags.formatAll(); }
  std::string first() const { return diags.first(); }
};

std::unique_ptr<Parsed> parse(const std::string& src, const std::string& name = "x.go") {
  auto p = std::make_unique<Parsed>();
  SourceFile f(name, src);
  p->file = parseFile(f, p->diags);
  return p;
}

// Dump of the statements of `func f() { BODY }`; fails the test on parse errors.
std::string stmts(const std::string& body) {
  auto p = parse("package p\nfunc f() {\n" + body + "\n}\n");
  EXPECT_EQ(p->errors(), "") << body;
  if (!p->file || p->file->decls.empty()) return "<none>";
  auto* fd = dyn_cast<FuncDecl>(p->file->decls.back());
  if (!fd || !fd->body) return "<none>";
  std::string s;
  for (Stmt* st : fd->body->list) s += (s.empty() ? "" : " ") + dumpAst(st);
  return s;
}

// Dump of the expression in `var _ = EXPR`.
std::string expr(const std::string& e) {
  auto p = parse("package p\nvar _ = " + e + "\n");
  EXPECT_EQ(p->errors(), "") << e;
  if (p->file->decls.empty()) return "<none>";
  auto* vd = dyn_cast<VarDecl>(p->file->decls[0]);
  if (!vd || vd->values.empty()) return "<none>";
  return dumpAst(vd->values[0]);
}

// Dump of the type in `type T TYPE`.
std::string type(const std::string& t) {
  auto p = parse("package p\ntype T " + t + "\n");
  EXPECT_EQ(p->errors(), "") << t;
  auto* td = p->file->decls.empty() ? nullptr : dyn_cast<TypeDecl>(p->file->decls[0]);
  return td ? exprString(td->type) : "<none>";
}

std::string decls(const std::string& src) {
  auto p = parse("package p\n" + src + "\n");
  EXPECT_EQ(p->errors(), "") << src;
  return dumpAst(p->file.get());
}

// First error line of a whole file.
std::string firstError(const std::string& src) { return parse(src)->first(); }

}  // namespace

// ---------------------------------------------------------------------------------------
// Declarations

TEST(Parser, PackageAndImports) {
  auto p = parse(
      "package main\n"
      "import \"fmt\"\n"
      "import (\n\tstr \"strings\"\n\t. \"math\"\n\t_ \"os\"\n)\n");
  ASSERT_EQ(p->errors(), "");
  ASSERT_NE(p->file->pkgName, nullptr);
  EXPECT_EQ(p->file->pkgName->name, "main");
  ASSERT_EQ(p->file->imports.size(), 4u);
  EXPECT_EQ(p->file->imports[0]->name, nullptr);
  EXPECT_EQ(p->file->imports[0]->path->strVal, "fmt");
  EXPECT_EQ(p->file->imports[0]->group, nullptr);
  EXPECT_EQ(p->file->imports[1]->name->name, "str");
  EXPECT_EQ(p->file->imports[2]->name->name, ".");
  EXPECT_EQ(p->file->imports[3]->name->name, "_");
  EXPECT_NE(p->file->imports[1]->group, nullptr);
  EXPECT_EQ(p->file->imports[1]->group, p->file->imports[3]->group);
  EXPECT_EQ(p->file->decls.size(), 4u);
}

TEST(Parser, ConstIotaGroups) {
  auto p = parse(
      "package p\n"
      "const (\n\tA = iota\n\tB\n\tC, D int = iota, 2\n\tE, F\n)\n"
      "const G = 1\n");
  ASSERT_EQ(p->errors(), "");
  ASSERT_EQ(p->file->decls.size(), 5u);
  auto* a = cast<ConstDecl>(p->file->decls[0]);
  auto* b = cast<ConstDecl>(p->file->decls[1]);
  auto* c = cast<ConstDecl>(p->file->decls[2]);
  auto* e = cast<ConstDecl>(p->file->decls[3]);
  auto* g = cast<ConstDecl>(p->file->decls[4]);
  EXPECT_EQ(a->iota, 0);
  EXPECT_EQ(b->iota, 1);
  EXPECT_EQ(c->iota, 2);
  EXPECT_EQ(e->iota, 3);
  EXPECT_EQ(g->iota, 0);
  EXPECT_EQ(b->implicitFrom, a);
  EXPECT_EQ(e->implicitFrom, c);  // repeats the last spec with values
  EXPECT_EQ(a->implicitFrom, nullptr);
  EXPECT_TRUE(b->values.empty());
  EXPECT_EQ(exprString(c->type), "int");
  EXPECT_EQ(a->group, e->group);
  EXPECT_EQ(g->group, nullptr);
}

TEST(Parser, VarTypeFuncDecls) {
  EXPECT_EQ(decls("var a, b int = 1, 2\nvar c = f()\nvar (d []string; e map[string]int)"),
            "(File p (Var a b int (= 1 2)) (Var c _ (= (Call f))) (Var d (Type []string) (=)) "
            "(Var e (Type map[string]int) (=)))");
  EXPECT_EQ(decls("type A = B\ntype C struct{ x int }\ntype (D int; E *D)"),
            "(File p (Type A = B) (Type C (Type struct{x int})) (Type D int) (Type E (Star D)))");
  EXPECT_EQ(decls("func f(a, b int, c ...string) (x int, err error) { return }"),
            "(File p (Func f (FuncType ((Field a b int) (Field c (Type ...string))) "
            "((Field x int) (Field err error))) (Block (Return))))");
  EXPECT_EQ(decls("func (r *T) M(int, string) bool\nfunc (T) N() {}"),
            "(File p (Func ((Field r (Star T))) M (FuncType ((Field int) (Field string)) "
            "((Field bool))) _) (Func ((Field T)) N (FuncType () ()) (Block)))");
  auto p = parse("package p\nfunc (r *T) M(a, b int) {}\n");
  auto* fd = cast<FuncDecl>(p->file->decls[0]);
  EXPECT_TRUE(fd->isMethod());
  EXPECT_EQ(fd->sig->params->numFields(), 2u);
  EXPECT_EQ(fd->sig->params->list.size(), 1u);  // a, b share one Field
  EXPECT_FALSE(fd->sig->isVariadic());
}

// ---------------------------------------------------------------------------------------
// Types

TEST(Parser, TypeExpressions) {
  EXPECT_EQ(type("[4]int"), "[4]int");
  EXPECT_EQ(type("[N*2][]*pkg.T"), "[N * 2][]*pkg.T");
  EXPECT_EQ(type("map[string][]chan<- int"), "map[string][]chan<- int");
  EXPECT_EQ(type("<-chan chan<- bool"), "<-chan chan<- bool");
  EXPECT_EQ(type("chan (<-chan int)"), "chan (<-chan int)");
  EXPECT_EQ(type("func(int, ...string) (bool, error)"), "func(int, ...string) (bool, error)");
  EXPECT_EQ(type("func(a, b int) func() int"), "func(a, b int) func() int");
  EXPECT_EQ(type("struct {\n\tA, B int `json:\"a\"`\n\t*Embedded\n\tpkg.T\n\tC string\n}"),
            "struct{A, B int `json:\"a\"`; *Embedded; pkg.T; C string}");
  EXPECT_EQ(type("interface {\n\tio.Reader\n\tM(x int) (int, error)\n\tN()\n}"),
            "interface{io.Reader; M(x int) (int, error); N()}");
  EXPECT_EQ(type("interface{}"), "interface{}");
  EXPECT_EQ(type("*[]T"), "*[]T");
  EXPECT_EQ(type("(int)"), "(int)");
  EXPECT_EQ(expr("[...]int{1, 2}"), "(Composite (Type [...]int) 1 2)");
  auto p = parse("package p\ntype S struct { a int; T; *U \"tag\" }\n");
  auto* st = cast<StructTypeExpr>(cast<TypeDecl>(p->file->decls[0])->type);
  ASSERT_EQ(st->fields->list.size(), 3u);
  EXPECT_FALSE(st->fields->list[0]->embedded());
  EXPECT_TRUE(st->fields->list[1]->embedded());
  EXPECT_TRUE(st->fields->list[2]->embedded());
  EXPECT_EQ(st->fields->list[2]->tag->strVal, "tag");
  auto q = parse("package p\nvar c <-chan int\nvar d chan<- int\nvar e chan int\n");
  EXPECT_EQ(cast<ChanTypeExpr>(cast<VarDecl>(q->file->decls[0])->type)->dir, ChanDir::Recv);
  EXPECT_EQ(cast<ChanTypeExpr>(cast<VarDecl>(q->file->decls[1])->type)->dir, ChanDir::Send);
  EXPECT_EQ(cast<ChanTypeExpr>(cast<VarDecl>(q->file->decls[2])->type)->dir, ChanDir::Both);
}

// ---------------------------------------------------------------------------------------
// Expressions

TEST(Parser, Precedence) {
  EXPECT_EQ(expr("a + b * c"), "(+ a (* b c))");
  EXPECT_EQ(expr("a * b + c"), "(+ (* a b) c)");
  EXPECT_EQ(expr("a - b - c"), "(- (- a b) c)");  // left associative
  EXPECT_EQ(expr("a || b && c == d + e * f"), "(|| a (&& b (== c (+ d (* e f)))))");
  EXPECT_EQ(expr("a << b & c | d"), "(| (& (<< a b) c) d)");
  EXPECT_EQ(expr("a &^ b >> 2 ^ c % d"), "(^ (>> (&^ a b) 2) (% c d))");  // same level: left
  EXPECT_EQ(expr("x < y != true"), "(!= (< x y) true)");
  EXPECT_EQ(expr("-a * !b"), "(* (Unary - a) (Unary ! b))");
  EXPECT_EQ(expr("^a + *p"), "(+ (Unary ^ a) (Star p))");
  EXPECT_EQ(expr("<-ch + 1"), "(+ (Unary <- ch) 1)");
  EXPECT_EQ(expr("&x.f[1]"), "(Unary & (Index (Sel x f) 1))");
  EXPECT_EQ(expr("(a + b) * c"), "(* (Paren (+ a b)) c)");
}

TEST(Parser, PrimaryExpressions) {
  EXPECT_EQ(expr("f(a, b...)"), "(Call f a b ...)");
  EXPECT_EQ(expr("f(a, b,\n)"), "(Call f a b)");
  EXPECT_EQ(expr("pkg.F(x).y"), "(Sel (Call (Sel pkg F) x) y)");
  EXPECT_EQ(expr("a[i]"), "(Index a i)");
  EXPECT_EQ(expr("a[:]"), "(Slice a _ _)");
  EXPECT_EQ(expr("a[1:]"), "(Slice a 1 _)");
  EXPECT_EQ(expr("a[:n]"), "(Slice a _ n)");
  EXPECT_EQ(expr("a[i:j:k]"), "(Slice3 a i j k)");
  EXPECT_EQ(expr("a[:j:k]"), "(Slice3 a _ j k)");
  EXPECT_EQ(expr("x.(T)"), "(Assert x T)");
  EXPECT_EQ(expr("x.(*pkg.T)"), "(Assert x (Star (Sel pkg T)))");
  EXPECT_EQ(expr("[]int(x)"), "(Call (Type []int) x)");
  EXPECT_EQ(expr("(*T)(p)"), "(Call (Paren (Star T)) p)");
  EXPECT_EQ(expr("func(x int) int { return x }(1)"),
            "(Call (FuncLit (FuncType ((Field x int)) ((Field int))) (Block (Return x))) 1)");
  // As in Go: a receive from the conversion chan int(nil), not a conversion to <-chan int.
  EXPECT_EQ(expr("<-chan int(nil)"), "(Unary <- (Call (Type chan int) nil))");
  EXPECT_EQ(expr("(<-chan int)(nil)"), "(Call (Paren (Type <-chan int)) nil)");
  EXPECT_EQ(expr("1.5e3 + 2i"), "(+ 1.5e3 2i)");
  EXPECT_EQ(expr("'a'"), "'a'");
  EXPECT_EQ(expr("`raw`"), "`raw`");
}

TEST(Parser, CompositeLiterals) {
  EXPECT_EQ(expr("T{}"), "(Composite T)");
  EXPECT_EQ(expr("T{1, 2,}"), "(Composite T 1 2)");
  EXPECT_EQ(expr("pkg.T{A: 1, B: \"x\"}"), "(Composite (Sel pkg T) (KV A 1) (KV B \"x\"))");
  EXPECT_EQ(expr("[]Point{{1, 2}, {X: 3}}"),
            "(Composite (Type []Point) (Composite _ 1 2) (Composite _ (KV X 3)))");
  EXPECT_EQ(expr("map[string][]int{\"a\": {1}, \"b\": nil}"),
            "(Composite (Type map[string][]int) (KV \"a\" (Composite _ 1)) (KV \"b\" nil))");
  EXPECT_EQ(expr("[...]string{2: \"c\", 0: \"a\"}"),
            "(Composite (Type [...]string) (KV 2 \"c\") (KV 0 \"a\"))");
  EXPECT_EQ(expr("&T{x}"), "(Unary & (Composite T x))");
  EXPECT_EQ(expr("struct{ a int }{1}"), "(Composite (Type struct{a int}) 1)");
  EXPECT_EQ(expr("map[K]V{{1, 2}: {3}}"),
            "(Composite (Type map[K]V) (KV (Composite _ 1 2) (Composite _ 3)))");
}

TEST(Parser, CompositeLiteralAmbiguityInHeaders) {
  // In a header, `T {` opens the block; parenthesised or bracketed it is a literal again.
  EXPECT_EQ(stmts("if x == y {\n}"), "(If _ (== x y) (Block) _)");
  EXPECT_EQ(stmts("if x == (T{}) {\n}"), "(If _ (== x (Paren (Composite T))) (Block) _)");
  EXPECT_EQ(stmts("for _, v := range []T{a, b} {\n}"),
            "(Range _ v := (Composite (Type []T) a b) (Block))");
  EXPECT_EQ(stmts("switch f(T{}) {\n}"), "(Switch _ (Call f (Composite T)))");
  EXPECT_EQ(stmts("for i := range s {\n\t_ = T{i}\n}"),
            "(Range i _ := s (Block (Assign = (lhs _) (rhs (Composite T i)))))");
  EXPECT_EQ(stmts("if v, ok := m[T{1}]; ok {\n}"),
            "(If (Assign := (lhs v ok) (rhs (Index m (Composite T 1)))) ok (Block) _)");
}

// ---------------------------------------------------------------------------------------
// Statements

TEST(Parser, SimpleStatements) {
  EXPECT_EQ(stmts("f()"), "(Expr (Call f))");
  EXPECT_EQ(stmts("ch <- v"), "(Send ch v)");
  EXPECT_EQ(stmts("i++\nj--"), "(Inc i) (Dec j)");
  EXPECT_EQ(stmts("a, b = b, a"), "(Assign = (lhs a b) (rhs b a))");
  EXPECT_EQ(stmts("x := 1"), "(Assign := (lhs x) (rhs 1))");
  EXPECT_EQ(stmts("x += 2\ny <<= 1\nz &^= m"),
            "(Assign += (lhs x) (rhs 2)) (Assign <<= (lhs y) (rhs 1)) (Assign &^= (lhs z) (rhs m))");
  EXPECT_EQ(stmts("v, ok := <-ch"), "(Assign := (lhs v ok) (rhs (Unary <- ch)))");
  EXPECT_EQ(stmts("*p = 3"), "(Assign = (lhs (Star p)) (rhs 3))");
  EXPECT_EQ(stmts(";"), "(Empty)");
  EXPECT_EQ(stmts("var x, y int\nconst c = 1\ntype T int"),
            "(DeclStmt (Var x y int (=))) (DeclStmt (Const c iota=0 _ (= 1))) "
            "(DeclStmt (Type T int))");
}

TEST(Parser, ControlStatements) {
  EXPECT_EQ(stmts("go f(x)\ndefer g()"), "(Go (Call f x)) (Defer (Call g))");
  EXPECT_EQ(stmts("return 1, 2"), "(Return 1 2)");
  EXPECT_EQ(stmts("{\n\tx()\n}"), "(Block (Expr (Call x)))");
  EXPECT_EQ(stmts("if x := f(); x > 0 {\n} else if y {\n} else {\n}"),
            "(If (Assign := (lhs x) (rhs (Call f))) (> x 0) (Block) (If _ y (Block) (Block)))");
  EXPECT_EQ(stmts("for {\n}"), "(For _ _ _ (Block))");
  EXPECT_EQ(stmts("for x < 3 {\n}"), "(For _ (< x 3) _ (Block))");
  EXPECT_EQ(stmts("for i := 0; i < n; i++ {\n}"),
            "(For (Assign := (lhs i) (rhs 0)) (< i n) (Inc i) (Block))");
  EXPECT_EQ(stmts("for ;; {\n}"), "(For _ _ _ (Block))");
  EXPECT_EQ(stmts("for range ch {\n}"), "(Range _ _ none ch (Block))");
  EXPECT_EQ(stmts("for k, v = range m {\n}"), "(Range k v = m (Block))");
  EXPECT_EQ(stmts("for i := range 10 {\n}"), "(Range i _ := 10 (Block))");
  EXPECT_EQ(stmts("switch x := f(); x {\ncase 1, 2:\n\tg()\n\tfallthrough\ncase 3:\ndefault:\n}"),
            "(Switch (Assign := (lhs x) (rhs (Call f))) x (Case ( 1 2) (Expr (Call g)) "
            "(fallthrough)) (Case ( 3)) (Default))");
  EXPECT_EQ(stmts("switch {\ncase x > 1:\n}"), "(Switch _ _ (Case ( (> x 1))))");
  EXPECT_EQ(stmts("switch v := x.(type) {\ncase int, *T:\ncase nil:\ndefault:\n}"),
            "(TypeSwitch _ v x (Case ( int (Star T))) (Case ( nil)) (Default))");
  EXPECT_EQ(stmts("switch x.(type) {\n}"), "(TypeSwitch _ _ x)");
  EXPECT_EQ(stmts("switch y := 1; t := x.(type) {\n}"),
            "(TypeSwitch (Assign := (lhs y) (rhs 1)) t x)");
  EXPECT_EQ(stmts("select {\ncase v := <-a:\n\t_ = v\ncase b <- 1:\ncase <-c:\n"
                  "case x, ok = <-d:\ndefault:\n}"),
            "(Select (Comm (Assign := (lhs v) (rhs (Unary <- a))) (Assign = (lhs _) (rhs v))) "
            "(Comm (Send b 1)) (Comm (Expr (Unary <- c))) "
            "(Comm (Assign = (lhs x ok) (rhs (Unary <- d)))) (Default))");
}

TEST(Parser, LabelsAndBranches) {
  EXPECT_EQ(stmts("L:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t}\n\tgoto L"),
            "(Label L (For _ _ _ (Block (break L) (continue L)))) (goto L)");
  EXPECT_EQ(stmts("goto E\nE:\n"), "(goto E) (Label E (Empty))");
  // Targets are resolved.
  auto p = parse(
      "package p\nfunc f() {\nOuter:\n\tfor i := range s {\n\t\tswitch i {\n\t\tcase 1:\n"
      "\t\t\tbreak\n\t\tcase 2:\n\t\t\tfallthrough\n\t\tcase 3:\n\t\t\tcontinue Outer\n"
      "\t\t}\n\t}\n}\n");
  ASSERT_EQ(p->errors(), "");
  auto* body = cast<FuncDecl>(p->file->decls[0])->body;
  auto* label = cast<LabeledStmt>(body->list[0]);
  auto* range = cast<RangeStmt>(label->stmt);
  auto* sw = cast<SwitchStmt>(range->body->list[0]);
  auto* brk = cast<BranchStmt>(sw->clauses[0]->body[0]);
  auto* ft = cast<BranchStmt>(sw->clauses[1]->body[0]);
  auto* cont = cast<BranchStmt>(sw->clauses[2]->body[0]);
  EXPECT_EQ(brk->target, sw);
  EXPECT_EQ(ft->target, sw->clauses[2]);
  EXPECT_EQ(cont->target, range);
}

TEST(Parser, BranchErrors) {
  auto err = [](const std::string& body) {
    return firstError("package p\nfunc f() {\n" + body + "\n}\n");
  };
  EXPECT_EQ(err("\tbreak"), "x.go:3:2: break is not in a loop, switch, or select");
  EXPECT_EQ(err("\tcontinue"), "x.go:3:2: continue is not in a loop");
  EXPECT_EQ(err("L:\n\tx()"), "x.go:3:1: label L defined and not used");
  EXPECT_EQ(err("\tgoto M"), "x.go:3:7: label M not defined");
  EXPECT_EQ(err("L:\n\tx()\nL:\n\tgoto L"), "x.go:5:1: label L already defined at x.go:3:1");
  EXPECT_EQ(err("\tfor {\n\t\tbreak L\n\t}"), "x.go:4:9: break label not defined: L");
  EXPECT_EQ(err("L:\n\tx()\n\tfor {\n\t\tcontinue L\n\t}"), "x.go:6:12: invalid continue label L");
  EXPECT_EQ(err("\tgoto L\n\tx := 1\nL:\n\t_ = x"),
            "x.go:3:7: goto L jumps over declaration of x at x.go:4:4");
  EXPECT_EQ(err("\tgoto L\n\t{\n\tL:\n\t}"), "x.go:3:7: goto L jumps into block starting at x.go:4:2");
  EXPECT_EQ(err("\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}"),
            "x.go:5:3: cannot fallthrough final case in switch");
  EXPECT_EQ(err("\tswitch x.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}"),
            "x.go:5:3: cannot fallthrough in type switch");
  EXPECT_EQ(err("\tfallthrough"), "x.go:3:2: fallthrough statement out of place");
}

TEST(Parser, Positions) {
  auto p = parse("package p\n\nfunc f() {\n\tx := a.b + c[1]\n\tg(1)\n}\n");
  ASSERT_EQ(p->errors(), "");
  auto* fd = cast<FuncDecl>(p->file->decls[0]);
  EXPECT_EQ(fd->pos, (Pos{0, 3, 1}));
  EXPECT_EQ(fd->name->pos, (Pos{0, 3, 6}));
  auto* as = cast<AssignStmt>(fd->body->list[0]);
  EXPECT_EQ(as->pos, (Pos{0, 4, 4}));  // the operator
  EXPECT_EQ(startPos(as), (Pos{0, 4, 2}));
  auto* bin = cast<BinaryExpr>(as->rhs[0]);
  EXPECT_EQ(bin->pos, (Pos{0, 4, 11}));  // the operator
  EXPECT_EQ(startPos(bin), (Pos{0, 4, 7}));
  EXPECT_EQ(bin->x->pos, (Pos{0, 4, 7}));  // a.b starts at a
  auto* ix = cast<IndexExpr>(bin->y);
  EXPECT_EQ(ix->pos, (Pos{0, 4, 13}));
  EXPECT_EQ(ix->lbrack, (Pos{0, 4, 14}));
  auto* call = cast<CallExpr>(cast<ExprStmt>(fd->body->list[1])->x);
  EXPECT_EQ(call->pos, (Pos{0, 5, 2}));
  EXPECT_EQ(call->lparen, (Pos{0, 5, 3}));
  EXPECT_EQ(call->rparen, (Pos{0, 5, 5}));
  EXPECT_EQ(fd->body->rbrace, (Pos{0, 6, 1}));
}

TEST(Parser, ExprString) {
  auto str = [](const std::string& e) {
    auto p = parse("package p\nvar _ = " + e + "\n");
    return exprString(cast<VarDecl>(p->file->decls[0])->values[0]);
  };
  EXPECT_EQ(str("a+b*c"), "a + b * c");
  EXPECT_EQ(str("f(x,y...)"), "f(x, y...)");
  EXPECT_EQ(str("[]int{1,2}"), "[]int{…}");
  EXPECT_EQ(str("func(x int) {}"), "func(x int) {}");
  EXPECT_EQ(str("func() { f() }"), "func() {…}");
  EXPECT_EQ(str("s[1:2:3]"), "s[1:2:3]");
  EXPECT_EQ(str("x.(interface{ M() })"), "x.(interface{M()})");
  EXPECT_EQ(str("-<-c"), "-<-c");
}

// ---------------------------------------------------------------------------------------
// Bad input: the first line is what `go build` prints.

TEST(ParserErrors, SyntaxErrorsMatchGo) {
  struct Case {
    const char* src;
    const char* first;
  } cases[] = {
      {"", "x.go:1:1: expected 'package', found 'EOF'"},
      {"func main() {}\n", "x.go:1:1: expected 'package', found 'func'"},
      {"packag main\n", "x.go:1:1: expected 'package', found packag"},
      {"123\n", "x.go:1:1: expected 'package', found 123"},
      {"package 1\n", "x.go:1:9: syntax error: unexpected literal 1, expecting name"},
      {"package main\nx = 1\n",
       "x.go:2:1: syntax error: non-declaration statement outside function body"},
      {"package main\nvar x int y\n",
       "x.go:2:11: syntax error: unexpected y after top level declaration"},
      {"package main\nfunc main() {\n\tx := 1\n", "x.go:4:1: syntax error: unexpected EOF, expecting }"},
      {"package main\nfunc main() {\n\tf(1, 2\n}\n",
       "x.go:3:8: syntax error: unexpected newline in argument list; possibly missing comma or )"},
      {"package main\nfunc main() {\n\tx := []int{1,\n\t2\n\t}\n}\n",
       "x.go:4:3: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
      {"package main\nfunc main() {\n\tx := [3]int{1, 2 3}\n}\n",
       "x.go:3:19: syntax error: unexpected literal 3 in composite literal; possibly missing comma or }"},
      {"package main\nfunc main() {\n\tif x\n\t{\n\t}\n}\n",
       "x.go:3:6: syntax error: unexpected newline, expecting { after if clause"},
      {"package main\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
       "x.go:5:2: syntax error: unexpected else, expecting }"},
      {"package main\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n",
       "x.go:4:9: syntax error: else must be followed by if or statement block"},
      {"package main\nfunc main() {\n\tif {\n\t}\n}\n",
       "x.go:3:5: syntax error: missing condition in if statement"},
      {"package main\nfunc main() {\n\tif x = 1 {\n\t}\n}\n",
       "x.go:3:7: syntax error: cannot use assignment (x) = (1) as value"},
      {"package main\ntype T struct{a int}\nfunc main() {\n\tif x := T{a: 1}; x.a == 1 {\n\t}\n}\n",
       "x.go:4:7: syntax error: cannot use x := T as value"},
      {"package main\nfunc main() {\n\tif var x = 1; x > 0 {\n\t}\n}\n",
       "x.go:3:9: syntax error: var declaration not allowed in if initializer"},
      {"package main\nfunc main() {\n\tfor i := 0; {\n\t}\n}\n",
       "x.go:3:14: syntax error: unexpected {, expecting for loop condition"},
      {"package main\nfunc main() {\n\tfor i := 0; i < 1; i := 1 {}\n}\n",
       "x.go:3:23: syntax error: cannot declare in post statement of for loop"},
      {"package main\nfunc main() {\n\tfor i := 0; i < 3; i++\n\t{\n\t}\n}\n",
       "x.go:3:24: syntax error: unexpected newline, expecting { after for clause"},
      {"package main\nfunc main() {\n\tx := range 1\n}\n",
       "x.go:3:7: syntax error: unexpected range, expecting expression"},
      {"package main\nfunc main() {\n\tswitch {\n\tfoo()\n\t}\n}\n",
       "x.go:4:2: syntax error: unexpected foo, expecting case or default or }"},
      {"package main\nfunc main() {\n\tselect\n}\n",
       "x.go:4:1: syntax error: missing { after select clause"},
      {"package main\nfunc main() {\n\tselect {\n\tcase x:\n\t}\n}\n",
       "x.go:4:7: select case must be send or receive (possibly with assignment)"},
      {"package main\nvar x map[int]\n", "x.go:2:15: syntax error: unexpected newline, expecting type"},
      {"package main\nvar c chan\n", "x.go:3:1: syntax error: missing channel element type"},
      {"package main\nfunc f() {}\nimport \"fmt\"\n",
       "x.go:3:1: syntax error: non-declaration statement outside function body"},
      {"package main\nimport x\n", "x.go:2:9: syntax error: missing import path"},
      {"package main\nfunc f(a int, string) {}\n",
       "x.go:2:15: syntax error: mixed named and unnamed parameters"},
      {"package main\nfunc f(a ...) {}\n", "x.go:2:13: syntax error: ... is missing type"},
      {"package main\nfunc f(a []int) { _ = a[1::3] }\n",
       "x.go:2:27: middle index required in 3-index slice"},
      {"package main\nfunc f(a []int) { _ = a[1:2:] }\n",
       "x.go:2:29: final index required in 3-index slice"},
      {"package main\nfunc f(a []int) { _ = a[] }\n",
       "x.go:2:25: syntax error: unexpected ], expecting operand"},
      {"package main\ntype T struct{}\nvar x = (T){}\n",
       "x.go:3:12: syntax error: cannot parenthesize type in composite literal"},
      {"package main\nfunc main() {\n\tgo func(){}\n}\n", "x.go:3:5: expression in go must be function call"},
      {"package main\nfunc main() {\n\tdefer (f())\n}\n",
       "x.go:3:8: expression in defer must not be parenthesized"},
      {"package main\nfunc main() {\n\treturn 1 2\n}\n",
       "x.go:3:11: syntax error: unexpected literal 2 at end of statement"},
      {"package main\nfunc main() {\n\ta, b\n}\n",
       "x.go:3:6: syntax error: unexpected newline, expecting := or = or comma"},
      {"package main\nfunc () {}\n", "x.go:2:9: method has no receiver"},
      {"package main\ntype T struct {\n\t1 int\n}\n",
       "x.go:3:2: syntax error: unexpected literal 1, expecting field name or embedded type"},
      {"package main\ntype I interface {\n\tm() int,\n}\n",
       "x.go:3:9: syntax error: unexpected comma in interface type; possibly missing semicolon or newline or }"},
      {"package main\nfunc main() {\n\tf(a..., b)\n}\n", "x.go:3:10: syntax error: unexpected b, expecting )"},
      {"package main\nfunc main() {\n\tvar func int\n}\n",
       "x.go:3:6: syntax error: unexpected func, expecting name"},
      {"package main\nfunc main() {\n\tx := 1)\n}\n",
       "x.go:3:8: syntax error: unexpected ) at end of statement"},
      {"package main\nfunc main() {\n\tx := 1 +\n}\n",
       "x.go:4:1: syntax error: unexpected }, expecting expression"},
      {"package main\nvar x := 1\n", "x.go:2:7: syntax error: unexpected :=, expecting ="},
      {"package main\nfunc main()\n{\n}\n",
       "x.go:3:1: syntax error: unexpected semicolon or newline before {"},
      {"package main\nfunc main() {\nL:\n}\n", "x.go:3:1: label L defined and not used"},
      {"package main\nfunc main() {\n\tfunc f() {}\n}\n",
       "x.go:3:7: syntax error: unexpected f, expecting ("},
      {"package main\nfunc main() {\n\tvar x interface{}\n\ty := x.(type)\n}\n",
       "x.go:4:7: invalid AST: use of .(type) outside type switch"},
      {"package main\nfunc main() {\n\tx := 1 @ 2\n}\n", "x.go:3:9: invalid character U+0040 '@'"},
  };
  for (const Case& c : cases) EXPECT_EQ(firstError(c.src), c.first) << c.src;
}

TEST(ParserErrors, SeveralErrorsAndTooMany) {
  // Go reports each error line (one syntax error per line) and the next declaration.
  auto p = parse("package main\nfunc main() {\n\tfunc f() {}\n}\n");
  EXPECT_EQ(p->errors(),
            "x.go:3:7: syntax error: unexpected f, expecting (\n"
            "x.go:4:1: syntax error: non-declaration statement outside function body\n");
  std::string src = "package main\nfunc main() {\n";
  for (int i = 0; i < 15; i++) src += "\tx" + std::to_string(i) + " := @\n";
  src += "}\n";
  auto q = parse(src);
  std::string all = q->errors();
  EXPECT_EQ(all.substr(0, all.find('\n')), "x.go:3:8: invalid character U+0040 '@'");
  EXPECT_NE(all.find("x.go:11:8: invalid character U+0040 '@'\nx.go:11:8: too many errors\n"),
            std::string::npos)
      << all;
}

TEST(ParserErrors, GenericsAreRejectedClearly) {
  EXPECT_EQ(firstError("package main\nfunc f[T any](x T) {}\n"),
            "x.go:2:7: generic functions are not supported");
  EXPECT_EQ(firstError("package main\ntype S[T any] struct{ x T }\n"),
            "x.go:2:7: generic types are not supported");
  EXPECT_EQ(firstError("package main\ntype L[K comparable, V any] []V\n"),
            "x.go:2:7: generic types are not supported");
  EXPECT_EQ(firstError("package main\nvar x List[int]\n"),
            "x.go:2:11: generic types are not supported");
  EXPECT_EQ(firstError("package main\ntype T struct{}\nfunc (T) m[P any]() {}\n"),
            "x.go:3:11: syntax error: method must have no type parameters");
  // Arrays are still arrays.
  EXPECT_EQ(firstError("package main\ntype A [N]int\ntype B [2*N]int\n"), "");
}

TEST(ParserErrors, NeverCrashesOrHangs) {
  // Unterminated constructs.
  EXPECT_EQ(firstError("package main\nvar s = \"abc"), "x.go:2:9: string not terminated");
  EXPECT_EQ(firstError("package main\n/* abc"), "x.go:2:1: comment not terminated");
  EXPECT_EQ(firstError("package main\nvar s = `abc"), "x.go:2:9: string not terminated");
  EXPECT_EQ(firstError("package main\nvar c = 'a"), "x.go:2:9: rune literal not terminated");
  EXPECT_EQ(firstError("package main\nfunc f() { x := [](((("), "x.go:2:23: syntax error: unexpected EOF, expecting type");
  // Invalid UTF-8 and NUL bytes.
  EXPECT_EQ(firstError("package main\nvar s\xff = 1\n"), "x.go:2:6: invalid UTF-8 encoding");
  EXPECT_EQ(firstError(std::string("package main\n\0var x = 1\n", 24)), "x.go:2:1: invalid NUL character");
  // Binary garbage (deterministic pseudo-random bytes), and garbage after a package clause.
  std::string garbage;
  uint32_t seed = 1;
  for (int i = 0; i < 100000; i++) {
    seed = seed * 1103515245 + 12345;
    garbage += static_cast<char>(seed >> 16);
  }
  EXPECT_NE(firstError(garbage), "");
  EXPECT_NE(firstError("package main\n" + garbage), "");
  std::string tokens = "package main\n";
  const char* pieces[] = {"func", "(", ")", "{", "}", "[", "]", "x", ":=", "for", "if",
                          "switch", "case", ":", ",", ";", "\n", "struct", "map", "chan",
                          "<-", "1", "\"s\"", "...", "interface", "select", "go", "type", "."};
  for (int i = 0; i < 50000; i++) {
    seed = seed * 1103515245 + 12345;
    tokens += pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
    tokens += ' ';
  }
  EXPECT_NE(firstError(tokens), "");
}

TEST(ParserErrors, DeepNestingIsAnErrorNotACrash) {
  const int n = 20000;
  auto deep = [&](const std::string& open, const std::string& mid, const std::string& close) {
    std::string s;
    for (int i = 0; i < n; i++) s += open;
    s += mid;
    for (int i = 0; i < n; i++) s += close;
    return s;
  };
  for (std::string src : {"package main\nvar x = " + deep("(", "1", ")") + "\n",
                          "package main\nfunc f() {" + deep("{", "", "}") + "}\n",
                          "package main\nvar x " + deep("[]", "int", "") + "\n",
                          "package main\nvar x = " + deep("*", "p", "") + "\n",
                          "package main\nvar x = " + deep("!", "x", "") + "\n",
                          "package main\nvar x = 1" + deep("+1", "", "") + "\n",
                          "package main\nvar x = a" + deep(".b", "", "") + "\n",
                          "package main\nvar x = []int" + deep("{", "", "") + "\n",
                          "package main\nvar x = " + deep("f(", "", ")") + "\n",
                          "package main\nvar x = a" + deep("[0]", "", "") + "\n",
                          "package main\nfunc f() {" + deep("if x {", "", "}") + "}\n",
                          "package main\nvar x = " + deep("func() {", "", "}") + "\n"}) {
    auto p = parse(src);
    EXPECT_NE(p->errors().find("exceeded max nesting depth"), std::string::npos)
        << p->errors().substr(0, 200);
  }
  // Long flat chains, as in generated code, are fine.
  std::string chain = "package main\nvar x = \"a\"";
  for (int i = 0; i < 8000; i++) chain += " +\n\t\"b\"";
  EXPECT_EQ(firstError(chain + "\n"), "");
  // Moderate nesting is fine.
  std::string ok = "package main\nvar x = ";
  for (int i = 0; i < 100; i++) ok += "(";
  ok += "1";
  for (int i = 0; i < 100; i++) ok += ")";
  EXPECT_EQ(firstError(ok + "\n"), "");
}

TEST(ParserErrors, LargeFile) {
  // ~10 MB of valid declarations parse without errors.
  std::string src = "package main\n";
  src.reserve(11 << 20);
  for (int i = 0; src.size() < (10u << 20); i++) {
    src += "func f" + std::to_string(i) + "(a, b int) int { return a*b + " + std::to_string(i) +
           " }\n";
  }
  auto p = parse(src);
  EXPECT_EQ(p->errors(), "");
  EXPECT_GT(p->file->decls.size(), 150000u);
}

TEST(Parser, ForEachChildVisitsWholeTree) {
  auto p = parse(
      "package p\nimport \"fmt\"\ntype T struct{ a int }\n"
      "func (t *T) m(x int) int {\n\tfor i := range []int{1} {\n\t\tx += i\n\t}\n"
      "\tswitch y := interface{}(x).(type) {\n\tcase int:\n\t\t_ = y\n\t}\n"
      "\tselect {\n\tcase v := <-c:\n\t\t_ = v\n\t}\n\tgo func() { fmt.Println(t.a) }()\n"
      "\treturn x\n}\n");
  ASSERT_EQ(p->errors(), "");
  std::vector<std::string> names;
  size_t nodes = 0;
  auto walk = [&](auto& self, Node* n) -> void {
    nodes++;
    if (auto* id = dyn_cast<Ident>(n)) names.push_back(id->name);
    forEachChild(n, [&](Node* c) { self(self, c); });
  };
  walk(walk, p->file.get());
  std::string all;
  for (auto& s : names) all += s + " ";
  EXPECT_EQ(all,
            "T a int t T m x int int i int x i y x int _ y v c _ v fmt Println t a x ");
  EXPECT_GT(nodes, 60u);
}

TEST(ParserErrors, GenericEmbeddedField) {
  EXPECT_EQ(firstError("package main\ntype T struct {\n\tG[*p.T]\n}\n"),
            "x.go:3:3: generic types are not supported");
  EXPECT_EQ(firstError("package main\ntype T struct {\n\ta [4]int\n\tb []int\n\tc [N]p.T\n}\n"), "");
}

TEST(ParserErrors, WhichErrorsBlockTypeChecking) {
  // As Go: lexical and some parse errors still let the checker run; syntax errors and
  // unsupported features do not.
  auto lexical = parse("package main\nvar s = \"abc\nvar t = 1\n");
  EXPECT_NE(lexical->errors(), "");
  EXPECT_EQ(lexical->diags.blockingErrorCount(), 0u);
  auto deferNoCall = parse("package main\nfunc main() {\n\tdefer g\n}\n");
  EXPECT_EQ(deferNoCall->first(), "x.go:3:8: expression in defer must be function call");
  EXPECT_EQ(deferNoCall->diags.blockingErrorCount(), 0u);
  auto* ds = cast<DeferStmt>(cast<FuncDecl>(deferNoCall->file->decls[0])->body->list[0]);
  ASSERT_NE(ds->call, nullptr);  // g wrapped as g(), as Go's parser does
  EXPECT_EQ(exprString(ds->call->fun), "g");
  EXPECT_GT(parse("package main\nvar x = )\n")->diags.blockingErrorCount(), 0u);
  EXPECT_GT(parse("package main\nfunc f[T any]() {}\n")->diags.blockingErrorCount(), 0u);
}

TEST(Parser, GoPositions) {
  auto p = parse("package p\nvar _ = a.b(c[1], x.(T), T{}, -y, u + v)\n");
  ASSERT_EQ(p->errors(), "");
  auto* call = cast<CallExpr>(cast<VarDecl>(p->file->decls[0])->values[0]);
  EXPECT_EQ(goPos(call), (Pos{0, 2, 12}));        // (
  EXPECT_EQ(goPos(call->fun), (Pos{0, 2, 10}));   // .
  EXPECT_EQ(goPos(call->args[0]), (Pos{0, 2, 14}));  // [
  EXPECT_EQ(goPos(call->args[1]), (Pos{0, 2, 20}));  // .
  EXPECT_EQ(goPos(call->args[2]), (Pos{0, 2, 27}));  // {
  EXPECT_EQ(goPos(call->args[3]), (Pos{0, 2, 31}));  // -
  EXPECT_EQ(goPos(call->args[4]), (Pos{0, 2, 37}));  // +
  EXPECT_EQ(startPos(call->args[4]), (Pos{0, 2, 35}));
  EXPECT_EQ(firstError("package p\nfunc f() {\n\tdefer os.RemoveAll\n}\n"),
            "x.go:3:10: expression in defer must be function call");
  EXPECT_EQ(firstError("package p\ntype m interface {{\n\tm()\n}\n"),
            "x.go:2:19: syntax error: unexpected {, expecting ~ term or type");
  EXPECT_EQ(firstError("package p\ntype m interface {\n\t[]int\n}\n"),
            "x.go:3:2: type constraints are not supported");
}

TEST(ParserErrors, NonBlockingErrorsKeepTheDocumentedShape) {
  auto none = parse("package main\nfunc () f() {}\n");
  EXPECT_EQ(none->first(), "x.go:2:9: method has no receiver");
  EXPECT_EQ(none->diags.blockingErrorCount(), 0u);
  EXPECT_EQ(cast<FuncDecl>(none->file->decls[0])->recv, nullptr);
  auto many = parse("package main\nfunc (a, b T) f() {}\n");
  EXPECT_EQ(many->first(), "x.go:2:15: method has multiple receivers");
  auto* recv = cast<FuncDecl>(many->file->decls[0])->recv;
  ASSERT_NE(recv, nullptr);
  EXPECT_EQ(recv->numFields(), 1u);
  // Errors that would leave an unexpected shape stop type checking.
  EXPECT_GT(parse("package main\nfunc f(x interface{}) {\n\t_ = x.(type)\n}\n")
                ->diags.blockingErrorCount(),
            0u);
  EXPECT_GT(parse("package main\nfunc f() {\n\tselect {\n\tcase f():\n\t}\n}\n")
                ->diags.blockingErrorCount(),
            0u);
}

TEST(ParserErrors, GenericConstraintsAreSkippedWhole) {
  auto p = parse(
      "package main\nfunc f[T interface{ M() }, U ~int | string](x T) {}\n"
      "type S[T interface {\n\tM()\n}] struct{}\nfunc main() {}\n");
  EXPECT_EQ(p->errors(),
            "x.go:2:7: generic functions are not supported\n"
            "x.go:3:7: generic types are not supported\n");
  ASSERT_EQ(p->file->decls.size(), 3u);
  EXPECT_EQ(cast<FuncDecl>(p->file->decls[2])->name->name, "main");
}

TEST(ParserErrors, MoreGenericForms) {
  // Each is reported once, without follow-on syntax errors.
  auto only = [](const std::string& src) { return parse(src)->errors(); };
  EXPECT_EQ(only("package main\nfunc (t T1[P]) m() {}\n"),
            "x.go:2:11: generic types are not supported\n");
  EXPECT_EQ(only("package main\ntype I interface {\n\tT3[bool]\n\tm()\n}\n"),
            "x.go:3:4: generic types are not supported\n");
  EXPECT_EQ(only("package main\ntype I interface {\n\tm[P any]()\n}\n"),
            "x.go:3:3: interface method must have no type parameters\n");
  EXPECT_EQ(only("package main\ntype C interface {\n\t~map[string]string | ~[]struct{ k, v string }\n}\n"),
            "x.go:3:2: type constraints are not supported\n");
  EXPECT_EQ(only("package main\ntype C interface{ chan int | <-chan int }\n"),
            "x.go:2:19: type constraints are not supported\n");
  EXPECT_EQ(only("package main\nvar x = f[[]E, string](y)\n"),
            "x.go:2:14: generic instantiation is not supported\n");
  EXPECT_EQ(only("package main\nvar x = f[[]E, g[E, []E]](y)\n"),
            "x.go:2:17: generic types are not supported\n");
}
