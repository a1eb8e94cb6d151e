// Type checker tests: valid programs check cleanly and give expressions the types Go
// gives them; constants are exact; package-level facts codegen relies on (init order,
// closures' captures, selections, extern functions, method sets); and every class of
// error reports Go 1.19's first line. The expected error lines were produced by
// `go build` (Go 1.19) on the same sources, with "./" stripped from the file name.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "frontend/package.h"
#include "frontend/parser.h"

using namespace mgo::fe;

namespace {

// A tiny stand-in for the embedded stdlib: ordinary Go plus body-less (extern) functions.
const char* kStrings = R"(package strings

func Repeat(s string, count int) string

func indexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

func IndexFunc(s string, f func(rune) bool) int { return indexFunc(s, f) }

type Builder struct {
	buf []byte
}

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *Builder) String() string { return string(b.buf) }
)";

const char* kFmt = R"(package fmt

import "strings"

type Stringer interface {
	String() string
}

func Println(a ...interface{}) (n int, err error)
func Sprintf(format string, a ...interface{}) string

func join(a []string) string {
	var b strings.Builder
	for _, s := range a {
		b.WriteString(s)
	}
	return b.String()
}
)";

std::optional<std::string> loader(const std::string& path) {
  if (path == "strings") return std::string(kStrings);
  if (path == "fmt") return std::string(kFmt);
  return std::nullopt;
}

struct Checked {
  std::unique_ptr<Program> prog = std::make_unique<Program>();
  Diagnostics diags;
  bool ok = false;
  Package* main() const { return prog->mainPkg; }
  Object* obj(const std::string& name) const {
    return prog->mainPkg && prog->mainPkg->scope ? prog->mainPkg->scope->lookup(name) : nullptr;
  }
  std::string typeOf(const std::string& name) const {
    Object* o = obj(name);
    return o && o->type ? typeString(o->type) : "<none>";
  }
};

std::unique_ptr<Checked> check(const std::string& src) {
  auto c = std::make_unique<Checked>();
  SourceFile f("x.go", src);
  c->ok = checkProgram(*c->prog, f, loader, c->diags);
  return c;
}

// The VarDecl declaring `name` at package level.
VarDecl* varDecl(const Checked& c, const std::string& name) {
  for (File* f : c.main()->files)
    for (Decl* d : f->decls)
      if (auto* vd = dyn_cast<VarDecl>(d))
        for (Ident* id : vd->names)
          if (id->name == name) return vd;
  return nullptr;
}

// ---------------------------------------------------------------------------------------
// Valid programs

TEST(Check, ValidProgramUsesMuchOfTheLanguage) {
  auto c = check(R"(package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Rect struct {
	Point
	W, H float64
}

func (r Rect) Area() float64 { return r.W * r.H }
func (Rect) Name() string      { return "rect" }

type Celsius float64

const (
	A = iota * 10
	B
	C
	_
	E
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

var total = compute()

func compute() int { return len(names) * 2 }

var names = []string{"a", "b"}

func divmod(a, b int) (q, r int) {
	defer func() {
		if e := recover(); e != nil {
			q, r = 0, 0
		}
	}()
	q = a / b
	r = a % b
	return
}

func sum(xs ...int) (s int) {
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var s Shape = Rect{Point{1, 2}, 3, 4}
	fmt.Println(s.Area(), s.Name())
	p := Point{1, 2}
	p.Scale(2)
	q := p.Add(Point{X: 1})
	pp := &q
	pp.Scale(3)
	_ = pp.X
	r := Rect{W: 1}
	r.Scale(2)
	_ = r.X + r.Point.Y
	counter := 0
	inc := func() int { counter++; return counter }
	inc()
	m := map[string][]int{"a": {1, 2}}
	m["b"] = append(m["b"], 3)
	if v, ok := m["a"]; ok {
		_ = v
	}
	delete(m, "a")
	ch := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		ch <- 1
		close(done)
	}()
	select {
	case v := <-ch:
		_ = v
	case <-done:
	}
	var x interface{} = 3.5
	switch v := x.(type) {
	case int, string:
		_ = v
	case float64:
		_ = v + 1
	case nil:
	default:
	}
	if f, ok := x.(float64); ok {
		_ = f
	}
	arr := [...]int{1, 2, 3}
	sl := arr[1:]
	_ = cap(sl)
	bs := []byte("hi")
	rs := []rune("héllo")
	str := string(bs) + string(rs) + string(rune(65))
	for i, r := range str {
		_, _ = i, r
	}
	var b strings.Builder
	b.WriteString("x")
	_ = b.String()
	_ = strings.Repeat("a", 3)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	switch {
	case A > 5:
		fallthrough
	case B > 5:
	default:
	}
	var c Celsius = 36.6
	_ = float64(c) * 2
	_ = Monday + 1
	q2, r2 := divmod(7, 2)
	_ = sum(q2, r2) + sum([]int{1}...) + total
	var fn func(int) int
	fn = func(n int) int {
		if n < 2 {
			return n
		}
		return fn(n-1) + fn(n-2)
	}
	_ = fn(10)
	type local struct{ a int }
	_ = local{1}
	println(complex(1, 2), real(3i), 1<<10, 'x', E)
	var u8 uint8 = 255
	u8++
	_ = u8 >> 1
	_ = ^u8
	var sh uint = 3
	var i64 int64 = 1 << sh
	_ = i64
	panic(fmt.Sprintf("%d", 1))
}
)");
  EXPECT_TRUE(c->ok) << c->diags.formatAll();
}

TEST(Check, ExpressionTypes) {
  struct Case {
    const char* expr;
    const char* type;
  } cases[] = {
      {"1", "int"},
      {"'a'", "int32"},
      {"1.5", "float64"},
      {"2i", "complex128"},
      {"\"s\"", "string"},
      {"\"s\"[0]", "uint8"},
      {"1 < 2", "bool"},
      {"[]int{1}", "[]int"},
      {"map[string]int{}", "map[string]int"},
      {"&T{}", "*main.T"},
      {"T{}", "main.T"},
      {"func(int) string { return \"\" }", "func(int) string"},
      {"func(a ...int) (int, error) { return 0, nil }", "func(...int) (int, error)"},
      {"make(chan<- int)", "chan<- int"},
      {"make(<-chan int)", "<-chan int"},
      {"[...]int{1, 2, 3}", "[3]int"},
      {"struct{X int; Y string}{}", "struct { X int; Y string }"},
      {"interface{}(1)", "interface {}"},
      {"(*interface{ M() })(nil)", "*interface { M() }"},
      {"len(\"abc\")", "int"},
      {"uint8(1) << 3", "uint8"},
      {"new(int)", "*int"},
      {"[][2]*T{}", "[][2]*main.T"},
      {"map[T][]string{}", "map[main.T][]string"},
      {"recover()", "interface {}"},
      {"real(1 + 2i)", "float64"},
      {"complex(float32(1), 2)", "complex64"},
      {"append([]byte(nil), \"x\"...)", "[]uint8"},
      {"t.M", "func(int) string"},
      {"T.M", "func(main.T, int) string"},
      {"(*T).M", "func(*main.T, int) string"},
      {"errors", "error"},
      {"strings.Repeat", "func(string, int) string"},
      {"strings.Builder{}", "strings.Builder"},
  };
  for (const Case& tc : cases) {
    std::string src = std::string("package main\n\nimport \"strings\"\n\ntype T struct{}\n\n"
                                  "func (T) M(int) string { return \"\" }\n\nvar t T\nvar errors error\n"
                                  "var _ = strings.Repeat\n\nvar v = ") +
                      tc.expr + "\n\nfunc main() {}\n";
    auto c = check(src);
    EXPECT_TRUE(c->ok) << tc.expr << ": " << c->diags.formatAll();
    EXPECT_EQ(c->typeOf("v"), tc.type) << tc.expr;
  }
}

