// codegen_order.cc — the order in which a statement evaluates its operands (gc's rule).
//
// The Go spec fixes only the relative order of calls, method calls, receives and &&/||;
// a program that reads a variable a call changes sees whatever the compiler chose, and
// mgo must behave as gc 1.19's binary. gc's order pass (cmd/compile/internal/walk/
// order.go, expr1 and stmt) rewrites each statement so that these "early" nodes are
// evaluated into temporaries first, left to right, each after its own early children
// (post-order), and only then the rest of the statement runs (variable and field reads,
// derefs, indexing incl. map index, arithmetic, concatenation, most conversions):
//   - function, method and interface calls; len, cap, copy, make, new, complex, real,
//     imag, recover, append; []byte(s) and []rune(s);
//   - receives <-c; type assertions to a type that is not pointer-shaped;
//   - slice expressions (x[i:j]);
//   - && and ||: the left side is evaluated at its place (its own early nodes first),
//     the right side only inside the branch, with its own pre-pass;
//   - the key of a map that gc accesses by the key's address (not 4/8-byte plain
//     memory nor a string, or values over 128 bytes), unless a global or element/field;
//     a struct or array key of the other maps (stored into an integer temporary);
//   - a map literal with a non-constant entry: the whole map, each entry then being
//     its own assignment `m[k] = v` (issue 26552);
//   - a value converted to an interface that dataWordFuncName boxes through memory
//     (anything but a 2/4/8-byte pointer-free value or a string or slice in disguise;
//     pointers, maps and chans included: order.go's addrTemp), unless it is addressable
//     and not a local variable (a global, a field or element, a deref is read late).
// The statement's own operation (the call of an expression statement, the right side
// of an assignment, a comma-ok form) is not hoisted: a "root" contributes only its early
// children. An assignment's left side is evaluated after all early nodes of the right
// side (`a[i] = f()` indexes with i as f left it). go/defer arguments are not ordered
// here: gc 1.19 evaluates each into its own temporary, left to right (as emitArgs does);
// nor are the values of `var a, b = x, y`, each its own statement (emitLocalDecl).
// A package-level struct/array/slice literal initialiser is one statement per element
// (orderPackageLit); any other package-level initialiser is one statement.
// Function literals are separate bodies: never entered.
//
// Mechanism: an OrderScope brackets one statement (or one && / || side, one map-literal
// entry); orderRoot/orderOperand emit each early node with the ordinary emitter and
// record its value under its AST node; emitExpr/emitCall return the recorded value when
// they meet that node again while lowering the statement. emitOrdered is the common
// case: one expression (a condition, a switch tag, a go/defer argument...) evaluated as
// a statement of its own. Invariant: a recorded value
// was emitted before the statement's remaining code in the same block chain, so it
// dominates every use; the scope forgets its entries when the statement is done.
#include "jit/codegen.h"

namespace mgo::jit {

using namespace fe;



Codegen::OrderScope::OrderScope(Codegen& cg) : cg_(cg), mark_(cg.earlyKeys_.size()) {}

Codegen::OrderScope::~OrderScope() {
  while (cg_.earlyKeys_.size() > mark_) {
    cg_.early_.erase(cg_.earlyKeys_.back());
    cg_.earlyKeys_.pop_back();
  }
}

llvm::Value* Codegen::earlyValue(const Expr* e) const {
  if (early_.empty()) return nullptr;
  auto it = early_.find(e);
  return it == early_.end() ? nullptr : it->second;
}

void Codegen::markEarly(const Expr* e) {
  llvm::Value* v = emitExpr(e);
  early_[e] = v;
  earlyKeys_.push_back(e);
}

static bool hasPointers(const Type* t) {
  const Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Basic: return u->basic == BasicKind::String || u->basic == BasicKind::UnsafePointer;
    case TypeKind::Array: return u->len > 0 && hasPointers(u->elem);
    case TypeKind::Struct:
      for (const auto& f : u->fields)
        if (hasPointers(f.type)) return true;
      return false;
    default: return true;  // pointer, slice, map, chan, func, interface
  }
}

