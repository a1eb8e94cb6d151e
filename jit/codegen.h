// codegen.h — the lowering of a type-checked Go program to LLVM IR (shared state).
//
// One Codegen object lowers a whole program (the user's package and the Go halves of the
// stdlib packages it imports) into one llvm::Module. The work is split by concern:
//   types_lower.cc   Go type -> LLVM type; the calling-convention shape of a signature
//   typedesc.cc      TypeDesc / Itab / method-table globals (abi.h layouts)
//   codegen_func.cc  functions: declaration, prologue (stack guard), params, closures,
//                    defers, package init and the entry points
//   codegen_stmt.cc  statements          codegen_expr.cc     expressions
//   codegen_call.cc  calls, func values  codegen_builtin.cc  builtins, conversions
//   codegen_iface.cc interface values, assertions, type switches, equality
//   codegen_recover.cc recover() and the wrappers' part in its frame rule
//   codegen_intrinsics.cc package math calls lowered to LLVM intrinsics
//   codegen_order.cc operand evaluation order: gc's order pass (calls first, per statement)
// Value representation (abi.h): every Go value is an SSA value of lowerType(T): scalars
// as themselves (bool i1), string {ptr,i64}, slice {ptr,i64,i64}, interfaces {ptr,ptr},
// structs/arrays as first-class aggregates (SROA takes them apart), func/map/chan/pointer
// as ptr. Variables live in allocas (promoted by mem2reg) or, when captured by a closure
// or address-taken, in heap cells from mgo_rt_newobject.
//
// Errors: a construct the lowering does not support throws Unsupported{pos, msg}; the
// driver prints it as `file:line:col: msg` and exits 1. Internal inconsistencies (the
// checker left a slot empty) are reported the same way with "internal error:" so that a
// user never sees a crash.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast.h"
#include "frontend/package.h"
#include "frontend/types.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

namespace mgo::jit {

// e without its enclosing parentheses.
inline const fe::Expr* unparen(const fe::Expr* e) {
  while (auto* p = fe::dyn_cast<fe::ParenExpr>(e)) e = p->x;
  return e;
}
// The blank identifier `_` (possibly parenthesised).
inline bool isBlank(const fe::Expr* e) {
  auto* id = fe::dyn_cast<fe::Ident>(unparen(e));
  return id && id->name == "_";
}
// An untyped constant's type as the checker defaults it (untyped int -> int, ...).
inline const fe::Type* stripUntyped(const fe::Type* t) {
  return fe::isUntyped(t) ? fe::defaultType(t) : t;
}

struct Unsupported {
  fe::Pos pos;
  std::string msg;
};

[[noreturn]] void unsupported(fe::Pos pos, std::string msg);

// runtime_symbols.cc: whether a runtime entry point is linked into this process (entry
// points declared in rt.h ahead of their implementation are weak references).
bool hostHasSymbol(const char* name);

// How one Go parameter is passed (abi.h "Calling convention").
enum class PClass : uint8_t { Scalar, String, Slice, Iface, ByRef, Void /* zero-size */ };
enum class RClass : uint8_t { Void, Scalar, Pair, Out };

struct FuncABI {
  llvm::FunctionType* fty = nullptr;
  bool hasCtx = false;
  RClass ret = RClass::Void;
  std::vector<const fe::Type*> params;   // Go types, receiver first
  std::vector<const fe::Type*> results;  // Go result types
  llvm::Type* resultTy = nullptr;        // LLVM type of the result value (tuple: struct)
};

// A call with its callee and arguments evaluated (Go values, receiver first), executed
// now (emitCall) or later (defer, go: the values are saved in a closure).
struct CallPlan {
  enum Kind { Direct, Closure, Iface, Builtin } kind = Direct;
  int builtinId = -1;                      // Builtin: fe::BuiltinId
  const fe::Func* func = nullptr;          // Direct
  const fe::Type* sig = nullptr;           // signature (without receiver)
  const fe::Type* recvType = nullptr;      // Direct methods: receiver type
  int ifaceIndex = -1;                     // Iface: method index
  const fe::Type* ifaceType = nullptr;     // Iface
  std::vector<const fe::Type*> types;      // types of vals
  std::vector<llvm::Value*> vals;          // Closure: [closure, args]; Iface: [iface, args]
};

// One enclosing break/continue target.
struct BranchTarget {
  llvm::BasicBlock* brk = nullptr;
  llvm::BasicBlock* cont = nullptr;
};

// Per-function lowering state.
struct FuncState {
  llvm::Function* fn = nullptr;
  llvm::Value* g = nullptr;
  llvm::Value* ctx = nullptr;
  const fe::Type* sig = nullptr;
  FuncABI abi;
  std::unordered_map<const fe::Object*, llvm::Value*> vars;  // var -> address
  std::unordered_set<const fe::Object*> heapVars;            // need a heap cell
  std::vector<llvm::Value*> resultSlots;                     // addresses of results
  llvm::Value* outPtr = nullptr;                             // RClass::Out
  llvm::Value* deferFrame = nullptr;                         // DeferFrame alloca or null
  llvm::BasicBlock* exitBB = nullptr;                        // common return path
  llvm::BasicBlock* allocaBB = nullptr;                      // entry: allocas go here
  std::unordered_map<const fe::Stmt*, BranchTarget> targets;
  std::unordered_map<const fe::Stmt*, llvm::BasicBlock*> labels;     // LabeledStmt
  std::unordered_map<const fe::Stmt*, llvm::BasicBlock*> caseBodies;  // fallthrough
  bool callsGo = false;  // calls something that may recurse (prologue needed)
  bool transparent = false;  // a wrapper: forwards a deferred call to its callee (codegen_recover.cc)
};

class Codegen {
 public:
  // optLevel: the -O level the module will be compiled at (0: FastISel, see divByConstant).
  Codegen(llvm::LLVMContext& ctx, llvm::Module& mod, bool stackChecks, int optLevel);

