// fmt_print.cc — the value walker of package fmt, as Go's fmt/print.go (type pp):
// printArg, printValue, handleMethods, badVerb and the per-kind verb formatting. The
// format-string interpreter (doPrintf, doPrint, doPrintln) is fmt_doprintf.cc.
//
// Values are read through their TypeDesc (runtime/abi.h): kind, size, fields, elem, key,
// len, methods. Go's fmt decides by reflect.Kind; so does this file, with the same
// quirks: only unnamed basic types take printArg's fast path (a named type goes through
// handleMethods first), methods (Error before String, only for %v %s %x %X %q, GoString
// for %#v) are called on operands and on nested values that Go could Interface() (not
// those reached through unexported fields), maps print with keys sorted as
// internal/fmtsort sorts them, and a pointer prints as &{...} only at depth 0.
//
// Methods are called as the itab/method-table convention says: String fn(G*, void* data),
// data being the interface data word of the receiver.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/panic.h"
#include "runtime/rt.h"
#include "stdlib/fmt_internal.h"
#include "stdlib/utf8.h"

namespace mgo::std::fmt {
namespace {

const char kNilParen[] = "(nil)";

bool is_iface_direct(const TypeDesc* t) { return (t->flags & TypeFlagDirectIface) != 0; }

void* load_ptr(const uint8_t* p) {
  void* v;
  memcpy(&v, p, sizeof v);
  return v;
}

// The element an interface-typed memory slot holds (invalid when nil).
Value iface_elem(Value v) {
  const TypeDesc* dyn;
  if (v.t->nimethods == 0) {
    dyn = static_cast<const TypeDesc*>(load_ptr(v.p));
  } else {
    const Itab* tab = static_cast<const Itab*>(load_ptr(v.p));
    dyn = tab ? tab->type : nullptr;
  }
  if (!dyn) return Value{};
  Value e = value_of(dyn, reinterpret_cast<void* const*>(v.p + 8));
  e.ro = v.ro;
  return e;
}


bool is_string_result(const TypeDesc* mt) {
  if (!mt) return true;  // descriptor without signature: trust the name
  return mt->nparams == 0 && mt->nresults == 1 && mt->results[0]->kind == KindString &&
         !(mt->results[0]->flags & TypeFlagNamed) && !mt->variadic;
}


const Method* string_method(const TypeDesc* t, ::std::string_view name) {
  const Method* m = find_method(t, name);
  if (m && m->ifn && is_string_result(m->mtype)) return m;
  return nullptr;
}

using StringMethod = String (*)(G*, void*);

}  // namespace

void* data_word(Value v) {
  if (is_iface_direct(v.t)) return load_ptr(v.p);
  return const_cast<uint8_t*>(v.p);
}

const Method* find_method(const TypeDesc* t, ::std::string_view name) {
  for (int64_t i = 0; i < t->nmethods; i++) {
    const Method& m = t->methods[i];
    if (::std::string_view(reinterpret_cast<const char*>(m.name.ptr), static_cast<size_t>(m.name.len)) == name)
      return &m;
  }
  return nullptr;
}

namespace {

// fmtsort's compare: -1, 0, +1 for two values of type t.
int compare(const TypeDesc* t, const uint8_t* a, const uint8_t* b);

int cmp3(auto x, auto y) { return x < y ? -1 : x > y ? 1 : 0; }

int compare_float(double a, double b) {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a == b) return 0;
  bool an = a != a, bn = b != b;
  if (an && bn) return 0;
  if (an) return -1;
  return 1;
}

int compare(const TypeDesc* t, const uint8_t* a, const uint8_t* b) {
  switch (t->kind) {
    case KindInt: case KindInt8: case KindInt16: case KindInt32: case KindInt64:
      return cmp3(load_int(t, a), load_int(t, b));
    case KindUint: case KindUint8: case KindUint16: case KindUint32: case KindUint64: case KindUintptr:
      return cmp3(load_uint(t, a), load_uint(t, b));
    case KindString: {
      String x, y;
      memcpy(&x, a, sizeof x);
      memcpy(&y, b, sizeof y);
      int64_t c = mgo_rt_cmpstring(x.ptr, x.len, y.ptr, y.len);
      return cmp3(c, int64_t{0});
    }
    case KindFloat32: { float x, y; memcpy(&x, a, 4); memcpy(&y, b, 4); return compare_float(x, y); }
    case KindFloat64: { double x, y; memcpy(&x, a, 8); memcpy(&y, b, 8); return compare_float(x, y); }
    case KindComplex64: {
      float x[2], y[2];
      memcpy(x, a, 8); memcpy(y, b, 8);
      int c = compare_float(x[0], y[0]);
      return c ? c : compare_float(x[1], y[1]);
    }
    case KindComplex128: {
      double x[2], y[2];
      memcpy(x, a, 16); memcpy(y, b, 16);
      int c = compare_float(x[0], y[0]);
      return c ? c : compare_float(x[1], y[1]);
    }
    case KindBool: return cmp3(a[0] != 0, b[0] != 0);
    case KindPointer: case KindUnsafePointer: case KindChan: case KindFunc: case KindMap:
      return cmp3(reinterpret_cast<uintptr_t>(load_ptr(a)), reinterpret_cast<uintptr_t>(load_ptr(b)));
    case KindStruct:
      for (int64_t i = 0; i < t->nfields; i++) {
        const StructField& f = t->fields[i];
        int c = compare(f.type, a + f.offset, b + f.offset);
        if (c) return c;
      }
      return 0;
    case KindArray:
      for (int64_t i = 0; i < t->len; i++) {
        uint64_t off = static_cast<uint64_t>(i) * t->elem->size;
        int c = compare(t->elem, a + off, b + off);
        if (c) return c;
      }
      return 0;
    case KindInterface: {
      Value va = iface_elem(Value{t, a, false}), vb = iface_elem(Value{t, b, false});
      if (!va.valid() || !vb.valid()) {
        if (!va.valid() && !vb.valid()) return 0;
        return va.valid() ? 1 : -1;
      }
      int c = cmp3(reinterpret_cast<uintptr_t>(va.t), reinterpret_cast<uintptr_t>(vb.t));
      if (c) return c;
      return compare(va.t, va.p, vb.p);
    }
  }
  return 0;
}

}  // namespace

