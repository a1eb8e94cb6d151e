// codegen_func.cc — functions: declarations, the stack-guard prologue, parameters and
// results per the calling convention, closures (func literals, func values of top-level
// functions), defer, and the program's entry points.
//
// Shape of every lowered function:
//   entry:    allocas (only here, so mem2reg promotes them); DeferFrame push + _setjmp
//   check:    low = rsp at entry - FRAME (inline asm lea); guard = load atomic monotonic
//             g->stackguard0; if (low < guard) goto more [cold] else goto body
//   more:     return musttail F$grow(args): packs the arguments and calls
//             mgo_rt_morestack_call(g, FRAME, F$morestack, &pack), which runs F on a new
//             stack segment (or again here after a preemption yield); F keeps no frame
//             on this path, so its register saves sink below the check
//             (jit/codegen_morestack.cc; functions with big frames keep only the check
//             and musttail-call their body, split off as F$body)
//   body...:  statements; `return` stores into the result slots and jumps to exit
//   exit:     [mgo_rt_deferreturn(g, &frame)]; load result slots (volatile when the
//             function has defers: they are read on the path _setjmp returns twice to);
//             return them per the convention.
// FRAME is an estimate: F's own frame (static allocas, saved registers) plus as much
// again and 256 bytes below it for spills and the calls' own pushes (the runtime keeps a
// red zone below the guard for runtime calls), plus 64 KiB
// when the function calls stdlib C++ externs (deep host code; runtime/stack.h).
// Leaf functions that call no Go code and have frames under 512 bytes get no check, as
// Go's NOSPLIT leaves.
//
// Variables: a Var captured by a func literal or whose address is taken (found by a walk
// of the body: &x, x[:] of an array, pointer-method calls on x, closures) lives in a heap
// cell from mgo_rt_newobject; all others in allocas. A closure object is
// {code, cell pointers...}; the code receives it as ctx.
#include "jit/ast_walk.h"
#include "jit/codegen.h"
#include "jit/codegen_morestack.h"
#include "runtime/stack.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/MDBuilder.h"

