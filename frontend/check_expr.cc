// check_expr.cc — expressions (spec "Expressions"): operands, identifiers, literals,
// function literals (captures), selectors, index/slice and type assertions.
// Operators are in check_ops.cc, composite literals in check_complit.cc.
#include "frontend/check.h"

namespace mgo::fe {

namespace {
const char* modeName(ExprMode m) {
  switch (m) {
    case ExprMode::Invalid: return "invalid operand";
    case ExprMode::NoValue: return "no value";
    case ExprMode::Builtin: return "built-in";
    case ExprMode::TypeExpr: return "type";
    case ExprMode::Constant: return "constant";
    case ExprMode::Variable: return "variable";
    case ExprMode::MapIndex: return "map index expression";
    case ExprMode::Value: return "value";
    case ExprMode::CommaOk: return "comma, ok expression";
    case ExprMode::Package: return "package";
  }
  return "value";
}

bool scopeWithin(const Scope* s, const Scope* root) {
  for (; s; s = s->parent) if (s == root) return true;
  return false;
}
}  // namespace

std::string Checker::opString(const Operand& x) {
  std::string e = x.expr ? exprString(x.expr) : "?";
  if (x.type && x.type->kind == TypeKind::Basic && x.type->basic == BasicKind::UntypedNil)
    return "nil";
  std::string s = e + " (";
  bool untyped = x.type && isUntyped(x.type);
  if (untyped) s += x.type->basicName + " ";
  s += modeName(x.mode);
  if (x.mode == ExprMode::Constant) {
    std::string v = x.val.toString();
    if (v != e) s += " " + v;
  }
  if (!untyped && x.type && x.mode != ExprMode::NoValue && x.mode != ExprMode::Builtin &&
      x.mode != ExprMode::TypeExpr && x.mode != ExprMode::Invalid) {
    // Indexing a string yields Go's universe `byte` (an alias of uint8 that Go's messages
    // spell byte); mgo keeps one Type per type, so spell it here.
    auto* ix = x.expr ? dyn_cast<IndexExpr>(x.expr) : nullptr;
    bool strByte = ix && ix->x && ix->x->type && isString(ix->x->type) &&
                   x.type == basicType(BasicKind::Uint8);
    s += " of type " + (strByte ? std::string("byte") : ts(x.type));
  }
  return s + ")";
}

void Checker::record(Operand& x) {
  Expr* e = x.expr;
  if (!e) return;
  e->mode = x.mode;
  e->type = x.type;
  if (x.mode == ExprMode::Constant) e->constVal = std::make_shared<const ConstValue>(x.val);
  else e->constVal.reset();
}

// Reports x's mode if it is not a single value; returns false then.
bool Checker::singleValue(Operand& x, Expr* e) {
  std::string es = exprString(e);
  switch (x.mode) {
    case ExprMode::TypeExpr: error(startPos(e), es + " (type) is not an expression"); break;
    case ExprMode::Builtin: error(startPos(e), es + " (built-in) must be called"); break;
    case ExprMode::Package: error(startPos(e), "use of package " + es + " without selector"); break;
    case ExprMode::NoValue: error(startPos(e), es + " (no value) used as value"); break;
    default:
      if (x.type && x.type->kind == TypeKind::Tuple) {
        error(startPos(e), "multiple-value " + es + " (value of type " + ts(x.type) +
                               ") in single-value context");
        break;
      }
      return true;
  }
  x.mode = ExprMode::Invalid;
  x.type = invalidType();
  return false;
}

void Checker::expr(Operand& x, Expr* e) { exprWithHint(x, e, nullptr); }

void Checker::exprWithHint(Operand& x, Expr* e, Type* hint) {
  rawExpr(x, e, hint, false);
  if (!x.invalid()) singleValue(x, e);
  if (x.invalid()) x.type = invalidType();
}

void Checker::exprOrType(Operand& x, Expr* e) {
  rawExpr(x, e, nullptr, true);
  if (x.mode == ExprMode::NoValue) {
    error(startPos(e), exprString(e) + " (no value) used as value");
    x.mode = ExprMode::Invalid;
  }
  if (x.mode == ExprMode::Package) {
    error(startPos(e), "use of package " + exprString(e) + " without selector");
    x.mode = ExprMode::Invalid;
  }
  if (x.invalid()) x.type = invalidType();
}

void Checker::multiExpr(std::vector<Operand>& xs, Expr* e) {
  Operand x;
  rawExpr(x, e, nullptr, false);
  xs.clear();
  if (x.type && x.type->kind == TypeKind::Tuple && x.mode == ExprMode::Value) {
    for (Type* t : x.type->elems) {
      Operand o;
      o.mode = ExprMode::Value;
      o.type = t;
      o.expr = e;
      xs.push_back(o);
    }
    return;
  }
  if (!x.invalid()) singleValue(x, e);
  xs.push_back(x);
}

void Checker::use(Expr* e) {
  if (!e) return;
  if (auto* id = dyn_cast<Ident>(e); id && id->name == "_") return;
  Operand x;
  rawExpr(x, e, nullptr, true);
}

void Checker::markAddrTaken(Expr* e) {
  while (e) {
    if (auto* p = dyn_cast<ParenExpr>(e)) { e = p->x; continue; }
    if (auto* s = dyn_cast<SelectorExpr>(e)) {
      if (s->selection && s->selection->kind == SelKind::FieldVal && !s->selection->indirect) {
        e = s->x;
        continue;
      }
      return;
    }
    if (auto* ix = dyn_cast<IndexExpr>(e)) {
      if (ix->x->type && underlying(ix->x->type)->kind == TypeKind::Array) { e = ix->x; continue; }
      return;
    }
    if (auto* id = dyn_cast<Ident>(e)) {
      if (id->obj && id->obj->kind == ObjKind::Var) static_cast<Var*>(id->obj)->addressTaken = true;
    }
    return;
  }
}

// ---- identifiers ----

void Checker::ident(Operand& x, Ident* e, bool wantType) {
  (void)wantType;
  x.mode = ExprMode::Invalid;
  x.type = invalidType();
  if (e->name == "_") {
    error(e->pos, "cannot use _ as value");
    return;
  }
  Scope* where = nullptr;
  Object* obj = scope_ ? scope_->lookupParent(e->name, &where) : nullptr;
  if (!obj) {
    if (e->name == "any") {  // Go 1.18+: any = interface{}
      x.mode = ExprMode::TypeExpr;
      x.type = emptyInterface();
      return;
    }
    error(e->pos, "undefined: " + e->name);
    return;
  }
  e->obj = obj;
  if (obj->pkg == pkg_ && where == pkg_->scope) {
    objDecl(obj);
    if (curDeclObj_ &&
        (obj->kind == ObjKind::Var || obj->kind == ObjKind::Func || obj->kind == ObjKind::Const) &&
        info_.count(curDeclObj_))
      info_[curDeclObj_].deps.insert(obj);
  }
  switch (obj->kind) {
    case ObjKind::PkgName:
      static_cast<PkgName*>(obj)->used = true;
      x.mode = ExprMode::Package;
      x.type = nullptr;
      return;
    case ObjKind::Const:
      if (obj->name == "iota" && obj->parent == universe()) {
        if (iota_ < 0) {
          error(e->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.mode = ExprMode::Constant;
        x.type = obj->type;
        x.val = Value::makeInt64(iota_);
        return;
      }
      if (!obj->type || obj->type == invalidType()) return;
      x.mode = ExprMode::Constant;
      x.type = obj->type;
      x.val = static_cast<Const*>(obj)->val;
      return;
    case ObjKind::TypeName:
      if (!obj->type) return;
      x.mode = ExprMode::TypeExpr;
      x.type = obj->type;
      return;
    case ObjKind::Var: {
      auto* v = static_cast<Var*>(obj);
      if (!lhsIdent_) v->used = true;
      if (!v->type || v->type == invalidType()) return;
      x.mode = ExprMode::Variable;
      x.type = v->type;
      // Closure capture: a local of an enclosing function.
      if (!v->isPackageLevel && where) {
        for (FuncCtx* c = fn_; c && c->lit; c = c->outer) {
          if (scopeWithin(where, c->scope)) break;
          v->captured = true;
          if (c->captureSet.insert(v).second) c->lit->captures.push_back(v);
        }
      }
      return;
    }
    case ObjKind::Func:
      if (!obj->type || obj->type == invalidType()) return;
      x.mode = ExprMode::Value;
      x.type = obj->type;
      return;
    case ObjKind::Builtin:
      x.mode = ExprMode::Builtin;
      x.builtin = static_cast<Builtin*>(obj)->id;
      return;
    case ObjKind::Nil:
      x.mode = ExprMode::Value;
      x.type = basicType(BasicKind::UntypedNil);
      return;
    default:
      error(e->pos, "undefined: " + e->name);
      return;
  }
}

void Checker::basicLit(Operand& x, BasicLit* e) {
  x.mode = ExprMode::Constant;
  switch (e->litKind) {
    case Tok::Int: x.type = basicType(BasicKind::UntypedInt); break;
    case Tok::Float: x.type = basicType(BasicKind::UntypedFloat); break;
    case Tok::Imag: x.type = basicType(BasicKind::UntypedComplex); break;
    case Tok::Char:
      x.type = basicType(BasicKind::UntypedRune);
      x.val = Value::makeInt64(e->rune);
      return;
    case Tok::String:
      x.type = basicType(BasicKind::UntypedString);
      x.val = Value::makeString(e->strVal);
      return;
    default: break;
  }
  x.val = Value::fromLiteral(e->litKind, e->raw);
  if (!x.val.known()) {
    error(e->pos, "malformed constant: " + e->raw);
    x.mode = ExprMode::Invalid;
    x.type = invalidType();
  }
}

void Checker::rawExpr(Operand& x, Expr* e, Type* hint, bool allowGeneric) {
  (void)allowGeneric;
  x = Operand();
  x.expr = e;
  x.type = invalidType();
  if (!e) return;
  if (++depth_ > 2000) {  // the parser bounds nesting; this is a last line of defence
    --depth_;
    x.mode = ExprMode::Invalid;
    return;
  }
  bool saveLhs = lhsIdent_;
  if (!isa<Ident>(e)) lhsIdent_ = false;
  switch (e->kind) {
    case NodeKind::BadExpr: break;
    case NodeKind::Ident: ident(x, cast<Ident>(e), false); break;
    case NodeKind::BasicLit: basicLit(x, cast<BasicLit>(e)); break;
    case NodeKind::CompositeLit: compositeLit(x, cast<CompositeLit>(e), hint); break;
    case NodeKind::FuncLit: funcLit(x, cast<FuncLit>(e)); break;
    case NodeKind::ParenExpr: {
      Operand y;
      lhsIdent_ = saveLhs;
      rawExpr(y, cast<ParenExpr>(e)->x, hint, allowGeneric);
      x = y;
      break;
    }
    case NodeKind::SelectorExpr: selector(x, cast<SelectorExpr>(e)); break;
    case NodeKind::IndexExpr: indexExpr(x, cast<IndexExpr>(e)); break;
    case NodeKind::SliceExpr: sliceExpr(x, cast<SliceExpr>(e)); break;
    case NodeKind::TypeAssertExpr: typeAssert(x, cast<TypeAssertExpr>(e)); break;
    case NodeKind::CallExpr: call(x, cast<CallExpr>(e)); break;
    case NodeKind::StarExpr: {
      auto* s = cast<StarExpr>(e);
      Operand y;
      exprOrType(y, s->x);
      if (y.invalid()) break;
      if (y.mode == ExprMode::TypeExpr) {
        x.mode = ExprMode::TypeExpr;
        x.type = newPointer(y.type);
        break;
      }
      if (!singleValue(y, s->x)) break;
      if (isBasic(y.type, BasicKind::UntypedNil)) {
        error(startPos(s->x), "invalid operation: cannot indirect nil");
        break;
      }
      if (underlying(y.type)->kind != TypeKind::Pointer) {
        error(startPos(s->x), "invalid operation: cannot indirect " + opString(y));
        break;
      }
      x.mode = ExprMode::Variable;
      x.type = underlying(y.type)->elem;
      break;
    }
    case NodeKind::UnaryExpr: unary(x, cast<UnaryExpr>(e)); break;
    case NodeKind::BinaryExpr: {
      auto* b = cast<BinaryExpr>(e);
      binary(x, b, b->x, b->y, b->op);
      break;
    }
    case NodeKind::KeyValueExpr:
      error(e->pos, "unexpected key:value expression");
      break;
    case NodeKind::ArrayType: case NodeKind::SliceType: case NodeKind::MapType:
    case NodeKind::ChanType: case NodeKind::FuncType: case NodeKind::StructType:
    case NodeKind::InterfaceType: {
      Type* t = typExpr(e);
      x.mode = t == invalidType() ? ExprMode::Invalid : ExprMode::TypeExpr;
      x.type = t;
      break;
    }
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      break;
    default:
      break;
  }
  lhsIdent_ = saveLhs;
  --depth_;
  if (!x.type && x.mode != ExprMode::Package) x.type = invalidType();
  if (x.mode == ExprMode::Invalid) x.type = invalidType();
  x.expr = e;
  record(x);
}

// ---- function literals ----

void Checker::funcLit(Operand& x, FuncLit* e) {
  Scope* fs = prog_.newScope(scope_);
  fs->isFunc = true;
  e->scope = fs;
  e->sig->scope = fs;
  std::vector<Var*> params, results;
  Type* sig = signatureFromExpr(e->sig, fs, nullptr, &params, &results, nullptr, true);
  FuncCtx ctx;
  ctx.sig = sig;
  ctx.results = results;
  ctx.lit = e;
  ctx.scope = fs;
  ctx.outer = fn_;
  FuncCtx* save = fn_;
  Scope* saveScope = scope_;
  auto saveBreak = std::move(breakTargets_);
  auto saveCont = std::move(continueTargets_);
  breakTargets_.clear();
  continueTargets_.clear();
  fn_ = &ctx;
  scope_ = fs;
  if (e->body) {
    e->body->scope = fs;
    funcBodyStmts(&ctx, e->body, e->body->rbrace);
  }
  fn_ = save;
  scope_ = saveScope;
  breakTargets_ = std::move(saveBreak);
  continueTargets_ = std::move(saveCont);
  x.mode = ExprMode::Value;
  x.type = sig;
}

// ---- selectors ----

void Checker::selector(Operand& x, SelectorExpr* e) {
  const std::string& name = e->sel->name;
  // Qualified identifier pkg.Name?
  if (auto* id = dyn_cast<Ident>(e->x)) {
    Object* o = scope_ ? scope_->lookupParent(id->name) : nullptr;
    if (o && o->kind == ObjKind::PkgName) {
      auto* pn = static_cast<PkgName*>(o);
      pn->used = true;
      id->obj = pn;
      id->mode = ExprMode::Package;
      Package* imp = pn->imported;
      Object* m = imp && imp->scope ? imp->scope->lookup(name) : nullptr;
      if (!m) {
        error(e->sel->pos, "undefined: " + id->name + "." + name);
        return;
      }
      if (!m->exported()) {  // Go 1.19 words it like a missing name
        error(e->sel->pos, "undefined: " + id->name + "." + name);
        return;
      }
      e->sel->obj = m;
      switch (m->kind) {
        case ObjKind::Const:
          x.mode = ExprMode::Constant;
          x.type = m->type;
          x.val = static_cast<Const*>(m)->val;
          break;
        case ObjKind::TypeName: x.mode = ExprMode::TypeExpr; x.type = m->type; break;
        case ObjKind::Var: x.mode = ExprMode::Variable; x.type = m->type; break;
        case ObjKind::Func: x.mode = ExprMode::Value; x.type = m->type; break;
        case ObjKind::Builtin:
          x.mode = ExprMode::Builtin;
          x.builtin = static_cast<Builtin*>(m)->id;
          break;
        default: break;
      }
      if (!x.type || (x.type == invalidType() && x.mode != ExprMode::Builtin)) {
        x.type = invalidType();
        x.mode = ExprMode::Invalid;
      }
      e->sel->mode = x.mode;
      e->sel->type = x.type;
      return;
    }
  }
  Operand b;
  exprOrType(b, e->x);
  if (b.invalid()) return;
  if (b.mode == ExprMode::Builtin) {
    error(startPos(e->x), exprString(e->x) + " (built-in) must be called");
    return;
  }
  if (b.mode == ExprMode::TypeExpr) {
    // Method expression T.m: a function whose first parameter is the receiver.
    Type* T = b.type;
    Selection s;
    auto r = lookupFieldOrMethod(T, false, pkg_, name, &s);
    if (r == LookupResult::NotFound || (r == LookupResult::Found && s.kind != SelKind::MethodVal)) {
      error(e->sel->pos, exprString(e) + " undefined (type " + ts(T) + " has no method " + name + ")");
      return;
    }
    if (r == LookupResult::Ambiguous) {
      error(e->sel->pos, "ambiguous selector " + exprString(e));
      return;
    }
    if (r == LookupResult::PtrRecvOnValue) {
      error(e->sel->pos, "invalid method expression " + exprString(e) + " (needs pointer receiver (*" +
                             ts(T) + ")." + name + ")");
      return;
    }
    Type* sig = s.type;
    std::vector<Type*> ps{T};
    for (Type* p : sig->params->elems) ps.push_back(p);
    Selection* sel = prog_.newSelection();
    *sel = s;
    sel->kind = SelKind::MethodExpr;
    sel->recv = T;
    sel->type = newSignature(ps, sig->results->elems, sig->variadic);
    e->selection = sel;
    e->sel->obj = s.obj;
    noteMethodDep(s.obj);
    x.mode = ExprMode::Value;
    x.type = sel->type;
    return;
  }
  if (!singleValue(b, e->x)) return;
  if (isBasic(b.type, BasicKind::UntypedNil)) {
    error(e->sel->pos, exprString(e) + " undefined (type untyped nil has no field or method " + name + ")");
    return;
  }
  if (isUntyped(b.type)) convertUntyped(b, nullptr);
  Selection s;
  auto r = lookupFieldOrMethod(b.type, b.mode == ExprMode::Variable, pkg_, name, &s);
  switch (r) {
    case LookupResult::NotFound: {
      std::string tn = ts(b.type);
      if (b.type->kind == TypeKind::Pointer && isInterface(b.type->elem)) {
        error(e->sel->pos, exprString(e) + " undefined (type " + tn +
                               " is pointer to interface, not interface)");
        return;
      }
      std::string alt = name;
      if (!alt.empty() && alt[0] >= 'a' && alt[0] <= 'z') alt[0] = char(alt[0] - 'a' + 'A');
      else if (!alt.empty() && alt[0] >= 'A' && alt[0] <= 'Z') alt[0] = char(alt[0] - 'A' + 'a');
      Selection s2;
      if (alt != name && lookupFieldOrMethod(b.type, true, pkg_, alt, &s2) == LookupResult::Found) {
        error(e->sel->pos, exprString(e) + " undefined (type " + tn + " has no field or method " +
                               name + ", but does have " + alt + ")");
        return;
      }
      error(e->sel->pos, exprString(e) + " undefined (type " + tn + " has no field or method " + name + ")");
      return;
    }
    case LookupResult::Ambiguous:
      error(e->sel->pos, "ambiguous selector " + exprString(e));
      return;
    case LookupResult::PtrRecvOnValue:
      error(e->sel->pos, "cannot call pointer method " + name + " on " + ts(b.type));
      return;
    case LookupResult::Found:
      break;
  }
  Selection* sel = prog_.newSelection();
  *sel = s;
  e->selection = sel;
  e->sel->obj = s.obj;
  noteMethodDep(s.obj);
  if (s.kind == SelKind::FieldVal) {
    x.mode = (b.mode == ExprMode::Variable || s.indirect) ? ExprMode::Variable : ExprMode::Value;
    x.type = s.type;
  } else {
    if (s.needAddr) markAddrTaken(e->x);
    x.mode = ExprMode::Value;
    x.type = s.type;
  }
  e->sel->type = x.type;
}

// A concrete method of this package used while checking a package-level initializer or
// function: a dependency for the initialization order.
void Checker::noteMethodDep(Object* m) {
  if (!m || m->kind != ObjKind::Func || m->pkg != pkg_ || !curDeclObj_) return;
  if (!info_.count(m) || !info_.count(curDeclObj_)) return;
  info_[curDeclObj_].deps.insert(m);
}

// ---- index & slice ----

bool Checker::index(Expr* idx, int64_t max, int64_t* val) {
  Operand x;
  expr(x, idx);
  if (val) *val = -1;
  if (x.invalid()) return false;
  if (isUntyped(x.type) && x.mode == ExprMode::Constant) {
    Value iv = x.val.toInt();
    if (!iv.known() || !isNumeric(x.type)) {
      if (!isNumeric(x.type))
        error(startPos(idx), "cannot convert " + opString(x) + " to int");
      else if (x.val.kind() == Value::Float || x.val.kind() == Value::Complex)
        error(startPos(idx), "invalid argument: index " + opString(x) + " truncated to int");
      else
        error(startPos(idx), "invalid argument: index " + opString(x) + " must be integer");
      return false;
    }
    x.val = iv;
    convertUntyped(x, basicType(BasicKind::Int));
    if (x.invalid()) return false;
  } else if (isUntyped(x.type)) {
    convertUntyped(x, basicType(BasicKind::Int));
  }
  if (!isInteger(x.type)) {
    error(startPos(idx), "invalid argument: index " + opString(x) + " must be integer");
    return false;
  }
  if (x.mode == ExprMode::Constant) {
    if (x.val.sign() < 0) {
      error(startPos(idx), "invalid argument: index " + opString(x) + " must not be negative");
      return false;
    }
    bool ok;
    int64_t v = x.val.int64Val(&ok);
    if (!ok || (max >= 0 && v >= max)) {
      error(startPos(idx), "invalid argument: index " + exprString(idx) + " out of bounds [0:" +
                               std::to_string(max) + "]");
      return false;
    }
    if (val) *val = v;
  }
  return true;
}

void Checker::indexExpr(Operand& x, IndexExpr* e) {
  Operand b;
  exprOrType(b, e->x);
  if (b.invalid()) { use(e->index); return; }
  if (b.mode == ExprMode::TypeExpr) {
    error(startPos(e->x), exprString(e->x) + " is not a generic type");
    return;
  }
  if (!singleValue(b, e->x)) return;
  if (isUntyped(b.type)) convertUntyped(b, nullptr);
  Type* u = underlying(b.type);
  bool valid = false;
  int64_t length = -1;
  switch (u->kind) {
    case TypeKind::Basic:
      if (isString(u)) {
        valid = true;
        if (b.mode == ExprMode::Constant) length = int64_t(b.val.stringVal().size());
        x.mode = ExprMode::Value;
        x.type = basicType(BasicKind::Uint8);
      }
      break;
    case TypeKind::Array:
      valid = true;
      length = u->len;
      x.mode = b.mode == ExprMode::Variable ? ExprMode::Variable : ExprMode::Value;
      x.type = u->elem;
      break;
    case TypeKind::Pointer:
      if (underlying(u->elem)->kind == TypeKind::Array) {
        valid = true;
        length = underlying(u->elem)->len;
        x.mode = ExprMode::Variable;
        x.type = underlying(u->elem)->elem;
      }
      break;
    case TypeKind::Slice:
      valid = true;
      x.mode = ExprMode::Variable;
      x.type = u->elem;
      break;
    case TypeKind::Map: {
      Operand k;
      expr(k, e->index);
      if (!k.invalid()) assignment(k, u->key, "map index");
      x.mode = ExprMode::MapIndex;
      x.type = u->elem;
      return;
    }
    default:
      break;
  }
  if (!valid) {
    error(startPos(e->x), "invalid operation: cannot index " + opString(b));
    use(e->index);
    x.mode = ExprMode::Invalid;
    x.type = invalidType();
    return;
  }
  index(e->index, length, nullptr);
}

void Checker::sliceExpr(Operand& x, SliceExpr* e) {
  Operand b;
  expr(b, e->x);
  if (b.invalid()) {
    use(e->lo); use(e->hi); use(e->max);
    return;
  }
  Type* u = underlying(b.type);
  int64_t length = -1;
  bool valid = false;
  switch (u->kind) {
    case TypeKind::Basic:
      if (isString(u)) {
        if (e->slice3) {
          error(startPos(e->x), "invalid operation: 3-index slice of string");
          return;
        }
        valid = true;
        if (b.mode == ExprMode::Constant) length = int64_t(b.val.stringVal().size());
        if (isUntyped(b.type)) convertUntyped(b, basicType(BasicKind::String));
        x.mode = ExprMode::Value;
        x.type = b.type;
      }
      break;
    case TypeKind::Array:
      valid = true;
      length = u->len;
      if (b.mode != ExprMode::Variable) {
        error(startPos(e->x), "invalid operation: " + opString(b) + " (slice of unaddressable value)");
        return;
      }
      markAddrTaken(e->x);
      x.mode = ExprMode::Value;
      x.type = newSlice(u->elem);
      break;
    case TypeKind::Pointer:
      if (underlying(u->elem)->kind == TypeKind::Array) {
        valid = true;
        length = underlying(u->elem)->len;
        x.mode = ExprMode::Value;
        x.type = newSlice(underlying(u->elem)->elem);
      }
      break;
    case TypeKind::Slice:
      valid = true;
      x.mode = ExprMode::Value;
      x.type = b.type;
      break;
    default:
      break;
  }
  if (!valid) {
    error(startPos(e->x), "cannot slice " + opString(b));
    return;
  }
  int64_t vals[3] = {-1, -1, -1};
  Expr* idx[3] = {e->lo, e->hi, e->max};
  for (int i = 0; i < 3; i++) {
    if (!idx[i]) continue;
    index(idx[i], length >= 0 ? length + 1 : -1, &vals[i]);
  }
  for (int i = 0; i < 3; i++)
    for (int j = i + 1; j < 3; j++)
      if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
        error(startPos(idx[j]), "invalid slice indices: " + std::to_string(vals[j]) + " < " +
                                    std::to_string(vals[i]));
        return;
      }
}

void Checker::typeAssert(Operand& x, TypeAssertExpr* e) {
  Operand b;
  expr(b, e->x);
  if (b.invalid()) return;
  if (!e->assertType) {
    error(e->pos, "use of .(type) outside type switch");
    return;
  }
  if (!isInterface(b.type)) {
    error(startPos(e->x), "invalid operation: " + opString(b) + " is not an interface");
    typExpr(e->assertType);
    return;
  }
  Type* T = typExpr(e->assertType);
  if (T == invalidType()) return;
  if (!isInterface(T) && !implements(T, b.type)) {
    error(startPos(e), "impossible type assertion: " + exprString(e) + "\n\t" +
                                       implementsReason(T, b.type));
    return;
  }
  x.mode = ExprMode::CommaOk;
  x.type = T;
}

}  // namespace mgo::fe