Value value_of(const TypeDesc* t, void* const* data_word) {
  if (!t) return Value{};
  if (is_iface_direct(t)) return Value{t, reinterpret_cast<const uint8_t*>(data_word), false};
  return Value{t, static_cast<const uint8_t*>(*data_word), false};
}

void Printer::write_rune(int32_t r) {
  if (r < utf8::RuneSelf && r >= 0) buf += static_cast<char>(r);
  else utf8::append(buf, r);
}

void Printer::bad_verb(int32_t verb) {
  erroring_ = true;
  buf += kPercentBang;
  write_rune(verb);
  buf += '(';
  if (arg_.valid()) {
    buf += name_of(arg_.t);
    buf += '=';
    print_arg(arg_, 'v');
  } else if (value_.valid()) {
    buf += name_of(value_.t);
    buf += '=';
    print_value(value_, 'v', 0);
  } else {
    buf += kNilAngle;
  }
  buf += ')';
  erroring_ = false;
}

void Printer::fmt_bool(bool v, int32_t verb) {
  if (verb == 't' || verb == 'v') fmt_.fmt_boolean(v);
  else bad_verb(verb);
}

void Printer::fmt0x64(uint64_t v, bool leading0x) {
  bool sharp = fmt_.f.sharp;
  fmt_.f.sharp = leading0x;
  fmt_.fmt_integer(v, 16, false, 'v', kLowerDigits);
  fmt_.f.sharp = sharp;
}

