// constant.h — exact values of Go constants (spec: "Constants", "Constant expressions").
//
// A ConstValue (alias Value) is what go/constant calls a constant.Value: Bool, String, Int (arbitrary
// precision, boost cpp_int), Float (exact rational, boost cpp_rational, so 0.1+0.2 == 0.3),
// or Complex (a pair of rationals). Unknown marks an invalid constant (an error was already
// reported); every operation on Unknown yields Unknown, so one error does not cascade.
//
// The value does not know its Go type: typed and untyped constants share this
// representation; the checker stores the type next to it (Expr::type). Arithmetic is always
// exact; the checker rounds/truncates with representable() when a value gets a typed type.
//
// Operations take the operator as a Tok (token.h): Add Sub Mul Quo Rem And Or Xor AndNot
// for binaryOp; Add Sub Xor Not for unaryOp; Shl Shr for shift; Eql Neq Lss Leq Gtr Geq for
// compare. Integer division (Quo on two Int values) truncates; pass intDiv=false to get the
// exact rational quotient (untyped float division of integer-valued operands).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "frontend/token.h"

namespace mgo::fe {

struct ValueRep;  // constant.cc: the boost numbers

struct ConstValue;
using Value = ConstValue;

struct ConstValue {
 public:
  enum Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };

  ConstValue() = default;  // Unknown
  Kind kind() const { return kind_; }
  bool known() const { return kind_ != Unknown; }

  // Constructors.
  static Value makeBool(bool b);
  static Value makeString(std::string s);
  static Value makeInt64(int64_t v);
  static Value makeUint64(uint64_t v);
  static Value makeFloat64(double v);  // Unknown for Inf/NaN
  // From a literal's source text (Tok::Int, Float, Imag, Char, String). Unknown if malformed.
  static Value fromLiteral(Tok kind, std::string_view text);

  // Accessors. boolVal/stringVal need the matching kind.
  bool boolVal() const;
  const std::string& stringVal() const;
  // Int values that fit; *exact reports whether it did (Float/Complex with an integral
  // value count as fitting when exactly integral).
  int64_t int64Val(bool* exact = nullptr) const;
  uint64_t uint64Val(bool* exact = nullptr) const;
  // Nearest float64 (correctly rounded, ties to even); for Complex the real part.
  double float64Val() const;
  double float32Val() const;  // nearest float32, as a double
  // Real and imaginary parts as Int/Float values (Int/Float: imag is 0).
  Value real() const;
  Value imag() const;
  // Sign: -1, 0, 1 (Complex: 0 iff zero, else 1).
  int sign() const;
  // The number of bits needed for |x| (Int only).
  size_t bitLen() const;
  // Float/Complex: magnitude beyond what Go's untyped constants hold (|x| >= 2^16384 or a
  // nonzero |x| < 2^-16384).
  bool tooLarge() const;

  // Conversions between numeric kinds; Unknown if not possible (e.g. 1.5 to Int).
  Value toInt() const;      // Float/Complex with integral value -> Int
  Value toFloat() const;    // Int -> Float; Complex with zero imag -> Float
  Value toComplex() const;  // Int/Float -> Complex

  // Arithmetic. Errors (division by zero) give Unknown and set *divByZero if given.
  static Value binaryOp(const Value& x, Tok op, const Value& y, bool intDiv = true,
                        bool* divByZero = nullptr);
  // Unary - + ^ !. For ^ on unsigned typed values pass the size in bits (prec > 0):
  // ^x is then computed as x XOR (1<<prec - 1); prec == 0 means signed/untyped (-x-1).
  static Value unaryOp(Tok op, const Value& x, unsigned prec = 0);
  // x << s, x >> s for an Int x (s is a count, already checked non-negative & bounded).
  static Value shift(const Value& x, Tok op, uint64_t s);
  static bool compare(const Value& x, Tok op, const Value& y);
  static Value makeComplex(const Value& re, const Value& im);

  // Representation. toString() is how Go's error messages print a constant:
  //   ints in decimal, floats shortest (e.g. "1.5", "1e+100"), complex "(1 + 2i)",
  //   strings quoted, bools "true"/"false".
  std::string toString() const;
  // Exact text of a float (for tests/debugging): "1/3".
  std::string exactString() const;

  // Copyable value semantics (the numeric payload is immutable and shared).
  const ValueRep* rep() const { return rep_.get(); }

 private:
  Kind kind_ = Unknown;
  bool b_ = false;
  std::string s_;
  std::shared_ptr<const ValueRep> rep_;  // Int, Float, Complex
  friend struct ValueOps;
};

// The basic kinds a constant can be made representable in (mirrors BasicKind in types.h;
// kept separate so this header stands alone). See types.h: representable(Value, Type*).
enum class RepKind : uint8_t {
  Int8, Int16, Int32, Int64, Uint8, Uint16, Uint32, Uint64,  // Int/Uint/Uintptr map to 64
  Float32, Float64, Complex64, Complex128, String, Bool,
  UntypedInt, UntypedFloat, UntypedComplex,  // any Int/Float/Complex of the right shape
};
// Whether x can be represented in kind k. For floats and complexes the rounded value is
// stored in *rounded (so `const f float32 = 0.1` keeps float32(0.1)); for ints *rounded = x.
// Go: a float constant is representable in float32/64 if it does not overflow after
// rounding; an int constant must fit exactly.
bool representableAs(const Value& x, RepKind k, Value* rounded);

}  // namespace mgo::fe
