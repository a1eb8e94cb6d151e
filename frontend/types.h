// types.h — Go types and declared objects as the checker computes them (go/types' model).
//
// Contract with jit/ (codegen):
//  - One struct Type with a kind and the fields of every kind (only those of its kind are
//    meaningful). Unnamed composite types are interned: identical unnamed types are the
//    same Type*, so `identical(a, b)` is `a == b` for every pair of types, and codegen can
//    key maps by Type*. Named types are unique per declaration. Basic types are unique
//    (byte is uint8's Type*, rune is int32's).
//  - Types live for the whole process (a global arena, never freed), objects for the
//    lifetime of their Program (see package.h).
//  - Signatures are interned without parameter names and without receiver: a method's
//    receiver is Func::recv; parameter Vars (with names) are Func::params / Func::results
//    and FuncLit's own vars (see check.h).
//  - Tuples (function parameter/result lists, multi-value expressions) are interned lists
//    of types.
//  - Struct fields carry name, type, embedded flag, tag and (for unexported names) package.
//  - Interface: `methods` is the complete method set sorted by name (explicit + embedded);
//    `explicitMethods`/`embeddeds` keep the source form.
//
// Identity (spec "Type identity"): named types are identical iff same declaration;
// unnamed types structurally (field names, tags, embedding, unexported names' packages;
// signatures ignore parameter names; interfaces compare method sets).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "frontend/constant.h"
#include "frontend/source.h"

namespace mgo::fe {

struct Type;
struct Object;
struct Var;
struct Func;
struct TypeName;
struct Package;
struct Scope;

enum class TypeKind : uint8_t {
  Basic, Named, Pointer, Slice, Array, Map, Chan, Struct, Signature, Interface, Tuple
};

enum class BasicKind : uint8_t {
  Invalid,  // the type of erroneous expressions
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString,
  UntypedNil,
};

// (ast.h has its own ChanDir for the syntax.) Numbering = abi.h TypeDesc.len.
enum class ChanDirection : uint8_t { Both = 3, Send = 2, Recv = 1 };

struct TypeField {
  std::string name;       // for embedded fields: the type's name ("T" for *pkg.T)
  Type* type = nullptr;
  bool embedded = false;
  std::string tag;        // unquoted tag value
  Package* pkg = nullptr; // package of the declaring struct (matters for unexported names)
  Pos pos;
  bool exported() const;
};

// A method of an interface (name + signature without receiver).
struct InterfaceMethod {
  std::string name;
  Type* sig = nullptr;      // Signature
  Package* pkg = nullptr;   // for unexported names
  Func* obj = nullptr;      // declaring object (explicit methods), else nullptr
};

struct Type {
  TypeKind kind;

  // Basic.
  BasicKind basic = BasicKind::Invalid;
  std::string basicName;  // "int", "untyped int", "unsafe.Pointer", ...

  // Named: obj has name and package. underlying_ is never Named; it is null while the
  // declaration is being resolved (the checker fills it in).
  TypeName* obj = nullptr;
  Type* underlying_ = nullptr;
  std::vector<Func*> methods;  // declared methods, declaration order (Func::ptrRecv)

  // Pointer/Slice/Array/Chan: element. Map: value type.
  Type* elem = nullptr;
  Type* key = nullptr;  // Map
  int64_t len = 0;      // Array
  ChanDirection dir = ChanDirection::Both;

  std::vector<TypeField> fields;  // Struct

  // Signature (interned without names/receiver).
  Type* params = nullptr;   // Tuple
  Type* results = nullptr;  // Tuple
  bool variadic = false;    // last param is ...T (its type is []T)

  // Interface.
  std::vector<InterfaceMethod> methodSet;        // complete method set, sorted by name
  std::vector<InterfaceMethod> explicitMethods;  // as written
  std::vector<Type*> embeddeds;          // embedded interfaces as written

  // Tuple.
  std::vector<Type*> elems;