namespace mgo::jit {

using namespace fe;

std::string Codegen::fresh(const std::string& base) {
  int& n = names_[base];
  return n++ == 0 ? base : base + "#" + std::to_string(n - 1);
}

static std::string externSymbol(const Func* f) {
  // mgo_<pkg>_<Name> / mgo_<pkg>_<Type>_<Method>; pkg path with '/' -> '_'.
  std::string pkg = f->pkg ? f->pkg->path : "main";
  for (char& c : pkg)
    if (c == '/') c = '_';
  std::string s = "mgo_" + pkg + "_";
  if (f->recv) {
    const Type* rt = f->recv->type;
    if (rt->kind == TypeKind::Pointer) rt = rt->elem;
    if (rt->kind == TypeKind::Named && rt->obj) s += rt->obj->name + "_";
  }
  return s + f->name;
}

llvm::Function* Codegen::funcFor(const Func* f) {
  auto it = funcs_.find(f);
  if (it != funcs_.end()) return it->second;
  const Type* recv = f->recv ? f->recv->type : nullptr;
  FuncABI abi = abiFor(f->type, recv, false);
  bool ext = f->isExtern;
  std::string name = ext ? externSymbol(f) : fresh(f->fullName());
  llvm::Function* fn = mod.getFunction(name);
  if (!fn)
    fn = llvm::Function::Create(abi.fty,
                                ext ? llvm::GlobalValue::ExternalLinkage
                                    : llvm::GlobalValue::InternalLinkage,
                                name, &mod);
  fn->addFnAttr(llvm::Attribute::NoUnwind);
  for (auto& a : fn->args())
    if (a.getType()->isIntegerTy(1)) a.addAttr(llvm::Attribute::ZExt);
  if (fn->getReturnType()->isIntegerTy(1)) fn->addRetAttr(llvm::Attribute::ZExt);
  funcs_[f] = fn;
  // Bodies are lowered on demand: only functions reachable from the entry points (and
  // from method tables of types used at run time) are compiled.
  if (!ext && f->decl) pendingBodies_.push_back(static_cast<const FuncDecl*>(f->decl));
  return fn;
}

llvm::GlobalVariable* Codegen::globalFor(const Var* v) {
  auto it = globals.find(v);
  if (it != globals.end()) return it->second;
  llvm::Type* t = lowerType(v->type);
  std::string name = (v->pkg ? v->pkg->name : std::string("main")) + "." + v->name;
  auto* gv = new llvm::GlobalVariable(mod, t, false, llvm::GlobalValue::InternalLinkage,
                                      llvm::Constant::getNullValue(t), fresh(name));
  gv->setAlignment(llvm::Align(std::max<uint64_t>(8, alignOf(v->type))));
  globals[v] = gv;
  return gv;
}

llvm::Value* Codegen::entryAlloca(llvm::Type* t, const char* name) {
  llvm::IRBuilder<> eb(fs->allocaBB, fs->allocaBB->begin());
  auto* a = eb.CreateAlloca(t, nullptr, name);
  a->setAlignment(llvm::Align(8));
  return a;
}

llvm::Value* Codegen::heapAlloc(const Type* t) {
  return callRT("mgo_rt_newobject", ptrTy_, {fs->g, typeDesc(t)});
}

llvm::Value* Codegen::allocVar(const Object* v, const Type* t) {
  llvm::Value* addr;
  if (fs->heapVars.count(v) || sizeOf(t) > 65536) {
    addr = heapAlloc(t);
  } else {
    addr = entryAlloca(lowerType(t), v->name.c_str());
  }
  fs->vars[v] = addr;
  return addr;
}

// ---- heap-variable analysis ----

// The variable an addressable expression is rooted in without going through a pointer
// (x, x.f, x[i] of an array, (x)), or nullptr.
static const Object* rootVar(const Expr* e) {
  while (e) {
    if (auto* id = dyn_cast<Ident>(e)) return id->obj && id->obj->kind == ObjKind::Var ? id->obj : nullptr;
    if (auto* p = dyn_cast<ParenExpr>(e)) { e = p->x; continue; }
    if (auto* s = dyn_cast<SelectorExpr>(e)) {
      if (!s->selection || s->selection->kind != SelKind::FieldVal) return nullptr;
      if (s->selection->indirect) return nullptr;
      e = s->x;
      continue;
    }
    if (auto* ix = dyn_cast<IndexExpr>(e)) {
      if (!ix->x->type || underlying(ix->x->type)->kind != TypeKind::Array) return nullptr;
      e = ix->x;
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

// Free variables of a func literal: Vars referenced inside that are declared outside.
static std::vector<const Object*> freeVars(const FuncLit* lit) {
  std::unordered_set<const Object*> defined;
  std::vector<const Object*> order;
  std::unordered_set<const Object*> seen;
  auto defineParams = [&](const FieldList* fl) {
    if (!fl) return;
    for (const Field* f : fl->list)
      for (const Ident* id : f->names)
        if (id->obj) defined.insert(id->obj);
  };
  std::function<void(const FuncLit*)> scanDefs = [&](const FuncLit* l) {
    defineParams(l->sig->params);
    defineParams(l->sig->results);
    walk(l->body, [&](const Node* n) {
      if (auto* id = dyn_cast<Ident>(n); id && id->isDef && id->obj) defined.insert(id->obj);
      if (auto* cc = dyn_cast<CaseClause>(n); cc && cc->implicitObj) defined.insert(cc->implicitObj);
      if (auto* fl = dyn_cast<FuncLit>(n)) {
        defineParams(fl->sig->params);
        defineParams(fl->sig->results);
      }
      return true;
    });
  };
  scanDefs(lit);
  walk(lit->body, [&](const Node* n) {
    if (auto* id = dyn_cast<Ident>(n)) {
      const Object* o = id->obj;
      if (o && o->kind == ObjKind::Var && !static_cast<const Var*>(o)->isPackageLevel &&
          !defined.count(o) && seen.insert(o).second)
        order.push_back(o);
    }
    return true;
  });
  return order;
}

void Codegen::collectHeapVars(const Node* body, FuncState& st) {
  walk(body, [&](const Node* n) {
    if (auto* id = dyn_cast<Ident>(n); id && id->obj && id->obj->kind == ObjKind::Var) {
      auto* v = static_cast<const Var*>(id->obj);
      if (v->captured || v->addressTaken) st.heapVars.insert(v);
    } else if (auto* u = dyn_cast<UnaryExpr>(n); u && u->op == Tok::And) {
      if (auto* v = rootVar(u->x)) st.heapVars.insert(v);
    } else if (auto* s = dyn_cast<SliceExpr>(n)) {
      if (s->x->type && underlying(s->x->type)->kind == TypeKind::Array)
        if (auto* v = rootVar(s->x)) st.heapVars.insert(v);
    } else if (auto* sel = dyn_cast<SelectorExpr>(n)) {
      if (sel->selection && sel->selection->kind == SelKind::MethodVal && sel->selection->obj) {
        auto* f = static_cast<const Func*>(sel->selection->obj);
        bool xIsPtr = sel->x->type && underlying(sel->x->type)->kind == TypeKind::Pointer;
        if ((f->ptrRecv && !xIsPtr) || sel->selection->needAddr)
          if (auto* v = rootVar(sel->x)) st.heapVars.insert(v);
      }
    } else if (auto* lit = dyn_cast<FuncLit>(n)) {
      for (auto* v : freeVars(lit)) st.heapVars.insert(v);
    }
    return true;
  });
}

// ---- function bodies ----

void Codegen::beginFunction(FuncState& st, llvm::Function* fn, const Type* sig,
                            const Type* recvType, bool hasCtx) {
  st.fn = fn;
  st.sig = sig;
  st.abi = abiFor(sig, recvType, hasCtx);
  st.allocaBB = llvm::BasicBlock::Create(ctx, "entry", fn);
  auto arg = fn->arg_begin();
  st.g = &*arg++;
  st.g->setName("g");
  if (hasCtx) {
    st.ctx = &*arg++;
    st.ctx->setName("ctx");
  }
  if (st.abi.ret == RClass::Out) {
    st.outPtr = &*arg++;
    st.outPtr->setName("out");
  }
  st.exitBB = llvm::BasicBlock::Create(ctx, "exit", fn);
  auto* body = llvm::BasicBlock::Create(ctx, "body", fn, st.exitBB);
  fs = &st;
  b.SetInsertPoint(body);
}

// Rebuilds the Go value of parameter i from the flattened LLVM arguments.
void Codegen::bindParams(FuncState& st, const std::vector<Var*>& params,
                         const std::vector<Var*>& results, const Var* recv) {
  auto arg = st.fn->arg_begin() + 1 + (st.ctx ? 1 : 0) + (st.outPtr ? 1 : 0);
  std::vector<const Var*> all;
  if (recv) all.push_back(recv);
  for (auto* p : params) all.push_back(p);
  for (size_t i = 0; i < st.abi.params.size(); ++i) {
    const Type* t = st.abi.params[i];
    const Var* v = i < all.size() ? all[i] : nullptr;
    llvm::Type* lt = lowerType(t);
    llvm::Value* val = nullptr;
    llvm::Value* byref = nullptr;
    switch (paramClass(t)) {
      case PClass::Scalar: val = &*arg++; break;
      case PClass::String: case PClass::Iface: {
        llvm::Value* a0 = &*arg++;
        llvm::Value* a1 = &*arg++;
        val = b.CreateInsertValue(b.CreateInsertValue(llvm::PoisonValue::get(lt), a0, 0), a1, 1);
        break;
      }
      case PClass::Slice: {
        llvm::Value* a0 = &*arg++;
        llvm::Value* a1 = &*arg++;
        llvm::Value* a2 = &*arg++;
        val = b.CreateInsertValue(
            b.CreateInsertValue(b.CreateInsertValue(llvm::PoisonValue::get(lt), a0, 0), a1, 1), a2, 2);
        break;
      }
      case PClass::ByRef: byref = &*arg++; break;
      case PClass::Void: break;
    }
    if (!v || v->name.empty() || v->name == "_") continue;
    if (byref && !st.heapVars.count(v)) {
      st.vars[v] = byref;
      continue;
    }
    if (byref) val = b.CreateLoad(lt, byref);
    llvm::Value* addr = allocVar(v, t);
    b.CreateStore(val, addr);
  }
  // Result slots: named results are variables (zeroed); unnamed ones plain slots.
  for (size_t i = 0; i < st.abi.results.size(); ++i) {
    const Type* t = st.abi.results[i];
    const Var* v = i < results.size() ? results[i] : nullptr;
    llvm::Value* addr;
    if (v && !v->name.empty() && v->name != "_") {
      addr = allocVar(v, t);
    } else {
      addr = entryAlloca(lowerType(t), "res");
    }
    if (!llvm::isa<llvm::CallInst>(addr)) b.CreateStore(zeroValue(t), addr);
    st.resultSlots.push_back(addr);
  }
}

void Codegen::emitReturn(const std::vector<llvm::Value*>& vals) {
  for (size_t i = 0; i < vals.size() && i < fs->resultSlots.size(); ++i)
    b.CreateStore(vals[i], fs->resultSlots[i]);
  b.CreateBr(fs->exitBB);
  setBB(newBB("after.return"));
}

void Codegen::emitPrologue(FuncState& st) {
  // Frame estimate from the static allocas.
  uint64_t allocas = 0;
  const auto& dl = mod.getDataLayout();
  for (auto& inst : *st.allocaBB)
    if (auto* a = llvm::dyn_cast<llvm::AllocaInst>(&inst))
      if (auto sz = a->getAllocationSize(dl)) allocas += sz->getFixedValue();
  uint64_t frame = 256 + allocas;
  bool leaf = !st.callsGo && frame < 512;
  llvm::BasicBlock* body = st.allocaBB->getNextNode();
  llvm::IRBuilder<> eb(st.allocaBB);
  // Goroutines of checked code start on small segments (runtime/stack.h).
  if (stackChecks) rt::stack_set_first_segment(rt::kFirstSegment);
  if (!stackChecks || leaf) {
    eb.CreateBr(body);
    return;
  }
  // The slow path continues the call on a new segment (codegen_morestack.cc).
  frame += heavyCallFrame(*st.fn);
  llvm::Function* fn = st.fn;
  llvm::Function* target = fn;
  llvm::BasicBlock* entry = st.allocaBB;
  if (needsSplit(*fn, allocas)) {
    eb.CreateBr(body);
    target = splitBody(fn);
    entry = llvm::BasicBlock::Create(ctx, "entry", fn);
    body = llvm::BasicBlock::Create(ctx, "call.body", fn);
    llvm::IRBuilder<> cb(body);
    std::vector<llvm::Value*> args;
    for (auto& a : fn->args()) args.push_back(&a);
    auto* call = cb.CreateCall(target, args);
    call->setAttributes(target->getAttributes());
    call->setTailCallKind(llvm::CallInst::TCK_MustTail);  // F keeps no frame
    if (fn->getReturnType()->isVoidTy())
      cb.CreateRetVoid();
    else
      cb.CreateRet(call);
  }
  for (auto& a : fn->args()) frame += dl.getTypeAllocSize(a.getType());  // the pack
  frame += 16;
  // sp is read at entry, before F's own frame exists: count that frame too (its allocas
  // and up to six saved registers plus alignment; spills stay within the 256 above).
  frame += allocas + 64;
  auto* check = llvm::BasicBlock::Create(ctx, "stack.check", fn, body);
  auto* more = llvm::BasicBlock::Create(ctx, "stack.more", fn, body);
  llvm::IRBuilder<> xb(entry);
  xb.CreateBr(check);
  xb.SetInsertPoint(check);
  // An inline asm computes sp - FRAME (one lea): shrink-wrapping does not see it as a
  // use of rsp, so F's register saves can move below the check (codegen_morestack.cc).
  auto* lowSP = llvm::InlineAsm::get(llvm::FunctionType::get(i64_, false),
                                     "leaq -" + std::to_string(frame) + "(%rsp), $0", "=r",
                                     /*hasSideEffects=*/false);
  llvm::Value* low = xb.CreateCall(lowSP, {}, "sp.low");
  llvm::Value* g = fn->getArg(0);
  auto* guard = xb.CreateLoad(i64_, g, "stackguard0");
  guard->setAtomic(llvm::AtomicOrdering::Monotonic);  // partner: sysmon's StackPreempt store
  guard->setAlignment(llvm::Align(8));
  llvm::Value* cond = xb.CreateICmpULT(low, guard, "need.more");
  llvm::MDBuilder mdb(ctx);
  xb.CreateCondBr(cond, more, body, mdb.createBranchWeights(1, 100000));
  emitMorestackPath(fn, target, more, frame);
}

void Codegen::finishFunction(FuncState& st) {
  if (!terminated()) b.CreateBr(st.exitBB);
  b.SetInsertPoint(st.exitBB);
  if (st.deferFrame) callRT("mgo_rt_deferreturn", b.getVoidTy(), {st.g, st.deferFrame});
  std::vector<llvm::Value*> vals;
  for (size_t i = 0; i < st.resultSlots.size(); ++i) {
    auto* ld = b.CreateLoad(lowerType(st.abi.results[i]), st.resultSlots[i]);
    if (st.deferFrame) ld->setVolatile(true);
    vals.push_back(ld);
  }
  switch (st.abi.ret) {
    case RClass::Void: b.CreateRetVoid(); break;
    case RClass::Scalar: case RClass::Pair: b.CreateRet(vals[0]); break;
    case RClass::Out:
      if (vals.size() == 1) {
        b.CreateStore(vals[0], st.outPtr);
      } else {
        for (size_t i = 0; i < vals.size(); ++i)
          b.CreateStore(vals[i], b.CreateStructGEP(st.abi.resultTy, st.outPtr, i));
      }
      b.CreateRetVoid();
      break;
  }
  // Blocks left without terminator after a return are unreachable.
  for (auto& bb : *st.fn)
    if (&bb != st.allocaBB && !bb.getTerminator()) {
      llvm::IRBuilder<> ub(&bb);
      ub.CreateUnreachable();
    }
  emitPrologue(st);
}

void Codegen::defineFunc(const FuncDecl* d) {
  auto* f = static_cast<const Func*>(d->obj);
  if (!f) unsupported(d->pos, "internal error: function without object");
  if (!d->body) return;  // extern: implemented in C++
  llvm::Function* fn = funcFor(f);
  FuncState st;
  FuncState* saved = fs;
  auto ip = b.saveIP();
  collectHeapVars(d->body, st);
  const Type* recv = f->recv ? f->recv->type : nullptr;
  beginFunction(st, fn, f->type, recv, false);
  emitRecoverClaim(st, d->body);
  bindParams(st, f->params, f->results, f->recv);
  setupDefers(st, d->body);
  emitBlock(d->body->list);
  finishFunction(st);
  fs = saved;
  if (ip.isSet()) b.restoreIP(ip);
}

// A function with defer statements (outside nested func literals) gets a DeferFrame:
// pushed at entry, and _setjmp'd so a recovered panic resumes at the exit block.
void Codegen::setupDefers(FuncState& st, const Node* body) {
  bool has = false;
  walk(body, [&](const Node* n) {
    if (isa<FuncLit>(n)) return false;
    if (isa<DeferStmt>(n)) has = true;
    return !has;
  });
  if (!has) return;
  st.deferFrame = entryAlloca(llvm::ArrayType::get(i64_, 31), "deferframe");
  callRT("mgo_rt_deferframe_push", b.getVoidTy(), {st.g, st.deferFrame});
  auto sj = rtFunc("_setjmp", b.getInt32Ty(), {ptrTy_});
  llvm::cast<llvm::Function>(sj.getCallee())->addFnAttr(llvm::Attribute::ReturnsTwice);
  auto* call = b.CreateCall(sj, {st.deferFrame});
  call->addFnAttr(llvm::Attribute::ReturnsTwice);
  auto* cont = newBB("body.defers");
  b.CreateCondBr(b.CreateICmpNE(call, b.getInt32(0)), st.exitBB, cont);
  setBB(cont);
}

// ---- closures ----

llvm::Value* Codegen::emitFuncLit(const FuncLit* lit) {
  std::vector<const Object*> caps = freeVars(lit);
  FuncABI abi = abiFor(lit->type, nullptr, true);
  auto* fn = llvm::Function::Create(abi.fty, llvm::GlobalValue::InternalLinkage,
                                    fresh(std::string(fs->fn->getName()) + ".func"), &mod);
  fn->addFnAttr(llvm::Attribute::NoUnwind);
  // Build the closure object in the current function first.
  std::vector<llvm::Value*> capAddrs;
  for (auto* v : caps) {
    auto it = fs->vars.find(v);
    if (it == fs->vars.end())
      unsupported(lit->pos, "internal error: captured variable " + v->name + " not found");
    capAddrs.push_back(it->second);
  }
  llvm::Value* clo;
  if (caps.empty()) {
    auto* sty = llvm::StructType::get(ctx, llvm::ArrayRef<llvm::Type*>{ptrTy_});
    clo = new llvm::GlobalVariable(mod, sty, true, llvm::GlobalValue::InternalLinkage,
                                   llvm::ConstantStruct::get(sty, {fn}), fn->getName() + ".closure");
  } else {
    clo = callRT("mgo_rt_mallocgc", ptrTy_,
                 {fs->g, constI64(8 * (1 + caps.size())), llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0))});
    b.CreateStore(fn, clo);
    for (size_t i = 0; i < caps.size(); ++i)
      b.CreateStore(capAddrs[i], b.CreateConstGEP1_64(ptrTy_, clo, i + 1));
  }
  // Lower the body.
  FuncState st;
  FuncState* saved = fs;
  auto ip = b.saveIP();
  collectHeapVars(lit->body, st);
  beginFunction(st, fn, lit->type, nullptr, true);
  for (size_t i = 0; i < caps.size(); ++i)
    st.vars[caps[i]] = b.CreateLoad(ptrTy_, b.CreateConstGEP1_64(ptrTy_, st.ctx, i + 1), caps[i]->name);
  std::vector<Var*> params, results;
  auto collect = [&](const FieldList* fl, std::vector<Var*>& out) {
    if (!fl) return;
    for (const Field* f : fl->list) {
      if (f->names.empty()) out.push_back(nullptr);
      for (const Ident* id : f->names) out.push_back(static_cast<Var*>(id->obj));
    }
  };
  emitRecoverClaim(st, lit->body);
  collect(lit->sig->params, params);
  collect(lit->sig->results, results);
  bindParams(st, params, results, nullptr);
  setupDefers(st, lit->body);
  emitBlock(lit->body->list);
  finishFunction(st);
  fs = saved;
  b.restoreIP(ip);
  return clo;
}

llvm::Value* Codegen::funcValue(const Func* f) {
  auto it = funcValues_.find(f);
  if (it != funcValues_.end()) return it->second;
  llvm::Function* target = funcFor(f);
  FuncABI abi = abiFor(f->type, nullptr, true);
  auto* w = llvm::Function::Create(abi.fty, llvm::GlobalValue::InternalLinkage,
                                   target->getName() + ".fv", &mod);
  w->addFnAttr(llvm::Attribute::NoUnwind);
  auto* bb = llvm::BasicBlock::Create(ctx, "entry", w);
  llvm::IRBuilder<> wb(bb);
  std::vector<llvm::Value*> args;
  for (auto& a : w->args())
    if (a.getArgNo() != 1) args.push_back(&a);
  emitDeferForward(wb, w->getArg(0), w, target);
  auto* call = wb.CreateCall(target, args);
  if (w->getReturnType()->isVoidTy())
    wb.CreateRetVoid();
  else
    wb.CreateRet(call);
  auto* sty = llvm::StructType::get(ctx, llvm::ArrayRef<llvm::Type*>{ptrTy_});
  auto* gv = new llvm::GlobalVariable(mod, sty, true, llvm::GlobalValue::InternalLinkage,
                                      llvm::ConstantStruct::get(sty, {w}), w->getName() + ".closure");
  funcValues_[f] = gv;
  return gv;
}

// ---- defer ----

// defer f(args): the callee and arguments are evaluated now (CallPlan) and saved in a
// heap closure {thunk, values...}; the thunk reloads them and performs the call.
llvm::Value* Codegen::planClosure(const CallPlan& plan, const char* suffix) {
  std::vector<llvm::Type*> fields{ptrTy_};
  for (auto* v : plan.vals) fields.push_back(v->getType());
  auto* sty = llvm::StructType::get(ctx, fields);
  auto* thunk = llvm::Function::Create(
      llvm::FunctionType::get(b.getVoidTy(), {ptrTy_, ptrTy_}, false),
      llvm::GlobalValue::InternalLinkage, fresh(std::string(fs->fn->getName()) + suffix), &mod);
  thunk->addFnAttr(llvm::Attribute::NoUnwind);
  uint64_t size = mod.getDataLayout().getTypeAllocSize(sty);
  llvm::Value* clo = callRT("mgo_rt_mallocgc", ptrTy_,
                            {fs->g, constI64(size), llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0))});
  b.CreateStore(thunk, b.CreateStructGEP(sty, clo, 0));
  for (size_t i = 0; i < plan.vals.size(); ++i)
    b.CreateStore(plan.vals[i], b.CreateStructGEP(sty, clo, i + 1));
  // The thunk.
  WrapperScope w;
  beginWrapper(w, thunk, true, std::string_view(suffix) == ".defer");
  CallPlan p2 = plan;
  for (size_t i = 0; i < plan.vals.size(); ++i)
    p2.vals[i] = b.CreateLoad(fields[i + 1], b.CreateStructGEP(sty, w.st.ctx, i + 1));
  execPlan(p2);
  if (!terminated()) b.CreateRetVoid();
  for (auto& bb : *thunk)
    if (&bb != w.st.allocaBB && !bb.getTerminator()) llvm::IRBuilder<>(&bb).CreateUnreachable();
  endWrapper(w);
  return clo;
}

