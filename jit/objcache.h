// objcache.h — the compiled-code cache: a program's relocatable object, keyed by
// everything that decides its code, so that a re-run skips the frontend, codegen and LLVM
// (as `go build`'s build cache does for Go). See objcache.cc and docs/CACHE.md.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "llvm/ExecutionEngine/ObjectCache.h"
#include "llvm/Support/MemoryBuffer.h"

namespace mgo::jit {

// What, besides the mgo build itself and the host CPU, decides a program's code.
struct CacheKeyInput {
  std::string_view name;    // the file name (positions and os.Args[0] default)
  std::string_view source;  // the program's text
  int opt_level = 0;
  bool stack_checks = true;  // effective: Options::stack_checks and GODEBUG=mgostackchecks
  bool loop_polls = true;    // effective: GODEBUG=mgoloopPolls
};

// One program's entry. Also an llvm::ObjectCache: given to the JIT's compiler, it keeps
// the object the compiler produces (notifyObjectCompiled), stored by commit() once the
// program linked; getObject always misses, the lookup happens before the frontend runs
// (load()).
class ObjCache final : public llvm::ObjectCache {
 public:
  // nullptr when the cache is off (MGO_CACHE=off), has no absolute location, its
  // directory is not private to this user (or is a symlink, or cannot be opened), or this
  // process has no build identity (no GNU build-id on the object holding mgo's code).
  static std::unique_ptr<ObjCache> open(const CacheKeyInput& in);

  // Whether an entry is there (a stat; its contents are checked by load()). Reports a
  // miss under MGO_CACHE_DEBUG when not.
  bool exists() const;
  // The cached object, or nullptr (a miss; a corrupt entry is removed and is a miss).
  std::unique_ptr<llvm::MemoryBuffer> load();
  // Stores obj under this key (temp file + rename). Never fails the run: errors are
  // reported only under MGO_CACHE_DEBUG.
  void store(llvm::MemoryBufferRef obj);

  // Tier-up (docs/CACHE.md): a mark beside the entry, DIR/<key>.hot, records that a run
  // of this program used much CPU, so that its next runs compile at a higher -O level.
  // hot(): the mark is there (a use refreshes its mtime as load() does an entry's).
  // markHot(): creates it, in an existing DIR only; never fails the run, allocates
  // nothing (it runs in an exit hook).
  bool hot() const;
  void markHot();

  void notifyObjectCompiled(const llvm::Module*, llvm::MemoryBufferRef obj) override {
    pending_ = llvm::MemoryBuffer::getMemBufferCopy(obj.getBuffer(), obj.getBufferIdentifier());
  }
  // Stores the object notifyObjectCompiled kept, if any (call once the JIT linked it).
  void commit() {
    if (pending_) store(pending_->getMemBufferRef());
    pending_.reset();
  }
  std::unique_ptr<llvm::MemoryBuffer> getObject(const llvm::Module*) override { return nullptr; }

  ~ObjCache() override;
  ObjCache(const ObjCache&) = delete;
  ObjCache& operator=(const ObjCache&) = delete;

 private:
  ObjCache(std::string dir, int dirfd, std::array<uint8_t, 32> key);
  void trim();
  std::string dir_;
  // dir_ opened and checked (objcache.cc openDir); every access is relative to it. -1
  // while the directory does not exist: store() creates, opens and checks it.
  int dirfd_;
  std::string name_;  // the entry's file name in dir_
  std::string path_;  // dir_/name_, for messages
  std::string hotName_;  // the tier-up mark's file name in dir_: <key>.hot
  std::string hotPath_;  // dir_/hotName_, for messages
  std::array<uint8_t, 32> key_;
  std::unique_ptr<llvm::MemoryBuffer> pending_;
};

}  // namespace mgo::jit
