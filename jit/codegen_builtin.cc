// codegen_builtin.cc — built-in functions (len, cap, append, copy, delete, make, new,
// panic, recover, print, println, complex, real, imag) and conversions T(x).
//
// Float -> integer conversions use the x86 truncating conversion instructions
// (cvttsd2si and friends) through their LLVM intrinsics: they are defined for every
// input and give Go's amd64 results (0x8000000000000000 for out-of-range and NaN),
// where LLVM's fptosi would be poison. float -> uint64 follows Go's amd64 sequence:
// values >= 2^63 are converted after subtracting 2^63, then the top bit is set.
#include "jit/codegen.h"
#include "llvm/IR/IntrinsicsX86.h"

namespace mgo::jit {

using namespace fe;



llvm::Value* Codegen::emitBuiltin(const CallExpr* e) {
  auto id = static_cast<BuiltinId>(e->builtinId);
  const auto& a = e->args;
  switch (id) {
    case BuiltinId::Len: case BuiltinId::Cap: {
      const Type* t = a[0]->type;
      const Type* u = underlying(t);
      if (u->kind == TypeKind::Pointer) u = underlying(u->elem);
      if (u->kind == TypeKind::Array) {
        // len of an array (or pointer to array) is a constant; evaluate for side effects.
        if (!(a[0]->mode == ExprMode::Constant)) emitExpr(a[0]);
        return constI64(u->len);
      }
      llvm::Value* v = emitExpr(a[0]);
      if (isString(u)) return b.CreateExtractValue(v, 1);
      if (u->kind == TypeKind::Slice) return b.CreateExtractValue(v, id == BuiltinId::Len ? 1 : 2);
      if (u->kind == TypeKind::Map) return callRT("mgo_rt_maplen", i64_, {v});
      return callRT(id == BuiltinId::Len ? "mgo_rt_chanlen" : "mgo_rt_chancap", i64_, {v});
    }
    case BuiltinId::Append: return emitAppend(e);
    case BuiltinId::Copy: {
      llvm::Value* dst = emitExpr(a[0]);
      llvm::Value* src = emitExpr(a[1]);
      return emitCopy(dst, src, underlying(a[0]->type)->elem);
    }
    case BuiltinId::Delete: {
      const Type* mt = a[0]->type;
      llvm::Value* m = emitExpr(a[0]);
      llvm::Value* k = spill(emitExprTo(a[1], underlying(mt)->key));
      callRT("mgo_rt_mapdelete", b.getVoidTy(), {fs->g, typeDesc(mt), m, k});
      return nullptr;
    }
    case BuiltinId::Make: return emitMake(e);
    case BuiltinId::New: {
      const Type* t = underlying(e->type)->elem;
      return heapAlloc(t);
    }
    case BuiltinId::Panic: {
      llvm::Value* v = emitExprTo(a[0], emptyInterface());
      callRT("mgo_rt_gopanic", b.getVoidTy(), {fs->g, b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)},
             true);
      return nullptr;
    }
    case BuiltinId::Recover: return emitRecover();
    case BuiltinId::Print: emitPrint(e, false); return nullptr;
    case BuiltinId::Println: emitPrint(e, true); return nullptr;
    case BuiltinId::Complex: {
      const Type* ct = stripUntyped(e->type);
      const Type* ft = underlying(ct)->basic == BasicKind::Complex64 ? basicType(BasicKind::Float32)
                                                                     : basicType(BasicKind::Float64);
      llvm::Value* re = emitExprTo(a[0], ft);
      llvm::Value* im = emitExprTo(a[1], ft);
      llvm::Value* r = llvm::PoisonValue::get(lowerType(ct));
      return b.CreateInsertValue(b.CreateInsertValue(r, re, 0), im, 1);
    }
    case BuiltinId::Real: case BuiltinId::Imag: {
      llvm::Value* c = emitExpr(a[0]);
      return b.CreateExtractValue(c, id == BuiltinId::Real ? 0 : 1);
    }
    case BuiltinId::Close:
      callRT("mgo_rt_closechan", b.getVoidTy(), {fs->g, emitExpr(a[0])});
      return nullptr;
    default: unsupported(e->pos, "this builtin is not supported");
  }
}

