// strconv_impl.h — the C++ formatting and parsing core shared by strconv and fmt.
// Every function reproduces the output of Go 1.19's strconv function of the same name.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace mgo::std::strconv {

// AppendFloat(dst, v, fmt, prec, bitSize): fmt is one of b e E f g G x X; prec < 0 is the
// shortest representation that round-trips at bitSize (32 or 64).
void append_float(::std::string& dst, double v, char fmt, int prec, int bitsize);
// AppendInt / AppendUint in base 2..36.
void append_int(::std::string& dst, int64_t v, int base);
void append_uint(::std::string& dst, uint64_t v, int base);

// appendQuotedWith / appendQuotedRuneWith.
void append_quote(::std::string& dst, ::std::string_view s, char quote, bool ascii_only,
                  bool graphic_only);
void append_quote_rune(::std::string& dst, int32_t r, char quote, bool ascii_only,
                       bool graphic_only);
bool can_backquote(::std::string_view s);
bool is_print(int32_t r);
bool is_graphic(int32_t r);

// Parsing results: the error kinds Go's *NumError carries.
enum class ParseErr : int { Ok = 0, Syntax = 1, Range = 2, Base = 3, BitSize = 4 };
ParseErr parse_int(::std::string_view s, int base, int bitsize, int64_t* out);
ParseErr parse_uint(::std::string_view s, int base, int bitsize, uint64_t* out);
ParseErr parse_float(::std::string_view s, int bitsize, double* out);
// Go's parseFloatPrefix's extent: the length of the longest prefix of s that is an
// infinity/NaN or float literal, 0 if none (a syntax error).
size_t float_prefix_len(::std::string_view s);
// Unquote: false on syntax error.
bool unquote(::std::string_view s, ::std::string* out);
// UnquoteChar: the first character or escape of s inside quotes `quote`; returns the
// bytes it takes, 0 on a syntax error.
size_t unquote_char_public(::std::string_view s, char quote, int32_t* value, bool* multibyte);

}  // namespace mgo::std::strconv