// order.go: dataWordFuncName(T) reports needsaddr — the value is boxed through memory.
// Pointer-shaped values too: gc 1.19 asks before it looks at the representation.
bool Codegen::boxesThroughMemory(const Type* t) {
  uint64_t size = sizeOf(t), align = alignOf(t);
  if (size == 2 && align == 2) return false;
  if (size == 4 && align == 4 && !hasPointers(t)) return false;
  if (size == 8 && align == 8 && !hasPointers(t)) return false;
  // The sole component of a struct/array nest that is a string or a slice.
  const Type* u = underlying(t);
  for (;;) {
    if (u->kind == TypeKind::Struct && u->fields.size() == 1) u = underlying(u->fields[0].type);
    else if (u->kind == TypeKind::Array && u->len == 1) u = underlying(u->elem);
    else break;
  }
  if (u->kind == TypeKind::Slice || (u->kind == TypeKind::Basic && u->basic == BasicKind::String))
    return false;
  return true;
}

// order.go's isaddrokay: addressable and not a (local) variable name.
bool Codegen::readsLateWhenBoxed(const Expr* e) {
  e = unparen(e);
  if (!isAddressable(e)) return false;
  if (auto* id = dyn_cast<Ident>(e)) return static_cast<const Var*>(id->obj)->isPackageLevel;
  return true;  // pkg.Var, a field, an element, *p
}

// gc's mapfast: a map whose key is 4 or 8 bytes of plain memory (integers, pointers,
// channels, padding-free structs/arrays of those) or a string, with values of at most
// 128 bytes, is accessed with the key by value; any other map takes its key's address
// (order.go mapKeyTemp -> addrTemp), so a key that is not a global or an element/field
// is copied early.
static bool plainMemory(const Type* t, uint64_t* size) {
  const Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Basic:
      switch (u->basic) {
        case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: *size += 1; return true;
        case BasicKind::Int16: case BasicKind::Uint16: *size += 2; return true;
        case BasicKind::Int32: case BasicKind::Uint32: *size += 4; return true;
        case BasicKind::Int: case BasicKind::Int64: case BasicKind::Uint: case BasicKind::Uint64:
        case BasicKind::Uintptr: case BasicKind::UnsafePointer:
          *size += 8; return true;
        default: return false;  // floats, complex, strings
      }
    case TypeKind::Pointer: case TypeKind::Chan: *size += 8; return true;
    case TypeKind::Array: {
      uint64_t es = 0;
      if (!plainMemory(u->elem, &es)) return false;
      *size += es * static_cast<uint64_t>(u->len);
      return true;
    }
    case TypeKind::Struct:
      for (const auto& f : u->fields)
        if (!plainMemory(f.type, size)) return false;
      return true;
    default: return false;
  }
}

bool Codegen::mapKeyByAddress(const Type* mapType) {
  const Type* u = underlying(mapType);
  if (sizeOf(u->elem) > 128) return true;
  const Type* k = underlying(u->key);
  if (k->kind == TypeKind::Basic && k->basic == BasicKind::String) return false;
  uint64_t size = 0;
  if (!plainMemory(k, &size)) return true;
  return !(size == sizeOf(k) && (size == 4 || size == 8));  // padding-free, 4 or 8 bytes
}

void Codegen::orderIndex(const IndexExpr* e) {
  orderOperand(e->x);
  orderOperand(e->index);
  const Expr* k = e->index;
  if (underlying(e->x->type)->kind != TypeKind::Map || (k->mode == ExprMode::Constant && k->constVal) ||
      early_.count(k))
    return;
  TypeKind kk = underlying(underlying(e->x->type)->key)->kind;
  bool byAddr = mapKeyByAddress(e->x->type);
  // A fast map's struct or array key is stored into a uint32/uint64 temporary at once.
  if ((byAddr && !readsLateWhenBoxed(k)) || (!byAddr && (kk == TypeKind::Struct || kk == TypeKind::Array)))
    markEarly(k);
}

