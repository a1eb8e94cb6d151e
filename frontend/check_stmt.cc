// check_stmt.cc — statements (spec "Statements"): function bodies, blocks and scopes,
// assignments and short variable declarations, local declarations, inc/dec, send,
// go/defer, return, branches and labels, and the "terminating statement" rule.
// Control-flow statements with clauses (if/for/range/switch/select) are in check_ctrl.cc.
#include <algorithm>

#include "frontend/check.h"

namespace mgo::fe {

void Checker::openScope(Scope** slot) {
  Scope* s = prog_.newScope(scope_);
  if (slot) *slot = s;
  scope_ = s;
}

void Checker::reportUnused(Scope* s) {
  for (Object* o : s->ordered) {
    if (o->kind != ObjKind::Var) continue;
    auto* v = static_cast<Var*>(o);
    if (!v->used && !v->isParam && !v->isResult && !v->isPackageLevel)
      error(v->pos, v->name + " declared but not used");
  }
}

void Checker::closeScope() {
  reportUnused(scope_);
  scope_ = scope_->parent;
}

// Collects the labels of a function body (not of nested function literals).
static void collectLabels(Stmt* s, std::vector<LabeledStmt*>& out) {
  if (!s) return;
  switch (s->kind) {
    case NodeKind::LabeledStmt: {
      auto* l = cast<LabeledStmt>(s);
      out.push_back(l);
      collectLabels(l->stmt, out);
      break;
    }
    case NodeKind::BlockStmt:
      for (Stmt* t : cast<BlockStmt>(s)->list) collectLabels(t, out);
      break;
    case NodeKind::IfStmt:
      collectLabels(cast<IfStmt>(s)->then, out);
      collectLabels(cast<IfStmt>(s)->elseStmt, out);
      break;
    case NodeKind::ForStmt: collectLabels(cast<ForStmt>(s)->body, out); break;
    case NodeKind::RangeStmt: collectLabels(cast<RangeStmt>(s)->body, out); break;
    case NodeKind::SwitchStmt:
      for (CaseClause* c : cast<SwitchStmt>(s)->clauses)
        for (Stmt* t : c->body) collectLabels(t, out);
      break;
    case NodeKind::TypeSwitchStmt:
      for (CaseClause* c : cast<TypeSwitchStmt>(s)->clauses)
        for (Stmt* t : c->body) collectLabels(t, out);
      break;
    case NodeKind::SelectStmt:
      for (CommClause* c : cast<SelectStmt>(s)->clauses)
        for (Stmt* t : c->body) collectLabels(t, out);
      break;
    default:
      break;
  }
}

void Checker::labels(BlockStmt* body) {
  std::vector<LabeledStmt*> ls;
  collectLabels(body, ls);
  for (LabeledStmt* l : ls) {
    if (l->label->name == "_") continue;
    if (fn_->labels.count(l->label->name)) {
      error(l->label->pos, "label " + l->label->name + " already defined");
      continue;
    }
    auto* lab = prog_.make<Label>();
    lab->name = l->label->name;
    lab->pos = l->label->pos;
    lab->pkg = pkg_;
    lab->stmt = l;
    l->obj = lab;
    l->label->obj = lab;
    l->label->isDef = true;
    fn_->labels[lab->name] = lab;
  }
}

void Checker::funcBodyStmts(FuncCtx* ctx, BlockStmt* body, Pos endPos) {
  auto saveLabeled = std::move(activeLabels_);
  activeLabels_.clear();
  labels(body);
  stmtList(body->list);
  if (!ctx->results.empty() && !isTerminating(body, "")) error(endPos, "missing return");
  for (auto& [name, lab] : ctx->labels)
    if (!lab->used) error(lab->pos, "label " + name + " defined and not used");
  reportUnused(ctx->scope);
  activeLabels_ = std::move(saveLabeled);
}

void Checker::stmtList(const std::vector<Stmt*>& list) {
  for (size_t i = 0; i < list.size(); i++) {
    if (diags_.tooMany()) return;
    bool saveFt = fallthroughOk_;
    fallthroughOk_ = saveFt && i + 1 == list.size();
    // A trailing empty statement does not stop fallthrough from being last.
    if (saveFt && i + 2 == list.size() && isa<EmptyStmt>(list[i + 1])) fallthroughOk_ = true;
    stmt(list[i]);
    fallthroughOk_ = saveFt;
  }
}

void Checker::stmt(Stmt* s) {
  if (!s) return;
  bool ftOk = fallthroughOk_;
  fallthroughOk_ = false;
  switch (s->kind) {
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
      break;
    case NodeKind::BlockStmt: {
      auto* b = cast<BlockStmt>(s);
      openScope(&b->scope);
      stmtList(b->list);
      closeScope();
      break;
    }
    case NodeKind::ExprStmt: {
      auto* es = cast<ExprStmt>(s);
      Operand x;
      rawExpr(x, es->x, nullptr, false);
      if (x.invalid()) break;
      Expr* inner = es->x;
      while (auto* p = dyn_cast<ParenExpr>(inner)) inner = p->x;
      bool ok = false;
      if (auto* c = dyn_cast<CallExpr>(inner)) {
        ok = !c->isConversion;
        if (c->isBuiltin) {
          auto id = BuiltinId(c->builtinId);
          ok = id == BuiltinId::Copy || id == BuiltinId::Delete || id == BuiltinId::Panic ||
               id == BuiltinId::Print || id == BuiltinId::Println || id == BuiltinId::Recover ||
               id == BuiltinId::Close;
        }
      } else if (auto* u = dyn_cast<UnaryExpr>(inner)) {
        ok = u->op == Tok::Arrow;
      }
      if (!ok) {
        if (x.mode == ExprMode::TypeExpr) error(startPos(es->x), exprString(es->x) + " (type) is not an expression");
        else if (x.mode == ExprMode::Builtin) error(startPos(es->x), exprString(es->x) + " (built-in) must be called");
        else if (x.mode == ExprMode::Package) error(startPos(es->x), "use of package " + exprString(es->x) + " without selector");
        else error(startPos(es->x), opString(x) + " is not used");
      }
      break;
    }
    case NodeKind::SendStmt: {
      auto* ss = cast<SendStmt>(s);
      Operand ch, v;
      expr(ch, ss->chan);
      expr(v, ss->value);
      if (ch.invalid() || v.invalid()) break;
      Type* u = underlying(ch.type);
      if (u->kind != TypeKind::Chan) {
        error(startPos(ss->chan), "invalid operation: cannot send to non-channel " + opString(ch));
        break;
      }
      if (u->dir == ChanDirection::Recv) {
        error(startPos(ss->chan), "invalid operation: cannot send to receive-only channel " + opString(ch));
        break;
      }
      assignment(v, u->elem, "send");
      break;
    }
    case NodeKind::IncDecStmt: {
      auto* is = cast<IncDecStmt>(s);
      Operand x;
      expr(x, is->x);
      if (x.invalid()) break;
      if (!isNumeric(x.type)) {
        error(startPos(is->x), "invalid operation: " + exprString(is->x) + (is->inc ? "++" : "--") +
                                   " (non-numeric type " + ts(x.type) + ")");
        break;
      }
      if (x.mode != ExprMode::Variable && x.mode != ExprMode::MapIndex) {
        error(startPos(is->x), "cannot assign to " + opString(x));
      }
      break;
    }
    case NodeKind::AssignStmt: {
      auto* as = cast<AssignStmt>(s);
      if (as->op == Tok::Define) shortVarDecl(as);
      else assignStmt(as);
      break;
    }
    case NodeKind::GoStmt:
    case NodeKind::DeferStmt: {
      CallExpr* c = s->kind == NodeKind::GoStmt ? cast<GoStmt>(s)->call : cast<DeferStmt>(s)->call;
      const char* what = s->kind == NodeKind::GoStmt ? "go" : "defer";
      if (!c) break;
      Operand x;
      rawExpr(x, c, nullptr, false);
      if (x.invalid()) break;
      if (c->isConversion) {
        error(startPos(c), std::string(what) + " requires function call, not conversion " + opString(x));
      } else if (c->isBuiltin) {
        auto id = BuiltinId(c->builtinId);
        bool ok = id == BuiltinId::Copy || id == BuiltinId::Delete || id == BuiltinId::Panic ||
                  id == BuiltinId::Print || id == BuiltinId::Println || id == BuiltinId::Recover ||
                  id == BuiltinId::Close;
        if (!ok) error(startPos(c), std::string(what) + " discards result of " + opString(x));
      }
      break;
    }
    case NodeKind::ReturnStmt:
      returnStmt(cast<ReturnStmt>(s));
      break;
    case NodeKind::BranchStmt: {
      auto* b = cast<BranchStmt>(s);
      switch (b->tok) {
        case Tok::Break:
        case Tok::Continue: {
          bool isBreak = b->tok == Tok::Break;
          if (b->label) {
            auto it = fn_ ? fn_->labels.find(b->label->name) : decltype(fn_->labels.end()){};
            if (!fn_ || it == fn_->labels.end()) {
              error(b->label->pos, std::string(isBreak ? "break" : "continue") +
                                       " label not defined: " + b->label->name);
              break;
            }
            it->second->used = true;
            b->label->obj = it->second;
            Stmt* target = nullptr;
            for (auto& [name, st] : activeLabels_)
              if (name == b->label->name) target = st;
            bool ok = target != nullptr;
            if (ok && !isBreak) ok = isa<ForStmt>(target) || isa<RangeStmt>(target);
            if (ok && isBreak)
              ok = isa<ForStmt>(target) || isa<RangeStmt>(target) || isa<SwitchStmt>(target) ||
                   isa<TypeSwitchStmt>(target) || isa<SelectStmt>(target);
            if (!ok) {
              error(b->label->pos, std::string("invalid ") + (isBreak ? "break" : "continue") +
                                       " label " + b->label->name);
              break;
            }
            b->target = target;
            if (isBreak) brokenStmts_.insert(target);
            break;
          }
          if (isBreak) {
            if (breakTargets_.empty()) {
              error(b->pos, "break is not in a loop, switch, or select");
              break;
            }
            b->target = breakTargets_.back();
            brokenStmts_.insert(b->target);
          } else {
            if (continueTargets_.empty()) {
              error(b->pos, "continue is not in a loop");
              break;
            }
            b->target = continueTargets_.back();
          }
          break;
        }
        case Tok::Goto: {
          if (!b->label) break;
          auto it = fn_ ? fn_->labels.find(b->label->name) : decltype(fn_->labels.end()){};
          if (!fn_ || it == fn_->labels.end()) {
            error(b->label->pos, "label " + b->label->name + " not defined");
            break;
          }
          it->second->used = true;
          b->label->obj = it->second;
          b->target = static_cast<LabeledStmt*>(const_cast<void*>(it->second->stmt));
          break;
        }
        case Tok::Fallthrough:
          if (!ftOk || !fallthroughTarget_) {
            if (ftOk && fallthroughFinal_) error(b->pos, "cannot fallthrough final case in switch");
            else error(b->pos, "fallthrough statement out of place");
            break;
          }
          b->target = fallthroughTarget_;
          break;
        default:
          break;
      }
      break;
    }
    case NodeKind::LabeledStmt: {
      auto* l = cast<LabeledStmt>(s);
      activeLabels_.emplace_back(l->label->name, l->stmt);
      fallthroughOk_ = ftOk;
      stmt(l->stmt);
      activeLabels_.pop_back();
      break;
    }
    case NodeKind::DeclStmt:
      for (Decl* d : cast<DeclStmt>(s)->decls) localDecl(d);
      break;
    case NodeKind::IfStmt: ifStmt(cast<IfStmt>(s)); break;
    case NodeKind::ForStmt: forStmt(cast<ForStmt>(s)); break;
    case NodeKind::RangeStmt: rangeStmt(cast<RangeStmt>(s)); break;
    case NodeKind::SwitchStmt: switchStmt(cast<SwitchStmt>(s)); break;
    case NodeKind::TypeSwitchStmt: typeSwitchStmt(cast<TypeSwitchStmt>(s)); break;
    case NodeKind::SelectStmt: selectStmt(cast<SelectStmt>(s)); break;
    default:
      break;
  }
}

// ---- declarations inside functions ----

void Checker::localDecl(Decl* d) {
  if (auto* cd = dyn_cast<ConstDecl>(d)) {
    std::vector<Const*> objs;
    for (size_t i = 0; i < cd->names.size(); i++) {
      auto* c = prog_.make<Const>();
      c->name = cd->names[i]->name;
      c->pos = cd->names[i]->pos;
      c->pkg = pkg_;
      constDecl(c, cd, int(i));
      objs.push_back(c);
    }
    for (size_t i = 0; i < objs.size(); i++) declare(scope_, cd->names[i], objs[i]);
    return;
  }
  if (auto* vd = dyn_cast<VarDecl>(d)) {
    std::vector<Var*> vars;
    for (Ident* id : vd->names) {
      auto* v = prog_.make<Var>();
      v->name = id->name;
      v->pos = id->pos;
      v->pkg = pkg_;
      vars.push_back(v);
      id->obj = v;
      id->isDef = true;
    }
    initVars(vars, vd->values, vd->pos, "variable declaration", vd->type);
    for (size_t i = 0; i < vars.size(); i++) {
      vd->names[i]->type = vars[i]->type;
      declare(scope_, vd->names[i], vars[i]);
    }
    return;
  }
  if (auto* td = dyn_cast<TypeDecl>(d)) {
    auto* t = prog_.make<TypeName>();
    t->name = td->name->name;
    t->pos = td->name->pos;
    t->pkg = pkg_;
    t->isAlias = td->alias;
    td->obj = t;
    declare(scope_, td->name, t);
    if (td->alias) {
      t->type = typExpr(td->type);
      return;
    }
    Type* named = newNamed(t, nullptr);
    t->type = named;
    pkg_->namedTypes.push_back(named);
    Type* u = definedType(td->type, named);
    if (u->kind == TypeKind::Named && !u->underlying_) {
      error(t->pos, "invalid recursive type " + t->name);
      named->underlying_ = invalidType();
    } else {
      named->underlying_ = underlying(u);
    }
    checkRecursive(named);
    checkPendingMapKeys();
    return;
  }
}

// ---- assignments ----

void Checker::initVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, Pos pos,
                       const std::string& context, Expr* typeExpr) {
  Type* T = typeExpr ? typExpr(typeExpr) : nullptr;
  for (Var* v : lhs) v->type = T ? T : invalidType();
  if (rhs.empty()) {
    if (!T) for (Var* v : lhs) v->type = invalidType();
    return;
  }
  auto mismatch = [&](size_t nvals, const std::string& callName, bool isCall) {
    std::string l = std::to_string(lhs.size()) + (lhs.size() == 1 ? " variable" : " variables");
    std::string r = std::to_string(nvals) + (nvals == 1 ? " value" : " values");
    if (isCall) error(startPos(rhs[0]), "assignment mismatch: " + l + " but " + callName + " returns " + r);
    else error(startPos(rhs[0]), "assignment mismatch: " + l + " but " + r);
  };
  if (lhs.size() == rhs.size()) {
    for (size_t i = 0; i < lhs.size(); i++) {
      Operand x;
      exprWithHint(x, rhs[i], T);
      if (x.invalid()) {
        if (!T) lhs[i]->type = invalidType();
        continue;
      }
      assignment(x, T, context);
      if (!T) lhs[i]->type = x.invalid() ? invalidType() : x.type;
    }
    return;
  }
  if (rhs.size() == 1) {
    Operand x;
    rawExpr(x, rhs[0], nullptr, false);
    if (x.invalid()) return;
    if (lhs.size() == 2 && (x.mode == ExprMode::MapIndex || x.mode == ExprMode::CommaOk)) {
      Operand v = x;
      assignment(v, T, context);
      if (!T) lhs[0]->type = v.invalid() ? invalidType() : v.type;
      Type* bt = basicType(BasicKind::Bool);
      if (T && !assignableTo(bt, T)) {
        error(startPos(rhs[0]), "cannot use " + exprString(rhs[0]) + " (untyped bool value) as " +
                                    ts(T) + " value in " + context);
      }
      if (!T) lhs[1]->type = bt;
      return;
    }
    if (x.type && x.type->kind == TypeKind::Tuple && x.mode == ExprMode::Value) {
      const auto& ts_ = x.type->elems;
      Expr* fun = rhs[0];
      while (auto* p = dyn_cast<ParenExpr>(fun)) fun = p->x;
      std::string fname = isa<CallExpr>(fun) ? exprString(cast<CallExpr>(fun)->fun) : exprString(fun);
      if (ts_.size() != lhs.size()) {
        mismatch(ts_.size(), fname, true);
        return;
      }
      for (size_t i = 0; i < lhs.size(); i++) {
        Operand o;
        o.mode = ExprMode::Value;
        o.type = ts_[i];
        o.expr = rhs[0];
        assignment(o, T, context);
        if (!T) lhs[i]->type = o.invalid() ? invalidType() : o.type;
      }
      return;
    }
    if (x.mode == ExprMode::NoValue) {
      error(startPos(rhs[0]), exprString(rhs[0]) + " (no value) used as value");
      return;
    }
    if (x.type && x.type->kind != TypeKind::Tuple && isa<CallExpr>(rhs[0]) && x.mode == ExprMode::Value &&
        !cast<CallExpr>(rhs[0])->isConversion && !cast<CallExpr>(rhs[0])->isBuiltin) {
      mismatch(1, exprString(cast<CallExpr>(rhs[0])->fun), true);
      return;
    }
    mismatch(1, "", false);
    return;
  }
  mismatch(rhs.size(), "", false);
  for (Expr* r : rhs) use(r);
}