// ---------------------------------------------------------------------------------------
// Constants

std::string constVal(const std::string& decls, const std::string& name, std::string* type = nullptr) {
  auto c = check("package main\n\n" + decls + "\n\nfunc main() {}\n");
  EXPECT_TRUE(c->ok) << decls << ": " << c->diags.formatAll();
  Object* o = c->obj(name);
  if (!o || o->kind != ObjKind::Const) return "<not a constant>";
  if (type) *type = typeString(o->type);
  return static_cast<Const*>(o)->val.toString();
}

TEST(Check, ConstantsAreExact) {
  EXPECT_EQ(constVal("const c = 0.1+0.2 == 0.3", "c"), "true");
  EXPECT_EQ(constVal("const c = 1<<100>>98", "c"), "4");
  EXPECT_EQ(constVal("const big = 1 << 100\nconst c = big - (big - 1)", "c"), "1");
  EXPECT_EQ(constVal("const c = 1 << 100", "c"), "1267650600228229401496703205376");
  EXPECT_EQ(constVal("const c = -7 / 2", "c"), "-3");
  EXPECT_EQ(constVal("const c = -7 % 2", "c"), "-1");
  EXPECT_EQ(constVal("const c = 7.0 / 2", "c"), "3.5");
  EXPECT_EQ(constVal("const c = 1 / 3.0 * 3", "c"), "1");
  EXPECT_EQ(constVal("const c = ^uint8(0)", "c"), "255");
  EXPECT_EQ(constVal("const c = ^0", "c"), "-1");
  EXPECT_EQ(constVal("const c = -8 >> 1", "c"), "-4");
  EXPECT_EQ(constVal("const c = 0x10p-2", "c"), "4");
  EXPECT_EQ(constVal("const c = 1_000_000", "c"), "1000000");
  EXPECT_EQ(constVal("const c = 0o17 + 0b101 + 017", "c"), "35");
  EXPECT_EQ(constVal("const c = 1e400 / 1e399", "c"), "10");
  EXPECT_EQ(constVal("const c = (1 + 2i) * (3 + 4i)", "c"), "(-5 + 10i)");
  EXPECT_EQ(constVal("const c = real((1 + 2i) * (3 + 4i))", "c"), "-5");
  EXPECT_EQ(constVal("const c = \"héllo\" + \"!\"", "c"), "\"héllo!\"");
  EXPECT_EQ(constVal("const c = len(\"héllo\")", "c"), "6");
  EXPECT_EQ(constVal("var a [5]int\nconst c = len(a)", "c"), "5");
  EXPECT_EQ(constVal("const c = string(rune(0x4e16))", "c"), "\"世\"");
  EXPECT_EQ(constVal("const c = 'a' + 1", "c"), "98");
  std::string t;
  EXPECT_EQ(constVal("const c = 'a' + 1", "c", &t), "98");
  EXPECT_EQ(t, "untyped rune");  // an untyped constant declaration stays untyped
  EXPECT_EQ(constVal("const c float32 = 0.1", "c", &t), "0.1");
  EXPECT_EQ(t, "float32");
  EXPECT_EQ(constVal("type W int\nconst (\n\tA W = iota * 2\n\tB\n\tC\n)", "C", &t), "4");
  EXPECT_EQ(t, "main.W");
  EXPECT_EQ(constVal("const (\n\ta, b = iota, iota + 10\n\tc, d\n)", "d"), "11");
  EXPECT_EQ(constVal("const c = 1e1000 > 1e999", "c"), "true");
}

TEST(Check, ConstantRounding) {
  // float32(0.1) is rounded to float32 precision; the untyped 0.1 it is compared with is
  // rounded the same way, but float64(float32(0.1)) differs from float64(0.1).
  EXPECT_EQ(constVal("const c = float32(0.1) == 0.1", "c"), "true");
  EXPECT_EQ(constVal("const c = float64(float32(0.1)) == 0.1", "c"), "false");
  EXPECT_EQ(constVal("const c = float64(float32(0.5)) == 0.5", "c"), "true");
  EXPECT_EQ(constVal("const c = 0.1 == 0.1", "c"), "true");
  auto c = check("package main\n\nconst f = 0.1\n\nfunc main() {}\n");
  ASSERT_TRUE(c->ok);
  EXPECT_EQ(static_cast<Const*>(c->obj("f"))->val.float64Val(), 0.1);
}

TEST(Check, ConstantPrinting) {
  EXPECT_EQ(Value::fromLiteral(Tok::Float, "1e100").toString(), "1e+100");
  EXPECT_EQ(Value::fromLiteral(Tok::Float, "1e400").toString(), "1e+400");
  EXPECT_EQ(Value::fromLiteral(Tok::Float, "1.5").toString(), "1.5");
  EXPECT_EQ(Value::fromLiteral(Tok::Int, "0x_FF").toString(), "255");
  EXPECT_FALSE(Value::fromLiteral(Tok::Int, "0x").known());
}

// ---------------------------------------------------------------------------------------
// Facts for codegen

TEST(Check, InitOrderFollowsDependencies) {
  auto c = check(R"(package main

var a = b + 1
var b = f()
var c = 2
var d, e = g()
var unused int

func f() int { return c * 10 }
func g() (int, int) { return a, 0 }

func main() {}
)");
  ASSERT_TRUE(c->ok) << c->diags.formatAll();
  std::vector<std::string> order;
  for (const Initializer& in : c->main()->initOrder) {
    std::string s;
    for (Var* v : in.lhs) s += (s.empty() ? "" : ",") + v->name;
    order.push_back(s);
  }
  EXPECT_EQ(order, (std::vector<std::string>{"c", "b", "a", "d,e"}));
}

