// mgo.h — the one public C++ interface of mgo: compile a Go (subset) program held in a
// file or a string, look at its diagnostics, its LLVM IR or its native assembly, and run
// its main.main with arguments.
//
// Meant for tools that embed the JIT (the `mgo` command is one: tools/mgo_main.cc). No
// LLVM or frontend header leaks through here; everything is plain C++20.
//
//   mgo::Options opt;                   // -O level, stack checks
//   ::std::vector<mgo::Diagnostic> diags;
//   auto prog = mgo::Program::compileFile("x.go", opt, &diags);
//   if (!prog) { for (auto& d : diags) ::std::cerr << d.str() << "\n"; return 1; }
//   int status = prog->run({"x.go", "arg1"});   // os.Args; status as `go build`'s binary
//
// A process can run at most one program (the runtime's scheduler is process-global and
// exits the process on os.Exit, unrecovered panics and fatal errors), but it can compile
// any number and print their IR or assembly.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace mgo {

// Version string of mgo ("mgo 0.1 (LLVM 19.1.x)").
::std::string version();

struct Options {
  // LLVM optimisation level: 0, 1 or 2. 0 is the default: it gives the shortest
  // time-to-finish for scripts (see tools/mgo_main.cc for the measurement).
  int opt_level = 0;
  // Emit the stack-guard check in function prologues (DESIGN.md "Stack guard").
  bool stack_checks = true;
  // Report every compile error instead of stopping after 10 (`go tool compile -e`).
  bool all_errors = false;
  // Use the compiled-code cache (docs/CACHE.md; $MGO_CACHE, MGO_CACHE=off disables):
  // compile* first looks the program up by its name, text, this mgo build, the options
  // and the host CPU; on a hit nothing is compiled and run() links the cached object; on
  // a miss run() stores the object it compiles. ir() and assembly() of a Program found in
  // the cache compile it then (they never read cached code).
  bool cache = true;
  // Tier-up through the cache (docs/CACHE.md "Tier-up"), with the cache on and
  // opt_level 0 only: a run() that used more than half a second of CPU marks the program
  // in the cache, and later run()s of it use -O1 (compiled once, then cached). ir() and
  // assembly() keep opt_level. Set false to keep -O0 (the mgo command does when -O is
  // given).
  bool tier_up = true;
};

// One compile error, as Go's compiler prints it: `file:line:col: message`.
struct Diagnostic {
  ::std::string file;
  int line = 0;  // 1-based; 0 when the error has no position
  int col = 0;
  ::std::string message;
  ::std::string str() const;  // "file:line:col: message"
};

class Program {
 public:
  // Parses, type-checks and lowers a program. On failure returns nullptr and appends the
  // errors to *diags (sorted by position, at most 10 plus "too many errors" as Go does).
  static ::std::unique_ptr<Program> compileFile(const ::std::string& path, const Options& opt,
                                              ::std::vector<Diagnostic>* diags);
  // As compileFile, for source held in memory; `name` is used in positions and os.Args[0].
  static ::std::unique_ptr<Program> compileSource(const ::std::string& name,
                                                const ::std::string& source,
                                                const Options& opt,
                                                ::std::vector<Diagnostic>* diags);
  ~Program();
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;

  // The optimised LLVM IR of the program (textual).
  ::std::string ir() const;
  // Native assembly (AT&T syntax) for the host CPU, after optimisation.
  ::std::string assembly() const;
  // JIT-compiles the program and runs package initialisation then main.main with
  // os.Args = args (args[0] should be the script path). Returns the exit status a
  // `go build` binary would give: 0, os.Exit's code, 2 after a panic or fatal error.
  // On a JIT link error prints it to stderr and returns 1.
  int run(const ::std::vector<::std::string>& args);

  struct Impl;

 private:
  explicit Program(::std::unique_ptr<Impl> impl);
  ::std::unique_ptr<Impl> impl_;
};

}  // namespace mgo
