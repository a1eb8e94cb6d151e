// check_initorder.cc — the order in which package-level variables are initialised
// (Go spec, "Package initialization"; the algorithm of go/types and gc's initorder.go).
//
// The rule: repeatedly pick the earliest variable in declaration order that is ready for
// initialisation (not yet initialised, and with no initialiser or an initialiser with no
// dependency on an uninitialised variable) and initialise it. A reference to a function
// or method is a dependency on everything its body references, transitively; closures
// count as part of the body that contains them (the checker records all of this in
// DeclInfo::deps, keyed by the package-level object being checked).
//
// Here: every variable is a node whose dependencies are the variables reachable from its
// initialiser through function nodes only (functions are eliminated from the graph).
// `var a, b = f()` makes a and b two nodes with the same dependencies; the shared
// initialiser is emitted once, when the first of them is picked. Nodes are picked by
// (number of uninitialised dependencies, declaration order): in a valid program the
// picked node has no dependency left; a picked node that still has some and lies on a
// dependency cycle is reported as `initialization loop for NAME`, as go build does.
// Constants are nodes too (never emitted): go reports a cycle through constants, or
// constants and variables, the same way (objDecl lets such cycles through; a cycle that
// also goes through a type definition is reported by Checker::validCycle instead).
#include <algorithm>
#include <set>
#include <unordered_map>

#include "frontend/check.h"

namespace mgo::fe {

namespace {

struct InitNode {
  Object* obj = nullptr;         // a variable or a constant
  int order = 0;                 // declaration order
  int ndeps = 0;                 // dependencies not yet initialised
  std::vector<InitNode*> preds;  // nodes depending on this one
};

}  // namespace

void Checker::computeInitOrder() {
  // Dependencies of a variable's initialiser: the variables of all the lhs of its
  // declaration share them (the checker records them on whichever lhs it resolved).
  auto initDeps = [&](Object* v) {
    std::set<Object*> deps;
    const DeclInfo& di = info_[v];
    auto* vd = dyn_cast<VarDecl>(di.decl);
    if (!vd) return di.deps;  // a constant
    bool shared = vd->values.size() == 1 && vd->names.size() > 1;
    if (!shared) return di.deps;
    for (Ident* id : vd->names)
      if (id->obj) for (Object* o : info_[id->obj].deps) deps.insert(o);
    return deps;
  };

  // Constants are nodes too: a cycle through constants (and variables) is reported here.
  std::vector<Object*> objs;
  for (auto& [o, di] : info_)
    if (o->kind == ObjKind::Var || o->kind == ObjKind::Const) objs.push_back(o);
  std::sort(objs.begin(), objs.end(), [](Object* a, Object* b) { return a->pos < b->pos; });
  std::unordered_map<Object*, InitNode> nodes;
  for (size_t i = 0; i < objs.size(); i++) {
    InitNode& n = nodes[objs[i]];
    n.obj = objs[i];
    n.order = int(i);
  }

  // Variables and constants reachable from v's initialiser through functions (function
  // elimination).
  for (Object* v : objs) {
    std::set<Object*> seen;
    std::set<InitNode*> succs;
    std::vector<Object*> work;
    for (Object* o : initDeps(v)) work.push_back(o);
    while (!work.empty()) {
      Object* o = work.back();
      work.pop_back();
      if (!seen.insert(o).second) continue;
      if (o->kind == ObjKind::Var || o->kind == ObjKind::Const) {
        auto it = nodes.find(o);
        if (it != nodes.end()) succs.insert(&it->second);
      } else if (o->kind == ObjKind::Func) {
        auto it = info_.find(o);
        if (it != info_.end())
          for (Object* d : it->second.deps) work.push_back(d);
      }
    }
    InitNode& n = nodes[v];
    n.ndeps = int(succs.size());
    for (InitNode* s : succs) s->preds.push_back(&n);
  }

  // Does a dependency path (through variables and functions) lead from start back to it?
  auto onCycle = [&](Object* start) {
    std::set<Object*> seen;
    std::vector<Object*> work;
    for (Object* o : initDeps(start)) work.push_back(o);
    while (!work.empty()) {
      Object* o = work.back();
      work.pop_back();
      if (o == start) return true;
      if (!seen.insert(o).second) continue;
      auto it = info_.find(o);
      if (it == info_.end()) continue;
      if (o->kind == ObjKind::Var || o->kind == ObjKind::Const)
        for (Object* d : initDeps(o)) work.push_back(d);
      else if (o->kind == ObjKind::Func)
        for (Object* d : it->second.deps) work.push_back(d);
    }
    return false;
  };

  auto key = [](const InitNode* n) { return std::make_pair(n->ndeps, n->order); };
  std::set<std::pair<std::pair<int, int>, InitNode*>> queue;
  for (auto& [o, n] : nodes) queue.insert({key(&n), &n});
  std::set<const VarDecl*> emitted;
  while (!queue.empty()) {
    InitNode* n = queue.begin()->second;
    queue.erase(queue.begin());
    if (n->ndeps > 0 && onCycle(n->obj) && !loopReported_.count(n->obj))
      error(n->obj->pos, "initialization loop for " + n->obj->name);
    for (InitNode* p : n->preds) {
      auto it = queue.find({key(p), p});
      if (it == queue.end()) continue;  // already picked (a cycle)
      queue.erase(it);
      p->ndeps--;
      queue.insert({key(p), p});
    }
    const DeclInfo& di = info_[n->obj];
    auto* vd = dyn_cast<VarDecl>(di.decl);
    if (!vd || vd->values.empty()) continue;
    Initializer in;
    if (vd->values.size() == 1 && vd->names.size() > 1) {
      if (!emitted.insert(vd).second) continue;
      for (Ident* id : vd->names) in.lhs.push_back(static_cast<Var*>(id->obj));
      in.rhs = vd->values[0];
    } else if (di.index < int(vd->values.size())) {
      in.lhs.push_back(static_cast<Var*>(n->obj));
      in.rhs = vd->values[size_t(di.index)];
    } else {
      continue;  // a count mismatch, reported by the checker
    }
    pkg_->initOrder.push_back(in);
  }
}

}  // namespace mgo::fe
