// ast_walk.h — a generic pre-order walk over the typed AST, for the analyses codegen runs
// before lowering a function (which variables need heap cells, which are captured).
#pragma once

#include <functional>

#include "frontend/ast.h"

namespace mgo::jit {

// Calls fn(n) for n and every node below it, pre-order. If fn returns false the children
// of n are skipped. Type expressions are not entered.
void walk(const fe::Node* n, const std::function<bool(const fe::Node*)>& fn);

}  // namespace mgo::jit
