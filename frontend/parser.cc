// parser.cc — recursive-descent parser for Go 1.19 (without generics).
//
// One parseX method per grammar production, with the production in the comment above it
// (spec notation). The structure and the error recovery follow Go's own compiler parser
// (cmd/compile/internal/syntax), so that messages and positions match `go build`:
//   1. A syntax error reads "syntax error: unexpected TOKEN, expecting X" (or
//      "... in CONTEXT; possibly missing SEP or CLOSE"), reported at the current token.
//   2. After an error the parser skips tokens (advance) up to a follow token of the
//      current production or, inside function bodies, a statement keyword.
//   3. xnest_ is Go's "expression level": it is -1 inside the header of if/for/switch,
//      where `T{` cannot start a composite literal (the `{` opens the block), and >= 0
//      inside parentheses, brackets and composite literals, where it can again.
//   4. Every loop makes progress: a production either consumes a token or reports an error
//      and advances; advance() without follow set consumes one token.
//   5. depth_ bounds the recursion (kMaxNesting) so that no input can exhaust the stack.
// This file also holds the expression printer (exprString) and the AST dumper used in
// tests, which need the same knowledge of every node kind.
#include "frontend/parser.h"

#include <cstring>
#include <deque>
#include <initializer_list>
#include <type_traits>
#include <unordered_map>

#include "frontend/lexer.h"

namespace mgo::fe {

std::string stmtString(const Stmt* s);

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

void checkBranches(BlockStmt* body, Diagnostics& d) {
  if (!body) return;
  BranchChecker(d).check(body);
}

class Parser {
 public:
  Parser(const SourceFile& src, Diagnostics& diags)
      : lex_(src, diags), diags_(diags), startErrors_(diags.errorCount()) {}

  std::unique_ptr<File> parseFile(const SourceFile& src);

 private:
  // ---- tokens ----
  void next() {
    if (diags_.tooMany()) {  // Go stops after 10 errors; so do we.
      tok_.tok = Tok::EOF_;
      tok_.lit.clear();
      return;
    }
    tok_ = lex_.next();
  }
  bool is(Tok t) const { return tok_.tok == t; }
  Pos pos() const { return tok_.pos; }
  bool got(Tok t) {
    if (tok_.tok == t) {
      next();
      return true;
    }
    return false;
  }
  void want(Tok t) {
    if (!got(t)) {
      syntaxError("expecting " + tokDesc(t));
      advance({});
    }
  }
  bool gotAssign();

  // ---- errors ----
  bool hadError() const { return diags_.errorCount() > startErrors_; }
  void errorAt(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }
  void error(std::string msg) { errorAt(pos(), std::move(msg)); }
  void syntaxErrorAt(Pos p, std::string msg);
  void syntaxError(std::string msg) { syntaxErrorAt(pos(), std::move(msg)); }
  static std::string tokDesc(Tok t);
  void advance(std::initializer_list<Tok> follow);
  bool enter();  // depth check; false (after an error) if too deep
  void leave() { depth_--; }

  // ---- nodes ----
  template <class T, class... A> T* make(A&&... a) {
    return file_->arena.make<T>(std::forward<A>(a)...);
  }
  BadExpr* badExpr() { return make<BadExpr>(pos()); }
  Ident* name();

  // ---- declarations ----
  template <class F> void list(const char* context, Tok sep, Tok close, F f, Pos* closePos);
  template <class F> void appendGroup(std::vector<Decl*>& out, F f);
  Decl* importDecl(DeclGroup* g);
  Decl* constDecl(DeclGroup* g, int iota, ConstDecl** lastWithValues);
  Decl* typeDecl(DeclGroup* g);
  Decl* varDecl(DeclGroup* g);
  FuncDecl* funcDeclOrNull(Pos funcPos);
  BlockStmt* funcBody();
  std::vector<Ident*> nameList(Ident* first);

  // ---- expressions ----
  Expr* expr();
  std::vector<Expr*> exprList();
  Expr* binaryExpr(Expr* x, int prec);
  Expr* unaryExpr();
  Expr* operand(bool keepParens);
  Expr* pexpr(Expr* x, bool keepParens);
  Expr* bareComplitExpr();
  CompositeLit* complitExpr();
  void argList(CallExpr* c);
  Stmt* callStmt();

  // ---- types ----
  Expr* type();
  Expr* typeOrNull();
  Expr* qualifiedName(Ident* name);
  FuncTypeExpr* funcType(Pos p, const char* context);
  Expr* arrayType(Pos p, Expr* len);
  Expr* chanElem();
  StructTypeExpr* structType();
  InterfaceTypeExpr* interfaceType();
  FieldList* funcResult();
  void fieldDecl(FieldList* fl);
  Field* methodDecl();
  Field* paramDeclOrNull(Tok close);
  FieldList* paramList(Tok close, Pos open);
  void skipTypeParams(Pos p, const char* what);

  // ---- statements ----
  Stmt* stmtOrNull();
  std::vector<Stmt*> stmtList();
  Stmt* simpleStmt(std::vector<Expr*>* lhs, Tok keyword);
  Stmt* labeledStmtOrNull(Ident* label);
  BlockStmt* blockStmt(const char* context);
  Stmt* declStmt(Tok kw);
  Stmt* forStmt();
  struct Header {
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    Stmt* post = nullptr;
    Stmt* condStmt = nullptr;  // switch: a type switch guard statement
    RangeStmt* range = nullptr;
  };
  Header header(Tok keyword);
  Stmt* ifStmt();
  Stmt* switchStmt();
  Stmt* selectStmt();
  CaseClause* caseClause();
  CommClause* commClause();

