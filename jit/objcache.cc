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
// Tier-up mark: DIR/<64 hex of the key>.hot, an empty file created when a run of the
// program at that key (-O0) used much CPU (jit/driver.cc); its presence makes the next
// runs use the -O1 key. Trusted no more than an entry: only a regular file counts.
//
// Bounds: a hit refreshes the entry's (or mark's) mtime when it is over an hour old (as Go's cache);
// at most once an hour (DIR/trim.txt's mtime) a store scans DIR, removes entries unused
// for 5 days and stale temp files, and, when the total is over 256 MiB, removes the least
// recently used entries until it is under 192 MiB.
//
// Trust: entries are code this process runs. DIR must be an absolute path; it is created
// 0700 and opened once (O_NOFOLLOW: DIR itself is no symlink), and the opened directory
// must be owned by this user and writable by no group or others (fstat on that fd), else
// the cache is off for the run. Every later access is relative to that fd (openat,
// renameat, unlinkat, O_NOFOLLOW, an entry must be a regular file), so renaming DIR's
// parents or planting symlinks in DIR cannot redirect a read or a write elsewhere.
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

// DIR opened for the *at calls, after checking it is trustworthy: owned by this user,
// not writable by group or others, not a symlink. -1 with errno set (ENOENT: missing)
// and *why when not; EACCES for a directory that is not trusted.
int openDir(const std::string& dir, const char** why) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) {
    *why = std::strerror(errno);
    return -1;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid() ||
      (st.st_mode & 022) != 0) {
    ::close(fd);
    *why = "not a directory owned by this user and closed to others' writes";
    errno = EACCES;
    return -1;
  }
  return fd;
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

// <64 hex>.o (an entry) or <64 hex>.hot (a tier-up mark): what trim() ages out.
bool isEntryName(const char* s) {
  size_t n = std::strlen(s);
  if (!(n == 66 && std::strcmp(s + 64, ".o") == 0) && !(n == 68 && std::strcmp(s + 64, ".hot") == 0))
    return false;
  for (size_t i = 0; i < 64; ++i)
    if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

}  // namespace

ObjCache::ObjCache(std::string dir, int dirfd, std::array<uint8_t, 32> key)
    : dir_(std::move(dir)), dirfd_(dirfd), key_(key) {
  std::string h = hex(key_.data(), key_.size());
  name_ = h + ".o";
  path_ = dir_ + "/" + name_;
  hotName_ = h + ".hot";
  hotPath_ = dir_ + "/" + hotName_;
}

ObjCache::~ObjCache() {
  if (dirfd_ >= 0) ::close(dirfd_);
}