void Printer::fmt_integer(uint64_t v, bool is_signed, int32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.f.sharpV && !is_signed) fmt0x64(v, true);
      else fmt_.fmt_integer(v, 10, is_signed, verb, kLowerDigits);
      break;
    case 'd': fmt_.fmt_integer(v, 10, is_signed, verb, kLowerDigits); break;
    case 'b': fmt_.fmt_integer(v, 2, is_signed, verb, kLowerDigits); break;
    case 'o': case 'O': fmt_.fmt_integer(v, 8, is_signed, verb, kLowerDigits); break;
    case 'x': fmt_.fmt_integer(v, 16, is_signed, verb, kLowerDigits); break;
    case 'X': fmt_.fmt_integer(v, 16, is_signed, verb, kUpperDigits); break;
    case 'c': fmt_.fmt_c(v); break;
    case 'q': fmt_.fmt_qc(v); break;
    case 'U': fmt_.fmt_unicode(v); break;
    default: bad_verb(verb);
  }
}

void Printer::fmt_float(double v, int size, int32_t verb) {
  switch (verb) {
    case 'v': fmt_.fmt_float(v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_.fmt_float(v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmt_.fmt_float(v, size, verb, 6); break;
    case 'F': fmt_.fmt_float(v, size, 'f', 6); break;
    default: bad_verb(verb);
  }
}

void Printer::fmt_complex(double re, double im, int size, int32_t verb) {
  switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
      bool old_plus = fmt_.f.plus;
      buf += '(';
      fmt_float(re, size / 2, verb);
      fmt_.f.plus = true;
      fmt_float(im, size / 2, verb);
      buf += "i)";
      fmt_.f.plus = old_plus;
      break;
    }
    default: bad_verb(verb);
  }
}

void Printer::fmt_string(::std::string_view v, int32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.f.sharpV) fmt_.fmt_q(v);
      else fmt_.fmt_s(v);
      break;
    case 's': fmt_.fmt_s(v); break;
    case 'x': fmt_.fmt_sbx(v, kLowerDigits); break;
    case 'X': fmt_.fmt_sbx(v, kUpperDigits); break;
    case 'q': fmt_.fmt_q(v); break;
    default: bad_verb(verb);
  }
}

void Printer::fmt_bytes(::std::string_view v, bool is_nil, int32_t verb, ::std::string_view type_string,
                        Value whole) {
  switch (verb) {
    case 'v': case 'd':
      if (fmt_.f.sharpV) {
        buf += type_string;
        if (is_nil) {
          buf += kNilParen;
          return;
        }
        buf += '{';
        for (size_t i = 0; i < v.size(); i++) {
          if (i > 0) buf += ", ";
          fmt0x64(static_cast<uint8_t>(v[i]), true);
        }
        buf += '}';
      } else {
        buf += '[';
        for (size_t i = 0; i < v.size(); i++) {
          if (i > 0) buf += ' ';
          fmt_.fmt_integer(static_cast<uint8_t>(v[i]), 10, false, verb, kLowerDigits);
        }
        buf += ']';
      }
      break;
    case 's': fmt_.fmt_s(v); break;
    case 'x': fmt_.fmt_sbx(v, kLowerDigits); break;
    case 'X': fmt_.fmt_sbx(v, kUpperDigits); break;
    case 'q': fmt_.fmt_q(v); break;
    default:
      // Go re-walks the []byte through reflect: [%c %c ...] and so on.
      print_value(whole, verb, 0);
  }
}