// The earliest variable in declaration order that is ready goes first (go's
// test/fixedbugs/issue22326.go), not a depth-first walk of each variable's dependencies.
TEST(Check, InitOrderEarliestReadyFirst) {
  auto c = check(R"(package main

var (
	_ = d
	_ = f("_", c, b)
	a = f("a")
	b = f("b")
	c = f("c")
	d = f("d")
)
var p, q = q, 1

func f(s string, rest ...int) int { return 0 }

func main() {}
)");
  ASSERT_TRUE(c->ok) << c->diags.formatAll();
  std::vector<std::string> order;
  for (const Initializer& in : c->main()->initOrder) {
    ASSERT_EQ(in.lhs.size(), 1u);
    order.push_back(in.lhs[0]->name + "@" + std::to_string(in.lhs[0]->pos.line));
  }
  EXPECT_EQ(order, (std::vector<std::string>{"a@6", "b@7", "c@8", "_@5", "d@9", "_@4", "q@11",
                                             "p@11"}));
}

// Go names the variable its priority order meets first on the cycle, not the one a
// depth-first resolution re-enters.
TEST(Check, InitializationLoopNamesGoVariable) {
  auto c = check("package main\n\nvar a = c + b\nvar b = c\nvar c = b\n\nfunc main() {}\n");
  EXPECT_EQ(c->diags.first(), "x.go:4:5: initialization loop for b");
}

TEST(Check, InitializationLoopThroughFunction) {
  auto c = check("package main\n\nvar x = f()\n\nfunc f() int { return x }\n\nfunc main() {}\n");
  EXPECT_EQ(c->diags.first(), "x.go:3:5: initialization loop for x");
}

TEST(Check, ClosuresRecordCaptures) {
  auto c = check(R"(package main

func main() {
	a, b := 1, 2
	f := func() int {
		g := func() int { return a }
		return g() + 1
	}
	_ = f() + b
	p := &b
	_ = p
}
)");
  ASSERT_TRUE(c->ok) << c->diags.formatAll();
  // Find the two FuncLits.
  std::vector<FuncLit*> lits;
  std::function<void(Node*)> walk = [&](Node* n) {
    if (!n) return;
    if (auto* fl = dyn_cast<FuncLit>(n)) {
      lits.push_back(fl);
      for (Stmt* s : fl->body->list) walk(s);
      return;
    }
    if (auto* as = dyn_cast<AssignStmt>(n)) for (Expr* e : as->rhs) walk(e);
    if (auto* rs = dyn_cast<ReturnStmt>(n)) for (Expr* e : rs->results) walk(e);
  };
  auto* fd = cast<FuncDecl>(c->main()->files[0]->decls[0]);
  for (Stmt* s : fd->body->list) walk(s);
  ASSERT_EQ(lits.size(), 2u);
  ASSERT_EQ(lits[0]->captures.size(), 1u);  // the outer literal captures a for the inner one
  EXPECT_EQ(lits[0]->captures[0]->name, "a");
  ASSERT_EQ(lits[1]->captures.size(), 1u);
  EXPECT_EQ(lits[1]->captures[0]->name, "a");
  auto* a = static_cast<Var*>(lits[0]->captures[0]);
  EXPECT_TRUE(a->captured);
  EXPECT_FALSE(a->addressTaken);
  // b is address-taken, not captured.
  auto* as = cast<AssignStmt>(fd->body->list[0]);
  auto* b = static_cast<Var*>(cast<Ident>(as->lhs[1])->obj);
  EXPECT_TRUE(b->addressTaken);
  EXPECT_FALSE(b->captured);
}

TEST(Check, SelectionsOfPromotedFieldsAndMethods) {
  auto c = check(R"(package main

type Inner struct{ X int }

func (*Inner) M() {}

type Mid struct{ *Inner }
type Outer struct {
	A int
	Mid
}

var o Outer
var v = o.X
var m = o.M

func main() {}
)");
  ASSERT_TRUE(c->ok) << c->diags.formatAll();
  auto* se = dyn_cast<SelectorExpr>(varDecl(*c, "v")->values[0]);
  ASSERT_TRUE(se && se->selection);
  EXPECT_EQ(se->selection->kind, SelKind::FieldVal);
  EXPECT_EQ(se->selection->path, (std::vector<int>{1, 0, 0}));
  EXPECT_EQ(se->selection->derefs, (std::vector<bool>{false, true}));
  EXPECT_TRUE(se->selection->indirect);
  auto* me = dyn_cast<SelectorExpr>(varDecl(*c, "m")->values[0]);
  ASSERT_TRUE(me && me->selection);
  EXPECT_EQ(me->selection->kind, SelKind::MethodVal);
  EXPECT_EQ(me->selection->path, (std::vector<int>{1, 0}));
  EXPECT_EQ(me->selection->obj->name, "M");
  EXPECT_EQ(typeString(me->selection->type), "func()");
}

TEST(Check, MethodSetsAndInterfaces) {
  auto c = check(R"(package main

type I interface{ M(); N() int }
type T struct{}

func (T) M()      {}
func (*T) N() int { return 0 }

type E struct{ T }

func main() {}
)");
  ASSERT_TRUE(c->ok) << c->diags.formatAll();
  Type* T = c->obj("T")->type;
  Type* I = c->obj("I")->type;
  Type* E = c->obj("E")->type;
  EXPECT_FALSE(implements(T, I));
  EXPECT_TRUE(implements(newPointer(T), I));
  EXPECT_TRUE(implements(newPointer(E), I));
  EXPECT_EQ(methodSet(T).size(), 1u);
  EXPECT_EQ(methodSet(newPointer(T)).size(), 2u);
  ASSERT_EQ(T->methods.size(), 2u);
  EXPECT_FALSE(T->methods[0]->ptrRecv);
  EXPECT_TRUE(T->methods[1]->ptrRecv);
  EXPECT_EQ(typeString(I), "main.I");
  EXPECT_EQ(typeString(underlying(I)), "interface { M(); N() int }");
  ASSERT_EQ(underlying(I)->methodSet.size(), 2u);
  EXPECT_EQ(underlying(I)->methodSet[0].name, "M");
  EXPECT_TRUE(comparable(T));
  EXPECT_FALSE(comparable(newSlice(T)));
}

TEST(Check, IdenticalTypesAreOneObject) {
  auto c = check(R"(package main

var a []map[string]*struct{ X int }
var b []map[string]*struct{ X int }
var f1 func(x int) (string, error)
var f2 func(int) (s string, err error)
var i1 interface{ A(); B() }
var i2 interface{ B(); A() }

func main() {}
)");
  ASSERT_TRUE(c->ok) << c->diags.formatAll();
  EXPECT_EQ(c->obj("a")->type, c->obj("b")->type);
  EXPECT_EQ(c->obj("f1")->type, c->obj("f2")->type);
  EXPECT_EQ(c->obj("i1")->type, c->obj("i2")->type);
  EXPECT_TRUE(identical(c->obj("a")->type, c->obj("b")->type));
}

