// check_decl.cc — package-level declarations: collecting objects, resolving them on
// demand (with cycle detection), methods, function bodies and unused imports (the
// initialisation order of package-level variables: check_initorder.cc). Also
// checkProgram (package loading).
#include <algorithm>
#include <functional>

#include "frontend/check.h"

namespace mgo::fe {

void Checker::error(Pos p, std::string msg) {
  diags_.error(errPosOverride_.valid() ? errPosOverride_ : p, std::move(msg));
}

void Checker::declare(Scope* s, Ident* id, Object* obj) {
  if (id) {
    id->obj = obj;
    id->isDef = true;
  }
  if (obj->name == "_") {
    obj->parent = s;
    return;
  }
  if (Object* prev = s->insert(obj)) {
    (void)prev;
    error(obj->pos, obj->name + " redeclared in this block");
  }
}

void Checker::collect(File* f) {
  file_ = f;
  auto reserved = [&](Ident* id) {
    if (id->name == "init" || (id->name == "main" && pkg_->name == "main"))
      error(id->pos, "cannot declare " + id->name + " - must be func");
  };
  for (Decl* d : f->decls) {
    if (auto* cd = dyn_cast<ConstDecl>(d)) for (Ident* id : cd->names) reserved(id);
    if (auto* vd = dyn_cast<VarDecl>(d)) for (Ident* id : vd->names) reserved(id);
    if (auto* td = dyn_cast<TypeDecl>(d)) reserved(td->name);
  }
  Scope* fs = f->scope;
  for (Decl* d : f->decls) {
    if (auto* id = dyn_cast<ImportDecl>(d)) {
      (void)id;  // handled in checkFiles (needs the importer)
      continue;
    }
    if (auto* cd = dyn_cast<ConstDecl>(d)) {
      for (size_t i = 0; i < cd->names.size(); i++) {
        auto* c = prog_.make<Const>();
        c->name = cd->names[i]->name;
        c->pos = cd->names[i]->pos;
        c->pkg = pkg_;
        info_[c] = DeclInfo{f, cd, int(i)};
        declare(pkg_->scope, cd->names[i], c);
      }
    } else if (auto* vd = dyn_cast<VarDecl>(d)) {
      for (size_t i = 0; i < vd->names.size(); i++) {
        auto* v = prog_.make<Var>();
        v->name = vd->names[i]->name;
        v->pos = vd->names[i]->pos;
        v->pkg = pkg_;
        v->isPackageLevel = true;
        v->used = true;
        info_[v] = DeclInfo{f, vd, int(i)};
        declare(pkg_->scope, vd->names[i], v);
        pkgVars_.push_back(v);
        pkg_->globals.push_back(v);
      }
    } else if (auto* td = dyn_cast<TypeDecl>(d)) {
      auto* t = prog_.make<TypeName>();
      t->name = td->name->name;
      t->pos = td->name->pos;
      t->pkg = pkg_;
      t->isAlias = td->alias;
      td->obj = t;
      info_[t] = DeclInfo{f, td, 0};
      declare(pkg_->scope, td->name, t);
    } else if (auto* fd = dyn_cast<FuncDecl>(d)) {
      auto* fn = prog_.make<Func>();
      fn->name = fd->name->name;
      fn->pos = fd->name->pos;
      fn->pkg = pkg_;
      fn->decl = fd;
      fd->obj = fn;
      fd->name->obj = fn;
      fd->name->isDef = true;
      info_[fn] = DeclInfo{f, fd, 0};
      if (fd->recv) {
        methodDecls_.emplace_back(fn, fd);
      } else if (fn->name == "init") {
        pkg_->initFuncs.push_back(fn);
        fn->parent = pkg_->scope;
        if (!fd->sig->params->list.empty() || !fd->sig->results->list.empty())
          error(fd->name->pos, "func init must have no arguments and no return values");
      } else {
        if (fn->name == "main" && pkg_->name == "main" &&
            (!fd->sig->params->list.empty() || !fd->sig->results->list.empty()))
          error(fd->name->pos, "func main must have no arguments and no return values");
        declare(pkg_->scope, fd->name, fn);
      }
      funcDecls_.push_back(fd);
      pkg_->funcs.push_back(fn);
    }
  }
  (void)fs;
}

void Checker::objDecl(Object* obj) {
  auto it = info_.find(obj);
  if (it == info_.end()) return;  // not a package-level object of this package
  DeclInfo& di = it->second;
  if (di.state == DeclInfo::Done) return;
  if (di.state == DeclInfo::InProgress) {
    // A cycle through constants and variables only is an initialization loop, reported
    // when the initialisation order is computed (check_initorder.cc); one mixing them
    // with a type definition is invalid here (go/types' validCycle).
    if (!validCycle(obj)) return;
    if (obj->kind == ObjKind::TypeName) {
      // A named type refers to itself: fine through its Named (already created) unless
      // it is an alias or invalid recursion (reported by the cycle check).
      if (!obj->type) {
        error(obj->pos, "invalid recursive type " + obj->name);
        obj->type = invalidType();
      }
      return;
    }
    // A function's signature, or a constant or variable whose declaration refers back
    // to it: its type is what the declaration says so far (else invalid).
    return;
  }
  di.state = DeclInfo::InProgress;
  objPath_.push_back(obj);
  File* saveFile = file_;
  Scope* saveScope = scope_;
  FuncCtx* saveFn = fn_;
  int saveIota = iota_;
  Object* saveDecl = curDeclObj_;
  auto saveBreak = std::move(breakTargets_);
  file_ = di.file;
  scope_ = di.file->scope;
  fn_ = nullptr;
  iota_ = -1;
  switch (obj->kind) {
    case ObjKind::Const:
      curDeclObj_ = obj;
      constDecl(static_cast<Const*>(obj), cast<ConstDecl>(di.decl), di.index);
      break;
    case ObjKind::Var:
      curDeclObj_ = obj;
      varDeclPkg(static_cast<Var*>(obj), cast<VarDecl>(di.decl));
      break;
    case ObjKind::TypeName:
      typeDecl(static_cast<TypeName*>(obj), cast<TypeDecl>(di.decl));
      break;
    case ObjKind::Func:
      funcDeclSig(static_cast<Func*>(obj), cast<FuncDecl>(di.decl));
      break;
    default:
      break;
  }
  objPath_.pop_back();
  di.state = DeclInfo::Done;
  file_ = saveFile;
  scope_ = saveScope;
  fn_ = saveFn;
  iota_ = saveIota;
  curDeclObj_ = saveDecl;
  breakTargets_ = std::move(saveBreak);
}

// Whether the cycle closed by reaching obj again while resolving objPath_ is allowed at
// this point: one through constants and variables only (an initialization loop, reported
// by computeInitOrder) or types and functions only (recursive types, checked elsewhere).
// A cycle mixing a type definition with constants or variables is reported here, at the
// object of the cycle declared first, as go reports it.
bool Checker::validCycle(Object* obj) {
  auto start = std::find(objPath_.begin(), objPath_.end(), obj);
  if (start == objPath_.end()) return true;  // a sibling of a shared `var a, b = f()`
  size_t nval = 0, ntype = 0;
  for (auto p = start; p != objPath_.end(); ++p) {
    if ((*p)->kind == ObjKind::Const || (*p)->kind == ObjKind::Var) nval++;
    if ((*p)->kind == ObjKind::TypeName) ntype++;
  }
  if (nval == 0 || ntype == 0) return true;
  Object* first = *std::min_element(start, objPath_.end(), [](Object* a, Object* b) {
    return a->pos < b->pos;
  });
  if (!loopReported_.insert(first).second) return false;
  if (first->kind == ObjKind::TypeName) {
    error(first->pos, "invalid recursive type " + first->name);
    if (!first->type) first->type = invalidType();
  } else {
    error(first->pos, "illegal cycle in declaration of " + first->name);
  }
  return false;
}

void Checker::constDecl(Const* obj, ConstDecl* d, int index) {
  ConstDecl* src = d->implicitFrom ? d->implicitFrom : d;
  // Errors in an implicitly repeated expression are reported at the constant's name.
  Pos savePos = errPosOverride_;
  if (d->implicitFrom) errPosOverride_ = obj->pos;
  struct Restore {
    Pos& slot;
    Pos saved;
    ~Restore() { slot = saved; }
  } restore{errPosOverride_, savePos};
  int saveIota = iota_;
  iota_ = d->iota;
  obj->type = invalidType();
  Type* t = nullptr;
  if (src->type) {
    t = typExpr(src->type);
    if (t != invalidType() && !isConstType(t)) {
      error(startPos(src->type), "invalid constant type " + ts(t));
      t = invalidType();
    }
  }
  if (src->values.empty()) {
    if (!(d->implicitFrom == nullptr && src->type == nullptr && index == 0) || true)
      error(obj->pos, "missing init expr for const declaration");
    iota_ = saveIota;
    return;
  }
  if (index >= int(src->values.size())) {
    if (index == int(src->values.size()))
      error(obj->pos, "missing init expr for const declaration");
    iota_ = saveIota;
    return;
  }
  if (index == 0 && src->values.size() > d->names.size() && d == src)
    error(startPos(src->values[d->names.size()]), "extra init expr");
  Operand x;
  expr(x, src->values[index]);
  if (!x.invalid() && x.mode != ExprMode::Constant) {
    error(startPos(x.expr), exprString(x.expr) + " (" +
                                std::string(x.mode == ExprMode::Variable ? "variable" : "value") +
                                " of type " + ts(x.type) + ") is not constant");
    x.mode = ExprMode::Invalid;
  }
  if (!x.invalid() && t && t != invalidType()) assignment(x, t, "constant declaration");
  if (!x.invalid()) {
    obj->type = x.type;
    obj->val = x.val;
  }
  iota_ = saveIota;
}

void Checker::varDeclPkg(Var* obj, VarDecl* d) {
  if (d->names.size() > 1 && d->values.size() == d->names.size()) {
    // `var p, q = q, 1`: each variable has its own initialiser and its own
    // dependencies (p may refer to q; initialisation order decides who runs first).
    size_t i = size_t(info_[obj].index);
    initVars({obj}, {d->values[i]}, d->pos, "variable declaration", d->type);
    return;
  }
  std::vector<Var*> lhs;
  for (Ident* id : d->names) lhs.push_back(static_cast<Var*>(id->obj));
  for (Var* v : lhs) info_[v].state = DeclInfo::InProgress;
  initVars(lhs, d->values, d->pos, "variable declaration", d->type);
  for (Var* v : lhs) info_[v].state = DeclInfo::Done;
  // Record the initializer (init order computed later) — deps were accumulated on obj.
  if (!d->values.empty()) {
    // Deps of all lhs share the first var's entry.
    for (Var* v : lhs)
      if (v != obj) for (Object* o : info_[v].deps) info_[obj].deps.insert(o);
  }
}

void Checker::typeDecl(TypeName* obj, TypeDecl* d) {
  if (d->alias) {
    obj->type = typExpr(d->type);
    return;
  }
  Type* named = newNamed(obj, nullptr);
  obj->type = named;
  pkg_->namedTypes.push_back(named);
  Type* u = definedType(d->type, named);
  if (u->kind == TypeKind::Named && !u->underlying_) {
    // `type T2 T1` while T1 is still being declared: resolved after all type decls.
    pendingUnderlying_.emplace_back(named, u);
    return;
  }
  named->underlying_ = underlying(u);
  if (!named->underlying_ || badNamed_.count(named)) named->underlying_ = invalidType();
}

// Map key types that were still being declared when the map type was made.
void Checker::checkPendingMapKeys() {
  for (auto& [k, pos] : pendingMapKeys_)
    if (k->underlying_ && !comparable(k)) error(pos, "invalid map key type " + ts(k));
  pendingMapKeys_.clear();
}

// Invalid recursive types: a struct or array containing itself by value.
void Checker::checkRecursive(Type* nt) {
  std::set<Type*> seen;
  std::function<bool(Type*, int)> contains = [&](Type* t, int depth) -> bool {
    if (t == nt) return true;
    if (depth > 200) return false;
    if (t->kind == TypeKind::Named) {
      if (!seen.insert(t).second) return false;
      return t->underlying_ && contains(t->underlying_, depth + 1);
    }
    if (t->kind == TypeKind::Array) return contains(t->elem, depth + 1);
    if (t->kind == TypeKind::Struct)
      for (auto& f : t->fields) if (contains(f.type, depth + 1)) return true;
    return false;
  };
  Type* u = nt->underlying_;
  bool bad = false;
  if (u && u->kind == TypeKind::Array) bad = contains(u->elem, 0);
  if (u && u->kind == TypeKind::Struct)
    for (auto& f : u->fields) bad = bad || contains(f.type, 0);
  if (bad) {
    error(nt->obj->pos, "invalid recursive type " + nt->obj->name);
    nt->underlying_ = invalidType();
  }
}

void Checker::funcDeclSig(Func* obj, FuncDecl* d) {
  Scope* fs = prog_.newScope(file_->scope);
  fs->isFunc = true;
  d->scope = fs;
  d->sig->scope = fs;
  Var* recv = nullptr;
  Type* sig = signatureFromExpr(d->sig, fs, d->recv, &obj->params, &obj->results, &recv, true);
  obj->type = sig;
  obj->recv = recv;
  if (!d->body) {
    if (!pkg_->isStdlib) error(d->name->pos, "missing function body");
    obj->isExtern = true;
  }
}

// Builds a signature; declares receiver/params/results in `scope` when asked.
Type* Checker::signatureFromExpr(FuncTypeExpr* ft, Scope* scope, FieldList* recvList,
                                 std::vector<Var*>* params, std::vector<Var*>* results,
                                 Var** recvVar, bool declareInScope) {
  std::vector<Type*> pt, rt;
  bool variadic = false;
  auto doList = [&](FieldList* fl, std::vector<Type*>& types, std::vector<Var*>* vars,
                    bool isResult, bool isRecv) {
    if (!fl) return;
    for (size_t fi = 0; fi < fl->list.size(); fi++) {
      Field* f = fl->list[fi];
      Expr* te = f->type;
      Type* t;
      if (auto* el = dyn_cast<EllipsisExpr>(te)) {
        if (isResult || isRecv || fi + 1 != fl->list.size() || f->names.size() > 1) {
          error(el->pos, "can only use ... with final parameter in list");
          t = newSlice(typExpr(el->elem));
        } else {
          variadic = true;
          t = newSlice(typExpr(el->elem));
        }
        el->type = t;
        el->mode = ExprMode::TypeExpr;
      } else {
        t = typExpr(te);
      }
      auto mk = [&](Ident* id) {
        auto* v = prog_.make<Var>();
        v->name = id ? id->name : "";
        v->pos = id ? id->pos : f->pos;
        v->type = t;
        v->pkg = pkg_;
        v->isParam = !isResult;
        v->isResult = isResult;
        v->used = true;  // parameters are never "declared but not used"
        v->index = int(vars ? vars->size() : 0);
        if (id) {
          id->obj = v;
          id->isDef = true;
          id->type = t;
        }
        if (declareInScope && id && scope && id->name != "_" && !scope->lookup(id->name)) declare(scope, id, v);
        return v;
      };
      if (f->names.empty()) {
        types.push_back(t);
        Var* v = mk(nullptr);
        if (isRecv && recvVar) *recvVar = v;
        else if (vars) vars->push_back(v);
      } else {
        for (Ident* id : f->names) {
          types.push_back(t);
          Var* v = mk(id);
          if (isRecv && recvVar) *recvVar = v;
          else if (vars) vars->push_back(v);
        }
      }
    }
  };
  // Parameter names (receiver, parameters, results) must be distinct.
  std::set<std::string> seenNames;
  for (FieldList* fl : {recvList, ft->params, ft->results}) {
    if (!fl) continue;
    for (Field* f : fl->list)
      for (Ident* id : f->names)
        if (id->name != "_" && !seenNames.insert(id->name).second)
          error(id->pos, id->name + " redeclared in this block");
  }
  std::vector<Type*> recvTypes;
  doList(recvList, recvTypes, nullptr, false, true);
  doList(ft->params, pt, params, false, false);
  doList(ft->results, rt, results, true, false);
  Type* sig = newSignature(pt, rt, variadic);
  ft->type = sig;
  ft->mode = ExprMode::TypeExpr;
  return sig;
}

void Checker::collectMethods() {
  for (auto& [fn, fd] : methodDecls_) {
    file_ = info_[fn].file;
    scope_ = file_->scope;
    // Receiver base type name.
    Field* rf = fd->recv->list.empty() ? nullptr : fd->recv->list[0];
    Expr* te = rf ? rf->type : nullptr;
    while (te && isa<ParenExpr>(te)) te = cast<ParenExpr>(te)->x;
    bool ptr = false;
    if (auto* st = dyn_cast<StarExpr>(te)) {
      ptr = true;
      te = st->x;
      while (te && isa<ParenExpr>(te)) te = cast<ParenExpr>(te)->x;
    }
    fn->ptrRecv = ptr;
    objDecl(fn);  // signature (resolves the receiver type)
    Type* base = nullptr;
    if (auto* id = dyn_cast<Ident>(te)) {
      Object* o = pkg_->scope->lookup(id->name);
      if (o && o->kind == ObjKind::TypeName) base = o->type;
      else if (!o && universe()->lookup(id->name)) base = universe()->lookup(id->name)->type;
    } else if (isa<SelectorExpr>(te)) {
      base = const_cast<Type*>(te->type);  // resolved with the signature
    }
    if (!base || base == invalidType()) continue;  // typExpr reported undefined
    if (base->kind != TypeKind::Named || base->obj->pkg != pkg_) {
      error(startPos(te), "cannot define new methods on non-local type " + ts(base));
      continue;
    }
    Type* u = underlying(base);
    if (u->kind == TypeKind::Pointer || u->kind == TypeKind::Interface) {
      error(te->pos, "invalid receiver type " + base->obj->name +
                         (u->kind == TypeKind::Pointer ? " (pointer or interface type)"
                                                       : " (pointer or interface type)"));
      continue;
    }
    if (fn->name == "_") continue;
    bool dup = false;
    for (Func* m : base->methods) {
      if (m->name == fn->name) {
        error(fn->pos, base->obj->name + "." + fn->name + " redeclared in this block");
        dup = true;
        break;
      }
    }
    if (dup) continue;
    if (u->kind == TypeKind::Struct) {
      for (auto& f : u->fields) {
        if (f.name == fn->name) {
          error(fn->pos, "field and method with the same name " + fn->name);
          dup = true;
          break;
        }
      }
    }
    if (!dup) base->methods.push_back(fn);
  }
}

void Checker::funcBody(Func* f, FuncDecl* d) {
  if (!d->body) return;
  file_ = info_[f].file;
  FuncCtx ctx;
  ctx.sig = f->type;
  ctx.results = f->results;
  ctx.scope = d->scope;
  fn_ = &ctx;
  scope_ = d->scope;
  curDeclObj_ = f;
  // Function scope holds params; the body block is a child scope of it in Go, but names
  // in the body may not redeclare params: Go uses the same block. Use the function scope.
  d->body->scope = d->scope;
  funcBodyStmts(&ctx, d->body, d->body->rbrace);
  fn_ = nullptr;
  curDeclObj_ = nullptr;
}

void Checker::unusedImports() {
  for (File* f : pkg_->files) {
    for (ImportDecl* id : f->imports) {
      auto* pn = static_cast<PkgName*>(id->obj);
      if (!pn || pn->used || pn->name == "_") continue;
      std::string path = id->path ? id->path->strVal : "";
      if (id->name && id->name->name != pn->imported->name)
        error(id->pos, "imported and not used: \"" + path + "\" as " + pn->name);
      else
        error(id->path ? id->path->pos : id->pos, "imported and not used: \"" + path + "\"");
    }
  }
}

void Checker::checkFiles(const std::vector<File*>& files,
                         const std::function<Package*(const std::string&, Pos)>& importer) {
  pkg_->scope = prog_.newScope(universe());
  pkg_->scope->isPackage = true;
  for (File* f : files) {
    pkg_->files.push_back(f);
    f->scope = prog_.newScope(pkg_->scope);
    f->scope->isFile = true;
    if (f->pkgName) {
      if (pkg_->name.empty()) pkg_->name = f->pkgName->name;
    }
  }
  // Imports.
  for (File* f : files) {
    file_ = f;
    for (ImportDecl* id : f->imports) {
      if (!id->path) continue;
      std::string path = id->path->strVal;
      Package* imp = importer(path, id->path->pos);
      if (!imp) continue;
      auto* pn = prog_.make<PkgName>();
      pn->imported = imp;
      pn->pkg = pkg_;
      pn->pos = id->pos;
      pn->name = id->name ? id->name->name : imp->name;
      id->obj = pn;
      if (id->name) {
        id->name->obj = pn;
        id->name->isDef = true;
      }
      if (pn->name == ".") {
        // Dot import: every exported name of imp in the file scope.
        pn->used = true;
        for (Object* o : imp->scope->ordered)
          if (o->exported()) f->scope->names.emplace(o->name, o);
        continue;
      }
      if (pn->name == "_") continue;
      if (Object* prev = f->scope->insert(pn)) {
        (void)prev;
        error(id->pos, pn->name + " redeclared in this block");
      }
      bool have = false;
      for (Package* p : pkg_->imports) have |= p == imp;
      if (!have) pkg_->imports.push_back(imp);
    }
  }
  for (File* f : files) collect(f);
  // A package-level name also declared as an import name in a file is an error.
  for (File* f : files) {
    for (auto& [n, o] : f->scope->names) {
      if (o->kind != ObjKind::PkgName) continue;
      if (Object* alt = pkg_->scope->lookup(n))
        error(alt->pos, n + " already declared through import of package " +
                            static_cast<PkgName*>(o)->imported->name);
    }
  }
  // Types first, then methods, then signatures, constants and variables.
  for (File* f : files)
    for (Decl* d : f->decls)
      if (auto* td = dyn_cast<TypeDecl>(d)) if (td->obj) objDecl(td->obj);
  // Named types defined by other named types still being declared.
  for (bool progress = true; progress && !pendingUnderlying_.empty();) {
    progress = false;
    for (size_t i = 0; i < pendingUnderlying_.size(); i++) {
      auto [named, target] = pendingUnderlying_[i];
      if (!target->underlying_) continue;
      named->underlying_ = target->underlying_;
      pendingUnderlying_.erase(pendingUnderlying_.begin() + long(i));
      progress = true;
      break;
    }
  }
  for (auto& [named, target] : pendingUnderlying_) {
    error(named->obj->pos, "invalid recursive type " + named->obj->name);
    named->underlying_ = invalidType();
  }
  pendingUnderlying_.clear();
  for (Type* nt : pkg_->namedTypes) checkRecursive(nt);
  checkPendingMapKeys();
  collectMethods();
  for (FuncDecl* fd : funcDecls_) objDecl(fd->obj);
  for (File* f : files)
    for (Decl* d : f->decls) {
      if (auto* cd = dyn_cast<ConstDecl>(d))
        for (Ident* id : cd->names) if (id->obj) objDecl(id->obj);
      if (auto* vd = dyn_cast<VarDecl>(d))
        for (Ident* id : vd->names) if (id->obj) objDecl(id->obj);
    }
  for (FuncDecl* fd : funcDecls_) {
    if (diags_.tooMany()) break;
    funcBody(static_cast<Func*>(fd->obj), fd);
  }
  if (pkg_->name == "main" && !pkg_->isStdlib) {
    Object* m = pkg_->scope->lookup("main");
    if (!m || m->kind != ObjKind::Func)
      error(Pos{files.empty() ? 0u : files[0]->pos.file, 0, 0}, "function main is undeclared in the main package");
  }
  unusedImports();
  computeInitOrder();
}

// ---- Program ----

Program::Program() = default;
Program::~Program() = default;
Scope* Program::newScope(Scope* parent) {
  scopes_.push_back(std::make_unique<Scope>());
  Scope* s = scopes_.back().get();
  s->parent = parent;
  if (parent) parent->children.push_back(s);
  return s;
}
Package* Program::newPackage() {
  pkgs_.push_back(std::make_unique<Package>());
  return pkgs_.back().get();
}
Selection* Program::newSelection() {
  sels_.push_back(std::make_unique<Selection>());
  return sels_.back().get();
}
SourceFile* Program::newSource(std::string name, std::string text, uint32_t index) {
  sources_.push_back(std::make_unique<SourceFile>(std::move(name), std::move(text), index));
  return sources_.back().get();
}
void Program::ownFile(std::unique_ptr<File> f) { files_.push_back(std::move(f)); }

namespace {

struct Loader {
  Program& prog;
  const ImportLoader& loader;
  Diagnostics& diags;
  std::map<std::string, Package*> loaded;
  std::set<std::string> loading;

