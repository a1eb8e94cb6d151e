// jit_program_test.cc — the JIT through its public API (include/mgo/mgo.h): compile
// errors, the IR it prints, and programs run in a child process (a program owns the
// process: os.Exit, panics and the scheduler end it), checked for stdout and exit status.
// Every test process uses a fresh compiled-code cache (FreshCache), so what runs is what
// this build compiles; CachedRun* test the cache through the API.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "include/mgo/mgo.h"

namespace {

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

std::string readAll(int fd) {
  std::string s;
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) s.append(buf, static_cast<size_t>(n));
  return s;
}

// MGO_CACHE = a new temporary directory for this test process, removed at the end.
class FreshCache : public ::testing::Environment {
 public:
  void SetUp() override {
    char tmpl[] = "/tmp/mgo-jit-test-cache-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    setenv("MGO_CACHE", dir_.c_str(), 1);
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

 private:
  std::string dir_;
};
::testing::Environment* const freshCache = ::testing::AddGlobalTestEnvironment(new FreshCache);

// Compiles `src` as t.go at -O`opt`; nullptr (with the diagnostics printed) on errors.
std::unique_ptr<mgo::Program> compile(const std::string& src, int opt = 0) {
  mgo::Options o;
  o.opt_level = opt;
  std::vector<mgo::Diagnostic> diags;
  auto prog = mgo::Program::compileSource("t.go", src, o, &diags);
  for (auto& d : diags) ADD_FAILURE() << d.str();
  return prog;
}

// Compiles and runs `src` in a child process; returns its exit status and output.
RunResult run(const std::string& src, int opt = 1, bool cache = true) {
  int out[2], err[2];
  EXPECT_EQ(pipe(out), 0);
  EXPECT_EQ(pipe(err), 0);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], 1);
    dup2(err[1], 2);
    close(out[0]);
    close(err[0]);
    mgo::Options o;
    o.opt_level = opt;
    o.cache = cache;
    std::vector<mgo::Diagnostic> diags;
    auto prog = mgo::Program::compileSource("t.go", src, o, &diags);
    if (!prog) {
      for (auto& d : diags) fprintf(stderr, "%s\n", d.str().c_str());
      fflush(stderr);
      _exit(1);
    }
    int st = prog->run({"t.go"});
    fflush(stdout);
    _exit(st);
  }
  close(out[1]);
  close(err[1]);
  RunResult r;
  r.out = readAll(out[0]);
  r.err = readAll(err[0]);
  close(out[0]);
  close(err[0]);
  int ws = 0;
  waitpid(pid, &ws, 0);
  r.status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
  return r;
}

std::string firstLine(const std::string& s) { return s.substr(0, s.find('\n')); }

TEST(JitProgram, CompileErrorHasPosition) {
  std::vector<mgo::Diagnostic> diags;
  auto prog = mgo::Program::compileSource("bad.go", "package main\n\nfunc main() {\n\tprintln(y)\n}\n", {}, &diags);
  ASSERT_EQ(prog, nullptr);
  ASSERT_FALSE(diags.empty());
  EXPECT_EQ(diags[0].file, "bad.go");
  EXPECT_EQ(diags[0].line, 4);
  EXPECT_EQ(diags[0].col, 10);
  EXPECT_NE(diags[0].str().find("bad.go:4:10: undefined: y"), std::string::npos) << diags[0].str();
}

TEST(JitProgram, IRShowsStackCheckOnlyWhereNeeded) {
  const char* src =
      "package main\n"
      "func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }\n"
      "func leaf(a, b int) int { return a*b + 1 }\n"
      "func main() { println(fib(10), leaf(2, 3)) }\n";
  auto prog = compile(src, 0);
  ASSERT_NE(prog, nullptr);
  std::string ir = prog->ir();
  auto body = [&](const std::string& name) {
    size_t p = ir.find("define internal i64 @" + name + "(");
    EXPECT_NE(p, std::string::npos) << name;
    size_t e = ir.find("\n}\n", p);
    return ir.substr(p, e - p);
  };
  std::string fib = body("main.fib");
  EXPECT_NE(fib.find("(%rsp)"), std::string::npos);  // sp - FRAME, read by an inline asm
  EXPECT_NE(fib.find("load atomic i64, ptr %g monotonic"), std::string::npos);
  EXPECT_NE(fib.find("musttail call i64 @\"main.fib$grow\"("), std::string::npos);
  EXPECT_NE(ir.find("call i64 @mgo_rt_morestack_call("), std::string::npos);
  std::string leaf = body("main.leaf");
  EXPECT_EQ(leaf.find("$grow"), std::string::npos);
}

