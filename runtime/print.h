// print.h — the print/println builtins' formatting, for runtime C++ code (print.cc).
//
// Output goes to stderr as in Go. Between printlock and printunlock output is gathered
// in a per-thread buffer and written with one write(2) at printunlock (or when the
// buffer fills), so one print statement is one write. Outside a lock, each call writes.
#pragma once
#include <cstdint>
#include <string_view>

#include "runtime/abi.h"

namespace mgo::rt {

void printlock();
void printunlock();
void printstr(std::string_view s);
void printint(int64_t v);
void printuint(uint64_t v);
void printhex(uint64_t v);
void printfloat(double v);            // +1.500000e+000, NaN, +Inf, -Inf
void printcomplex(double re, double im);
void printbool(bool v);
void printpointer(const void* p);

// Formats v as Go's print does (+d.dddddde+ddd) into buf (>= 14 bytes); returns length.
int format_float(char* buf, double v);

}  // namespace mgo::rt
