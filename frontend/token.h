// token.h — the lexical tokens of Go 1.19 (spec: "Lexical elements").
//
// Tok names follow Go's go/token where they exist (Add, Sub, Shl, AndNot, Arrow, Define...).
// Binary operator precedence is given by precedence(), as in the spec:
//   5  *  /  %  <<  >>  &  &^
//   4  +  -  |  ^
//   3  ==  !=  <  <=  >  >=
//   2  &&
//   1  ||
#pragma once

#include <cstdint>
#include <string_view>

namespace mgo::fe {

enum class Tok : uint8_t {
  Illegal,
  EOF_,

  // Literals and names.
  Ident,   // main
  Int,     // 12345, 0x1f, 0o17, 0b101, 1_000
  Float,   // 1.5, 1e3, 0x1p-2
  Imag,    // 2i, 1.5i
  Char,    // 'a', '\n'
  String,  // "abc", `raw`

  // Operators and punctuation.
  Add,     // +
  Sub,     // -
  Mul,     // *
  Quo,     // /
  Rem,     // %
  And,     // &
  Or,      // |
  Xor,     // ^
  Shl,     // <<
  Shr,     // >>
  AndNot,  // &^

  AddAssign,     // +=
  SubAssign,     // -=
  MulAssign,     // *=
  QuoAssign,     // /=
  RemAssign,     // %=
  AndAssign,     // &=
  OrAssign,      // |=
  XorAssign,     // ^=
  ShlAssign,     // <<=
  ShrAssign,     // >>=
  AndNotAssign,  // &^=

  LAnd,   // &&
  LOr,    // ||
  Arrow,  // <-
  Inc,    // ++
  Dec,    // --

  Eql,     // ==
  Lss,     // <
  Gtr,     // >
  Assign,  // =
  Not,     // !
  Tilde,   // ~ (Go 1.18 constraint syntax; only lexed so generics get a clear error)

  Neq,       // !=
  Leq,       // <=
  Geq,       // >=
  Define,    // :=
  Ellipsis,  // ...

  LParen,     // (
  LBrack,     // [
  LBrace,     // {
  Comma,      // ,
  Period,     // .
  RParen,     // )
  RBrack,     // ]
  RBrace,     // }
  Semicolon,  // ; (also an automatically inserted one: text "\n" or "EOF")
  Colon,      // :

  // Keywords.
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,

  Count_
};

// The source spelling of an operator or keyword ("+", "func"), or a name for the other
// kinds ("name", "literal", "EOF").
std::string_view tokString(Tok t);

inline bool isKeyword(Tok t) { return t >= Tok::Break && t <= Tok::Var; }
inline bool isLiteral(Tok t) { return t >= Tok::Int && t <= Tok::String; }
// Op-assign tokens (+= ... &^=).
inline bool isOpAssign(Tok t) { return t >= Tok::AddAssign && t <= Tok::AndNotAssign; }
// For an op-assign token, the binary operator it applies (AddAssign -> Add).
inline Tok opAssignBase(Tok t) {
  return static_cast<Tok>(static_cast<int>(t) - static_cast<int>(Tok::AddAssign) +
                          static_cast<int>(Tok::Add));
}

// Binary operator precedence (1..5), 0 for anything that is not a binary operator.
inline int precedence(Tok t) {
  switch (t) {
    case Tok::LOr: return 1;
    case Tok::LAnd: return 2;
    case Tok::Eql: case Tok::Neq: case Tok::Lss: case Tok::Leq: case Tok::Gtr:
    case Tok::Geq: return 3;
    case Tok::Add: case Tok::Sub: case Tok::Or: case Tok::Xor: return 4;
    case Tok::Mul: case Tok::Quo: case Tok::Rem: case Tok::Shl: case Tok::Shr:
    case Tok::And: case Tok::AndNot: return 5;
    default: return 0;
  }
}

}  // namespace mgo::fe
