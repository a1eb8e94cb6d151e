// os.cc — the system calls behind stdlib/go/os.go and syscall.go. Each returns Go data
// plus an errno (0 on success); os.go turns errnos into *PathError values as Go does.
// Memory handed to Go (file contents, strings, os.Args) comes from mgo_rt_mallocgc.
//
// Calls that can block the thread (read/write on a pipe or terminal, open of a FIFO,
// whole-file reads) run between entersyscall and exitsyscall (runtime/proc.h), so sysmon
// hands the P to another M while they wait (blocking() and thread_errno(),
// stdlib/syscall_blocking.h).
#include <cerrno>
#include <dirent.h>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "runtime/fatal.h"
#include "runtime/proc.h"
#include "runtime/rt.h"
#include "stdlib/symbols.h"
#include "stdlib/syscall_blocking.h"

namespace mgo::std {
namespace {
::std::vector<::std::string>& saved_args() {
  static ::std::vector<::std::string> args;
  return args;
}
}  // namespace

void set_args(int argc, const char* const* argv) {
  saved_args().assign(argv, argv + argc);
}

}  // namespace mgo::std

namespace {
using mgo::std::blocking;
using mgo::std::thread_errno;

::std::string cstr(const uint8_t* p, int64_t n) { return ::std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n)); }

String go_string(G* g, const char* p, size_t n) {
  if (n == 0) return String{nullptr, 0};
  auto* d = static_cast<uint8_t*>(mgo_rt_mallocgc(g, n, nullptr));
  memcpy(d, p, n);
  return String{d, static_cast<int64_t>(n)};
}

struct IntInt { int64_t a, b; };
struct SliceInt { Slice s; int64_t e; };
struct StringBool { String s; bool ok; };
struct StringInt { String s; int64_t e; };
struct StatOut { int64_t size; uint32_t mode; int64_t e; };

}  // namespace

extern "C" {

void mgo_os_runtime_args(G* g, Slice* out) {
  const auto& args = mgo::std::saved_args();
  out->len = out->cap = static_cast<int64_t>(args.size());
  if (args.empty()) {
    out->ptr = nullptr;
    return;
  }
  auto* arr = static_cast<String*>(mgo_rt_mallocgc(g, sizeof(String) * args.size(), nullptr));
  for (size_t i = 0; i < args.size(); i++) arr[i] = go_string(g, args[i].data(), args[i].size());
  out->ptr = arr;
}

void mgo_os_sysRead(G* g, IntInt* out, int64_t fd, uint8_t* p, int64_t len, int64_t cap) {
  int e;
  ssize_t n = blocking(g, &e, [&] { return ::read(static_cast<int>(fd), p, static_cast<size_t>(len)); });
  if (n < 0) *out = {0, e};
  else *out = {n, 0};
}

void mgo_os_sysWrite(G* g, IntInt* out, int64_t fd, const uint8_t* p, int64_t len, int64_t cap) {
  int e;
  int64_t done = mgo::std::write_all(g, static_cast<int>(fd),
                           ::std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(len)), &e);
  *out = {done, e};
}

void mgo_os_sysOpen(G* g, IntInt* out, const uint8_t* name, int64_t nlen, int64_t flag, uint32_t perm) {
  ::std::string path = cstr(name, nlen);
  int e;
  int fd = blocking(g, &e, [&] { return ::open(path.c_str(), static_cast<int>(flag) | O_CLOEXEC, perm); });
  if (fd < 0) *out = {-1, e};
  else *out = {fd, 0};
}

int64_t mgo_os_sysClose(G* g, int64_t fd) { return ::close(static_cast<int>(fd)) < 0 ? thread_errno() : 0; }

void mgo_os_sysSeek(G* g, IntInt* out, int64_t fd, int64_t offset, int64_t whence) {
  off_t r = ::lseek(static_cast<int>(fd), offset, static_cast<int>(whence));
  if (r < 0) *out = {0, thread_errno()};
  else *out = {r, 0};
}

