// check_ops.cc — unary and binary operators, shifts and comparisons, with constant
// folding (spec "Operators", "Constant expressions").
#include "frontend/check.h"

namespace mgo::fe {

namespace {
bool isNilType(const Type* t) {
  return t && t->kind == TypeKind::Basic && t->basic == BasicKind::UntypedNil;
}
int untypedRank(const Type* t) {
  switch (t->basic) {
    case BasicKind::UntypedInt: return 1;
    case BasicKind::UntypedRune: return 2;
    case BasicKind::UntypedFloat: return 3;
    case BasicKind::UntypedComplex: return 4;
    default: return 0;
  }
}
}  // namespace

// Go limits untyped integer constants to 512 bits ("constant multiplication overflow").
bool Checker::constOverflow(Operand& x, Tok op, Pos pos) {
  if (x.mode != ExprMode::Constant || !isUntyped(x.type)) return false;
  bool over = false;
  if (x.val.kind() == Value::Int) over = x.val.bitLen() > 512;
  else if (x.val.kind() == Value::Float || x.val.kind() == Value::Complex)
    over = x.val.tooLarge();
  if (!over) return false;
  const char* name = "";
  switch (op) {
    case Tok::Add: name = "addition "; break;
    case Tok::Sub: name = "subtraction "; break;
    case Tok::Mul: name = "multiplication "; break;
    case Tok::Shl: name = "shift "; break;
    case Tok::Quo: name = "division "; break;
    default: break;
  }
  error(pos, std::string("constant ") + name + "overflow");
  x.mode = ExprMode::Invalid;
  x.type = invalidType();
  return true;
}

void Checker::unary(Operand& x, UnaryExpr* e) {
  if (e->op == Tok::And) {
    // &x: x addressable, or a composite literal (possibly parenthesised).
    Expr* inner = e->x;
    while (auto* p = dyn_cast<ParenExpr>(inner)) inner = p->x;
    Operand y;
    expr(y, e->x);
    if (y.invalid()) return;
    if (!isa<CompositeLit>(inner)) {
      if (y.mode != ExprMode::Variable) {
        error(startPos(e->x), "invalid operation: cannot take address of " + opString(y));
        return;
      }
      markAddrTaken(e->x);
    }
    x.mode = ExprMode::Value;
    x.type = newPointer(y.type);
    return;
  }
  if (e->op == Tok::Arrow) {
    Operand y;
    expr(y, e->x);
    if (y.invalid()) return;
    Type* u = underlying(y.type);
    if (u->kind != TypeKind::Chan) {
      error(startPos(e->x), "invalid operation: cannot receive from non-channel " + opString(y));
      return;
    }
    if (u->dir == ChanDirection::Send) {
      error(startPos(e->x), "invalid operation: cannot receive from send-only channel " + opString(y));
      return;
    }
    x.mode = ExprMode::CommaOk;
    x.type = u->elem;
    return;
  }
  expr(x, e->x);
  if (x.invalid()) return;
  bool ok = false;
  switch (e->op) {
    case Tok::Add: case Tok::Sub: ok = isNumeric(x.type); break;
    case Tok::Xor: ok = isInteger(x.type); break;
    case Tok::Not: ok = isBoolean(x.type); break;
    default: break;
  }
  if (!ok) {
    error(startPos(e->x), "invalid operation: operator " + std::string(tokString(e->op)) +
                              " not defined on " + opString(x));
    x.mode = ExprMode::Invalid;
    return;
  }
  if (x.mode == ExprMode::Constant) {
    unsigned prec = 0;
    if (isUnsigned(x.type)) prec = basicSizeBits(underlying(x.type)->basic);
    Value v = Value::unaryOp(e->op, x.val, prec);
    if (isTyped(x.type)) {
      Value r;
      if (!representable(v, x.type, &r)) {
        Operand o = x;
        o.val = v;
        o.expr = e;
        error(startPos(e), opString(o) + " overflows " + ts(x.type));
        x.mode = ExprMode::Invalid;
        return;
      }
      v = r;
    }
    x.val = v;
    if (e->op == Tok::Xor && isUntyped(x.type) && x.val.bitLen() > 512) {
      error(startPos(e), "constant bitwise complement overflow");
      x.mode = ExprMode::Invalid;
    }
    return;
  }
  x.mode = ExprMode::Value;
}

void Checker::binary(Operand& x, BinaryExpr* e, Expr* lhs, Expr* rhs, Tok op) {
  // e is nullptr for the operation of an op-assignment (x += y).
  auto estr = [&]() {
    return e ? exprString(e) : exprString(lhs) + " " + std::string(tokString(op)) + " " + exprString(rhs);
  };
  Pos epos = e ? startPos(e) : startPos(lhs);
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  auto fail = [&]() {
    x.mode = ExprMode::Invalid;
    x.type = invalidType();
    x.expr = e;
  };
  if (x.invalid() || y.invalid()) return fail();
  if (op == Tok::Shl || op == Tok::Shr) {
    if (!e) {
      // x <<= y: the result has x's type.
      shift(x, y, nullptr, op);
      return;
    }
    shift(x, y, e, op);
    x.expr = e;
    return;
  }
  auto mismatch = [&]() {
    error(epos, "invalid operation: " + estr() + " (mismatched types " +
                    ts(x.type) + " and " + ts(y.type) + ")");
    fail();
  };
  bool xu = isUntyped(x.type), yu = isUntyped(y.type);
  cmpXNil_ = isNilType(x.type);
  cmpYNil_ = isNilType(y.type);
  // Implicit conversion of an untyped operand to the other operand's type.
  auto canConvert = [&](Operand& u, Operand& t) {
    if (isNilType(u.type)) return hasNil(t.type);
    if (isInterface(t.type)) return true;
    if (isBoolean(u.type)) return isBoolean(t.type);
    if (isString(u.type)) return isString(t.type);
    return isNumeric(t.type);
  };
  if (xu && !yu) {
    if (!canConvert(x, y)) return mismatch();
    convertUntyped(x, y.type);
    if (x.invalid()) return fail();
  } else if (yu && !xu) {
    if (!canConvert(y, x)) return mismatch();
    convertUntyped(y, x.type);
    if (y.invalid()) return fail();
  } else if (xu && yu) {
    if (isNumeric(x.type) && isNumeric(y.type)) {
      Type* t = untypedRank(x.type) >= untypedRank(y.type) ? x.type : y.type;
      x.type = t;
      y.type = t;
    } else if (x.type != y.type) {
      return mismatch();
    }
  }
  bool isCmp = op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq ||
               op == Tok::Gtr || op == Tok::Geq;
  if (isCmp) {
    if (!e) {
      error(epos, "invalid operation: operator " + std::string(tokString(op)) + " not defined on " + opString(x));
      return fail();
    }
    comparison(x, y, op, e);
    x.expr = e;
    return;
  }
  if (x.type != y.type) return mismatch();
  bool ok = false;
  switch (op) {
    case Tok::Add: ok = isNumeric(x.type) || isString(x.type); break;
    case Tok::Sub: case Tok::Mul: case Tok::Quo: ok = isNumeric(x.type); break;
    case Tok::Rem: case Tok::And: case Tok::Or: case Tok::Xor: case Tok::AndNot:
      ok = isInteger(x.type);
      break;
    case Tok::LAnd: case Tok::LOr: ok = isBoolean(x.type); break;
    default: break;
  }
  if (!ok) {
    error(startPos(lhs), "invalid operation: operator " + std::string(tokString(op)) +
                            " not defined on " + opString(x));
    return fail();
  }
  if ((op == Tok::Quo || op == Tok::Rem) && (x.mode == ExprMode::Constant || isInteger(x.type)) &&
      y.mode == ExprMode::Constant && y.val.sign() == 0) {
    error(startPos(rhs), "invalid operation: division by zero");
    return fail();
  }
  if (x.mode == ExprMode::Constant && y.mode == ExprMode::Constant) {
    bool dz = false;
    Value v = Value::binaryOp(x.val, op, y.val, isInteger(x.type), &dz);
    if (dz) {
      error(startPos(rhs), "invalid operation: division by zero");
      return fail();
    }
    if (isTyped(x.type)) {
      Value r;
      if (!representable(v, x.type, &r)) {
        Operand o = x;
        o.val = v;
        o.expr = e;
        error(epos, (e ? opString(o) : "constant " + v.toString()) + " overflows " + ts(x.type));
        return fail();
      }
      v = r;
    }
    x.val = v;
    x.expr = e;
    constOverflow(x, op, epos);
    return;
  }
  x.mode = ExprMode::Value;
  x.expr = e;
}

void Checker::shift(Operand& x, Operand& y, BinaryExpr* e, Tok op) {
  auto fail = [&]() {
    x.mode = ExprMode::Invalid;
    x.type = invalidType();
  };
  // The shift count.
  if (y.mode == ExprMode::Constant) {
    Value yi = y.val.toInt();
    if (!yi.known() || !isNumeric(y.type)) {
      if (isNumeric(y.type)) error(startPos(y.expr), opString(y) + " truncated to uint");
      else error(startPos(y.expr), "invalid operation: shift count " + opString(y) + " must be integer");
      return fail();
    }
    if (yi.sign() < 0) {
      error(startPos(y.expr), "invalid operation: negative shift count " + opString(y));
      return fail();
    }
    if (isUntyped(y.type)) {
      y.val = yi;
      convertUntyped(y, basicType(BasicKind::Uint));
      if (y.invalid()) return fail();
    } else if (!isInteger(y.type)) {
      error(startPos(y.expr), "invalid operation: shift count " + opString(y) + " must be integer");
      return fail();
    }
  } else {
    if (isUntyped(y.type)) convertUntyped(y, basicType(BasicKind::Uint));
    if (!isInteger(y.type)) {
      error(startPos(y.expr), "invalid operation: shift count " + opString(y) + " must be integer");
      return fail();
    }
  }
  // The shifted operand.
  if (x.mode == ExprMode::Constant && isUntyped(x.type) && isNumeric(x.type)) {
    Value xi = x.val.toInt();
    if (xi.known()) {
      x.val = xi;
      if (y.mode != ExprMode::Constant) {
        // Non-constant shift of an untyped constant: its type comes from the context
        // (convertUntyped -> updateExprType gives the shifted operand that type).
        x.mode = ExprMode::Value;
        x.type = basicType(BasicKind::UntypedInt);
        return;
      }
      x.type = basicType(BasicKind::UntypedInt);
    }
  }
  if (!isInteger(x.type)) {
    error(startPos(x.expr), "invalid operation: shifted operand " + opString(x) + " must be integer");
    return fail();
  }
  if (x.mode == ExprMode::Constant && y.mode == ExprMode::Constant) {
    bool ok;
    uint64_t s = y.val.uint64Val(&ok);
    if (!ok || s > 10000) {
      error(startPos(y.expr), "invalid shift count " + opString(y));
      return fail();
    }
    Value v = Value::shift(x.val, op, s);
    if (isTyped(x.type)) {
      Value r;
      if (!representable(v, x.type, &r)) {
        Operand o = x;
        o.val = v;
        o.expr = e;
        error(e ? startPos(e) : startPos(x.expr),
              (e ? opString(o) : "constant " + v.toString()) + " overflows " + ts(x.type));
        return fail();
      }
      v = r;
    }
    x.val = v;
    constOverflow(x, op, e ? startPos(e) : startPos(x.expr));
    return;
  }
  x.mode = ExprMode::Value;
}

// Why values of type t cannot be compared, as Go words it.
std::string Checker::incomparableCause(Type* t) {
  Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Slice: case TypeKind::Signature: case TypeKind::Map: {
      std::string what = u->kind == TypeKind::Slice ? "slice" : u->kind == TypeKind::Map ? "map" : "func";
      return what + " can only be compared to nil";
    }
    case TypeKind::Struct:
      for (auto& f : u->fields)
        if (!comparable(f.type)) {
          Type* fu = underlying(f.type);
          if (fu->kind == TypeKind::Struct || fu->kind == TypeKind::Array) return incomparableCause(f.type);
          return "struct containing " + ts(f.type) + " cannot be compared";
        }
      break;
    case TypeKind::Array:
      return ts(t) + " cannot be compared";
    default:
      break;
  }
  return ts(t) + " cannot be compared";
}