TEST(Check, PackagesAndExternFunctions) {
  auto c = check("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n");
  ASSERT_TRUE(c->ok) << c->diags.formatAll();
  ASSERT_EQ(c->prog->packages.size(), 3u);  // strings, fmt, main: dependency order
  EXPECT_EQ(c->prog->packages[0]->path, "strings");
  EXPECT_EQ(c->prog->packages[1]->path, "fmt");
  EXPECT_EQ(c->prog->packages[2], c->main());
  Package* fmt = c->prog->packages[1];
  auto* println = static_cast<Func*>(fmt->scope->lookup("Println"));
  ASSERT_TRUE(println);
  EXPECT_TRUE(println->isExtern);
  EXPECT_EQ(println->fullName(), "fmt.Println");
  auto* join = static_cast<Func*>(fmt->scope->lookup("join"));
  ASSERT_TRUE(join);
  EXPECT_FALSE(join->isExtern);
  Package* strs = c->prog->packages[0];
  Type* builder = strs->scope->lookup("Builder")->type;
  EXPECT_EQ(typeString(newPointer(builder)), "*strings.Builder");
  ASSERT_EQ(builder->methods.size(), 2u);
  EXPECT_EQ(builder->methods[0]->fullName(), "(*strings.Builder).WriteString");
}

TEST(Check, TypeSwitchClauseVariables) {
  auto c = check(R"(package main

func main() {
	var x interface{}
	switch v := x.(type) {
	case int:
		_ = v
	case string, bool:
		_ = v
	default:
		_ = v
	}
}
)");
  ASSERT_TRUE(c->ok) << c->diags.formatAll();
  auto* fd = cast<FuncDecl>(c->main()->files[0]->decls[0]);
  auto* ts = cast<TypeSwitchStmt>(fd->body->list[1]);
  ASSERT_EQ(ts->clauses.size(), 3u);
  EXPECT_EQ(typeString(ts->clauses[0]->implicitObj->type), "int");
  EXPECT_EQ(typeString(ts->clauses[1]->implicitObj->type), "interface {}");
  EXPECT_EQ(typeString(ts->clauses[2]->implicitObj->type), "interface {}");
}

TEST(Check, UntypedOperandsGetTheirFinalTypes) {
  auto c = check(R"(package main

var s uint = 3
var f float64
var a = f + 1
var u = uint64(1) + 1<<s
var i interface{} = 1
var n = 1 << s

func main() {}
)");
  ASSERT_TRUE(c->ok) << c->diags.formatAll();
  auto* ab = cast<BinaryExpr>(varDecl(*c, "a")->values[0]);
  EXPECT_EQ(typeString(ab->y->type), "float64");
  ASSERT_TRUE(ab->y->constVal);
  EXPECT_EQ(ab->y->constVal->toString(), "1");
  auto* ub = cast<BinaryExpr>(varDecl(*c, "u")->values[0]);
  auto* shift = cast<BinaryExpr>(ub->y);
  EXPECT_EQ(typeString(shift->type), "uint64");
  EXPECT_EQ(typeString(shift->x->type), "uint64");  // the untyped 1 takes the context's type
  EXPECT_EQ(typeString(varDecl(*c, "i")->values[0]->type), "int");
  EXPECT_EQ(c->typeOf("n"), "int");
}

// ---------------------------------------------------------------------------------------
// Errors: the first line, as `go build` prints it.

struct ErrCase {
  const char* name;
  const char* src;
  const char* want;
};

