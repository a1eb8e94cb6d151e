// fmt_doprintf.cc — the format-string interpreter of package fmt, as Go's fmt/print.go:
// doPrintf (flags, [n] argument indexes, * widths and precisions, verbs, %!(EXTRA ...),
// %!v(BADINDEX), %!(NOVERB)), doPrint and doPrintln. Each operand is printed by
// Printer::print_arg (fmt_print.cc).
#include <string>
#include <string_view>

#include "stdlib/fmt_internal.h"
#include "stdlib/utf8.h"

namespace mgo::std::fmt {
namespace {

bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

// parsenum: digits at format[start..end); returns whether any were found.
bool parsenum(::std::string_view s, size_t start, size_t end, int* num, size_t* newi) {
  *num = 0;
  bool isnum = false;
  size_t i = start;
  if (start >= end) {
    *newi = end;
    return false;
  }
  for (; i < end && '0' <= s[i] && s[i] <= '9'; i++) {
    if (too_large(*num)) {
      *num = 0;
      *newi = end;
      return false;
    }
    *num = *num * 10 + (s[i] - '0');
    isnum = true;
  }
  *newi = i;
  return isnum;
}

}  // namespace

bool Printer::int_from_arg(const Eface* a, int64_t n, int64_t& arg_num, int* out) {
  *out = 0;
  bool is_int = false;
  if (arg_num < n) {
    const Eface& e = a[arg_num];
    if (e.type) {
      Value v = value_of(e.type, &e.data);
      if (is_signed_kind(v.t->kind)) {
        int64_t x = load_int(v.t, v.p);
        *out = static_cast<int>(x);
        is_int = static_cast<int64_t>(*out) == x;
      } else if (is_unsigned_kind(v.t->kind)) {
        uint64_t x = load_uint(v.t, v.p);
        if (static_cast<int64_t>(x) >= 0 && x <= 0x7fffffff) {
          *out = static_cast<int>(x);
          is_int = true;
        }
      }
    }
    arg_num++;
    if (too_large(*out)) {
      *out = 0;
      is_int = false;
    }
  }
  return is_int;
}

void Printer::arg_number(int64_t& arg_num, ::std::string_view format, size_t& i, int64_t num_args, bool& found) {
  found = false;
  if (format.size() <= i || format[i] != '[') return;
  reordered_ = true;
  // parseArgNumber on format[i:]
  ::std::string_view f = format.substr(i);
  int index = 0;
  size_t wid = 1;
  bool ok = false;
  if (f.size() >= 3) {
    for (size_t j = 1; j < f.size(); j++) {
      if (f[j] == ']') {
        int width;
        size_t newi;
        bool isnum = parsenum(f, 1, j, &width, &newi);
        if (!isnum || newi != j) {
          wid = j + 1;
          ok = false;
        } else {
          index = width - 1;
          wid = j + 1;
          ok = true;
        }
        break;
      }
    }
  }
  if (ok && 0 <= index && index < num_args) {
    arg_num = index;
    i += wid;
    found = true;
    return;
  }
  good_arg_num_ = false;
  i += wid;
  found = ok;
}

// Prints operand a[i] with verb; for %v, # and + become Go's sharpV and plusV (%#v is Go
// syntax, %+v adds field names) instead of their numeric meanings.
void Printer::print_operand(const Eface* a, int64_t i, int32_t verb) {
  if (verb == 'v') {
    fmt_.f.sharpV = fmt_.f.sharp;
    fmt_.f.sharp = false;
    fmt_.f.plusV = fmt_.f.plus;
    fmt_.f.plus = false;
  }
  cur_arg_ = i;
  print_arg(value_of(a[i].type, &a[i].data), verb);
}

void Printer::do_printf(::std::string_view format, const Eface* a, int64_t n) {
  size_t end = format.size();
  int64_t arg_num = 0;
  bool after_index = false;
  reordered_ = false;
  for (size_t i = 0; i < end;) {
    good_arg_num_ = true;
    size_t lasti = i;
    while (i < end && format[i] != '%') i++;
    if (i > lasti) buf.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    i++;  // skip %
    fmt_.clearflags();
    bool done_simple = false;
    for (; i < end; i++) {
      char c = format[i];
      bool flag = true;
      switch (c) {
        case '#': fmt_.f.sharp = true; break;
        case '0': fmt_.f.zero = !fmt_.f.minus; break;
        case '+': fmt_.f.plus = true; break;
        case '-': fmt_.f.minus = true; fmt_.f.zero = false; break;
        case ' ': fmt_.f.space = true; break;
        default: flag = false;
      }
      if (flag) continue;
      // Fast path for a simple verb with no width, precision or index.
      if ('a' <= c && c <= 'z' && arg_num < n) {
        print_operand(a, arg_num++, c);
        i++;
        done_simple = true;
      }
      break;
    }
    if (done_simple) continue;

    arg_number(arg_num, format, i, n, after_index);
    if (i < end && format[i] == '*') {
      i++;
      fmt_.f.widPresent = int_from_arg(a, n, arg_num, &fmt_.wid);
      if (!fmt_.f.widPresent) buf += "%!(BADWIDTH)";
      if (fmt_.wid < 0) {
        fmt_.wid = -fmt_.wid;
        fmt_.f.minus = true;
        fmt_.f.zero = false;
      }
      after_index = false;
    } else {
      fmt_.f.widPresent = parsenum(format, i, end, &fmt_.wid, &i);
      if (after_index && fmt_.f.widPresent) good_arg_num_ = false;
    }
    if (i + 1 < end && format[i] == '.') {
      i++;
      if (after_index) good_arg_num_ = false;
      arg_number(arg_num, format, i, n, after_index);
      if (i < end && format[i] == '*') {
        i++;
        fmt_.f.precPresent = int_from_arg(a, n, arg_num, &fmt_.prec);
        if (fmt_.prec < 0) {
          fmt_.prec = 0;
          fmt_.f.precPresent = false;
        }
        if (!fmt_.f.precPresent) buf += "%!(BADPREC)";
        after_index = false;
      } else {
        fmt_.f.precPresent = parsenum(format, i, end, &fmt_.prec, &i);
        if (!fmt_.f.precPresent) {
          fmt_.prec = 0;
          fmt_.f.precPresent = true;
        }
      }
    }
    if (!after_index) arg_number(arg_num, format, i, n, after_index);
    if (i >= end) {
      buf += "%!(NOVERB)";
      break;
    }
    int32_t verb = static_cast<uint8_t>(format[i]);
    int size = 1;
    if (verb >= utf8::RuneSelf) {
      verb = utf8::decode(reinterpret_cast<const uint8_t*>(format.data()) + i, static_cast<int64_t>(end - i), &size);
    }
    i += static_cast<size_t>(size);
    if (verb == '%') {
      buf += '%';
    } else if (!good_arg_num_) {
      buf += kPercentBang;
      write_rune(verb);
      buf += "(BADINDEX)";
    } else if (arg_num >= n) {
      buf += kPercentBang;
      write_rune(verb);
      buf += "(MISSING)";
    } else {
      print_operand(a, arg_num++, verb);
    }
  }
  if (!reordered_ && arg_num < n) {
    fmt_.clearflags();
    buf += "%!(EXTRA ";
    for (int64_t i = arg_num; i < n; i++) {
      if (i > arg_num) buf += ", ";
      if (!a[i].type) {
        buf += kNilAngle;
      } else {
        buf += name_of(a[i].type);
        buf += '=';
        cur_arg_ = i;
        print_arg(value_of(a[i].type, &a[i].data), 'v');
      }
    }
    buf += ')';
  }
}

void Printer::do_print(const Eface* a, int64_t n) {
  bool prev_string = false;
  for (int64_t i = 0; i < n; i++) {
    bool is_string = a[i].type != nullptr && a[i].type->kind == KindString;
    if (i > 0 && !is_string && !prev_string) buf += ' ';
    cur_arg_ = i;
    print_arg(value_of(a[i].type, &a[i].data), 'v');
    prev_string = is_string;
  }
}

void Printer::do_println(const Eface* a, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) buf += ' ';
    cur_arg_ = i;
    print_arg(value_of(a[i].type, &a[i].data), 'v');
  }
  buf += '\n';
}

}  // namespace mgo::std::fmt