void Printer::fmt_pointer(Value v, int32_t verb) {
  uintptr_t u;
  switch (v.t->kind) {
    case KindChan: case KindFunc: case KindMap: case KindPointer: case KindSlice: case KindUnsafePointer:
      u = reinterpret_cast<uintptr_t>(load_ptr(v.p));
      break;
    default:
      bad_verb(verb);
      return;
  }
  switch (verb) {
    case 'v':
      if (fmt_.f.sharpV) {
        buf += '(';
        buf += name_of(v.t);
        buf += ")(";
        if (u == 0) buf += "nil";
        else fmt0x64(u, true);
        buf += ')';
      } else {
        if (u == 0) fmt_.pad_string(kNilAngle);
        else fmt0x64(u, !fmt_.f.sharp);
      }
      break;
    case 'p': fmt0x64(u, !fmt_.f.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': fmt_integer(u, false, verb); break;
    default: bad_verb(verb);
  }
}

// Go's catchPanic: what a String/Error/GoString method that panicked prints. A nil
// pointer receiver prints "<nil>" whatever the (non-nil) panic; otherwise "%!v(PANIC=String method:
// VALUE)" with default flags. A panic while printing the panic value is re-raised.
void Printer::catch_panic_output(Value a, void* recv, int32_t verb, const Method* m, Eface panic_value) {
  // panic(nil): Go 1.19's recover() returns nil, so catchPanic's `if err := recover();
  // err != nil` prints nothing and the method's output is simply empty.
  if (panic_value.type == nullptr) return;
  if (a.t->kind == KindPointer && recv == nullptr) {
    buf += kNilAngle;
    return;
  }
  if (panicking_) mgo::rt::gopanic(g_, panic_value);
  Fmt saved = fmt_;
  fmt_.clearflags();
  buf += kPercentBang;
  write_rune(verb);
  buf += "(PANIC=";
  buf.append(reinterpret_cast<const char*>(m->name.ptr), static_cast<size_t>(m->name.len));
  buf += " method: ";
  panicking_ = true;
  print_arg(value_of(panic_value.type, &panic_value.data), 'v');
  panicking_ = false;
  buf += ')';
  fmt_ = saved;
}

bool Printer::handle_methods(int32_t verb) {
  if (erroring_) return false;
  Value a = arg_;
  const Method* err_m = string_method(a.t, "Error");
  if (verb == 'w') {
    if (!err_m || !wrap_errs_ || wrapped_index_ >= 0) {
      wrapped_index_ = -1;
      wrap_errs_ = false;
      bad_verb(verb);
      return true;
    }
    wrapped_index_ = cur_arg_;
    verb = 'v';
  }
  if (handle_formatter(verb)) return true;
  const Method* m = nullptr;
  if (fmt_.f.sharpV) {
    m = string_method(a.t, "GoString");
    if (!m) return false;
  } else {
    switch (verb) {
      case 'v': case 's': case 'x': case 'X': case 'q':
        m = err_m ? err_m : string_method(a.t, "String");
        break;
    }
    if (!m) return false;
  }
  void* recv = data_word(a);
  if (a.t->kind == KindPointer && recv == nullptr && a.t->elem && find_method(a.t->elem, ::std::string_view(
      reinterpret_cast<const char*>(m->name.ptr), static_cast<size_t>(m->name.len)))) {
    // A value method called through a nil pointer panics; Go's catchPanic prints <nil>.
    buf += kNilAngle;
    return true;
  }
  // Go calls the method under `defer p.catchPanic(p.arg, verb, method)`.
  struct Call {
    StringMethod fn;
    void* recv;
    String result;
  } call{reinterpret_cast<StringMethod>(m->ifn), recv, String{}};
  Eface panic_value;
  if (g_ == nullptr) {
    // No goroutine: the unit tests call the printer from plain C++ (nothing can panic).
    call.result = call.fn(g_, call.recv);
  } else if (mgo::rt::catch_panic(
          g_, [](G* g, void* c) { auto* k = static_cast<Call*>(c); k->result = k->fn(g, k->recv); }, &call,
          &panic_value)) {
    catch_panic_output(a, recv, verb, m, panic_value);
    return true;
  }
  String s = call.result;
  ::std::string copy(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len));
  if (fmt_.f.sharpV) fmt_.fmt_s(copy);
  else fmt_string(copy, verb);
  return true;
}

