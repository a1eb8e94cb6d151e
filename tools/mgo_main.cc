// mgo_main.cc — the `mgo` command.
//
//   mgo run [-O0|-O1|-O2] [-e] FILE [args...]   compile FILE and run it; os.Args = FILE args...
//   mgo ir  [-O0|-O1|-O2] [-e] FILE             print the optimised LLVM IR
//   mgo asm [-O0|-O1|-O2] [-e] FILE             print the native assembly
// -e reports every compile error instead of stopping after 10 (`go tool compile -e`).
//   mgo version | mgo help
// Exit status: the program's (run), 1 for compile errors (printed file:line:col: msg, as
// Go's compiler), 2 for usage errors.
// Default optimisation level: -O0. Measured (CPU seconds, user+sys, 2-core machine under
// load, 2026-11-27): hello 0.02 / 0.04 / 0.04 at -O0/-O1/-O2; fib 20: 0.04 / 0.18 / 0.20;
// fib 38: 0.24 / 0.33 / 0.37. The JIT's backend time at -O1/-O2 (~0.1 s for fib.go with
// its strconv/os/fmt dependencies) outweighs the faster code until a run takes seconds.
// So `mgo run` without -O tiers up through the compiled-code cache instead: a run that
// used over half a second of CPU marks the program, and its next runs compile at -O1
// once and then load that (docs/CACHE.md "Tier-up"). An explicit -O pins the level.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "include/mgo/mgo.h"

static const char kUsage[] =
    "usage: mgo <command> [arguments]\n"
    "\n"
    "commands:\n"
    "  run [-O0|-O1|-O2] [-e] FILE [args...]  compile and run FILE (os.Args[0] = FILE)\n"
    "  ir  [-O0|-O1|-O2] [-e] FILE            print the LLVM IR of FILE\n"
    "  asm [-O0|-O1|-O2] [-e] FILE            print the native assembly of FILE\n"
    "  version                                print the version\n"
    "  help                                   print this message\n"
    "\n"
    "flags:\n"
    "  -O0, -O1, -O2  LLVM optimisation level (default -O0, quickest to finish a short script;\n"
    "                 run tiers up to -O1 through the cache once a run used 0.5 s of CPU)\n"
    "  -e             report every compile error, not only the first 10\n";
static int usage() {
  std::fputs(kUsage, stderr);
  return 2;
}

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  std::string cmd = argv[1];
  if (cmd == "help" || cmd == "-h" || cmd == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (cmd == "version") {
    std::printf("%s\n", mgo::version().c_str());
    return 0;
  }
  if (cmd != "run" && cmd != "ir" && cmd != "asm") {
    std::fprintf(stderr, "mgo: unknown command \"%s\"\n", cmd.c_str());
    return usage();
  }
  mgo::Options opt;
  opt.tier_up = cmd == "run";  // an explicit -O pins the level; ir and asm never look for a mark
  int i = 2;
  for (; i < argc && argv[i][0] == '-'; ++i) {
    std::string f = argv[i];
    if (f == "-O0" || f == "-O1" || f == "-O2") {
      opt.opt_level = f[2] - '0';
      opt.tier_up = false;
    }
    else if (f == "-e") opt.all_errors = true;
    else if (f == "--") { ++i; break; }
    else {
      std::fprintf(stderr, "mgo: unknown flag %s\n", f.c_str());
      return usage();
    }
  }
  if (i >= argc) {
    std::fprintf(stderr, "mgo %s: no file given\n", cmd.c_str());
    return usage();
  }
  std::string file = argv[i];
  if (access(file.c_str(), R_OK) != 0) {  // a missing file is a usage error, not a compile error
    std::fprintf(stderr, "mgo %s: %s: %s\n", cmd.c_str(), file.c_str(), std::strerror(errno));
    return usage();
  }
  if (cmd != "run" && i + 1 < argc) {
    std::fprintf(stderr, "mgo %s: too many arguments\n", cmd.c_str());
    return usage();
  }
  std::vector<mgo::Diagnostic> diags;
  auto prog = mgo::Program::compileFile(file, opt, &diags);
  if (!prog) {
    for (const auto& d : diags) std::fprintf(stderr, "%s\n", d.str().c_str());
    return 1;
  }
  if (cmd == "ir") {
    std::fputs(prog->ir().c_str(), stdout);
    return 0;
  }
  if (cmd == "asm") {
    std::fputs(prog->assembly().c_str(), stdout);
    return 0;
  }
  std::vector<std::string> args{file};
  for (int j = i + 1; j < argc; ++j) args.push_back(argv[j]);
  std::fflush(stdout);
  return prog->run(args);
}
