// lexer.cc — Go tokens from bytes. See lexer.h for the contract.
//
// The character reader (nextch) decodes one UTF-8 code point at a time and keeps the
// position of the current character; it drops NUL bytes, invalid UTF-8 and misplaced BOMs
// after reporting them, so the token scanner never sees them. The token scanner (next) is
// a switch on the first character, as in Go's compiler, with nlsemi deciding whether the
// next newline ends a statement.
#include "frontend/lexer.h"

#include <cstdio>

namespace mgo::fe {

// ---------------------------------------------------------------------------------------
// Unicode helpers

void appendUTF8(std::string& out, uint32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int32_t decodeUTF8(std::string_view s, size_t i, size_t* width) {
  if (i >= s.size()) {
    *width = 0;
    return -1;
  }
  auto b = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  uint8_t c = b(i);
  *width = 1;
  if (c < 0x80) return c;
  int n;
  uint32_t cp, min;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 1, cp = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 2, cp = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 3, cp = c & 0x07, min = 0x10000;
  } else {
    return -1;
  }
  if (i + n >= s.size()) return -1;  // truncated sequence
  for (int k = 1; k <= n; k++) {
    uint8_t d = b(i + k);
    if ((d & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return -1;
  *width = n + 1;
  return static_cast<int32_t>(cp);
}

namespace {
struct Range {
  uint32_t lo, hi;
};
// Letters (Go's unicode.IsLetter) for the scripts programs commonly use. Not complete:
// a rare letter outside these ranges is reported as an invalid identifier character.
constexpr Range kLetters[] = {
    {0x00AA, 0x00AA}, {0x00B5, 0x00B5}, {0x00BA, 0x00BA}, {0x00C0, 0x00D6},
    {0x00D8, 0x00F6}, {0x00F8, 0x02C1}, {0x02C6, 0x02D1}, {0x02E0, 0x02E4},
    {0x0370, 0x0374}, {0x0376, 0x0377}, {0x037A, 0x037D}, {0x037F, 0x037F},
    {0x0386, 0x0386}, {0x0388, 0x038A}, {0x038C, 0x038C}, {0x038E, 0x03A1},
    {0x03A3, 0x03F5}, {0x03F7, 0x0481}, {0x048A, 0x052F}, {0x0531, 0x0556},
    {0x0561, 0x0587}, {0x05D0, 0x05EA}, {0x0620, 0x064A}, {0x0671, 0x06D3},
    {0x0904, 0x0939}, {0x0E01, 0x0E30}, {0x10A0, 0x10FF}, {0x1100, 0x11FF},
    {0x1E00, 0x1FBC}, {0x2C00, 0x2CE4}, {0x3041, 0x3096}, {0x30A1, 0x30FA},
    {0x3105, 0x312F}, {0x3131, 0x318E}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
    {0xA000, 0xA48C}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFF21, 0xFF3A},
    {0xFF41, 0xFF5A}, {0xFF66, 0xFFDC}, {0x1D400, 0x1D7CB}, {0x20000, 0x2FA1F},
};
constexpr Range kDigits[] = {
    {0x0660, 0x0669}, {0x06F0, 0x06F9}, {0x0966, 0x096F}, {0x09E6, 0x09EF},
    {0x0E50, 0x0E59}, {0xFF10, 0xFF19}, {0x1D7CE, 0x1D7FF},
};
template <size_t N> bool inRanges(const Range (&r)[N], uint32_t cp) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < r[mid].lo) hi = mid;
    else if (cp > r[mid].hi) lo = mid + 1;
    else return true;
  }
  return false;
}
bool isLetter(int32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isDecimal(int32_t c) { return c >= '0' && c <= '9'; }
int32_t lower(int32_t c) { return c | ('x' - 'X'); }
bool isHex(int32_t c) { return isDecimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }
const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}
bool isPrintable(uint32_t r) {
  return (r >= 0x20 && r < 0x7F) || (r >= 0xA1 && r != 0xAD && r <= 0x10FFFF &&
                                     !(r >= 0xD800 && r < 0xE000) && r != 0xFFFD + 2);
}
}  // namespace

bool isUnicodeLetter(uint32_t cp) {
  if (cp < 0x80) return isLetter(static_cast<int32_t>(cp)) && cp != '_';
  return inRanges(kLetters, cp);
}
bool isUnicodeDigit(uint32_t cp) {
  if (cp < 0x80) return isDecimal(static_cast<int32_t>(cp));
  return inRanges(kDigits, cp);
}

