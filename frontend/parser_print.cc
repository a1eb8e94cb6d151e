// parser_print.cc — Go's short source form of expressions (exprString, as the compiler
// prints them in messages), startPos, and the S-expression dump used by tests.
#include "frontend/parser_impl.h"

namespace mgo::fe {


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
std::string detail::stmtString(const Stmt* s) {
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

Pos goPos(const Node* n) {
  if (!n) return {};
  switch (n->kind) {
    case NodeKind::SelectorExpr: return cast<SelectorExpr>(n)->dot;
    case NodeKind::TypeAssertExpr: return cast<TypeAssertExpr>(n)->dot;
    case NodeKind::IndexExpr: return cast<IndexExpr>(n)->lbrack;
    case NodeKind::SliceExpr: return cast<SliceExpr>(n)->lbrack;
    case NodeKind::CallExpr: return cast<CallExpr>(n)->lparen;
    case NodeKind::CompositeLit: return cast<CompositeLit>(n)->lbrace;
    case NodeKind::FuncType: {  // Go positions a func type at its parameters' '('
      auto* ft = cast<FuncTypeExpr>(n);
      return ft->params ? ft->params->pos : n->pos;
    }
    default: return n->pos;  // operators (Binary, KeyValue, Unary, Star) and the rest
  }
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

}  // namespace mgo::fe
