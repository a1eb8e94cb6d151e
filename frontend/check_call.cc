// check_call.cc — calls and conversions (spec "Calls", "Passing arguments to ...
// parameters"). Built-in functions are in check_builtin.cc.
#include "frontend/check.h"

namespace mgo::fe {

namespace {
// How Go's compiler lists argument types in "have (...)": untyped constants by kind.
std::string haveType(Checker& c, const Operand& x) {
  if (!x.type) return "?";
  if (isUntyped(x.type)) {
    switch (x.type->basic) {
      case BasicKind::UntypedBool: return "bool";
      case BasicKind::UntypedString: return "string";
      case BasicKind::UntypedNil: return "nil";
      default: return "number";
    }
  }
  return c.ts(x.type);
}
}  // namespace

void Checker::call(Operand& x, CallExpr* e) {
  Operand f;
  exprOrType(f, e->fun);
  x.mode = ExprMode::Invalid;
  x.type = invalidType();
  if (f.invalid()) {
    for (Expr* a : e->args) use(a);
    return;
  }
  if (f.mode == ExprMode::TypeExpr) {
    Type* T = f.type;
    e->isConversion = true;
    if (e->args.size() != 1 || e->hasDots) {
      if (e->args.empty())
        error(e->rparen.valid() ? e->rparen : e->pos, "missing argument in conversion to " + ts(T));
      else if (e->hasDots)
        error(startPos(e->args[0]), "invalid use of ... in conversion to " + ts(T));
      else
        error(startPos(e->args[1]), "too many arguments in conversion to " + ts(T));
      for (Expr* a : e->args) use(a);
      return;
    }
    expr(x, e->args[0]);
    if (x.invalid()) return;
    conversion(x, T, e);
    return;
  }
  if (f.mode == ExprMode::Builtin) {
    e->isBuiltin = true;
    e->builtinId = int(f.builtin);
    builtin(x, e, f.builtin);
    return;
  }
  if (!singleValue(f, e->fun)) {
    for (Expr* a : e->args) use(a);
    return;
  }
  Type* sig = underlying(f.type);
  if (sig->kind != TypeKind::Signature) {
    error(startPos(e->fun), "invalid operation: cannot call non-function " + opString(f));
    for (Expr* a : e->args) use(a);
    return;
  }
  std::vector<Operand> args;
  arguments(e, sig, args, exprString(e->fun));
  const auto& rs = sig->results->elems;
  if (rs.empty()) {
    x.mode = ExprMode::NoValue;
    x.type = emptyTuple();
  } else if (rs.size() == 1) {
    x.mode = ExprMode::Value;
    x.type = rs[0];
  } else {
    x.mode = ExprMode::Value;
    x.type = sig->results;
  }
}

void Checker::arguments(CallExpr* call, Type* sig, std::vector<Operand>& args,
                        const std::string& fname) {
  // Evaluate arguments; a single call argument may provide several values.
  if (call->args.size() == 1 && !call->hasDots) {
    multiExpr(args, call->args[0]);
  } else {
    for (Expr* a : call->args) {
      Operand o;
      expr(o, a);
      args.push_back(o);
    }
  }
  for (auto& a : args) if (a.invalid()) return;
  const auto& ps = sig->params->elems;
  size_t np = ps.size();
  bool variadic = sig->variadic;
  auto haveWant = [&]() {
    std::string have = "(";
    for (size_t i = 0; i < args.size(); i++) {
      if (i) have += ", ";
      have += haveType(*this, args[i]);
    }
    have += ")";
    std::string want = "(";
    for (size_t i = 0; i < np; i++) {
      if (i) want += ", ";
      if (variadic && i + 1 == np) want += "..." + ts(ps[i]->elem);
      else want += ts(ps[i]);
    }
    want += ")";
    return "\n\thave " + have + "\n\twant " + want;
  };
  if (call->hasDots) {
    if (!variadic) {
      error(startPos(call->args.back()), "have (...) but function is not variadic: " + fname);
      return;
    }
    if (args.size() != np) {
      Pos p = args.size() < np ? call->rparen : startPos(call->args[np]);
      error(p, std::string(args.size() < np ? "not enough" : "too many") + " arguments in call to " +
                   fname + haveWant());
      return;
    }
    for (size_t i = 0; i < np; i++) assignment(args[i], ps[i], "argument to " + fname);
    return;
  }
  size_t minArgs = variadic ? np - 1 : np;
  if (args.size() < minArgs || (!variadic && args.size() > np)) {
    bool few = args.size() < minArgs;
    Pos p = few ? (call->args.empty() ? startPos(call) : startPos(call->args.back()))
                : startPos(call->args.size() > np ? call->args[np] : call->args.back());
    error(p, std::string(few ? "not enough" : "too many") + " arguments in call to " + fname +
                 haveWant());
    return;
  }
  for (size_t i = 0; i < args.size(); i++) {
    Type* pt = (variadic && i >= np - 1) ? ps[np - 1]->elem : ps[i];
    assignment(args[i], pt, "argument to " + fname);
  }
}

}  // namespace mgo::fe