  // Lowers all files (dependency order: stdlib packages first, main last). `inits` are
  // the package-level variable initialisations in the checker's order: (lhs vars, rhs).
  // Lowers every package of prog (dependency order, main last): all function bodies,
  // then void mgo.init(G*) (each package's variable initialisers in the checker's order,
  // then its init functions) and void mgo.main(G*) (calls main.main).
  void lowerProgram(const fe::Program& prog);
  void emitEntryPoints(const fe::Program& prog);

  // ---- types_lower.cc ----
  llvm::Type* lowerType(const fe::Type* t);
  FuncABI abiFor(const fe::Type* sig, const fe::Type* recv, bool hasCtx);
  uint64_t sizeOf(const fe::Type* t);
  uint64_t alignOf(const fe::Type* t);
  llvm::StructType* stringTy() const { return stringTy_; }
  llvm::StructType* sliceTy() const { return sliceTy_; }
  llvm::StructType* ifaceTy() const { return ifaceTy_; }
  llvm::Type* ptrTy() const { return ptrTy_; }
  llvm::Type* i64() const { return i64_; }
  PClass paramClass(const fe::Type* t);

  // ---- typedesc.cc ----
  llvm::Constant* typeDesc(const fe::Type* t);
  llvm::Constant* itab(const fe::Type* iface, const fe::Type* concrete);  // marks concrete
  // Method tables (typedesc.cc): t may become an interface's dynamic type; its descriptor's
  // method table is filled by finishMethodTables, which also lowers pending bodies.
  void markIfaceType(const fe::Type* t);
  void fillMethodTable(const fe::Type* t);
  void finishMethodTables();
  bool isDirectIface(const fe::Type* t);

  // ---- codegen_func.cc ----
  llvm::Function* funcFor(const fe::Func* f);  // declared on first use
  void defineFunc(const fe::FuncDecl* d);
  llvm::Value* emitFuncLit(const fe::FuncLit* lit);
  llvm::Value* funcValue(const fe::Func* f);  // static closure of a top-level func
  llvm::Value* allocVar(const fe::Object* v, const fe::Type* t);  // address
  llvm::Value* entryAlloca(llvm::Type* t, const char* name = "");
  llvm::Value* heapAlloc(const fe::Type* t);
  void emitReturn(const std::vector<llvm::Value*>& vals);
  void emitDefer(const fe::DeferStmt* s);
  void emitGo(const fe::GoStmt* s);
  llvm::Value* planClosure(const CallPlan& plan, const char* suffix);
  void emitPrologue(FuncState& fs);
  void setupDefers(FuncState& st, const fe::Node* body);
  void beginFunction(FuncState& fs, llvm::Function* fn, const fe::Type* sig,
                     const fe::Type* recvType, bool hasCtx);
  void finishFunction(FuncState& fs);
  void collectHeapVars(const fe::Node* body, FuncState& fs);
  void bindParams(FuncState& fs, const std::vector<fe::Var*>& params,
                  const std::vector<fe::Var*>& results, const fe::Var* recv);

