// strconv_quote.cc — Go's quoting and unquoting (strconv.Quote, QuoteRune, QuoteToASCII,
// CanBackquote, Unquote, IsPrint) with Go 1.19's escapes and Unicode tables.
#include <string>

#include "stdlib/strconv_impl.h"
#include "stdlib/unicode_tables.h"
#include "stdlib/utf8.h"

namespace mgo::std::strconv {
namespace {

const char kLowerHex[] = "0123456789abcdef";

void append_escaped_rune(::std::string& buf, int32_t r, char quote, bool ascii_only, bool graphic_only) {
  if (r == quote || r == '\\') {
    buf += '\\';
    buf += static_cast<char>(r);
    return;
  }
  if (ascii_only) {
    if (r < utf8::RuneSelf && is_print(r)) {
      buf += static_cast<char>(r);
      return;
    }
  } else if (is_print(r) || (graphic_only && is_graphic(r))) {
    utf8::append(buf, r);
    return;
  }
  switch (r) {
    case '\a': buf += "\\a"; return;
    case '\b': buf += "\\b"; return;
    case '\f': buf += "\\f"; return;
    case '\n': buf += "\\n"; return;
    case '\r': buf += "\\r"; return;
    case '\t': buf += "\\t"; return;
    case '\v': buf += "\\v"; return;
  }
  if (r < ' ' || r == 0x7f) {
    buf += "\\x";
    buf += kLowerHex[(r >> 4) & 0xF];
    buf += kLowerHex[r & 0xF];
    return;
  }
  if (!utf8::valid_rune(r)) r = 0xFFFD;
  if (r < 0x10000) {
    buf += "\\u";
    for (int s = 12; s >= 0; s -= 4) buf += kLowerHex[(r >> s) & 0xF];
  } else {
    buf += "\\U";
    for (int s = 28; s >= 0; s -= 4) buf += kLowerHex[(r >> s) & 0xF];
  }
}

int unhex(char c) {
  if ('0' <= c && c <= '9') return c - '0';
  if ('a' <= c && c <= 'f') return c - 'a' + 10;
  if ('A' <= c && c <= 'F') return c - 'A' + 10;
  return -1;
}

// UnquoteChar: decodes one character or escape of s (which must not be empty) into
// r/multibyte; returns the bytes consumed, or 0 on a syntax error.
size_t unquote_char(::std::string_view s, char quote, int32_t* value, bool* multibyte) {
  *multibyte = false;
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == static_cast<unsigned char>(quote) && (quote == '\'' || quote == '"')) return 0;
  if (c >= utf8::RuneSelf) {
    int w;
    *value = utf8::decode(reinterpret_cast<const uint8_t*>(s.data()), static_cast<int64_t>(s.size()), &w);
    *multibyte = true;
    return static_cast<size_t>(w);
  }
  if (c != '\\') { *value = c; return 1; }
  if (s.size() <= 1) return 0;
  char e = s[1];
  size_t used = 2;
  switch (e) {
    case 'a': *value = '\a'; break;
    case 'b': *value = '\b'; break;
    case 'f': *value = '\f'; break;
    case 'n': *value = '\n'; break;
    case 'r': *value = '\r'; break;
    case 't': *value = '\t'; break;
    case 'v': *value = '\v'; break;
    case 'x': case 'u': case 'U': {
      size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (s.size() - 2 < n) return 0;
      int32_t v = 0;
      for (size_t j = 0; j < n; j++) {
        int x = unhex(s[2 + j]);
        if (x < 0) return 0;
        v = (v << 4) | x;
      }
      used += n;
      if (e == 'x') { *value = v; break; }
      if (!utf8::valid_rune(v)) return 0;
      *value = v;
      *multibyte = true;
      break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      int32_t v = e - '0';
      if (s.size() - 2 < 2) return 0;
      for (size_t j = 0; j < 2; j++) {
        int32_t x = s[2 + j] - '0';
        if (x < 0 || x > 7) return 0;
        v = (v << 3) | x;
      }
      used += 2;
      if (v > 255) return 0;
      *value = v;
      break;
    }
    case '\\': *value = '\\'; break;
    case '\'': case '"':
      if (e != quote) return 0;
      *value = e;
      break;
    default:
      return 0;
  }
  return used;
}

bool valid_utf8(::std::string_view s) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t n = static_cast<int64_t>(s.size());
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = utf8::decode(p + i, n - i, &w);
    if (r == utf8::RuneError && w == 1) return false;
    i += w;
  }
  return true;
}

}  // namespace