// defer f(args) / go f(args): the callee and arguments are evaluated now (CallPlan) and
// saved in a heap closure {thunk, values...}; the thunk reloads them and performs the
// call. A call of a func value without arguments (defer func(){...}()) passes the func
// value itself.
static bool isPlainFuncValueCall(const CallPlan& p) {
  return p.kind == CallPlan::Closure && p.vals.size() == 1;
}

void Codegen::emitDefer(const DeferStmt* s) {
  if (!s->call) unsupported(s->pos, "internal error: defer without call");
  if (!fs->deferFrame) unsupported(s->pos, "internal error: defer frame missing");
  CallPlan plan = planCall(s->call, /*argsOwnStmts=*/true);
  // A func literal is never nil: defer it directly. Other func values go through a thunk
  // so that a nil one panics when the deferred call runs (Go 1.19), not here.
  const Expr* fun = s->call->fun;
  while (auto* p = dyn_cast<ParenExpr>(fun)) fun = p->x;
  llvm::Value* clo = isPlainFuncValueCall(plan) && isa<FuncLit>(fun) ? plan.vals[0]
                                                                     : planClosure(plan, ".defer");
  callRT("mgo_rt_defer", b.getVoidTy(), {fs->g, fs->deferFrame, clo});
}

void Codegen::emitGo(const GoStmt* s) {
  if (!s->call) unsupported(s->pos, "internal error: go without call");
  CallPlan plan = planCall(s->call, /*argsOwnStmts=*/true);
  llvm::Value* clo = isPlainFuncValueCall(plan) ? plan.vals[0] : planClosure(plan, ".go");
  callRT("mgo_rt_newproc", b.getVoidTy(), {fs->g, clo});
}