  // ---- codegen_intrinsics.cc ----
  // A call of a package math extern with an exact LLVM counterpart, lowered inline
  // (args: the Go values); nullptr for any other function.
  llvm::Value* emitMathIntrinsic(const fe::Func* f, const std::vector<llvm::Value*>& args);
  bool emitMutexFastPath(const fe::Func* f, const std::vector<llvm::Value*>& args);

  // ---- codegen_recover.cc ----
  void emitRecoverClaim(FuncState& st, const fe::Node* body);  // if body calls recover()
  llvm::Value* frameCFA();  // the current function's canonical frame address
  llvm::Value* emitRecover(llvm::Value* cfa = nullptr);  // recover() as called from frame cfa
  void emitDeferForward(llvm::IRBuilder<>& ib, llvm::Value* g, llvm::Function* self,
                        llvm::Value* callee);

  // ---- codegen_order.cc: gc's operand evaluation order (see the file's comment) ----
  // Brackets one statement's pre-pass: forgets the values it recorded when destroyed.
  class OrderScope {
   public:
    explicit OrderScope(Codegen& cg);
    ~OrderScope();
    OrderScope(const OrderScope&) = delete;
    OrderScope& operator=(const OrderScope&) = delete;
   private:
    Codegen& cg_;
    size_t mark_;
  };
  void orderStmt(const fe::Stmt* s);      // a simple statement's early nodes
  void orderRoot(const fe::Expr* e);      // e's early nodes; e itself runs at its place
  // e as a statement of its own: its early nodes (orderRoot) in a scope of their own, then
  // e converted to `to` (emitExprTo; null: e's own type). A condition, a switch tag or
  // case, one side of && / ||, a select operand, a go/defer argument.
  llvm::Value* emitOrdered(const fe::Expr* e, const fe::Type* to = nullptr);
  void orderOperand(const fe::Expr* e, const fe::Type* to = nullptr);  // e may be early
  void orderLValue(const fe::Expr* e);
  void orderList(const std::vector<fe::Expr*>& es, const std::vector<const fe::Type*>& tos);
  void orderCall(const fe::CallExpr* e, bool root);
  void orderComposite(const fe::CompositeLit* e);
  bool orderPackageLit(const fe::Expr* e);  // a package-level literal, element by element
  void markEarly(const fe::Expr* e);
  llvm::Value* earlyValue(const fe::Expr* e) const;  // recorded value or null
  bool boxesThroughMemory(const fe::Type* t);
  bool readsLateWhenBoxed(const fe::Expr* e);
  bool mapKeyByAddress(const fe::Type* mapType);
  void orderIndex(const fe::IndexExpr* e);

  // ---- codegen_stmt.cc ----
  void emitBlock(const std::vector<fe::Stmt*>& list);
  void emitStmt(const fe::Stmt* s);
  void emitAssign(const fe::AssignStmt* s);
  void emitMultiValue(const fe::Expr* rhs, size_t n, std::vector<llvm::Value*>* vals,
                      std::vector<const fe::Type*>* types);
  void emitIf(const fe::IfStmt* s);
  void emitFor(const fe::ForStmt* s);
  void emitRange(const fe::RangeStmt* s);
  void emitSwitch(const fe::SwitchStmt* s);
  void emitTypeSwitch(const fe::TypeSwitchStmt* s);
  void emitBranch(const fe::BranchStmt* s);
  void emitLocalDecl(const fe::DeclStmt* s);
  // An lvalue: an address, a map slot, or the blank identifier.
  struct LValue {
    enum Kind { Addr, MapIndex, Blank } kind = Blank;
    llvm::Value* addr = nullptr;
    const fe::Type* type = nullptr;
    llvm::Value* map = nullptr;       // MapIndex
    llvm::Value* keyAddr = nullptr;   // MapIndex: key stored in memory
    const fe::Type* mapType = nullptr;
  };
  LValue emitLValue(const fe::Expr* e);
  void storeLValue(const LValue& lv, llvm::Value* v);
  llvm::Value* loadLValue(const LValue& lv);
  void emitUpdate(const LValue& lv, fe::Tok op, llvm::Value* y, llvm::Value* negShift, fe::Pos pos);