// Assigns x to the lhs expression (an `=` assignment or range/select variable).
void Checker::assignVar(Expr* lhs, Operand& x, const std::string& context) {
  if (x.invalid()) {
    use(lhs);
    return;
  }
  Expr* l = lhs;
  while (auto* p = dyn_cast<ParenExpr>(l)) l = p->x;
  if (auto* id = dyn_cast<Ident>(l); id && id->name == "_") {
    id->obj = nullptr;
    assignment(x, nullptr, context == "assignment" ? "assignment to _ identifier" : context);
    lhs->type = x.type;
    return;
  }
  Operand z;
  bool saveLhs = lhsIdent_;
  lhsIdent_ = isa<Ident>(l);
  rawExpr(z, lhs, nullptr, false);
  lhsIdent_ = saveLhs;
  if (z.invalid()) return;
  if (z.mode != ExprMode::Variable && z.mode != ExprMode::MapIndex) {
    // Struct field of a map element?
    if (auto* se = dyn_cast<SelectorExpr>(l)) {
      Expr* base = se->x;
      while (auto* p = dyn_cast<ParenExpr>(base)) base = p->x;
      if (base->mode == ExprMode::MapIndex) {
        error(startPos(lhs), "cannot assign to struct field " + exprString(lhs) + " in map");
        return;
      }
    }
    if (z.mode == ExprMode::TypeExpr || z.mode == ExprMode::Package || z.mode == ExprMode::Builtin ||
        !singleValue(z, lhs)) {
      if (z.mode != ExprMode::Invalid) error(startPos(lhs), "cannot assign to " + exprString(lhs));
      return;
    }
    error(startPos(lhs), "cannot assign to " + opString(z));
    return;
  }
  assignment(x, z.type, context);
  // Go counts a variable whose assignment failed as used.
  if (x.invalid()) if (auto* id = dyn_cast<Ident>(l); id && id->obj && id->obj->kind == ObjKind::Var)
    static_cast<Var*>(id->obj)->used = true;
}

