// Lexer tests: token kinds and positions, automatic semicolons, literals and their decoded
// values, and lexical errors with Go's wording and positions (checked against
// `go build` / `go tool compile` of the same input).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frontend/lexer.h"

using namespace mgo::fe;

namespace {

struct Lexed {
  std::vector<Token> toks;
  std::string errors;  // formatted like go build, one per line
};

Lexed lex(const std::string& src) {
  SourceFile f("x.go", src);
  Diagnostics d;
  d.addFile(f);
  Lexer l(f, d);
  Lexed out;
  for (int i = 0; i < 100000; i++) {
    Token t = l.next();
    out.toks.push_back(t);
    if (t.tok == Tok::EOF_) break;
  }
  out.errors = d.formatAll();
  return out;
}

// Compact rendering: kinds, with literal text for names/literals and "\n"/";"/"EOF" for
// semicolons.
std::string kinds(const std::string& src) {
  std::string s;
  for (const Token& t : lex(src).toks) {
    if (!s.empty()) s += ' ';
    switch (t.tok) {
      case Tok::Ident: case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char:
      case Tok::String:
        s += t.lit;
        break;
      case Tok::Semicolon:
        s += t.lit == "newline" ? "\\n" : t.lit == "EOF" ? "EOF;" : ";";
        break;
      case Tok::EOF_: s += "EOF"; break;
      default: s += std::string(tokString(t.tok));
    }
  }
  return s;
}

}  // namespace

TEST(Lexer, OperatorsAndKeywords) {
  EXPECT_EQ(kinds("+ - * / % & | ^ << >> &^"), "+ - * / % & | ^ << >> &^ EOF");
  EXPECT_EQ(kinds("+= -= *= /= %= &= |= ^= <<= >>= &^="),
            "+= -= *= /= %= &= |= ^= <<= >>= &^= EOF");
  EXPECT_EQ(kinds("&& || <- == != < <= > >= = := ! ~ ..."),
            "&& || <- == != < <= > >= = := ! ~ ... EOF");
  EXPECT_EQ(kinds("( [ { , . : ;"), "( [ { , . : ; EOF");
  EXPECT_EQ(kinds("break case chan const continue default defer else fallthrough for func go "
                  "goto if import interface map package range return select struct switch "
                  "type var"),
            "break case chan const continue default defer else fallthrough for func go goto "
            "if import interface map package range return select struct switch type var EOF");
  // Longest match: "..", "&^=" and "<-" sequences.
  EXPECT_EQ(kinds("a..b"), "a . . b EOF; EOF");
  EXPECT_EQ(kinds("x&^=y"), "x &^= y EOF; EOF");
  EXPECT_EQ(kinds("c<-<-d"), "c <- <- d EOF; EOF");
}

TEST(Lexer, Positions) {
  Lexed l = lex("package main\n\nfunc  f() {\n\tx := \"é\" + y\n}\n");
  ASSERT_GE(l.toks.size(), 12u);
  EXPECT_EQ(l.toks[0].pos, (Pos{0, 1, 1}));   // package
  EXPECT_EQ(l.toks[1].pos, (Pos{0, 1, 9}));   // main
  EXPECT_EQ(l.toks[2].pos, (Pos{0, 1, 13}));  // newline semicolon at the '\n'
  EXPECT_EQ(l.toks[3].pos, (Pos{0, 3, 1}));   // func
  EXPECT_EQ(l.toks[4].pos, (Pos{0, 3, 7}));   // f (two spaces before)
  EXPECT_EQ(l.toks[8].pos, (Pos{0, 4, 2}));   // x: a tab counts one column
  EXPECT_EQ(l.toks[10].pos, (Pos{0, 4, 7}));  // "é"
  EXPECT_EQ(l.toks[11].pos, (Pos{0, 4, 12})); // + : é is two bytes, columns count bytes
}

TEST(Lexer, SemicolonInsertion) {
  // After identifiers, literals, break/continue/fallthrough/return, ++ -- ) ] }.
  EXPECT_EQ(kinds("x\n1\n1.5\n2i\n'a'\n\"s\"\n`r`\n"),
            "x \\n 1 \\n 1.5 \\n 2i \\n 'a' \\n \"s\" \\n `r` \\n EOF");
  EXPECT_EQ(kinds("break\ncontinue\nfallthrough\nreturn\n"),
            "break \\n continue \\n fallthrough \\n return \\n EOF");
  EXPECT_EQ(kinds("i++\ni--\n)\n]\n}\n"), "i ++ \\n i -- \\n ) \\n ] \\n } \\n EOF");
  // Not after operators, keywords like func/if, or opening brackets.
  EXPECT_EQ(kinds("x +\ny"), "x + y EOF; EOF");
  EXPECT_EQ(kinds("func\n(\n[\n{\n,\n"), "func ( [ { , EOF");
  // At EOF without newline.
  EXPECT_EQ(kinds("return"), "return EOF; EOF");
  // Line comments keep the newline; a multi-line block comment acts as a newline.
  EXPECT_EQ(kinds("x // c\ny"), "x \\n y EOF; EOF");
  EXPECT_EQ(kinds("x /* a\nb */ y"), "x \\n y EOF; EOF");
  EXPECT_EQ(kinds("x /* a */ y"), "x y EOF; EOF");
  // An explicit semicolon.
  EXPECT_EQ(kinds("a; b"), "a ; b EOF; EOF");
}

