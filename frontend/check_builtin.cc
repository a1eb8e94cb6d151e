// check_builtin.cc — the built-in functions (spec "Built-in functions") and package
// unsafe's Sizeof/Alignof/Offsetof (sizes follow runtime/abi.h's layouts).
#include <algorithm>

#include "frontend/check.h"

namespace mgo::fe {

namespace {

const char* builtinName(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append: return "append";
    case BuiltinId::Cap: return "cap";
    case BuiltinId::Close: return "close";
    case BuiltinId::Complex: return "complex";
    case BuiltinId::Copy: return "copy";
    case BuiltinId::Delete: return "delete";
    case BuiltinId::Imag: return "imag";
    case BuiltinId::Len: return "len";
    case BuiltinId::Make: return "make";
    case BuiltinId::New: return "new";
    case BuiltinId::Panic: return "panic";
    case BuiltinId::Print: return "print";
    case BuiltinId::Println: return "println";
    case BuiltinId::Real: return "real";
    case BuiltinId::Recover: return "recover";
    case BuiltinId::Sizeof: return "unsafe.Sizeof";
    case BuiltinId::Alignof: return "unsafe.Alignof";
    case BuiltinId::Offsetof: return "unsafe.Offsetof";
  }
  return "?";
}

void sizeAlign(const Type* t, int64_t* size, int64_t* align, int depth = 0) {
  Type* u = underlying(t);
  if (depth > 100) { *size = *align = 8; return; }  // invalid recursive type (reported)
  switch (u->kind) {
    case TypeKind::Basic: {
      switch (u->basic) {
        case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: *size = *align = 1; return;
        case BasicKind::Int16: case BasicKind::Uint16: *size = *align = 2; return;
        case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: *size = *align = 4; return;
        case BasicKind::Complex64: *size = 8; *align = 4; return;
        case BasicKind::Complex128: *size = 16; *align = 8; return;
        case BasicKind::String: *size = 16; *align = 8; return;
        default: *size = *align = 8; return;
      }
    }
    case TypeKind::Slice: *size = 24; *align = 8; return;
    case TypeKind::Interface: *size = 16; *align = 8; return;
    case TypeKind::Array: {
      int64_t s, a;
      sizeAlign(u->elem, &s, &a, depth + 1);
      *size = s * u->len;
      *align = a;
      return;
    }
    case TypeKind::Struct: {
      int64_t off = 0, maxA = 1;
      for (auto& f : u->fields) {
        int64_t s, a;
        sizeAlign(f.type, &s, &a, depth + 1);
        off = (off + a - 1) / a * a;
        off += s;
        maxA = std::max(maxA, a);
      }
      *size = (off + maxA - 1) / maxA * maxA;
      *align = maxA;
      return;
    }
    default: *size = *align = 8; return;
  }
}

bool containsCallOrRecv(Expr* e) {
  if (!e) return false;
  if (e->mode == ExprMode::Constant) return false;
  switch (e->kind) {
    case NodeKind::CallExpr: {
      auto* c = cast<CallExpr>(e);
      if (c->isConversion) return containsCallOrRecv(c->args.empty() ? nullptr : c->args[0]);
      return true;
    }
    case NodeKind::UnaryExpr: {
      auto* u = cast<UnaryExpr>(e);
      return u->op == Tok::Arrow || containsCallOrRecv(u->x);
    }
    case NodeKind::ParenExpr: return containsCallOrRecv(cast<ParenExpr>(e)->x);
    case NodeKind::SelectorExpr: return containsCallOrRecv(cast<SelectorExpr>(e)->x);
    case NodeKind::IndexExpr:
      return containsCallOrRecv(cast<IndexExpr>(e)->x) || containsCallOrRecv(cast<IndexExpr>(e)->index);
    case NodeKind::StarExpr: return containsCallOrRecv(cast<StarExpr>(e)->x);
    case NodeKind::BinaryExpr:
      return containsCallOrRecv(cast<BinaryExpr>(e)->x) || containsCallOrRecv(cast<BinaryExpr>(e)->y);
    case NodeKind::CompositeLit:
      for (Expr* el : cast<CompositeLit>(e)->elts) {
        if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
          if (containsCallOrRecv(kv->key) || containsCallOrRecv(kv->value)) return true;
        } else if (containsCallOrRecv(el)) {
          return true;
        }
      }
      return false;
    case NodeKind::FuncLit: return false;
    default: return false;
  }
}

}  // namespace

