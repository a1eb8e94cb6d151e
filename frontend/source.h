// source.h — source files, positions and diagnostics for the frontend.
//
// A Pos is (file index, line, column), 1-based, the column counted in bytes as Go's
// compiler counts it (a tab is one column, a multi-byte UTF-8 character is several).
// Diagnostics collects errors from every frontend phase and prints them the way `go build`
// does: sorted by position, one per line as `name:line:col: message`, and after 10 errors
// a final `too many errors` line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mgo::fe {

struct Pos {
  uint32_t file = 0;  // index into Diagnostics' file table (SourceFile::index)
  uint32_t line = 0;  // 1-based; 0 means "no position"
  uint32_t col = 0;   // 1-based, in bytes

  bool valid() const { return line != 0; }
  friend bool operator==(const Pos&, const Pos&) = default;
  friend bool operator<(const Pos& a, const Pos& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.line != b.line) return a.line < b.line;
    return a.col < b.col;
  }
};

// One source file: its name as shown in messages and its bytes (any bytes: the lexer
// copes with NULs and invalid UTF-8).
class SourceFile {
 public:
  SourceFile(std::string name, std::string text, uint32_t index = 0)
      : name_(std::move(name)), text_(std::move(text)), index_(index) {}
  // Reads a file from disk; on failure returns false and sets *err.
  static bool read(const std::string& path, SourceFile* out, std::string* err,
                   uint32_t index = 0);

  const std::string& name() const { return name_; }
  std::string_view text() const { return text_; }
  uint32_t index() const { return index_; }

 private:
  std::string name_;
  std::string text_;
  uint32_t index_;
};

struct Diagnostic {
  Pos pos;
  std::string msg;
};

class Diagnostics {
 public:
  // Go's compiler stops reporting after this many errors and prints "too many errors".
  static constexpr size_t kMaxErrors = 10;
  // Lifts (0) or changes that limit, as `go tool compile -e` does (mgo's `-e` flag; Go's
  // test suite compiles errorcheck files that way). Call before the first error.
  void setErrorLimit(size_t n) { maxErrors_ = n; }

  // Makes `f`'s name known so its positions can be printed. parseFile does this.
  void addFile(const SourceFile& f);
  const std::string& fileName(uint32_t index) const;

  // Reports an error. As Go's compiler: a syntax error ("syntax error: ...") on the same
  // line as the previous syntax error is dropped, and so is a repeat of the previous
  // non-syntax error on the same line; after kMaxErrors errors further ones are ignored.
  void error(Pos pos, std::string msg, bool blocksCheck = false);
  size_t errorCount() const { return errors_.size(); }
  // Number of errors after which the file must not be type-checked: every "syntax
  // error: ..." report (including ones dropped by the per-line rule) and errors reported
  // with blocksCheck (mgo's "generic ... not supported", nesting limits). Go's compiler
  // type-checks a file whose only errors are lexical ("string not terminated") or
  // non-syntax parse errors ("expression in defer must be function call"), and so may mgo:
  // check when this is 0. Reaching kMaxErrors also counts (Go exits there).
  size_t blockingErrorCount() const { return blockingErrors_ + (tooMany_ ? 1 : 0); }
  bool hasErrors() const { return !errors_.empty(); }
  // True once kMaxErrors errors were reported; phases may stop early then.
  bool tooMany() const { return tooMany_; }
  // Where Go puts its "too many errors" line (the 10th error); valid when tooMany().
  Pos tooManyPos() const { return tooManyPos_; }

  // Errors sorted by position (stable: equal positions keep report order); identical
  // (position, message) duplicates removed, as Go does.
  std::vector<Diagnostic> sorted() const;
  // "name:line:col: msg" for one diagnostic.
  std::string format(const Diagnostic& d) const;
  // "name:line:col" ("name" alone for an invalid position).
  std::string formatPos(Pos p) const;
  // All errors as `go build` prints them: sorted, then "pos: too many errors" (pos of the
  // 10th error) if reporting stopped. Each line ends in '\n'.
  std::string formatAll() const;
  // First error line, without a newline ("" when there is none).
  std::string first() const;

  const std::vector<Diagnostic>& raw() const { return errors_; }

 private:
  std::vector<std::string> files_;
  std::vector<Diagnostic> errors_;
  Pos lastSyntax_, lastOther_;
  std::string lastOtherMsg_;
  size_t blockingErrors_ = 0;
  size_t maxErrors_ = kMaxErrors;  // 0: no limit
  bool tooMany_ = false;
  Pos tooManyPos_;
};

}  // namespace mgo::fe