TEST(Lexer, NumberLiterals) {
  EXPECT_EQ(kinds("42 0 0600 0o600 0O600 0x_BadFace 0b1011 1_000_000 0_600"),
            "42 0 0600 0o600 0O600 0x_BadFace 0b1011 1_000_000 0_600 EOF; EOF");
  Lexed l = lex("1.5 .25 1e10 1E-5 0x1p-2 0x1.8p+1 0X_1FFFP-16 1_5. 072.40");
  ASSERT_EQ(l.toks.size(), 11u);
  for (int i = 0; i < 9; i++) EXPECT_EQ(l.toks[i].tok, Tok::Float) << l.toks[i].lit;
  EXPECT_EQ(l.errors, "");
  Lexed im = lex("0i 0123i 0o123i 0xabci 1.e+0i 1E6i .25i 0x1p-2i");
  for (int i = 0; i < 8; i++) EXPECT_EQ(im.toks[i].tok, Tok::Imag) << im.toks[i].lit;
  EXPECT_EQ(im.errors, "");
  EXPECT_EQ(lex("0x15").toks[0].tok, Tok::Int);
}

TEST(Lexer, NumberErrors) {
  // Each expectation is go build's first line for `var x = LIT` on line 1.
  auto err = [](const std::string& lit) { return lex("var x = " + lit + "\n").errors; };
  EXPECT_EQ(err("0o78"), "x.go:1:12: invalid digit '8' in octal literal\n");
  EXPECT_EQ(err("079"), "x.go:1:11: invalid digit '9' in octal literal\n");
  EXPECT_EQ(err("0x"), "x.go:1:11: hexadecimal literal has no digits\n");
  EXPECT_EQ(err("0b"), "x.go:1:11: binary literal has no digits\n");
  EXPECT_EQ(err("0b102"), "x.go:1:13: invalid digit '2' in binary literal\n");
  EXPECT_EQ(err("1__0"), "x.go:1:11: '_' must separate successive digits\n");
  EXPECT_EQ(err("10_"), "x.go:1:11: '_' must separate successive digits\n");
  EXPECT_EQ(err("1e+"), "x.go:1:12: exponent has no digits\n");
  EXPECT_EQ(err("0x1.5"), "x.go:1:14: hexadecimal mantissa requires a 'p' exponent\n");
  EXPECT_EQ(err("0b1.0"), "x.go:1:12: invalid radix point in binary literal\n");
  EXPECT_EQ(err("1p4"), "x.go:1:10: 'p' exponent requires hexadecimal mantissa\n");
  EXPECT_EQ(err("0x1e4"), "");  // e is a hex digit
  EXPECT_TRUE(lex("var x = 0o78").toks[3].bad);
}

TEST(Lexer, StringsAndRunes) {
  Lexed l = lex(R"("a\tb\n\\\"" `raw\n` "\x41\101\u00e9\U0001F600" 'x' '\n' '\'' '\u00e9' '\377')");
  ASSERT_GE(l.toks.size(), 9u);
  EXPECT_EQ(l.errors, "");
  EXPECT_EQ(l.toks[0].strVal, "a\tb\n\\\"");
  EXPECT_EQ(l.toks[1].strVal, "raw\\n");
  EXPECT_EQ(l.toks[2].strVal, "AA\xc3\xa9\xf0\x9f\x98\x80");
  EXPECT_EQ(l.toks[3].rune, uint32_t('x'));
  EXPECT_EQ(l.toks[4].rune, uint32_t('\n'));
  EXPECT_EQ(l.toks[5].rune, uint32_t('\''));
  EXPECT_EQ(l.toks[6].rune, 0xe9u);
  EXPECT_EQ(l.toks[7].rune, 0xffu);
  EXPECT_EQ(l.toks[3].tok, Tok::Char);
  // \x bytes are bytes, not code points.
  EXPECT_EQ(lex(R"("\xff")").toks[0].strVal, "\xff");
  // Carriage returns are dropped from raw strings.
  EXPECT_EQ(lex("`a\r\nb`").toks[0].strVal, "a\nb");
  // Raw strings span lines; the position of what follows is right.
  Lexed m = lex("`a\nbc` x");
  EXPECT_EQ(m.toks[1].pos, (Pos{0, 2, 5}));
}

