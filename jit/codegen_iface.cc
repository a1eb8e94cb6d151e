// codegen_iface.cc — interface values: conversion to interfaces (boxing), dynamic type,
// type assertions, type switches' tests, interface equality, and the method wrappers
// that itabs and method tables point at.
//
// Layout (abi.h): empty interface {TypeDesc*, data}, non-empty {Itab*, data}; Itab is
// {inter, type, fun[n]} so the dynamic type of a non-empty interface is tab->type (the
// second word) and method i is fun[i] (word 2 + i). data is the value itself for
// pointer-shaped types (isDirectIface) and a pointer to a heap copy otherwise.
// Static itabs are emitted where the concrete type is known (typedesc.cc); conversions
// between interface types ask the runtime (mgo_rt_getitab, cached there).
#include "jit/codegen.h"

namespace mgo::jit {

using namespace fe;

static bool isEmptyIface(const Type* t) { return underlying(t)->methodSet.empty(); }

bool Codegen::isDirectIface(const Type* t) {
  const Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature:
      return true;
    case TypeKind::Basic: return u->basic == BasicKind::UnsafePointer;
    default: return false;
  }
}

// The dynamic TypeDesc* of an interface value (null for nil).
llvm::Value* Codegen::ifaceType(llvm::Value* iv, const Type* ifaceT) {
  llvm::Value* w0 = b.CreateExtractValue(iv, 0);
  if (isEmptyIface(ifaceT)) return w0;
  auto* isNil = newBB("itab.nil");
  auto* notNil = newBB("itab.type");
  auto* join = newBB("itab.join");
  auto* from = b.GetInsertBlock();
  (void)from;
  b.CreateCondBr(b.CreateIsNull(w0), isNil, notNil);
  setBB(notNil);
  llvm::Value* t = b.CreateLoad(ptrTy_, b.CreateConstGEP1_64(ptrTy_, w0, 1));
  b.CreateBr(join);
  setBB(isNil);
  b.CreateBr(join);
  setBB(join);
  auto* phi = b.CreatePHI(ptrTy_, 2);
  phi->addIncoming(t, notNil);
  phi->addIncoming(llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0)), isNil);
  return phi;
}

llvm::Value* Codegen::toIface(llvm::Value* v, const Type* from, const Type* iface) {
  llvm::Value* r = llvm::PoisonValue::get(ifaceTy_);
  if (isInterface(from)) {
    if (isEmptyIface(iface)) {
      r = b.CreateInsertValue(r, ifaceType(v, from), 0);
      return b.CreateInsertValue(r, b.CreateExtractValue(v, 1), 1);
    }
    // To a non-empty interface: runtime itab lookup (cannot fail: checked statically).
    llvm::Value* dyn = ifaceType(v, from);
    auto* isNil = newBB("conv.nil");
    auto* notNil = newBB("conv.itab");
    auto* join = newBB("conv.join");
    b.CreateCondBr(b.CreateIsNull(dyn), isNil, notNil);
    setBB(notNil);
    llvm::Value* tab = callRT("mgo_rt_getitab", ptrTy_, {typeDesc(iface), dyn, b.getInt1(false)});
    auto* notNilEnd = b.GetInsertBlock();
    b.CreateBr(join);
    setBB(isNil);
    b.CreateBr(join);
    setBB(join);
    auto* phi = b.CreatePHI(ptrTy_, 2);
    phi->addIncoming(tab, notNilEnd);
    phi->addIncoming(llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0)), isNil);
    r = b.CreateInsertValue(r, phi, 0);
    return b.CreateInsertValue(r, b.CreateExtractValue(v, 1), 1);
  }
  llvm::Value* data;
  if (isDirectIface(from)) {
    data = v;
  } else {
    data = heapAlloc(from);
    b.CreateStore(v, data);
  }
  if (isEmptyIface(iface)) markIfaceType(from);  // itab() marks it otherwise
  llvm::Value* w0 = isEmptyIface(iface) ? typeDesc(from) : itab(iface, from);
  r = b.CreateInsertValue(r, w0, 0);
  return b.CreateInsertValue(r, data, 1);
}

llvm::Value* Codegen::fromIfaceData(llvm::Value* data, const Type* t) {
  if (isDirectIface(t)) return data;
  return loadTyped(data, t);
}