  explicit Type(TypeKind k) : kind(k) {}
  bool isNamed() const { return kind == TypeKind::Named; }
};

// ---- Constructors (interned; thread-safe) ----
Type* basicType(BasicKind k);  // Universe basic types
Type* invalidType();
Type* newPointer(Type* elem);
Type* newSlice(Type* elem);
Type* newArray(Type* elem, int64_t len);
Type* newMap(Type* key, Type* elem);
Type* newChan(Type* elem, ChanDirection dir);
Type* newStruct(std::vector<TypeField> fields);
Type* newTuple(std::vector<Type*> elems);
Type* emptyTuple();
Type* newSignature(Type* params, Type* results, bool variadic);  // params/results: Tuples
Type* newSignature(std::vector<Type*> params, std::vector<Type*> results, bool variadic);
// Interface from explicit methods and embedded interface types (each must be complete:
// its underlying an Interface). The method set is computed here; a duplicate method
// name with a different signature is reported via *dupName (returns nullptr then).
Type* newInterface(std::vector<InterfaceMethod> explicitMethods, std::vector<Type*> embeddeds,
                   std::string* dupName = nullptr);
Type* emptyInterface();  // interface {}
// A new defined type (not interned). underlying may be set later (setUnderlying).
Type* newNamed(TypeName* obj, Type* underlying);

// ---- Queries ----
// (Queries take const Type* because the AST slots hold const Type*; types are immutable
// once complete, so the non-const results are safe to hold.)
Type* underlying(const Type* t);       // Named -> its underlying, others -> themselves
bool identical(const Type* a, const Type* b);  // == thanks to interning; kept for readability
bool isBasic(const Type* t, BasicKind k);
bool isBoolean(const Type* t);   // underlying bool or untyped bool
bool isInteger(const Type* t);   // incl. untyped int/rune
bool isUnsigned(const Type* t);  // uint*, uintptr
bool isFloat(const Type* t);     // incl. untyped float
bool isComplex(const Type* t);   // incl. untyped complex
bool isNumeric(const Type* t);   // integer, float or complex
bool isString(const Type* t);    // incl. untyped string
bool isUntyped(const Type* t);   // untyped bool/int/rune/float/complex/string/nil
bool isTyped(const Type* t);
bool isConstType(const Type* t); // boolean, numeric or string basic
bool isInterface(const Type* t); // underlying is Interface
bool isPointer(const Type* t);
bool hasNil(const Type* t);      // pointer, slice, map, chan, func, interface, unsafe.Pointer
bool comparable(const Type* t);  // spec "Comparison operators" (== defined)
// Default type of an untyped type (untyped int -> int, rune -> int32, float -> float64,
// complex -> complex128, string -> string, bool -> bool); typed types unchanged.
Type* defaultType(const Type* t);
// Size in bits of an integer/float basic kind (int/uint/uintptr = 64).
unsigned basicSizeBits(BasicKind k);
// abi.h Kind number for a type (Named -> of its underlying).
uint8_t abiKind(const Type* t);

// Exactly as Go's %T prints it: "int", "main.Point", "[]int", "map[string]int", "*main.T",
// "func(int) string", "func(...int)", "struct { X int; Y string }", "interface {}",
// "interface { M() }", "chan<- int", "[3]int", "(int, string)" for tuples.
std::string typeString(const Type* t);
// As Go's compiler prints types in error messages: like typeString, but types of package
// `rel` (the package being checked) are unqualified ("T", "[]T"), others qualified by
// package name ("strings.Builder"), in the compact form of Go's compiler messages:
// "struct{a int}", "interface{}", "interface{M()}".
std::string typeStringQ(const Type* t, const Package* rel);

// Whether constant x is representable in type t (basic, or untyped); *rounded as in
// representableAs.
bool representable(const Value& x, const Type* t, Value* rounded);

// ---- Objects ----
enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Nil, Label };

struct Object {
  ObjKind kind;
  std::string name;
  Type* type = nullptr;       // Var/Const/TypeName/Func; PkgName/Label/Builtin: nullptr
  Package* pkg = nullptr;     // declaring package (nullptr for universe objects)
  Pos pos;                    // declaration position
  Scope* parent = nullptr;    // scope it is declared in
  bool exported() const;
  explicit Object(ObjKind k) : kind(k) {}
  virtual ~Object() = default;
};

struct Var : Object {
  Var() : Object(ObjKind::Var) {}
  bool isParam = false;
  bool isResult = false;
  bool isField = false;         // struct field (TypeField objects are not Vars; unused today)
  bool isPackageLevel = false;
  bool captured = false;        // referenced from a closure (FuncLit) other than its own
  bool addressTaken = false;    // &x, x.f addressable use with &, method call on &x, ...
  bool used = false;            // for "declared but not used"
  bool embedded = false;
  int index = -1;               // param/result: index in its list
};

struct Const : Object {
  Const() : Object(ObjKind::Const) {}
  Value val;
};

struct TypeName : Object {
  TypeName() : Object(ObjKind::TypeName) {}
  bool isAlias = false;  // `type A = B` (and byte/rune)
};