size_t unquote_char_public(::std::string_view s, char quote, int32_t* value, bool* multibyte) {
  return unquote_char(s, quote, value, multibyte);
}

bool is_print(int32_t r) { return unicode_tables::in(unicode_tables::strconv_print, r); }
bool is_graphic(int32_t r) { return unicode_tables::in(unicode_tables::strconv_graphic, r); }

void append_quote(::std::string& buf, ::std::string_view s, char quote, bool ascii_only, bool graphic_only) {
  buf += quote;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t n = static_cast<int64_t>(s.size());
  for (int64_t i = 0; i < n;) {
    int32_t r = p[i];
    int w = 1;
    if (r >= utf8::RuneSelf) r = utf8::decode(p + i, n - i, &w);
    if (w == 1 && r == utf8::RuneError) {
      buf += "\\x";
      buf += kLowerHex[p[i] >> 4];
      buf += kLowerHex[p[i] & 0xF];
      i++;
      continue;
    }
    append_escaped_rune(buf, r, quote, ascii_only, graphic_only);
    i += w;
  }
  buf += quote;
}

void append_quote_rune(::std::string& buf, int32_t r, char quote, bool ascii_only, bool graphic_only) {
  buf += quote;
  if (!utf8::valid_rune(r)) r = utf8::RuneError;
  append_escaped_rune(buf, r, quote, ascii_only, graphic_only);
  buf += quote;
}

bool can_backquote(::std::string_view s) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t n = static_cast<int64_t>(s.size());
  for (int64_t i = 0; i < n;) {
    int w;
    int32_t r = utf8::decode(p + i, n - i, &w);
    i += w;
    if (w > 1) {
      if (r == 0xFEFF) return false;
      continue;
    }
    if (r == utf8::RuneError) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

bool unquote(::std::string_view in, ::std::string* out) {
  out->clear();
  if (in.size() < 2) return false;
  char quote = in[0];
  size_t end = in.substr(1).find(quote);
  if (end == ::std::string_view::npos) return false;
  end += 2;
  if (quote == '`') {
    if (end != in.size()) return false;  // Unquote: nothing may follow
    for (size_t i = 1; i < end - 1; i++)
      if (in[i] != '\r') *out += in[i];
    return true;
  }
  if (quote != '"' && quote != '\'') return false;
  ::std::string_view body = in.substr(0, end);
  if (body.find('\\') == ::std::string_view::npos && body.find('\n') == ::std::string_view::npos) {
    ::std::string_view inner = in.substr(1, end - 2);
    bool valid;
    if (quote == '"') {
      valid = valid_utf8(inner);
    } else {
      int w;
      int32_t r = utf8::decode(reinterpret_cast<const uint8_t*>(inner.data()), static_cast<int64_t>(inner.size()), &w);
      valid = static_cast<size_t>(2 + w) == end && (r != utf8::RuneError || w != 1);
    }
    if (valid) {
      if (end != in.size()) return false;
      out->assign(inner);
      return true;
    }
  }
  ::std::string_view rest = in.substr(1);
  while (!rest.empty() && rest[0] != quote) {
    int32_t r;
    bool multibyte;
    size_t used = unquote_char(rest, quote, &r, &multibyte);
    if (rest[0] == '\n' || used == 0) return false;
    rest.remove_prefix(used);
    if (r < utf8::RuneSelf || !multibyte) *out += static_cast<char>(r);
    else utf8::append(*out, r);
    if (quote == '\'') break;
  }
  if (rest.empty() || rest[0] != quote) return false;
  rest.remove_prefix(1);
  return rest.empty();
}

}  // namespace mgo::std::strconv
