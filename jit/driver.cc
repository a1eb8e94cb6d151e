// driver.cc — the public API (include/mgo/mgo.h): source -> frontend -> Codegen -> LLVM
// module -> optimised -> JIT -> mgo_rt_main.
//
// Steps of Program::compile*:
//   1. mgo::fe::checkProgram parses and checks the main file and, through the loader, the Go
//      halves of the stdlib packages it imports (mgo::stdlib_source("unicode_utf8.go")).
//   2. Codegen lowers every package into one module; an unsupported construct is an
//      Unsupported exception turned into a positioned diagnostic.
//   3. The module is optimised at the requested level once; ir()/assembly() print it,
//      run() hands it to an Engine (the LLVMContext moves with it).
// With Options::cache, step 0 looks the program up in the compiled-code cache
// (objcache.h): when its entry exists steps 1-3 are skipped (ir()/assembly() do them on
// demand) and run() reads the entry and links the object (an entry found corrupt then is
// removed and the program compiled after all); on a miss run()'s Engine stores the
// object it compiles once it linked.
// Tier-up (docs/CACHE.md): with Options::tier_up at -O0, run() of a program whose -O0
// entry carries the cache's hot mark looks up (or compiles and stores) its -O1 entry
// instead; any other -O0 run is watched, and marks its entry hot when it used over
// kTierUpCpuNs of CPU. ir()/assembly() keep the level asked for.
// The one host-side effect of codegen, stack_set_first_segment (emitPrologue), is
// repeated by run() for a cached object, from the same setting (stack checks, in the key).
#include <atomic>
#include <cstdio>
#include <ctime>
#include <memory>
#include <mutex>

#include "frontend/package.h"
#include "include/mgo/mgo.h"
#include "jit/codegen.h"
#include "jit/codegen_poll.h"
#include "jit/engine.h"
#include "jit/objcache.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "runtime/fatal.h"
#include "runtime/rt.h"
#include "runtime/stack.h"
#include "stdlib/symbols.h"

namespace mgo {
const char* stdlib_source(const char* name);  // generated: stdlib_embed.cc
}

// Note: this file includes stdlib/symbols.h, which declares namespace mgo::std; inside
// `namespace mgo` the name std would mean mgo::std, so the definitions below are written
// at global scope with qualified names.
using mgo::Diagnostic;
using mgo::Options;
using mgo::Program;

std::string mgo::version() { return ::std::string("mgo 0.1 (LLVM ") + LLVM_VERSION_STRING + ")"; }

std::string mgo::Diagnostic::str() const {
  if (line == 0) return file.empty() ? message : file + ": " + message;
  return file + ":" + ::std::to_string(line) + ":" + ::std::to_string(col) + ": " + message;
}

struct mgo::Program::Impl {
  Options opt;
  ::std::string name;
  ::std::unique_ptr<mgo::fe::Program> prog;
  ::std::unique_ptr<llvm::LLVMContext> ctx;
  ::std::unique_ptr<llvm::Module> mod;
  ::std::string source;
  bool stackChecks = true;
  ::std::unique_ptr<mgo::jit::ObjCache> cache;  // null: cache off
  bool tierUp = false;     // cache's entry is marked hot: run() uses -O1 (tier-up)
  bool tierWatch = false;  // an -O0 run that may mark cache's entry hot (tier-up)
  ::std::unique_ptr<llvm::MemoryBuffer> object;  // a cache hit: the compiled program
};

mgo::Program::Program(::std::unique_ptr<Impl> impl) : impl_(::std::move(impl)) {}
mgo::Program::~Program() = default;

static void addDiags(const mgo::fe::Diagnostics& d, ::std::vector<Diagnostic>* out) {
  // As go build: the (at most kMaxErrors) errors sorted by position, then, when reporting
  // stopped there, "pos: too many errors" at the position Diagnostics recorded.
  for (const auto& x : d.sorted())
    out->push_back({d.fileName(x.pos.file), static_cast<int>(x.pos.line), static_cast<int>(x.pos.col), x.msg});
  if (d.tooMany()) {
    mgo::fe::Pos p = d.tooManyPos();
    out->push_back({d.fileName(p.file), static_cast<int>(p.line), static_cast<int>(p.col), "too many errors"});
  }
}