void Checker::assignStmt(AssignStmt* s) {
  if (s->op != Tok::Assign) {
    // x op= y
    if (s->lhs.size() != 1 || s->rhs.size() != 1) return;
    Operand x;
    binary(x, nullptr, s->lhs[0], s->rhs[0], opAssignBase(s->op));
    if (x.invalid()) return;
    // binary() leaves x.expr == nullptr (no BinaryExpr node); point errors at the rhs.
    x.expr = s->rhs[0];
    Operand z;
    rawExpr(z, s->lhs[0], nullptr, false);
    if (z.mode != ExprMode::Variable && z.mode != ExprMode::MapIndex) {
      if (!z.invalid()) error(startPos(s->lhs[0]), "cannot assign to " + opString(z));
      return;
    }
    if (isUntyped(x.type)) convertUntyped(x, z.type);
    return;
  }
  const auto& lhs = s->lhs;
  const auto& rhs = s->rhs;
  if (lhs.size() == rhs.size()) {
    for (size_t i = 0; i < lhs.size(); i++) {
      Operand x;
      expr(x, rhs[i]);
      assignVar(lhs[i], x, "assignment");
    }
    return;
  }
  if (rhs.size() == 1) {
    Operand x;
    rawExpr(x, rhs[0], nullptr, false);
    if (x.invalid()) {
      for (Expr* l : lhs) use(l);
      return;
    }
    if (lhs.size() == 2 && (x.mode == ExprMode::MapIndex || x.mode == ExprMode::CommaOk)) {
      Operand v = x;
      v.mode = ExprMode::Value;
      assignVar(lhs[0], v, "assignment");
      Operand b;
      b.mode = ExprMode::Value;
      b.type = basicType(BasicKind::UntypedBool);
      b.expr = nullptr;
      // The ok value is an untyped boolean.
      Expr* l1 = lhs[1];
      if (auto* id = dyn_cast<Ident>(l1); id && id->name == "_") return;
      Operand z;
      bool saveLhs = lhsIdent_;
      lhsIdent_ = isa<Ident>(l1);
      rawExpr(z, l1, nullptr, false);
      lhsIdent_ = saveLhs;
      if (z.invalid()) return;
      if (z.mode != ExprMode::Variable && z.mode != ExprMode::MapIndex) {
        error(startPos(l1), "cannot assign to " + opString(z));
      } else if (!isBoolean(z.type)) {
        error(startPos(rhs[0]), "cannot use " + exprString(rhs[0]) + " (untyped bool value) as " +
                                    ts(z.type) + " value in assignment");
      }
      return;
    }
    if (x.type && x.type->kind == TypeKind::Tuple && x.mode == ExprMode::Value) {
      const auto& tys = x.type->elems;
      if (tys.size() != lhs.size()) {
        Expr* fun = rhs[0];
        while (auto* p = dyn_cast<ParenExpr>(fun)) fun = p->x;
        std::string fname = isa<CallExpr>(fun) ? exprString(cast<CallExpr>(fun)->fun) : exprString(fun);
        error(startPos(rhs[0]), "assignment mismatch: " + std::to_string(lhs.size()) + " variable" +
                                    (lhs.size() == 1 ? "" : "s") + " but " + fname + " returns " +
                                    std::to_string(tys.size()) + " value" + (tys.size() == 1 ? "" : "s"));
        for (Expr* l : lhs) use(l);
        return;
      }
      for (size_t i = 0; i < lhs.size(); i++) {
        Operand o;
        o.mode = ExprMode::Value;
        o.type = tys[i];
        o.expr = rhs[0];
        assignVar(lhs[i], o, "assignment");
      }
      return;
    }
    if (x.mode == ExprMode::NoValue) {
      error(startPos(rhs[0]), exprString(rhs[0]) + " (no value) used as value");
      return;
    }
  }
  std::string l = std::to_string(lhs.size()) + (lhs.size() == 1 ? " variable" : " variables");
  std::string r = std::to_string(rhs.size()) + (rhs.size() == 1 ? " value" : " values");
  if (rhs.size() == 1 && isa<CallExpr>(rhs[0]) && !cast<CallExpr>(rhs[0])->isConversion &&
      !cast<CallExpr>(rhs[0])->isBuiltin)
    r = exprString(cast<CallExpr>(rhs[0])->fun) + " returns 1 value";
  error(startPos(rhs[0]), "assignment mismatch: " + l + " but " + r);
  if (rhs.size() > 1) for (Expr* e : rhs) use(e);
  for (Expr* e : lhs) use(e);
}