std::string quoteRune(int32_t r) {
  std::string s = "'";
  char buf[16];
  switch (r) {
    case '\a': s += "\\a"; break;
    case '\b': s += "\\b"; break;
    case '\f': s += "\\f"; break;
    case '\n': s += "\\n"; break;
    case '\r': s += "\\r"; break;
    case '\t': s += "\\t"; break;
    case '\v': s += "\\v"; break;
    case '\\': s += "\\\\"; break;
    case '\'': s += "\\'"; break;
    default:
      if (r < 0 || r > 0x10FFFF) {
        s += "\\ufffd";  // Go's %q of an invalid rune prints U+FFFD
      } else if (isPrintable(static_cast<uint32_t>(r))) {
        appendUTF8(s, static_cast<uint32_t>(r));
      } else if (r < 0x80) {
        std::snprintf(buf, sizeof buf, "\\x%02x", r);
        s += buf;
      } else if (r < 0x10000) {
        std::snprintf(buf, sizeof buf, "\\u%04x", r);
        s += buf;
      } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", r);
        s += buf;
      }
  }
  return s + "'";
}

std::string formatU(uint32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", r);
  std::string s = buf;
  if (isPrintable(r)) {
    s += " '";
    appendUTF8(s, r);
    s += "'";
  }
  return s;
}

// ---------------------------------------------------------------------------------------
// Character reader

Lexer::Lexer(const SourceFile& file, Diagnostics& diags)
    : src_(file.text()), file_(file.index()), diags_(diags) {
  // Start on a zero-width pseudo character at offset 0; nextch moves onto the first real
  // one (skipping a leading BOM, which Go allows and counts in columns).
  ch_ = 0;
  chOff_ = 0;
  chw_ = 0;
  line_ = 1;
  col_ = 1;
  nextch();
}

void Lexer::errorAt(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }
void Lexer::errorHere(std::string msg) { errorAt(here(), std::move(msg)); }

void Lexer::nextch() {
  for (;;) {
    // Move past the current character.
    if (ch_ == '\n') {
      line_++;
      col_ = 1;
    } else {
      col_ += static_cast<uint32_t>(chw_);
    }
    chOff_ += chw_;
    if (chOff_ >= src_.size()) {
      ch_ = -1;
      chw_ = 0;
      return;
    }
    unsigned char b = static_cast<unsigned char>(src_[chOff_]);
    if (b < 0x80) {
      ch_ = b;
      chw_ = 1;
      if (b == 0) {
        errorHere("invalid NUL character");
        continue;
      }
      return;
    }
    size_t w;
    int32_t c = decodeUTF8(src_, chOff_, &w);
    chw_ = w;
    if (c < 0) {
      ch_ = 0xFFFD;
      errorHere("invalid UTF-8 encoding");
      continue;
    }
    ch_ = c;
    if (c == 0xFEFF) {
      if (chOff_ != 0) errorHere("invalid BOM in the middle of the file");
      continue;
    }
    return;
  }
}

// ---------------------------------------------------------------------------------------
// Tokens