// ---- tier-up: the CPU a default-level run used decides its next runs' level ----
namespace {
// A run over this much CPU (after compiling) runs at -O1 next time: -O1 costs a script
// about 15-100 ms more to compile (docs/PERFORMANCE.md) and runs loops 1.5-11x faster.
constexpr int64_t kTierUpCpuNs = 500'000'000;
std::atomic<mgo::jit::ObjCache*> tierWatched{nullptr};  // the running program's -O0 entry
int64_t tierStartCpuNs = 0;                              // process CPU when it started

int64_t processCpuNs() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// At exit (a runtime exit hook, so also after os.Exit, a panic or a fatal error) or when
// mgo_rt_main returns (tests): marks the watched entry hot if the run was long.
// It may run on any thread, from a fatal error or a signal: markHot only opens a file.
void tierCheck() {
  mgo::jit::ObjCache* c = tierWatched.exchange(nullptr);
  if (c != nullptr && processCpuNs() - tierStartCpuNs > kTierUpCpuNs) c->markHot();
}

void tierWatch(mgo::jit::ObjCache* c) {
  static ::std::once_flag once;
  ::std::call_once(once, [] { mgo::rt::add_exit_hook(tierCheck); });
  tierStartCpuNs = processCpuNs();
  tierWatched.store(c);
}
}  // namespace

// The program's cache entry at -O level: the key holds everything that decides its code.
static ::std::unique_ptr<mgo::jit::ObjCache> openCache(const Program::Impl& impl, int level) {
  return mgo::jit::ObjCache::open(
      {impl.name, impl.source, level, impl.stackChecks, mgo::jit::loopPollsEnabled()});
}

std::unique_ptr<Program> mgo::Program::compileFile(const ::std::string& path, const Options& opt,
                                              ::std::vector<Diagnostic>* diags) {
  mgo::fe::SourceFile sf("", "");
  ::std::string err;
  if (!mgo::fe::SourceFile::read(path, &sf, &err)) {
    diags->push_back({path, 0, 0, err});
    return nullptr;
  }
  return compileSource(path, ::std::string(sf.text()), opt, diags);
}

// Steps 1-3 of the header comment: impl.mod on success, else diagnostics.
static bool lower(Program::Impl& impl, ::std::vector<Diagnostic>* diags) {
  const ::std::string& name = impl.name;
  impl.prog = ::std::make_unique<mgo::fe::Program>();
  mgo::fe::Diagnostics d;
  if (impl.opt.all_errors) d.setErrorLimit(0);
  mgo::fe::SourceFile sf(name, impl.source, 0);
  auto loader = [](const ::std::string& path) -> ::std::optional<::std::string> {
    ::std::string file = path;
    for (char& c : file)
      if (c == '/') c = '_';
    const char* text = mgo::stdlib_source((file + ".go").c_str());
    if (!text) return ::std::nullopt;
    return ::std::string(text);
  };
  if (!mgo::fe::checkProgram(*impl.prog, sf, loader, d) || d.hasErrors()) {
    addDiags(d, diags);
    if (diags->empty()) diags->push_back({name, 0, 0, "type checking failed"});
    return false;
  }
  mgo::jit::initLLVM();
  impl.ctx = ::std::make_unique<llvm::LLVMContext>();
  impl.mod = ::std::make_unique<llvm::Module>(name, *impl.ctx);
  mgo::jit::configureModule(*impl.mod);
  try {
    mgo::jit::Codegen cg(*impl.ctx, *impl.mod, impl.stackChecks, impl.opt.opt_level);
    cg.lowerProgram(*impl.prog);
  } catch (const mgo::jit::Unsupported& u) {
    ::std::string file = u.pos.valid() ? d.fileName(u.pos.file) : name;
    diags->push_back({file, static_cast<int>(u.pos.line), static_cast<int>(u.pos.col), u.msg});
    impl.mod.reset();
    return false;
  }
  mgo::jit::optimizeModule(*impl.mod, impl.opt.opt_level);
  // Loop back-edge preemption polls, placed after the optimiser (codegen_poll.cc).
  if (impl.stackChecks) mgo::jit::insertLoopPolls(*impl.mod);
  return true;
}

// For ir()/assembly() of a Program found in the cache: compile it now. It compiled when
// it was stored, with this very build, so a failure here is a compiler bug.
static void ensureModule(Program::Impl& impl) {
  if (impl.mod) return;
  ::std::vector<Diagnostic> diags;
  if (!lower(impl, &diags))
    mgo::rt::throw_("jit: a cached program no longer compiles: " +
                    (diags.empty() ? ::std::string("?") : diags[0].str()));
}

