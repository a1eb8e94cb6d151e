// types_lower.cc — Go types to LLVM types, sizes, and the calling-convention shape of a
// signature (abi.h "Value layouts" and "Calling convention").
//
// Invariants:
//   - LLVM's struct layout with natural alignment equals C's, so a lowered struct has the
//     size/offsets abi.h promises and the runtime's C++ structs (String, Slice, Eface).
//   - bool is i1 in SSA and in memory (LLVM stores an i1 as one byte 0/1); i1 parameters
//     and results carry zeroext so C++ `bool` callees see a clean byte.
//   - Pointers are opaque (`ptr`), so recursive types (type L struct{next *L}) need no
//     forward declarations.
#include "jit/codegen.h"

#include "llvm/IR/DerivedTypes.h"

namespace mgo::jit {

using fe::BasicKind;
using fe::TypeKind;

[[noreturn]] void unsupported(fe::Pos pos, std::string msg) {
  throw Unsupported{pos, std::move(msg)};
}

Codegen::Codegen(llvm::LLVMContext& c, llvm::Module& m, bool sc, int level)
    : ctx(c), mod(m), b(c), stackChecks(sc), optLevel(level) {
  ptrTy_ = llvm::PointerType::get(ctx, 0);
  i64_ = llvm::Type::getInt64Ty(ctx);
  stringTy_ = llvm::StructType::get(ctx, {ptrTy_, i64_});
  sliceTy_ = llvm::StructType::get(ctx, {ptrTy_, i64_, i64_});
  ifaceTy_ = llvm::StructType::get(ctx, {ptrTy_, ptrTy_});
}

llvm::Type* Codegen::lowerType(const fe::Type* t) {
  if (!t) unsupported({}, "internal error: expression without a type");
  auto it = typeCache_.find(t);
  if (it != typeCache_.end()) return it->second;
  llvm::Type* r = nullptr;
  switch (t->kind) {
    case TypeKind::Named:
      r = lowerType(fe::underlying(t));
      break;
    case TypeKind::Basic:
      switch (t->basic) {
        case BasicKind::Bool: case BasicKind::UntypedBool: r = llvm::Type::getInt1Ty(ctx); break;
        case BasicKind::Int8: case BasicKind::Uint8: r = llvm::Type::getInt8Ty(ctx); break;
        case BasicKind::Int16: case BasicKind::Uint16: r = llvm::Type::getInt16Ty(ctx); break;
        case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::UntypedRune:
          r = llvm::Type::getInt32Ty(ctx);
          break;
        case BasicKind::Int: case BasicKind::Int64: case BasicKind::Uint:
        case BasicKind::Uint64: case BasicKind::Uintptr: case BasicKind::UntypedInt:
          r = i64_;
          break;
        case BasicKind::Float32: r = llvm::Type::getFloatTy(ctx); break;
        case BasicKind::Float64: case BasicKind::UntypedFloat: r = llvm::Type::getDoubleTy(ctx); break;
        case BasicKind::Complex64:
          r = llvm::StructType::get(ctx, {llvm::Type::getFloatTy(ctx), llvm::Type::getFloatTy(ctx)});
          break;
        case BasicKind::Complex128: case BasicKind::UntypedComplex:
          r = llvm::StructType::get(ctx, {llvm::Type::getDoubleTy(ctx), llvm::Type::getDoubleTy(ctx)});
          break;
        case BasicKind::String: case BasicKind::UntypedString: r = stringTy_; break;
        case BasicKind::UnsafePointer: case BasicKind::UntypedNil: r = ptrTy_; break;
        case BasicKind::Invalid: unsupported({}, "internal error: invalid type reached codegen");
      }
      break;
    case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature:
      r = ptrTy_;
      break;
    case TypeKind::Slice: r = sliceTy_; break;
    case TypeKind::Interface: r = ifaceTy_; break;
    case TypeKind::Array:
      r = llvm::ArrayType::get(lowerType(t->elem), static_cast<uint64_t>(t->len));
      break;
    case TypeKind::Struct: {
      std::vector<llvm::Type*> fs;
      for (const auto& f : t->fields) fs.push_back(lowerType(f.type));
      r = llvm::StructType::get(ctx, fs);
      break;
    }
    case TypeKind::Tuple: {
      std::vector<llvm::Type*> fs;
      for (const auto* e : t->elems) fs.push_back(lowerType(e));
      r = llvm::StructType::get(ctx, fs);
      break;
    }
  }
  typeCache_[t] = r;
  return r;
}

uint64_t Codegen::sizeOf(const fe::Type* t) {
  return mod.getDataLayout().getTypeAllocSize(lowerType(t));
}

uint64_t Codegen::alignOf(const fe::Type* t) {
  return mod.getDataLayout().getABITypeAlign(lowerType(t)).value();
}

PClass Codegen::paramClass(const fe::Type* t) {
  const fe::Type* u = fe::underlying(t);
  switch (u->kind) {
    case TypeKind::Slice: return PClass::Slice;
    case TypeKind::Interface: return PClass::Iface;
    case TypeKind::Struct: case TypeKind::Array: return PClass::ByRef;
    case TypeKind::Basic:
      if (u->basic == BasicKind::String || u->basic == BasicKind::UntypedString)
        return PClass::String;
      if (u->basic == BasicKind::Complex64 || u->basic == BasicKind::Complex128)
        return PClass::ByRef;
      return PClass::Scalar;
    default: return PClass::Scalar;
  }
}

FuncABI Codegen::abiFor(const fe::Type* sig, const fe::Type* recv, bool hasCtx) {
  FuncABI a;
  a.hasCtx = hasCtx;
  const fe::Type* s = fe::underlying(sig);
  if (recv) a.params.push_back(recv);
  if (s->params)
    for (const auto* p : s->params->elems) a.params.push_back(p);
  if (s->results)
    for (const auto* r : s->results->elems) a.results.push_back(r);
  std::vector<llvm::Type*> ps{ptrTy_};
  if (hasCtx) ps.push_back(ptrTy_);
  llvm::Type* ret = llvm::Type::getVoidTy(ctx);
  if (a.results.empty()) {
    a.ret = RClass::Void;
  } else if (a.results.size() == 1) {
    PClass c = paramClass(a.results[0]);
    a.resultTy = lowerType(a.results[0]);
    if (c == PClass::Scalar) {
      a.ret = RClass::Scalar;
      ret = a.resultTy;
    } else if (c == PClass::String || c == PClass::Iface) {
      a.ret = RClass::Pair;
      ret = a.resultTy;
    } else {
      a.ret = RClass::Out;
    }
  } else {
    a.ret = RClass::Out;
    std::vector<llvm::Type*> fs;
    for (const auto* r : a.results) fs.push_back(lowerType(r));
    a.resultTy = llvm::StructType::get(ctx, fs);
  }
  if (a.ret == RClass::Out) ps.push_back(ptrTy_);
  for (const auto* p : a.params) {
    switch (paramClass(p)) {
      case PClass::Scalar: ps.push_back(lowerType(p)); break;
      case PClass::String: ps.push_back(ptrTy_); ps.push_back(i64_); break;
      case PClass::Slice: ps.push_back(ptrTy_); ps.push_back(i64_); ps.push_back(i64_); break;
      case PClass::Iface: ps.push_back(ptrTy_); ps.push_back(ptrTy_); break;
      case PClass::ByRef: ps.push_back(ptrTy_); break;
      case PClass::Void: break;
    }
  }
  a.fty = llvm::FunctionType::get(ret, ps, false);
  return a;
}

}  // namespace mgo::jit