void Checker::shortVarDecl(AssignStmt* s) {
  std::vector<Var*> lhsVars;
  std::vector<bool> isNew;
  bool anyNew = false;
  bool bad = false;
  std::set<std::string> seen;
  for (Expr* l : s->lhs) {
    auto* id = dyn_cast<Ident>(l);
    if (!id) {
      error(startPos(l), "non-name " + exprString(l) + " on left side of :=");
      use(l);
      bad = true;
      lhsVars.push_back(nullptr);
      isNew.push_back(false);
      continue;
    }
    if (id->name != "_" && !seen.insert(id->name).second) {
      error(id->pos, id->name + " repeated on left side of :=");
      bad = true;
    }
    Object* prev = id->name == "_" ? nullptr : scope_->lookup(id->name);
    if (prev && prev->kind == ObjKind::Var) {
      lhsVars.push_back(static_cast<Var*>(prev));
      isNew.push_back(false);
      id->obj = prev;
      continue;
    }
    auto* v = prog_.make<Var>();
    v->name = id->name;
    v->pos = id->pos;
    v->pkg = pkg_;
    lhsVars.push_back(v);
    isNew.push_back(true);
    if (id->name != "_") anyNew = true;
  }
  if (!anyNew && !bad) error(s->pos, "no new variables on left side of :=");
  // Existing variables are assigned: check them as assignments.
  std::vector<Var*> fresh;
  bool allNew = true;
  for (size_t i = 0; i < lhsVars.size(); i++) allNew &= isNew[i] && lhsVars[i];
  if (allNew) {
    initVars(lhsVars, s->rhs, s->pos, "assignment", nullptr);
  } else {
    // Mixed: type new variables like initVars, check old ones as assignment targets.
    std::vector<Var*> tmp;
    for (size_t i = 0; i < lhsVars.size(); i++) {
      auto* v = prog_.make<Var>();
      v->name = "_";
      tmp.push_back(v);
    }
    initVars(tmp, s->rhs, s->pos, "assignment", nullptr);
    for (size_t i = 0; i < lhsVars.size(); i++) {
      if (!lhsVars[i]) continue;
      if (isNew[i]) {
        lhsVars[i]->type = tmp[i]->type;
      } else if (tmp[i]->type != invalidType() && lhsVars[i]->type &&
                 !assignableTo(tmp[i]->type, lhsVars[i]->type)) {
        Operand o;
        o.mode = ExprMode::Value;
        o.type = tmp[i]->type;
        o.expr = s->rhs.size() == lhsVars.size() ? s->rhs[i] : s->rhs[0];
        error(startPos(o.expr), "cannot use " + opString(o) + " as type " + ts(lhsVars[i]->type) +
                                    " in assignment");
      } else if (s->rhs.size() == lhsVars.size() && tmp[i]->type != invalidType() &&
                 s->rhs[i]->type && isUntyped(s->rhs[i]->type)) {
        updateExprType(s->rhs[i], lhsVars[i]->type);
      }
    }
  }
  for (size_t i = 0; i < lhsVars.size(); i++) {
    if (!lhsVars[i]) continue;
    auto* id = cast<Ident>(s->lhs[i]);
    if (isNew[i]) {
      declare(scope_, id, lhsVars[i]);
      id->type = lhsVars[i]->type;
    } else {
      id->type = lhsVars[i]->type;
      id->mode = ExprMode::Variable;
    }
  }
}

