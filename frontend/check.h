// check.h — the type checker (internal interface shared by the check_*.cc files).
//
// One Checker checks one package. Package-level objects are collected first (collect),
// then resolved on demand (objDecl: a constant, type, variable or function signature is
// checked the first time it is needed; a "path" of objects under resolution detects
// cycles), then function bodies are checked in source order, then unused imports and
// the variable initialisation order are computed.
//
// Results go into the AST slots (ast.h) and into the Package (package.h).
// Untyped constant expressions: the outermost constant expression carries the final type
// and constVal; codegen must not descend into a constant expression.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/ast.h"
#include "frontend/package.h"
#include "frontend/parser.h"

namespace mgo::fe {

struct Operand {
  ExprMode mode = ExprMode::Invalid;
  Type* type = nullptr;
  Value val;
  Expr* expr = nullptr;
  BuiltinId builtin = BuiltinId::Len;
  bool invalid() const { return mode == ExprMode::Invalid; }
};

// Per-object declaration info for package-level objects.
struct DeclInfo {
  File* file = nullptr;
  Decl* decl = nullptr;        // ConstDecl/VarDecl/TypeDecl/FuncDecl
  int index = 0;               // name index within a Const/VarDecl
  std::set<Object*> deps;      // package-level objects referenced (for init order)
  enum State { Unresolved, InProgress, Done } state = Unresolved;
};

// The function being checked (a FuncDecl body or a FuncLit).
struct FuncCtx {
  Type* sig = nullptr;           // Signature
  std::vector<Var*> results;
  FuncLit* lit = nullptr;        // nullptr for a FuncDecl
  Scope* scope = nullptr;        // the function scope
  FuncCtx* outer = nullptr;
  std::map<std::string, Label*> labels;
  std::set<Object*> captureSet;
};

class Checker {
 public:
  Checker(Program& prog, Package* pkg, Diagnostics& diags)
      : prog_(prog), pkg_(pkg), diags_(diags) {}

  // check_decl.cc
  void checkFiles(const std::vector<File*>& files,
                  const std::function<Package*(const std::string&, Pos)>& importer);

  // --- errors ---
  void error(Pos p, std::string msg);
  void softError(Pos p, std::string msg) { error(p, std::move(msg)); }
  std::string opString(const Operand& x);  // "x (variable of type int)"
  std::string ts(const Type* t) { return typeStringQ(t, pkg_); }

  // --- check_decl.cc ---
  void collect(File* f);
  void objDecl(Object* obj);
  void constDecl(Const* obj, ConstDecl* d, int index);
  void varDeclPkg(Var* obj, VarDecl* d);
  void typeDecl(TypeName* obj, TypeDecl* d);
  void funcDeclSig(Func* obj, FuncDecl* d);
  void funcBody(Func* f, FuncDecl* d);
  void localDecl(Decl* d);
  void computeInitOrder();
  bool validCycle(Object* obj);
  void checkRecursive(Type* named);
  void checkPendingMapKeys();
  bool constOverflow(Operand& x, Tok op, Pos pos);
  void collectMethods();
  void unusedImports();
  Type* signatureFromExpr(FuncTypeExpr* ft, Scope* scope, FieldList* recv,
                          std::vector<Var*>* params, std::vector<Var*>* results, Var** recvVar,
                          bool declareInScope);

  // --- check_typexpr.cc ---
  Type* typExpr(Expr* e);                      // a type expression; invalidType on error
  Type* typExprOrNull(Expr* e);                // nullptr without error if not a type
  Type* definedType(Expr* e, Type* named);     // type of a declaration (for cycles)
  Type* structType(StructTypeExpr* e);
  Type* interfaceType(InterfaceTypeExpr* e, Type* named);
  int64_t arrayLength(Expr* e);

  // --- check_expr.cc ---
  void expr(Operand& x, Expr* e);              // single value (or type/builtin if allowed)
  void rawExpr(Operand& x, Expr* e, Type* hint, bool allowGeneric);
  void exprOrType(Operand& x, Expr* e);
  void multiExpr(std::vector<Operand>& xs, Expr* e);  // allows tuples
  void exprWithHint(Operand& x, Expr* e, Type* hint);
  void ident(Operand& x, Ident* e, bool wantType);
  void basicLit(Operand& x, BasicLit* e);
  void compositeLit(Operand& x, CompositeLit* e, Type* hint);
  void funcLit(Operand& x, FuncLit* e);
  void selector(Operand& x, SelectorExpr* e);
  void indexExpr(Operand& x, IndexExpr* e);
  void sliceExpr(Operand& x, SliceExpr* e);
  void typeAssert(Operand& x, TypeAssertExpr* e);
  void unary(Operand& x, UnaryExpr* e);
  void binary(Operand& x, BinaryExpr* e, Expr* lhs, Expr* rhs, Tok op);
  void shift(Operand& x, Operand& y, BinaryExpr* e, Tok op);
  void comparison(Operand& x, Operand& y, Tok op, Expr* e);
  std::string incomparableCause(Type* t);
  bool index(Expr* idx, int64_t max, int64_t* val);  // checks an index; false if invalid
  void record(Operand& x);                     // writes x into x.expr's slots
  bool singleValue(Operand& x, Expr* e);
  void markAddrTaken(Expr* e);
  void noteMethodDep(Object* m);
  void use(Expr* e);                           // evaluate for errors only