struct Func : Object {
  Func() : Object(ObjKind::Func) {}
  Var* recv = nullptr;          // methods: the receiver variable (type T or *T)
  bool ptrRecv = false;         // receiver is *T
  bool isExtern = false;        // body-less (stdlib, implemented in C++)
  std::vector<Var*> params;     // parameter vars (names may be "" or "_")
  std::vector<Var*> results;    // result vars (named or not)
  const void* decl = nullptr;   // the FuncDecl (ast.h); see check.h for the typed accessor
  // Full name for messages and symbols: "strings.Repeat", "(*main.T).M", "main.T.M".
  std::string fullName() const;
};

struct PkgName : Object {
  PkgName() : Object(ObjKind::PkgName) {}
  Package* imported = nullptr;
  bool used = false;
};

enum class BuiltinId : uint8_t {
  Append, Cap, Close, Complex, Copy, Delete, Imag, Len, Make, New, Panic, Print, Println,
  Real, Recover,
  // package unsafe
  Sizeof, Alignof, Offsetof,
};

struct Builtin : Object {
  Builtin() : Object(ObjKind::Builtin) {}
  BuiltinId id = BuiltinId::Len;
};

struct Nil : Object {
  Nil() : Object(ObjKind::Nil) {}
};

struct Label : Object {
  Label() : Object(ObjKind::Label) {}
  bool used = false;
  const void* stmt = nullptr;  // the LabeledStmt (ast.h)
};

// ---- Selections and method sets ----
enum class SelKind : uint8_t {
  FieldVal,    // x.f: a struct field
  MethodVal,   // x.m: a method value/call with receiver x
  MethodExpr,  // T.m: a method expression
  PkgMember,   // pkg.Name (not a Selection in go/types; recorded for convenience)
};

// What x.f resolves to, as go/types' Selection:
//  path: the field indices from x's (dereferenced) struct type down to the embedding
//        struct; for FieldVal the last index is the field itself; for MethodVal/MethodExpr
//        the path leads to the embedded field whose type declares the method.
//  derefs[i]: the embedded field taken at path[i] has pointer type (*E), so the walk
//        dereferences it before the next step. derefs has one entry per embedded step:
//        path.size() - 1 entries for FieldVal, path.size() for methods. Whether x itself
//        is a pointer is recv's kind (an unnamed *T is dereferenced first).
//  Example: Outer{A int; Mid}, Mid{*Inner}, Inner{X int}: o.X has path {1, 0, 0},
//        derefs {false, true}, indirect true.
//  indirect: some pointer was dereferenced along the path (including x itself being *T).
struct Selection {
  SelKind kind = SelKind::FieldVal;
  Type* recv = nullptr;        // type of x (or T for method expressions)
  Object* obj = nullptr;       // Func for methods, nullptr for fields (see field)
  const TypeField* field = nullptr;  // FieldVal: the field
  Type* type = nullptr;        // type of the selector expression
  std::vector<int> path;
  std::vector<bool> derefs;    // derefs[i]: field path[i] is a pointer (auto-deref)
  bool indirect = false;
  // Methods: does the method need a pointer receiver (*T) while the final embedded value
  // is not a pointer? Then codegen takes its address (x must be addressable).
  bool needAddr = false;       // (the checker marks that variable addressTaken)
  bool ifaceMethod = false;    // method found in an interface's method set
  int ifaceIndex = -1;         // index into methodSet of that interface
};

// LookupFieldOrMethod(T, addressable, pkg, name): finds field or method `name` in type T
// (which may be a pointer to a named type). Returns the object kind via sel.
enum class LookupResult : uint8_t { Found, NotFound, Ambiguous, PtrRecvOnValue };
LookupResult lookupFieldOrMethod(const Type* T, bool addressable, const Package* pkg,
                                 const std::string& name, Selection* sel);

// The method set of T as spec'd (T: value-receiver methods incl. promoted; *T: all).
// Each entry: name, the Func, whether promoted through embedding (path like Selection).
struct MethodSetEntry {
  std::string name;
  Func* func = nullptr;          // concrete method (nullptr for interface methods)
  Selection sel;                 // how to reach the receiver from T
};
std::vector<MethodSetEntry> methodSet(const Type* T);

// Whether T implements interface iface; on failure *missing gets the method name and
// *wrongType/ptrRecv say why (for messages: "(missing method M)", "(method M has pointer
// receiver)", "(wrong type for method M)").
bool implements(const Type* T, const Type* iface, std::string* missing = nullptr,
                bool* wrongType = nullptr, bool* ptrRecv = nullptr);
// Whether x of type V is assignable to T (spec "Assignability"), ignoring untyped
// constant representability (the checker handles those).
bool assignableTo(const Type* V, const Type* T);

}  // namespace mgo::fe