Token Lexer::next() {
  Token t;
  bool nlsemi = nlsemi_;
  nlsemi_ = false;

redo:
  while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();

  t.pos = here();
  size_t start = chOff_;
  if (isLetter(ch_) || (ch_ >= 0x80 && atIdentChar(true))) {
    nextch();
    ident(t, start);
    return t;
  }

  auto op = [&](Tok plain, Tok assign) {
    // Operator that may be followed by '=' to form an op-assign.
    if (ch_ == '=') {
      nextch();
      t.tok = assign;
    } else {
      t.tok = plain;
    }
  };

  switch (ch_) {
    case -1:
      if (nlsemi) {
        t.tok = Tok::Semicolon;
        t.lit = "EOF";
        break;
      }
      t.tok = Tok::EOF_;
      eof_ = true;
      break;
    case '\n':
      nextch();
      t.tok = Tok::Semicolon;
      t.lit = "newline";
      break;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      number(t, start, false);
      break;
    case '"':
      stdString(t, start);
      break;
    case '`':
      rawString(t, start);
      break;
    case '\'':
      runeLit(t, start);
      break;
    case '(': nextch(); t.tok = Tok::LParen; break;
    case '[': nextch(); t.tok = Tok::LBrack; break;
    case '{': nextch(); t.tok = Tok::LBrace; break;
    case ',': nextch(); t.tok = Tok::Comma; break;
    case ';': nextch(); t.tok = Tok::Semicolon; t.lit = "semicolon"; break;
    case ')': nextch(); nlsemi_ = true; t.tok = Tok::RParen; break;
    case ']': nextch(); nlsemi_ = true; t.tok = Tok::RBrack; break;
    case '}': nextch(); nlsemi_ = true; t.tok = Tok::RBrace; break;
    case ':':
      nextch();
      if (ch_ == '=') {
        nextch();
        t.tok = Tok::Define;
      } else {
        t.tok = Tok::Colon;
      }
      break;
    case '.':
      nextch();
      if (isDecimal(ch_)) {
        number(t, start, true);
        break;
      }
      if (ch_ == '.' && chOff_ + 1 < src_.size() && src_[chOff_ + 1] == '.') {
        nextch();
        nextch();
        t.tok = Tok::Ellipsis;
        break;
      }
      t.tok = Tok::Period;
      break;
    case '+':
      nextch();
      if (ch_ == '+') {
        nextch();
        nlsemi_ = true;
        t.tok = Tok::Inc;
      } else {
        op(Tok::Add, Tok::AddAssign);
      }
      break;
    case '-':
      nextch();
      if (ch_ == '-') {
        nextch();
        nlsemi_ = true;
        t.tok = Tok::Dec;
      } else {
        op(Tok::Sub, Tok::SubAssign);
      }
      break;
    case '*': nextch(); op(Tok::Mul, Tok::MulAssign); break;
    case '/':
      nextch();
      if (ch_ == '/') {
        // Line comment: skip to (not past) the newline, which may become a semicolon.
        while (ch_ >= 0 && ch_ != '\n') nextch();
        goto redo;
      }
      if (ch_ == '*') {
        nextch();
        uint32_t startLine = t.pos.line;
        if (!skipComment()) errorAt(t.pos, "comment not terminated");
        if (line_ > startLine && nlsemi) {
          // A comment spanning lines acts like a newline.
          t.tok = Tok::Semicolon;
          t.lit = "newline";
          break;
        }
        goto redo;
      }
      op(Tok::Quo, Tok::QuoAssign);
      break;
    case '%': nextch(); op(Tok::Rem, Tok::RemAssign); break;
    case '&':
      nextch();
      if (ch_ == '&') {
        nextch();
        t.tok = Tok::LAnd;
      } else if (ch_ == '^') {
        nextch();
        op(Tok::AndNot, Tok::AndNotAssign);
      } else {
        op(Tok::And, Tok::AndAssign);
      }
      break;
    case '|':
      nextch();
      if (ch_ == '|') {
        nextch();
        t.tok = Tok::LOr;
      } else {
        op(Tok::Or, Tok::OrAssign);
      }
      break;
    case '^': nextch(); op(Tok::Xor, Tok::XorAssign); break;
    case '<':
      nextch();
      if (ch_ == '=') {
        nextch();
        t.tok = Tok::Leq;
      } else if (ch_ == '<') {
        nextch();
        op(Tok::Shl, Tok::ShlAssign);
      } else if (ch_ == '-') {
        nextch();
        t.tok = Tok::Arrow;
      } else {
        t.tok = Tok::Lss;
      }
      break;
    case '>':
      nextch();
      if (ch_ == '=') {
        nextch();
        t.tok = Tok::Geq;
      } else if (ch_ == '>') {
        nextch();
        op(Tok::Shr, Tok::ShrAssign);
      } else {
        t.tok = Tok::Gtr;
      }
      break;
    case '=':
      nextch();
      if (ch_ == '=') {
        nextch();
        t.tok = Tok::Eql;
      } else {
        t.tok = Tok::Assign;
      }
      break;
    case '!':
      nextch();
      if (ch_ == '=') {
        nextch();
        t.tok = Tok::Neq;
      } else {
        t.tok = Tok::Not;
      }
      break;
    case '~': nextch(); t.tok = Tok::Tilde; break;
    default:
      errorHere("invalid character " + formatU(static_cast<uint32_t>(ch_)));
      nextch();
      goto redo;
  }
  return t;
}

bool Lexer::atIdentChar(bool first) {
  uint32_t c = static_cast<uint32_t>(ch_);
  if (isUnicodeLetter(c) || ch_ == '_') return true;
  if (isUnicodeDigit(c)) {
    if (first) errorHere("identifier cannot begin with digit " + formatU(c));
    return true;
  }
  if (ch_ >= 0x80) {
    errorHere("invalid character " + formatU(c) + " in identifier");
    return true;
  }
  return false;
}