void Checker::builtin(Operand& x, CallExpr* call, BuiltinId id) {
  x.mode = ExprMode::Invalid;
  x.type = invalidType();
  std::string name = builtinName(id);
  size_t n = call->args.size();
  auto useAll = [&](size_t from) { for (size_t i = from; i < n; i++) use(call->args[i]); };
  if (call->hasDots && id != BuiltinId::Append) {
    error(call->pos, "invalid operation: invalid use of ... with built-in " + name);
    useAll(0);
    return;
  }
  auto nargs = [&](size_t lo, size_t hi) -> bool {
    if (n < lo) {
      error(startPos(call),
            "invalid operation: not enough arguments for " + exprString(call) + " (expected " + std::to_string(lo) +
                ", found " + std::to_string(n) + ")");
      useAll(0);
      return false;
    }
    if (n > hi) {
      error(startPos(call->args[hi]), "invalid operation: too many arguments for " + exprString(call) + " (expected " +
                                          std::to_string(hi) + ", found " + std::to_string(n) + ")");
      useAll(0);
      return false;
    }
    return true;
  };
  auto invalidArg = [&](Operand& a) {
    error(startPos(a.expr), "invalid argument: " + opString(a) + " for " + name);
  };
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      if (!nargs(1, 1)) return;
      Operand a;
      expr(a, call->args[0]);
      if (a.invalid()) return;
      Type* u = underlying(a.type);
      if (u->kind == TypeKind::Pointer && underlying(u->elem)->kind == TypeKind::Array) u = underlying(u->elem);
      bool ok = false;
      bool isConst = false;
      Value v;
      if (isString(u) && id == BuiltinId::Len) {
        ok = true;
        if (a.mode == ExprMode::Constant) {
          isConst = true;
          v = Value::makeInt64(int64_t(a.val.stringVal().size()));
        }
        if (isUntyped(a.type)) convertUntyped(a, basicType(BasicKind::String));
      } else if (u->kind == TypeKind::Array) {
        ok = true;
        if (!containsCallOrRecv(call->args[0])) {
          isConst = true;
          v = Value::makeInt64(u->len);
        }
      } else if (u->kind == TypeKind::Slice || u->kind == TypeKind::Chan) {
        ok = true;
      } else if (u->kind == TypeKind::Map && id == BuiltinId::Len) {
        ok = true;
      }
      if (!ok) {
        invalidArg(a);
        return;
      }
      x.type = basicType(BasicKind::Int);
      x.mode = isConst ? ExprMode::Constant : ExprMode::Value;
      x.val = v;
      return;
    }
    case BuiltinId::Append: {
      if (n == 0) {
        error(startPos(call), "invalid operation: not enough arguments for " + exprString(call) +
                                  " (expected 1, found 0)");
        return;
      }
      Operand s;
      expr(s, call->args[0]);
      if (s.invalid()) { useAll(1); return; }
      if (isBasic(s.type, BasicKind::UntypedNil)) {
        error(startPos(s.expr), "first argument to append must be a typed slice; have untyped nil");
        useAll(1);
        return;
      }
      Type* u = underlying(s.type);
      if (u->kind != TypeKind::Slice) {
        error(startPos(s.expr), "first argument to append must be a slice; have " + opString(s));
        useAll(1);
        return;
      }
      x.mode = ExprMode::Value;
      x.type = s.type;
      if (call->hasDots) {
        if (n != 2) {
          error(call->pos, "can only use ... with final argument in list");
          useAll(1);
          return;
        }
        Operand t;
        expr(t, call->args[1]);
        if (t.invalid()) return;
        // append([]byte, string...) is allowed.
        if (isBasic(underlying(u->elem), BasicKind::Uint8) && isString(t.type)) {
          if (isUntyped(t.type)) convertUntyped(t, basicType(BasicKind::String));
          return;
        }
        assignment(t, s.type == u ? s.type : newSlice(u->elem), "argument to append");
        if (!t.invalid() && underlying(t.type)->kind != TypeKind::Slice) invalidArg(t);
        return;
      }
      for (size_t i = 1; i < n; i++) {
        Operand a;
        expr(a, call->args[i]);
        if (!a.invalid()) assignment(a, u->elem, "argument to append");
      }
      return;
    }
    case BuiltinId::Copy: {
      if (!nargs(2, 2)) return;
      Operand d, s;
      expr(d, call->args[0]);
      expr(s, call->args[1]);
      if (d.invalid() || s.invalid()) return;
      Type* du = underlying(d.type);
      Type* su = underlying(s.type);
      if (du->kind != TypeKind::Slice) {
        error(startPos(d.expr), "invalid argument: copy expects slice arguments; found " + opString(d) +
                                    " and " + opString(s));
        return;
      }
      if (isString(su) && isBasic(underlying(du->elem), BasicKind::Uint8)) {
        if (isUntyped(s.type)) convertUntyped(s, basicType(BasicKind::String));
      } else if (su->kind != TypeKind::Slice) {
        error(startPos(d.expr), "invalid argument: copy expects slice arguments; found " + opString(d) +
                                    " and " + opString(s));
        return;
      } else if (du->elem != su->elem) {
        error(startPos(d.expr), "invalid argument: arguments to copy " + opString(d) + " and " +
                                    opString(s) + " have different element types " + ts(du->elem) +
                                    " and " + ts(su->elem));
        return;
      }
      x.mode = ExprMode::Value;
      x.type = basicType(BasicKind::Int);
      return;
    }
    case BuiltinId::Delete: {
      if (!nargs(2, 2)) return;
      Operand m, k;
      expr(m, call->args[0]);
      expr(k, call->args[1]);
      if (m.invalid() || k.invalid()) return;
      Type* u = underlying(m.type);
      if (u->kind != TypeKind::Map) {
        error(startPos(m.expr), "invalid argument: " + opString(m) + " is not a map");
        return;
      }
      assignment(k, u->key, "argument to delete");
      x.mode = ExprMode::NoValue;
      x.type = emptyTuple();
      return;
    }
    case BuiltinId::Make: {
      if (n == 0) {
        error(startPos(call), "invalid operation: not enough arguments for " + exprString(call) +
                                  " (expected 1, found 0)");
        return;
      }
      Type* T = typExpr(call->args[0]);
      if (T == invalidType()) { useAll(1); return; }
      Type* u = underlying(T);
      size_t lo = 1, hi = 1;
      switch (u->kind) {
        case TypeKind::Slice: lo = 2; hi = 3; break;
        case TypeKind::Map: case TypeKind::Chan: lo = 1; hi = 2; break;
        default:
          error(startPos(call->args[0]), "invalid argument: cannot make " + exprString(call->args[0]) +
                                             "; type must be slice, map, or channel");
          useAll(1);
          return;
      }
      if (n < lo || n > hi) {
        error(call->pos, "invalid operation: " + exprString(call) + " expects " + std::to_string(lo) +
                             (hi > lo ? " or " + std::to_string(hi) : std::string()) +
                             " arguments; found " + std::to_string(n));
        useAll(1);
        return;
      }
      int64_t sizes[2] = {-1, -1};
      for (size_t i = 1; i < n; i++) {
        Operand a;
        expr(a, call->args[i]);
        if (a.invalid()) continue;
        if (a.mode == ExprMode::Constant) {
          if (isUntyped(a.type)) {
            Value iv = a.val.toInt();
            if (!iv.known() || !isNumeric(a.type)) {
              error(startPos(a.expr), opString(a) + " truncated to int");
              continue;
            }
            a.val = iv;
            convertUntyped(a, basicType(BasicKind::Int));
            if (a.invalid()) continue;
          }
          if (!isInteger(a.type)) {
            error(startPos(a.expr), "cannot convert " + opString(a) + " to type int");
            continue;
          }
          if (a.val.sign() < 0) {
            error(startPos(a.expr), "invalid argument: index " + opString(a) + " must not be negative");
            continue;
          }
          bool ok;
          sizes[i - 1] = a.val.int64Val(&ok);
        } else {
          if (isUntyped(a.type)) convertUntyped(a, basicType(BasicKind::Int));
          if (!isInteger(a.type)) {
            error(startPos(a.expr), "cannot convert " + opString(a) + " to type int");
          }
        }
      }
      if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1])
        error(startPos(call->args[1]), "invalid argument: length and capacity swapped");
      x.mode = ExprMode::Value;
      x.type = T;
      return;
    }
    case BuiltinId::New: {
      if (!nargs(1, 1)) return;
      Type* T = typExpr(call->args[0]);
      if (T == invalidType()) return;
      x.mode = ExprMode::Value;
      x.type = newPointer(T);
      return;
    }
    case BuiltinId::Panic: {
      if (!nargs(1, 1)) return;
      Operand a;
      expr(a, call->args[0]);
      if (!a.invalid()) assignment(a, emptyInterface(), "argument to panic");
      x.mode = ExprMode::NoValue;
      x.type = emptyTuple();
      return;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      if (n == 1) {  // print(f()) with a multi-value f
        std::vector<Operand> xs;
        multiExpr(xs, call->args[0]);
        if (xs.size() > 1) {
          x.mode = ExprMode::NoValue;
          x.type = emptyTuple();
          return;
        }
      }
      for (size_t i = 0; i < n; i++) {
        Operand a;
        expr(a, call->args[i]);
        if (a.invalid()) continue;
        if (isBasic(a.type, BasicKind::UntypedNil)) {
          error(startPos(a.expr), "use of untyped nil in argument to built-in " + name);
          continue;
        }
        assignment(a, nullptr, "argument to " + name);
      }
      x.mode = ExprMode::NoValue;
      x.type = emptyTuple();
      return;
    }
    case BuiltinId::Recover: {
      if (!nargs(0, 0)) return;
      x.mode = ExprMode::Value;
      x.type = emptyInterface();
      return;
    }
    case BuiltinId::Close: {
      if (!nargs(1, 1)) return;
      Operand a;
      expr(a, call->args[0]);
      if (a.invalid()) return;
      Type* u = underlying(a.type);
      if (u->kind != TypeKind::Chan) {
        error(startPos(a.expr), "invalid operation: cannot close non-channel " + opString(a));
        return;
      }
      if (u->dir == ChanDirection::Recv) {
        error(startPos(a.expr), "invalid operation: cannot close receive-only channel " + opString(a));
        return;
      }
      x.mode = ExprMode::NoValue;
      x.type = emptyTuple();
      return;
    }
    case BuiltinId::Complex: {
      if (!nargs(2, 2)) return;
      Operand r, i;
      expr(r, call->args[0]);
      expr(i, call->args[1]);
      if (r.invalid() || i.invalid()) return;
      // Untyped operands take the other's type; both untyped -> untyped complex.
      if (isUntyped(r.type) && !isUntyped(i.type)) convertUntyped(r, i.type);
      else if (isUntyped(i.type) && !isUntyped(r.type)) convertUntyped(i, r.type);
      if (r.invalid() || i.invalid()) return;
      if (isUntyped(r.type) && isUntyped(i.type)) {
        if (!isNumeric(r.type) || !isNumeric(i.type) || r.mode != ExprMode::Constant ||
            i.mode != ExprMode::Constant) {
          invalidArg(isNumeric(r.type) ? i : r);
          return;
        }
        Value rv = r.val.toFloat(), iv = i.val.toFloat();
        if (!rv.known() || !iv.known()) {
          invalidArg(!rv.known() ? r : i);
          return;
        }
        x.mode = ExprMode::Constant;
        x.type = basicType(BasicKind::UntypedComplex);
        x.val = Value::makeComplex(rv, iv);
        return;
      }
      if (r.type != i.type) {
        error(startPos(r.expr), "invalid operation: " + exprString(call) + " (mismatched types " + ts(r.type) +
                             " and " + ts(i.type) + ")");
        return;
      }
      Type* res = nullptr;
      if (isBasic(r.type, BasicKind::Float32)) res = basicType(BasicKind::Complex64);
      else if (isBasic(r.type, BasicKind::Float64)) res = basicType(BasicKind::Complex128);
      if (!res) {
        error(startPos(r.expr), "invalid argument: arguments have type " + ts(r.type) +
                                    ", expected floating-point");
        return;
      }
      if (r.mode == ExprMode::Constant && i.mode == ExprMode::Constant) {
        x.mode = ExprMode::Constant;
        x.val = Value::makeComplex(r.val, i.val);
      } else {
        x.mode = ExprMode::Value;
      }
      x.type = res;
      return;
    }
    case BuiltinId::Real:
    case BuiltinId::Imag: {
      if (!nargs(1, 1)) return;
      Operand a;
      expr(a, call->args[0]);
      if (a.invalid()) return;
      if (isUntyped(a.type)) {
        if (a.mode == ExprMode::Constant && isNumeric(a.type)) {
          x.mode = ExprMode::Constant;
          x.type = basicType(BasicKind::UntypedFloat);
          x.val = id == BuiltinId::Real ? a.val.real() : a.val.imag();
          if (x.val.kind() == Value::Int) x.val = x.val.toFloat();
          return;
        }
        convertUntyped(a, basicType(BasicKind::Complex128));
      }
      Type* res = nullptr;
      if (isBasic(a.type, BasicKind::Complex64)) res = basicType(BasicKind::Float32);
      else if (isBasic(a.type, BasicKind::Complex128)) res = basicType(BasicKind::Float64);
      if (!res) {
        error(startPos(a.expr), "invalid argument: " + opString(a) + " must be of complex type");
        return;
      }
      if (a.mode == ExprMode::Constant) {
        x.mode = ExprMode::Constant;
        x.val = id == BuiltinId::Real ? a.val.real() : a.val.imag();
      } else {
        x.mode = ExprMode::Value;
      }
      x.type = res;
      return;
    }
    case BuiltinId::Sizeof:
    case BuiltinId::Alignof: {
      if (!nargs(1, 1)) return;
      Operand a;
      expr(a, call->args[0]);
      if (a.invalid()) return;
      if (isUntyped(a.type)) convertUntyped(a, nullptr);
      int64_t s, al;
      sizeAlign(a.type, &s, &al);
      x.mode = ExprMode::Constant;
      x.type = basicType(BasicKind::Uintptr);
      x.val = Value::makeInt64(id == BuiltinId::Sizeof ? s : al);
      return;
    }
    case BuiltinId::Offsetof: {
      if (!nargs(1, 1)) return;
      Expr* arg = call->args[0];
      while (auto* p = dyn_cast<ParenExpr>(arg)) arg = p->x;
      auto* sel = dyn_cast<SelectorExpr>(arg);
      if (!sel) {
        error(startPos(arg), "invalid argument: " + exprString(arg) + " is not a selector expression");
        return;
      }
      Operand a;
      expr(a, arg);
      if (a.invalid()) return;
      if (!sel->selection || sel->selection->kind != SelKind::FieldVal) {
        error(startPos(arg), "invalid argument: " + exprString(arg) + " is a method value");
        return;
      }
      // Offset within the struct holding the field (last path step).
      Type* st = underlying(sel->x->type);
      if (st->kind == TypeKind::Pointer) st = underlying(st->elem);
      const auto& path = sel->selection->path;
      for (size_t i = 0; i + 1 < path.size(); i++) {
        st = underlying(st->fields[path[i]].type);
        if (st->kind == TypeKind::Pointer) st = underlying(st->elem);
      }
      int64_t off = 0;
      for (int i = 0; i <= path.back(); i++) {
        int64_t s, al;
        sizeAlign(st->fields[i].type, &s, &al);
        off = (off + al - 1) / al * al;
        if (i < path.back()) off += s;
      }
      x.mode = ExprMode::Constant;
      x.type = basicType(BasicKind::Uintptr);
      x.val = Value::makeInt64(off);
      return;
    }
  }
}

}  // namespace mgo::fe
