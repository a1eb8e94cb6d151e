// abi.h — the contract between compiled Go code (jit/), the runtime (runtime/) and the
// C++ halves of the standard library (stdlib/).
//
// Everything here is a layout or calling-convention fact that generated code relies on.
// Change a layout and you must change jit/ in the same commit. docs/ABI.md explains the
// reasons; this header is the reference.
//
// Value layouts (Go type -> memory), all little-endian x86-64, natural alignment:
//   bool            1 byte (0 or 1)
//   int, uint, uintptr, int64, uint64   8 bytes; int32/uint32/rune 4; int16 2; int8/uint8/byte 1
//   float64 8, float32 4, complex128 = {double re, im}, complex64 = {float re, im}
//   string          String  {const uint8_t* ptr; int64_t len;}
//   []T             Slice   {void* ptr; int64_t len; int64_t cap;}
//   interface{}     Eface   {const TypeDesc* type; void* data;}
//   interface{M..}  Iface   {const Itab* tab; void* data;}
//   *T, map, chan   one pointer (map -> runtime Hmap*, chan -> runtime Hchan*)
//   func            one pointer to a closure object whose first word is the code pointer
//   struct, array   fields/elements in order, C layout rules
// Interface data word: pointer-shaped types (pointers, maps, chans, funcs) are stored
// directly in `data`; every other type is boxed (data points to a heap copy), as Go's
// isdirectiface.
//
// Calling convention (every compiled Go function, every closure, every extern function
// of the stdlib; chosen so that C++ and Go code can call each other directly):
//   ret F(G* g, [void* ctx,] [void* out,] params...)
//   - g: the running goroutine; compiled prologues compare the stack pointer with
//     g->stackguard0 (offset 0).
//   - ctx: only for calls through a func value: the closure object itself.
//   - out: present when the results are neither "none", "one scalar" nor "one string or
//     one interface": then out points to caller memory laid out as a struct of the
//     results in order, and the function returns void.
//   - params, in order, receiver first for methods: scalars (ints, floats, bool as i1/C
//     bool, pointers, maps, chans, funcs) as themselves; string as (ptr, len); slice as
//     (ptr, len, cap); interface as (type-or-tab, data); struct and array values as a
//     pointer to a caller-owned temporary copy (the callee may modify it).
//   - results: none -> void; one scalar -> returned; one string / one interface ->
//     returned as a two-word struct (String / Eface), i.e. RAX:RDX as C returns it.
//   Methods in method tables and itabs take the receiver as the interface data word
//   (void*): for pointer receivers that is the pointer; for value receivers the compiler
//   emits a wrapper that loads the value from the data pointer.
//
// Extern functions: a function declared without a body in stdlib/go/*.go is implemented
// in C++ with the symbol  mgo_<pkg>_<Name>  (methods: mgo_<pkg>_<Type>_<Method>), where
// <pkg> is the import path with '/' replaced by '_' (unicode/utf8 -> unicode_utf8), and
// the C signature follows the convention above, e.g.
//   func Repeat(s string, count int) string   ->  String mgo_strings_Repeat(G*, const uint8_t*, int64_t, int64_t)
//   func Atoi(s string) (int, error)          ->  void mgo_strconv_Atoi(G*, AtoiOut*, const uint8_t*, int64_t)
#pragma once
#include <cstddef>
#include <cstdint>