void Lexer::ident(Token& t, size_t start) {
  while (isLetter(ch_) || isDecimal(ch_) || (ch_ >= 0x80 && atIdentChar(false))) nextch();
  std::string_view lit = segment(start);
  static constexpr struct {
    std::string_view s;
    Tok t;
  } kws[] = {
      {"break", Tok::Break},     {"case", Tok::Case},         {"chan", Tok::Chan},
      {"const", Tok::Const},     {"continue", Tok::Continue}, {"default", Tok::Default},
      {"defer", Tok::Defer},     {"else", Tok::Else},         {"fallthrough", Tok::Fallthrough},
      {"for", Tok::For},         {"func", Tok::Func},         {"go", Tok::Go},
      {"goto", Tok::Goto},       {"if", Tok::If},             {"import", Tok::Import},
      {"interface", Tok::Interface}, {"map", Tok::Map},       {"package", Tok::Package},
      {"range", Tok::Range},     {"return", Tok::Return},     {"select", Tok::Select},
      {"struct", Tok::Struct},   {"switch", Tok::Switch},     {"type", Tok::Type},
      {"var", Tok::Var},
  };
  if (lit.size() >= 2 && lit.size() <= 11 && lit[0] >= 'b' && lit[0] <= 'v') {
    for (const auto& k : kws) {
      if (k.s == lit) {
        t.tok = k.t;
        nlsemi_ = k.t == Tok::Break || k.t == Tok::Continue || k.t == Tok::Fallthrough ||
                  k.t == Tok::Return;
        return;
      }
    }
  }
  nlsemi_ = true;
  t.tok = Tok::Ident;
  t.lit = std::string(lit);
}

