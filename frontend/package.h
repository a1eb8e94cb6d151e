// package.h — checked programs: packages, their files and objects, and the loader.
//
// How to run the checker (codegen's entry point):
//
//   Diagnostics diags;
//   Program prog;
//   bool ok = checkProgram(prog, mainFile, loader, diags);
//     mainFile: the user's SourceFile (package main)
//     loader(importPath) -> Go source text of that package (stdlib/go/<path with / -> _>.go)
//   if (!ok) print diags.formatAll(), exit 1.
//
// After success:
//   prog.packages    all packages in dependency order (imports before importers; main last)
//   pkg->files       parsed, checked ASTs (ast.h slots filled: Expr::type/mode/constVal,
//                    Ident::obj, SelectorExpr::selection, CallExpr::isConversion/builtinId,
//                    FuncLit::captures, BranchStmt::target, CaseClause::implicitObj, ...)
//   pkg->initOrder   package-level variable initialisers in the order to run them
//   pkg->funcs       every function and method declared (FuncDecl order), incl. extern
//   pkg->initFuncs   the package's init() functions in source order
//   pkg->namedTypes  every named type declared (package level and local), with methods
//   pkg->globals     package-level variables (declaration order); pkg->scope all names
//
// Conventions in the typed AST (what codegen can rely on):
//   - Constant expressions (mode Constant) carry constVal and their final type; do not
//     descend into them. Untyped constants get the type of their context (the default
//     type when the context is an interface or has no type), so `var i interface{} = 1`
//     records int on the literal, and the implicit int -> interface{} conversion is
//     visible as expr->type != target type.
//   - A nil assigned/compared/passed gets the target type (e.g. *T, []int, error).
//   - Comma-ok forms: an AssignStmt/VarDecl with 2 lhs and 1 rhs whose rhs has mode
//     MapIndex (m[k]) or CommaOk (x.(T), <-ch); the rhs type is the value's type.
//   - Multi-value calls have a Tuple type (f() in `a, b := f()`, `return f()`, g(f())).
//   - Conversions: CallExpr::isConversion, type = target type. Builtins: isBuiltin and
//     builtinId = int(BuiltinId). Method expressions: SelectorExpr::selection->kind ==
//     MethodExpr, type = func with the receiver first.
//   - Elided &T{} in composite literals: the CompositeLit's type is *T (check_complit.cc).
//   - Struct literal keys: the key Ident's type is the field type; find the field by name.
//   - Closures: FuncLit::captures lists the outer variables used (order of first use),
//     including those only used by nested literals; such Vars have captured = true.
//     Vars whose address is taken (&x, x[:] of an array, pointer-method call on x) have
//     addressTaken = true. Loop variables are one Var per loop (Go 1.19).
//   - Type switches: CaseClause::implicitObj is the clause's Var (type: the single case
//     type, else the guard's type); TypeSwitchStmt::binding->obj is a placeholder.
//   - Labels: LabeledStmt::obj is a Label; BranchStmt::target as documented in ast.h.
//   - Extern (body-less, stdlib only) functions: Func::isExtern; symbol per abi.h.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/scope.h"
#include "frontend/source.h"
#include "frontend/types.h"

namespace mgo::fe {

// One package-level variable initialisation: `lhs... = rhs` (lhs.size() > 1 only for
// `var a, b = f()`); rhs is nullptr for variables without initialiser (zero value; such
// variables are not listed).
struct Initializer {
  std::vector<Var*> lhs;
  Expr* rhs = nullptr;
};

struct Package {
  std::string path;  // import path: "main", "strings", "unicode/utf8"
  std::string name;  // package name: "main", "utf8"
  Scope* scope = nullptr;
  std::vector<File*> files;
  std::vector<Package*> imports;
  std::vector<Initializer> initOrder;
  std::vector<Func*> funcs;
  std::vector<Func*> initFuncs;
  std::vector<Type*> namedTypes;
  std::vector<Var*> globals;  // package-level variables in declaration order
  bool isStdlib = false;      // loaded through the loader (extern functions allowed)
};

using ImportLoader = std::function<std::optional<std::string>(const std::string& importPath)>;

class Program {
 public:
  Program();
  ~Program();
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;

  std::vector<Package*> packages;  // dependency order, main last
  Package* mainPkg = nullptr;

  // Arena (used by the checker).
  template <class T> T* make() {
    auto p = std::make_unique<T>();
    T* raw = p.get();
    objects_.push_back(std::move(p));
    return raw;
  }
  Scope* newScope(Scope* parent);
  Package* newPackage();
  Selection* newSelection();
  SourceFile* newSource(std::string name, std::string text, uint32_t index);
  void ownFile(std::unique_ptr<File> f);
  uint32_t nextFileIndex() { return fileIndex_++; }

 private:
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Package>> pkgs_;
  std::vector<std::unique_ptr<Selection>> sels_;
  std::vector<std::unique_ptr<SourceFile>> sources_;
  std::vector<std::unique_ptr<File>> files_;
  uint32_t fileIndex_ = 1;
};

// Parses and checks `mainFile` (package main) and, transitively, its imports loaded via
// `loader`. Reports errors to diags (sorted/limited when printed). Returns true when
// there are no errors.
bool checkProgram(Program& prog, const SourceFile& mainFile, const ImportLoader& loader,
                  Diagnostics& diags);
// Checks an already parsed main file (the caller keeps ownership of `file`).
bool checkParsedProgram(Program& prog, File* file, const ImportLoader& loader,
                        Diagnostics& diags);

}  // namespace mgo::fe
