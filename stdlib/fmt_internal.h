// fmt_internal.h — the C++ core of package fmt, shaped like Go's fmt/print.go and
// fmt/format.go so the two can be read side by side:
//   Fmt      (fmt_format.cc)  one operand's layout: width, precision, flags, padding,
//                             integers, floats, strings, quoting. Go's `fmt` struct.
//   Printer  (fmt_print.cc)   walks values through their TypeDesc, calls Error/String
//                             methods, reports bad verbs. Go's `pp`.
//            (fmt_doprintf.cc) parses the format string: doPrintf, doPrint, doPrintln.
//   fmt_api.cc                the extern "C" entry points of package fmt.
// Values are read in place: a Value is a type and a pointer to memory holding a value of
// that type (an interface's boxed data, a struct field, a slice element).
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/abi.h"

namespace mgo::std::fmt {

struct Flags {
  bool widPresent = false;
  bool precPresent = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  // %+v and %#v: set instead of plus and sharp for the v verb.
  bool plusV = false;
  bool sharpV = false;
};

extern const char kLowerDigits[];  // "0123456789abcdefx"
extern const char kUpperDigits[];  // "0123456789ABCDEFX"

class Fmt {
 public:
  explicit Fmt(::std::string* buf) : buf_(buf) {}
  Flags f;
  int wid = 0;
  int prec = 0;

  // As Go's: wid and prec stay from the previous verb (doPrintf's fast path does not
  // reset them); every use checks widPresent/precPresent, only State.Width/Precision
  // (fmt_state.cc) can see the stale values, as in Go.
  void clearflags() { f = Flags{}; }
  void write_padding(int n);
  void pad(::std::string_view s);
  void pad_string(::std::string_view s) { pad(s); }
  void fmt_boolean(bool v);
  void fmt_unicode(uint64_t u);
  void fmt_integer(uint64_t u, int base, bool is_signed, int32_t verb, const char* digits);
  void fmt_s(::std::string_view s);
  void fmt_sbx(::std::string_view s, const char* digits);
  void fmt_q(::std::string_view s);
  void fmt_c(uint64_t c);
  void fmt_qc(uint64_t c);
  void fmt_float(double v, int size, int32_t verb, int prec);

 private:
  ::std::string_view truncate(::std::string_view s) const;
  ::std::string* buf_;
};

// A value in memory: t == nullptr is Go's invalid reflect.Value. ro marks values reached
// through unexported struct fields: Go's fmt does not call their methods (CanInterface).
struct Value {
  const TypeDesc* t = nullptr;
  const uint8_t* p = nullptr;
  bool ro = false;
  bool valid() const { return t != nullptr; }
};

inline constexpr char kPercentBang[] = "%!";
inline constexpr char kNilAngle[] = "<nil>";

inline ::std::string_view name_of(const TypeDesc* t) {
  return ::std::string_view(reinterpret_cast<const char*>(t->name.ptr), static_cast<size_t>(t->name.len));
}
inline bool is_signed_kind(uint8_t k) { return k >= KindInt && k <= KindInt64; }
inline bool is_unsigned_kind(uint8_t k) { return k >= KindUint && k <= KindUintptr; }

// An integer of t's kind (signed or unsigned respectively) at p, widened to 64 bits.
inline int64_t load_int(const TypeDesc* t, const uint8_t* p) {
  switch (t->kind) {
    case KindInt8: { int8_t v; memcpy(&v, p, 1); return v; }
    case KindInt16: { int16_t v; memcpy(&v, p, 2); return v; }
    case KindInt32: { int32_t v; memcpy(&v, p, 4); return v; }
    default: { int64_t v; memcpy(&v, p, 8); return v; }
  }
}
inline uint64_t load_uint(const TypeDesc* t, const uint8_t* p) {
  switch (t->kind) {
    case KindUint8: return p[0];
    case KindUint16: { uint16_t v; memcpy(&v, p, 2); return v; }
    case KindUint32: { uint32_t v; memcpy(&v, p, 4); return v; }
    default: { uint64_t v; memcpy(&v, p, 8); return v; }
  }
}

// The value held by an interface (Eface or Iface data word) of dynamic type t.
Value value_of(const TypeDesc* t, void* const* data_word);

// The method named name in t's method table, or nullptr.
const Method* find_method(const TypeDesc* t, ::std::string_view name);
// The receiver word for calling a method of v's type (the interface data word).
void* data_word(Value v);

class Printer {
 public:
  explicit Printer(G* g) : g_(g), fmt_(&buf) {}
  ::std::string buf;

  void do_printf(::std::string_view format, const Eface* a, int64_t n);
  void do_print(const Eface* a, int64_t n);
  void do_println(const Eface* a, int64_t n);

  // Errorf: %w is allowed; after do_printf, wrapped_index() is the index of the wrapped
  // error argument, or -1.
  void enable_wrap_errs() { wrap_errs_ = true; }
  int64_t wrapped_index() const { return wrapped_index_; }

 private:
  void print_arg(Value arg, int32_t verb);
  void print_operand(const Eface* a, int64_t i, int32_t verb);  // a[i] with verb (doPrintf)
  void print_value(Value v, int32_t verb, int depth);
  bool handle_methods(int32_t verb);
  bool handle_formatter(int32_t verb);  // a Format method (fmt_state.cc)
  void catch_panic_output(Value a, void* recv, int32_t verb, const Method* m, Eface panic_value);
  void bad_verb(int32_t verb);
  void fmt_bool(bool v, int32_t verb);
  void fmt0x64(uint64_t v, bool leading0x);
  void fmt_integer(uint64_t v, bool is_signed, int32_t verb);
  void fmt_float(double v, int size, int32_t verb);
  void fmt_complex(double re, double im, int size, int32_t verb);
  void fmt_string(::std::string_view v, int32_t verb);
  void fmt_bytes(::std::string_view v, bool is_nil, int32_t verb, ::std::string_view type_string, Value whole);
  void fmt_pointer(Value v, int32_t verb);
  void write_rune(int32_t r);
  void arg_number(int64_t& arg_num, ::std::string_view format, size_t& i, int64_t num_args, bool& found);
  bool int_from_arg(const Eface* a, int64_t n, int64_t& arg_num, int* out);

  G* g_;
  Fmt fmt_;
  Value arg_;     // Go's p.arg: the operand as an interface value (may be invalid)
  Value value_;   // Go's p.value
  bool reordered_ = false;
  bool good_arg_num_ = true;
  bool erroring_ = false;
  bool panicking_ = false;  // printing a method's panic value (Go's p.panicking)
  bool wrap_errs_ = false;
  int64_t wrapped_index_ = -1;
  int64_t cur_arg_ = -1;  // index in the argument list of the operand being printed
};

// A Go string holding a copy of s, allocated with mgo_rt_mallocgc.
String make_go_string(G* g, ::std::string_view s);

}  // namespace mgo::std::fmt