  Package* import(const std::string& path, Pos pos) {
    if (path == "unsafe") return unsafePackage();
    auto it = loaded.find(path);
    if (it != loaded.end()) return it->second;
    if (loading.count(path)) {
      diags.error(pos, "import cycle not allowed");
      return nullptr;
    }
    std::optional<std::string> src = loader ? loader(path) : std::nullopt;
    if (!src) {
      diags.error(pos, "package " + path + " is not in GOROOT (/usr/lib/go-1.19/src/" + path + ")");
      loaded[path] = nullptr;
      return nullptr;
    }
    std::string fname = path;
    for (char& c : fname) if (c == '/') c = '_';
    SourceFile* sf = prog.newSource("stdlib/go/" + fname + ".go", *src, prog.nextFileIndex());
    size_t before = diags.errorCount();
    std::unique_ptr<File> f = parseFile(*sf, diags);
    File* fp = f.get();
    prog.ownFile(std::move(f));
    if (diags.errorCount() != before) {
      loaded[path] = nullptr;
      return nullptr;
    }
    loading.insert(path);
    Package* pkg = prog.newPackage();
    pkg->path = path;
    pkg->isStdlib = true;
    check(pkg, {fp});
    loading.erase(path);
    loaded[path] = pkg;
    return pkg;
  }

