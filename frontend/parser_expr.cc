// parser_expr.cc — expression and type productions of the Parser (see parser.cc for
// the error-recovery rules they follow).
#include "frontend/parser_impl.h"

namespace mgo::fe::detail {

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
    if (!enterChain()) break;
    levels++;
  }
  chain_ -= levels;
  leave();
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
      unsupported(pos(), "cannot use ~ outside of interface or type constraint");
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
  if (!call) {
    errorAt(goPos(x), std::string("expression in ") + kws + " must be function call");
    // As Go: assume the common mistake of missing parentheses, so the checker still sees
    // (and reports on) the expression.
    call = make<CallExpr>(startPos(x), x);
    call->lparen = call->rparen = pos();
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
      if (!enterChain()) break;
      entered++;
    }
    Pos p = pos();
    switch (tok_.tok) {
      case Tok::Period: {
        next();
        if (is(Tok::Ident)) {
          auto* se = make<SelectorExpr>(startPos(x), x, name());
          se->dot = p;
          x = se;
        } else if (is(Tok::LParen)) {
          next();
          if (got(Tok::Type)) {
            auto* g = make<TypeAssertExpr>(startPos(x), x, nullptr);
            g->dot = p;
            guards_.push_back(g);
            x = g;
          } else {
            auto* ta = make<TypeAssertExpr>(startPos(x), x, nullptr);
            ta->dot = p;
            ta->assertType = type();
            x = ta;
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
          bool typeArgs = is(Tok::Comma);
          if (typeArgs) {
            // f[A, B]: explicit instantiation. Parse the type arguments as Go does (so bad
            // input gets Go's syntax error), then report it unless an error came first
            // (error recovery may see types as expressions).
            Pos comma = pos();
            size_t blocking = diags_.blockingErrorCount();
            while (got(Tok::Comma) && !is(Tok::RBrack)) type();
            want(Tok::RBrack);
            if (diags_.blockingErrorCount() == blocking && !hadBlockingError()) {
              unsupported(comma, "generic instantiation is not supported");
            }
          }
          if (typeArgs || is(Tok::RBrack)) {
            if (!typeArgs) want(Tok::RBrack);
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
  chain_ -= entered;
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
    Pos dot = pos();
    next();
    auto* se = make<SelectorExpr>(x->pos, x, name());
    se->dot = dot;
    x = se;
  }
  if (is(Tok::LBrack)) {
    // T[int, string]: an instantiated generic type. Parse the type arguments as Go does,
    // so malformed input gets Go's syntax error; report generics only if they parse.
    Pos lb = pos();
    size_t blocking = diags_.blockingErrorCount();
    next();
    if (is(Tok::RBrack)) {
      syntaxError("expecting type");
    } else {
      // As Go's typeList: the first element is any expression, the others types.
      xnest_++;
      expr();
      xnest_--;
      while (got(Tok::Comma) && !is(Tok::RBrack)) type();
    }
    want(Tok::RBrack);
    if (diags_.blockingErrorCount() == blocking && !hadBlockingError()) {
      unsupported(lb, "generic types are not supported");
    }
  }
  return x;
}

// Signature  = Parameters [ Result ] .
// Parameters = "(" [ ParameterList [ "," ] ] ")" .
FuncTypeExpr* Parser::funcType(Pos p, const char* context) {
  if (is(Tok::LBrack)) {
    unsupported(pos(), context ? std::string("syntax error: ") + context +
                                 " must have no type parameters"
                           : "generic functions are not supported");
    next();
    skipTypeParams();
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
      Expr* t;
      if (names.size() == 1 && is(Tok::LBrack)) {
        // `a [N]T`, `a []T`, or an embedded instantiated generic type `G[T1, T2]`.
        Pos lb = pos();
        next();
        if (got(Tok::RBrack)) {
          t = make<SliceTypeExpr>(lb, type());
        } else {
          xnest_++;
          Expr* len = expr();
          xnest_--;
          bool comma = is(Tok::Comma);
          if (comma) advance({Tok::RBrack});
          want(Tok::RBrack);
          Expr* elem = comma ? nullptr : typeOrNull();
          if (!elem) {
            if (!hadBlockingError()) unsupported(lb, "generic types are not supported");
            auto* f = make<Field>(p, n);  // treat as the embedded type G
            f->tag = tag();
            fl->list.push_back(f);
            return;
          }
          t = make<ArrayTypeExpr>(lb, len, elem);
        }
      } else {
        t = type();
      }
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
      // A generic method m[P any](), or an embedded instantiated type T[int].
      Pos lb = pos();
      next();
      skipTypeParams();
      if (!is(Tok::LParen)) {
        if (!hadBlockingError()) unsupported(lb, "generic types are not supported");
        return make<Field>(p, n);
      }
      unsupported(lb, "interface method must have no type parameters");
      auto* f = make<Field>(p, funcType(pos(), nullptr));
      f->names.push_back(n);
      return f;
    }
    Expr* t = qualifiedName(n);
    if (is(Tok::Or)) {
      if (!hadBlockingError()) unsupported(pos(), "type constraints are not supported");
      skipElement();
    }
    return make<Field>(p, t);
  }
  if (is(Tok::Tilde)) {
    // ~T type-set terms belong to generic constraints.
    if (!hadBlockingError()) unsupported(pos(), "type constraints are not supported");
    skipElement();
    return nullptr;
  }
  // EmbeddedTerm = Type: Go parses any type here; only (qualified) names, possibly
  // parenthesised, are interfaces; other types are constraint elements.
  Expr* t = typeOrNull();
  if (!t) {
    syntaxError("expecting ~ term or type");
    advance({Tok::Or, Tok::Tilde, Tok::Not, Tok::Add, Tok::Sub, Tok::Xor, Tok::Quo, Tok::Rem,
             Tok::And, Tok::Shl, Tok::Shr, Tok::AndNot, Tok::LAnd, Tok::LOr, Tok::Eql, Tok::Neq,
             Tok::Lss, Tok::Leq, Tok::Gtr, Tok::Geq, Tok::Semicolon, Tok::RParen, Tok::RBrack,
             Tok::RBrace});
    return nullptr;
  }
  Expr* u = unparen(t);
  if (!isa<Ident>(u) && !isa<SelectorExpr>(u)) {
    if (!hadBlockingError()) unsupported(startPos(t), "type constraints are not supported");
    skipElement();
  } else if (is(Tok::Or)) {
    if (!hadBlockingError()) unsupported(pos(), "type constraints are not supported");
    skipElement();
  }
  return make<Field>(p, t);
}

// skipElement skips the rest of an interface element (a constraint union such as
// `~int | ~[]struct{ a int }`) up to the ";" or "}" that ends it, across balanced brackets.
void Parser::skipElement() {
  int nest = 0;
  while (!is(Tok::EOF_)) {
    switch (tok_.tok) {
      case Tok::LBrace: case Tok::LParen: case Tok::LBrack: nest++; break;
      case Tok::RParen: case Tok::RBrack:
        if (nest > 0) nest--;
        break;
      case Tok::RBrace:
        if (nest == 0) return;
        nest--;
        break;
      case Tok::Semicolon:
        if (nest == 0) return;
        break;
      default: break;
    }
    next();
  }
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
      // name []T / name [N]T, or a generic instance T[P] (a receiver `(T[P])`).
      Pos lb = pos();
      next();
      if (got(Tok::RBrack)) {
        auto* f = make<Field>(p, make<SliceTypeExpr>(lb, type()));
        f->names.push_back(n);
        return f;
      }
      xnest_++;
      Expr* len = expr();
      xnest_--;
      bool comma = is(Tok::Comma);
      if (comma) skipTypeParams();
      else want(Tok::RBrack);
      Expr* elem = comma ? nullptr : typeOrNull();
      if (!elem) {
        if (!hadBlockingError()) unsupported(lb, "generic types are not supported");
        return make<Field>(p, n);  // the type T
      }
      auto* f = make<Field>(p, make<ArrayTypeExpr>(lb, len, elem));
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


}  // namespace mgo::fe::detail
