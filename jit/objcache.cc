// objcache.cc — the compiled-code cache (docs/CACHE.md).
//
// What it does: `mgo run` looks a program up here before the frontend runs; on a hit the
// relocatable object the JIT's compiler produced on an earlier run is handed to LLJIT
// (Engine::addObject), skipping parse, check, codegen, the -O pipeline and LLVM's
// machine-code generation. On a miss the program is compiled as usual and the compiler's
// object is stored once it linked (ObjCache is the llvm::ObjectCache of the JIT's
// IRCompileLayer; Program::run commits it after looking up mgo.init and mgo.main).
//
// Key: BLAKE3 of, length-prefixed, (the entry format version; the build identity — the
// GNU build-ids of every object loaded in this process, which must include the one holding
// mgo's compiler, runtime and embedded stdlib, plus LLVM's version; the host triple, CPU
// name and CPU features; the -O level; the effective stack-check and loop-poll settings
// (Options::stack_checks, GODEBUG=mgostackchecks/mgoloopPolls); the file name; the
// source text). Nothing else reaches the code: the stdlib's Go halves are embedded in the
// executable (covered by its build-id), runtime entry points are resolved at link time
// (absoluteSymbols), and every run-time input (os.Args, GODEBUG, GOMAXPROCS) is read by
// the runtime when the program runs. No build-id on mgo's own object: the cache is off.
//
// Entry: DIR/<64 hex of the key>.o = a 64-byte header (magic, key, payload size, XXH3 of
// the payload) then the object. Written to DIR/.tmp-* and renamed, so readers see whole
// entries or none; an entry whose header or checksum does not match (truncated, corrupt,
// a hash collision of names) is removed and treated as a miss.
//
// Bounds: a hit refreshes the entry's mtime when it is over an hour old (as Go's cache);
// at most once an hour (DIR/trim.txt's mtime) a store scans DIR, removes entries unused
// for 5 days and stale temp files, and, when the total is over 256 MiB, removes the least
// recently used entries until it is under 192 MiB.
//
// Trust: entries are code this process runs, so a DIR owned by another user or writable
// by others is not used (the cache is off for that run).
//
// Invariants: no cache failure fails a run (an unwritable DIR, a full disk, a corrupt
// entry: the program is compiled as without the cache); only successful compiles are
// stored (the object exists only once codegen and LLVM succeeded, and is committed only
// once the JIT linked it). One ObjCache per program, used by the thread that compiles
// and starts it; distinct ObjCaches may store concurrently (unique temp names).
#include "jit/objcache.h"

#include <dirent.h>
#include <fcntl.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

#include "llvm/ADT/StringMap.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/xxhash.h"
#include "llvm/TargetParser/Host.h"

namespace mgo::jit {
namespace {

constexpr char kMagic[8] = {'m', 'g', 'o', 'o', 'b', 'j', '1', '\n'};
constexpr time_t kRefreshAge = 3600;         // refresh a hit's mtime when older
constexpr time_t kTrimInterval = 3600;       // scan DIR at most this often
constexpr time_t kUnusedAge = 5 * 24 * 3600; // remove entries unused this long
constexpr uint64_t kMaxBytes = 256ull << 20; // and the oldest while DIR is bigger

struct Header {
  char magic[8];
  uint8_t key[32];
  uint64_t size;  // payload bytes
  uint64_t sum;   // xxh3_64bits of the payload
  uint64_t reserved;
};
static_assert(sizeof(Header) == 64, "the payload starts 16-byte aligned");

bool debugOn() {
  const char* s = std::getenv("MGO_CACHE_DEBUG");
  return s != nullptr && *s != '\0' && std::strcmp(s, "0") != 0;
}

void debug(const char* what, const std::string& path, const char* why = nullptr) {
  if (!debugOn()) return;
  std::fprintf(stderr, "mgo: cache %s %s%s%s\n", what, path.c_str(), why ? ": " : "",
               why ? why : "");
}

// $MGO_CACHE ("off": none), else $XDG_CACHE_HOME/mgo (absolute only, as the XDG spec
// says), else $HOME/.cache/mgo; "" when none applies.
std::string cacheDir() {
  const char* e = std::getenv("MGO_CACHE");
  if (e != nullptr && *e != '\0') return std::strcmp(e, "off") == 0 ? "" : e;
  e = std::getenv("XDG_CACHE_HOME");
  if (e != nullptr && e[0] == '/') return std::string(e) + "/mgo";
  e = std::getenv("HOME");
  if (e != nullptr && *e != '\0') return std::string(e) + "/.cache/mgo";
  return "";
}

// The NT_GNU_BUILD_ID descriptor in a PT_NOTE segment mapped at [p, p+n), or "".
std::string_view findBuildId(uintptr_t p, size_t n, size_t align) {
  auto up = [align](size_t x) { return (x + align - 1) & ~(align - 1); };
  uintptr_t end = p + n;
  while (p + sizeof(ElfW(Nhdr)) <= end) {
    auto* nh = reinterpret_cast<const ElfW(Nhdr)*>(p);
    uintptr_t name = p + sizeof(ElfW(Nhdr));
    uintptr_t desc = name + up(nh->n_namesz);
    uintptr_t next = desc + up(nh->n_descsz);
    if (next > end || next <= p) break;
    if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 &&
        std::memcmp(reinterpret_cast<const char*>(name), "GNU", 4) == 0 && nh->n_descsz > 0)
      return {reinterpret_cast<const char*>(desc), nh->n_descsz};
    p = next;
  }
  return {};
}

void hashField(llvm::BLAKE3& h, std::string_view s) {
  uint64_t n = s.size();
  h.update(llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(&n), sizeof n));
  h.update(llvm::StringRef(s.data(), s.size()));
}