void Printer::print_arg(Value arg, int32_t verb) {
  arg_ = arg;
  value_ = Value{};
  if (!arg.valid()) {
    if (verb == 'T' || verb == 'v') fmt_.pad_string(kNilAngle);
    else bad_verb(verb);
    return;
  }
  if (verb == 'T') {
    fmt_.fmt_s(name_of(arg.t));
    return;
  }
  if (verb == 'p') {
    fmt_pointer(arg, 'p');
    return;
  }
  const TypeDesc* t = arg.t;
  bool named = (t->flags & TypeFlagNamed) != 0;
  if (!named) {
    // printArg's type switch: unnamed basic types, and []byte, skip handleMethods.
    switch (t->kind) {
      case KindBool: fmt_bool(arg.p[0] != 0, verb); return;
      case KindFloat32: { float f; memcpy(&f, arg.p, 4); fmt_float(f, 32, verb); return; }
      case KindFloat64: { double f; memcpy(&f, arg.p, 8); fmt_float(f, 64, verb); return; }
      case KindComplex64: { float c[2]; memcpy(c, arg.p, 8); fmt_complex(c[0], c[1], 64, verb); return; }
      case KindComplex128: { double c[2]; memcpy(c, arg.p, 16); fmt_complex(c[0], c[1], 128, verb); return; }
      case KindInt: case KindInt8: case KindInt16: case KindInt32: case KindInt64:
        fmt_integer(static_cast<uint64_t>(load_int(t, arg.p)), true, verb);
        return;
      case KindUint: case KindUint8: case KindUint16: case KindUint32: case KindUint64: case KindUintptr:
        fmt_integer(load_uint(t, arg.p), false, verb);
        return;
      case KindString: {
        String s;
        memcpy(&s, arg.p, sizeof s);
        fmt_string(::std::string_view(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len)), verb);
        return;
      }
      case KindSlice:
        if (t->elem->kind == KindUint8 && !(t->elem->flags & TypeFlagNamed)) {
          Slice s;
          memcpy(&s, arg.p, sizeof s);
          fmt_bytes(::std::string_view(static_cast<const char*>(s.ptr), static_cast<size_t>(s.len)),
                    s.ptr == nullptr, verb, "[]byte", arg);
          return;
        }
        break;
    }
  }
  if (!handle_methods(verb)) print_value(arg, verb, 0);
}

