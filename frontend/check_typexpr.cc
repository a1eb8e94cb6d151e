// check_typexpr.cc — type expressions (spec "Types").
#include "frontend/check.h"

namespace mgo::fe {

Type* Checker::typExprOrNull(Expr* e) {
  Operand x;
  exprOrType(x, e);
  if (x.mode == ExprMode::TypeExpr) return x.type;
  return nullptr;
}

Type* Checker::typExpr(Expr* e) { return definedType(e, nullptr); }

int64_t Checker::arrayLength(Expr* e) {
  Operand x;
  expr(x, e);
  if (x.invalid()) return -1;
  if (x.mode != ExprMode::Constant) {
    error(startPos(e), "array length " + exprString(e) + " (" +
                           std::string(x.mode == ExprMode::Variable ? "variable" : "value") +
                           " of type " + ts(x.type) + ") must be constant");
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    Value iv = x.val.toInt();
    if (iv.known()) {
      bool ok;
      int64_t n = iv.int64Val(&ok);
      if (ok && n >= 0) {
        if (isUntyped(x.type)) convertUntyped(x, basicType(BasicKind::Int));
        return n;
      }
      if (ok && n < 0) {
        error(startPos(e), "invalid array length " + opString(x));
        return -1;
      }
    }
  }
  error(startPos(e), "array length " + exprString(e) + " (" + opString(x).substr(exprString(e).size() + 2));
  return -1;
}

Type* Checker::definedType(Expr* e, Type* named) {
  Type* t = invalidType();
  if (!e) return t;
  switch (e->kind) {
    case NodeKind::Ident:
    case NodeKind::SelectorExpr:
    case NodeKind::ParenExpr: {
      if (auto* p = dyn_cast<ParenExpr>(e)) {
        t = definedType(p->x, named);
        break;
      }
      Operand x;
      exprOrType(x, e);
      if (x.invalid()) return invalidType();
      if (x.mode != ExprMode::TypeExpr) {
        error(startPos(e), (x.mode == ExprMode::Builtin ? exprString(e) : opString(x)) + " is not a type");
        return invalidType();
      }
      t = x.type;
      break;
    }
    case NodeKind::StarExpr:
      t = newPointer(typExpr(cast<StarExpr>(e)->x));
      break;
    case NodeKind::ArrayType: {
      auto* a = cast<ArrayTypeExpr>(e);
      if (!a->len) {
        if (a->dotsLen) error(a->pos, "invalid use of [...] array (outside a composite literal)");
        t = invalidType();
        typExpr(a->elem);
        break;
      }
      int64_t n = arrayLength(a->len);
      Type* el = typExpr(a->elem);
      t = n < 0 ? invalidType() : newArray(el, n);
      break;
    }
    case NodeKind::SliceType:
      t = newSlice(typExpr(cast<SliceTypeExpr>(e)->elem));
      break;
    case NodeKind::MapType: {
      auto* m = cast<MapTypeExpr>(e);
      Type* k = typExpr(m->key);
      Type* v = typExpr(m->value);
      if (k != invalidType()) {
        // Checked later when k's underlying may still be unresolved (named in progress).
        if (k->kind == TypeKind::Named && !k->underlying_) {
          pendingMapKeys_.emplace_back(k, startPos(m->key));
        } else if (!comparable(k)) {
          error(startPos(m->key), "invalid map key type " + ts(k));
        }
      }
      t = newMap(k, v);
      break;
    }
    case NodeKind::ChanType: {
      auto* c = cast<ChanTypeExpr>(e);
      ChanDirection d = c->dir == ChanDir::Send ? ChanDirection::Send
                        : c->dir == ChanDir::Recv ? ChanDirection::Recv
                                                  : ChanDirection::Both;
      t = newChan(typExpr(c->elem), d);
      break;
    }
    case NodeKind::FuncType: {
      auto* f = cast<FuncTypeExpr>(e);
      t = signatureFromExpr(f, nullptr, nullptr, nullptr, nullptr, nullptr, false);
      break;
    }
    case NodeKind::StructType:
      t = structType(cast<StructTypeExpr>(e));
      break;
    case NodeKind::InterfaceType:
      t = interfaceType(cast<InterfaceTypeExpr>(e), named);
      break;
    case NodeKind::Ellipsis:
      error(e->pos, "invalid use of ...");
      t = invalidType();
      break;
    case NodeKind::BadExpr:
      return invalidType();
    default:
      error(startPos(e), exprString(e) + " is not a type");
      return invalidType();
  }
  e->type = t;
  e->mode = ExprMode::TypeExpr;
  return t;
}

Type* Checker::structType(StructTypeExpr* e) {
  std::vector<TypeField> fields;
  std::set<std::string> names;
  if (e->fields) {
    for (Field* f : e->fields->list) {
      Type* t = typExpr(f->type);
      std::string tag = f->tag ? f->tag->strVal : "";
      auto add = [&](const std::string& name, Pos pos, bool emb) {
        if (name != "_" && !names.insert(name).second) {
          error(pos, name + " redeclared");
          return;
        }
        TypeField tf;
        tf.name = name;
        tf.type = t;
        tf.embedded = emb;
        tf.tag = tag;
        tf.pkg = pkg_;
        tf.pos = pos;
        fields.push_back(tf);
      };
      if (f->names.empty()) {
        // Embedded: T, *T, pkg.T, *pkg.T. Name is the type name.
        Expr* te = f->type;
        while (auto* p = dyn_cast<ParenExpr>(te)) te = p->x;
        bool ptr = false;
        if (auto* s = dyn_cast<StarExpr>(te)) { te = s->x; ptr = true; }
        std::string name;
        if (auto* id = dyn_cast<Ident>(te)) name = id->name;
        else if (auto* se = dyn_cast<SelectorExpr>(te)) name = se->sel->name;
        else {
          error(startPos(f->type), "invalid embedded field type " + exprString(f->type));
          continue;
        }
        if (t != invalidType()) {
          Type* u = underlying(t);
          if (ptr) {
            Type* base = t->kind == TypeKind::Pointer ? t->elem : t;
            if (underlying(base)->kind == TypeKind::Pointer || isInterface(base)) {
              error(startPos(f->type), "embedded field type cannot be a pointer to an interface");
            }
          } else if (u->kind == TypeKind::Pointer) {
            error(startPos(f->type), "embedded field type cannot be a pointer");
          } else if (isBasic(u, BasicKind::UnsafePointer)) {
            error(startPos(f->type), "embedded field type cannot be unsafe.Pointer");
          }
        }
        add(name, startPos(f->type), true);
      } else {
        for (Ident* id : f->names) add(id->name, id->pos, false);
      }
    }
  }
  return newStruct(std::move(fields));
}

Type* Checker::interfaceType(InterfaceTypeExpr* e, Type* named) {
  std::vector<InterfaceMethod> ms;
  std::vector<Type*> embeds;
  if (e->methods) {
    for (Field* f : e->methods->list) {
      if (f->names.empty()) {
        Type* t = typExpr(f->type);
        if (t == invalidType()) continue;
        if (t->kind == TypeKind::Named && !t->underlying_) {
          // The embedded interface is still being declared: a cycle through embedding.
          error(t->obj->pos, "invalid recursive type " + t->obj->name);
          badNamed_.insert(t);
          continue;
        }
        if (!isInterface(t)) {
          error(startPos(f->type), "cannot use " + ts(t) + " as interface (not an interface)");
          continue;
        }
        embeds.push_back(t);
        continue;
      }
      auto* ft = dyn_cast<FuncTypeExpr>(f->type);
      if (!ft) continue;
      for (Ident* id : f->names) {
        auto* m = prog_.make<Func>();
        m->name = id->name;
        m->pos = id->pos;
        m->pkg = pkg_;
        m->type = signatureFromExpr(ft, nullptr, nullptr, &m->params, &m->results, nullptr, false);
        id->obj = m;
        id->isDef = true;
        InterfaceMethod im;
        im.name = id->name;
        im.sig = m->type;
        im.pkg = pkg_;
        im.obj = m;
        if (id->name == "_") {
          error(id->pos, "methods must have a unique non-blank name");
          continue;
        }
        ms.push_back(im);
      }
    }
  }
  std::string dup;
  Type* t = newInterface(ms, embeds, &dup);
  if (!t) {
    error(e->pos, "duplicate method " + dup);
    t = newInterface({}, {});
  }
  (void)named;
  return t;
}

}  // namespace mgo::fe
