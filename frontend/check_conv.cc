// check_conv.cc — implicit conversion of untyped operands, assignability with Go's
// messages, and explicit conversions T(x) (spec "Assignability", "Conversions",
// "Representability").
#include "frontend/check.h"

namespace mgo::fe {

namespace {
bool isNilType(const Type* t) {
  return t && t->kind == TypeKind::Basic && t->basic == BasicKind::UntypedNil;
}
}  // namespace

void Checker::updateExprType(Expr* e, Type* t) {
  while (e) {
    if (!e->type || !isUntyped(e->type)) return;
    e->type = t;
    if (e->mode == ExprMode::Constant) {
      if (e->constVal) {
        Value r;
        if (representable(*e->constVal, t, &r)) e->constVal = std::make_shared<const ConstValue>(r);
      }
      return;
    }
    if (auto* p = dyn_cast<ParenExpr>(e)) { e = p->x; continue; }
    if (auto* u = dyn_cast<UnaryExpr>(e)) {
      if (u->op == Tok::Add || u->op == Tok::Sub || u->op == Tok::Xor || u->op == Tok::Not) {
        e = u->x;
        continue;
      }
      return;
    }
    if (auto* b = dyn_cast<BinaryExpr>(e)) {
      if (b->op == Tok::Shl || b->op == Tok::Shr) {
        if (!isInteger(t) && t != invalidType()) {
          // 1 << s in a float context: the shifted constant would get a float type.
          error(startPos(b->x), "invalid operation: shifted operand " + exprString(b->x) +
                                    " (type " + ts(t) + ") must be integer");
          b->type = invalidType();
          return;
        }
        e = b->x;
        continue;
      }
      if (b->op == Tok::Eql || b->op == Tok::Neq || b->op == Tok::Lss || b->op == Tok::Leq ||
          b->op == Tok::Gtr || b->op == Tok::Geq)
        return;
      updateExprType(b->x, t);
      e = b->y;
      continue;
    }
    return;
  }
}

// Implicit conversion of an untyped operand; target nullptr means "default type".
// Errors use the standalone wording ("300 (untyped int constant) overflows int8").
void Checker::convertUntyped(Operand& x, Type* target) {
  if (x.invalid() || !isUntyped(x.type)) return;
  if (!target || (isInterface(target) && !isNilType(x.type))) {
    if (isNilType(x.type)) {
      if (!target) {
        error(startPos(x.expr), "use of untyped nil in assignment");
        x.mode = ExprMode::Invalid;
        x.type = invalidType();
        return;
      }
    }
    Type* d = defaultType(x.type);
    if (target && !isNilType(x.type) && !underlying(target)->methodSet.empty()) {
      // Only the empty interface (or error-free ones) accept a default-typed constant;
      // the assignability check reports the missing methods.
    }
    target = d;
  }
  if (isNilType(x.type)) {
    if (!hasNil(target)) {
      error(startPos(x.expr), "cannot convert nil to type " + ts(target));
      x.mode = ExprMode::Invalid;
      x.type = invalidType();
      return;
    }
    x.type = target;
    updateExprType(x.expr, target);
    if (x.expr) x.expr->type = target;
    return;
  }
  Type* u = underlying(target);
  if (u->kind != TypeKind::Basic || u->basic == BasicKind::Invalid) {
    if (u->kind == TypeKind::Basic) { x.type = target; return; }
    error(startPos(x.expr), "cannot convert " + opString(x) + " to type " + ts(target));
    x.mode = ExprMode::Invalid;
    x.type = invalidType();
    return;
  }
  if (x.mode == ExprMode::Constant) {
    Value r;
    if (!representable(x.val, target, &r)) {
      bool numeric = x.val.kind() >= Value::Int && isNumeric(target);
      if (numeric && x.val.kind() != Value::Complex && isInteger(target) && !x.val.toInt().known())
        error(startPos(x.expr), opString(x) + " truncated to " + ts(target));
      else if (numeric && (x.val.kind() != Value::Complex || isComplex(target)))
        error(startPos(x.expr), opString(x) + " overflows " + ts(target));
      else
        error(startPos(x.expr), "cannot convert " + opString(x) + " to type " + ts(target));
      x.mode = ExprMode::Invalid;
      x.type = invalidType();
      return;
    }
    x.val = r;
  } else {
    bool ok = true;
    switch (x.type->basic) {
      case BasicKind::UntypedBool: ok = isBoolean(target); break;
      case BasicKind::UntypedString: ok = isString(target); break;
      case BasicKind::UntypedInt: case BasicKind::UntypedRune:
        // A non-constant untyped int is a shift of an untyped constant.
        if (!isInteger(target)) {
          error(startPos(x.expr), "invalid operation: shifted operand " + opString(x) +
                                      " (type " + ts(target) + ") must be integer");
          x.mode = ExprMode::Invalid;
          x.type = invalidType();
          return;
        }
        break;
      default: ok = isNumeric(target); break;
    }
    if (!ok) {
      error(startPos(x.expr), "cannot convert " + opString(x) + " to type " + ts(target));
      x.mode = ExprMode::Invalid;
      x.type = invalidType();
      return;
    }
  }
  x.type = target;
  updateExprType(x.expr, target);
  if (x.expr) {
    x.expr->type = target;
    if (x.mode == ExprMode::Constant) x.expr->constVal = std::make_shared<const ConstValue>(x.val);
  }
}

std::string Checker::implementsReason(Type* V, Type* T) {
  std::string missing;
  bool wrong = false, ptr = false;
  implements(V, T, &missing, &wrong, &ptr);
  std::string vs = ts(V), tsn = ts(T);
  if (ptr) return vs + " does not implement " + tsn + " (" + missing + " method has pointer receiver)";
  if (wrong) {
    std::string have, want;
    Selection s;
    Type* iu = underlying(T);
    for (auto& m : iu->methodSet) if (m.name == missing) want = missing + typeStringQ(m.sig, pkg_).substr(4);
    if (isInterface(V)) {
      for (auto& m : underlying(V)->methodSet) if (m.name == missing) have = missing + typeStringQ(m.sig, pkg_).substr(4);
    } else if (lookupFieldOrMethod(V, false, pkg_, missing, &s) == LookupResult::Found && s.type) {
      have = missing + typeStringQ(s.type, pkg_).substr(4);
    }
    return vs + " does not implement " + tsn + " (wrong type for " + missing + " method)\n\t\thave " +
           have + "\n\t\twant " + want;
  }
  return vs + " does not implement " + tsn + " (missing " + missing + " method)";
}

bool Checker::representableConst(Operand& x, Type* T, bool report, const std::string& context) {
  Value r;
  if (representable(x.val, T, &r)) {
    x.val = r;
    return true;
  }
  if (report) {
    std::string why;
    if (x.val.kind() >= Value::Int && isNumeric(T)) {
      if (isInteger(T) && !x.val.toInt().known()) why = " (truncated)";
      else why = " (overflows)";
    }
    error(startPos(x.expr), "cannot use " + opString(x) + " as " + ts(T) + " value in " + context + why);
  }
  return false;
}

// Checks that x can be assigned to a variable of type T (T == nullptr: x gets its default
// type, as in `v := x`), converting untyped x. Reports with Go's wording.
void Checker::assignment(Operand& x, Type* T, const std::string& context) {
  if (x.invalid()) return;
  if (T == invalidType()) return;
  if (isUntyped(x.type)) {
    if (!T || (isInterface(T) && !isNilType(x.type))) {
      if (isNilType(x.type)) {
        error(startPos(x.expr), "use of untyped nil in " + context);
        x.mode = ExprMode::Invalid;
        x.type = invalidType();
        return;
      }
      if (x.mode == ExprMode::Constant && !representableConst(x, defaultType(x.type), true, context)) {
        x.mode = ExprMode::Invalid;
        x.type = invalidType();
        return;
      }
      convertUntyped(x, nullptr);
      if (x.invalid() || !T) return;
    } else if (isNilType(x.type)) {
      if (!hasNil(T)) {
        error(startPos(x.expr), "cannot use nil as " + ts(T) + " value in " + context);
        x.mode = ExprMode::Invalid;
        x.type = invalidType();
        return;
      }
      convertUntyped(x, T);
      return;
    } else {
      Type* u = underlying(T);
      bool kindOk = u->kind == TypeKind::Basic &&
                    ((isBoolean(x.type) && isBoolean(u)) || (isString(x.type) && isString(u)) ||
                     (isNumeric(x.type) && isNumeric(u)));
      if (!kindOk) {
        error(startPos(x.expr), "cannot use " + opString(x) + " as " + ts(T) + " value in " + context);
        x.mode = ExprMode::Invalid;
        x.type = invalidType();
        return;
      }
      if (x.mode == ExprMode::Constant) {
        if (!representableConst(x, T, true, context)) {
          x.mode = ExprMode::Invalid;
          x.type = invalidType();
          return;
        }
      }
      convertUntyped(x, T);
      if (x.invalid()) return;
    }
  }
  if (!T) return;
  if (!assignableTo(x.type, T)) {
    std::string msg = "cannot use " + opString(x) + " as type " + ts(T) + " in " + context;
    if (isInterface(T) && !isInterface(x.type)) msg += ":\n\t" + implementsReason(x.type, T);
    else if (isInterface(T) && isInterface(x.type)) msg += ":\n\t" + implementsReason(x.type, T);
    error(startPos(x.expr), msg);
    x.mode = ExprMode::Invalid;
    x.type = invalidType();
  }
}

bool Checker::convertibleTo(const Operand& x, Type* T) {
  Type* V = x.type;
  if (assignableTo(V, T)) return true;
  Type* vu = underlying(V);
  Type* tu = underlying(T);
  auto identIgnoreTags = [](Type* a, Type* b) {
    if (a == b) return true;
    if (a->kind != TypeKind::Struct || b->kind != TypeKind::Struct) return false;
    if (a->fields.size() != b->fields.size()) return false;
    for (size_t i = 0; i < a->fields.size(); i++) {
      const auto& f = a->fields[i];
      const auto& g = b->fields[i];
      if (f.name != g.name || f.type != g.type || f.embedded != g.embedded) return false;
    }
    return true;
  };
  if (identIgnoreTags(vu, tu)) return true;
  if (V->kind == TypeKind::Pointer && T->kind == TypeKind::Pointer &&
      identIgnoreTags(underlying(V->elem), underlying(T->elem)))
    return true;
  if ((isInteger(vu) || isFloat(vu)) && (isInteger(tu) || isFloat(tu))) return true;
  if (isComplex(vu) && isComplex(tu)) return true;
  if (isString(tu)) {
    if (isInteger(vu)) return true;
    if (vu->kind == TypeKind::Slice) {
      Type* eu = underlying(vu->elem);
      if (isBasic(eu, BasicKind::Uint8) || isBasic(eu, BasicKind::Int32)) return true;
    }
  }
  if (isString(vu) && tu->kind == TypeKind::Slice) {
    Type* eu = underlying(tu->elem);
    if (isBasic(eu, BasicKind::Uint8) || isBasic(eu, BasicKind::Int32)) return true;
  }
  bool vUnsafe = isBasic(vu, BasicKind::UnsafePointer), tUnsafe = isBasic(tu, BasicKind::UnsafePointer);
  if ((vUnsafe && (tu->kind == TypeKind::Pointer || isBasic(tu, BasicKind::Uintptr))) ||
      (tUnsafe && (vu->kind == TypeKind::Pointer || isBasic(vu, BasicKind::Uintptr))))
    return true;
  if (vu->kind == TypeKind::Slice && tu->kind == TypeKind::Pointer &&
      underlying(tu->elem)->kind == TypeKind::Array && underlying(tu->elem)->elem == vu->elem)
    return true;
  return false;
}

void Checker::conversion(Operand& x, Type* T, CallExpr* call) {
  bool constArg = x.mode == ExprMode::Constant;
  Type* tu = underlying(T);
  if (constArg && isConstType(T)) {
    Value r;
    bool ok = false;
    if (representable(x.val, T, &r)) {
      ok = true;
    } else if (isInteger(x.type) && isString(tu)) {
      // string(rune constant)
      bool exact;
      int64_t cp = x.val.int64Val(&exact);
      if (!exact || cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
      std::string s;
      uint32_t c = uint32_t(cp);
      if (c < 0x80) s += char(c);
      else if (c < 0x800) { s += char(0xC0 | (c >> 6)); s += char(0x80 | (c & 0x3F)); }
      else if (c < 0x10000) {
        s += char(0xE0 | (c >> 12)); s += char(0x80 | ((c >> 6) & 0x3F)); s += char(0x80 | (c & 0x3F));
      } else {
        s += char(0xF0 | (c >> 18)); s += char(0x80 | ((c >> 12) & 0x3F));
        s += char(0x80 | ((c >> 6) & 0x3F)); s += char(0x80 | (c & 0x3F));
      }
      r = Value::makeString(s);
      ok = true;
    } else if (isNumeric(x.type) && isNumeric(tu) && x.val.kind() >= Value::Int) {
      // float constant -> integer type with fraction: not representable (truncated).
      ok = false;
    }
    if (!ok) {
      if (isNumeric(x.type) && isInteger(tu) && x.val.kind() >= Value::Int && !x.val.toInt().known())
        error(startPos(x.expr), "cannot convert " + opString(x) + " to type " + ts(T) + " (truncated)");
      else
        error(startPos(x.expr), "cannot convert " + opString(x) + " to type " + ts(T));
      x.mode = ExprMode::Invalid;
      x.type = invalidType();
      return;
    }
    if (isUntyped(x.type) && !isString(tu)) convertUntyped(x, T);
    else if (isUntyped(x.type) && isString(tu) && isString(x.type)) convertUntyped(x, T);
    x.val = r;
    x.type = T;
    x.mode = ExprMode::Constant;
    call->isConversion = true;
    return;
  }
  if (isUntyped(x.type)) {
    if (isNilType(x.type)) {
      if (!hasNil(T)) {
        error(startPos(x.expr), "cannot convert nil to type " + ts(T));
        x.mode = ExprMode::Invalid;
        x.type = invalidType();
        return;
      }
      convertUntyped(x, T);
    } else {
      // Untyped constant to a non-constant type (interface, []byte, ...) or a
      // non-constant untyped value: use T when it is basic, else the default type.
      Type* target = (tu->kind == TypeKind::Basic && !constArg) ? T : nullptr;
      if (isInterface(T)) target = nullptr;
      if (x.mode != ExprMode::Constant && tu->kind == TypeKind::Basic) target = T;
      convertUntyped(x, target);
      if (x.invalid()) return;
    }
  }
  if (!convertibleTo(x, T)) {
    error(startPos(x.expr), "cannot convert " + opString(x) + " to type " + ts(T));
    x.mode = ExprMode::Invalid;
    x.type = invalidType();
    return;
  }
  x.mode = ExprMode::Value;
  x.type = T;
  call->isConversion = true;
}

}  // namespace mgo::fe
