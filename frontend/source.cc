// source.cc — SourceFile loading and Diagnostics, following the reporting rules of Go's
// compiler (cmd/compile/internal/base/print.go):
//   1. Only one syntax error per line: a "syntax error..." on the same line as the previous
//      syntax error is dropped (its follow-on errors are rarely useful).
//   2. A non-syntax error identical to the previous one on the same line is dropped.
//   3. On the 10th kept error, reporting stops; the output ends with
//      "pos: too many errors" where pos is the position of that 10th error.
//   4. Output is sorted by position (stable), consecutive identical lines printed once.
#include "frontend/source.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace mgo::fe {

bool SourceFile::read(const std::string& path, SourceFile* out, std::string* err,
                      uint32_t index) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (err) *err = "open " + path + ": no such file or directory";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    if (err) *err = "read " + path + ": I/O error";
    return false;
  }
  *out = SourceFile(path, ss.str(), index);
  return true;
}

void Diagnostics::addFile(const SourceFile& f) {
  if (files_.size() <= f.index()) files_.resize(f.index() + 1);
  files_[f.index()] = f.name();
}

const std::string& Diagnostics::fileName(uint32_t index) const {
  static const std::string unknown = "<unknown>";
  if (index < files_.size() && !files_[index].empty()) return files_[index];
  return unknown;
}

static bool sameLine(Pos a, Pos b) { return a.valid() && a.file == b.file && a.line == b.line; }

void Diagnostics::error(Pos pos, std::string msg, bool blocksCheck) {
  if (blocksCheck) blockingErrors_++;
  if (tooMany_) return;
  if (msg.rfind("syntax error", 0) == 0) {
    if (!blocksCheck) blockingErrors_++;
    if (sameLine(lastSyntax_, pos)) return;
    lastSyntax_ = pos;
  } else {
    if (sameLine(lastOther_, pos) && lastOtherMsg_ == msg) return;
    lastOther_ = pos;
    lastOtherMsg_ = msg;
  }
  errors_.push_back({pos, std::move(msg)});
  if (maxErrors_ != 0 && errors_.size() >= maxErrors_) {
    tooMany_ = true;
    tooManyPos_ = pos;
  }
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> v = errors_;
  std::stable_sort(v.begin(), v.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  std::vector<Diagnostic> out;
  for (auto& d : v) {
    if (!out.empty() && out.back().pos == d.pos && out.back().msg == d.msg) continue;
    out.push_back(std::move(d));
  }
  return out;
}

std::string Diagnostics::formatPos(Pos p) const {
  std::string s = fileName(p.file);
  if (p.valid()) {
    s += ':' + std::to_string(p.line) + ':' + std::to_string(p.col);
  }
  return s;
}

std::string Diagnostics::format(const Diagnostic& d) const {
  return formatPos(d.pos) + ": " + d.msg;
}

std::string Diagnostics::formatAll() const {
  std::string out;
  for (const Diagnostic& d : sorted()) out += format(d) + '\n';
  if (tooMany_) out += formatPos(tooManyPos_) + ": too many errors\n";
  return out;
}

std::string Diagnostics::first() const {
  auto v = sorted();
  return v.empty() ? std::string() : format(v.front());
}

}  // namespace mgo::fe