struct IdentityScan {
  uintptr_t anchor;
  llvm::BLAKE3* h;
  bool anchorHasId = false;
};

int scanObject(dl_phdr_info* info, size_t, void* data) {
  auto* c = static_cast<IdentityScan*>(data);
  bool holdsAnchor = false;
  std::string_view id;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    uintptr_t lo = info->dlpi_addr + ph.p_vaddr;
    if (ph.p_type == PT_LOAD && c->anchor >= lo && c->anchor - lo < ph.p_memsz) holdsAnchor = true;
    if (ph.p_type == PT_NOTE && id.empty())
      id = findBuildId(lo, ph.p_memsz, ph.p_align == 8 ? 8 : 4);
  }
  if (!id.empty()) {
    hashField(*c->h, "build-id");
    hashField(*c->h, id);
  } else {
    hashField(*c->h, "name");
    hashField(*c->h, info->dlpi_name ? info->dlpi_name : "");
  }
  if (holdsAnchor) c->anchorHasId = !id.empty();
  return 0;
}

// The identity of the code in this process that decides a program's object; "" when the
// object holding mgo itself has no build-id (then nothing proves an entry is this build's).
const std::string& buildIdentity() {
  static const std::string id = [] {
    llvm::BLAKE3 h;
    hashField(h, LLVM_VERSION_STRING);
    IdentityScan scan{reinterpret_cast<uintptr_t>(&cacheDir), &h};
    dl_iterate_phdr(scanObject, &scan);
    if (!scan.anchorHasId) return std::string();
    auto r = h.final();
    return std::string(reinterpret_cast<const char*>(r.data()), r.size());
  }();
  return id;
}

std::string hex(const uint8_t* p, size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    s += digits[p[i] >> 4];
    s += digits[p[i] & 15];
  }
  return s;
}

