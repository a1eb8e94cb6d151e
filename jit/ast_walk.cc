// ast_walk.cc — generic pre-order walk of statements and expressions (see ast_walk.h).
// Invariant: every child a later phase lowers is visited; type expressions are skipped
// (they hold no variables).
#include "jit/ast_walk.h"

namespace mgo::jit {

using namespace fe;

void walk(const Node* n, const std::function<bool(const Node*)>& fn) {
  if (!n) return;
  if (auto* e = dyn_cast<Expr>(n); e && e->mode == ExprMode::TypeExpr) return;
  if (!fn(n)) return;
  auto w = [&](const Node* c) { walk(c, fn); };
  auto wl = [&](const auto& v) { for (const auto* c : v) walk(c, fn); };
  switch (n->kind) {
    case NodeKind::CompositeLit: wl(cast<CompositeLit>(n)->elts); break;
    case NodeKind::KeyValueExpr: {
      auto* kv = cast<KeyValueExpr>(n);
      // Struct literal keys are field names, not variables.
      if (!isa<Ident>(kv->key) || cast<Ident>(kv->key)->obj) w(kv->key);
      w(kv->value);
      break;
    }
    case NodeKind::FuncLit: w(cast<FuncLit>(n)->body); break;
    case NodeKind::ParenExpr: w(cast<ParenExpr>(n)->x); break;
    case NodeKind::SelectorExpr: w(cast<SelectorExpr>(n)->x); break;
    case NodeKind::IndexExpr: w(cast<IndexExpr>(n)->x); w(cast<IndexExpr>(n)->index); break;
    case NodeKind::SliceExpr: {
      auto* s = cast<SliceExpr>(n);
      w(s->x); w(s->lo); w(s->hi); w(s->max);
      break;
    }
    case NodeKind::TypeAssertExpr: w(cast<TypeAssertExpr>(n)->x); break;
    case NodeKind::CallExpr: w(cast<CallExpr>(n)->fun); wl(cast<CallExpr>(n)->args); break;
    case NodeKind::StarExpr: w(cast<StarExpr>(n)->x); break;
    case NodeKind::UnaryExpr: w(cast<UnaryExpr>(n)->x); break;
    case NodeKind::BinaryExpr: w(cast<BinaryExpr>(n)->x); w(cast<BinaryExpr>(n)->y); break;
    case NodeKind::BlockStmt: wl(cast<BlockStmt>(n)->list); break;
    case NodeKind::ExprStmt: w(cast<ExprStmt>(n)->x); break;
    case NodeKind::SendStmt: w(cast<SendStmt>(n)->chan); w(cast<SendStmt>(n)->value); break;
    case NodeKind::IncDecStmt: w(cast<IncDecStmt>(n)->x); break;
    case NodeKind::AssignStmt: wl(cast<AssignStmt>(n)->lhs); wl(cast<AssignStmt>(n)->rhs); break;
    case NodeKind::GoStmt: w(cast<GoStmt>(n)->call); break;
    case NodeKind::DeferStmt: w(cast<DeferStmt>(n)->call); break;
    case NodeKind::ReturnStmt: wl(cast<ReturnStmt>(n)->results); break;
    case NodeKind::LabeledStmt: w(cast<LabeledStmt>(n)->stmt); break;
    case NodeKind::DeclStmt: wl(cast<DeclStmt>(n)->decls); break;
    case NodeKind::VarDecl: wl(cast<VarDecl>(n)->names); wl(cast<VarDecl>(n)->values); break;
    case NodeKind::IfStmt: {
      auto* s = cast<IfStmt>(n);
      w(s->init); w(s->cond); w(s->then); w(s->elseStmt);
      break;
    }
    case NodeKind::CaseClause: wl(cast<CaseClause>(n)->list); wl(cast<CaseClause>(n)->body); break;
    case NodeKind::SwitchStmt: {
      auto* s = cast<SwitchStmt>(n);
      w(s->init); w(s->tag); wl(s->clauses);
      break;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* s = cast<TypeSwitchStmt>(n);
      w(s->init); w(s->binding); w(s->guard); wl(s->clauses);
      break;
    }
    case NodeKind::CommClause: w(cast<CommClause>(n)->comm); wl(cast<CommClause>(n)->body); break;
    case NodeKind::SelectStmt: wl(cast<SelectStmt>(n)->clauses); break;
    case NodeKind::ForStmt: {
      auto* s = cast<ForStmt>(n);
      w(s->init); w(s->cond); w(s->post); w(s->body);
      break;
    }
    case NodeKind::RangeStmt: {
      auto* s = cast<RangeStmt>(n);
      w(s->key); w(s->value); w(s->x); w(s->body);
      break;
    }
    default: break;
  }
}

}  // namespace mgo::jit
