// parser_stmt.cc — statement productions of the Parser, including the if/for/switch
// header with its composite-literal rule (xnest_ == -1).
#include "frontend/parser_impl.h"

namespace mgo::fe::detail {

// ---------------------------------------------------------------------------------------
// Statements

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment |
//              ShortVarDecl .
// keyword is For or Switch inside those headers (enabling range clauses and type switch
// guards), else Illegal.
Stmt* Parser::simpleStmt(std::vector<Expr*>* lhsIn, Tok keyword) {
  if (keyword == Tok::For && is(Tok::Range)) {
    // RangeClause without variables: "range" Expression.
    auto* r = make<RangeStmt>(pos());
    r->rangePos = pos();
    next();
    r->x = expr();
    return r;
  }
  std::vector<Expr*> lhs = lhsIn ? std::move(*lhsIn) : exprList();
  if (lhs.size() == 1 && !is(Tok::Assign) && !is(Tok::Define)) {
    Pos p = pos();
    Expr* x = lhs[0];
    if (isOpAssign(tok_.tok)) {
      Tok op = tok_.tok;
      next();
      auto* a = make<AssignStmt>(p, op);
      a->lhs.push_back(x);
      a->rhs.push_back(expr());
      return a;
    }
    if (is(Tok::Inc) || is(Tok::Dec)) {
      bool inc = is(Tok::Inc);
      next();
      return make<IncDecStmt>(p, x, inc);
    }
    if (is(Tok::Arrow)) {
      next();
      return make<SendStmt>(p, x, expr());
    }
    return make<ExprStmt>(startPos(x), x);
  }
  if (is(Tok::Assign) || is(Tok::Define)) {
    Pos p = pos();
    Tok op = tok_.tok;
    next();
    if (keyword == Tok::For && is(Tok::Range)) {
      // RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
      auto* r = make<RangeStmt>(startPos(lhs[0]));
      r->rangePos = pos();
      next();
      r->op = op;
      if (lhs.size() > 2) {
        errorAt(startPos(lhs[2]), "range clause permits at most two iteration variables");
      }
      r->key = lhs[0];
      if (lhs.size() > 1) r->value = lhs[1];
      r->x = expr();
      return r;
    }
    auto* a = make<AssignStmt>(p, op);
    a->lhs = std::move(lhs);
    a->rhs = exprList();
    return a;
  }
  syntaxError("expecting := or = or comma");
  advance({Tok::Semicolon, Tok::RBrace});
  return make<ExprStmt>(startPos(lhs[0]), lhs[0]);
}

// LabeledStmt = Label ":" Statement .
Stmt* Parser::labeledStmtOrNull(Ident* label) {
  Pos colon = pos();
  want(Tok::Colon);
  if (is(Tok::RBrace)) {
    return make<LabeledStmt>(label->pos, label, make<EmptyStmt>(pos()));
  }
  Stmt* s = stmtOrNull();
  if (s) return make<LabeledStmt>(label->pos, label, s);
  syntaxErrorAt(colon, "missing statement after label");
  return nullptr;
}

// Block = "{" StatementList "}" .
BlockStmt* Parser::blockStmt(const char* context) {
  auto* b = make<BlockStmt>(pos());
  if (!enter()) return b;
  if (!got(Tok::LBrace)) {
    syntaxError(std::string("expecting { after ") + context);
    advance({Tok::Ident, Tok::RBrace});
    b->rbrace = pos();
    if (got(Tok::RBrace)) {
      leave();
      return b;
    }
  }
  b->list = stmtList();
  b->rbrace = pos();
  want(Tok::RBrace);
  leave();
  return b;
}

// Declaration = ConstDecl | TypeDecl | VarDecl .
Stmt* Parser::declStmt(Tok kw) {
  auto* s = make<DeclStmt>(pos());
  next();
  switch (kw) {
    case Tok::Const: {
      ConstDecl* last = nullptr;
      appendGroup(s->decls, [&](DeclGroup* g, int iota) { return constDecl(g, iota, &last); });
      break;
    }
    case Tok::Type:
      appendGroup(s->decls, [&](DeclGroup* g, int) { return typeDecl(g); });
      break;
    default:
      appendGroup(s->decls, [&](DeclGroup* g, int) { return varDecl(g); });
      break;
  }
  return s;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
// ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
Stmt* Parser::forStmt() {
  Pos p = pos();
  Header h = header(Tok::For);
  BlockStmt* body = blockStmt("for clause");
  if (h.range) {
    h.range->pos = p;
    h.range->body = body;
    return h.range;
  }
  auto* s = make<ForStmt>(p);
  s->init = h.init;
  s->cond = h.cond;
  s->post = h.post;
  s->body = body;
  return s;
}

// header parses the clause after if, for or switch, up to (not including) the "{".
Parser::Header Parser::header(Tok keyword) {
  Header h;
  want(keyword);
  if (is(Tok::LBrace)) {
    if (keyword == Tok::If) {
      syntaxError("missing condition in if statement");
      h.cond = badExpr();
    }
    return h;
  }
  int outer = xnest_;
  xnest_ = -1;
  if (!is(Tok::Semicolon)) {
    if (got(Tok::Var)) {
      syntaxError(std::string("var declaration not allowed in ") + tokDesc(keyword) +
                  " initializer");
    }
    h.init = simpleStmt(nullptr, keyword);
    if (auto* r = dyn_cast<RangeStmt>(h.init)) {
      h.range = r;
      h.init = nullptr;
      xnest_ = outer;
      return h;
    }
  }
  Stmt* condStmt = nullptr;
  Pos semiPos;
  std::string semiLit;
  if (!is(Tok::LBrace)) {
    if (is(Tok::Semicolon)) {
      semiPos = pos();
      semiLit = tok_.lit;
      next();
    } else {
      want(Tok::LBrace);  // asking for '{' rather than ';' gives a better message
      if (!is(Tok::LBrace)) advance({Tok::LBrace, Tok::RBrace});
    }
    if (keyword == Tok::For) {
      if (!is(Tok::Semicolon)) {
        if (is(Tok::LBrace)) {
          syntaxError("expecting for loop condition");
          goto done;
        }
        condStmt = simpleStmt(nullptr, Tok::Illegal);
      }
      want(Tok::Semicolon);
      if (!is(Tok::LBrace)) {
        h.post = simpleStmt(nullptr, Tok::Illegal);
        if (auto* a = dyn_cast<AssignStmt>(h.post); a && a->op == Tok::Define) {
          syntaxErrorAt(a->pos, "cannot declare in post statement of for loop");
        }
      }
    } else if (!is(Tok::LBrace)) {
      condStmt = simpleStmt(nullptr, keyword);
    }
  } else {
    condStmt = h.init;
    h.init = nullptr;
  }

done:
  if (!condStmt) {
    if (keyword == Tok::If && semiPos.valid()) {
      if (semiLit != "semicolon") {
        syntaxErrorAt(semiPos, "unexpected " + semiLit + ", expecting { after if clause");
      } else {
        syntaxErrorAt(semiPos, "missing condition in if statement");
      }
      h.cond = make<BadExpr>(semiPos);
    }
  } else if (auto* es = dyn_cast<ExprStmt>(condStmt)) {
    h.cond = es->x;
  } else if (auto* as = dyn_cast<AssignStmt>(condStmt);
             keyword == Tok::Switch && as && as->op == Tok::Define && as->lhs.size() == 1 &&
             as->rhs.size() == 1 && isa<Ident>(as->lhs[0]) &&
             isa<TypeAssertExpr>(as->rhs[0]) && !cast<TypeAssertExpr>(as->rhs[0])->assertType) {
    h.condStmt = as;  // switch x := y.(type)
  } else {
    std::string str;
    if (as && as->op == Tok::Assign) {
      auto join = [](const std::vector<Expr*>& v) {
        std::string s;
        for (size_t i = 0; i < v.size(); i++) s += (i ? ", " : "") + exprString(v[i]);
        return s;
      };
      str = "assignment (" + join(as->lhs) + ") = (" + join(as->rhs) + ")";
    } else {
      str = stmtString(condStmt);
    }
    syntaxErrorAt(condStmt->pos, "cannot use " + str + " as value");
    h.cond = make<BadExpr>(condStmt->pos);
  }
  xnest_ = outer;
  return h;
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
Stmt* Parser::ifStmt() {
  Pos p = pos();
  if (!enter()) return make<BadStmt>(p);
  Header h = header(Tok::If);
  if (!h.cond) h.cond = make<BadExpr>(p);
  auto* s = make<IfStmt>(p, h.cond, blockStmt("if clause"));
  s->init = h.init;
  if (got(Tok::Else)) {
    if (is(Tok::If)) {
      s->elseStmt = ifStmt();
    } else if (is(Tok::LBrace)) {
      s->elseStmt = blockStmt("");
    } else {
      syntaxError("else must be followed by if or statement block");
      advance({Tok::Ident, Tok::RBrace});
    }
  }
  leave();
  return s;
}

// ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
// TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" .
// TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
Stmt* Parser::switchStmt() {
  Pos p = pos();
  Header h = header(Tok::Switch);
  std::vector<CaseClause*> clauses;
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (!is(Tok::EOF_) && !is(Tok::RBrace)) clauses.push_back(caseClause());
  Pos rbrace = pos();
  want(Tok::RBrace);

  TypeAssertExpr* guard = nullptr;
  Ident* binding = nullptr;
  if (auto* as = dyn_cast<AssignStmt>(h.condStmt)) {
    guard = cast<TypeAssertExpr>(as->rhs[0]);
    binding = cast<Ident>(as->lhs[0]);
  } else if (auto* ta = dyn_cast<TypeAssertExpr>(h.cond); ta && !ta->assertType) {
    guard = ta;
  }
  if (guard) {
    usedGuards_.push_back(guard);
    auto* s = make<TypeSwitchStmt>(p, guard);
    s->init = h.init;
    s->binding = binding;
    s->clauses = std::move(clauses);
    s->rbrace = rbrace;
    return s;
  }
  auto* s = make<SwitchStmt>(p);
  s->init = h.init;
  s->tag = h.cond;
  s->clauses = std::move(clauses);
  s->rbrace = rbrace;
  return s;
}

// SelectStmt = "select" "{" { CommClause } "}" .
Stmt* Parser::selectStmt() {
  auto* s = make<SelectStmt>(pos());
  want(Tok::Select);
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (!is(Tok::EOF_) && !is(Tok::RBrace)) s->clauses.push_back(commClause());
  s->rbrace = pos();
  want(Tok::RBrace);
  return s;
}

// ExprCaseClause = ExprSwitchCase ":" StatementList .
// ExprSwitchCase = "case" ExpressionList | "default" .
CaseClause* Parser::caseClause() {
  auto* c = make<CaseClause>(pos());
  switch (tok_.tok) {
    case Tok::Case: next(); c->list = exprList(); break;
    case Tok::Default: next(); c->isDefault = true; break;
    default:
      syntaxError("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

// CommClause = CommCase ":" StatementList .
// CommCase   = "case" ( SendStmt | RecvStmt ) | "default" .
// RecvStmt   = [ ExpressionList "=" | IdentifierList ":=" ] RecvExpr .
CommClause* Parser::commClause() {
  auto* c = make<CommClause>(pos());
  switch (tok_.tok) {
    case Tok::Case: {
      next();
      Stmt* s = simpleStmt(nullptr, Tok::Illegal);
      // Only a send, a receive, or an assignment of a receive is allowed.
      auto isRecv = [](Expr* x) {
        auto* u = dyn_cast<UnaryExpr>(unparen(x));
        return u && u->op == Tok::Arrow;
      };
      bool ok = false;
      if (isa<SendStmt>(s)) ok = true;
      else if (auto* es = dyn_cast<ExprStmt>(s)) ok = isRecv(es->x);
      else if (auto* as = dyn_cast<AssignStmt>(s))
        ok = (as->op == Tok::Assign || as->op == Tok::Define) && as->lhs.size() <= 2 &&
             as->rhs.size() == 1 && isRecv(as->rhs[0]);
      if (!ok) badComms_.push_back(s);  // reported at the end (see parseFile)
      c->comm = s;
      break;
    }
    case Tok::Default:
      next();
      c->isDefault = true;
      break;
    default:
      syntaxError("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt |
//             ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt |
//             SelectStmt | ForStmt | DeferStmt .
Stmt* Parser::stmtOrNull() {
  if (!enter()) return nullptr;
  Stmt* r = nullptr;
  Pos p = pos();
  switch (tok_.tok) {
    case Tok::Ident: {
      std::vector<Expr*> lhs = exprList();
      if (lhs.size() == 1 && is(Tok::Colon) && isa<Ident>(lhs[0])) {
        r = labeledStmtOrNull(cast<Ident>(lhs[0]));
      } else {
        r = simpleStmt(&lhs, Tok::Illegal);
      }
      break;
    }
    case Tok::Var: case Tok::Const: case Tok::Type: r = declStmt(tok_.tok); break;
    case Tok::LBrace: r = blockStmt(""); break;
    case Tok::Add: case Tok::Sub: case Tok::Mul: case Tok::And: case Tok::Xor:
    case Tok::Not:
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
    case Tok::Func: case Tok::LParen: case Tok::LBrack: case Tok::Struct: case Tok::Map:
    case Tok::Chan: case Tok::Interface: case Tok::Arrow:
      r = simpleStmt(nullptr, Tok::Illegal);
      break;
    case Tok::For: r = forStmt(); break;
    case Tok::Switch: r = switchStmt(); break;
    case Tok::Select: r = selectStmt(); break;
    case Tok::If: r = ifStmt(); break;
    case Tok::Fallthrough:
      next();
      r = make<BranchStmt>(p, Tok::Fallthrough);
      break;
    case Tok::Break: case Tok::Continue: {
      auto* b = make<BranchStmt>(p, tok_.tok);
      next();
      if (is(Tok::Ident)) b->label = name();
      r = b;
      break;
    }
    case Tok::Go: case Tok::Defer: r = callStmt(); break;
    case Tok::Goto: {
      next();
      auto* b = make<BranchStmt>(p, Tok::Goto);
      b->label = name();
      r = b;
      break;
    }
    case Tok::Return: {
      next();
      auto* s = make<ReturnStmt>(p);
      if (!is(Tok::Semicolon) && !is(Tok::RBrace)) s->results = exprList();
      r = s;
      break;
    }
    case Tok::Semicolon: r = make<EmptyStmt>(p); break;
    default: break;
  }
  leave();
  return r;
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmtList() {
  std::vector<Stmt*> l;
  while (!is(Tok::EOF_) && !is(Tok::RBrace) && !is(Tok::Case) && !is(Tok::Default)) {
    Stmt* s = stmtOrNull();
    if (!s) break;  // a token that cannot start a statement: the caller reports it
    l.push_back(s);
    // ";" is optional before "}".
    if (!got(Tok::Semicolon) && !is(Tok::RBrace)) {
      syntaxError("at end of statement");
      advance({Tok::Semicolon, Tok::RBrace, Tok::Case, Tok::Default});
      got(Tok::Semicolon);
    }
  }
  return l;
}


}  // namespace mgo::fe::detail