TEST(Lexer, StringErrors) {
  EXPECT_EQ(lex("var s = \"abc").errors, "x.go:1:9: string not terminated\n");
  EXPECT_EQ(lex("var s = `abc").errors, "x.go:1:9: string not terminated\n");
  EXPECT_EQ(lex("var s = \"abc\nx").errors, "x.go:1:13: newline in string\n");
  EXPECT_EQ(lex("var s = \"a\\qb\"").errors, "x.go:1:12: unknown escape\n");
  EXPECT_EQ(lex("var s = \"\\400\"").errors, "x.go:1:14: octal escape value 256 > 255\n");
  EXPECT_EQ(lex("var s = \"\\ud800\"").errors,
            "x.go:1:16: escape is invalid Unicode code point U+D800\n");
  EXPECT_EQ(lex("var s = \"\\xzz\"").errors,
            "x.go:1:12: invalid character 'z' in hexadecimal escape\n");
  EXPECT_EQ(lex("var c = ''").errors, "x.go:1:10: empty rune literal or unescaped '\n");
  EXPECT_EQ(lex("var c = 'ab'").errors, "x.go:1:9: more than one character in rune literal\n");
  EXPECT_EQ(lex("var c = 'a\n").errors, "x.go:1:11: newline in rune literal\n");
  EXPECT_EQ(lex("var c = 'a").errors, "x.go:1:9: rune literal not terminated\n");
  EXPECT_EQ(lex("/* abc").errors, "x.go:1:1: comment not terminated\n");
}

TEST(Lexer, BadCharacters) {
  EXPECT_EQ(lex("x := 1 @ 2").errors, "x.go:1:8: invalid character U+0040 '@'\n");
  EXPECT_EQ(lex(std::string("a\0b", 3)).errors, "x.go:1:2: invalid NUL character\n");
  EXPECT_EQ(lex("var s\xff = 1").errors, "x.go:1:6: invalid UTF-8 encoding\n");
  EXPECT_EQ(lex("x = 1\xef\xbb\xbf").errors, "x.go:1:6: invalid BOM in the middle of the file\n");
  // A BOM at the start is skipped, and counted in columns as Go does.
  Lexed bom = lex("\xef\xbb\xbfpackage");
  EXPECT_EQ(bom.errors, "");
  EXPECT_EQ(bom.toks[0].tok, Tok::Package);
  EXPECT_EQ(bom.toks[0].pos, (Pos{0, 1, 4}));
  // Unicode identifiers and digits.
  Lexed u = lex("héllo 世界 x\u0663");
  EXPECT_EQ(u.errors, "");
  EXPECT_EQ(u.toks[0].lit, "héllo");
  EXPECT_EQ(u.toks[1].lit, "世界");
  EXPECT_EQ(lex("\u0663y").errors, "x.go:1:1: identifier cannot begin with digit U+0663 '٣'\n");
  EXPECT_EQ(lex("x\u00b7y").errors, "x.go:1:2: invalid character U+00B7 '·' in identifier\n");
}

TEST(Lexer, NeverStopsOnGarbage) {
  std::string garbage;
  uint32_t seed = 12345;
  for (int i = 0; i < 200000; i++) {
    seed = seed * 1103515245 + 12345;
    garbage += static_cast<char>(seed >> 16);
  }
  Lexed l = lex(garbage);
  ASSERT_FALSE(l.toks.empty());
  EXPECT_EQ(l.toks.back().tok, Tok::EOF_);  // reached the end
  EXPECT_NE(l.errors, "");
}

TEST(Diagnostics, SortedLimitedAndFilteredLikeGo) {
  SourceFile f("a.go", "");
  Diagnostics d;
  d.addFile(f);
  d.error(Pos{0, 5, 1}, "syntax error: b");
  d.error(Pos{0, 5, 9}, "syntax error: dropped, same line as previous syntax error");
  d.error(Pos{0, 2, 3}, "undefined: x");
  d.error(Pos{0, 2, 7}, "undefined: x");  // same message on the same line: dropped
  d.error(Pos{0, 2, 9}, "undefined: y");
  EXPECT_EQ(d.formatAll(), "a.go:2:3: undefined: x\na.go:2:9: undefined: y\na.go:5:1: syntax error: b\n");
  EXPECT_EQ(d.first(), "a.go:2:3: undefined: x");
  for (int i = 0; i < 20; i++) d.error(Pos{0, uint32_t(10 + i), 1}, "e" + std::to_string(i));
  EXPECT_TRUE(d.tooMany());
  EXPECT_EQ(d.errorCount(), Diagnostics::kMaxErrors);
  std::string all = d.formatAll();
  EXPECT_NE(all.find("a.go:16:1: too many errors\n"), std::string::npos) << all;
}
