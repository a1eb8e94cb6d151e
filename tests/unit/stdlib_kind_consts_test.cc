// The Go halves of the standard library compare type-descriptor kind codes with named
// constants (`kindSlice = 23 // KindSlice` in stdlib/go/fmt.go and sort.go): the loader
// has no way to share runtime/abi.h's enum Kind with Go code, so each is a copy that names
// its enumerator in a comment. This test reads the embedded sources and checks every such
// copy against the enum, so a renumbering in abi.h cannot leave a stale copy behind.
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <utility>

#include "runtime/abi.h"

namespace mgo {
const char* stdlib_source(const char* name);  // generated: stdlib_embed.cc
}

namespace {

int kindValue(const std::string& name) {
  static const std::pair<const char*, int> kKinds[] = {
      {"KindInvalid", KindInvalid},     {"KindBool", KindBool},
      {"KindInt", KindInt},             {"KindInt8", KindInt8},
      {"KindInt16", KindInt16},         {"KindInt32", KindInt32},
      {"KindInt64", KindInt64},         {"KindUint", KindUint},
      {"KindUint8", KindUint8},         {"KindUint16", KindUint16},
      {"KindUint32", KindUint32},       {"KindUint64", KindUint64},
      {"KindUintptr", KindUintptr},     {"KindFloat32", KindFloat32},
      {"KindFloat64", KindFloat64},     {"KindComplex64", KindComplex64},
      {"KindComplex128", KindComplex128}, {"KindArray", KindArray},
      {"KindChan", KindChan},           {"KindFunc", KindFunc},
      {"KindInterface", KindInterface}, {"KindMap", KindMap},
      {"KindPointer", KindPointer},     {"KindSlice", KindSlice},
      {"KindString", KindString},       {"KindStruct", KindStruct},
      {"KindUnsafePointer", KindUnsafePointer},
  };
  for (const auto& [n, v] : kKinds) {
    if (name == n) return v;
  }
  return -1;
}

// Checks every `kindX = N // KindY` line of file; returns how many it checked.
int checkFile(const char* file) {
  const char* text = mgo::stdlib_source(file);
  EXPECT_NE(text, nullptr) << file << " is not embedded";
  if (text == nullptr) return 0;
  std::string src(text);
  static const std::regex line(R"((kind\w+)\s*=\s*(\d+)\s*//\s*(Kind\w+))");
  int n = 0;
  for (auto it = std::sregex_iterator(src.begin(), src.end(), line); it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    int want = kindValue(m[3].str());
    EXPECT_NE(want, -1) << file << ": " << m[1] << " names " << m[3] << ", which abi.h's enum Kind does not have";
    EXPECT_EQ(std::stoi(m[2].str()), want) << file << ": " << m[1] << " = " << m[2] << " but " << m[3] << " = " << want;
    n++;
  }
  return n;
}

TEST(StdlibKindConsts, GoCopiesMatchTheRuntimesEnum) {
  EXPECT_EQ(checkFile("fmt.go"), 13);  // every kind constant of fmt.go's const block
  EXPECT_EQ(checkFile("sort.go"), 2);
}

}  // namespace