const ErrCase kErrCases[] = {
    {"unused_var",
     "package main\n\nfunc main() {\n\tx := 1\n}\n",
     "x.go:4:2: x declared but not used"},
    {"undefined",
     "package main\n\nfunc main() {\n\t_ = y\n}\n",
     "x.go:4:6: undefined: y"},
    {"assign_mismatch",
     "package main\n\nfunc main() {\n\ta, b := 1\n\t_, _ = a, b\n}\n",
     "x.go:4:10: assignment mismatch: 2 variables but 1 value"},
    {"assign_mismatch_call",
     "package main\n\nfunc f() int { return 1 }\nfunc main() {\n\ta, b := f()\n\t_, _ = a, b\n}\n",
     "x.go:5:10: assignment mismatch: 2 variables but f returns 1 value"},
    {"mismatched",
     "package main\n\nfunc main() {\n\tvar a int\n\tvar b string\n\t_ = a + b\n}\n",
     "x.go:6:6: invalid operation: a + b (mismatched types int and string)"},
    {"mismatched_untyped",
     "package main\n\nfunc main() {\n\t_ = 1 + \"a\"\n}\n",
     "x.go:4:6: invalid operation: 1 + \"a\" (mismatched types untyped int and untyped string)"},
    {"overflow_var",
     "package main\n\nfunc main() {\n\tvar x int8 = 300\n\t_ = x\n}\n",
     "x.go:4:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)"},
    {"overflow_conv",
     "package main\n\nfunc main() {\n\t_ = int8(200)\n}\n",
     "x.go:4:11: cannot convert 200 (untyped int constant) to type int8"},
    {"overflow_typed_arith",
     "package main\n\nfunc main() {\n\tconst c int8 = 100\n\t_ = c * 2\n}\n",
     "x.go:5:6: c * 2 (constant 200 of type int8) overflows int8"},
    {"truncated",
     "package main\n\nfunc main() {\n\tvar i int = 1.5\n\t_ = i\n}\n",
     "x.go:4:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)"},
    {"div_zero",
     "package main\n\nfunc main() {\n\tx := 1\n\t_ = x / 0\n}\n",
     "x.go:5:10: invalid operation: division by zero"},
    {"div_zero_const",
     "package main\n\nconst c = 1 / 0\nfunc main() {}\n",
     "x.go:3:15: invalid operation: division by zero"},
    {"not_iface",
     "package main\n\ntype T struct{}\ntype I interface{ M() }\nfunc main() {\n\tvar t T\n\tvar i I = t\n\t_ = i\n}\n",
     "x.go:7:12: cannot use t (variable of type T) as type I in variable declaration:"},
    {"ptr_recv",
     "package main\n\ntype T struct{}\nfunc (*T) M() {}\ntype I interface{ M() }\nfunc main() {\n\tvar t T\n\tvar i I\n\ti = t\n\t_ = i\n}\n",
     "x.go:9:6: cannot use t (variable of type T) as type I in assignment:"},
    {"wrong_sig",
     "package main\n\ntype T struct{}\nfunc (T) M(int) {}\ntype I interface{ M() }\nfunc main() {\n\tvar i I = T{}\n\t_ = i\n}\n",
     "x.go:7:12: cannot use T{} (value of type T) as type I in variable declaration:"},
    {"ambiguous",
     "package main\n\ntype A struct{ X int }\ntype B struct{ X int }\ntype U struct {\n\tA\n\tB\n}\nfunc main() {\n\tvar u U\n\t_ = u.X\n}\n",
     "x.go:11:8: ambiguous selector u.X"},
    {"no_field",
     "package main\n\ntype T struct{ x int }\nfunc main() {\n\tvar t T\n\t_ = t.y\n}\n",
     "x.go:6:8: t.y undefined (type T has no field or method y)"},
    {"no_field_case",
     "package main\n\ntype T struct{ Name int }\nfunc main() {\n\tvar t T\n\t_ = t.name\n}\n",
     "x.go:6:8: t.name undefined (type T has no field or method name, but does have Name)"},
    {"addr_of_call",
     "package main\n\nfunc f() int { return 1 }\nfunc main() {\n\t_ = &f()\n}\n",
     "x.go:5:7: invalid operation: cannot take address of f() (value of type int)"},
    {"assign_map_field",
     "package main\n\ntype T struct{ x int }\nfunc main() {\n\tm := map[int]T{}\n\tm[0].x = 1\n}\n",
     "x.go:6:2: cannot assign to struct field m[0].x in map"},
    {"too_many_return",
     "package main\n\nfunc f() int {\n\treturn 1, 2\n}\nfunc main() {}\n",
     "x.go:4:12: too many return values"},
    {"not_enough_return",
     "package main\n\nfunc f() (int, int) {\n\treturn 1\n}\nfunc main() {}\n",
     "x.go:4:9: not enough return values"},
    {"missing_return",
     "package main\n\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\nfunc main() {}\n",
     "x.go:7:1: missing return"},
    {"unused_label",
     "package main\n\nfunc main() {\nL:\n\tfor {\n\t}\n}\n",
     "x.go:4:1: label L defined and not used"},
    {"undefined_label",
     "package main\n\nfunc main() {\n\tgoto L\n}\n",
     "x.go:4:7: label L not defined"},
    {"break_outside",
     "package main\n\nfunc main() {\n\tbreak\n}\n",
     "x.go:4:2: break is not in a loop, switch, or select"},
    {"continue_outside",
     "package main\n\nfunc main() {\n\tswitch {\n\tcase true:\n\t\tcontinue\n\t}\n}\n",
     "x.go:6:3: continue is not in a loop"},
    {"fallthrough_final",
     "package main\n\nfunc main() {\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n}\n",
     "x.go:6:3: cannot fallthrough final case in switch"},
    {"dup_case",
     "package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1:\n\tcase 2, 1:\n\t}\n}\n",
     "x.go:7:10: duplicate case 1 (constant of type int) in expression switch"},
    {"dup_case_str",
     "package main\n\nfunc main() {\n\tswitch \"a\" {\n\tcase \"a\", \"a\":\n\t}\n}\n",
     "x.go:5:12: duplicate case \"a\" (constant of type string) in expression switch"},
    {"type_switch_unused",
     "package main\n\nfunc main() {\n\tvar x interface{}\n\tswitch y := x.(type) {\n\tcase int:\n\t}\n}\n",
     "x.go:5:9: y declared but not used"},
    {"type_switch_non_iface",
     "package main\n\nfunc main() {\n\tx := 1\n\tswitch x.(type) {\n\t}\n}\n",
     "x.go:5:9: x (variable of type int) is not an interface"},
    {"impossible_case",
     "package main\n\ntype I interface{ M() }\nfunc main() {\n\tvar x I\n\tswitch x.(type) {\n\tcase int:\n\t}\n}\n",
     "x.go:7:7: impossible type switch case: int"},
    {"go_not_call",
     "package main\n\nfunc main() {\n\tgo func() {}\n}\n",
     "x.go:4:5: expression in go must be function call"},
    {"defer_conversion",
     "package main\n\nfunc main() {\n\tdefer int(1)\n}\n",
     "x.go:4:8: defer requires function call, not conversion int(1) (constant 1 of type int)"},
    {"defer_discard",
     "package main\n\nfunc main() {\n\ts := []int{}\n\tdefer len(s)\n}\n",
     "x.go:5:8: defer discards result of len(s) (value of type int)"},
    {"len_int",
     "package main\n\nfunc main() {\n\t_ = len(1)\n}\n",
     "x.go:4:10: invalid argument: 1 (untyped int constant) for len"},
    {"make_args",
     "package main\n\nfunc main() {\n\t_ = make([]int)\n}\n",
     "x.go:4:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1"},
    {"append_first",
     "package main\n\nfunc main() {\n\t_ = append(1, 2)\n}\n",
     "x.go:4:13: first argument to append must be a slice; have 1 (untyped int constant)"},
    {"copy_types",
     "package main\n\nfunc main() {\n\ta := []int{}\n\tb := []string{}\n\tcopy(a, b)\n}\n",
     "x.go:6:7: invalid argument: arguments to copy a (variable of type []int) and b (variable of type []string) have different element types int and string"},
    {"delete_non_map",
     "package main\n\nfunc main() {\n\ts := []int{}\n\tdelete(s, 0)\n}\n",
     "x.go:5:9: invalid argument: s (variable of type []int) is not a map"},
    {"close_recv",
     "package main\n\nfunc main() {\n\tvar c <-chan int\n\tclose(c)\n}\n",
     "x.go:5:8: invalid operation: cannot close receive-only channel c (variable of type <-chan int)"},
    {"conv_bad",
     "package main\n\nfunc main() {\n\ts := \"a\"\n\t_ = int(s)\n}\n",
     "x.go:5:10: cannot convert s (variable of type string) to type int"},
    {"cmp_slice",
     "package main\n\nfunc main() {\n\ta := []int{}\n\t_ = a == a\n}\n",
     "x.go:5:6: invalid operation: a == a (slice can only be compared to nil)"},
    {"cmp_struct_slice",
     "package main\n\ntype T struct{ s []int }\nfunc main() {\n\tvar a, b T\n\t_ = a == b\n}\n",
     "x.go:6:6: invalid operation: a == b (struct containing []int cannot be compared)"},
    {"cmp_mismatch",
     "package main\n\nfunc main() {\n\tvar a int\n\tvar b int64\n\t_ = a == b\n}\n",
     "x.go:6:11: invalid operation: a == b (mismatched types int and int64)"},
    {"imported_unused",
     "package main\n\nimport \"strings\"\nfunc main() {}\n",
     "x.go:3:8: imported and not used: \"strings\""},
    {"unknown_import",
     "package main\n\nimport \"nosuch/pkg\"\nfunc main() {}\n",
     "x.go:3:8: package nosuch/pkg is not in GOROOT (/usr/lib/go-1.19/src/nosuch/pkg)"},
    {"missing_body",
     "package main\n\nfunc f()\nfunc main() {}\n",
     "x.go:3:6: missing function body"},
    {"redeclared",
     "package main\n\nfunc main() {\n\tvar x int\n\tvar x int\n\t_ = x\n}\n",
     "x.go:5:6: x redeclared in this block"},
    {"no_new_vars",
     "package main\n\nfunc main() {\n\tx := 1\n\tx := 2\n\t_ = x\n}\n",
     "x.go:5:4: no new variables on left side of :="},
    {"not_enough_args",
     "package main\n\nfunc f(a, b int) {}\nfunc main() {\n\tf(1)\n}\n",
     "x.go:5:4: not enough arguments in call to f"},
    {"too_many_args",
     "package main\n\nfunc f(a int) {}\nfunc main() {\n\tf(1, 2)\n}\n",
     "x.go:5:7: too many arguments in call to f"},
    {"arg_type",
     "package main\n\nfunc f(a int) {}\nfunc main() {\n\tf(\"s\")\n}\n",
     "x.go:5:4: cannot use \"s\" (untyped string constant) as int value in argument to f"},
    {"arg_var_type",
     "package main\n\nfunc f(a int) {}\nfunc main() {\n\ts := \"x\"\n\tf(s)\n}\n",
     "x.go:6:4: cannot use s (variable of type string) as type int in argument to f"},
    {"call_non_func",
     "package main\n\nfunc main() {\n\tx := 1\n\tx()\n}\n",
     "x.go:5:2: invalid operation: cannot call non-function x (variable of type int)"},
    {"multi_value",
     "package main\n\nfunc f() (int, int) { return 1, 2 }\nfunc main() {\n\tx := f() + 1\n\t_ = x\n}\n",
     "x.go:5:7: multiple-value f() (value of type (int, int)) in single-value context"},
    {"no_value",
     "package main\n\nfunc f() {}\nfunc main() {\n\tx := f()\n\t_ = x\n}\n",
     "x.go:5:7: f() (no value) used as value"},
    {"not_used_expr",
     "package main\n\nfunc main() {\n\tx := 1\n\tx + 1\n}\n",
     "x.go:5:2: x + 1 (value of type int) is not used"},
    {"range_int",
     "package main\n\nfunc main() {\n\tfor i := range 10 {\n\t\t_ = i\n\t}\n}\n",
     "x.go:4:17: cannot range over 10 (untyped int constant)"},
    {"non_bool_cond",
     "package main\n\nfunc main() {\n\tif 1 {\n\t}\n}\n",
     "x.go:4:5: non-boolean condition in if statement"},
    {"assign_const",
     "package main\n\nconst c = 1\nfunc main() {\n\tc = 2\n}\n",
     "x.go:5:2: cannot assign to c (untyped int constant 1)"},
    {"nil_to_int",
     "package main\n\nfunc main() {\n\tvar x int = nil\n\t_ = x\n}\n",
     "x.go:4:14: cannot use nil as int value in variable declaration"},
    {"untyped_nil",
     "package main\n\nfunc main() {\n\tx := nil\n\t_ = x\n}\n",
     "x.go:4:7: use of untyped nil in assignment"},
    {"shift_float",
     "package main\n\nfunc main() {\n\tf := 1.5\n\t_ = 1 << f\n}\n",
     "x.go:5:11: invalid operation: shift count f (variable of type float64) must be integer"},
    {"neg_shift",
     "package main\n\nfunc main() {\n\tx := 1\n\t_ = x << -1\n}\n",
     "x.go:5:11: invalid operation: negative shift count -1 (untyped int constant)"},
    {"index_oob",
     "package main\n\nfunc main() {\n\ta := [3]int{}\n\t_ = a[3]\n}\n",
     "x.go:5:8: invalid argument: index 3 out of bounds [0:3]"},
    {"index_neg",
     "package main\n\nfunc main() {\n\ts := []int{}\n\t_ = s[-1]\n}\n",
     "x.go:5:8: invalid argument: index -1 (constant of type int) must not be negative"},
    {"index_nonint",
     "package main\n\nfunc main() {\n\ts := []int{}\n\t_ = s[\"a\"]\n}\n",
     "x.go:5:8: cannot convert \"a\" (untyped string constant) to int"},
    {"slice_unaddressable",
     "package main\n\nfunc f() [3]int { return [3]int{} }\nfunc main() {\n\t_ = f()[:]\n}\n",
     "x.go:5:6: invalid operation: f() (value of type [3]int) (slice of unaddressable value)"},
    {"unknown_field_lit",
     "package main\n\ntype P struct{ X int }\nfunc main() {\n\t_ = P{Y: 1}\n}\n",
     "x.go:5:8: unknown field 'Y' in struct literal of type P"},
    {"too_few_values",
     "package main\n\ntype P struct{ X, Y int }\nfunc main() {\n\t_ = P{1}\n}\n",
     "x.go:5:9: too few values in P{…}"},
    {"too_many_values",
     "package main\n\ntype P struct{ X, Y int }\nfunc main() {\n\t_ = P{1, 2, 3}\n}\n",
     "x.go:5:14: too many values in P{…}"},
    {"mixture",
     "package main\n\ntype P struct{ X, Y int }\nfunc main() {\n\t_ = P{X: 1, 2}\n}\n",
     "x.go:5:14: mixture of field:value and value elements in struct literal"},
    {"dup_map_key",
     "package main\n\nfunc main() {\n\t_ = map[string]int{\"a\": 1, \"a\": 2}\n}\n",
     "x.go:4:29: duplicate key \"a\" in map literal"},
    {"missing_key",
     "package main\n\nfunc main() {\n\t_ = map[string]int{1}\n}\n",
     "x.go:4:21: missing key in map literal"},
    {"not_type",
     "package main\n\nfunc main() {\n\tx := 1\n\tvar y x\n\t_ = y\n}\n",
     "x.go:5:8: x (variable of type int) is not a type"},
    {"type_not_expr",
     "package main\n\nfunc main() {\n\t_ = int\n}\n",
     "x.go:4:6: int (type) is not an expression"},
    {"recursive_type",
     "package main\n\ntype T struct{ t T }\nfunc main() {}\n",
     "x.go:3:6: invalid recursive type T"},
    {"method_redecl",
     "package main\n\ntype T int\nfunc (T) M() {}\nfunc (T) M() {}\nfunc main() {}\n",
     "x.go:5:10: T.M redeclared in this block"},
    {"field_method_same",
     "package main\n\ntype T struct{ M int }\nfunc (T) M() {}\nfunc main() {}\n",
     "x.go:4:10: field and method with the same name M"},
    {"unexported",
     "package main\n\nimport \"strings\"\nfunc main() {\n\t_ = strings.foo\n}\n",
     "x.go:5:14: undefined: strings.foo"},
    {"undefined_pkg_member",
     "package main\n\nimport \"strings\"\nfunc main() {\n\t_ = strings.NoSuchThing\n}\n",
     "x.go:5:14: undefined: strings.NoSuchThing"},
    {"recv_send_only",
     "package main\n\nfunc main() {\n\tvar c chan<- int\n\t<-c\n}\n",
     "x.go:5:4: invalid operation: cannot receive from send-only channel c (variable of type chan<- int)"},
    {"send_recv_only",
     "package main\n\nfunc main() {\n\tvar c <-chan int\n\tc <- 1\n}\n",
     "x.go:5:2: invalid operation: cannot send to receive-only channel c (variable of type <-chan int)"},
    {"not_iface_assert",
     "package main\n\nfunc main() {\n\tx := 1\n\t_ = x.(int)\n}\n",
     "x.go:5:6: invalid operation: x (variable of type int) is not an interface"},
    {"iota_outside",
     "package main\n\nfunc main() {\n\t_ = iota\n}\n",
     "x.go:4:6: cannot use iota outside constant declaration"},
    {"const_not_const",
     "package main\n\nfunc main() {\n\tx := 1\n\tconst c = x\n}\n",
     "x.go:5:12: x (variable of type int) is not constant"},
    {"incdec_string",
     "package main\n\nfunc main() {\n\ts := \"a\"\n\ts++\n}\n",
     "x.go:5:2: invalid operation: s++ (non-numeric type string)"},
    {"op_not_defined",
     "package main\n\nfunc main() {\n\tb := true\n\t_ = b + b\n}\n",
     "x.go:5:6: invalid operation: operator + not defined on b (variable of type bool)"},
    {"unary_not",
     "package main\n\nfunc main() {\n\t_ = !1\n}\n",
     "x.go:4:7: invalid operation: operator ! not defined on 1 (untyped int constant)"},
    {"bitwise_float",
     "package main\n\nfunc main() {\n\tf := 1.0\n\t_ = f & 1\n}\n",
     "x.go:5:6: invalid operation: operator & not defined on f (variable of type float64)"},
    {"ptr_method_on_value",
     "package main\n\ntype T struct{}\nfunc (*T) M() {}\nfunc main() {\n\tT{}.M()\n}\n",
     "x.go:6:6: cannot call pointer method M on T"},
    {"string_overflow_const",
     "package main\n\nfunc main() {\n\t_ = 1 << 100\n}\n",
     "x.go:4:6: cannot use 1 << 100 (untyped int constant 1267650600228229401496703205376) as int value in assignment to _ identifier (overflows)"},
    {"ok_ten_errors",
     "package main\n\nfunc main() {\n\t_ = a1\n\t_ = a2\n\t_ = a3\n\t_ = a4\n\t_ = a5\n\t_ = a6\n\t_ = a7\n\t_ = a8\n\t_ = a9\n\t_ = a10\n\t_ = a11\n}\n",
     "x.go:4:6: undefined: a1"},
    {"main_args",
     "package main\n\nfunc main(x int) {}\n",
     "x.go:3:6: func main must have no arguments and no return values"},
    {"init_args",
     "package main\n\nfunc init(x int) {}\nfunc main() {}\n",
     "x.go:3:6: func init must have no arguments and no return values"},
    {"var_cycle",
     "package main\n\nvar a = b\nvar b = a\nfunc main() {}\n",
     "x.go:3:5: initialization loop for a"},
    {"invalid_recv",
     "package main\n\ntype P *int\nfunc (P) M() {}\nfunc main() {}\n",
     "x.go:4:7: invalid receiver type P (pointer or interface type)"},
    {"select_bad",
     "package main\n\nfunc main() {\n\tselect {\n\tcase 1:\n\t}\n}\n",
     "x.go:5:7: select case must be send or receive (possibly with assignment)"},
    {"return_missing_values",
     "package main\n\nfunc f() int {\n\treturn\n}\nfunc main() {}\n",
     "x.go:4:2: not enough return values"},
    {"complex_mismatch",
     "package main\n\nfunc main() {\n\tvar a float32\n\tvar b float64\n\t_ = complex(a, b)\n}\n",
     "x.go:6:14: invalid operation: complex(a, b) (mismatched types float32 and float64)"},
    {"array_len_neg",
     "package main\n\nfunc main() {\n\tvar a [-1]int\n\t_ = a\n}\n",
     "x.go:4:9: invalid array length -1 (untyped int constant)"},
    {"ret_type",
     "package main\n\nfunc f() int {\n\treturn \"s\"\n}\nfunc main() {}\n",
     "x.go:4:9: cannot use \"s\" (untyped string constant) as int value in return statement"},
    {"ret_var_type",
     "package main\n\nfunc f() int {\n\ts := \"a\"\n\treturn s\n}\nfunc main() {}\n",
     "x.go:5:9: cannot use s (variable of type string) as type int in return statement"},
    {"method_args",
     "package main\n\ntype T struct{}\nfunc (T) M(a int) {}\nfunc main() {\n\tvar t T\n\tt.M()\n}\n",
     "x.go:7:2: not enough arguments in call to t.M"},
    {"unused_in_closure",
     "package main\n\nfunc main() {\n\tf := func() {\n\t\ty := 2\n\t}\n\tf()\n}\n",
     "x.go:5:3: y declared but not used"},
    {"if_else_missing_return",
     "package main\n\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t} else if x < 0 {\n\t\treturn -1\n\t}\n}\nfunc main() {}\n",
     "x.go:9:1: missing return"},
    {"for_missing_return",
     "package main\n\nfunc f() int {\n\tfor {\n\t\tbreak\n\t}\n}\nfunc main() {}\n",
     "x.go:7:1: missing return"},
    {"string_plus_int",
     "package main\n\nfunc main() {\n\ts := \"a\"\n\t_ = s + 1\n}\n",
     "x.go:5:6: invalid operation: s + 1 (mismatched types string and untyped int)"},
    {"int_plus_float_var",
     "package main\n\nfunc main() {\n\ta := 1\n\tb := 2.5\n\t_ = a + b\n}\n",
     "x.go:6:6: invalid operation: a + b (mismatched types int and float64)"},
    {"assign_float_to_int",
     "package main\n\nfunc main() {\n\tvar a int\n\tb := 2.5\n\ta = b\n}\n",
     "x.go:6:6: cannot use b (variable of type float64) as type int in assignment"},
    {"slice_to_array",
     "package main\n\nfunc main() {\n\tvar a [2]int\n\ts := []int{1}\n\ta = s\n\t_ = a\n}\n",
     "x.go:6:6: cannot use s (variable of type []int) as type [2]int in assignment"},
    {"struct_field_type",
     "package main\n\ntype P struct{ X int }\nfunc main() {\n\t_ = P{X: \"a\"}\n}\n",
     "x.go:5:11: cannot use \"a\" (untyped string constant) as int value in struct literal"},
    {"map_value_type",
     "package main\n\nfunc main() {\n\tm := map[string]int{}\n\tm[\"a\"] = \"b\"\n}\n",
     "x.go:5:11: cannot use \"b\" (untyped string constant) as int value in assignment"},
    {"chan_send_type",
     "package main\n\nfunc main() {\n\tc := make(chan int)\n\tc <- \"s\"\n}\n",
     "x.go:5:7: cannot use \"s\" (untyped string constant) as int value in send"},
    {"nil_deref",
     "package main\n\nfunc main() {\n\t_ = *nil\n}\n",
     "x.go:4:7: invalid operation: cannot indirect nil"},
    {"deref_non_ptr",
     "package main\n\nfunc main() {\n\tx := 1\n\t_ = *x\n}\n",
     "x.go:5:7: invalid operation: cannot indirect x (variable of type int)"},
    {"bool_cond_int",
     "package main\n\nfunc main() {\n\tx := 1\n\tfor x {\n\t}\n}\n",
     "x.go:5:6: non-boolean condition in for statement"},
    {"range_too_many",
     "package main\n\nfunc main() {\n\tm := map[int]int{}\n\tfor a, b := range m {\n\t}\n}\n",
     "x.go:5:6: a declared but not used"},
    {"unused_import_alias",
     "package main\n\nimport s \"strings\"\nfunc main() {}\n",
     "x.go:3:8: imported and not used: \"strings\" as s"},
    {"interface_method_missing_call",
     "package main\n\ntype I interface{ M() }\nfunc main() {\n\tvar i I\n\ti.N()\n}\n",
     "x.go:6:4: i.N undefined (type I has no field or method N)"},
    {"wrong_arg_type_method",
     "package main\n\ntype T struct{}\nfunc (T) M(a int) {}\nfunc main() {\n\tT{}.M(\"x\")\n}\n",
     "x.go:6:8: cannot use \"x\" (untyped string constant) as int value in argument to T{}.M"},
    {"const_overflow_int",
     "package main\n\nconst c = 1 << 64\nfunc main() {\n\tvar x int = c\n\t_ = x\n}\n",
     "x.go:5:14: cannot use c (untyped int constant 18446744073709551616) as int value in variable declaration (overflows)"},
    {"untyped_float_to_int_arg",
     "package main\n\nfunc f(int) {}\nfunc main() {\n\tf(1.5)\n}\n",
     "x.go:5:4: cannot use 1.5 (untyped float constant) as int value in argument to f (truncated)"},
    {"println_no_value",
     "package main\n\nfunc f() {}\nfunc main() {\n\tprintln(f())\n}\n",
     "x.go:5:10: f() (no value) used as value"},
    {"assign_to_func_result",
     "package main\n\nfunc f() int { return 1 }\nfunc main() {\n\tf() = 2\n}\n",
     "x.go:5:2: cannot assign to f() (value of type int)"},
    {"compare_func",
     "package main\n\nfunc main() {\n\tf := func() {}\n\t_ = f == f\n}\n",
     "x.go:5:6: invalid operation: f == f (func can only be compared to nil)"},
    {"map_compare",
     "package main\n\nfunc main() {\n\ta := map[int]int{}\n\t_ = a == a\n}\n",
     "x.go:5:6: invalid operation: a == a (map can only be compared to nil)"},
    {"type_assert_impossible",
     "package main\n\ntype I interface{ M() }\ntype T struct{}\nfunc main() {\n\tvar i I\n\t_ = i.(T)\n}\n",
     "x.go:7:6: impossible type assertion: i.(T)"},
    {"shadow_unused",
     "package main\n\nfunc main() {\n\tx := 1\n\t{\n\t\tx := 2\n\t}\n\t_ = x\n}\n",
     "x.go:6:3: x declared but not used"},
    {"continue_switch_label",
     "package main\n\nfunc main() {\nL:\n\tswitch {\n\tcase true:\n\t\tfor {\n\t\t\tcontinue L\n\t\t}\n\t}\n}\n",
     "x.go:8:13: invalid continue label L"},
    {"var_unused_multi",
     "package main\n\nfunc main() {\n\ta, b := 1, 2\n\t_ = a\n}\n",
     "x.go:4:5: b declared but not used"},
    {"dot_field_on_ptr_ptr",
     "package main\n\ntype T struct{ x int }\nfunc main() {\n\tvar p **T\n\t_ = p.x\n}\n",
     "x.go:6:8: p.x undefined (type **T has no field or method x)"},
    {"len_args",
     "package main\n\nfunc main() {\n\t_ = len()\n}\n",
     "x.go:4:6: invalid operation: not enough arguments for len() (expected 1, found 0)"},
    {"new_value",
     "package main\n\nfunc main() {\n\t_ = new(1)\n}\n",
     "x.go:4:10: 1 is not a type"},
    {"make_value",
     "package main\n\nfunc main() {\n\t_ = make(int)\n}\n",
     "x.go:4:11: invalid argument: cannot make int; type must be slice, map, or channel"},
    {"append_type",
     "package main\n\nfunc main() {\n\ts := []int{}\n\ts = append(s, \"a\")\n}\n",
     "x.go:5:16: cannot use \"a\" (untyped string constant) as int value in argument to append"},
    {"cap_map",
     "package main\n\nfunc main() {\n\tm := map[int]int{}\n\t_ = cap(m)\n}\n",
     "x.go:5:10: invalid argument: m (variable of type map[int]int) for cap"},
};

