// parser_branches.cc — label and branch checks of a function body, as Go's compiler
// does them while parsing (cmd/compile/internal/syntax/branches.go).
#include <deque>
#include <unordered_map>

#include "frontend/parser_impl.h"

namespace mgo::fe::detail {
namespace {

// ---------------------------------------------------------------------------------------
// Branch and label checks (run per function body; fills BranchStmt::target)
//
// Mirrors the rules of Go's compiler (spec: "Labeled statements", "Break statements",
// "Continue statements", "Goto statements", "Fallthrough statements"):
//   - break/continue without label need an enclosing for/switch/select (for for continue);
//     with a label, the label must name an enclosing such statement;
//   - fallthrough must be the last statement of a non-final case of an expression switch;
//   - goto must not jump into a block or over a variable declaration in its own block;
//   - every label must be used and defined once.
class BranchChecker {
 public:
  explicit BranchChecker(Diagnostics& d) : diags_(d) {}

  void check(BlockStmt* body) {
    std::vector<BranchStmt*> fwd = blockBranches(nullptr, Targets{}, nullptr, body->pos, body->list);
    for (BranchStmt* g : fwd) {
      auto it = labels_.find(g->label->name);
      if (it != labels_.end()) {
        it->second.used = true;
        err(g->label->pos, "goto " + g->label->name + " jumps into block starting at " +
                               diags_.formatPos(it->second.parent->start));
      } else {
        err(g->label->pos, "label " + g->label->name + " not defined");
      }
    }
    for (auto& [name, l] : labels_) {
      if (!l.used) err(l.lstmt->label->pos, "label " + name + " defined and not used");
    }
  }

 private:
  struct Block {
    Block* parent;
    Pos start;
    LabeledStmt* lstmt;
  };
  struct Label {
    Block* parent;
    LabeledStmt* lstmt;
    bool used;
  };
  struct Targets {
    Stmt* breaks = nullptr;     // ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, SelectStmt
    Stmt* continues = nullptr;  // ForStmt or RangeStmt
    int caseIndex = -1;         // index of the enclosing expression-switch case, or -1
  };

  void err(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }

  Label* declare(Block* b, LabeledStmt* s) {
    auto [it, inserted] = labels_.try_emplace(s->label->name, Label{b, s, false});
    if (!inserted) {
      err(s->label->pos, "label " + s->label->name + " already defined at " +
                             diags_.formatPos(it->second.lstmt->label->pos));
    }
    return &it->second;
  }

  LabeledStmt* gotoTarget(Block* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;
    for (; b; b = b->parent)
      if (it->second.parent == b) return it->second.lstmt;
    return nullptr;
  }

  // The innermost enclosing labelled statement with this name; nullptr if the label is
  // not defined, &invalid_ if it is defined but does not label an enclosing statement.
  LabeledStmt* enclosingTarget(Block* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;
    for (; b; b = b->parent)
      if (b->lstmt == it->second.lstmt) return it->second.lstmt;
    return &invalid_;
  }

