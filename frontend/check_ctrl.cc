// check_ctrl.cc — if, for, range, switch, type switch and select statements.
//
// Go 1.19 loop semantics: the variables of a `for i := ...` or `for k, v := range` are
// declared once per loop (in ForStmt::scope / RangeStmt::scope), not once per iteration.
// Type switches with a binding: each clause declares its own Var (CaseClause::implicitObj)
// whose type is the clause's single type, or the guard's type otherwise.
#include "frontend/check.h"

namespace mgo::fe {

namespace {
bool isNilType(const Type* t) {
  return t && t->kind == TypeKind::Basic && t->basic == BasicKind::UntypedNil;
}
}  // namespace

void Checker::ifStmt(IfStmt* s) {
  openScope(&s->scope);
  stmt(s->init);
  Operand x;
  expr(x, s->cond);
  if (!x.invalid() && !isBoolean(x.type))
    error(startPos(s->cond), "non-boolean condition in if statement");
  else if (!x.invalid() && isUntyped(x.type))
    convertUntyped(x, basicType(BasicKind::Bool));
  stmt(s->then);
  stmt(s->elseStmt);
  closeScope();
}

void Checker::forStmt(ForStmt* s) {
  openScope(&s->scope);
  stmt(s->init);
  if (s->cond) {
    Operand x;
    expr(x, s->cond);
    if (!x.invalid() && !isBoolean(x.type))
      error(startPos(s->cond), "non-boolean condition in for statement");
    else if (!x.invalid() && isUntyped(x.type))
      convertUntyped(x, basicType(BasicKind::Bool));
  }
  if (auto* as = dyn_cast<AssignStmt>(s->post); as && as->op == Tok::Define)
    error(as->pos, "cannot declare in post statement of for loop");
  else
    stmt(s->post);
  breakTargets_.push_back(s);
  continueTargets_.push_back(s);
  stmt(s->body);
  breakTargets_.pop_back();
  continueTargets_.pop_back();
  closeScope();
}

void Checker::rangeStmt(RangeStmt* s) {
  Operand x;
  expr(x, s->x);
  Type* kt = nullptr;
  Type* vt = nullptr;
  bool chan = false;
  if (!x.invalid()) {
    if (isUntyped(x.type) && isString(x.type)) convertUntyped(x, basicType(BasicKind::String));
    Type* u = underlying(x.type);
    if (u->kind == TypeKind::Pointer && underlying(u->elem)->kind == TypeKind::Array) u = underlying(u->elem);
    switch (u->kind) {
      case TypeKind::Basic:
        if (isString(u)) {
          kt = basicType(BasicKind::Int);
          vt = basicType(BasicKind::Int32);
        }
        break;
      case TypeKind::Array:
      case TypeKind::Slice:
        kt = basicType(BasicKind::Int);
        vt = u->elem;
        break;
      case TypeKind::Map:
        kt = u->key;
        vt = u->elem;
        break;
      case TypeKind::Chan:
        kt = u->elem;
        chan = true;
        if (u->dir == ChanDirection::Send) {
          error(startPos(s->x), "invalid operation: range " + exprString(s->x) +
                                    " receive from send-only channel");
          kt = nullptr;
        }
        break;
      default:
        break;
    }
    if (!kt && !(u->kind == TypeKind::Chan)) error(startPos(s->x), "cannot range over " + opString(x));
  }
  if (chan && s->value) {
    error(startPos(s->value), "range over " + opString(x) + " permits only one iteration variable");
  }
  openScope(&s->scope);
  Expr* lhs[2] = {s->key, s->value};
  Type* rt[2] = {kt, vt};
  if (s->op == Tok::Define) {
    std::vector<std::pair<Ident*, Var*>> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      auto* id = dyn_cast<Ident>(lhs[i]);
      if (!id) {
        error(startPos(lhs[i]), "non-name " + exprString(lhs[i]) + " on left side of :=");
        continue;
      }
      auto* v = prog_.make<Var>();
      v->name = id->name;
      v->pos = id->pos;
      v->pkg = pkg_;
      v->type = rt[i] ? rt[i] : invalidType();
      id->type = v->type;
      id->mode = ExprMode::Variable;
      vars.emplace_back(id, v);
    }
    for (auto& [id, v] : vars) declare(scope_, id, v);
  } else if (s->op == Tok::Assign) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      Operand o;
      o.mode = ExprMode::Value;
      o.type = rt[i] ? rt[i] : invalidType();
      if (!rt[i]) o.mode = ExprMode::Invalid;
      o.expr = s->x;
      assignVar(lhs[i], o, "range");
    }
  }
  breakTargets_.push_back(s);
  continueTargets_.push_back(s);
  stmt(s->body);
  breakTargets_.pop_back();
  continueTargets_.pop_back();
  closeScope();
}