void Checker::comparison(Operand& x, Operand& y, Tok op, Expr* e) {
  auto fail = [&]() {
    x.mode = ExprMode::Invalid;
    x.type = invalidType();
  };
  bool eq = op == Tok::Eql || op == Tok::Neq;
  if (!(assignableTo(x.type, y.type) || assignableTo(y.type, x.type))) {
    error(startPos(y.expr), "invalid operation: " + exprString(e) + " (mismatched types " + ts(x.type) +
                           " and " + ts(y.type) + ")");
    return fail();
  }
  if (eq) {
    if (isNilType(x.type) && isNilType(y.type)) {
      error(startPos(e), "invalid operation: " + exprString(e) + " (operator " +
                             std::string(tokString(op)) + " not defined on nil)");
      return fail();
    }
    auto bad = [&](Operand& o, Operand& other) -> bool {
      if (comparable(o.type)) return false;
      bool otherNil = &other == &y ? cmpYNil_ : cmpXNil_;
      bool selfNil = &o == &y ? cmpYNil_ : cmpXNil_;
      if ((isNilType(other.type) || otherNil) && hasNil(o.type)) return false;
      if (isNilType(o.type) || selfNil) return false;
      Type* u = underlying(o.type);
      std::string what = u->kind == TypeKind::Slice ? "slice" : u->kind == TypeKind::Map ? "map"
                         : u->kind == TypeKind::Signature ? "func" : "";
      if (!what.empty())
        error(startPos(e), "invalid operation: " + exprString(e) + " (" + what +
                               " can only be compared to nil)");
      else
        error(startPos(e), "invalid operation: " + exprString(e) + " (" + incomparableCause(o.type) + ")");
      return true;
    };
    if (bad(x, y) || bad(y, x)) return fail();
  } else {
    auto ordered = [](Type* t) { return isInteger(t) || isFloat(t) || isString(t); };
    if (!ordered(x.type)) {
      error(startPos(e), "invalid operation: " + exprString(e) + " (operator " +
                             std::string(tokString(op)) + " not defined on " + opString(x) + ")");
      return fail();
    }
  }
  if (x.mode == ExprMode::Constant && y.mode == ExprMode::Constant) {
    x.val = Value::makeBool(Value::compare(x.val, op, y.val));
    x.type = basicType(BasicKind::UntypedBool);
    return;
  }
  // Untyped operands of a non-constant comparison get their default types.
  if (isUntyped(x.type) && !isNilType(x.type)) convertUntyped(x, nullptr);
  if (isUntyped(y.type) && !isNilType(y.type)) convertUntyped(y, nullptr);
  x.mode = ExprMode::Value;
  x.type = basicType(BasicKind::UntypedBool);
}

}  // namespace mgo::fe
