// scope.h — lexical scopes (spec "Declarations and scope").
//
// Universe > package > file (imports) > function > blocks. The checker declares objects
// as it walks statements, so a lookup only ever sees names declared before the use
// (Go's rule inside functions); package-level names are all declared before bodies are
// checked. Scopes and objects are owned by the Program (package.h).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/source.h"

namespace mgo::fe {

struct Object;

struct Scope {
  Scope* parent = nullptr;
  std::vector<Scope*> children;
  std::unordered_map<std::string, Object*> names;
  std::vector<Object*> ordered;  // declaration order
  bool isFunc = false;           // the outermost scope of a function (params/results)
  bool isPackage = false;
  bool isFile = false;

  // The object declared here under name, or nullptr.
  Object* lookup(const std::string& name) const;
  // Innermost object named `name` visible from this scope; *where gets its scope.
  Object* lookupParent(const std::string& name, Scope** where = nullptr) const;
  // Declares obj (sets obj->parent); returns the previous object with that name (and
  // does nothing) if there was one. Blank names "_" are never inserted.
  Object* insert(Object* obj);
};

// The universe scope (predeclared types, constants, nil, builtins), built once.
Scope* universe();
// The package "unsafe" (Pointer, Sizeof, Alignof, Offsetof).
struct Package;
Package* unsafePackage();

}  // namespace mgo::fe
