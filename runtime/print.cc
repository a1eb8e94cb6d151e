// print.cc — print/println for compiled code and the runtime (Go's print.go formats).
//
// Formats (as Go 1.19): integers in decimal; floats as +d.dddddde+ddd (7 significant
// digits, 3-digit exponent), NaN, +Inf, -Inf; complex as (re im i); pointers and
// interface/slice words in hex (0x...); bool as true/false.
//
// Locking: printlock nests per thread (a print inside a String method called while
// printing a panic). The depth and buffer are thread-local: compiled code calls
// printlock...printunlock for one statement with no preemption point between (the
// arguments are evaluated before printlock), so the goroutine stays on one thread.
// Across threads, output of one statement is one write(2), which the kernel keeps whole.
#include "runtime/print.h"

#include <cstring>

#include "runtime/fatal.h"
#include "runtime/rt.h"

namespace mgo::rt {

namespace {

struct PrintBuf {
  int depth = 0;
  size_t n = 0;
  char buf[512];
};
thread_local PrintBuf pbuf;

void pflush() {
  if (pbuf.n > 0) write_stderr(pbuf.buf, pbuf.n);
  pbuf.n = 0;
}

void gwrite(const char* p, size_t n) {
  if (pbuf.depth == 0) {
    write_stderr(p, n);
    return;
  }
  if (n > sizeof(pbuf.buf) - pbuf.n) {
    pflush();
    if (n > sizeof(pbuf.buf)) {
      write_stderr(p, n);
      return;
    }
  }
  for (size_t i = 0; i < n; i++) pbuf.buf[pbuf.n++] = p[i];
}

}  // namespace

void printlock() { pbuf.depth++; }

void printunlock() {
  if (pbuf.depth <= 0) throw_("printunlock: not locked");
  if (--pbuf.depth == 0) pflush();
}

void printstr(std::string_view s) { gwrite(s.data(), s.size()); }

void printuint(uint64_t v) {
  char buf[24];
  int i = sizeof(buf);
  do {
    buf[--i] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  gwrite(buf + i, sizeof(buf) - i);
}

void printint(int64_t v) {
  if (v < 0) {
    gwrite("-", 1);
    printuint(0 - static_cast<uint64_t>(v));
    return;
  }
  printuint(static_cast<uint64_t>(v));
}

void printhex(uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  char buf[20];
  int i = sizeof(buf);
  do {
    buf[--i] = kDigits[v & 15];
    v >>= 4;
  } while (v != 0);
  buf[--i] = 'x';
  buf[--i] = '0';
  gwrite(buf + i, sizeof(buf) - i);
}

int format_float(char* buf, double v) {
  if (v != v) {
    std::memcpy(buf, "NaN", 3);
    return 3;
  }
  if (v + v == v && v > 0) {
    std::memcpy(buf, "+Inf", 4);
    return 4;
  }
  if (v + v == v && v < 0) {
    std::memcpy(buf, "-Inf", 4);
    return 4;
  }
  constexpr int n = 7;  // digits printed
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {  // normalize to [1, 10)
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;  // round at the last printed digit
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>((e / 10) % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  return n + 7;
}

void printfloat(double v) {
  char buf[16];
  int n = format_float(buf, v);
  gwrite(buf, static_cast<size_t>(n));
}

void printcomplex(double re, double im) {
  printstr("(");
  printfloat(re);
  printfloat(im);
  printstr("i)");
}

void printbool(bool v) { printstr(v ? "true" : "false"); }

void printpointer(const void* p) { printhex(reinterpret_cast<uintptr_t>(p)); }

}  // namespace mgo::rt

using namespace mgo::rt;

extern "C" {

void mgo_rt_printlock(G* g) { printlock(); }
void mgo_rt_printunlock(G* g) { printunlock(); }
void mgo_rt_printbool(G* g, bool v) { printbool(v); }
void mgo_rt_printint(G* g, int64_t v) { printint(v); }
void mgo_rt_printuint(G* g, uint64_t v) { printuint(v); }
void mgo_rt_printfloat(G* g, double v) { printfloat(v); }
void mgo_rt_printcomplex(G* g, double re, double im) { printcomplex(re, im); }
void mgo_rt_printstring(G* g, const uint8_t* p, int64_t n) {
  gwrite(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
}
void mgo_rt_printpointer(G* g, const void* p) { printpointer(p); }
void mgo_rt_printeface(G* g, const TypeDesc* t, void* data) {
  printstr("(");
  printpointer(t);
  printstr(",");
  printpointer(data);
  printstr(")");
}
void mgo_rt_printslice(G* g, void* p, int64_t len, int64_t cap) {
  printstr("[");
  printint(len);
  printstr("/");
  printint(cap);
  printstr("]");
  printpointer(p);
}
void mgo_rt_printsp(G* g) { printstr(" "); }
void mgo_rt_printnl(G* g) { printstr("\n"); }

}  // extern "C"