// digits accepts { digit | '_' }. For base <= 10 any decimal digit is accepted, and the
// offset (from the literal start) of the first digit >= base is recorded in *invalid.
// Returns bit 0 set if a digit was seen, bit 1 if a '_' was.
int Lexer::digits(int base, int* invalid, size_t start) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (isDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') {
        ds = 2;
      } else if (ch_ >= max && invalid && *invalid < 0) {
        *invalid = static_cast<int>(chOff_ - start);
      }
      digsep |= ds;
      nextch();
    }
  } else {
    while (isHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

// Index of the first misplaced '_' in a number literal, or -1 (spec: "_" may appear only
// between successive digits, or between the base prefix and the first digit).
static int invalidSep(std::string_view x) {
  char x1 = ' ';
  char d = '.';
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = static_cast<char>(lower(x[1]));
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    char p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}

void Lexer::number(Token& t, size_t start, bool seenPoint) {
  bool ok = true;
  Tok kind = Tok::Int;
  int base = 10;
  char prefix = 0;  // 0 (decimal), '0' (legacy octal), 'x', 'o', 'b'
  int digsep = 0;
  int invalid = -1;

  if (!seenPoint) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x': nextch(); base = 16; prefix = 'x'; break;
        case 'o': nextch(); base = 8; prefix = 'o'; break;
        case 'b': nextch(); base = 2; prefix = 'b'; break;
        default: base = 8; prefix = '0'; digsep = 1; break;
      }
    }
    digsep |= digits(base, &invalid, start);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        errorHere(std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }
  if (seenPoint) {
    kind = Tok::Float;
    digsep |= digits(base, &invalid, start);
  }
  if ((digsep & 1) == 0 && ok) {
    errorHere(std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }
  int32_t e = lower(ch_);
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        errorHere(quoteRune(ch_) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        errorHere(quoteRune(ch_) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    kind = Tok::Float;
    if (ch_ == '+' || ch_ == '-') nextch();
    digsep = digits(10, nullptr, start) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      errorHere("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Tok::Float && ok) {
    errorHere("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (ch_ == 'i') {
    kind = Tok::Imag;
    nextch();
  }
  t.tok = kind;
  t.lit = std::string(segment(start));
  nlsemi_ = true;
  if (kind == Tok::Int && invalid >= 0 && ok) {
    Pos p = t.pos;
    p.col += static_cast<uint32_t>(invalid);
    errorAt(p, "invalid digit " + quoteRune(t.lit[invalid]) + " in " + baseName(base) +
                   " literal");
    ok = false;
  }
  if ((digsep & 2) && ok) {
    int i = invalidSep(t.lit);
    if (i >= 0) {
      Pos p = t.pos;
      p.col += static_cast<uint32_t>(i);
      errorAt(p, "'_' must separate successive digits");
      ok = false;
    }
  }
  t.bad = !ok;
}

// escape parses one escape sequence after '\' (ch_ is the character after the
// backslash), appending its value to *out (if non-null) and setting *runeOut.
// Returns false after reporting an error.
bool Lexer::escape(char32_t quote, std::string* out, uint32_t* runeOut) {
  int n;
  uint32_t base, max;
  bool isByte = false;
  uint32_t simple = 0;
  switch (ch_) {
    case 'a': simple = '\a'; break;
    case 'b': simple = '\b'; break;
    case 'f': simple = '\f'; break;
    case 'n': simple = '\n'; break;
    case 'r': simple = '\r'; break;
    case 't': simple = '\t'; break;
    case 'v': simple = '\v'; break;
    case '\\': simple = '\\'; break;
    default:
      if (ch_ == static_cast<int32_t>(quote)) simple = quote;
  }
  if (simple) {
    nextch();
    if (out) out->push_back(static_cast<char>(simple));
    if (runeOut) *runeOut = simple;
    return true;
  }
  switch (ch_) {
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3, base = 8, max = 255, isByte = true;
      break;
    case 'x':
      nextch();
      n = 2, base = 16, max = 255, isByte = true;
      break;
    case 'u':
      nextch();
      n = 4, base = 16, max = 0x10FFFF;
      break;
    case 'U':
      nextch();
      n = 8, base = 16, max = 0x10FFFF;
      break;
    default:
      if (ch_ < 0) return true;  // the caller complains about EOF
      errorHere("unknown escape");
      return false;
  }
  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (ch_ < 0) return true;
    uint32_t d = base;
    if (isDecimal(ch_)) d = static_cast<uint32_t>(ch_ - '0');
    else if (lower(ch_) >= 'a' && lower(ch_) <= 'f') d = static_cast<uint32_t>(lower(ch_) - 'a' + 10);
    if (d >= base) {
      errorHere("invalid character " + quoteRune(ch_) + " in " + baseName(static_cast<int>(base)) +
                " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }
  if (x > max && base == 8) {
    errorHere("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    errorHere("escape is invalid Unicode code point " + formatU(x));
    return false;
  }
  if (out) {
    if (isByte) out->push_back(static_cast<char>(x));
    else appendUTF8(*out, x);
  }
  if (runeOut) *runeOut = x;
  return true;
}

void Lexer::runeLit(Token& t, size_t start) {
  bool ok = true;
  nextch();
  int n = 0;
  uint32_t value = 0;
  for (;; n++) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          errorHere("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          errorAt(t.pos, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      uint32_t r = 0;
      if (!escape('\'', nullptr, &r)) ok = false;
      if (n == 0) value = r;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        errorHere("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ < 0) {
      if (ok) {
        errorAt(t.pos, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    if (n == 0) value = static_cast<uint32_t>(ch_);
    nextch();
  }
  t.tok = Tok::Char;
  t.lit = std::string(segment(start));
  t.rune = value;
  t.bad = !ok;
  nlsemi_ = true;
}

void Lexer::stdString(Token& t, size_t start) {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('"', &t.strVal, nullptr)) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      errorHere("newline in string");
      ok = false;
      break;
    }
    if (ch_ < 0) {
      errorAt(t.pos, "string not terminated");
      ok = false;
      break;
    }
    appendUTF8(t.strVal, static_cast<uint32_t>(ch_));
    nextch();
  }
  t.tok = Tok::String;
  t.lit = std::string(segment(start));
  t.bad = !ok;
  nlsemi_ = true;
}

void Lexer::rawString(Token& t, size_t start) {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      errorAt(t.pos, "string not terminated");
      ok = false;
      break;
    }
    if (ch_ != '\r') appendUTF8(t.strVal, static_cast<uint32_t>(ch_));  // spec: CRs dropped
    nextch();
  }
  t.tok = Tok::String;
  t.lit = std::string(segment(start));
  t.bad = !ok;
  nlsemi_ = true;
}

bool Lexer::skipComment() {
  while (ch_ >= 0) {
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return true;
      }
    }
    nextch();
  }
  return false;
}

std::string_view tokString(Tok t) {
  static constexpr std::string_view names[] = {
      "ILLEGAL", "EOF", "name", "literal", "literal", "literal", "literal", "literal",
      "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^",
      "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=",
      "&&", "||", "<-", "++", "--",
      "==", "<", ">", "=", "!", "~",
      "!=", "<=", ">=", ":=", "...",
      "(", "[", "{", ",", ".", ")", "]", "}", ";", ":",
      "break", "case", "chan", "const", "continue", "default", "defer", "else",
      "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
      "package", "range", "return", "select", "struct", "switch", "type", "var",
  };
  static_assert(sizeof(names) / sizeof(names[0]) == static_cast<size_t>(Tok::Count_));
  auto i = static_cast<size_t>(t);
  return i < static_cast<size_t>(Tok::Count_) ? names[i] : "ILLEGAL";
}

}  // namespace mgo::fe
