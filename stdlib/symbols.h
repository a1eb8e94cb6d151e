// symbols.h — what the JIT needs from the C++ half of the standard library.
//
// 1. extern_symbols(): every extern "C" function that implements a body-less function of
//    stdlib/go/*.go (symbol mgo_<pkg>_<Name>, mgo_<pkg>_<Type>_<Method>; runtime/abi.h),
//    as one table ending with {nullptr, nullptr}. Register each as an absolute symbol.
// 2. set_args(): the program's arguments, read by os.Args (os.go calls the extern
//    runtime_args). Call it before the program's package initialisers run, with argv[0]
//    the script's path and argv[1..] its arguments.
#pragma once

namespace mgo::std {

struct ExternSymbol {
  const char* name;
  void* addr;
};

const ExternSymbol* extern_symbols();

void set_args(int argc, const char* const* argv);

// Per-package tables (each null-terminated), concatenated by extern_symbols().
const ExternSymbol* fmt_symbols();
const ExternSymbol* os_symbols();
const ExternSymbol* errors_symbols();
const ExternSymbol* strconv_symbols();
const ExternSymbol* math_symbols();
const ExternSymbol* strings_symbols();
const ExternSymbol* unicode_symbols();
const ExternSymbol* sort_symbols();
const ExternSymbol* bufio_symbols();
const ExternSymbol* regexp_symbols();
const ExternSymbol* runtime_symbols();
const ExternSymbol* sync_symbols();
const ExternSymbol* time_symbols();
const ExternSymbol* log_symbols();
const ExternSymbol* rand_symbols();

}  // namespace mgo::std

#define MGO_SYM(fn) ::mgo::std::ExternSymbol{#fn, reinterpret_cast<void*>(&fn)}