// ---- entry points ----

void Codegen::lowerProgram(const Program& prog) {
  emitEntryPoints(prog);
  finishMethodTables();  // lowers every pending body, then what method tables pull in
}

void Codegen::emitEntryPoints(const Program& prog) {
  auto* fty = llvm::FunctionType::get(b.getVoidTy(), {ptrTy_}, false);
  const Type* voidSig = newSignature(std::vector<Type*>{}, std::vector<Type*>{}, false);
  {
    auto* fn = llvm::Function::Create(fty, llvm::GlobalValue::ExternalLinkage, "mgo.init", &mod);
    FuncState st;
    for (const Package* pkg : prog.packages)
      for (const auto& vi : pkg->initOrder)
        if (vi.rhs) collectHeapVars(vi.rhs, st);
    beginFunction(st, fn, voidSig, nullptr, false);
    for (const Package* pkg : prog.packages) {
      for (const auto& vi : pkg->initOrder) {
        if (!vi.rhs) continue;
        OrderScope os(*this);  // x = rhs, a statement of mgo.init (codegen_order.cc)
        if (vi.lhs.size() != 1 || !orderPackageLit(vi.rhs)) orderRoot(vi.rhs);
        if (vi.lhs.size() == 1) {
          llvm::Value* v = emitExprTo(vi.rhs, vi.lhs[0]->type);
          if (vi.lhs[0]->name != "_") b.CreateStore(v, globalFor(vi.lhs[0]));
          continue;
        }
        std::vector<llvm::Value*> vals;
        std::vector<const Type*> types;
        emitMultiValue(vi.rhs, vi.lhs.size(), &vals, &types);
        for (size_t i = 0; i < vi.lhs.size(); ++i) {
          if (!vi.lhs[i] || vi.lhs[i]->name == "_") continue;
          b.CreateStore(convert(vals[i], types[i], vi.lhs[i]->type, vi.rhs->pos), globalFor(vi.lhs[i]));
        }
      }
      for (const Func* f : pkg->initFuncs) {
        st.callsGo = true;
        b.CreateCall(funcFor(f), {st.g});
      }
    }
    finishFunction(st);
    fs = nullptr;
  }
  {
    auto* fn = llvm::Function::Create(fty, llvm::GlobalValue::ExternalLinkage, "mgo.main", &mod);
    FuncState st;
    beginFunction(st, fn, voidSig, nullptr, false);
    const Func* mainFunc = nullptr;
    if (prog.mainPkg)
      for (const Func* f : prog.mainPkg->funcs)
        if (f->name == "main" && !f->recv) mainFunc = f;
    if (mainFunc) {
      st.callsGo = true;
      b.CreateCall(funcFor(mainFunc), {st.g});
    }
    finishFunction(st);
    fs = nullptr;
  }
}

}  // namespace mgo::jit