// x.(T) and v, ok := x.(T).
llvm::Value* Codegen::emitTypeAssert(const TypeAssertExpr* e, llvm::Value** okOut) {
  const Type* xt = e->x->type;
  const Type* T = e->assertType->type;
  llvm::Value* iv = emitExpr(e->x);
  llvm::Value* dyn = ifaceType(iv, xt);
  llvm::Value* data = b.CreateExtractValue(iv, 1);
  if (!isInterface(T)) {
    llvm::Value* ok = b.CreateICmpEQ(dyn, typeDesc(T));
    if (!okOut) {
      panicIf(b.CreateNot(ok), "mgo_rt_panicdottype", {fs->g, dyn, typeDesc(T), typeDesc(xt)});
      return fromIfaceData(data, T);
    }
    *okOut = ok;
    auto* yes = newBB("assert.ok");
    auto* join = newBB("assert.join");
    auto* from = b.GetInsertBlock();
    b.CreateCondBr(ok, yes, join);
    setBB(yes);
    llvm::Value* v = fromIfaceData(data, T);
    auto* yesEnd = b.GetInsertBlock();
    b.CreateBr(join);
    setBB(join);
    auto* phi = b.CreatePHI(lowerType(T), 2);
    phi->addIncoming(v, yesEnd);
    phi->addIncoming(zeroValue(T), from);
    return phi;
  }
  // To an interface type.
  llvm::Value* r = llvm::PoisonValue::get(ifaceTy_);
  llvm::Value* ok;
  llvm::Value* w0;
  if (isEmptyIface(T)) {
    ok = b.CreateIsNotNull(dyn);
    w0 = dyn;
  } else {
    auto* isNil = newBB("assert.nil");
    auto* notNil = newBB("assert.itab");
    auto* join = newBB("assert.join");
    b.CreateCondBr(b.CreateIsNull(dyn), isNil, notNil);
    setBB(notNil);
    llvm::Value* tab = callRT("mgo_rt_getitab", ptrTy_, {typeDesc(T), dyn, b.getInt1(true)});
    auto* notNilEnd = b.GetInsertBlock();
    b.CreateBr(join);
    setBB(isNil);
    b.CreateBr(join);
    setBB(join);
    auto* phi = b.CreatePHI(ptrTy_, 2);
    phi->addIncoming(tab, notNilEnd);
    phi->addIncoming(llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0)), isNil);
    w0 = phi;
    ok = b.CreateIsNotNull(phi);
  }
  if (!okOut) panicIf(b.CreateNot(ok), "mgo_rt_panicdottype", {fs->g, dyn, typeDesc(T), typeDesc(xt)});
  else *okOut = ok;
  llvm::Value* null = llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0));
  r = b.CreateInsertValue(r, b.CreateSelect(ok, w0, null), 0);
  return b.CreateInsertValue(r, b.CreateSelect(ok, data, null), 1);
}

// Interface equality: same dynamic type, then the runtime compares the data (and panics
// for uncomparable types, as Go).
llvm::Value* Codegen::ifaceEqual(llvm::Value* x, llvm::Value* y, const Type* t) {
  llvm::Value* tx = ifaceType(x, t);
  llvm::Value* ty = ifaceType(y, t);
  auto* sameT = newBB("ieq.same");
  auto* cmp = newBB("ieq.cmp");
  auto* join = newBB("ieq.join");
  auto* from = b.GetInsertBlock();
  b.CreateCondBr(b.CreateICmpEQ(tx, ty), sameT, join);
  setBB(sameT);
  b.CreateCondBr(b.CreateIsNull(tx), join, cmp);
  setBB(cmp);
  llvm::Value* eq = callRT("mgo_rt_efaceeq", b.getInt1Ty(),
                           {fs->g, tx, b.CreateExtractValue(x, 1), b.CreateExtractValue(y, 1)});
  auto* cmpEnd = b.GetInsertBlock();
  b.CreateBr(join);
  setBB(join);
  auto* phi = b.CreatePHI(b.getInt1Ty(), 3);
  phi->addIncoming(b.getInt1(false), from);
  phi->addIncoming(b.getInt1(true), sameT);
  phi->addIncoming(eq, cmpEnd);
  return phi;
}

// The code an itab or method table holds for method e of receiver type R: takes the
// interface data word as receiver. The method itself when R is *T with a pointer method
// (or a pointer-shaped T with a value method) and no embedding; otherwise a wrapper that
// rebuilds the receiver from the data word and walks the embedding path.
llvm::Function* Codegen::methodWrapper(const Type* R, const MethodSetEntry& e) {
  const Func* f = e.func;
  if (!f) return ifaceMethodWrapper(R, e);
  bool rIsPtr = underlying(R)->kind == TypeKind::Pointer && !R->isNamed();
  if (e.sel.path.empty() && ((rIsPtr && f->ptrRecv) || (!f->ptrRecv && isDirectIface(R) && !rIsPtr)))
    return funcFor(f);
  FuncABI abi = abiFor(f->type, basicType(BasicKind::UnsafePointer), false);
  return buildWrapper(R, e, abi, [&](llvm::Function* w, unsigned first, llvm::Value* addr,
                                     llvm::Value* val, const Type* t) -> llvm::Value* {
    llvm::Value* recv;
    bool tIsPtr = underlying(t)->kind == TypeKind::Pointer;
    if (f->ptrRecv) {
      if (tIsPtr) recv = addr ? b.CreateLoad(ptrTy_, addr) : val;
      else recv = addr ? addr : spill(val);
    } else {
      if (tIsPtr) {
        llvm::Value* p = addr ? b.CreateLoad(ptrTy_, addr) : val;
        recv = loadTyped(nilCheck(p, {}), underlying(t)->elem);
      } else {
        recv = addr ? loadTyped(addr, t) : val;
      }
    }
    // Forward the flattened arguments after the receiver unchanged.
    FuncABI target = abiFor(f->type, f->recv->type, false);
    std::vector<llvm::Value*> flat{fs->g};
    if (abi.ret == RClass::Out) flat.push_back(w->getArg(1));
    switch (paramClass(f->recv->type)) {
      case PClass::Scalar: flat.push_back(recv); break;
      case PClass::String: case PClass::Iface:
        flat.push_back(b.CreateExtractValue(recv, 0));
        flat.push_back(b.CreateExtractValue(recv, 1));
        break;
      case PClass::Slice:
        flat.push_back(b.CreateExtractValue(recv, 0));
        flat.push_back(b.CreateExtractValue(recv, 1));
        flat.push_back(b.CreateExtractValue(recv, 2));
        break;
      case PClass::ByRef: flat.push_back(spill(recv)); break;
      case PClass::Void: break;
    }
    for (unsigned i = first + 1; i < w->arg_size(); ++i) flat.push_back(w->getArg(i));
    emitDeferForward(b, fs->g, w, funcFor(f));
    return b.CreateCall(target.fty, funcFor(f), flat);
  });
}