extern "C" {

struct G;  // runtime/runtime2.h; compiled code only reads stackguard0 at offset 0.

struct String {
  const uint8_t* ptr;
  int64_t len;
};

struct Slice {
  void* ptr;
  int64_t len;
  int64_t cap;
};

struct TypeDesc;
struct Itab;

struct Eface {
  const TypeDesc* type;  // nullptr for the nil interface
  void* data;
};

struct Iface {
  const Itab* tab;  // nullptr for the nil interface
  void* data;
};

// Go's reflect.Kind numbering, so %T/%v code can be compared with Go's fmt.
enum Kind : uint8_t {
  KindInvalid = 0,
  KindBool, KindInt, KindInt8, KindInt16, KindInt32, KindInt64,
  KindUint, KindUint8, KindUint16, KindUint32, KindUint64, KindUintptr,
  KindFloat32, KindFloat64, KindComplex64, KindComplex128,
  KindArray, KindChan, KindFunc, KindInterface, KindMap, KindPointer, KindSlice,
  KindString, KindStruct, KindUnsafePointer,
};

enum TypeFlags : uint8_t {
  TypeFlagComparable = 1,     // == is defined (may still panic for interfaces)
  TypeFlagDirectIface = 2,    // stored directly in an interface's data word
  TypeFlagNamed = 4,          // a defined (named) type: name is "pkg.Name"
  TypeFlagHasPointers = 8,    // contains pointers (for a future collector)
};

struct StructField {
  String name;               // field name ("" never: embedded fields carry the type name)
  const TypeDesc* type;
  int64_t offset;
  uint8_t embedded;          // 1 for an embedded field
  uint8_t exported;          // 1 if the name is exported
};

struct Method {
  String name;               // method name
  const TypeDesc* mtype;     // the method's func type without receiver
  void* ifn;                 // code, receiver passed as the interface data word
};

struct IMethod {
  String name;
  const TypeDesc* mtype;     // func type without receiver
};

// One descriptor per distinct Go type in a program; descriptors are unique, so type
// identity is pointer equality. Emitted by jit/ as constant globals.
struct TypeDesc {
  uint64_t size;
  uint32_t align;
  uint8_t kind;              // Kind
  uint8_t flags;             // TypeFlags
  uint16_t reserved;
  String name;               // as %T prints it: "int", "main.Point", "[]string", "*main.T", "map[string]int", "struct { X int }"
  const TypeDesc* elem;      // pointer, slice, array, chan: element; map: value type
  const TypeDesc* key;       // map: key type
  int64_t len;               // array: length; chan: direction (1 recv, 2 send, 3 both)
  const StructField* fields; // struct fields
  int64_t nfields;
  const Method* methods;     // method set of this type, sorted by name (for *T: all methods)
  int64_t nmethods;
  const IMethod* imethods;   // interface: its methods sorted by name
  int64_t nimethods;
  const TypeDesc* const* params;   // func: parameter types
  int64_t nparams;
  const TypeDesc* const* results;  // func: result types
  int64_t nresults;
  uint8_t variadic;          // func: last parameter is ...T
  const TypeDesc* ptrto;     // *T, when the program uses it (else nullptr)
};

// An interface table: how a concrete type satisfies a non-empty interface.
// fun[i] implements inter->imethods[i].
struct Itab {
  const TypeDesc* inter;
  const TypeDesc* type;
  void* fun[1];              // really inter->nimethods entries
};

// The closure object behind every func value. Code signature: (G*, void* ctx, ...).
struct Closure {
  void* fn;
  // captured variables follow
};

// Map iteration state, owned by the caller's frame; the runtime fills key/val.
struct MapIter {
  void* key;                 // nullptr when iteration is over
  void* val;
  uint64_t state[10];        // runtime private
};

// A function with defer statements keeps one DeferFrame in its own frame.
// Protocol (jit/ emits, runtime/ implements; see runtime/panic.cc):
//   1. mgo_rt_deferframe_push(g, &frame) at entry;
//   2. if (_setjmp(frame.jb) != 0) goto recovered;   (returns_twice)
//   3. defer statements: mgo_rt_defer(g, &frame, closure)  (closure: func() value)
//   4. on every return: store results into their slots, then
//      recovered: mgo_rt_deferreturn(g, &frame)  (runs frame's pending defers LIFO, pops
//      the frame), then load the result slots (volatile) and return them.
// A recovered panic longjmps to frame.jb of the frame whose deferred call recovered.
struct DeferFrame {
  uint64_t jb[25];           // jmp_buf (200 bytes on glibc x86-64)
  void* defers;              // runtime private: pending deferred calls of this frame
  DeferFrame* link;          // runtime private: next outer frame of this goroutine
  uint64_t stackstate[4];    // runtime private: stack segment state at push
};

}  // extern "C"