  std::vector<BranchStmt*> blockBranches(Block* parent, Targets ctxt, LabeledStmt* lstmt,
                                         Pos start, const std::vector<Stmt*>& body) {
    blocks_.push_back(Block{parent, start, lstmt});
    Block* b = &blocks_.back();
    Pos varPos;
    std::string varName;
    std::vector<BranchStmt*> fwdGotos, badGotos;

    auto recordVarDecl = [&](Pos p, std::string name) {
      varPos = p;
      varName = std::move(name);
      badGotos = fwdGotos;  // forward gotos so far would jump over this declaration
    };
    auto innerBlock = [&](Targets c, Pos s, const std::vector<Stmt*>& list) {
      auto inner = blockBranches(b, c, lstmt, s, list);
      fwdGotos.insert(fwdGotos.end(), inner.begin(), inner.end());
    };

    // A fallthrough counts as last statement even when empty statements follow it.
    size_t n = body.size();
    while (n > 0 && isa<EmptyStmt>(body[n - 1])) n--;

    for (size_t idx = 0; idx < n; idx++) {
      Stmt* stmt = body[idx];
      lstmt = nullptr;
      // Unwrap labels, declaring them.
      while (auto* ls = dyn_cast<LabeledStmt>(stmt)) {
        if (!ls->label->isBlank()) {
          Label* l = declare(b, ls);
          size_t keep = 0;
          for (BranchStmt* g : fwdGotos) {
            if (g->label->name == ls->label->name) {
              g->target = ls;
              l->used = true;
              bool over = false;
              if (varPos.valid())
                for (BranchStmt* bad : badGotos) over |= bad == g;
              if (over) {
                err(g->label->pos, "goto " + ls->label->name + " jumps over declaration of " +
                                       varName + " at " + diags_.formatPos(varPos));
              }
            } else {
              fwdGotos[keep++] = g;
            }
          }
          fwdGotos.resize(keep);
          lstmt = ls;
        }
        stmt = ls->stmt;
      }

      switch (stmt->kind) {
        case NodeKind::DeclStmt:
          for (Decl* d : cast<DeclStmt>(stmt)->decls) {
            if (auto* v = dyn_cast<VarDecl>(d)) {
              recordVarDecl(v->pos, v->names[0]->name);
              break;
            }
          }
          break;
        case NodeKind::AssignStmt: {
          auto* a = cast<AssignStmt>(stmt);
          if (a->op == Tok::Define) {
            std::string names;
            for (size_t i = 0; i < a->lhs.size(); i++)
              names += (i ? ", " : "") + exprString(a->lhs[i]);
            recordVarDecl(a->pos, names);
          }
          break;
        }
        case NodeKind::BranchStmt: {
          auto* s = cast<BranchStmt>(stmt);
          if (!s->label) {
            switch (s->tok) {
              case Tok::Break:
                if (ctxt.breaks) s->target = ctxt.breaks;
                else err(s->pos, "break is not in a loop, switch, or select");
                break;
              case Tok::Continue:
                if (ctxt.continues) s->target = ctxt.continues;
                else err(s->pos, "continue is not in a loop");
                break;
              case Tok::Fallthrough: {
                std::string msg = "fallthrough statement out of place";
                if (isa<TypeSwitchStmt>(ctxt.breaks)) {
                  msg = "cannot fallthrough in type switch";
                } else if (auto* sw = dyn_cast<SwitchStmt>(ctxt.breaks)) {
                  if (ctxt.caseIndex < 0 || idx + 1 < n) {
                    // nested in a block, or not the last statement
                  } else if (static_cast<size_t>(ctxt.caseIndex) + 1 == sw->clauses.size()) {
                    msg = "cannot fallthrough final case in switch";
                  } else {
                    s->target = sw->clauses[ctxt.caseIndex + 1];
                    break;
                  }
                }
                err(s->pos, msg);
                break;
              }
              default: break;  // goto always has a label
            }
            break;
          }
          const std::string& name = s->label->name;
          if (s->tok == Tok::Break) {
            if (LabeledStmt* t = enclosingTarget(b, name)) {
              Stmt* ts = t == &invalid_ ? nullptr : t->stmt;
              if (ts && (isa<SwitchStmt>(ts) || isa<TypeSwitchStmt>(ts) ||
                         isa<SelectStmt>(ts) || isa<ForStmt>(ts) || isa<RangeStmt>(ts))) {
                s->target = ts;
              } else {
                err(s->label->pos, "invalid break label " + name);
              }
            } else {
              err(s->label->pos, "break label not defined: " + name);
            }
          } else if (s->tok == Tok::Continue) {
            if (LabeledStmt* t = enclosingTarget(b, name)) {
              Stmt* ts = t == &invalid_ ? nullptr : t->stmt;
              if (ts && (isa<ForStmt>(ts) || isa<RangeStmt>(ts))) {
                s->target = ts;
              } else {
                err(s->label->pos, "invalid continue label " + name);
              }
            } else {
              err(s->label->pos, "continue label not defined: " + name);
            }
          } else if (s->tok == Tok::Goto) {
            if (LabeledStmt* t = gotoTarget(b, name)) s->target = t;
            else fwdGotos.push_back(s);  // may be declared later
          }
          break;
        }
        case NodeKind::BlockStmt:
          innerBlock(Targets{ctxt.breaks, ctxt.continues, -1}, stmt->pos,
                     cast<BlockStmt>(stmt)->list);
          break;
        case NodeKind::IfStmt: {
          auto* s = cast<IfStmt>(stmt);
          Targets inner{ctxt.breaks, ctxt.continues, -1};
          innerBlock(inner, s->then->pos, s->then->list);
          if (s->elseStmt) innerBlock(inner, s->elseStmt->pos, {s->elseStmt});
          break;
        }
        case NodeKind::ForStmt:
          innerBlock(Targets{stmt, stmt, -1}, cast<ForStmt>(stmt)->body->pos,
                     cast<ForStmt>(stmt)->body->list);
          break;
        case NodeKind::RangeStmt:
          innerBlock(Targets{stmt, stmt, -1}, cast<RangeStmt>(stmt)->body->pos,
                     cast<RangeStmt>(stmt)->body->list);
          break;
        case NodeKind::SwitchStmt: {
          auto* s = cast<SwitchStmt>(stmt);
          for (size_t i = 0; i < s->clauses.size(); i++) {
            innerBlock(Targets{s, ctxt.continues, static_cast<int>(i)}, s->clauses[i]->pos,
                       s->clauses[i]->body);
          }
          break;
        }
        case NodeKind::TypeSwitchStmt: {
          auto* s = cast<TypeSwitchStmt>(stmt);
          for (CaseClause* c : s->clauses)
            innerBlock(Targets{s, ctxt.continues, -1}, c->pos, c->body);
          break;
        }
        case NodeKind::SelectStmt: {
          auto* s = cast<SelectStmt>(stmt);
          for (CommClause* c : s->clauses)
            innerBlock(Targets{s, ctxt.continues, -1}, c->pos, c->body);
          break;
        }
        default: break;
      }
    }
    return fwdGotos;
  }

  Diagnostics& diags_;
  std::unordered_map<std::string, Label> labels_;
  std::deque<Block> blocks_;
  LabeledStmt invalid_{Pos{}, nullptr, nullptr};
};

}  // namespace

void checkBranches(BlockStmt* body, Diagnostics& d) {
  if (!body) return;
  BranchChecker(d).check(body);
}

}  // namespace mgo::fe::detail
