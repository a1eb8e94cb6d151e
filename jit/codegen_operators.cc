// codegen_operators.cc — the binary operators on values (emitBinaryOp: arithmetic,
// bitwise, shifts, string concatenation, complex numbers), comparisons (emitCompare,
// emitEqual: Go's == on every comparable type), with the checks Go requires:
//   - integer division: y == 0 -> mgo_rt_panicdivide; signed x / -1 is computed as -x
//     (and x % -1 as 0) so MinInt / -1 wraps as in Go instead of trapping; at -O0 a
//     signed division by a constant is a multiply-high by a magic number (divByConstant),
//     as gc emits, instead of FastISel's idiv (20-90 cycles). At -O1/-O2 LLVM's backend
//     does that itself, and better: there the i128 multiply would reach the optimiser,
//     which rewrites it into a form the backend no longer matches as one imul (a loop
//     of `s = (s*31 + i) % 1000003` ran 0.86 s at -O1 against 0.58 s at -O0, 2026-11-28);
//   - shifts: counts >= width give 0 (or the sign fill for >>), a negative signed count
//     panics (mgo_rt_panicshift, checked by the caller, emitBinary in codegen_expr.cc).
#include "jit/codegen.h"
#include "llvm/Support/DivisionByConstantInfo.h"

namespace mgo::jit {

using namespace fe;

llvm::Value* Codegen::emitBinaryOp(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, Pos pos) {
  t = stripUntyped(t);
  const Type* u = underlying(t);
  if (isString(u)) {
    if (op != Tok::Add) unsupported(pos, "internal error: string operator");
    llvm::Value* parts = entryAlloca(llvm::ArrayType::get(stringTy_, 2), "concat");
    b.CreateStore(x, b.CreateConstGEP2_64(llvm::ArrayType::get(stringTy_, 2), parts, 0, 0));
    b.CreateStore(y, b.CreateConstGEP2_64(llvm::ArrayType::get(stringTy_, 2), parts, 0, 1));
    return callRT("mgo_rt_concatstrings", stringTy_, {fs->g, parts, constI64(2)});
  }
  if (isFloat(u)) {
    switch (op) {
      case Tok::Add: return b.CreateFAdd(x, y);
      case Tok::Sub: return b.CreateFSub(x, y);
      case Tok::Mul: return b.CreateFMul(x, y);
      case Tok::Quo: return b.CreateFDiv(x, y);
      default: unsupported(pos, "internal error: float operator");
    }
  }
  if (isComplex(u)) {
    llvm::Value* a = b.CreateExtractValue(x, 0);
    llvm::Value* bi = b.CreateExtractValue(x, 1);
    llvm::Value* c = b.CreateExtractValue(y, 0);
    llvm::Value* d = b.CreateExtractValue(y, 1);
    llvm::Value *re, *im;
    switch (op) {
      case Tok::Add: re = b.CreateFAdd(a, c); im = b.CreateFAdd(bi, d); break;
      case Tok::Sub: re = b.CreateFSub(a, c); im = b.CreateFSub(bi, d); break;
      case Tok::Mul:
        re = b.CreateFSub(b.CreateFMul(a, c), b.CreateFMul(bi, d));
        im = b.CreateFAdd(b.CreateFMul(a, d), b.CreateFMul(bi, c));
        break;
      case Tok::Quo: {
        llvm::Value* den = b.CreateFAdd(b.CreateFMul(c, c), b.CreateFMul(d, d));
        re = b.CreateFDiv(b.CreateFAdd(b.CreateFMul(a, c), b.CreateFMul(bi, d)), den);
        im = b.CreateFDiv(b.CreateFSub(b.CreateFMul(bi, c), b.CreateFMul(a, d)), den);
        break;
      }
      default: unsupported(pos, "internal error: complex operator");
    }
    return b.CreateInsertValue(b.CreateInsertValue(x, re, 0), im, 1);
  }
  bool uns = isUnsigned(u);
  unsigned width = x->getType()->getIntegerBitWidth();
  switch (op) {
    case Tok::Add: return b.CreateAdd(x, y);
    case Tok::Sub: return b.CreateSub(x, y);
    case Tok::Mul: return b.CreateMul(x, y);
    case Tok::And: return b.CreateAnd(x, y);
    case Tok::Or: return b.CreateOr(x, y);
    case Tok::Xor: return b.CreateXor(x, y);
    case Tok::AndNot: return b.CreateAnd(x, b.CreateNot(y));
    case Tok::Quo: case Tok::Rem: {
      if (!uns && optLevel == 0) {
        if (llvm::Value* q = divByConstant(x, y, op == Tok::Rem)) return q;
      }
      llvm::Value* zero = llvm::ConstantInt::get(y->getType(), 0);
      panicIf(b.CreateICmpEQ(y, zero), "mgo_rt_panicdivide", {fs->g});
      if (uns) return op == Tok::Quo ? b.CreateUDiv(x, y) : b.CreateURem(x, y);
      // x / -1 == -x and x % -1 == 0 without the MinInt trap.
      llvm::Value* m1 = b.CreateICmpEQ(y, llvm::ConstantInt::getSigned(y->getType(), -1));
      llvm::Value* safeY = b.CreateSelect(m1, llvm::ConstantInt::get(y->getType(), 1), y);
      llvm::Value* r = op == Tok::Quo ? b.CreateSDiv(x, safeY) : b.CreateSRem(x, safeY);
      llvm::Value* alt = op == Tok::Quo ? b.CreateNeg(x) : zero;
      return b.CreateSelect(m1, alt, r);
    }
    case Tok::Shl: case Tok::Shr: {
      // y is an i64 count (non-negative, unsigned view).
      llvm::Value* big = b.CreateICmpUGE(y, b.getInt64(width));
      llvm::Value* cnt = b.CreateZExtOrTrunc(b.CreateSelect(big, b.getInt64(width - 1), y), x->getType());
      if (op == Tok::Shl)
        return b.CreateSelect(big, llvm::ConstantInt::get(x->getType(), 0), b.CreateShl(x, cnt));
      if (uns)
        return b.CreateSelect(big, llvm::ConstantInt::get(x->getType(), 0), b.CreateLShr(x, cnt));
      return b.CreateAShr(x, cnt);  // count clamped to width-1: the sign fill
    }
    default: unsupported(pos, "internal error: integer operator");
  }
}

// Signed x / d or x % d for a constant d with 2 <= |d| < 2^(w-1): Hacker's Delight's
// multiply-high by a magic number (LLVM's DivisionByConstantInfo, the expansion of its
// SelectionDAG's BuildSDIV), truncating toward zero as Go's division. Null for any other
// divisor (0 panics, +-1 and MinInt take the general path).
llvm::Value* Codegen::divByConstant(llvm::Value* x, llvm::Value* y, bool rem) {
  auto* c = llvm::dyn_cast<llvm::ConstantInt>(y);
  if (c == nullptr) return nullptr;
  const llvm::APInt& d = c->getValue();
  unsigned w = d.getBitWidth();
  if (w < 8 || d.isZero() || d.isOne() || d.isAllOnes() || d.isMinSignedValue()) return nullptr;
  llvm::SignedDivisionByConstantInfo magic = llvm::SignedDivisionByConstantInfo::get(d);
  llvm::Type* wide = llvm::IntegerType::get(ctx, 2 * w);
  llvm::Value* prod = b.CreateMul(b.CreateSExt(x, wide), llvm::ConstantInt::get(ctx, magic.Magic.sext(2 * w)));
  llvm::Value* q = b.CreateTrunc(b.CreateAShr(prod, 2 * w - w), x->getType());  // the high half
  if (d.isStrictlyPositive() && magic.Magic.isNegative()) q = b.CreateAdd(q, x);
  if (d.isNegative() && magic.Magic.isStrictlyPositive()) q = b.CreateSub(q, x);
  if (magic.ShiftAmount != 0) q = b.CreateAShr(q, magic.ShiftAmount);
  q = b.CreateAdd(q, b.CreateLShr(q, w - 1));  // round toward zero: +1 when negative
  return rem ? b.CreateSub(x, b.CreateMul(q, c)) : q;
}

llvm::Value* Codegen::emitCompare(Tok op, llvm::Value* x, llvm::Value* y, const Type* t) {
  t = stripUntyped(t);
  const Type* u = underlying(t);
  if (op == Tok::Eql || op == Tok::Neq) {
    llvm::Value* eq = emitEqual(x, y, t);
    return op == Tok::Eql ? eq : b.CreateNot(eq);
  }
  if (isString(u)) {
    llvm::Value* c = callRT("mgo_rt_cmpstring", i64_,
                            {b.CreateExtractValue(x, 0), b.CreateExtractValue(x, 1),
                             b.CreateExtractValue(y, 0), b.CreateExtractValue(y, 1)});
    x = c;
    y = constI64(0);
    u = basicType(BasicKind::Int);
  }
  if (isFloat(u)) {
    switch (op) {
      case Tok::Lss: return b.CreateFCmpOLT(x, y);
      case Tok::Leq: return b.CreateFCmpOLE(x, y);
      case Tok::Gtr: return b.CreateFCmpOGT(x, y);
      default: return b.CreateFCmpOGE(x, y);
    }
  }
  bool uns = isUnsigned(u);
  switch (op) {
    case Tok::Lss: return uns ? b.CreateICmpULT(x, y) : b.CreateICmpSLT(x, y);
    case Tok::Leq: return uns ? b.CreateICmpULE(x, y) : b.CreateICmpSLE(x, y);
    case Tok::Gtr: return uns ? b.CreateICmpUGT(x, y) : b.CreateICmpSGT(x, y);
    default: return uns ? b.CreateICmpUGE(x, y) : b.CreateICmpSGE(x, y);
  }
}

llvm::Value* Codegen::emitEqual(llvm::Value* x, llvm::Value* y, const Type* t) {
  t = stripUntyped(t);
  const Type* u = underlying(t);
  switch (u->kind) {
    case TypeKind::Basic:
      if (isString(u))
        return callRT("mgo_rt_eqstring", b.getInt1Ty(),
                      {b.CreateExtractValue(x, 0), b.CreateExtractValue(x, 1),
                       b.CreateExtractValue(y, 0), b.CreateExtractValue(y, 1)});
      if (isFloat(u)) return b.CreateFCmpOEQ(x, y);
      if (isComplex(u))
        return b.CreateAnd(b.CreateFCmpOEQ(b.CreateExtractValue(x, 0), b.CreateExtractValue(y, 0)),
                           b.CreateFCmpOEQ(b.CreateExtractValue(x, 1), b.CreateExtractValue(y, 1)));
      return b.CreateICmpEQ(x, y);
    case TypeKind::Interface: return ifaceEqual(x, y, t);
    case TypeKind::Struct: {
      llvm::Value* r = b.getInt1(true);
      for (size_t i = 0; i < u->fields.size(); ++i) {
        if (u->fields[i].name == "_") continue;
        r = b.CreateAnd(r, emitEqual(b.CreateExtractValue(x, i), b.CreateExtractValue(y, i),
                                     u->fields[i].type));
      }
      return r;
    }
    case TypeKind::Array: {
      if (u->len > 64) {
        // Large arrays: the runtime's generic equality.
        return callRT("mgo_rt_typeeq", b.getInt1Ty(), {fs->g, typeDesc(t), spill(x), spill(y)});
      }
      llvm::Value* r = b.getInt1(true);
      for (int64_t i = 0; i < u->len; ++i)
        r = b.CreateAnd(r, emitEqual(b.CreateExtractValue(x, i), b.CreateExtractValue(y, i), u->elem));
      return r;
    }
    default: return b.CreateICmpEQ(x, y);
  }
}

}  // namespace mgo::jit