void Printer::print_value(Value v, int32_t verb, int depth) {
  if (depth > 0 && v.valid() && !v.ro) {
    arg_ = v;
    if (handle_methods(verb)) return;
  }
  arg_ = Value{};
  value_ = v;
  if (!v.valid()) {
    if (depth == 0) buf += "<invalid reflect.Value>";
    else if (verb == 'v') buf += kNilAngle;
    else bad_verb(verb);
    return;
  }
  const TypeDesc* t = v.t;
  switch (t->kind) {
    case KindBool: fmt_bool(v.p[0] != 0, verb); return;
    case KindInt: case KindInt8: case KindInt16: case KindInt32: case KindInt64:
      fmt_integer(static_cast<uint64_t>(load_int(t, v.p)), true, verb);
      return;
    case KindUint: case KindUint8: case KindUint16: case KindUint32: case KindUint64: case KindUintptr:
      fmt_integer(load_uint(t, v.p), false, verb);
      return;
    case KindFloat32: { float f; memcpy(&f, v.p, 4); fmt_float(f, 32, verb); return; }
    case KindFloat64: { double f; memcpy(&f, v.p, 8); fmt_float(f, 64, verb); return; }
    case KindComplex64: { float c[2]; memcpy(c, v.p, 8); fmt_complex(c[0], c[1], 64, verb); return; }
    case KindComplex128: { double c[2]; memcpy(c, v.p, 16); fmt_complex(c[0], c[1], 128, verb); return; }
    case KindString: {
      String s;
      memcpy(&s, v.p, sizeof s);
      fmt_string(::std::string_view(reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len)), verb);
      return;
    }
    case KindMap: {
      void* m = load_ptr(v.p);
      if (fmt_.f.sharpV) {
        buf += name_of(t);
        if (!m) {
          buf += kNilParen;
          return;
        }
        buf += '{';
      } else {
        buf += "map[";
      }
      struct Entry { const uint8_t* k; const uint8_t* v; };
      ::std::vector<Entry> entries;
      if (m) {
        MapIter it;
        mgo_rt_mapiterinit(g_, t, m, &it);
        while (it.key) {
          entries.push_back({static_cast<const uint8_t*>(it.key), static_cast<const uint8_t*>(it.val)});
          mgo_rt_mapiternext(&it);
        }
      }
      const TypeDesc* kt = t->key;
      ::std::stable_sort(entries.begin(), entries.end(),
                         [kt](const Entry& a, const Entry& b) { return compare(kt, a.k, b.k) < 0; });
      for (size_t i = 0; i < entries.size(); i++) {
        if (i > 0) {
          if (fmt_.f.sharpV) buf += ", ";
          else buf += ' ';
        }
        print_value(Value{kt, entries[i].k, v.ro}, verb, depth + 1);
        buf += ':';
        print_value(Value{t->elem, entries[i].v, v.ro}, verb, depth + 1);
      }
      buf += fmt_.f.sharpV ? '}' : ']';
      return;
    }
    case KindStruct: {
      if (fmt_.f.sharpV) buf += name_of(t);
      buf += '{';
      for (int64_t i = 0; i < t->nfields; i++) {
        const StructField& f = t->fields[i];
        if (i > 0) {
          if (fmt_.f.sharpV) buf += ", ";
          else buf += ' ';
        }
        if (fmt_.f.plusV || fmt_.f.sharpV) {
          if (f.name.len > 0) {
            buf.append(reinterpret_cast<const char*>(f.name.ptr), static_cast<size_t>(f.name.len));
            buf += ':';
          }
        }
        Value fv{f.type, v.p + f.offset, v.ro || !f.exported};
        // getField: a non-nil interface field is printed as the value it holds.
        if (f.type->kind == KindInterface) {
          Value e = iface_elem(fv);
          if (e.valid()) fv = e;
        }
        print_value(fv, verb, depth + 1);
      }
      buf += '}';
      return;
    }
    case KindInterface: {
      Value e = iface_elem(v);
      if (!e.valid()) {
        if (fmt_.f.sharpV) {
          buf += name_of(t);
          buf += kNilParen;
        } else {
          buf += kNilAngle;
        }
      } else {
        print_value(e, verb, depth + 1);
      }
      return;
    }
    case KindArray: case KindSlice: {
      const uint8_t* base;
      int64_t len;
      bool is_nil = false;
      if (t->kind == KindSlice) {
        Slice s;
        memcpy(&s, v.p, sizeof s);
        base = static_cast<const uint8_t*>(s.ptr);
        len = s.len;
        is_nil = s.ptr == nullptr;
      } else {
        base = v.p;
        len = t->len;
      }
      if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == KindUint8) {
        fmt_bytes(::std::string_view(reinterpret_cast<const char*>(base), static_cast<size_t>(len)), is_nil, verb,
                  name_of(t), v);
        return;
      }
      if (fmt_.f.sharpV) {
        buf += name_of(t);
        if (t->kind == KindSlice && is_nil) {
          buf += kNilParen;
          return;
        }
        buf += '{';
        for (int64_t i = 0; i < len; i++) {
          if (i > 0) buf += ", ";
          print_value(Value{t->elem, base + static_cast<uint64_t>(i) * t->elem->size, v.ro}, verb, depth + 1);
        }
        buf += '}';
      } else {
        buf += '[';
        for (int64_t i = 0; i < len; i++) {
          if (i > 0) buf += ' ';
          print_value(Value{t->elem, base + static_cast<uint64_t>(i) * t->elem->size, v.ro}, verb, depth + 1);
        }
        buf += ']';
      }
      return;
    }
    case KindPointer: {
      void* ptr = load_ptr(v.p);
      if (depth == 0 && ptr != nullptr && t->elem) {
        switch (t->elem->kind) {
          case KindArray: case KindSlice: case KindStruct: case KindMap:
            buf += '&';
            print_value(Value{t->elem, static_cast<const uint8_t*>(ptr), v.ro}, verb, depth + 1);
            return;
        }
      }
      fmt_pointer(v, verb);
      return;
    }
    case KindChan: case KindFunc: case KindUnsafePointer:
      fmt_pointer(v, verb);
      return;
  }
  buf += '?';
  buf += name_of(t);
  buf += '?';
}

}  // namespace mgo::std::fmt