bool writeAll(int fd, const void* p, size_t n) {
  auto* c = static_cast<const char*>(p);
  while (n > 0) {
    ssize_t w = ::write(fd, c, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    c += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

bool readAll(int fd, void* p, size_t n, off_t off) {
  auto* c = static_cast<char*>(p);
  while (n > 0) {
    ssize_t r = ::pread(fd, c, n, off);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    c += r;
    n -= static_cast<size_t>(r);
    off += r;
  }
  return true;
}

bool isEntryName(const char* s) {
  size_t n = std::strlen(s);
  if (n != 66 || std::strcmp(s + 64, ".o") != 0) return false;
  for (size_t i = 0; i < 64; ++i)
    if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

}  // namespace

ObjCache::ObjCache(std::string dir, std::array<uint8_t, 32> key)
    : dir_(std::move(dir)), key_(key) {
  path_ = dir_ + "/" + hex(key_.data(), key_.size()) + ".o";
}

std::unique_ptr<ObjCache> ObjCache::open(const CacheKeyInput& in) {
  std::string dir = cacheDir();
  if (dir.empty()) return nullptr;
  const std::string& id = buildIdentity();
  if (id.empty()) {
    debug("off", dir, "no GNU build-id on mgo's executable");
    return nullptr;
  }
  // Entries are code this process will run: a directory others may write to is not used
  // (Go's GOCACHE is private the same way). A missing one is created 0755 by store().
  struct stat st;
  if (stat(dir.c_str(), &st) == 0 &&
      (st.st_uid != geteuid() || (st.st_mode & S_IWOTH) != 0 || !S_ISDIR(st.st_mode))) {
    debug("off", dir, "not a directory owned by this user and closed to others' writes");
    return nullptr;
  }
  llvm::BLAKE3 h;
  hashField(h, std::string_view(kMagic, sizeof kMagic));
  hashField(h, id);
  hashField(h, llvm::sys::getProcessTriple());
  hashField(h, llvm::sys::getHostCPUName());
  std::vector<std::string> feats;
  for (const auto& f : llvm::sys::getHostCPUFeatures())
    feats.push_back((f.second ? "+" : "-") + f.first().str());
  std::sort(feats.begin(), feats.end());
  for (const auto& f : feats) hashField(h, f);
  hashField(h, "O" + std::to_string(in.opt_level));
  hashField(h, in.stack_checks ? "stackchecks=1" : "stackchecks=0");
  hashField(h, in.loop_polls ? "looppolls=1" : "looppolls=0");
  hashField(h, in.name);
  hashField(h, in.source);
  return std::unique_ptr<ObjCache>(new ObjCache(std::move(dir), h.final()));
}

bool ObjCache::exists() const {
  struct stat st;
  if (stat(path_.c_str(), &st) == 0) return true;
  debug("miss", path_);
  return false;
}

std::unique_ptr<llvm::MemoryBuffer> ObjCache::load() {
  int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    debug("miss", path_);
    return nullptr;
  }
  const char* bad = nullptr;
  std::unique_ptr<llvm::WritableMemoryBuffer> buf;
  struct stat st;
  Header hd;
  if (fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(sizeof hd) ||
      !readAll(fd, &hd, sizeof hd, 0)) {
    bad = "short header";
  } else if (std::memcmp(hd.magic, kMagic, sizeof kMagic) != 0 ||
             std::memcmp(hd.key, key_.data(), key_.size()) != 0) {
    bad = "bad header";
  } else if (hd.size != static_cast<uint64_t>(st.st_size) - sizeof hd) {
    bad = "size does not match";
  } else {
    buf = llvm::WritableMemoryBuffer::getNewUninitMemBuffer(hd.size, path_);
    if (!buf || !readAll(fd, buf->getBufferStart(), hd.size, sizeof hd))
      bad = "short object";
    else if (llvm::xxh3_64bits(llvm::ArrayRef<uint8_t>(
                 reinterpret_cast<const uint8_t*>(buf->getBufferStart()), hd.size)) != hd.sum)
      bad = "checksum mismatch";
  }
  if (bad == nullptr && time(nullptr) - st.st_mtime > kRefreshAge)
    futimens(fd, nullptr);  // used now: trim() keeps it (best effort)
  ::close(fd);
  if (bad != nullptr) {
    debug("corrupt", path_, bad);
    ::unlink(path_.c_str());
    return nullptr;
  }
  debug("hit", path_);
  return buf;
}

void ObjCache::store(llvm::MemoryBufferRef obj) {
  if (std::error_code ec = llvm::sys::fs::create_directories(
          dir_, true, llvm::sys::fs::perms(0755))) {
    debug("not stored", path_, ec.message().c_str());
    return;
  }
  static std::atomic<unsigned> counter;
  std::string tmp = dir_ + "/.tmp-" + std::to_string(getpid()) + "-" + std::to_string(++counter);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    debug("not stored", path_, std::strerror(errno));
    return;
  }
  Header hd{};
  std::memcpy(hd.magic, kMagic, sizeof kMagic);
  std::memcpy(hd.key, key_.data(), key_.size());
  hd.size = obj.getBufferSize();
  hd.sum = llvm::xxh3_64bits(llvm::ArrayRef<uint8_t>(
      reinterpret_cast<const uint8_t*>(obj.getBufferStart()), obj.getBufferSize()));
  bool ok = writeAll(fd, &hd, sizeof hd) && writeAll(fd, obj.getBufferStart(), hd.size);
  int err = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    err = errno;
  }
  if (ok && ::rename(tmp.c_str(), path_.c_str()) != 0) {
    ok = false;
    err = errno;
  }
  if (!ok) {
    ::unlink(tmp.c_str());
    debug("not stored", path_, std::strerror(err));
    return;
  }
  debug("stored", path_);
  trim();
}

void ObjCache::trim() {
  std::string marker = dir_ + "/trim.txt";
  time_t now = time(nullptr);
  struct stat st;
  if (stat(marker.c_str(), &st) == 0 && st.st_mtime <= now && now - st.st_mtime < kTrimInterval)
    return;
  int mfd = ::open(marker.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (mfd < 0) return;
  std::string stamp = std::to_string(now) + "\n";
  writeAll(mfd, stamp.data(), stamp.size());
  ::close(mfd);
  DIR* d = opendir(dir_.c_str());
  if (d == nullptr) return;
  struct Entry {
    time_t mtime;
    uint64_t size;
    std::string path;
  };
  std::vector<Entry> live;
  uint64_t total = 0;
  while (dirent* e = readdir(d)) {
    bool entry = isEntryName(e->d_name);
    bool temp = std::strncmp(e->d_name, ".tmp-", 5) == 0;
    if (!entry && !temp) continue;
    std::string p = dir_ + "/" + e->d_name;
    if (lstat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    if (now - st.st_mtime > (temp ? kTrimInterval : kUnusedAge)) {
      ::unlink(p.c_str());
      continue;
    }
    if (entry) {
      live.push_back({st.st_mtime, static_cast<uint64_t>(st.st_size), std::move(p)});
      total += static_cast<uint64_t>(st.st_size);
    }
  }
  closedir(d);
  if (total <= kMaxBytes) return;
  std::sort(live.begin(), live.end(), [](const Entry& a, const Entry& b) { return a.mtime < b.mtime; });
  for (const Entry& e : live) {
    if (total <= kMaxBytes / 4 * 3) break;
    if (e.path == path_) continue;
    ::unlink(e.path.c_str());
    total -= e.size;
  }
}

}  // namespace mgo::jit
