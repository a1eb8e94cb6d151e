// engine.h — the ORC LLJIT wrapper: target set-up, the -O pipelines, IR/asm printing,
// and turning a lowered module into callable native code. See engine.cc.
#pragma once

#include <memory>
#include <string>

#include "llvm/ExecutionEngine/ObjectCache.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/IR/Module.h"

namespace mgo::jit {

// Initialises LLVM's native target, asm printer and parser once per process.
void initLLVM();

// Sets the host data layout and triple on a fresh module.
void configureModule(llvm::Module& m);

// Runs the standard LLVM pipeline for level 0, 1 or 2 on m (verifies first; a verifier
// failure is a codegen bug and throws).
void optimizeModule(llvm::Module& m, int level);

// Textual IR.
std::string printIR(const llvm::Module& m);
// Native assembly for the host (clones nothing: emits from m, which must be optimised
// already). Returns "" and sets *err on failure.
std::string printAsm(llvm::Module& m, int level, std::string* err);

// A JIT holding one program. Runtime and stdlib host symbols are registered as absolute
// symbols (runtime_symbols.cc), everything else resolves against the process (libc).
class Engine {
 public:
  // Returns nullptr and sets *err on failure. With a cache, the object the JIT compiles
  // from an added module is also handed to cache->notifyObjectCompiled (objcache.h).
  static std::unique_ptr<Engine> create(int level, std::string* err,
                                        llvm::ObjectCache* cache = nullptr);
  // Takes ownership of the module and its context. Returns false and sets *err.
  bool add(std::unique_ptr<llvm::Module> m, std::unique_ptr<llvm::LLVMContext> ctx,
           std::string* err);
  // Adds a relocatable object compiled earlier by an Engine of the same build and level
  // (the compiled-code cache). Returns false and sets *err.
  bool addObject(std::unique_ptr<llvm::MemoryBuffer> obj, std::string* err);
  // Address of a JIT-compiled function (compiles on first lookup); nullptr + *err.
  void* lookup(const std::string& name, std::string* err);

 private:
  std::unique_ptr<llvm::orc::LLJIT> jit_;
};

// runtime_symbols.cc: adds every runtime (rt.h) and stdlib extern symbol that is linked
// into this process to `map`. Unimplemented entry points are simply absent.
void addHostSymbols(llvm::orc::SymbolMap& map, llvm::orc::MangleAndInterner& mangle);

}  // namespace mgo::jit
