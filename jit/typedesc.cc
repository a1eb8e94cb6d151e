// typedesc.cc — TypeDesc, Itab and method-table globals, laid out as abi.h says.
//
// One constant TypeDesc global per distinct Go type used at run time (interned Type*
// keys: identical types share a descriptor, so identity is pointer equality).
// Recursive types: the global is created and registered before its initializer is
// built, so `type L struct{ next *L }` refers to itself. Method tables list the method
// set sorted by name with code taking the receiver as the interface data word
// (methodWrapper), for the types that can reach an interface only ("method tables"
// below: they are filled in after the bodies are lowered); TypeDesc.ptrto is filled when *T was emitted before T's initializer
// is finished (best effort: abi.h allows null).
#include "jit/codegen.h"
#include "runtime/abi.h"

namespace mgo::jit {

using namespace fe;

namespace {
// The LLVM shape of abi.h's TypeDesc and friends.
struct AbiTypes {
  llvm::StructType* typeDesc;
  llvm::StructType* field;
  llvm::StructType* method;
  llvm::StructType* imethod;
  llvm::StructType* str;
};
}  // namespace

static AbiTypes abiTypes(llvm::LLVMContext& ctx) {
  llvm::Type* p = llvm::PointerType::get(ctx, 0);
  llvm::Type* i64 = llvm::Type::getInt64Ty(ctx);
  llvm::Type* i32 = llvm::Type::getInt32Ty(ctx);
  llvm::Type* i16 = llvm::Type::getInt16Ty(ctx);
  llvm::Type* i8 = llvm::Type::getInt8Ty(ctx);
  AbiTypes a;
  a.str = llvm::StructType::get(ctx, {p, i64});
  // size, align, kind, flags, reserved, name, elem, key, len, fields, nfields, methods,
  // nmethods, imethods, nimethods, params, nparams, results, nresults, variadic, ptrto
  a.typeDesc = llvm::StructType::get(ctx, {i64, i32, i8, i8, i16, a.str, p, p, i64, p, i64, p, i64, p,
                                           i64, p, i64, p, i64, i8, p});
  a.field = llvm::StructType::get(ctx, {a.str, p, i64, i8, i8});
  a.method = llvm::StructType::get(ctx, {a.str, p, p});
  a.imethod = llvm::StructType::get(ctx, {a.str, p});
  return a;
}

static bool isExportedName(const std::string& n) {
  return !n.empty() && n[0] >= 'A' && n[0] <= 'Z';
}

llvm::Constant* Codegen::typeDesc(const Type* t) {
  if (isUntyped(t)) t = defaultType(t);
  auto it = typeDescs_.find(t);
  if (it != typeDescs_.end()) return it->second;
  AbiTypes at = abiTypes(ctx);
  auto* gv = new llvm::GlobalVariable(mod, at.typeDesc, true, llvm::GlobalValue::InternalLinkage,
                                      nullptr, fresh("type:" + typeString(t)));
  gv->setAlignment(llvm::Align(8));
  typeDescs_[t] = gv;

  llvm::Constant* null = llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0));
  auto i64c = [&](int64_t v) { return llvm::ConstantInt::get(i64_, static_cast<uint64_t>(v)); };
  auto strc = [&](const std::string& s) { return llvm::cast<llvm::Constant>(stringConst(s)); };
  auto array = [&](llvm::Type* et, std::vector<llvm::Constant*> elems, const std::string& nm) -> llvm::Constant* {
    if (elems.empty()) return null;
    auto* ty = llvm::ArrayType::get(et, elems.size());
    return new llvm::GlobalVariable(mod, ty, true, llvm::GlobalValue::InternalLinkage,
                                    llvm::ConstantArray::get(ty, elems), nm);
  };

  const Type* u = underlying(t);
  uint8_t flags = 0;
  if (comparable(t)) flags |= TypeFlagComparable;
  if (isDirectIface(t)) flags |= TypeFlagDirectIface;
  if (t->isNamed()) flags |= TypeFlagNamed;
  llvm::Constant *elem = null, *key = null, *fields = null, *methods = null, *imethods = null,
                 *params = null, *results = null;
  int64_t len = 0, nfields = 0, nmethods = 0, nimethods = 0, nparams = 0, nresults = 0;
  uint8_t variadic = 0;
  switch (u->kind) {
    case TypeKind::Pointer: case TypeKind::Slice: elem = typeDesc(u->elem); break;
    case TypeKind::Array: elem = typeDesc(u->elem); len = u->len; break;
    case TypeKind::Chan: elem = typeDesc(u->elem); len = static_cast<int64_t>(u->dir); break;
    case TypeKind::Map: elem = typeDesc(u->elem); key = typeDesc(u->key); break;
    case TypeKind::Struct: {
      std::vector<llvm::Constant*> fs;
      const auto* sl = mod.getDataLayout().getStructLayout(llvm::cast<llvm::StructType>(lowerType(u)));
      for (size_t i = 0; i < u->fields.size(); ++i) {
        const auto& f = u->fields[i];
        fs.push_back(llvm::ConstantStruct::get(
            at.field, {strc(f.name), typeDesc(f.type), i64c(sl->getElementOffset(i)),
                       llvm::ConstantInt::get(llvm::Type::getInt8Ty(ctx), f.embedded),
                       llvm::ConstantInt::get(llvm::Type::getInt8Ty(ctx), isExportedName(f.name))}));
      }
      nfields = fs.size();
      fields = array(at.field, fs, "fields");
      break;
    }
    case TypeKind::Signature: {
      std::vector<llvm::Constant*> ps, rs;
      for (const Type* p : u->params->elems) ps.push_back(typeDesc(p));
      for (const Type* r : u->results->elems) rs.push_back(typeDesc(r));
      nparams = ps.size();
      nresults = rs.size();
      params = array(ptrTy_, ps, "params");
      results = array(ptrTy_, rs, "results");
      variadic = u->variadic;
      break;
    }
    case TypeKind::Interface: {
      std::vector<llvm::Constant*> ms;
      for (const auto& m : u->methodSet) {
        ms.push_back(llvm::ConstantStruct::get(at.imethod, {strc(m.name), typeDesc(m.sig)}));
        if (ifaceMethodNames_.insert(m.name).second) ifaceNamesGrew_ = true;
      }
      nimethods = ms.size();
      imethods = array(at.imethod, ms, "imethods");
      break;
    }
    default: break;
  }
  // The method table is filled in later, if t can become an interface's dynamic type
  // (finishMethodTables).
  llvm::Constant* ptrto = null;
  auto pit = typeDescs_.find(newPointer(const_cast<Type*>(t)));
  if (pit != typeDescs_.end()) ptrto = pit->second;
  llvm::Type* lt = lowerType(t);
  const auto& dl = mod.getDataLayout();
  gv->setInitializer(llvm::ConstantStruct::get(
      at.typeDesc,
      {i64c(dl.getTypeAllocSize(lt)),
       llvm::ConstantInt::get(llvm::Type::getInt32Ty(ctx), dl.getABITypeAlign(lt).value()),
       llvm::ConstantInt::get(llvm::Type::getInt8Ty(ctx), abiKind(t)),
       llvm::ConstantInt::get(llvm::Type::getInt8Ty(ctx), flags),
       llvm::ConstantInt::get(llvm::Type::getInt16Ty(ctx), 0), strc(typeString(t)), elem, key,
       i64c(len), fields, i64c(nfields), methods, i64c(nmethods), imethods, i64c(nimethods), params,
       i64c(nparams), results, i64c(nresults), llvm::ConstantInt::get(llvm::Type::getInt8Ty(ctx), variadic),
       ptrto}));
  return gv;
}