void Checker::switchStmt(SwitchStmt* s) {
  openScope(&s->scope);
  stmt(s->init);
  Operand tag;
  bool haveTag = s->tag != nullptr;
  if (haveTag) {
    expr(tag, s->tag);
    if (!tag.invalid()) {
      if (isUntyped(tag.type)) {
        if (isNilType(tag.type)) {
          error(startPos(s->tag), "use of untyped nil in switch expression");
          tag.mode = ExprMode::Invalid;
        } else {
          convertUntyped(tag, nullptr);
        }
      }
      if (!tag.invalid() && !comparable(tag.type) && !hasNil(tag.type)) {
        error(startPos(s->tag), "cannot switch on " + opString(tag));
        tag.mode = ExprMode::Invalid;
      }
    }
  } else {
    tag.mode = ExprMode::Constant;
    tag.type = basicType(BasicKind::Bool);
    tag.val = Value::makeBool(true);
  }
  struct Seen {
    Value v;
    Type* t;
    Pos pos;
  };
  std::vector<Seen> seen;
  bool seenDefault = false;
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    CaseClause* c = s->clauses[ci];
    if (c->isDefault) {
      if (seenDefault) error(c->pos, "multiple defaults in switch");
      seenDefault = true;
    }
    for (Expr* e : c->list) {
      Operand x;
      expr(x, e);
      if (x.invalid() || tag.invalid()) continue;
      bool wasNil = isNilType(x.type);
      if (!haveTag) {
        if (!isBoolean(x.type) && !(isInterface(x.type) && implements(basicType(BasicKind::Bool), x.type))) {
          error(startPos(e), "invalid case " + exprString(e) + " in switch (mismatched types " +
                                 ts(x.type) + " and bool)");
          continue;
        }
        if (isUntyped(x.type)) convertUntyped(x, basicType(BasicKind::Bool));
      } else {
        if (isUntyped(x.type)) {
          if (isNilType(x.type) && !hasNil(tag.type)) {
            error(startPos(e), "invalid case " + exprString(e) + " in switch on " + exprString(s->tag) +
                                   " (mismatched types untyped nil and " + ts(tag.type) + ")");
            continue;
          }
          convertUntyped(x, tag.type);
          if (x.invalid()) continue;
        }
        if (!assignableTo(x.type, tag.type) && !assignableTo(tag.type, x.type)) {
          error(startPos(e), "invalid case " + exprString(e) + " in switch on " + exprString(s->tag) +
                                 " (mismatched types " + ts(x.type) + " and " + ts(tag.type) + ")");
          continue;
        }
        if (!comparable(x.type) && !wasNil) {
          error(startPos(e), "invalid case " + exprString(e) + " in switch (can only compare " +
                                 ts(x.type) + " to nil)");
          continue;
        }
      }
      if (x.mode == ExprMode::Constant && x.val.kind() != Value::Bool) {  // as Go: no bools
        for (auto& sv : seen) {
          if (sv.t == x.type && Value::compare(sv.v, Tok::Eql, x.val)) {
            error(startPos(e), "duplicate case " + opString(x) + " in expression switch\n\t" +
                                   diags_.fileName(sv.pos.file) + ":" + std::to_string(sv.pos.line) +
                                   ":" + std::to_string(sv.pos.col) + ": previous case");
            break;
          }
        }
        seen.push_back({x.val, x.type, startPos(e)});
      }
    }
    openScope(&c->scope);
    breakTargets_.push_back(s);
    bool saveFt = fallthroughOk_;
    Stmt* saveTarget = fallthroughTarget_;
    bool saveFinal = fallthroughFinal_;
    fallthroughOk_ = true;
    fallthroughFinal_ = ci + 1 == s->clauses.size();
    fallthroughTarget_ = fallthroughFinal_ ? nullptr : s->clauses[ci + 1];
    stmtList(c->body);
    fallthroughOk_ = saveFt;
    fallthroughTarget_ = saveTarget;
    fallthroughFinal_ = saveFinal;
    breakTargets_.pop_back();
    closeScope();
  }
  closeScope();
}