// copy(dst, src): memmove of min(len(dst), len(src)) elements (src may be a string).
llvm::Value* Codegen::emitCopy(llvm::Value* dst, llvm::Value* src, const Type* et) {
  llvm::Value* n = b.CreateSelect(b.CreateICmpULT(b.CreateExtractValue(dst, 1), b.CreateExtractValue(src, 1)),
                                  b.CreateExtractValue(dst, 1), b.CreateExtractValue(src, 1));
  llvm::Value* bytes = b.CreateMul(n, constI64(sizeOf(et)));
  b.CreateMemMove(b.CreateExtractValue(dst, 0), llvm::MaybeAlign(1), b.CreateExtractValue(src, 0),
                  llvm::MaybeAlign(1), bytes);
  return n;
}

llvm::Value* Codegen::emitMake(const CallExpr* e) {
  const Type* t = e->type;
  const Type* u = underlying(t);
  const auto& a = e->args;
  auto intArg = [&](const Expr* x) {
    llvm::Value* v = emitExpr(x);
    const Type* xt = stripUntyped(x->type);
    if (!v->getType()->isIntegerTy(64))
      v = isUnsigned(xt) ? b.CreateZExt(v, i64_) : b.CreateSExt(v, i64_);
    return v;
  };
  if (u->kind == TypeKind::Slice) {
    llvm::Value* len = intArg(a[1]);
    llvm::Value* cap = a.size() > 2 ? intArg(a[2]) : len;
    llvm::Value* out = entryAlloca(sliceTy_, "make");
    callRT("mgo_rt_makeslice", b.getVoidTy(), {fs->g, out, typeDesc(u->elem), len, cap});
    return b.CreateLoad(sliceTy_, out);
  }
  if (u->kind == TypeKind::Map) {
    llvm::Value* hint = a.size() > 1 ? intArg(a[1]) : constI64(0);
    return callRT("mgo_rt_makemap", ptrTy_, {fs->g, typeDesc(t), hint});
  }
  llvm::Value* size = a.size() > 1 ? intArg(a[1]) : constI64(0);
  return callRT("mgo_rt_makechan", ptrTy_, {fs->g, typeDesc(t), size});
}

llvm::Value* Codegen::emitAppend(const CallExpr* e) {
  const Type* st = e->type;
  const Type* et = underlying(st)->elem;
  llvm::Type* elt = lowerType(et);
  uint64_t esz = sizeOf(et);
  llvm::Value* s = emitExprTo(e->args[0], st);
  // The values to append: either a list, or one slice/string spread with `...`.
  std::vector<llvm::Value*> vals;
  llvm::Value* srcPtr = nullptr;
  llvm::Value* srcLen = nullptr;
  if (e->hasDots) {
    llvm::Value* src = emitExpr(e->args[1]);
    srcPtr = b.CreateExtractValue(src, 0);
    srcLen = b.CreateExtractValue(src, 1);
  } else {
    for (size_t i = 1; i < e->args.size(); ++i) vals.push_back(emitExprTo(e->args[i], et));
    srcLen = constI64(vals.size());
  }
  if (!e->hasDots && vals.empty()) return s;
  llvm::Value* ptr = b.CreateExtractValue(s, 0);
  llvm::Value* len = b.CreateExtractValue(s, 1);
  llvm::Value* cap = b.CreateExtractValue(s, 2);
  llvm::Value* newLen = b.CreateAdd(len, srcLen);
  auto* grow = newBB("append.grow");
  auto* join = newBB("append.join");
  auto* from = b.GetInsertBlock();
  b.CreateCondBr(b.CreateICmpUGT(newLen, cap), grow, join);
  setBB(grow);
  llvm::Value* out = entryAlloca(sliceTy_, "grown");
  callRT("mgo_rt_growslice", b.getVoidTy(), {fs->g, out, typeDesc(et), ptr, len, cap, newLen});
  llvm::Value* g = b.CreateLoad(sliceTy_, out);
  llvm::Value* gptr = b.CreateExtractValue(g, 0);
  llvm::Value* gcap = b.CreateExtractValue(g, 2);
  auto* growEnd = b.GetInsertBlock();
  b.CreateBr(join);
  setBB(join);
  auto* p = b.CreatePHI(ptrTy_, 2);
  p->addIncoming(ptr, from);
  p->addIncoming(gptr, growEnd);
  auto* c = b.CreatePHI(i64_, 2);
  c->addIncoming(cap, from);
  c->addIncoming(gcap, growEnd);
  if (e->hasDots) {
    b.CreateMemMove(b.CreateGEP(elt, p, len), llvm::MaybeAlign(1), srcPtr, llvm::MaybeAlign(1),
                    b.CreateMul(srcLen, constI64(esz)));
  } else {
    for (size_t i = 0; i < vals.size(); ++i)
      b.CreateStore(vals[i], b.CreateGEP(elt, p, b.CreateAdd(len, constI64(i))));
  }
  llvm::Value* r = llvm::PoisonValue::get(sliceTy_);
  r = b.CreateInsertValue(r, p, 0);
  r = b.CreateInsertValue(r, newLen, 1);
  return b.CreateInsertValue(r, c, 2);
}