void mgo_os_readFile(G* g, SliceInt* out, const uint8_t* name, int64_t nlen) {
  ::std::string path = cstr(name, nlen);
  *out = SliceInt{{nullptr, 0, 0}, 0};
  int e;
  int fd = blocking(g, &e, [&] { return ::open(path.c_str(), O_RDONLY | O_CLOEXEC); });
  if (fd < 0) {
    out->e = e;
    return;
  }
  ::std::string data;
  char buf[65536];
  for (;;) {
    ssize_t n = blocking(g, &e, [&] { return ::read(fd, buf, sizeof buf); });
    if (n < 0) {
      out->e = -e;
      ::close(fd);
      return;
    }
    if (n == 0) break;
    data.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  // Go returns a non-nil empty slice for an empty file.
  auto* p = static_cast<uint8_t*>(mgo_rt_mallocgc(g, data.size() ? data.size() : 1, nullptr));
  memcpy(p, data.data(), data.size());
  out->s = Slice{p, static_cast<int64_t>(data.size()), static_cast<int64_t>(data.size())};
}

void mgo_os_lookupEnv(G* g, StringBool* out, const uint8_t* key, int64_t klen) {
  ::std::string k = cstr(key, klen);
  const char* v = ::getenv(k.c_str());
  if (!v) *out = {{nullptr, 0}, false};
  else *out = {go_string(g, v, strlen(v)), true};
}

int64_t mgo_os_setenv(G* g, const uint8_t* k, int64_t klen, const uint8_t* v, int64_t vlen) {
  ::std::string key = cstr(k, klen), val = cstr(v, vlen);
  if (key.empty() || key.find('=') != ::std::string::npos) return EINVAL;
  return ::setenv(key.c_str(), val.c_str(), 1) < 0 ? thread_errno() : 0;
}

int64_t mgo_os_unsetenv(G* g, const uint8_t* k, int64_t klen) {
  ::std::string key = cstr(k, klen);
  return ::unsetenv(key.c_str()) < 0 ? thread_errno() : 0;
}

void mgo_os_getwd(G* g, StringInt* out) {
  char buf[4096];
  if (!::getcwd(buf, sizeof buf)) *out = {{nullptr, 0}, thread_errno()};
  else *out = {go_string(g, buf, strlen(buf)), 0};
}

int64_t mgo_os_sysMkdir(G* g, const uint8_t* n, int64_t nlen, uint32_t perm) {
  ::std::string path = cstr(n, nlen);
  return ::mkdir(path.c_str(), perm) < 0 ? thread_errno() : 0;
}

int64_t mgo_os_sysRemove(G* g, const uint8_t* n, int64_t nlen) {
  // As Go: try unlink, then rmdir; report unlink's error unless it said "is a directory".
  ::std::string path = cstr(n, nlen);
  if (::unlink(path.c_str()) == 0) return 0;
  int e1 = thread_errno();
  if (::rmdir(path.c_str()) == 0) return 0;
  int e2 = thread_errno();
  return e2 != ENOTDIR ? e2 : e1;
}

int64_t mgo_os_sysRename(G* g, const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen) {
  ::std::string from = cstr(a, alen), to = cstr(b, blen);
  return ::rename(from.c_str(), to.c_str()) < 0 ? thread_errno() : 0;
}

// func sysPathOp(op int, a, b string, arg int64) int: chmod(a, arg), truncate(a, arg),
// symlink(a, b), link(a, b) by op 1..4; the errno or 0.
int64_t mgo_os_sysPathOp(G* g, int64_t op, const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen,
                         int64_t arg) {
  ::std::string x = cstr(a, alen), y = cstr(b, blen);
  int e = 0;
  int r = blocking(g, &e, [&] {
    switch (op) {
      case 1: return ::chmod(x.c_str(), static_cast<mode_t>(arg));
      case 2: return ::truncate(x.c_str(), arg);
      case 3: return ::symlink(x.c_str(), y.c_str());
      case 4: return ::link(x.c_str(), y.c_str());
    }
    mgo::rt::throw_("os: bad sysPathOp");
  });
  return r < 0 ? e : 0;
}

// func sysFdOp(op int, fd int, arg int64) int: fsync(fd), ftruncate(fd, arg),
// fchmod(fd, arg) by op 1..3; the errno or 0.
int64_t mgo_os_sysFdOp(G* g, int64_t op, int64_t fd, int64_t arg) {
  int e = 0;
  int r = blocking(g, &e, [&] {
    switch (op) {
      case 1: return ::fsync(static_cast<int>(fd));
      case 2: return ::ftruncate(static_cast<int>(fd), arg);
      case 3: return ::fchmod(static_cast<int>(fd), static_cast<mode_t>(arg));
    }
    mgo::rt::throw_("os: bad sysFdOp");
  });
  return r < 0 ? e : 0;
}

// func sysPread(fd int, b []byte, off int64) (n int, errno int)
void mgo_os_sysPread(G* g, IntInt* out, int64_t fd, uint8_t* p, int64_t len, int64_t cap, int64_t off) {
  int e;
  ssize_t n = blocking(g, &e, [&] { return ::pread(static_cast<int>(fd), p, static_cast<size_t>(len), off); });
  if (n < 0) *out = {0, e};
  else *out = {n, 0};
}

// func sysPwrite(fd int, b []byte, off int64) (n int, errno int)
void mgo_os_sysPwrite(G* g, IntInt* out, int64_t fd, const uint8_t* p, int64_t len, int64_t cap, int64_t off) {
  int e;
  ssize_t n = blocking(g, &e, [&] { return ::pwrite(static_cast<int>(fd), p, static_cast<size_t>(len), off); });
  if (n < 0) *out = {0, e};
  else *out = {n, 0};
}

// func sysReadlink(name string) (target string, errno int)
void mgo_os_sysReadlink(G* g, StringInt* out, const uint8_t* n, int64_t nlen) {
  ::std::string path = cstr(n, nlen);
  ::std::string buf(128, '\0');
  for (;;) {
    ssize_t r = ::readlink(path.c_str(), buf.data(), buf.size());
    if (r < 0) {
      *out = {{nullptr, 0}, thread_errno()};
      return;
    }
    if (static_cast<size_t>(r) < buf.size()) {
      *out = {go_string(g, buf.data(), static_cast<size_t>(r)), 0};
      return;
    }
    buf.resize(buf.size() * 2);
  }
}

void mgo_os_sysStat(G* g, StatOut* out, const uint8_t* n, int64_t nlen) {
  ::std::string path = cstr(n, nlen);
  struct stat st;
  if (::stat(path.c_str(), &st) < 0) *out = {0, 0, thread_errno()};
  else *out = {st.st_size, st.st_mode, 0};
}

// func statFile(name string, follow bool) (size int64, mode uint32, sec int64, nsec int64, errno int)
struct StatFileOut { int64_t size; uint32_t mode; int64_t sec, nsec, e; };
void mgo_os_statFile(G* g, StatFileOut* out, const uint8_t* n, int64_t nlen, bool follow) {
  ::std::string path = cstr(n, nlen);
  struct stat st;
  int r = follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
  if (r < 0) *out = {0, 0, 0, 0, thread_errno()};
  else *out = {st.st_size, st.st_mode, st.st_mtim.tv_sec, st.st_mtim.tv_nsec, 0};
}

// func readDirNames(name string) (names []string, errno int)
void mgo_os_readDirNames(G* g, SliceInt* out, const uint8_t* n, int64_t nlen) {
  ::std::string path = cstr(n, nlen);
  *out = SliceInt{{nullptr, 0, 0}, 0};
  DIR* d = ::opendir(path.c_str());
  if (!d) {
    out->e = thread_errno();
    return;
  }
  ::std::vector<::std::string> names;
  while (dirent* ent = ::readdir(d)) {
    ::std::string nm = ent->d_name;
    if (nm != "." && nm != "..") names.push_back(nm);
  }
  ::closedir(d);
  if (names.empty()) return;
  auto* arr = static_cast<String*>(mgo_rt_mallocgc(g, sizeof(String) * names.size(), nullptr));
  for (size_t i = 0; i < names.size(); i++) arr[i] = go_string(g, names[i].data(), names[i].size());
  out->s = Slice{arr, static_cast<int64_t>(names.size()), static_cast<int64_t>(names.size())};
}

void mgo_os_hostname(G* g, StringInt* out) {
  char buf[256];
  if (::gethostname(buf, sizeof buf) < 0) *out = {{nullptr, 0}, thread_errno()};
  else *out = {go_string(g, buf, strlen(buf)), 0};
}

void mgo_os_environ(G* g, Slice* out) {
  size_t n = 0;
  while (environ[n]) n++;
  *out = Slice{nullptr, 0, 0};
  if (n == 0) return;
  auto* arr = static_cast<String*>(mgo_rt_mallocgc(g, sizeof(String) * n, nullptr));
  for (size_t i = 0; i < n; i++) arr[i] = go_string(g, environ[i], strlen(environ[i]));
  *out = Slice{arr, static_cast<int64_t>(n), static_cast<int64_t>(n)};
}

int64_t mgo_os_chdir(G* g, const uint8_t* n, int64_t nlen) {
  ::std::string path = cstr(n, nlen);
  return ::chdir(path.c_str()) < 0 ? thread_errno() : 0;
}

void mgo_os_Exit(G* g, int64_t code) { mgo::rt::exit(static_cast<int>(code)); }

int64_t mgo_os_Getpid(G* g) { return ::getpid(); }
int64_t mgo_os_Getppid(G* g) { return ::getppid(); }
int64_t mgo_os_Getuid(G* g) { return ::getuid(); }
int64_t mgo_os_Geteuid(G* g) { return ::geteuid(); }
int64_t mgo_os_Getgid(G* g) { return ::getgid(); }
int64_t mgo_os_Getegid(G* g) { return ::getegid(); }
int64_t mgo_os_Getpagesize(G* g) { return ::sysconf(_SC_PAGESIZE); }

// syscall.Errno's text: Go's wording is strerror's with a lower-case first letter.
String mgo_syscall_errstr(G* g, int64_t e) {
  char buf[128];
  const char* s = strerror_r(static_cast<int>(e), buf, sizeof buf);
  ::std::string text = s;
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z'))
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return go_string(g, text.data(), text.size());
}

}  // extern "C"