// The check comes before any frame work: at -O1, fib's register saves are sunk below the
// check and the n < 2 test, so its leaf calls do check, compare, return (as Go's code).
TEST(JitProgram, StackCheckPrecedesRegisterSaves) {
  const char* src =
      "package main\n"
      "func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }\n"
      "func main() { println(fib(10)) }\n";
  auto prog = compile(src, 1);
  ASSERT_NE(prog, nullptr);
  std::string s = prog->assembly();
  size_t start = s.find("\nmain.fib:");
  ASSERT_NE(start, std::string::npos);
  std::string fib = s.substr(start, s.find(".Lfunc_end", start) - start);
  size_t check = fib.find("(%rsp)");
  size_t push = fib.find("push");
  ASSERT_NE(check, std::string::npos);
  ASSERT_NE(push, std::string::npos);  // the recursive path saves registers
  EXPECT_LT(check, push);
  EXPECT_LT(fib.find("cmpq\t$", check), push);  // n < 2 is decided before the saves too
}

TEST(JitProgram, AssemblyIsNative) {
  auto prog = compile("package main\nfunc main() { println(1) }\n");
  ASSERT_NE(prog, nullptr);
  std::string s = prog->assembly();
  EXPECT_NE(s.find("mgo.main"), std::string::npos);
  EXPECT_NE(s.find("call"), std::string::npos);
}

TEST(JitProgram, IntegerEdgeCasesMatchGo) {
  const char* src = R"(package main

import "fmt"

func main() {
	x := -9223372036854775808
	m := -1
	fmt.Println(x/m, x%m)
	var s uint = 64
	one, m8, a, b := 1, -8, uint8(200), uint8(100)
	fmt.Println(one<<s, m8>>s, a+b)
	f := 1e300
	n := -f
	fmt.Println(int64(f), int64(n), int32(f))
	z := 0.0
	fmt.Println(int64(z/z))
}
)";
  for (int opt : {0, 2}) {
    RunResult r = run(src, opt);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out,
              "-9223372036854775808 0\n"
              "0 -1 44\n"
              "-9223372036854775808 -9223372036854775808 -2147483648\n"
              "-9223372036854775808\n")
        << "opt " << opt;
  }
}

TEST(JitProgram, RuntimeErrorsPanicWithGoMessages) {
  RunResult r = run("package main\nfunc main() {\n\ta := []int{1}\n\ti := 3\n\tprintln(a[i])\n}\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(firstLine(r.err), "panic: runtime error: index out of range [3] with length 1");
  r = run("package main\nfunc d(a, b int) int { return a / b }\nfunc main() { println(d(1, 0)) }\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(firstLine(r.err), "panic: runtime error: integer divide by zero");
  r = run("package main\ntype T struct{ x int }\nfunc main() {\n\tvar p *T\n\tprintln(p.x)\n}\n");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(firstLine(r.err), "panic: runtime error: invalid memory address or nil pointer dereference");
}

TEST(JitProgram, DeferRecoverAndNamedResults) {
  const char* src = R"(package main

import "fmt"

func f() (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
			fmt.Println("recovered:", e)
		}
	}()
	defer fmt.Println("deferred 2")
	var m map[string]int
	m["a"] = 1
	return 5
}

func main() {
	fmt.Println(f())
}
)";
  RunResult r = run(src);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "deferred 2\nrecovered: assignment to entry in nil map\n-1\n");
}