void Codegen::orderList(const std::vector<Expr*>& es, const std::vector<const Type*>& tos) {
  for (size_t i = 0; i < es.size(); ++i) orderOperand(es[i], i < tos.size() ? tos[i] : nullptr);
}

void Codegen::orderCall(const CallExpr* e, bool root) {
  if (e->isConversion) {
    const Expr* a = e->args.empty() ? nullptr : e->args[0];
    orderOperand(a, isInterface(e->type) ? e->type : nullptr);
    const Type* u = underlying(e->type);
    if (!root && a && u->kind == TypeKind::Slice && isString(a->type)) markEarly(e);
    return;
  }
  if (e->isBuiltin) {
    auto id = static_cast<BuiltinId>(e->builtinId);
    const Type* et = nullptr;
    if (id == BuiltinId::Append && !e->hasDots && !e->args.empty())
      et = underlying(e->args[0]->type)->kind == TypeKind::Slice ? underlying(e->args[0]->type)->elem : nullptr;
    for (size_t i = 0; i < e->args.size(); ++i) {
      const Type* to = nullptr;
      if (id == BuiltinId::Append && i > 0) to = et && isInterface(et) ? et : nullptr;
      orderOperand(e->args[i], to);
    }
    switch (id) {
      case BuiltinId::Append: case BuiltinId::Cap: case BuiltinId::Complex: case BuiltinId::Copy:
      case BuiltinId::Imag: case BuiltinId::Len: case BuiltinId::Make: case BuiltinId::New:
      case BuiltinId::Real: case BuiltinId::Recover:
        if (!root) markEarly(e);
        break;
      default: break;
    }
    return;
  }
  const Expr* fun = unparen(e->fun);
  if (auto* se = dyn_cast<SelectorExpr>(fun); se && se->selection) orderOperand(se->x);
  else orderOperand(fun);
  // Parameter types, for the interface conversions of the arguments.
  std::vector<const Type*> tos;
  const Type* sig = fun->type ? underlying(fun->type) : nullptr;
  bool tupleArg = e->args.size() == 1 && e->args[0]->type && e->args[0]->type->kind == TypeKind::Tuple;
  if (sig && sig->kind == TypeKind::Signature && sig->params && !tupleArg) {
    const auto& ps = sig->params->elems;
    for (size_t i = 0; i < e->args.size(); ++i) {
      const Type* pt = nullptr;
      if (sig->variadic && !e->hasDots && !ps.empty() && i >= ps.size() - 1)
        pt = underlying(ps.back())->elem;
      else if (i < ps.size())
        pt = ps[i];
      tos.push_back(pt && isInterface(pt) ? pt : nullptr);
    }
  }
  orderList(e->args, tos);
  if (!root) markEarly(e);
}

// The value of a struct/array/slice literal's element and the type it is assigned to.
static const Expr* compositeElem(const Type* u, const Expr* el, size_t* pos, const Type** to) {
  const Expr* val = el;
  size_t fi = (*pos)++;
  if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
    val = kv->value;
    if (u->kind == TypeKind::Struct) {
      auto* key = dyn_cast<Ident>(kv->key);
      for (size_t i = 0; key && i < u->fields.size(); ++i)
        if (u->fields[i].name == key->name) fi = i;
    }
  }
  if (u->kind == TypeKind::Struct) *to = fi < u->fields.size() ? u->fields[fi].type : nullptr;
  else *to = u->elem;
  return val;
}

void Codegen::orderComposite(const CompositeLit* e) {
  const Type* u = underlying(e->type);
  if (u->kind == TypeKind::Pointer) u = underlying(u->elem);
  if (u->kind == TypeKind::Map) {
    for (const Expr* el : e->elts) {
      auto* kv = cast<KeyValueExpr>(el);
      if (!(kv->key->mode == ExprMode::Constant && kv->key->constVal) ||
          !(kv->value->mode == ExprMode::Constant && kv->value->constVal)) {
        markEarly(e);  // each entry is ordered by emitCompositeLit as its own statement
        return;
      }
    }
    return;
  }
  size_t pos = 0;
  for (const Expr* el : e->elts) {
    const Type* to = nullptr;
    const Expr* val = compositeElem(u, el, &pos, &to);
    orderOperand(val, to && isInterface(to) ? to : nullptr);
  }
}

