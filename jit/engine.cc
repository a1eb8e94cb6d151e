// engine.cc — LLVM set-up, optimisation pipelines, IR/asm printing and the ORC LLJIT.
//
// What it does:
//   1. initLLVM() initialises the native target once.
//   2. optimizeModule() verifies the module (a failure is a codegen bug: throw) and runs
//      LLVM's default module pipeline for -O0/-O1/-O2 (PassBuilder, new pass manager).
//   3. Engine wraps one LLJIT: the host's TargetMachine at the matching codegen level,
//      runtime and stdlib entry points registered as absoluteSymbols in the main
//      JITDylib (addHostSymbols, runtime_symbols.cc), and the process's own symbols (libc:
//      memcpy, _setjmp, ...) through LLJIT's default process-symbols JITDylib.
//   4. lookup() materialises the module (JITLink) and returns a code address.
//   5. With an llvm::ObjectCache (objcache.h), the compiler is LLJIT's usual one for its
//      (PIC, small code model) target machine, given the cache: the object it produces is
//      stored, and addObject() links such an object on a later run without any IR.
// Rejected: DynamicLibrarySearchGenerator for our own runtime symbols: it needs the
// executable linked with -rdynamic (DESIGN.md measured facts); absoluteSymbols is
// explicit and keeps the list of entry points visible in one file.
#include "jit/engine.h"

#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/ExecutionEngine/Orc/CompileUtils.h"
#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Verifier.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Transforms/IPO/GlobalDCE.h"
#include "llvm/TargetParser/Host.h"
#include "runtime/fatal.h"

namespace mgo::jit {

void initLLVM() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
  });
}

static llvm::CodeGenOptLevel cgLevel(int level) {
  switch (level) {
    case 0: return llvm::CodeGenOptLevel::None;
    case 1: return llvm::CodeGenOptLevel::Less;
    default: return llvm::CodeGenOptLevel::Default;
  }
}

static std::unique_ptr<llvm::TargetMachine> hostTargetMachine(int level, std::string* err) {
  initLLVM();
  auto jtmb = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!jtmb) {
    *err = llvm::toString(jtmb.takeError());
    return nullptr;
  }
  jtmb->setCodeGenOptLevel(cgLevel(level));
  auto tm = jtmb->createTargetMachine();
  if (!tm) {
    *err = llvm::toString(tm.takeError());
    return nullptr;
  }
  return std::move(*tm);
}

void configureModule(llvm::Module& m) {
  static std::unique_ptr<llvm::TargetMachine> tm;
  static std::once_flag once;
  std::call_once(once, [] {
    std::string err;
    tm = hostTargetMachine(2, &err);
    if (!tm) rt::throw_("jit: no host target machine: " + err);
  });
  m.setTargetTriple(tm->getTargetTriple().str());
  m.setDataLayout(tm->createDataLayout());
}

void optimizeModule(llvm::Module& m, int level) {
  std::string verr;
  llvm::raw_string_ostream vos(verr);
  if (llvm::verifyModule(m, &vos)) {
    vos.flush();
    if (std::getenv("MGO_DUMP_BAD_IR")) m.print(llvm::errs(), nullptr);
    rt::throw_("jit: invalid IR generated (codegen bug): " + verr);
  }
  std::string err;
  auto tm = hostTargetMachine(level, &err);
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(tm.get());
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  // Go has no tail calls: unbounded recursion must reach the stack limit and report it,
  // not spin forever in a loop that tail-recursion elimination made of it. TRE and the
  // backend's sibling calls both honour this attribute.
  for (llvm::Function& f : m)
    if (!f.isDeclaration()) f.addFnAttr("disable-tail-calls", "true");
  llvm::ModulePassManager mpm;
  // Drop what nothing reaches before optimising it (lowering is already on demand; this
  // catches functions only referenced from dead code).
  mpm.addPass(llvm::GlobalDCEPass());
  if (level <= 0)
    mpm.addPass(pb.buildO0DefaultPipeline(llvm::OptimizationLevel::O0));
  else
    mpm.addPass(pb.buildPerModuleDefaultPipeline(level == 1 ? llvm::OptimizationLevel::O1
                                                            : llvm::OptimizationLevel::O2));
  mpm.run(m, mam);
}

std::string printIR(const llvm::Module& m) {
  std::string s;
  llvm::raw_string_ostream os(s);
  m.print(os, nullptr);
  os.flush();
  return s;
}

std::string printAsm(llvm::Module& m, int level, std::string* err) {
  auto tm = hostTargetMachine(level, err);
  if (!tm) return "";
  llvm::SmallString<4096> buf;
  llvm::raw_svector_ostream os(buf);
  llvm::legacy::PassManager pm;
  if (tm->addPassesToEmitFile(pm, os, nullptr, llvm::CodeGenFileType::AssemblyFile)) {
    *err = "target cannot emit assembly";
    return "";
  }
  pm.run(m);
  return std::string(buf.str());
}

std::unique_ptr<Engine> Engine::create(int level, std::string* err, llvm::ObjectCache* cache) {
  initLLVM();
  auto jtmb = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!jtmb) {
    *err = llvm::toString(jtmb.takeError());
    return nullptr;
  }
  jtmb->setCodeGenOptLevel(cgLevel(level));
  llvm::orc::LLJITBuilder builder;
  builder.setJITTargetMachineBuilder(std::move(*jtmb));
  if (cache != nullptr)
    builder.setCompileFunctionCreator(
        [cache](llvm::orc::JITTargetMachineBuilder jtmb)
            -> llvm::Expected<std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler>> {
          auto tm = jtmb.createTargetMachine();
          if (!tm) return tm.takeError();
          return std::make_unique<llvm::orc::TMOwningSimpleCompiler>(std::move(*tm), cache);
        });
  auto jit = builder.create();
  if (!jit) {
    *err = llvm::toString(jit.takeError());
    return nullptr;
  }
  auto e = std::unique_ptr<Engine>(new Engine);
  e->jit_ = std::move(*jit);
  llvm::orc::MangleAndInterner mangle(e->jit_->getExecutionSession(), e->jit_->getDataLayout());
  llvm::orc::SymbolMap syms;
  addHostSymbols(syms, mangle);
  if (auto e2 = e->jit_->getMainJITDylib().define(llvm::orc::absoluteSymbols(std::move(syms)))) {
    *err = llvm::toString(std::move(e2));
    return nullptr;
  }
  return e;
}

bool Engine::add(std::unique_ptr<llvm::Module> m, std::unique_ptr<llvm::LLVMContext> ctx,
                 std::string* err) {
  m->setDataLayout(jit_->getDataLayout());
  if (auto e = jit_->addIRModule(llvm::orc::ThreadSafeModule(std::move(m), std::move(ctx)))) {
    *err = llvm::toString(std::move(e));
    return false;
  }
  return true;
}

bool Engine::addObject(std::unique_ptr<llvm::MemoryBuffer> obj, std::string* err) {
  if (auto e = jit_->addObjectFile(std::move(obj))) {
    *err = llvm::toString(std::move(e));
    return false;
  }
  return true;
}

void* Engine::lookup(const std::string& name, std::string* err) {
  auto sym = jit_->lookup(name);
  if (!sym) {
    *err = llvm::toString(sym.takeError());
    return nullptr;
  }
  return sym->toPtr<void*>();
}

}  // namespace mgo::jit
