// parser_impl.h — the Parser class, shared by the parser's source files (not a public
// header: include frontend/parser.h instead).
//
//   parser.cc           token handling, errors and recovery, files and declarations
//   parser_expr.cc      expressions and types
//   parser_stmt.cc      statements
//   parser_branches.cc  label/branch checks run on each function body
//   parser_print.cc     exprString, startPos, dumpAst
#pragma once

#include <initializer_list>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "frontend/ast.h"
#include "frontend/lexer.h"
#include "frontend/parser.h"

namespace mgo::fe::detail {

// Label and branch checks of one function body (Go's rules and wording); sets
// BranchStmt::target. Run only on bodies that parsed without errors.
void checkBranches(BlockStmt* body, Diagnostics& d);
// Short source form of a simple statement ("x++", "a, b := 1, 2").
std::string stmtString(const Stmt* s);

inline Expr* unparen(Expr* x) {
  while (auto* p = dyn_cast<ParenExpr>(x)) x = p->x;
  return x;
}

class Parser {
 public:
  Parser(const SourceFile& src, Diagnostics& diags)
      : lex_(src, diags),
        diags_(diags),
        startErrors_(diags.errorCount()),
        startBlocking_(diags.blockingErrorCount()) {}

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
  bool hadBlockingError() const { return diags_.blockingErrorCount() > startBlocking_; }
  // Reports an error that keeps the file from being type-checked (unsupported feature).
  void unsupported(Pos p, std::string msg) { diags_.error(p, std::move(msg), true); }
  void errorAt(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }
  void error(std::string msg) { errorAt(pos(), std::move(msg)); }
  void syntaxErrorAt(Pos p, std::string msg);
  void syntaxError(std::string msg) { syntaxErrorAt(pos(), std::move(msg)); }
  static std::string tokDesc(Tok t);
  void advance(std::initializer_list<Tok> follow);
  bool enter();  // depth check; false (after an error) if too deep
  void leave() { depth_--; }
  bool enterChain();  // one more level of a left-leaning operator/postfix chain
  void tooDeep();     // reports the nesting error once and skips to EOF

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
  void skipTypeParams();
  void skipElement();

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
  size_t startBlocking_;
  std::vector<Stmt*> badComms_;  // select cases that are not send/receive
  Token tok_;
  File* file_ = nullptr;
  int xnest_ = 0;  // expression nesting level; -1 in control clause headers
  int fnest_ = 0;  // function nesting level (for advance's stop set)
  int depth_ = 0;  // recursion depth (nested constructs), at most kMaxNesting
  int chain_ = 0;  // levels added by operator and postfix chains, at most kMaxChain
  bool tooDeep_ = false;
  bool prevIsInterface_ = false;  // skipTypeParams: previous token was interface/struct
  std::vector<TypeAssertExpr*> guards_;      // every x.(type) seen
  std::vector<TypeAssertExpr*> usedGuards_;  // those that guard a type switch
};

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

}  // namespace mgo::fe::detail