  Lexer lex_;
  Diagnostics& diags_;
  size_t startErrors_;
  Token tok_;
  File* file_ = nullptr;
  int xnest_ = 0;  // expression nesting level; -1 in control clause headers
  int fnest_ = 0;  // function nesting level (for advance's stop set)
  int depth_ = 0;  // recursion depth
  bool tooDeep_ = false;
  std::vector<TypeAssertExpr*> guards_;      // every x.(type) seen
  std::vector<TypeAssertExpr*> usedGuards_;  // those that guard a type switch
};

// ---------------------------------------------------------------------------------------
// Errors

std::string Parser::tokDesc(Tok t) {
  switch (t) {
    case Tok::Comma: return "comma";
    case Tok::Semicolon: return "semicolon or newline";
    default: return std::string(tokString(t));
  }
}

void Parser::syntaxErrorAt(Pos p, std::string msg) {
  if (is(Tok::EOF_) && hadError()) return;  // avoid meaningless follow-up errors
  if (msg.empty()) {
    // nothing to add
  } else if (msg.rfind("in ", 0) == 0 || msg.rfind("at ", 0) == 0 ||
             msg.rfind("after ", 0) == 0) {
    msg = " " + msg;
  } else if (msg.rfind("expecting ", 0) == 0) {
    msg = ", " + msg;
  } else {
    errorAt(p, "syntax error: " + msg);  // plain error: the current token is irrelevant
    return;
  }
  std::string tok;
  switch (tok_.tok) {
    case Tok::Ident:
    case Tok::Semicolon: tok = tok_.lit; break;
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
      tok = "literal " + tok_.lit;
      break;
    default: tok = tokDesc(tok_.tok); break;
  }
  errorAt(p, "syntax error: unexpected " + tok + msg);
}

// advance skips tokens until one in follow (or, inside a function, a statement keyword),
// never past EOF. With an empty follow list exactly one token is consumed.
void Parser::advance(std::initializer_list<Tok> follow) {
  auto inFollow = [&](Tok t) {
    if (t == Tok::EOF_) return true;
    if (follow.size() == 0) return false;
    if (fnest_ > 0) {
      switch (t) {
        case Tok::Break: case Tok::Const: case Tok::Continue: case Tok::Defer:
        case Tok::Fallthrough: case Tok::For: case Tok::Go: case Tok::Goto: case Tok::If:
        case Tok::Return: case Tok::Select: case Tok::Switch: case Tok::Type: case Tok::Var:
          return true;
        default: break;
      }
    }
    for (Tok f : follow)
      if (f == t) return true;
    return false;
  };
  while (!inFollow(tok_.tok)) {
    next();
    if (follow.size() == 0) break;
  }
}

bool Parser::enter() {
  if (++depth_ > kMaxNesting) {
    if (!tooDeep_) {
      tooDeep_ = true;
      error("exceeded max nesting depth");
    }
    // Skip the rest of the file: nothing sensible can follow.
    while (!is(Tok::EOF_)) next();
    depth_--;
    return false;
  }
  return true;
}

// gotAssign is got(Assign) but also accepts ":=" (reporting it) for better recovery.
bool Parser::gotAssign() {
  if (is(Tok::Define)) {
    syntaxError("expecting =");
    next();
    return true;
  }
  return got(Tok::Assign);
}

Ident* Parser::name() {
  if (is(Tok::Ident)) {
    Ident* n = make<Ident>(pos(), tok_.lit);
    next();
    return n;
  }
  Ident* n = make<Ident>(pos(), "_");
  syntaxError("expecting name");
  advance({});
  return n;
}

// ---------------------------------------------------------------------------------------
// Files and declarations

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
std::unique_ptr<File> Parser::parseFile(const SourceFile& src) {
  next();
  auto f = std::make_unique<File>(pos());
  file_ = f.get();
  f->name = src.name();

  // PackageClause = "package" PackageName .
  if (!got(Tok::Package)) {
    syntaxError("package statement must be first");
    return f;
  }
  f->pkgName = name();
  want(Tok::Semicolon);
  if (hadError()) return f;  // don't bother continuing if the package clause is wrong

  // ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) .
  while (got(Tok::Import)) {
    std::vector<Decl*> ds;
    appendGroup(ds, [&](DeclGroup* g, int) { return importDecl(g); });
    for (Decl* d : ds) {
      f->decls.push_back(d);
      f->imports.push_back(cast<ImportDecl>(d));
    }
    want(Tok::Semicolon);
  }

  // TopLevelDecl = Declaration | FunctionDecl | MethodDecl .
  while (!is(Tok::EOF_)) {
    switch (tok_.tok) {
      case Tok::Const: {
        next();
        ConstDecl* last = nullptr;
        appendGroup(f->decls, [&](DeclGroup* g, int iota) { return constDecl(g, iota, &last); });
        break;
      }
      case Tok::Type:
        next();
        appendGroup(f->decls, [&](DeclGroup* g, int) { return typeDecl(g); });
        break;
      case Tok::Var:
        next();
        appendGroup(f->decls, [&](DeclGroup* g, int) { return varDecl(g); });
        break;
      case Tok::Func: {
        Pos fp = pos();
        next();
        if (FuncDecl* d = funcDeclOrNull(fp)) f->decls.push_back(d);
        break;
      }
      default: {
        auto* last = f->decls.empty() ? nullptr : dyn_cast<FuncDecl>(f->decls.back());
        if (is(Tok::LBrace) && last && !last->body) {
          syntaxError("unexpected semicolon or newline before {");
        } else {
          syntaxError("non-declaration statement outside function body");
        }
        advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        continue;
      }
    }
    if (!is(Tok::EOF_) && !got(Tok::Semicolon)) {
      syntaxError("after top level declaration");
      advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }
  for (TypeAssertExpr* g : guards_) {
    bool used = false;
    for (TypeAssertExpr* u : usedGuards_) used |= u == g;
    if (!used) errorAt(startPos(g->x), "invalid AST: use of .(type) outside type switch");
  }
  return f;
}

// list = [ f { sep f } [ sep ] ] close .
// Parses a possibly empty sep-separated list closed by close; f parses one element.
template <class F>
void Parser::list(const char* context, Tok sep, Tok close, F f, Pos* closePos) {
  bool done = false;
  while (!is(Tok::EOF_) && !is(close) && !done) {
    Pos before = pos();
    if constexpr (std::is_same_v<decltype(f()), bool>) {
      done = f();
    } else {
      f();
    }
    if (!got(sep) && !is(close)) {
      syntaxError(std::string("in ") + context + "; possibly missing " + tokDesc(sep) +
                  " or " + tokDesc(close));
      advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
      if (!is(close)) {
        if (closePos) *closePos = pos();
        return;
      }
    }
    if (pos() == before && !is(Tok::EOF_)) advance({});  // guarantee progress
  }
  if (closePos) *closePos = pos();
  want(close);
}

// Group = f | "(" { f ";" } ")" .
template <class F> void Parser::appendGroup(std::vector<Decl*>& out, F f) {
  if (is(Tok::LParen)) {
    DeclGroup* g = file_->arena.makeGroup(pos());
    next();
    int index = 0;
    list(
        "grouped declaration", Tok::Semicolon, Tok::RParen,
        [&] {
          if (Decl* d = f(g, index++)) out.push_back(d);
        },
        nullptr);
  } else {
    if (Decl* d = f(nullptr, 0)) out.push_back(d);
  }
}

// ImportSpec = [ "." | PackageName ] ImportPath .
Decl* Parser::importDecl(DeclGroup* g) {
  auto* d = make<ImportDecl>(pos());
  d->group = g;
  if (is(Tok::Ident)) {
    d->name = name();
  } else if (is(Tok::Period)) {
    d->name = make<Ident>(pos(), ".");
    next();
  }
  if (!isLiteral(tok_.tok)) {
    syntaxError("missing import path");
    advance({Tok::Semicolon, Tok::RParen});
    return d;
  }
  auto* lit = make<BasicLit>(pos(), tok_.tok, tok_.lit);
  lit->strVal = tok_.strVal;
  bool bad = tok_.bad;
  next();
  if (!bad && lit->litKind != Tok::String) syntaxError("import path must be a string");
  d->path = lit;
  return d;
}

// IdentifierList = identifier { "," identifier } .
std::vector<Ident*> Parser::nameList(Ident* first) {
  std::vector<Ident*> l{first};
  while (got(Tok::Comma)) l.push_back(name());
  return l;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Decl* Parser::constDecl(DeclGroup* g, int iota, ConstDecl** lastWithValues) {
  auto* d = make<ConstDecl>(pos());
  d->group = g;
  d->iota = iota;
  d->names = nameList(name());
  if (!is(Tok::EOF_) && !is(Tok::Semicolon) && !is(Tok::RParen)) {
    d->type = typeOrNull();
    if (gotAssign()) d->values = exprList();
  }
  if (!d->values.empty()) {
    *lastWithValues = d;
  } else if (!d->type) {
    d->implicitFrom = *lastWithValues;
  }
  return d;
}

// TypeSpec = identifier [ "=" ] Type .   (TypeParams are reported as unsupported.)
Decl* Parser::typeDecl(DeclGroup* g) {
  Pos p = pos();
  Ident* n = name();
  auto* d = make<TypeDecl>(p, n, nullptr);
  d->group = g;
  if (is(Tok::LBrack)) {
    // An array/slice type, or a type parameter list `[P any]`.
    Pos lb = pos();
    next();
    if (is(Tok::RBrack)) {
      next();
      d->type = make<SliceTypeExpr>(lb, type());
    } else if (is(Tok::Ident)) {
      xnest_++;
      Expr* x = expr();
      xnest_--;
      if (!is(Tok::RBrack)) {
        // type T[P any] ...: a type parameter list (x is P, or P followed by a type).
        errorAt(lb, "generic types are not supported");
        skipTypeParams(lb, "type");
        gotAssign();
        d->type = typeOrNull();
      } else {
        d->type = arrayType(lb, x);
      }
    } else {
      d->type = arrayType(lb, nullptr);
    }
  } else {
    d->alias = gotAssign();
    d->type = typeOrNull();
  }
  if (!d->type) {
    d->type = badExpr();
    syntaxError("in type declaration");
    advance({Tok::Semicolon, Tok::RParen});
  }
  return d;
}

// skipTypeParams skips the rest of a type parameter list up to and including its "]".
void Parser::skipTypeParams(Pos, const char*) {
  int nest = 1;
  while (!is(Tok::EOF_)) {
    if (is(Tok::LBrack)) nest++;
    if (is(Tok::RBrack) && --nest == 0) {
      next();
      return;
    }
    if (is(Tok::LBrace) || is(Tok::Semicolon)) return;
    next();
  }
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Decl* Parser::varDecl(DeclGroup* g) {
  auto* d = make<VarDecl>(pos());
  d->group = g;
  d->names = nameList(name());
  if (gotAssign()) {
    d->values = exprList();
  } else {
    d->type = type();
    if (gotAssign()) d->values = exprList();
  }
  return d;
}

// FunctionDecl = "func" FunctionName Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
// Receiver     = Parameters .
FuncDecl* Parser::funcDeclOrNull(Pos p) {
  FieldList* recv = nullptr;
  if (is(Tok::LParen)) {
    Pos lp = pos();
    next();
    recv = paramList(Tok::RParen, lp);
    if (recv->list.empty()) {
      error("method has no receiver");
    } else if (recv->numFields() > 1) {
      error("method has multiple receivers");
    }
  }
  if (!is(Tok::Ident)) {
    syntaxError("expecting name or (");
    advance({Tok::LBrace, Tok::Semicolon});
    return nullptr;
  }
  Ident* n = name();
  if (is(Tok::LBrack)) {
    errorAt(pos(), recv ? "syntax error: method must have no type parameters"
                        : "generic functions are not supported");
    next();
    skipTypeParams(p, "func");
  }
  auto* d = make<FuncDecl>(p, n, funcType(pos(), nullptr));
  d->recv = recv;
  if (is(Tok::LBrace)) d->body = funcBody();
  return d;
}

BlockStmt* Parser::funcBody() {
  fnest_++;
  int outer = xnest_;
  xnest_ = 0;
  size_t errs = diags_.errorCount();
  BlockStmt* b = blockStmt("");
  xnest_ = outer;
  fnest_--;
  // Like Go, check labels and branches only in bodies that parsed cleanly (partial trees
  // give spurious errors).
  if (diags_.errorCount() == errs) checkBranches(b, diags_);
  return b;
}

// ---------------------------------------------------------------------------------------
// Expressions

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::expr() { return binaryExpr(nullptr, 0); }

// ExpressionList = Expression { "," Expression } .
std::vector<Expr*> Parser::exprList() {
  std::vector<Expr*> l{expr()};
  while (got(Tok::Comma)) l.push_back(expr());
  return l;
}

// binary_op = "||" | "&&" | rel_op | add_op | mul_op .  (precedence climbing)
Expr* Parser::binaryExpr(Expr* x, int prec) {
  if (!enter()) return badExpr();
  if (!x) x = unaryExpr();
  // Each operator applied in this loop deepens the (left-leaning) tree by one level; count
  // it, so that later recursive phases never see a tree deeper than kMaxNesting.
  int levels = 0;
  while (precedence(tok_.tok) > prec) {
    Tok op = tok_.tok;
    Pos p = pos();
    int tprec = precedence(op);
    next();
    Expr* y = binaryExpr(nullptr, tprec);
    x = make<BinaryExpr>(p, op, x, y);
    if (!enter()) break;
    levels++;
  }
  depth_ -= levels;
  leave();
  return x;
}

static Expr* unparen(Expr* x) {
  while (auto* p = dyn_cast<ParenExpr>(x)) x = p->x;
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
// unary_op  = "+" | "-" | "!" | "^" | "*" | "&" | "<-" .
Expr* Parser::unaryExpr() {
  if (!enter()) return badExpr();
  Expr* result = nullptr;
  Pos p = pos();
  switch (tok_.tok) {
    case Tok::Mul:
      next();
      result = make<StarExpr>(p, unaryExpr());
      break;
    case Tok::Add: case Tok::Sub: case Tok::Not: case Tok::Xor: {
      Tok op = tok_.tok;
      next();
      result = make<UnaryExpr>(p, op, unaryExpr());
      break;
    }
    case Tok::Tilde:
      // Go parses ~x everywhere and its type checker rejects it outside constraints.
      error("cannot use ~ outside of interface or type constraint");
      next();
      result = unaryExpr();
      break;
    case Tok::And:
      next();
      // &(T{...}): drop the parentheses kept around a composite literal.
      result = make<UnaryExpr>(p, Tok::And, unparen(unaryExpr()));
      break;
    case Tok::Arrow: {
      next();
      // <-x is a receive, unless x turns out to be a channel type: <-chan T.
      Expr* x = unaryExpr();
      if (auto* ct = dyn_cast<ChanTypeExpr>(x)) {
        // Re-associate: <-(chan E) => (<-chan E); <-(chan<- E) => (<-chan (<-E)).
        ChanDir dir = ChanDir::Send;
        Expr* t = ct;
        while (dir == ChanDir::Send) {
          auto* c = dyn_cast<ChanTypeExpr>(t);
          if (!c) break;
          dir = c->dir;
          if (dir == ChanDir::Recv) {
            syntaxError("unexpected <-, expecting chan");
          }
          c->dir = ChanDir::Recv;
          if (c == ct) c->pos = p;
          t = c->elem;
        }
        if (dir == ChanDir::Send) {
          syntaxError("unexpected " + exprString(t) + ", expecting chan");
        }
        result = ct;
      } else {
        result = make<UnaryExpr>(p, Tok::Arrow, x);
      }
      break;
    }
    default:
      result = pexpr(nullptr, true);
  }
  leave();
  return result;
}

// callStmt: "go" Expression | "defer" Expression, where the expression must be a call.
Stmt* Parser::callStmt() {
  Pos p = pos();
  Tok kw = tok_.tok;
  next();
  Expr* x = pexpr(nullptr, is(Tok::LParen));
  const char* kws = kw == Tok::Go ? "go" : "defer";
  if (Expr* t = unparen(x); t != x) {
    errorAt(x->pos, std::string("expression in ") + kws + " must not be parenthesized");
    x = t;
  }
  auto* call = dyn_cast<CallExpr>(x);
  if (!call && !isa<BadExpr>(x)) {
    errorAt(startPos(x), std::string("expression in ") + kws + " must be function call");
  }
  if (kw == Tok::Go) return make<GoStmt>(p, call);
  return make<DeferStmt>(p, call);
}

// Operand     = Literal | OperandName | "(" Expression ")" .
// Literal     = BasicLit | CompositeLit | FunctionLit .
// OperandName = identifier | QualifiedIdent .
Expr* Parser::operand(bool keepParens) {
  Pos p = pos();
  switch (tok_.tok) {
    case Tok::Ident: return name();
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String: {
      auto* lit = make<BasicLit>(p, tok_.tok, tok_.lit);
      lit->strVal = std::move(tok_.strVal);
      lit->rune = tok_.rune;
      if (tok_.bad) {
        next();
        return make<BadExpr>(p);  // already reported by the lexer
      }
      next();
      return lit;
    }
    case Tok::LParen: {
      next();
      xnest_++;
      Expr* x = expr();
      xnest_--;
      want(Tok::RParen);
      // Keep the parentheses when a '{' follows (to reject `(T){}`), and where the caller
      // asks (go/defer statements).
      if (is(Tok::LBrace)) keepParens = true;
      return keepParens ? make<ParenExpr>(p, x) : x;
    }
    case Tok::Func: {
      next();
      FuncTypeExpr* ft = funcType(p, "function type");
      if (is(Tok::LBrace)) {
        xnest_++;
        BlockStmt* body = funcBody();
        xnest_--;
        return make<FuncLit>(p, ft, body);
      }
      return ft;
    }
    case Tok::LBrack: case Tok::Chan: case Tok::Map: case Tok::Struct: case Tok::Interface:
      return type();
    default: {
      Expr* x = badExpr();
      syntaxError("expecting expression");
      advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
      return x;
    }
  }
}

// isValue reports whether x must syntactically be a value (not a type).
static bool isValue(const Expr* x) {
  switch (x->kind) {
    case NodeKind::BasicLit: case NodeKind::CompositeLit: case NodeKind::FuncLit:
    case NodeKind::SliceExpr: case NodeKind::TypeAssertExpr: case NodeKind::CallExpr:
    case NodeKind::UnaryExpr: case NodeKind::BinaryExpr:
      return true;
    case NodeKind::ParenExpr: return isValue(cast<ParenExpr>(x)->x);
    case NodeKind::IndexExpr:
      return isValue(cast<IndexExpr>(x)->x) || isValue(cast<IndexExpr>(x)->index);
    default: return false;
  }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index |
//               PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
// Selector      = "." identifier .
// Index         = "[" Expression "]" .
// Slice         = "[" [ Expression ] ":" [ Expression ] "]" |
//                 "[" [ Expression ] ":" Expression ":" Expression "]" .
// TypeAssertion = "." "(" Type ")" .
// Arguments     = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
Expr* Parser::pexpr(Expr* x, bool keepParens) {
  if (!enter()) return badExpr();
  if (!x) x = operand(keepParens);
  int entered = 0;  // selectors, calls, indexes deepen the tree: count them (see binaryExpr)
  for (bool first = true;; first = false) {
    if (!first) {
      if (!enter()) break;
      entered++;
    }
    Pos p = pos();
    switch (tok_.tok) {
      case Tok::Period: {
        next();
        if (is(Tok::Ident)) {
          x = make<SelectorExpr>(startPos(x), x, name());
        } else if (is(Tok::LParen)) {
          next();
          if (got(Tok::Type)) {
            auto* g = make<TypeAssertExpr>(startPos(x), x, nullptr);
            guards_.push_back(g);
            x = g;
          } else {
            x = make<TypeAssertExpr>(startPos(x), x, type());
          }
          want(Tok::RParen);
        } else {
          syntaxError("expecting name or (");
          advance({Tok::Semicolon, Tok::RParen});
        }
        continue;
      }
      case Tok::LBrack: {
        next();
        if (is(Tok::RBrack)) {
          syntaxError("expecting operand");
          next();
          continue;
        }
        Expr* i = nullptr;
        if (!is(Tok::Colon)) {
          xnest_++;
          i = expr();
          xnest_--;
          if (is(Tok::Comma)) {
            errorAt(pos(), "generic instantiation is not supported");
            advance({Tok::RBrack});
          }
          if (is(Tok::RBrack) || is(Tok::Comma)) {
            want(Tok::RBrack);
            auto* ix = make<IndexExpr>(startPos(x), x, i);
            ix->lbrack = p;
            x = ix;
            continue;
          }
        }
        // x[i:...
        if (!got(Tok::Colon)) {
          syntaxError("expecting comma, : or ]");
          advance({Tok::Comma, Tok::Colon, Tok::RBrack});
          got(Tok::Colon);
        }
        xnest_++;
        auto* s = make<SliceExpr>(startPos(x), x);
        s->lbrack = p;
        s->lo = i;
        if (!is(Tok::Colon) && !is(Tok::RBrack)) s->hi = expr();
        if (is(Tok::Colon)) {
          s->slice3 = true;
          if (!s->hi) {
            error("middle index required in 3-index slice");
            s->hi = badExpr();
          }
          next();
          if (!is(Tok::RBrack)) {
            s->max = expr();
          } else {
            error("final index required in 3-index slice");
            s->max = badExpr();
          }
        }
        xnest_--;
        want(Tok::RBrack);
        x = s;
        continue;
      }
      case Tok::LParen: {
        auto* c = make<CallExpr>(startPos(x), x);
        c->lparen = p;
        next();
        argList(c);
        x = c;
        continue;
      }
      case Tok::LBrace: {
        // Does '{' start a composite literal or a block (if/for/switch header)?
        Expr* t = unparen(x);
        bool complitOk = false;
        switch (t->kind) {
          case NodeKind::Ident: case NodeKind::SelectorExpr:
            complitOk = xnest_ >= 0;
            break;
          case NodeKind::IndexExpr:
            complitOk = xnest_ >= 0 && !isValue(t);
            break;
          case NodeKind::ArrayType: case NodeKind::SliceType: case NodeKind::StructType:
          case NodeKind::MapType:
            complitOk = true;
            break;
          default: break;
        }
        if (!complitOk) break;
        if (t != x) syntaxError("cannot parenthesize type in composite literal");
        CompositeLit* n = complitExpr();
        n->litType = x;
        n->pos = startPos(x);
        x = n;
        continue;
      }
      default: break;
    }
    break;
  }
  depth_ -= entered;
  leave();
  return x;
}

// Element = Expression | LiteralValue .
Expr* Parser::bareComplitExpr() {
  if (is(Tok::LBrace)) return complitExpr();
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
// ElementList  = KeyedElement { "," KeyedElement } .
// KeyedElement = [ Key ":" ] Element .
CompositeLit* Parser::complitExpr() {
  auto* x = make<CompositeLit>(pos());
  x->lbrace = pos();
  if (!enter()) return x;
  xnest_++;
  want(Tok::LBrace);
  list(
      "composite literal", Tok::Comma, Tok::RBrace,
      [&] {
        Expr* e = bareComplitExpr();
        if (is(Tok::Colon)) {
          Pos cp = pos();
          next();
          e = make<KeyValueExpr>(cp, e, bareComplitExpr());
        }
        x->elts.push_back(e);
      },
      &x->rbrace);
  xnest_--;
  leave();
  return x;
}

// argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
void Parser::argList(CallExpr* c) {
  xnest_++;
  list(
      "argument list", Tok::Comma, Tok::RParen,
      [&] {
        c->args.push_back(expr());
        c->hasDots = got(Tok::Ellipsis);
        return c->hasDots;  // "..." ends the list
      },
      &c->rparen);
  xnest_--;
}

// ---------------------------------------------------------------------------------------
// Types

Expr* Parser::type() {
  Expr* t = typeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError("expecting type");
    advance({Tok::Comma, Tok::Colon, Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace});
  }
  return t;
}

// Type     = TypeName | TypeLit | "(" Type ")" .
// TypeName = identifier | QualifiedIdent .
// TypeLit  = ArrayType | StructType | PointerType | FunctionType | InterfaceType |
//            SliceType | MapType | ChannelType .
Expr* Parser::typeOrNull() {
  if (!enter()) return badExpr();
  Pos p = pos();
  Expr* r = nullptr;
  switch (tok_.tok) {
    case Tok::Mul:  // PointerType = "*" BaseType .
      next();
      r = make<StarExpr>(p, type());
      break;
    case Tok::Arrow:  // "<-" "chan" ElementType
      next();
      want(Tok::Chan);
      r = make<ChanTypeExpr>(p, ChanDir::Recv, chanElem());
      break;
    case Tok::Func:  // FunctionType = "func" Signature .
      next();
      r = funcType(p, "function type");
      break;
    case Tok::LBrack:  // SliceType = "[" "]" ElementType .  ArrayType = "[" Length "]" ElementType .
      next();
      if (got(Tok::RBrack)) {
        r = make<SliceTypeExpr>(p, type());
      } else {
        r = arrayType(p, nullptr);
      }
      break;
    case Tok::Chan: {  // "chan" [ "<-" ] ElementType
      next();
      ChanDir dir = ChanDir::Both;
      if (got(Tok::Arrow)) dir = ChanDir::Send;
      r = make<ChanTypeExpr>(p, dir, chanElem());
      break;
    }
    case Tok::Map: {  // MapType = "map" "[" KeyType "]" ElementType .
      next();
      want(Tok::LBrack);
      Expr* k = type();
      want(Tok::RBrack);
      r = make<MapTypeExpr>(p, k, type());
      break;
    }
    case Tok::Struct: r = structType(); break;
    case Tok::Interface: r = interfaceType(); break;
    case Tok::Ident: r = qualifiedName(nullptr); break;
    case Tok::LParen: {
      next();
      Expr* t = type();
      want(Tok::RParen);
      r = make<ParenExpr>(p, t);
      break;
    }
    default: break;
  }
  leave();
  return r;
}

// QualifiedIdent = PackageName "." identifier .
Expr* Parser::qualifiedName(Ident* n) {
  Expr* x = n ? n : name();
  if (is(Tok::Period)) {
    next();
    x = make<SelectorExpr>(x->pos, x, name());
  }
  if (is(Tok::LBrack)) {
    // T[int]: an instantiated generic type.
    errorAt(pos(), "generic types are not supported");
    next();
    skipTypeParams(pos(), "type");
  }
  return x;
}

// Signature  = Parameters [ Result ] .
// Parameters = "(" [ ParameterList [ "," ] ] ")" .
FuncTypeExpr* Parser::funcType(Pos p, const char* context) {
  if (is(Tok::LBrack)) {
    errorAt(pos(), context ? std::string("syntax error: ") + context +
                                 " must have no type parameters"
                           : "generic functions are not supported");
    next();
    skipTypeParams(p, "func");
  }
  Pos lp = pos();
  if (!context) p = lp;
  want(Tok::LParen);  // on error, parse the list anyway (as Go does) for recovery
  FieldList* params = paramList(Tok::RParen, lp);
  FieldList* results = funcResult();
  return make<FuncTypeExpr>(p, params, results);
}

// ArrayType = "[" ArrayLength "]" ElementType .  ("[" has been consumed; len may be given)
Expr* Parser::arrayType(Pos p, Expr* len) {
  bool dots = false;
  if (!len) {
    if (got(Tok::Ellipsis)) {
      dots = true;
    } else {
      xnest_++;
      len = expr();
      xnest_--;
    }
  }
  if (is(Tok::Comma)) {
    syntaxError("unexpected comma; expecting ]");
    next();
  }
  want(Tok::RBrack);
  auto* t = make<ArrayTypeExpr>(p, len, type());
  t->dotsLen = dots;
  return t;
}

Expr* Parser::chanElem() {
  Expr* t = typeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError("missing channel element type");
  }
  return t;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructTypeExpr* Parser::structType() {
  Pos p = pos();
  want(Tok::Struct);
  auto* fl = make<FieldList>(pos());
  want(Tok::LBrace);
  list("struct type", Tok::Semicolon, Tok::RBrace, [&] { fieldDecl(fl); }, &fl->closing);
  return make<StructTypeExpr>(p, fl);
}

// FieldDecl     = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName .
// Tag           = string_lit .
void Parser::fieldDecl(FieldList* fl) {
  Pos p = pos();
  auto tag = [&]() -> BasicLit* {
    if (!isLiteral(tok_.tok)) return nullptr;
    auto* b = make<BasicLit>(pos(), tok_.tok, tok_.lit);
    b->strVal = tok_.strVal;
    next();
    return b;
  };
  switch (tok_.tok) {
    case Tok::Ident: {
      Ident* n = name();
      if (is(Tok::Period) || isLiteral(tok_.tok) || is(Tok::Semicolon) || is(Tok::RBrace)) {
        // Embedded type.
        auto* f = make<Field>(p, qualifiedName(n));
        f->tag = tag();
        fl->list.push_back(f);
        return;
      }
      std::vector<Ident*> names = nameList(n);
      Expr* t = type();
      auto* f = make<Field>(p, t);
      f->names = std::move(names);
      f->tag = tag();
      fl->list.push_back(f);
      return;
    }
    case Tok::Mul: {
      next();
      Expr* t;
      if (is(Tok::LParen)) {
        syntaxError("cannot parenthesize embedded type");
        next();
        t = qualifiedName(nullptr);
        got(Tok::RParen);
      } else {
        t = qualifiedName(nullptr);
      }
      auto* f = make<Field>(p, make<StarExpr>(p, t));
      f->tag = tag();
      fl->list.push_back(f);
      return;
    }
    case Tok::LParen: {
      syntaxError("cannot parenthesize embedded type");
      next();
      Expr* t;
      if (is(Tok::Mul)) {
        Pos sp = pos();
        next();
        t = make<StarExpr>(sp, qualifiedName(nullptr));
      } else {
        t = qualifiedName(nullptr);
      }
      got(Tok::RParen);
      auto* f = make<Field>(p, t);
      f->tag = tag();
      fl->list.push_back(f);
      return;
    }
    default:
      syntaxError("expecting field name or embedded type");
      advance({Tok::Semicolon, Tok::RBrace});
  }
}

// InterfaceType = "interface" "{" { ( MethodSpec | InterfaceTypeName ) ";" } "}" .
InterfaceTypeExpr* Parser::interfaceType() {
  Pos p = pos();
  want(Tok::Interface);
  auto* fl = make<FieldList>(pos());
  want(Tok::LBrace);
  list(
      "interface type", Tok::Semicolon, Tok::RBrace,
      [&] {
        if (Field* f = methodDecl()) fl->list.push_back(f);
      },
      &fl->closing);
  return make<InterfaceTypeExpr>(p, fl);
}

// MethodSpec        = MethodName Signature | InterfaceTypeName .
// InterfaceTypeName = TypeName .
Field* Parser::methodDecl() {
  Pos p = pos();
  if (is(Tok::Ident)) {
    Ident* n = name();
    if (is(Tok::LParen)) {
      auto* f = make<Field>(p, funcType(pos(), nullptr));
      f->names.push_back(n);
      return f;
    }
    if (is(Tok::LBrack)) {
      error("syntax error: interface method must have no type parameters");
      next();
      skipTypeParams(p, "interface");
      if (is(Tok::LParen)) {
        auto* f = make<Field>(p, funcType(pos(), nullptr));
        f->names.push_back(n);
        return f;
      }
      return make<Field>(p, n);
    }
    Expr* t = qualifiedName(n);
    if (is(Tok::Or)) {
      error("type constraints are not supported");
      advance({Tok::Semicolon, Tok::RBrace});
    }
    return make<Field>(p, t);
  }
  if (is(Tok::Tilde) || is(Tok::Mul) || is(Tok::LBrack) || is(Tok::Map) || is(Tok::Chan) ||
      is(Tok::Struct) || is(Tok::Func) || is(Tok::Interface)) {
    // Type-set elements (~int | string) belong to generic constraints.
    error("type constraints are not supported");
    advance({Tok::Semicolon, Tok::RBrace});
    return nullptr;
  }
  if (is(Tok::LParen)) {
    syntaxError("cannot parenthesize embedded type");
    next();
    Expr* t = qualifiedName(nullptr);
    got(Tok::RParen);
    return make<Field>(p, t);
  }
  syntaxError("expecting method or interface name");
  advance({Tok::Semicolon, Tok::RBrace});
  return nullptr;
}

// Result = Parameters | Type .
FieldList* Parser::funcResult() {
  Pos p = pos();
  if (is(Tok::LParen)) {
    next();
    return paramList(Tok::RParen, p);
  }
  auto* fl = make<FieldList>(p);
  if (Expr* t = typeOrNull()) fl->list.push_back(make<Field>(startPos(t), t));
  return fl;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
// Parsed one name-or-type at a time: returns a Field with (name, type), (name only: the
// name is in names and type is nullptr) or (type only); paramList sorts them out.
Field* Parser::paramDeclOrNull(Tok close) {
  Pos p = pos();
  if (is(Tok::Ident)) {
    Ident* n = name();
    if (is(Tok::Period)) {
      // pkg.T: a type.
      return make<Field>(p, qualifiedName(n));
    }
    if (is(Tok::LBrack)) {
      // name []T / name [N]T, or a generic instance T[int].
      Expr* t = typeOrNull();
      auto* f = make<Field>(p, t);
      f->names.push_back(n);
      return f;
    }
    if (is(Tok::Ellipsis)) {
      Pos dp = pos();
      next();
      Expr* elem = typeOrNull();
      if (!elem) {
        elem = badExpr();
        syntaxError("... is missing type");
      }
      auto* f = make<Field>(p, make<EllipsisExpr>(dp, elem));
      f->names.push_back(n);
      return f;
    }
    Expr* t = typeOrNull();
    auto* f = make<Field>(p, t);
    f->names.push_back(n);
    return f;  // type may be nullptr: a lone name
  }
  if (is(Tok::Ellipsis)) {
    Pos dp = pos();
    next();
    Expr* elem = typeOrNull();
    if (!elem) {
      elem = badExpr();
      syntaxError("... is missing type");
    }
    return make<Field>(p, make<EllipsisExpr>(dp, elem));
  }
  if (Expr* t = typeOrNull()) return make<Field>(p, t);
  syntaxError("expecting " + tokDesc(close));
  advance({Tok::Comma, close});
  return nullptr;
}

// ParameterList = ParameterDecl { "," ParameterDecl } .  ("(" has been consumed)
// Either all parameters are named or none is: `(a, b int, c string)` groups a and b;
// `(int, string)` is two unnamed parameters.
FieldList* Parser::paramList(Tok close, Pos open) {
  auto* fl = make<FieldList>(open);
  std::vector<Field*> raw;
  int named = 0;  // entries with a name and a type
  list(
      "parameter list", Tok::Comma, close,
      [&] {
        if (Field* f = paramDeclOrNull(close)) {
          if (!f->names.empty() && f->type) named++;
          raw.push_back(f);
        }
      },
      &fl->closing);
  if (raw.empty()) return fl;
  if (named == 0) {
    // All unnamed: lone names are type names.
    for (Field* f : raw) {
      if (!f->type) {
        f->type = f->names[0];
        f->names.clear();
      }
      fl->list.push_back(f);
    }
    return fl;
  }
  // Some named: all must have names; lone names take the type that follows them.
  Pos errPos;
  Expr* typ = nullptr;
  for (size_t i = raw.size(); i-- > 0;) {
    Field* f = raw[i];
    if (f->type) {
      typ = f->type;
      if (f->names.empty()) {
        errPos = startPos(f->type);
        f->names.push_back(make<Ident>(errPos, "_"));
      }
    } else if (typ) {
      f->type = typ;
    } else {
      errPos = f->names[0]->pos;
      f->type = make<BadExpr>(errPos);
    }
  }
  if (errPos.valid()) syntaxErrorAt(errPos, "mixed named and unnamed parameters");
  // Merge `a, b T` (consecutive lone names sharing one type node) into one Field.
  for (Field* f : raw) {
    if (!fl->list.empty() && fl->list.back()->type == f->type && f->names.size() == 1 &&
        !isa<BadExpr>(f->type)) {
      fl->list.back()->names.push_back(f->names[0]);
    } else {
      fl->list.push_back(f);
    }
  }
  return fl;
}

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
      if (!ok && !hadError()) {
        errorAt(startPos(s), "select case must be send or receive (possibly with assignment)");
      }
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

}  // namespace

// ---------------------------------------------------------------------------------------
// Printing

namespace {

void printExpr(std::string& out, const Expr* e);

void printExprList(std::string& out, const std::vector<Expr*>& l) {
  for (size_t i = 0; i < l.size(); i++) {
    if (i) out += ", ";
    printExpr(out, l[i]);
  }
}

// Fields as Go prints them: `a, b int, c string` (sep ", ") or `a int; b string` (sep "; ").
void printFields(std::string& out, const FieldList* fl, const char* sep, bool methods) {
  if (!fl) return;
  for (size_t i = 0; i < fl->list.size(); i++) {
    const Field* f = fl->list[i];
    if (i) out += sep;
    for (size_t k = 0; k < f->names.size(); k++) {
      if (k) out += ", ";
      out += f->names[k]->name;
    }
    if (methods && !f->names.empty()) {
      // interface method: name(params) results, without "func"
      std::string sig;
      printExpr(sig, f->type);
      out += sig.rfind("func", 0) == 0 ? sig.substr(4) : sig;
      continue;
    }
    if (!f->names.empty()) out += ' ';
    printExpr(out, f->type);
    if (f->tag) out += ' ' + f->tag->raw;
  }
}

void printSignature(std::string& out, const FuncTypeExpr* ft) {
  out += '(';
  printFields(out, ft->params, ", ", false);
  out += ')';
  const FieldList* r = ft->results;
  if (!r || r->list.empty()) return;
  out += ' ';
  if (r->list.size() == 1 && r->list[0]->names.empty()) {
    printExpr(out, r->list[0]->type);
    return;
  }
  out += '(';
  printFields(out, r, ", ", false);
  out += ')';
}

void printExpr(std::string& out, const Expr* e) {
  if (!e) return;
  switch (e->kind) {
    case NodeKind::BadExpr: out += "<bad expr>"; break;
    case NodeKind::Ident: out += cast<Ident>(e)->name; break;
    case NodeKind::BasicLit: out += cast<BasicLit>(e)->raw; break;
    case NodeKind::CompositeLit: {
      auto* c = cast<CompositeLit>(e);
      printExpr(out, c->litType);
      out += c->elts.empty() ? "{}" : "{…}";
      break;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = cast<KeyValueExpr>(e);
      printExpr(out, kv->key);
      out += ": ";
      printExpr(out, kv->value);
      break;
    }
    case NodeKind::FuncLit: {
      auto* f = cast<FuncLit>(e);
      printExpr(out, f->sig);
      out += f->body && !f->body->list.empty() ? " {…}" : " {}";
      break;
    }
    case NodeKind::ParenExpr:
      out += '(';
      printExpr(out, cast<ParenExpr>(e)->x);
      out += ')';
      break;
    case NodeKind::SelectorExpr:
      printExpr(out, cast<SelectorExpr>(e)->x);
      out += '.';
      out += cast<SelectorExpr>(e)->sel->name;
      break;
    case NodeKind::IndexExpr:
      printExpr(out, cast<IndexExpr>(e)->x);
      out += '[';
      printExpr(out, cast<IndexExpr>(e)->index);
      out += ']';
      break;
    case NodeKind::SliceExpr: {
      auto* s = cast<SliceExpr>(e);
      printExpr(out, s->x);
      out += '[';
      printExpr(out, s->lo);
      out += ':';
      printExpr(out, s->hi);
      if (s->max) {
        out += ':';
        printExpr(out, s->max);
      }
      out += ']';
      break;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = cast<TypeAssertExpr>(e);
      printExpr(out, t->x);
      out += ".(";
      if (t->assertType) printExpr(out, t->assertType);
      else out += "type";
      out += ')';
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = cast<CallExpr>(e);
      printExpr(out, c->fun);
      out += '(';
      printExprList(out, c->args);
      if (c->hasDots) out += "...";
      out += ')';
      break;
    }
    case NodeKind::StarExpr:
      out += '*';
      printExpr(out, cast<StarExpr>(e)->x);
      break;
    case NodeKind::UnaryExpr:
      out += tokString(cast<UnaryExpr>(e)->op);
      printExpr(out, cast<UnaryExpr>(e)->x);
      break;
    case NodeKind::BinaryExpr: {
      auto* b = cast<BinaryExpr>(e);
      printExpr(out, b->x);
      out += ' ';
      out += tokString(b->op);
      out += ' ';
      printExpr(out, b->y);
      break;
    }
    case NodeKind::ArrayType: {
      auto* a = cast<ArrayTypeExpr>(e);
      out += '[';
      if (a->dotsLen) out += "...";
      else printExpr(out, a->len);
      out += ']';
      printExpr(out, a->elem);
      break;
    }
    case NodeKind::SliceType:
      out += "[]";
      printExpr(out, cast<SliceTypeExpr>(e)->elem);
      break;
    case NodeKind::MapType:
      out += "map[";
      printExpr(out, cast<MapTypeExpr>(e)->key);
      out += ']';
      printExpr(out, cast<MapTypeExpr>(e)->value);
      break;
    case NodeKind::ChanType: {
      auto* c = cast<ChanTypeExpr>(e);
      if (c->dir == ChanDir::Recv) out += "<-";
      out += "chan";
      if (c->dir == ChanDir::Send) out += "<-";
      out += ' ';
      auto* inner = dyn_cast<ChanTypeExpr>(c->elem);
      if (c->dir == ChanDir::Both && inner && inner->dir == ChanDir::Recv) {
        out += '(';
        printExpr(out, c->elem);
        out += ')';
      } else {
        printExpr(out, c->elem);
      }
      break;
    }
    case NodeKind::FuncType:
      out += "func";
      printSignature(out, cast<FuncTypeExpr>(e));
      break;
    case NodeKind::StructType:
      out += "struct{";
      printFields(out, cast<StructTypeExpr>(e)->fields, "; ", false);
      out += '}';
      break;
    case NodeKind::InterfaceType:
      out += "interface{";
      printFields(out, cast<InterfaceTypeExpr>(e)->methods, "; ", true);
      out += '}';
      break;
    case NodeKind::Ellipsis:
      out += "...";
      printExpr(out, cast<EllipsisExpr>(e)->elem);
      break;
    default: out += "<?>"; break;
  }
}

}  // namespace

std::string exprString(const Expr* e) {
  std::string s;
  printExpr(s, e);
  return s;
}

// Short form of a simple statement, for "cannot use ... as value".
std::string stmtString(const Stmt* s) {
  std::string out;
  switch (s->kind) {
    case NodeKind::ExprStmt: printExpr(out, cast<ExprStmt>(s)->x); break;
    case NodeKind::SendStmt:
      printExpr(out, cast<SendStmt>(s)->chan);
      out += " <- ";
      printExpr(out, cast<SendStmt>(s)->value);
      break;
    case NodeKind::IncDecStmt:
      printExpr(out, cast<IncDecStmt>(s)->x);
      out += cast<IncDecStmt>(s)->inc ? "++" : "--";
      break;
    case NodeKind::AssignStmt: {
      auto* a = cast<AssignStmt>(s);
      printExprList(out, a->lhs);
      out += ' ';
      out += tokString(a->op);
      out += ' ';
      printExprList(out, a->rhs);
      break;
    }
    default: out += "<stmt>"; break;
  }
  return out;
}

Pos startPos(const Node* n) {
  for (;;) {
    if (!n) return {};
    switch (n->kind) {
      case NodeKind::BinaryExpr: n = cast<BinaryExpr>(n)->x; continue;
      case NodeKind::KeyValueExpr: n = cast<KeyValueExpr>(n)->key; continue;
      case NodeKind::AssignStmt: {
        auto* a = cast<AssignStmt>(n);
        if (a->lhs.empty()) return n->pos;
        n = a->lhs[0];
        continue;
      }
      case NodeKind::SendStmt: n = cast<SendStmt>(n)->chan; continue;
      case NodeKind::IncDecStmt: n = cast<IncDecStmt>(n)->x; continue;
      default: return n->pos;
    }
  }
}

// ---------------------------------------------------------------------------------------
// AST dump (tests)

namespace {

struct Dumper {
  std::string out;
  void list(const char* tag, const std::vector<Expr*>& v) {
    out += " (";
    out += tag;
    for (auto* e : v) {
      out += ' ';
      node(e);
    }
    out += ')';
  }
  void stmts(const std::vector<Stmt*>& v) {
    for (auto* s : v) {
      out += ' ';
      node(s);
    }
  }
  void opt(const Node* n) {
    out += ' ';
    if (n) node(n);
    else out += '_';
  }
  void fields(const FieldList* fl) {
    out += " (";
    if (fl) {
      bool first = true;
      for (const Field* f : fl->list) {
        if (!first) out += ' ';
        first = false;
        out += "(Field";
        for (auto* n : f->names) out += ' ' + n->name;
        out += ' ';
        node(f->type);
        if (f->tag) out += ' ' + f->tag->raw;
        out += ')';
      }
    }
    out += ')';
  }
  void decl(const Decl* d) {
    switch (d->kind) {
      case NodeKind::ImportDecl: {
        auto* i = cast<ImportDecl>(d);
        out += "(Import";
        if (i->name) out += ' ' + i->name->name;
        if (i->path) out += ' ' + i->path->raw;
        out += ')';
        break;
      }
      case NodeKind::ConstDecl: {
        auto* c = cast<ConstDecl>(d);
        out += "(Const";
        for (auto* n : c->names) out += ' ' + n->name;
        out += " iota=" + std::to_string(c->iota);
        opt(c->type);
        list("=", c->values);
        if (c->implicitFrom) out += " implicit";
        out += ')';
        break;
      }
      case NodeKind::VarDecl: {
        auto* v = cast<VarDecl>(d);
        out += "(Var";
        for (auto* n : v->names) out += ' ' + n->name;
        opt(v->type);
        list("=", v->values);
        out += ')';
        break;
      }
      case NodeKind::TypeDecl: {
        auto* t = cast<TypeDecl>(d);
        out += "(Type " + t->name->name + (t->alias ? " =" : "");
        opt(t->type);
        out += ')';
        break;
      }
      case NodeKind::FuncDecl: {
        auto* f = cast<FuncDecl>(d);
        out += "(Func";
        if (f->recv) fields(f->recv);
        out += ' ' + f->name->name + ' ';
        node(f->sig);
        opt(f->body);
        out += ')';
        break;
      }
      default: break;
    }
  }
  void node(const Node* n) {
    if (!n) {
      out += '_';
      return;
    }
    if (auto* d = dyn_cast<Decl>(n)) return decl(d);
    switch (n->kind) {
      case NodeKind::BadExpr: out += "(Bad)"; break;
      case NodeKind::Ident: out += cast<Ident>(n)->name; break;
      case NodeKind::BasicLit: out += cast<BasicLit>(n)->raw; break;
      case NodeKind::CompositeLit: {
        auto* c = cast<CompositeLit>(n);
        out += "(Composite";
        opt(c->litType);
        for (auto* e : c->elts) {
          out += ' ';
          node(e);
        }
        out += ')';
        break;
      }
      case NodeKind::KeyValueExpr:
        out += "(KV ";
        node(cast<KeyValueExpr>(n)->key);
        out += ' ';
        node(cast<KeyValueExpr>(n)->value);
        out += ')';
        break;
      case NodeKind::FuncLit:
        out += "(FuncLit ";
        node(cast<FuncLit>(n)->sig);
        opt(cast<FuncLit>(n)->body);
        out += ')';
        break;
      case NodeKind::ParenExpr:
        out += "(Paren ";
        node(cast<ParenExpr>(n)->x);
        out += ')';
        break;
      case NodeKind::SelectorExpr:
        out += "(Sel ";
        node(cast<SelectorExpr>(n)->x);
        out += ' ' + cast<SelectorExpr>(n)->sel->name + ')';
        break;
      case NodeKind::IndexExpr:
        out += "(Index ";
        node(cast<IndexExpr>(n)->x);
        out += ' ';
        node(cast<IndexExpr>(n)->index);
        out += ')';
        break;
      case NodeKind::SliceExpr: {
        auto* s = cast<SliceExpr>(n);
        out += s->slice3 ? "(Slice3 " : "(Slice ";
        node(s->x);
        opt(s->lo);
        opt(s->hi);
        if (s->slice3) opt(s->max);
        out += ')';
        break;
      }
      case NodeKind::TypeAssertExpr:
        out += "(Assert ";
        node(cast<TypeAssertExpr>(n)->x);
        out += ' ';
        if (cast<TypeAssertExpr>(n)->assertType) node(cast<TypeAssertExpr>(n)->assertType);
        else out += "type";
        out += ')';
        break;
      case NodeKind::CallExpr: {
        auto* c = cast<CallExpr>(n);
        out += "(Call ";
        node(c->fun);
        for (auto* a : c->args) {
          out += ' ';
          node(a);
        }
        if (c->hasDots) out += " ...";
        out += ')';
        break;
      }
      case NodeKind::StarExpr:
        out += "(Star ";
        node(cast<StarExpr>(n)->x);
        out += ')';
        break;
      case NodeKind::UnaryExpr:
        out += "(Unary ";
        out += tokString(cast<UnaryExpr>(n)->op);
        out += ' ';
        node(cast<UnaryExpr>(n)->x);
        out += ')';
        break;
      case NodeKind::BinaryExpr:
        out += '(';
        out += tokString(cast<BinaryExpr>(n)->op);
        out += ' ';
        node(cast<BinaryExpr>(n)->x);
        out += ' ';
        node(cast<BinaryExpr>(n)->y);
        out += ')';
        break;
      case NodeKind::ArrayType: case NodeKind::SliceType: case NodeKind::MapType:
      case NodeKind::ChanType: case NodeKind::StructType: case NodeKind::InterfaceType:
      case NodeKind::Ellipsis:
        out += "(Type " + exprString(cast<Expr>(n)) + ')';
        break;
      case NodeKind::FuncType: {
        auto* f = cast<FuncTypeExpr>(n);
        out += "(FuncType";
        fields(f->params);
        fields(f->results);
        out += ')';
        break;
      }
      case NodeKind::BadStmt: out += "(BadStmt)"; break;
      case NodeKind::EmptyStmt: out += "(Empty)"; break;
      case NodeKind::BlockStmt:
        out += "(Block";
        stmts(cast<BlockStmt>(n)->list);
        out += ')';
        break;
      case NodeKind::ExprStmt:
        out += "(Expr ";
        node(cast<ExprStmt>(n)->x);
        out += ')';
        break;
      case NodeKind::SendStmt:
        out += "(Send ";
        node(cast<SendStmt>(n)->chan);
        out += ' ';
        node(cast<SendStmt>(n)->value);
        out += ')';
        break;
      case NodeKind::IncDecStmt:
        out += cast<IncDecStmt>(n)->inc ? "(Inc " : "(Dec ";
        node(cast<IncDecStmt>(n)->x);
        out += ')';
        break;
      case NodeKind::AssignStmt: {
        auto* a = cast<AssignStmt>(n);
        out += "(Assign ";
        out += tokString(a->op);
        list("lhs", a->lhs);
        list("rhs", a->rhs);
        out += ')';
        break;
      }
      case NodeKind::GoStmt:
        out += "(Go ";
        node(cast<GoStmt>(n)->call);
        out += ')';
        break;
      case NodeKind::DeferStmt:
        out += "(Defer ";
        node(cast<DeferStmt>(n)->call);
        out += ')';
        break;
      case NodeKind::ReturnStmt: {
        out += "(Return";
        for (auto* e : cast<ReturnStmt>(n)->results) {
          out += ' ';
          node(e);
        }
        out += ')';
        break;
      }
      case NodeKind::BranchStmt: {
        auto* b = cast<BranchStmt>(n);
        out += '(';
        out += tokString(b->tok);
        if (b->label) out += ' ' + b->label->name;
        out += ')';
        break;
      }
      case NodeKind::LabeledStmt:
        out += "(Label " + cast<LabeledStmt>(n)->label->name + ' ';
        node(cast<LabeledStmt>(n)->stmt);
        out += ')';
        break;
      case NodeKind::DeclStmt:
        out += "(DeclStmt";
        for (auto* d : cast<DeclStmt>(n)->decls) {
          out += ' ';
          decl(d);
        }
        out += ')';
        break;
      case NodeKind::IfStmt: {
        auto* s = cast<IfStmt>(n);
        out += "(If";
        opt(s->init);
        opt(s->cond);
        opt(s->then);
        opt(s->elseStmt);
        out += ')';
        break;
      }
      case NodeKind::CaseClause: {
        auto* c = cast<CaseClause>(n);
        if (c->isDefault) {
          out += "(Default";
        } else {
          out += "(Case";
          list("", c->list);
        }
        stmts(c->body);
        out += ')';
        break;
      }
      case NodeKind::SwitchStmt: {
        auto* s = cast<SwitchStmt>(n);
        out += "(Switch";
        opt(s->init);
        opt(s->tag);
        for (auto* c : s->clauses) {
          out += ' ';
          node(c);
        }
        out += ')';
        break;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* s = cast<TypeSwitchStmt>(n);
        out += "(TypeSwitch";
        opt(s->init);
        opt(s->binding);
        out += ' ';
        node(s->guard->x);
        for (auto* c : s->clauses) {
          out += ' ';
          node(c);
        }
        out += ')';
        break;
      }
      case NodeKind::CommClause: {
        auto* c = cast<CommClause>(n);
        out += c->isDefault ? "(Default" : "(Comm";
        if (!c->isDefault) opt(c->comm);
        stmts(c->body);
        out += ')';
        break;
      }
      case NodeKind::SelectStmt:
        out += "(Select";
        for (auto* c : cast<SelectStmt>(n)->clauses) {
          out += ' ';
          node(c);
        }
        out += ')';
        break;
      case NodeKind::ForStmt: {
        auto* s = cast<ForStmt>(n);
        out += "(For";
        opt(s->init);
        opt(s->cond);
        opt(s->post);
        opt(s->body);
        out += ')';
        break;
      }
      case NodeKind::RangeStmt: {
        auto* s = cast<RangeStmt>(n);
        out += "(Range";
        opt(s->key);
        opt(s->value);
        out += ' ';
        out += s->op == Tok::Illegal ? "none" : tokString(s->op);
        opt(s->x);
        opt(s->body);
        out += ')';
        break;
      }
      case NodeKind::File: {
        auto* f = cast<File>(n);
        out += "(File ";
        out += f->pkgName ? f->pkgName->name : "_";
        for (auto* d : f->decls) {
          out += ' ';
          decl(d);
        }
        out += ')';
        break;
      }
      default: out += "(?)"; break;
    }
  }
};

}  // namespace

std::string dumpAst(const Node* n) {
  Dumper d;
  d.node(n);
  return d.out;
}

std::unique_ptr<File> parseFile(const SourceFile& src, Diagnostics& diags) {
  diags.addFile(src);
  Parser p(src, diags);
  return p.parseFile(src);
}

}  // namespace mgo::fe