  // --- check_conv.cc / assignment ---
  // Converts untyped x to target (or its default if target is nullptr/interface).
  void convertUntyped(Operand& x, Type* target);
  void updateExprType(Expr* e, Type* t);
  void assignment(Operand& x, Type* T, const std::string& context);
  void conversion(Operand& x, Type* T, CallExpr* call);
  bool convertibleTo(const Operand& x, Type* T);
  bool representableConst(Operand& x, Type* T, bool report, const std::string& context);
  std::string implementsReason(Type* V, Type* T);

  // --- check_call.cc ---
  void call(Operand& x, CallExpr* e);
  void arguments(CallExpr* call, Type* sig, std::vector<Operand>& args, const std::string& fname);
  void builtin(Operand& x, CallExpr* call, BuiltinId id);

  // --- check_stmt.cc ---
  void funcBodyStmts(FuncCtx* ctx, BlockStmt* body, Pos endPos);
  void stmtList(const std::vector<Stmt*>& list);
  void stmt(Stmt* s);
  void assignStmt(AssignStmt* s);
  void shortVarDecl(AssignStmt* s);
  void assignVar(Expr* lhs, Operand& x, const std::string& context);
  void initVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, Pos pos,
                const std::string& context, Expr* typeExpr);
  void ifStmt(IfStmt* s);
  void forStmt(ForStmt* s);
  void rangeStmt(RangeStmt* s);
  void switchStmt(SwitchStmt* s);
  void typeSwitchStmt(TypeSwitchStmt* s);
  void selectStmt(SelectStmt* s);
  void returnStmt(ReturnStmt* s);
  bool isTerminating(Stmt* s, const std::string& label);
  bool hasBreak(Stmt* s, const std::string& label, bool implicit);
  void labels(BlockStmt* body);
  void openScope(Scope** slot);
  void closeScope();
  void declare(Scope* s, Ident* id, Object* obj);
  void reportUnused(Scope* s);

  Program& prog_;
  Package* pkg_;
  Diagnostics& diags_;
  Scope* scope_ = nullptr;            // current scope
  File* file_ = nullptr;              // current file
  FuncCtx* fn_ = nullptr;             // current function
  std::unordered_map<Object*, DeclInfo> info_;
  std::vector<Object*> objPath_;      // objects being resolved (cycle detection)
  Object* curDeclObj_ = nullptr;      // package-level object whose init is being checked
  int iota_ = -1;                     // current iota, -1 outside const decls
  bool lhsIdent_ = false;             // checking an assignment's lhs identifier (no use)
  int depth_ = 0;
  std::vector<std::pair<Type*, Pos>> pendingMapKeys_;  // key types not yet complete
  std::set<Object*> loopReported_;    // objects a declaration cycle was reported for
  std::set<Type*> badNamed_;          // named types found in an invalid cycle
  Pos errPosOverride_;                // when valid, where errors are reported
  std::vector<std::pair<Type*, Type*>> pendingUnderlying_;  // (named, named it is defined by)
  bool cmpXNil_ = false, cmpYNil_ = false;  // comparison operands were untyped nil
  std::vector<FuncDecl*> funcDecls_;
  std::vector<std::pair<Func*, FuncDecl*>> methodDecls_;
  std::vector<Var*> pkgVars_;
  std::vector<Stmt*> breakTargets_;   // enclosing breakable statements
  std::vector<Stmt*> continueTargets_;
  std::vector<std::pair<std::string, Stmt*>> activeLabels_;  // enclosing labelled stmts
  std::set<Stmt*> brokenStmts_;       // statements some break refers to
  bool fallthroughOk_ = false;        // a fallthrough is allowed at this point
  bool fallthroughFinal_ = false;     // ... except that this is the final clause
  Stmt* fallthroughTarget_ = nullptr; // the clause a fallthrough goes to
  std::vector<Scope*> unusedCheck_;
  std::set<std::pair<Type*, std::string>> ptrMethodNames_;
};

}  // namespace mgo::fe