void Codegen::emitPrint(const CallExpr* e, bool ln) {
  std::vector<llvm::Value*> vs;
  std::vector<const Type*> ts;
  if (e->args.size() == 1 && e->args[0]->type && e->args[0]->type->kind == TypeKind::Tuple) {
    // print(f()) with a multi-valued f.
    llvm::Value* tuple = emitExpr(e->args[0]);
    const auto& els = e->args[0]->type->elems;
    for (size_t i = 0; i < els.size(); ++i) {
      vs.push_back(b.CreateExtractValue(tuple, i));
      ts.push_back(els[i]);
    }
    emitPrintValues(vs, ts, ln);
    return;
  }
  for (const Expr* a : e->args) {
    const Type* t = stripUntyped(a->type);
    vs.push_back(emitExprTo(a, t));
    ts.push_back(t);
  }
  emitPrintValues(vs, ts, ln);
}

void Codegen::emitPrintValues(const std::vector<llvm::Value*>& vs, const std::vector<const Type*>& ts,
                              bool ln) {
  std::vector<std::pair<llvm::Value*, const Type*>> vals;
  for (size_t i = 0; i < vs.size(); ++i) vals.push_back({vs[i], ts[i]});
  auto vt = b.getVoidTy();
  callRT("mgo_rt_printlock", vt, {fs->g});
  for (size_t i = 0; i < vals.size(); ++i) {
    if (ln && i > 0) callRT("mgo_rt_printsp", vt, {fs->g});
    auto [v, t] = vals[i];
    const Type* u = underlying(t);
    switch (u->kind) {
      case TypeKind::Basic:
        if (u->basic == BasicKind::Bool) callRT("mgo_rt_printbool", vt, {fs->g, v});
        else if (isString(u))
          callRT("mgo_rt_printstring", vt, {fs->g, b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
        else if (isFloat(u))
          callRT("mgo_rt_printfloat", vt, {fs->g, b.CreateFPExt(v, b.getDoubleTy())});
        else if (isComplex(u))
          callRT("mgo_rt_printcomplex", vt,
                 {fs->g, b.CreateFPExt(b.CreateExtractValue(v, 0), b.getDoubleTy()),
                  b.CreateFPExt(b.CreateExtractValue(v, 1), b.getDoubleTy())});
        else if (u->basic == BasicKind::UnsafePointer) callRT("mgo_rt_printpointer", vt, {fs->g, v});
        else if (isUnsigned(u))
          callRT("mgo_rt_printuint", vt, {fs->g, b.CreateZExt(v, i64_)});
        else
          callRT("mgo_rt_printint", vt, {fs->g, b.CreateSExt(v, i64_)});
        break;
      case TypeKind::Interface: {
        llvm::Value* ty = ifaceType(v, t);
        callRT("mgo_rt_printeface", vt, {fs->g, ty, b.CreateExtractValue(v, 1)});
        break;
      }
      case TypeKind::Slice:
        callRT("mgo_rt_printslice", vt,
               {fs->g, b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1), b.CreateExtractValue(v, 2)});
        break;
      case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature:
        callRT("mgo_rt_printpointer", vt, {fs->g, v});
        break;
      default: unsupported({}, "illegal types for operand: print");
    }
  }
  if (ln) callRT("mgo_rt_printnl", vt, {fs->g});
  callRT("mgo_rt_printunlock", vt, {fs->g});
}

// ---- conversions ----

llvm::Value* Codegen::emitConversion(const CallExpr* e) {
  const Type* to = e->type;
  const Expr* x = e->args[0];
  if (isNilExprPublic(x)) return zeroValue(to);
  if (x->mode == ExprMode::Constant && x->constVal && !isInterface(to)) {
    const Type* tu = underlying(to);
    // Constant numeric -> string is string(rune); constant -> []byte etc. go through values.
    if (tu->kind == TypeKind::Basic && !(isString(tu) && !isString(x->type)))
      return emitConst(*x->constVal, to, e->pos);
  }
  llvm::Value* v = emitExprTo(x, stripUntyped(x->type));
  return convert(v, stripUntyped(x->type), to, e->pos);
}

bool Codegen::isNilExprPublic(const Expr* e) {
  e = unparen(e);
  if (e->type && isBasic(e->type, BasicKind::UntypedNil)) return true;
  if (auto* id = dyn_cast<Ident>(e)) return id->obj && id->obj->kind == ObjKind::Nil;
  return false;
}

static llvm::Value* floatToInt(llvm::IRBuilder<>& b, llvm::Module& m, llvm::Value* v, unsigned bits,
                               bool uns) {
  bool isF32 = v->getType()->isFloatTy();
  auto vecTy = llvm::FixedVectorType::get(v->getType(), isF32 ? 4 : 2);
  auto cvt = [&](llvm::Value* x, bool to64) {
    llvm::Intrinsic::ID id = isF32 ? (to64 ? llvm::Intrinsic::x86_sse_cvttss2si64 : llvm::Intrinsic::x86_sse_cvttss2si)
                                   : (to64 ? llvm::Intrinsic::x86_sse2_cvttsd2si64 : llvm::Intrinsic::x86_sse2_cvttsd2si);
    llvm::Value* vec = b.CreateInsertElement(llvm::PoisonValue::get(vecTy), x, b.getInt64(0));
    return b.CreateCall(llvm::Intrinsic::getDeclaration(&m, id), {vec});
  };
  llvm::Value* r;
  if (uns && bits == 64) {
    // Go amd64: x < 2^63 ? cvt(x) : cvt(x - 2^63) ^ (1<<63)
    llvm::Value* two63 = llvm::ConstantFP::get(v->getType(), 9223372036854775808.0);
    llvm::Value* small = b.CreateFCmpOLT(v, two63);
    llvm::Value* a = cvt(v, true);
    llvm::Value* c = b.CreateXor(cvt(b.CreateFSub(v, two63), true), b.getInt64(1ULL << 63));
    r = b.CreateSelect(small, a, c);
  } else if (bits == 64 || (uns && bits == 32)) {
    r = cvt(v, true);
  } else {
    r = cvt(v, false);
  }
  return b.CreateTrunc(r, b.getIntNTy(bits));
}

llvm::Value* Codegen::convert(llvm::Value* v, const Type* from, const Type* to, Pos pos) {
  from = stripUntyped(from);
  if (from == to) return v;
  const Type* fu = underlying(from);
  const Type* tu = underlying(to);
  if (tu->kind == TypeKind::Interface) {
    if (fu->kind == TypeKind::Interface && fu == tu) return v;
    return toIface(v, from, to);
  }
  if (fu->kind == TypeKind::Basic && tu->kind == TypeKind::Basic) {
    if (isString(tu)) {
      if (isString(fu)) return v;
      if (isInteger(fu)) {
        llvm::Value* r = isUnsigned(fu) ? b.CreateZExt(v, i64_) : b.CreateSExtOrTrunc(v, i64_);
        if (isUnsigned(fu) && v->getType()->isIntegerTy(64)) r = v;
        return callRT("mgo_rt_intstring", stringTy_, {fs->g, r});
      }
    }
    if (isInteger(fu) && isInteger(tu)) {
      unsigned tb = tu->basic == BasicKind::Int || tu->basic == BasicKind::Uint || tu->basic == BasicKind::Uintptr
                        ? 64 : basicSizeBits(tu->basic);
      llvm::Type* tt = b.getIntNTy(tb);
      return isUnsigned(fu) ? b.CreateZExtOrTrunc(v, tt) : b.CreateSExtOrTrunc(v, tt);
    }
    if (isInteger(fu) && isFloat(tu))
      return isUnsigned(fu) ? b.CreateUIToFP(v, lowerType(tu)) : b.CreateSIToFP(v, lowerType(tu));
    if (isFloat(fu) && isInteger(tu)) {
      unsigned tb = v->getType()->isFloatTy() || true ? lowerType(tu)->getIntegerBitWidth() : 64;
      return floatToInt(b, mod, v, tb, isUnsigned(tu));
    }
    if (isFloat(fu) && isFloat(tu)) return b.CreateFPCast(v, lowerType(tu));
    if (isComplex(fu) && isComplex(tu)) {
      llvm::Type* et = lowerType(tu)->getStructElementType(0);
      llvm::Value* r = llvm::PoisonValue::get(lowerType(tu));
      r = b.CreateInsertValue(r, b.CreateFPCast(b.CreateExtractValue(v, 0), et), 0);
      return b.CreateInsertValue(r, b.CreateFPCast(b.CreateExtractValue(v, 1), et), 1);
    }
    if (fu->basic == BasicKind::UnsafePointer && isInteger(tu)) return b.CreatePtrToInt(v, lowerType(tu));
    if (isInteger(fu) && tu->basic == BasicKind::UnsafePointer) return b.CreateIntToPtr(v, ptrTy_);
    return v;
  }
  if (isString(fu) && tu->kind == TypeKind::Slice) {
    const Type* et = underlying(tu->elem);
    llvm::Value* out = entryAlloca(sliceTy_, "conv");
    const char* fn = et->basic == BasicKind::Int32 ? "mgo_rt_stringtoslicerune" : "mgo_rt_stringtoslicebyte";
    callRT(fn, b.getVoidTy(), {fs->g, out, b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
    return b.CreateLoad(sliceTy_, out);
  }
  if (fu->kind == TypeKind::Slice && isString(tu)) {
    const Type* et = underlying(fu->elem);
    if (et->basic == BasicKind::Int32)
      return callRT("mgo_rt_slicerunetostring", stringTy_,
                    {fs->g, b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
    return callRT("mgo_rt_slicebytetostring", stringTy_,
                  {fs->g, b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
  }
  if (fu->kind == TypeKind::Slice && tu->kind == TypeKind::Pointer) {
    // (*[N]T)(s): panics when len(s) < N (Go 1.17).
    int64_t n = underlying(tu->elem)->len;
    llvm::Value* len = b.CreateExtractValue(v, 1);
    panicIf(b.CreateICmpSLT(len, constI64(n)), "mgo_rt_panicSlice",
            {fs->g, constI64(n), len, constI64(0), constI64(8)});
    return b.CreateExtractValue(v, 0);
  }
  return v;  // identical underlying types: same representation
}

}  // namespace mgo::jit