void Checker::returnStmt(ReturnStmt* s) {
  if (!fn_) return;
  const auto& want = fn_->results;
  if (s->results.empty()) {
    if (!want.empty() && want[0]->name.empty()) {
      std::string w = "(";
      for (size_t i = 0; i < want.size(); i++) w += (i ? ", " : "") + ts(want[i]->type);
      error(s->pos, "not enough return values\n\thave ()\n\twant " + w + ")");
    }
    return;
  }
  std::vector<Operand> xs;
  if (s->results.size() == 1) {
    multiExpr(xs, s->results[0]);
  } else {
    for (Expr* e : s->results) {
      Operand x;
      expr(x, e);
      xs.push_back(x);
    }
  }
  for (auto& x : xs) if (x.invalid()) return;
  if (xs.size() != want.size()) {
    std::string h = "(", w = "(";
    for (size_t i = 0; i < xs.size(); i++) {
      h += i ? ", " : "";
      if (isUntyped(xs[i].type)) {
        auto k = xs[i].type->basic;
        h += k == BasicKind::UntypedString ? "string" : k == BasicKind::UntypedBool ? "bool"
             : k == BasicKind::UntypedNil ? "nil" : "number";
      } else {
        h += ts(xs[i].type);
      }
    }
    for (size_t i = 0; i < want.size(); i++) w += (i ? ", " : "") + ts(want[i]->type);
    bool many = xs.size() > want.size();
    Pos p = many && s->results.size() > want.size() ? startPos(s->results[want.size()])
                                                    : startPos(s->results.back());
    if (want.empty() && many) p = startPos(s->results[0]);
    error(p, std::string(many ? "too many" : "not enough") + " return values\n\thave " + h +
                 ")\n\twant " + w + ")");
    return;
  }
  for (size_t i = 0; i < xs.size(); i++) assignment(xs[i], want[i]->type, "return statement");
}

