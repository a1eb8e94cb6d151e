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
//   5. depth_ bounds the recursion (kMaxNesting) so that no input can exhaust the stack;
//      chain_ bounds the extra tree depth of operator/postfix chains (kMaxChain).
//   6. Generics are recognised where Go's parser would accept them (type parameter lists
//      of types and functions, instantiations, constraint elements), reported as
//      "generic ... are not supported" (blocking type checking), and skipped.
//   7. Errors that Go reports from its type checker but that concern shapes the AST
//      cannot hold (x.(type) outside a switch, bad select cases) are reported at the end
//      of the file, only if no syntax error occurred, and block type checking.
// parser_impl.h lists which file holds which part; this one has token handling, error
// recovery, files and declarations.
#include "frontend/parser.h"

#include "frontend/parser_impl.h"

namespace mgo::fe {
namespace detail {

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
    depth_--;
    tooDeep();
    return false;
  }
  return true;
}

bool Parser::enterChain() {
  if (++chain_ > kMaxChain) {
    chain_--;
    tooDeep();
    return false;
  }
  return true;
}

void Parser::tooDeep() {
  if (!tooDeep_) {
    tooDeep_ = true;
    unsupported(pos(), "exceeded max nesting depth");
  }
  // Skip the rest of the file: nothing sensible can follow.
  while (!is(Tok::EOF_)) next();
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
    // `go build` rejects this before compiling (go/parser), in its words:
    // expected 'package', found 'func' / found 'EOF' / found main / found 123.
    std::string found;
    switch (tok_.tok) {
      case Tok::Ident: case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char:
      case Tok::String:
        found = tok_.lit;
        break;
      case Tok::Semicolon:
        found = tok_.lit == "newline" ? "newline" : tok_.lit == "EOF" ? "'EOF'" : "';'";
        break;
      default: found = "'" + std::string(tokString(tok_.tok)) + "'"; break;
    }
    diags_.error(pos(), "expected 'package', found " + found, /*blocksCheck=*/true);
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
  // Go's type checker reports these; it only runs on files without syntax errors, so
  // report them only then.
  if (!hadBlockingError()) {
    for (TypeAssertExpr* g : guards_) {
      bool used = false;
      for (TypeAssertExpr* u : usedGuards_) used |= u == g;
      // Blocking (unlike in Go): the checker can then rely on assertType != nullptr.
      if (!used) unsupported(startPos(g->x), "invalid AST: use of .(type) outside type switch");
    }
    for (Stmt* s : badComms_) {
      // Blocking (unlike in Go): the checker can then rely on CommClause's documented shape.
      unsupported(startPos(s), "select case must be send or receive (possibly with assignment)");
    }
  }
  return f;
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
        unsupported(lb, "generic types are not supported");
        skipTypeParams();
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

// skipTypeParams skips the rest of a type parameter (or argument) list, up to and
// including its "]", across balanced brackets, parentheses and braces (constraints may
// contain interface{ ... } literals). It stops early at a "{" or ";" outside any nesting,
// which means the list was never closed.
void Parser::skipTypeParams() {
  int brack = 1, other = 0;
  while (!is(Tok::EOF_)) {
    switch (tok_.tok) {
      case Tok::LBrack: brack++; break;
      case Tok::RBrack:
        if (--brack == 0) {
          next();
          return;
        }
        break;
      case Tok::LParen: other++; break;
      case Tok::RParen:
        if (other == 0) return;
        other--;
        break;
      case Tok::LBrace:
        if (other == 0 && !prevIsInterface_) return;
        other++;
        break;
      case Tok::RBrace:
        if (other == 0) return;
        other--;
        break;
      case Tok::Semicolon:
        if (other == 0) return;
        break;
      default: break;
    }
    prevIsInterface_ = is(Tok::Interface) || is(Tok::Struct);
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
    // Go reports these without stopping type checking; keep the tree in the shape ast.h
    // promises (a plain function, or exactly one receiver), as Go's parser does.
    if (recv->list.empty()) {
      error("method has no receiver");
      recv = nullptr;
    } else if (recv->numFields() > 1) {
      error("method has multiple receivers");
      recv->list.resize(1);
      if (recv->list[0]->names.size() > 1) recv->list[0]->names.resize(1);
    }
  }
  if (!is(Tok::Ident)) {
    syntaxError("expecting name or (");
    advance({Tok::LBrace, Tok::Semicolon});
    return nullptr;
  }
  Ident* n = name();
  if (is(Tok::LBrack)) {
    unsupported(pos(), recv ? "syntax error: method must have no type parameters"
                            : "generic functions are not supported");
    next();
    skipTypeParams();
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

}  // namespace detail

std::unique_ptr<File> parseFile(const SourceFile& src, Diagnostics& diags) {
  diags.addFile(src);
  detail::Parser p(src, diags);
  return p.parseFile(src);
}

}  // namespace mgo::fe