  void check(Package* pkg, std::vector<File*> files) {
    Checker c(prog, pkg, diags);
    c.checkFiles(files, [&](const std::string& p, Pos pos) { return import(p, pos); });
    prog.packages.push_back(pkg);
  }
};

}  // namespace

bool checkParsedProgram(Program& prog, File* file, const ImportLoader& loader,
                        Diagnostics& diags) {
  Loader l{prog, loader, diags, {}, {}};
  Package* pkg = prog.newPackage();
  pkg->path = "main";
  pkg->name = "main";
  prog.mainPkg = pkg;
  l.check(pkg, {file});
  return !diags.hasErrors();
}

bool checkProgram(Program& prog, const SourceFile& mainFile, const ImportLoader& loader,
                  Diagnostics& diags) {
  std::unique_ptr<File> f = parseFile(mainFile, diags);
  // As Go: syntax errors stop here; lexical errors are reported together with type errors.
  if (diags.blockingErrorCount() != 0) return false;
  File* fp = f.get();
  prog.ownFile(std::move(f));
  if (fp->pkgName && fp->pkgName->name != "main") {
    // Go: "package x is not a main package" comes from go run; go build accepts it.
  }
  return checkParsedProgram(prog, fp, loader, diags);
}

}  // namespace mgo::fe