// ---- terminating statements (spec "Terminating statements") ----

bool Checker::isTerminating(Stmt* s, const std::string& label) {
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::ReturnStmt: return true;
    case NodeKind::BranchStmt: {
      auto* b = cast<BranchStmt>(s);
      return b->tok == Tok::Goto || b->tok == Tok::Fallthrough;
    }
    case NodeKind::ExprStmt: {
      Expr* e = cast<ExprStmt>(s)->x;
      while (auto* p = dyn_cast<ParenExpr>(e)) e = p->x;
      auto* c = dyn_cast<CallExpr>(e);
      return c && c->isBuiltin && BuiltinId(c->builtinId) == BuiltinId::Panic;
    }
    case NodeKind::BlockStmt: {
      auto& l = cast<BlockStmt>(s)->list;
      for (size_t i = l.size(); i > 0; i--) {
        if (isa<EmptyStmt>(l[i - 1])) continue;
        return isTerminating(l[i - 1], "");
      }
      return false;
    }
    case NodeKind::IfStmt: {
      auto* i = cast<IfStmt>(s);
      return i->elseStmt && isTerminating(i->then, "") && isTerminating(i->elseStmt, "");
    }
    case NodeKind::LabeledStmt: {
      auto* l = cast<LabeledStmt>(s);
      return isTerminating(l->stmt, l->label->name);
    }
    case NodeKind::ForStmt: {
      auto* f = cast<ForStmt>(s);
      return !f->cond && !brokenStmts_.count(f);
    }
    case NodeKind::SwitchStmt:
    case NodeKind::TypeSwitchStmt: {
      if (brokenStmts_.count(s)) return false;
      const auto& cs = s->kind == NodeKind::SwitchStmt ? cast<SwitchStmt>(s)->clauses
                                                       : cast<TypeSwitchStmt>(s)->clauses;
      bool hasDefault = false;
      for (CaseClause* c : cs) {
        hasDefault |= c->isDefault;
        const auto& b = c->body;
        size_t n = b.size();
        while (n > 0 && isa<EmptyStmt>(b[n - 1])) n--;
        if (n == 0) return false;
        if (!isTerminating(b[n - 1], "")) return false;
      }
      return hasDefault;
    }
    case NodeKind::SelectStmt: {
      if (brokenStmts_.count(s)) return false;
      for (CommClause* c : cast<SelectStmt>(s)->clauses) {
        const auto& b = c->body;
        size_t n = b.size();
        while (n > 0 && isa<EmptyStmt>(b[n - 1])) n--;
        if (n == 0) return false;
        if (!isTerminating(b[n - 1], "")) return false;
      }
      return true;
    }
    default:
      return false;
  }
  (void)label;
}

}  // namespace mgo::fe