// A package-level initialiser that is a struct, array or slice literal or &T{...} of
// one: gc's static init (staticinit/sched.go StaticAssign) assigns each element as a
// statement of its own, `x.f = v`, in source order, recursing into element literals of
// those kinds (also under an interface conversion); a map literal or any other element
// is one such statement. Each element is evaluated here in its own scope and recorded in
// the caller's scope, so the literal's emitter only stores. False when e is no such literal.
bool Codegen::orderPackageLit(const Expr* e) {
  e = unparen(e);
  if (auto* ux = dyn_cast<UnaryExpr>(e); ux && ux->op == Tok::And) e = unparen(ux->x);
  auto* cl = dyn_cast<CompositeLit>(e);
  if (!cl) return false;
  const Type* u = underlying(cl->type);
  if (u->kind == TypeKind::Pointer) u = underlying(u->elem);
  if (u->kind == TypeKind::Map) return false;
  size_t pos = 0;
  for (const Expr* el : cl->elts) {
    const Type* to = nullptr;
    const Expr* val = compositeElem(u, el, &pos, &to);
    if ((val->mode == ExprMode::Constant && val->constVal) || orderPackageLit(val)) continue;
    llvm::Value* v;
    {
      OrderScope os(*this);  // x.f = v
      orderOperand(val, to && isInterface(to) ? to : nullptr);
      v = emitExpr(val);
    }
    early_[val] = v;
    earlyKeys_.push_back(val);
  }
  return true;
}

void Codegen::orderOperand(const Expr* e, const Type* to) {
  if (!e || e->mode == ExprMode::TypeExpr) return;
  if (e->mode == ExprMode::Constant && e->constVal) return;
  if (early_.count(e)) return;
  switch (e->kind) {
    case NodeKind::ParenExpr: orderOperand(cast<ParenExpr>(e)->x, to); return;
    case NodeKind::SelectorExpr: orderOperand(cast<SelectorExpr>(e)->x); break;
    case NodeKind::IndexExpr: orderIndex(cast<IndexExpr>(e)); break;
    case NodeKind::SliceExpr: {
      auto* s = cast<SliceExpr>(e);
      orderOperand(s->x); orderOperand(s->lo); orderOperand(s->hi); orderOperand(s->max);
      markEarly(e);
      return;
    }
    case NodeKind::TypeAssertExpr:
      orderOperand(cast<TypeAssertExpr>(e)->x);
      if (!isDirectIface(e->type)) { markEarly(e); return; }
      break;
    case NodeKind::CallExpr: orderCall(cast<CallExpr>(e), false); return;
    case NodeKind::StarExpr: orderOperand(cast<StarExpr>(e)->x); break;
    case NodeKind::UnaryExpr: {
      auto* u = cast<UnaryExpr>(e);
      orderOperand(u->x);
      if (u->op == Tok::Arrow) { markEarly(e); return; }
      break;
    }
    case NodeKind::BinaryExpr: {
      auto* bx = cast<BinaryExpr>(e);
      if (bx->op == Tok::LAnd || bx->op == Tok::LOr) { markEarly(e); return; }
      orderOperand(bx->x);
      orderOperand(bx->y);
      break;
    }
    case NodeKind::CompositeLit:
      orderComposite(cast<CompositeLit>(e));
      if (early_.count(e)) return;
      break;
    default: break;  // identifiers, literals, function literals
  }
  if (to && isInterface(to) && e->type && !isInterface(e->type) && e->type->kind != TypeKind::Tuple &&
      !isNilExprPublic(e) && boxesThroughMemory(e->type) && !readsLateWhenBoxed(e))
    markEarly(e);
}