  // ---- codegen_expr.cc ----
  llvm::Value* emitExpr(const fe::Expr* e);
  // Evaluates e and converts it to type `to` as assignment does (interfaces, nil).
  llvm::Value* emitExprTo(const fe::Expr* e, const fe::Type* to);
  llvm::Value* emitAddr(const fe::Expr* e);  // address of an addressable expression
  bool isAddressable(const fe::Expr* e);
  llvm::Value* emitConst(const fe::Value& v, const fe::Type* t, fe::Pos pos);
  llvm::Value* emitBinary(const fe::BinaryExpr* e);
  llvm::Value* emitBinaryOp(fe::Tok op, llvm::Value* x, llvm::Value* y, const fe::Type* t,
                            fe::Pos pos);
  llvm::Value* divByConstant(llvm::Value* x, llvm::Value* y, bool rem);
  llvm::Value* emitCompare(fe::Tok op, llvm::Value* x, llvm::Value* y, const fe::Type* t);
  llvm::Value* emitEqual(llvm::Value* x, llvm::Value* y, const fe::Type* t);
  llvm::Value* emitUnary(const fe::UnaryExpr* e);
  llvm::Value* emitIndex(const fe::IndexExpr* e);
  llvm::Value* emitSlice(const fe::SliceExpr* e);
  llvm::Value* emitSelector(const fe::SelectorExpr* e);
  llvm::Value* emitCompositeLit(const fe::CompositeLit* e);
  void emitCompositeInto(const fe::CompositeLit* e, const fe::Type* t, llvm::Value* addr);
  llvm::Value* zeroValue(const fe::Type* t);
  llvm::Value* zeroBase();  // non-nil base of empty slices
  llvm::Value* stringConst(const std::string& s);
  llvm::Value* emitMapIndex(const fe::IndexExpr* e, llvm::Value** okOut);
  llvm::Value* nilCheck(llvm::Value* p, fe::Pos pos);
  void boundsCheck(llvm::Value* idx, llvm::Value* len, fe::Pos pos);

  // ---- codegen_call.cc ----
  llvm::Value* emitCall(const fe::CallExpr* e);
  // argsOwnStmts: a go/defer call, whose arguments are each a statement of their own.
  CallPlan planCall(const fe::CallExpr* e, bool argsOwnStmts = false);
  llvm::Value* execPlan(const CallPlan& p);
  llvm::Value* callABI(const FuncABI& abi, llvm::Value* callee, llvm::Value* ctx,
                       const std::vector<llvm::Value*>& args);
  std::vector<llvm::Value*> emitArgs(const fe::CallExpr* e, const fe::Type* sig,
                                     size_t skip = 0, bool ownStmts = false);
  llvm::Value* emitMethodValue(const fe::SelectorExpr* e);
  llvm::Value* emitMethodExpr(const fe::SelectorExpr* e);
  llvm::Value* emitIfaceOperand(const fe::SelectorExpr* se, const fe::Type** itOut);
  // Lowers the receiver of a method call x.m(...) (concrete method): receiver value as
  // the method expects it (pointer or value).
  llvm::Value* emitRecv(const fe::SelectorExpr* e);

  // Compiler-made wrappers (method-value and method-expression thunks, defer/go thunks,
  // itab wrappers; codegen_call.cc): beginWrapper points fs and the builder at fn's
  // body (entry block for allocas, `transparent`: forwards deferred calls,
  // codegen_recover.cc); endWrapper links entry to body and returns to the enclosing
  // function. wrapperParams rebuilds the Go values of abi.params from fn's flattened
  // arguments; wrapperReturn returns res per abi.
  struct WrapperScope {
    FuncState st;
    FuncState* saved = nullptr;
    llvm::IRBuilderBase::InsertPoint ip;
    llvm::BasicBlock* body = nullptr;
  };
  void beginWrapper(WrapperScope& w, llvm::Function* fn, bool hasCtx, bool transparent);
  void endWrapper(WrapperScope& w);
  std::vector<llvm::Value*> wrapperParams(const FuncABI& abi, llvm::Function* fn);
  void wrapperReturn(const FuncABI& abi, llvm::Function* fn, llvm::Value* res);

  // ---- codegen_builtin.cc ----
  llvm::Value* emitBuiltin(const fe::CallExpr* e);
  llvm::Value* emitConversion(const fe::CallExpr* e);
  bool isNilExprPublic(const fe::Expr* e);
  llvm::Value* convert(llvm::Value* v, const fe::Type* from, const fe::Type* to, fe::Pos pos);
  llvm::Value* emitAppend(const fe::CallExpr* e);
  llvm::Value* emitMake(const fe::CallExpr* e);
  llvm::Value* emitCopy(llvm::Value* dst, llvm::Value* src, const fe::Type* et);
  void emitPrint(const fe::CallExpr* e, bool ln);
  void emitPrintValues(const std::vector<llvm::Value*>& vals,
                       const std::vector<const fe::Type*>& types, bool ln);
  // ---- codegen_chan.cc ----
  llvm::Value* emitRecv(const fe::Expr* chanExpr, llvm::Value** okOut);
  void emitSend(const fe::SendStmt* s);
  void emitSelect(const fe::SelectStmt* s);
  void emitRangeChan(const fe::RangeStmt* s);