std::unique_ptr<Program> mgo::Program::compileSource(const ::std::string& name, const ::std::string& source,
                                                const Options& opt, ::std::vector<Diagnostic>* diags) {
  auto impl = ::std::make_unique<Impl>();
  impl->opt = opt;
  impl->name = name;
  impl->source = source;
  // GODEBUG=mgostackchecks=0 measures what the prologue check costs (docs/PERFORMANCE.md).
  // Unsafe beyond that: goroutines then run on fixed 48 KiB stacks that never grow.
  impl->stackChecks = opt.stack_checks && !mgo::jit::godebugOff("mgostackchecks");
  if (opt.cache) {
    impl->cache = openCache(*impl, opt.opt_level);
    if (impl->cache && opt.tier_up && opt.opt_level == 0) {
      impl->tierUp = impl->cache->hot();  // an earlier run was long: run() takes -O1
      impl->tierWatch = !impl->tierUp;
      if (impl->tierUp) return ::std::unique_ptr<Program>(new Program(::std::move(impl)));
    }
    // An entry exists only for a program this build compiled: nothing to check or lower
    // now; run() reads it, ir()/assembly() compile (they never print cached code).
    if (impl->cache && impl->cache->exists())
      return ::std::unique_ptr<Program>(new Program(::std::move(impl)));
  }
  if (!lower(*impl, diags)) return nullptr;
  return ::std::unique_ptr<Program>(new Program(::std::move(impl)));
}

std::string mgo::Program::ir() const {
  ensureModule(*impl_);
  return mgo::jit::printIR(*impl_->mod);
}

std::string mgo::Program::assembly() const {
  ensureModule(*impl_);
  auto clone = llvm::CloneModule(*impl_->mod);
  ::std::string err;
  ::std::string s = mgo::jit::printAsm(*clone, impl_->opt.opt_level, &err);
  if (!err.empty()) return "; error: " + err + "\n";
  return s;
}

int mgo::Program::run(const ::std::vector<::std::string>& args) {
  ::std::string err;
  if (impl_->tierUp) {  // the -O1 entry, or compile at -O1 and store it there
    impl_->tierUp = false;
    impl_->opt.opt_level = 1;
    impl_->mod.reset();  // an ir()/assembly() before run() lowered at -O0
    impl_->cache = openCache(*impl_, 1);
  }
  if (!impl_->mod && impl_->cache) impl_->object = impl_->cache->load();
  if (!impl_->mod && !impl_->object) {  // the entry went away or was corrupt: compile now
    ::std::vector<Diagnostic> diags;
    if (!lower(*impl_, &diags)) {
      for (const auto& d : diags) ::std::fprintf(stderr, "%s\n", d.str().c_str());
      return 1;
    }
  }
  // A miss stores what the Engine compiles; a hit has nothing to compile.
  auto engine = mgo::jit::Engine::create(impl_->opt.opt_level, &err,
                                         impl_->object ? nullptr : impl_->cache.get());
  if (!engine) {
    ::std::fprintf(stderr, "mgo: %s\n", err.c_str());
    return 1;
  }
  bool added;
  if (impl_->object) {
    // What codegen's emitPrologue would have set (runtime/stack.h).
    if (impl_->stackChecks) mgo::rt::stack_set_first_segment(mgo::rt::kFirstSegment);
    added = engine->addObject(::std::move(impl_->object), &err);
  } else {
    added = engine->add(::std::move(impl_->mod), ::std::move(impl_->ctx), &err);
  }
  if (!added) {
    ::std::fprintf(stderr, "mgo: %s\n", err.c_str());
    return 1;
  }
  void* init = engine->lookup("mgo.init", &err);
  void* main = init ? engine->lookup("mgo.main", &err) : nullptr;
  if (!init || !main) {
    ::std::fprintf(stderr, "mgo: link error: %s\n", err.c_str());
    return 1;
  }
  if (impl_->cache) impl_->cache->commit();  // compiled and linked: worth keeping
  ::std::vector<const char*> argv;
  for (const auto& a : args) argv.push_back(a.c_str());
  argv.push_back(nullptr);
  ::mgo::std::set_args(static_cast<int>(args.size()), argv.data());
  if (impl_->tierWatch) tierWatch(impl_->cache.get());
  int status = mgo_rt_main(reinterpret_cast<void (*)(G*)>(init), reinterpret_cast<void (*)(G*)>(main),
                           static_cast<int>(args.size()), argv.data());
  tierCheck();  // reached only when the runtime returns instead of exiting (tests)
  return status;
}