// ---- method tables ----
//
// Go's linker keeps the methods of a type only if the type can reach an interface; mgo
// does the same, or every descriptor would drag in its type's whole method set and, through
// the methods' signatures, other types' (os's descriptors pulled 95 methods of package
// time into every program printing with fmt). A type is marked when a value of it is
// converted to an interface (codegen_iface.cc), and marks propagate to the types a value
// of it contains (pointer and slice/array/chan elements, map keys and elements, struct
// fields, and *T when its descriptor exists), because the runtime and fmt reach those
// through the descriptor (a Stringer field is printed with its String method). Method
// signatures and func parameter types do not propagate: their descriptors only serve
// type identity. A table lists only the methods some interface can ask for (Go's
// linker's second rule): names of the methods of every interface type the program has a
// descriptor of (conversions, assertions, type switches, errors.As targets all need
// one), and the names the C++ side looks up by name (fmt, the panic report: Error,
// String, GoString). finishMethodTables fills the tables of marked types after the
// bodies are lowered, lowers what the tables pull in, and refills them when new
// interface method names appeared, until nothing changes.

void Codegen::markIfaceType(const Type* t) {
  if (isUntyped(t)) t = defaultType(t);
  if (ifaceTypes_.insert(t).second) ifaceWork_.push_back(t);
}