TEST(Check, ErrorsMatchGo) {
  for (const ErrCase& tc : kErrCases) {
    auto c = check(tc.src);
    EXPECT_FALSE(c->ok) << tc.name;
    std::string first = c->diags.first();
    first = first.substr(0, first.find('\n'));  // detail lines ("\thave ...") are not compared
    EXPECT_EQ(first, tc.want) << tc.name << "\n" << c->diags.formatAll();
  }
}

TEST(Check, TooManyErrors) {
  auto c = check(
      "package main\n\nfunc main() {\n\t_ = a1\n\t_ = a2\n\t_ = a3\n\t_ = a4\n\t_ = a5\n\t_ = a6\n"
      "\t_ = a7\n\t_ = a8\n\t_ = a9\n\t_ = a10\n\t_ = a11\n}\n");
  std::string all = c->diags.formatAll();
  EXPECT_NE(all.find("x.go:13:6: undefined: a10\n"), std::string::npos) << all;
  EXPECT_NE(all.find("too many errors"), std::string::npos) << all;
  EXPECT_EQ(all.find("a11"), std::string::npos) << all;
}

TEST(Check, InterfaceErrorDetailLines) {
  auto c = check(R"(package main

type T struct{}

func (*T) M() {}

type I interface{ M() }

func main() {
	var i I = T{}
	_ = i
}
)");
  EXPECT_EQ(c->diags.formatAll(),
            "x.go:10:12: cannot use T{} (value of type T) as type I in variable declaration:\n"
            "\tT does not implement I (M method has pointer receiver)\n");
}

TEST(Check, BadInputsDoNotCrash) {
  const char* srcs[] = {
      "package main\ntype T T\ntype U struct{ U }\ntype V [2]V\nfunc main() { var m map[T]int; _ = m }\n",
      "package main\ntype I interface{ I }\nfunc main() {}\n",
      "package main\ntype A = B\ntype B = A\nfunc main() {}\n",
      "package main\nconst a = b\nconst b = a\nfunc main() {}\n",
      "package main\nvar a [len(a)]int\nfunc main() {}\n",
      "package main\nfunc main() { type T struct{ T }; var x T; _ = x.y }\n",
      "package main\nconst c = 1 << 100000\nfunc main() {}\n",
      "package main\nconst c = 1e100000 * 1e100000\nfunc main() {}\n",
      "package main\nfunc main() { x := []int{}; x.y.z(); nil.x(); _ = nil == nil }\n",
      "package main\nfunc main() { var f func(); f(f(f())) ; _ = append() ; _ = make() ; _ = new() }\n",
  };
  for (const char* s : srcs) {
    auto c = check(s);
    EXPECT_FALSE(c->ok) << s;
    EXPECT_TRUE(c->diags.hasErrors()) << s;
  }
}

}  // namespace