  // ---- codegen_iface.cc ----
  llvm::Value* toIface(llvm::Value* v, const fe::Type* from, const fe::Type* iface);
  llvm::Value* emitTypeAssert(const fe::TypeAssertExpr* e, llvm::Value** okOut);
  llvm::Value* ifaceType(llvm::Value* iv, const fe::Type* ifaceT);  // dynamic TypeDesc*
  llvm::Value* fromIfaceData(llvm::Value* data, const fe::Type* t);  // unbox
  llvm::Value* emitIfaceCall(const fe::SelectorExpr* sel, const fe::CallExpr* call);
  llvm::Value* ifaceEqual(llvm::Value* x, llvm::Value* y, const fe::Type* t);
  llvm::Function* methodWrapper(const fe::Type* recvType, const fe::MethodSetEntry& e);
  llvm::Function* ifaceMethodWrapper(const fe::Type* recvType, const fe::MethodSetEntry& e);
  // Builds the code of a method-table wrapper around emitCall (codegen_iface.cc).
  using WrapperCall = std::function<llvm::Value*(llvm::Function* w, unsigned firstArg,
                                                 llvm::Value* addr, llvm::Value* val,
                                                 const fe::Type* t)>;
  llvm::Function* buildWrapper(const fe::Type* recvType, const fe::MethodSetEntry& e,
                               const FuncABI& abi, const WrapperCall& emitCall);

  // ---- helpers (codegen_expr.cc) ----
  llvm::FunctionCallee rtFunc(const char* name, llvm::Type* ret,
                              std::vector<llvm::Type*> params, bool noreturn = false);
  llvm::Value* callRT(const char* name, llvm::Type* ret, std::vector<llvm::Value*> args,
                      bool noreturn = false);
  [[noreturn]] void unreachablePanic();
  void panicIf(llvm::Value* cond, const char* fn, std::vector<llvm::Value*> args);
  llvm::BasicBlock* newBB(const char* name);
  void setBB(llvm::BasicBlock* bb);
  bool terminated();
  llvm::Value* constI64(int64_t v);
  llvm::Value* loadTyped(llvm::Value* addr, const fe::Type* t);
  void storeTyped(llvm::Value* v, llvm::Value* addr, const fe::Type* t);
  llvm::Value* spill(llvm::Value* v);  // to a fresh alloca, returns its address
  std::string fresh(const std::string& base);

  llvm::LLVMContext& ctx;
  llvm::Module& mod;
  llvm::IRBuilder<> b;
  bool stackChecks;
  int optLevel;
  FuncState* fs = nullptr;

 private:
  llvm::StructType* stringTy_;
  llvm::StructType* sliceTy_;
  llvm::StructType* ifaceTy_;
  llvm::Type* ptrTy_;
  llvm::Type* i64_;
  std::unordered_map<const fe::Type*, llvm::Type*> typeCache_;
  std::unordered_map<const fe::Func*, llvm::Function*> funcs_;
  std::unordered_map<const fe::Func*, llvm::Value*> funcValues_;
  std::unordered_map<std::string, llvm::Constant*> strings_;
  std::unordered_map<const fe::Type*, llvm::GlobalVariable*> typeDescs_;
  std::map<std::pair<const fe::Type*, const fe::Type*>, llvm::GlobalVariable*> itabs_;
  std::map<std::pair<const fe::Type*, std::string>, llvm::Function*> wrappers_;
  std::unordered_map<std::string, int> names_;
  std::vector<const fe::FuncDecl*> pendingBodies_;
  std::unordered_set<const fe::Type*> ifaceTypes_;  // marked by markIfaceType
  std::vector<const fe::Type*> ifaceWork_;          // marked, table not filled yet
  std::map<const fe::Type*, size_t> filledMethods_;  // entries in each filled table
  // Method names an interface may ask for; the C++ side looks these up by name (fmt, the
  // panic report) or asserts to its own interfaces (error, runtime.Error).
  std::set<std::string> ifaceMethodNames_{"Error", "GoString", "RuntimeError", "String"};
  bool ifaceNamesGrew_ = false;
  std::unordered_map<const fe::Expr*, llvm::Value*> early_;  // codegen_order.cc
  std::vector<const fe::Expr*> earlyKeys_;
  friend struct TypeDescBuilder;

 public:
  std::unordered_map<const fe::Object*, llvm::GlobalVariable*> globals;
  llvm::GlobalVariable* globalFor(const fe::Var* v);
};

}  // namespace mgo::jit