void Codegen::orderRoot(const Expr* e) {
  if (!e || e->mode == ExprMode::TypeExpr) return;
  if (e->mode == ExprMode::Constant && e->constVal) return;
  e = unparen(e);
  switch (e->kind) {
    case NodeKind::CallExpr: orderCall(cast<CallExpr>(e), true); return;
    case NodeKind::SliceExpr: {
      auto* s = cast<SliceExpr>(e);
      orderOperand(s->x); orderOperand(s->lo); orderOperand(s->hi); orderOperand(s->max);
      return;
    }
    case NodeKind::TypeAssertExpr: orderOperand(cast<TypeAssertExpr>(e)->x); return;
    case NodeKind::UnaryExpr:
      if (cast<UnaryExpr>(e)->op == Tok::Arrow) { orderOperand(cast<UnaryExpr>(e)->x); return; }
      break;
    case NodeKind::BinaryExpr: {
      auto* bx = cast<BinaryExpr>(e);
      if (bx->op == Tok::LAnd || bx->op == Tok::LOr) return;  // emitBinary orders each side
      break;
    }
    default: break;
  }
  orderOperand(e);
}

llvm::Value* Codegen::emitOrdered(const Expr* e, const Type* to) {
  OrderScope os(*this);
  orderRoot(e);
  return emitExprTo(e, to);
}

// The left side of an assignment: its operands' early nodes (the location itself is
// computed when the statement stores).
void Codegen::orderLValue(const Expr* e) {
  if (!e) return;
  e = unparen(e);
  switch (e->kind) {
    case NodeKind::IndexExpr: orderIndex(cast<IndexExpr>(e)); return;
    case NodeKind::SelectorExpr: orderOperand(cast<SelectorExpr>(e)->x); return;
    case NodeKind::StarExpr: orderOperand(cast<StarExpr>(e)->x); return;
    default: return;
  }
}

// The expressions a simple statement evaluates before it acts, in order.
void Codegen::orderStmt(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::ExprStmt: orderRoot(cast<ExprStmt>(s)->x); return;
    case NodeKind::IncDecStmt: orderLValue(cast<IncDecStmt>(s)->x); return;
    case NodeKind::SendStmt:
      orderRoot(cast<SendStmt>(s)->chan);
      orderRoot(cast<SendStmt>(s)->value);
      return;
    case NodeKind::AssignStmt: {
      auto* a = cast<AssignStmt>(s);
      if (a->op != Tok::Define)
        for (const Expr* l : a->lhs) orderLValue(l);
      if (a->rhs.size() == 1 && a->lhs.size() > 1) {  // v, ok = ... and f()'s results
        orderRoot(a->rhs[0]);
        if (auto* c = dyn_cast<CallExpr>(unparen(a->rhs[0]))) markEarly(c);
        return;
      }
      // x = v: v is the statement's last act only when x is a variable name (order.go
      // OAS: copyExpr unless lhs is ONAME); a[i] = f() calls f before indexing.
      if (a->rhs.size() == 1) {
        if (a->op == Tok::Define || isa<Ident>(unparen(a->lhs[0]))) orderRoot(a->rhs[0]);
        else orderOperand(a->rhs[0]);
        return;
      }
      for (size_t i = 0; i < a->rhs.size(); ++i) {
        const Type* to = isBlank(a->lhs[i]) ? nullptr : a->lhs[i]->type;
        orderOperand(a->rhs[i], to && isInterface(to) ? to : nullptr);
      }
      return;
    }
    // var a, b = x, y: each value is a statement of its own (emitLocalDecl).
    case NodeKind::ReturnStmt: {
      auto* r = cast<ReturnStmt>(s);
      if (r->results.size() == 1) {
        orderRoot(r->results[0]);
        return;
      }
      const auto& rt = fs->abi.results;
      for (size_t i = 0; i < r->results.size(); ++i) {
        const Type* to = i < rt.size() ? rt[i] : nullptr;
        orderOperand(r->results[i], to && isInterface(to) ? to : nullptr);
      }
      return;
    }
    default: return;
  }
}

}  // namespace mgo::jit
