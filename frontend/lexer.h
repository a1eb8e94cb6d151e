// lexer.h — turns the bytes of a SourceFile into Go tokens.
//
// Follows the Go spec's "Lexical elements" and the behaviour of Go's compiler scanner:
//   * Automatic semicolons: after a line's final token, if that token is an identifier, a
//     literal, one of the keywords break continue fallthrough return, or one of ++ -- ) ] },
//     a newline (or a /*...*/ comment spanning lines, or EOF) becomes Tok::Semicolon with
//     lit "newline" (resp. "EOF"); an explicit ';' has lit "semicolon".
//   * Errors (invalid characters, NUL bytes, invalid UTF-8, bad literals, unterminated
//     strings/comments) are reported to Diagnostics with Go's wording, without the
//     "syntax error: " prefix, and scanning continues; a malformed literal is returned with
//     Token::bad set. The lexer never fails: every input ends in Tok::EOF_.
//   * Columns count bytes; a BOM is skipped at the start of the file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "frontend/source.h"
#include "frontend/token.h"

namespace mgo::fe {

struct Token {
  Tok tok = Tok::EOF_;
  Pos pos;
  // Ident: the name; literals: the source text; Semicolon: "semicolon", "newline" or
  // "EOF"; otherwise empty.
  std::string lit;
  bool bad = false;     // a literal with an error (already reported)
  std::string strVal;   // String: the decoded value
  uint32_t rune = 0;    // Char: the decoded code point
};

class Lexer {
 public:
  Lexer(const SourceFile& file, Diagnostics& diags);
  // Scans and returns the next token. After EOF_ it keeps returning EOF_.
  Token next();

 private:
  void nextch();
  Pos here() const { return Pos{file_, line_, col_}; }
  void errorHere(std::string msg);
  void errorAt(Pos p, std::string msg);
  void ident(Token& t, size_t start);
  void number(Token& t, size_t start, bool seenPoint);
  int digits(int base, int* invalid, size_t start);
  void runeLit(Token& t, size_t start);
  void stdString(Token& t, size_t start);
  void rawString(Token& t, size_t start);
  bool escape(char32_t quote, std::string* out, uint32_t* runeOut);
  bool skipComment();  // after "/*"; false if unterminated
  bool atIdentChar(bool first);
  std::string_view segment(size_t start) const { return src_.substr(start, chOff_ - start); }

  std::string_view src_;
  uint32_t file_;
  Diagnostics& diags_;
  int32_t ch_ = ' ';    // current character (code point), -1 at EOF
  size_t chOff_ = 0;    // byte offset of ch_
  size_t chw_ = 0;      // byte width of ch_
  uint32_t line_ = 1, col_ = 0;  // position of ch_
  bool nlsemi_ = false; // a newline here becomes a semicolon
  bool eof_ = false;
};

// Encodes a code point as UTF-8 (invalid ones as U+FFFD), appending to out.
void appendUTF8(std::string& out, uint32_t cp);
// Decodes one UTF-8 sequence at s[i]; returns the code point, or -1 for an invalid byte
// (then *width is 1). *width is 0 at the end.
int32_t decodeUTF8(std::string_view s, size_t i, size_t* width);
// Unicode letter / decimal digit classes as Go's unicode.IsLetter / unicode.IsDigit
// (ranges for the common scripts).
bool isUnicodeLetter(uint32_t cp);
bool isUnicodeDigit(uint32_t cp);
// Go's %q for a rune: 'a', '\n', '\x00', '\u00e9'.
std::string quoteRune(int32_t r);
// Go's %#U: U+0041 'A' (without the quoted part for unprintable characters).
std::string formatU(uint32_t r);

}  // namespace mgo::fe