std::unique_ptr<ObjCache> ObjCache::open(const CacheKeyInput& in) {
  std::string dir = cacheDir();
  if (dir.empty()) return nullptr;
  const std::string& id = buildIdentity();
  if (id.empty()) {
    debug("off", dir, "no GNU build-id on mgo's executable");
    return nullptr;
  }
  // Entries are code this process will run: only an absolute DIR (as Go's GOCACHE), and
  // only one that no other user may write to. A missing one is created 0700 by store(),
  // which checks it then.
  if (dir[0] != '/') {
    debug("off", dir, "not an absolute path");
    return nullptr;
  }
  const char* why = nullptr;
  int dirfd = openDir(dir, &why);
  if (dirfd < 0 && errno != ENOENT) {
    debug("off", dir, why);
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
  return std::unique_ptr<ObjCache>(new ObjCache(std::move(dir), dirfd, h.final()));
}

bool ObjCache::exists() const {
  struct stat st;
  if (dirfd_ >= 0 && fstatat(dirfd_, name_.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) return true;
  debug("miss", path_);
  return false;
}

std::unique_ptr<llvm::MemoryBuffer> ObjCache::load() {
  // O_NONBLOCK: a FIFO in the way must not block the open (it is then no regular file).
  int fd = dirfd_ < 0 ? -1
                      : ::openat(dirfd_, name_.c_str(),
                                 O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (dirfd_ >= 0 && errno == ELOOP) {  // a symlink: never followed, replaced by the store
      debug("corrupt", path_, "a symbolic link");
      ::unlinkat(dirfd_, name_.c_str(), 0);
      return nullptr;
    }
    debug("miss", path_);
    return nullptr;
  }
  const char* bad = nullptr;
  std::unique_ptr<llvm::WritableMemoryBuffer> buf;
  struct stat st;
  Header hd;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    bad = "not a regular file";
  } else if (st.st_size < static_cast<off_t>(sizeof hd) || !readAll(fd, &hd, sizeof hd, 0)) {
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
    ::unlinkat(dirfd_, name_.c_str(), 0);
    return nullptr;
  }
  debug("hit", path_);
  return buf;
}

bool ObjCache::hot() const {
  struct stat st;
  if (dirfd_ < 0 || fstatat(dirfd_, hotName_.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
      !S_ISREG(st.st_mode))
    return false;
  if (time(nullptr) - st.st_mtime > kRefreshAge)  // in use: trim() keeps it
    utimensat(dirfd_, hotName_.c_str(), nullptr, AT_SYMLINK_NOFOLLOW);
  debug("hot", hotPath_);
  return true;
}

void ObjCache::markHot() {
  // Called from an exit hook (jit/driver.cc), possibly after a fatal error or a signal:
  // no allocation, only openat and close. The directory exists: the program's entry was
  // stored or loaded through it before the run.
  if (dirfd_ < 0) {
    debug("not stored", hotPath_, "no cache directory");
    return;
  }
  // An empty regular file; O_NOFOLLOW: a symlink planted there is not written through.
  int fd = -1;
  for (int attempt = 0; attempt < 2 && fd < 0; ++attempt) {
    fd = ::openat(dirfd_, hotName_.c_str(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC,
                  0600);
    if (fd < 0 && (errno != ELOOP || ::unlinkat(dirfd_, hotName_.c_str(), 0) != 0)) break;
  }
  if (fd < 0) {
    debug("not stored", hotPath_, std::strerror(errno));
    return;
  }
  ::close(fd);
  debug("marked hot", hotPath_);
}

void ObjCache::store(llvm::MemoryBufferRef obj) {
  if (dirfd_ < 0) {  // missing at open(): create it private, then check what is there
    if (std::error_code ec = llvm::sys::fs::create_directories(
            dir_, true, llvm::sys::fs::perms(0700))) {
      debug("not stored", path_, ec.message().c_str());
      return;
    }
    const char* why = nullptr;
    dirfd_ = openDir(dir_, &why);
    if (dirfd_ < 0) {
      debug("not stored", path_, why);
      return;
    }
  }
  static std::atomic<unsigned> counter;
  std::string tmp = ".tmp-" + std::to_string(getpid()) + "-" + std::to_string(++counter);
  int fd = ::openat(dirfd_, tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                    0600);
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
  if (ok && ::renameat(dirfd_, tmp.c_str(), dirfd_, name_.c_str()) != 0) {
    ok = false;
    err = errno;
  }
  if (!ok) {
    ::unlinkat(dirfd_, tmp.c_str(), 0);
    debug("not stored", path_, std::strerror(err));
    return;
  }
  debug("stored", path_);
  trim();
}

namespace {

// Opens DIR/trim.txt for writing without following a symlink (one found there is removed
// and the file created anew); -1 when it is not a regular file or cannot be opened.
int openMarker(int dirfd) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    int fd = ::openat(dirfd, "trim.txt",
                      O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
    if (fd < 0) {
      if (errno != ELOOP || ::unlinkat(dirfd, "trim.txt", 0) != 0) return -1;
      continue;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ftruncate(fd, 0) == 0) return fd;
    ::close(fd);
    return -1;
  }
  return -1;
}

}  // namespace

void ObjCache::trim() {
  time_t now = time(nullptr);
  struct stat st;
  if (fstatat(dirfd_, "trim.txt", &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
      st.st_mtime <= now && now - st.st_mtime < kTrimInterval)
    return;
  int mfd = openMarker(dirfd_);
  if (mfd < 0) return;
  std::string stamp = std::to_string(now) + "\n";
  writeAll(mfd, stamp.data(), stamp.size());
  ::close(mfd);
  // A directory stream of its own (its own offset), of the directory checked at open().
  int sfd = ::openat(dirfd_, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  DIR* d = sfd < 0 ? nullptr : fdopendir(sfd);
  if (d == nullptr) {
    if (sfd >= 0) ::close(sfd);
    return;
  }
  struct Entry {
    time_t mtime;
    uint64_t size;
    std::string name;
  };
  std::vector<Entry> live;
  uint64_t total = 0;
  while (dirent* e = readdir(d)) {
    bool entry = isEntryName(e->d_name);
    bool temp = std::strncmp(e->d_name, ".tmp-", 5) == 0;
    if (!entry && !temp) continue;
    if (fstatat(dirfd_, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
      continue;
    if (now - st.st_mtime > (temp ? kTrimInterval : kUnusedAge)) {
      ::unlinkat(dirfd_, e->d_name, 0);
      continue;
    }
    if (entry) {
      live.push_back({st.st_mtime, static_cast<uint64_t>(st.st_size), e->d_name});
      total += static_cast<uint64_t>(st.st_size);
    }
  }
  closedir(d);
  if (total <= kMaxBytes) return;
  std::sort(live.begin(), live.end(), [](const Entry& a, const Entry& b) { return a.mtime < b.mtime; });
  for (const Entry& e : live) {
    if (total <= kMaxBytes / 4 * 3) break;
    if (e.name == name_) continue;
    ::unlinkat(dirfd_, e.name.c_str(), 0);
    total -= e.size;
  }
}

}  // namespace mgo::jit