// A method promoted from an embedded interface field (struct{ I }): the wrapper walks to
// the interface value and calls through its itab, forwarding the arguments.
llvm::Function* Codegen::ifaceMethodWrapper(const Type* R, const MethodSetEntry& e) {
  const Type* sig = e.sel.type;
  if (!sig || e.sel.path.empty())
    unsupported({}, "internal error: promoted interface method " + e.name + " without path");
  FuncABI abi = abiFor(sig, basicType(BasicKind::UnsafePointer), false);
  return buildWrapper(R, e, abi, [&](llvm::Function* w, unsigned first, llvm::Value* addr,
                                     llvm::Value* val, const Type* t) -> llvm::Value* {
    llvm::Value* iv = loadTyped(addr ? addr : spill(val), t);
    int index = -1;
    const auto& ms = underlying(t)->methodSet;
    for (size_t i = 0; i < ms.size(); ++i)
      if (ms[i].name == e.name) index = static_cast<int>(i);
    llvm::Value* tab = nilCheck(b.CreateExtractValue(iv, 0), {});
    llvm::Value* code = b.CreateLoad(ptrTy_, b.CreateConstGEP1_64(ptrTy_, tab, 2 + index));
    std::vector<llvm::Value*> flat{fs->g};
    if (abi.ret == RClass::Out) flat.push_back(w->getArg(1));
    flat.push_back(b.CreateExtractValue(iv, 1));
    for (unsigned i = first + 1; i < w->arg_size(); ++i) flat.push_back(w->getArg(i));
    emitDeferForward(b, fs->g, w, code);
    return b.CreateCall(abi.fty, code, flat);
  });
}

// The frame both wrappers share, cached per (R, method name): a function of `abi` whose
// receiver is the interface data word. It rebuilds R's value from the data word (the word
// itself for pointer-shaped R, else the address of the boxed value), follows e's embedding
// path (loading and nil-checking embedded pointers), and hands the field reached — as an
// address, or a value when nothing was loaded — to emitCall, whose result it returns.
llvm::Function* Codegen::buildWrapper(const Type* R, const MethodSetEntry& e, const FuncABI& abi,
                                      const WrapperCall& emitCall) {
  auto key = std::make_pair(R, e.name);
  auto it = wrappers_.find(key);
  if (it != wrappers_.end()) return it->second;
  auto* w = llvm::Function::Create(abi.fty, llvm::GlobalValue::InternalLinkage,
                                   fresh(typeString(R) + "." + e.name + "·i"), &mod);
  w->addFnAttr(llvm::Attribute::NoUnwind);
  wrappers_[key] = w;
  WrapperScope scope;
  beginWrapper(scope, w, false, false);  // forwards deferred calls itself (emitCall)
  unsigned first = 1 + (abi.ret == RClass::Out ? 1 : 0);
  llvm::Value* data = w->getArg(first);
  // Current position: an address of a value of type t (or, for direct types, the value).
  const Type* t = R;
  llvm::Value* addr = nullptr;
  llvm::Value* val = nullptr;
  if (isDirectIface(R)) val = data; else addr = data;
  for (int idx : e.sel.path) {
    const Type* u = underlying(t);
    if (u->kind == TypeKind::Pointer) {
      llvm::Value* p = addr ? b.CreateLoad(ptrTy_, addr) : val;
      addr = nilCheck(p, {});
      val = nullptr;
      t = u->elem;
      u = underlying(t);
    }
    if (!addr) addr = spill(val);
    addr = b.CreateStructGEP(lowerType(u), addr, idx);
    val = nullptr;
    t = u->fields[idx].type;
  }
  llvm::Value* call = emitCall(w, first, addr, val, t);
  if (w->getReturnType()->isVoidTy()) b.CreateRetVoid();
  else b.CreateRet(call);
  endWrapper(scope);
  return w;
}

}  // namespace mgo::jit