TEST(JitProgram, ClosuresInterfacesAndMaps) {
  const char* src = R"(package main

import (
	"fmt"
	"sort"
)

type Shape interface{ Area() int }
type Sq struct{ s int }
type Rect struct{ w, h int }

func (q Sq) Area() int    { return q.s * q.s }
func (r *Rect) Area() int { return r.w * r.h }

func main() {
	shapes := []Shape{Sq{3}, &Rect{2, 5}}
	areas := map[string]int{}
	for _, s := range shapes {
		areas[fmt.Sprintf("%T", s)] += s.Area()
	}
	keys := []string{}
	for k := range areas {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, areas[k])
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return i*10 + j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
)";
  RunResult r = run(src);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "*main.Rect 10\nmain.Sq 9\n30 31 32 \n");
}

TEST(JitProgram, OsExitStatusAndArgs) {
  RunResult r = run("package main\nimport (\"fmt\"; \"os\")\nfunc main() { fmt.Println(len(os.Args), os.Args[0]); os.Exit(7) }\n");
  EXPECT_EQ(r.status, 7);
  EXPECT_EQ(r.out, "1 t.go\n");
}

TEST(JitProgram, GoroutinesAndChannels) {
  const char* src = R"(package main

import "fmt"

func worker(id int, in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * id
	}
}

func main() {
	in := make(chan int)
	out := make(chan int, 10)
	go worker(2, in, out)
	for i := 1; i <= 3; i++ {
		in <- i
	}
	close(in)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-out
	}
	fmt.Println(sum)
}
)";
  RunResult r = run(src);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "12\n");
}

// The first stderr line that is not the cache's own (MGO_CACHE_DEBUG).
std::string firstProgramErrLine(const std::string& err) {
  size_t p = 0;
  while (err.compare(p, 11, "mgo: cache ") == 0) p = err.find('\n', p) + 1;
  return firstLine(err.substr(p));
}

// The C++ API's run path: a second compile+run of the same program links the cached
// object and behaves exactly as the compiled one (stdout, type descriptors, panic line,
// exit status); another -O level or Options::cache=false compiles.
TEST(JitProgram, CachedRunBehavesAsCompiled) {
  const char* src = R"(package main

import "fmt"

type P struct {
	X, Y int
	Tag  string
}

func main() {
	m := map[string]P{"a": {1, 2, "t"}}
	var v interface{} = m["a"]
	fmt.Printf("%v %+v %T\n", m, v, v)
	s := []int{1, 2, 3}
	i := len(m) + 4
	fmt.Println(s[i])
}
)";
  setenv("MGO_CACHE_DEBUG", "1", 1);
  RunResult first = run(src, 0);
  RunResult second = run(src, 0);
  RunResult other = run(src, 2);
  RunResult nocache = run(src, 0, false);
  unsetenv("MGO_CACHE_DEBUG");
  EXPECT_NE(first.err.find("mgo: cache miss "), std::string::npos) << first.err;
  EXPECT_NE(first.err.find("mgo: cache stored "), std::string::npos) << first.err;
  EXPECT_NE(second.err.find("mgo: cache hit "), std::string::npos) << second.err;
  EXPECT_NE(other.err.find("mgo: cache miss "), std::string::npos) << other.err;
  EXPECT_EQ(nocache.err.find("mgo: cache "), std::string::npos) << nocache.err;
  EXPECT_EQ(first.out, "map[a:{1 2 t}] {X:1 Y:2 Tag:t} main.P\n");
  EXPECT_EQ(first.status, 2);
  EXPECT_EQ(firstProgramErrLine(first.err), "panic: runtime error: index out of range [5] with length 3");
  for (const RunResult* r : {&second, &other, &nocache}) {
    EXPECT_EQ(r->out, first.out);
    EXPECT_EQ(r->status, first.status);
    EXPECT_EQ(firstProgramErrLine(r->err), firstProgramErrLine(first.err));
  }
  // A Program found in the cache still prints its IR (compiled on demand).
  auto prog = compile(src);
  ASSERT_NE(prog, nullptr);
  EXPECT_NE(prog->ir().find("define"), std::string::npos);
}

}  // namespace