void Codegen::fillMethodTable(const Type* t) {
  const Type* u = underlying(t);
  bool mayHaveMethods = t->isNamed() || (u->kind == TypeKind::Pointer && u->elem->isNamed()) ||
                        u->kind == TypeKind::Struct;
  if (!mayHaveMethods || u->kind == TypeKind::Interface) return;
  std::vector<MethodSetEntry> mset = methodSet(t);
  if (mset.empty()) return;
  std::sort(mset.begin(), mset.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  AbiTypes at = abiTypes(ctx);
  std::vector<llvm::Constant*> ms;
  for (const auto& e : mset) {
    const Type* mtype = e.func ? e.func->type : e.sel.type;
    if (!mtype || !ifaceMethodNames_.count(e.name)) continue;
    ms.push_back(llvm::ConstantStruct::get(
        at.method, {llvm::cast<llvm::Constant>(stringConst(e.name)), typeDesc(mtype), methodWrapper(t, e)}));
  }
  if (ms.empty() || ms.size() == filledMethods_[t]) return;
  filledMethods_[t] = ms.size();
  auto* ty = llvm::ArrayType::get(at.method, ms.size());
  auto* arr = new llvm::GlobalVariable(mod, ty, true, llvm::GlobalValue::InternalLinkage,
                                       llvm::ConstantArray::get(ty, ms), "methods");
  auto* gv = llvm::cast<llvm::GlobalVariable>(typeDesc(t));
  auto* init = llvm::cast<llvm::ConstantStruct>(gv->getInitializer());
  std::vector<llvm::Constant*> ops;
  for (unsigned i = 0; i < init->getNumOperands(); ++i) ops.push_back(init->getOperand(i));
  ops[11] = arr;                                                      // methods
  ops[12] = llvm::ConstantInt::get(i64_, static_cast<uint64_t>(ms.size()));  // nmethods
  gv->setInitializer(llvm::ConstantStruct::get(at.typeDesc, ops));
}

void Codegen::finishMethodTables() {
  for (;;) {
    if (!ifaceWork_.empty()) {
      const Type* t = ifaceWork_.back();
      ifaceWork_.pop_back();
      fillMethodTable(t);
      const Type* u = underlying(t);
      switch (u->kind) {
        case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Array: case TypeKind::Chan:
          markIfaceType(u->elem);
          break;
        case TypeKind::Map: markIfaceType(u->key); markIfaceType(u->elem); break;
        case TypeKind::Struct:
          for (const auto& f : u->fields) markIfaceType(f.type);
          break;
        default: break;
      }
      if (typeDescs_.count(newPointer(const_cast<Type*>(t)))) markIfaceType(newPointer(const_cast<Type*>(t)));
      continue;
    }
    if (pendingBodies_.empty()) {
      if (!ifaceNamesGrew_) break;
      ifaceNamesGrew_ = false;  // tables filled so far may now list more methods
      std::vector<const Type*> marked(ifaceTypes_.begin(), ifaceTypes_.end());
      for (const Type* t : marked) fillMethodTable(t);
      continue;
    }
    const FuncDecl* d = pendingBodies_.back();
    pendingBodies_.pop_back();
    defineFunc(d);
  }
}

// Static itab for (interface, concrete type): fun[i] implements iface's i-th method
// (sorted by name).
llvm::Constant* Codegen::itab(const Type* iface, const Type* concrete) {
  markIfaceType(concrete);
  auto key = std::make_pair(iface, concrete);
  auto it = itabs_.find(key);
  if (it != itabs_.end()) return it->second;
  const Type* iu = underlying(iface);
  std::vector<MethodSetEntry> mset = methodSet(concrete);
  std::vector<llvm::Constant*> fns;
  for (const auto& im : iu->methodSet) {
    const MethodSetEntry* found = nullptr;
    for (const auto& e : mset)
      if (e.name == im.name) found = &e;
    if (!found)
      unsupported({}, "internal error: " + typeString(concrete) + " does not implement " +
                          typeString(iface) + " (missing method " + im.name + ")");
    fns.push_back(methodWrapper(concrete, *found));
  }
  auto* fty = llvm::ArrayType::get(ptrTy_, fns.size());
  auto* sty = llvm::StructType::get(ctx, {ptrTy_, ptrTy_, fty});
  auto* gv = new llvm::GlobalVariable(mod, sty, true, llvm::GlobalValue::InternalLinkage, nullptr,
                                      fresh("itab:" + typeString(concrete) + "," + typeString(iface)));
  gv->setAlignment(llvm::Align(8));
  itabs_[key] = gv;
  gv->setInitializer(llvm::ConstantStruct::get(
      sty, {typeDesc(iface), typeDesc(concrete), llvm::ConstantArray::get(fty, fns)}));
  return gv;
}

}  // namespace mgo::jit