namespace mgo::std {

const ExternSymbol* os_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_os_runtime_args), MGO_SYM(mgo_os_sysRead),   MGO_SYM(mgo_os_sysWrite),
      MGO_SYM(mgo_os_sysOpen),      MGO_SYM(mgo_os_sysClose),  MGO_SYM(mgo_os_sysSeek),
      MGO_SYM(mgo_os_readFile),     MGO_SYM(mgo_os_lookupEnv), MGO_SYM(mgo_os_setenv),
      MGO_SYM(mgo_os_unsetenv),     MGO_SYM(mgo_os_getwd),     MGO_SYM(mgo_os_sysMkdir),
      MGO_SYM(mgo_os_sysRemove),    MGO_SYM(mgo_os_sysRename), MGO_SYM(mgo_os_sysStat),
      MGO_SYM(mgo_os_sysPathOp),    MGO_SYM(mgo_os_sysFdOp),   MGO_SYM(mgo_os_sysPread),
      MGO_SYM(mgo_os_sysPwrite),    MGO_SYM(mgo_os_sysReadlink),
      MGO_SYM(mgo_os_Exit),         MGO_SYM(mgo_os_Getpid),    MGO_SYM(mgo_os_Getppid),
      MGO_SYM(mgo_os_Getuid),       MGO_SYM(mgo_os_Geteuid),   MGO_SYM(mgo_os_Getgid),
      MGO_SYM(mgo_os_Getegid),      MGO_SYM(mgo_os_Getpagesize),    MGO_SYM(mgo_syscall_errstr),
      MGO_SYM(mgo_os_statFile),     MGO_SYM(mgo_os_readDirNames), MGO_SYM(mgo_os_hostname),
      MGO_SYM(mgo_os_environ),      MGO_SYM(mgo_os_chdir),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