void Checker::typeSwitchStmt(TypeSwitchStmt* s) {
  openScope(&s->scope);
  stmt(s->init);
  Operand x;
  expr(x, s->guard->x);
  bool ok = !x.invalid();
  if (ok && !isInterface(x.type)) {
    error(startPos(s->guard->x), opString(x) + " is not an interface");
    ok = false;
  }
  if (ok) {
    s->guard->type = x.type;
    s->guard->mode = ExprMode::Value;
  }
  if (s->binding && s->binding->name == "_") {
    error(s->binding->pos, "no new variable on left side of :=");
  }
  std::vector<Var*> bindings;
  std::vector<std::pair<Type*, Pos>> seenTypes;
  bool seenNil = false, seenDefault = false, anyUsed = false;
  for (CaseClause* c : s->clauses) {
    if (c->isDefault) {
      if (seenDefault) error(c->pos, "multiple defaults in switch");
      seenDefault = true;
    }
    Type* single = nullptr;
    int ntypes = 0;
    for (Expr* e : c->list) {
      ntypes++;
      if (auto* id = dyn_cast<Ident>(e); id && id->name == "nil") {
        Object* o = scope_->lookupParent("nil");
        if (o && o->kind == ObjKind::Nil) {
          id->obj = o;
          id->type = basicType(BasicKind::UntypedNil);
          id->mode = ExprMode::Value;
          if (seenNil) error(e->pos, "multiple nil cases in type switch (first at ...)");
          seenNil = true;
          single = basicType(BasicKind::UntypedNil);
          continue;
        }
      }
      Type* T = typExpr(e);
      single = T;
      if (T == invalidType() || !ok) continue;
      if (!isInterface(T) && !implements(T, x.type)) {
        std::string r = implementsReason(T, x.type);
        size_t p = r.find(" (");
        error(startPos(e), "impossible type switch case: " + exprString(e) + "\n\t" + opString(x) +
                               " cannot have dynamic type " + ts(T) +
                               (p == std::string::npos ? std::string() : r.substr(p)));
        continue;
      }
      for (auto& [t, p] : seenTypes) {
        if (t == T) {
          error(startPos(e), "duplicate case " + ts(T) + " in type switch\n\t" +
                                 diags_.fileName(p.file) + ":" + std::to_string(p.line) + ":" +
                                 std::to_string(p.col) + ": previous case");
          break;
        }
      }
      seenTypes.emplace_back(T, startPos(e));
    }
    openScope(&c->scope);
    if (s->binding && s->binding->name != "_") {
      auto* v = prog_.make<Var>();
      v->name = s->binding->name;
      v->pos = s->binding->pos;
      v->pkg = pkg_;
      Type* vt = ok ? x.type : invalidType();
      if (ntypes == 1 && single && !isNilType(single)) vt = single;
      v->type = vt;
      scope_->insert(v);
      c->implicitObj = v;
      bindings.push_back(v);
    }
    breakTargets_.push_back(s);
    stmtList(c->body);
    breakTargets_.pop_back();
    if (c->implicitObj) {
      auto* v = static_cast<Var*>(c->implicitObj);
      anyUsed |= v->used;
      v->used = true;  // "declared but not used" is reported once, for the binding
    }
    closeScope();
  }
  if (s->binding && s->binding->name != "_") {
    bool used = anyUsed;
    auto* v = prog_.make<Var>();
    v->name = s->binding->name;
    v->pos = s->binding->pos;
    v->pkg = pkg_;
    v->type = x.type;
    s->binding->obj = v;
    s->binding->isDef = true;
    if (!used) error(s->binding->pos, s->binding->name + " declared but not used");
  }
  closeScope();
}

void Checker::selectStmt(SelectStmt* s) {
  bool seenDefault = false;
  for (CommClause* c : s->clauses) {
    openScope(&c->scope);
    if (c->isDefault) {
      if (seenDefault) error(c->pos, "multiple defaults in select");
      seenDefault = true;
    } else if (c->comm) {
      Stmt* comm = c->comm;
      bool valid = false;
      if (isa<SendStmt>(comm)) {
        valid = true;
      } else if (auto* es = dyn_cast<ExprStmt>(comm)) {
        Expr* e = es->x;
        while (auto* p = dyn_cast<ParenExpr>(e)) e = p->x;
        valid = isa<UnaryExpr>(e) && cast<UnaryExpr>(e)->op == Tok::Arrow;
      } else if (auto* as = dyn_cast<AssignStmt>(comm)) {
        if (as->rhs.size() == 1) {
          Expr* e = as->rhs[0];
          while (auto* p = dyn_cast<ParenExpr>(e)) e = p->x;
          valid = isa<UnaryExpr>(e) && cast<UnaryExpr>(e)->op == Tok::Arrow;
        }
      }
      if (!valid) error(comm->pos, "select case must be receive, send or assign recv");
      else stmt(comm);
    }
    breakTargets_.push_back(s);
    stmtList(c->body);
    breakTargets_.pop_back();
    closeScope();
  }
}

}  // namespace mgo::fe
