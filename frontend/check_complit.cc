// check_complit.cc — composite literals (spec "Composite literals"), including elided
// element types ([]Point{{1, 2}}, []*Point{{1, 2}} meaning &Point{1, 2}).
//
// Slots: CompositeLit::type is the literal's type. For an elided &T{...} element (the
// element type is *T, as in []*Point{{1, 2}}) the CompositeLit's type is *T: codegen
// builds a T and takes its address when a CompositeLit has pointer type.
// In struct literals with keys, the key Ident's `type` is the field's type and its `obj`
// is nullptr; codegen finds the field by name (keys are unique).
#include <set>

#include "frontend/check.h"

namespace mgo::fe {

void Checker::compositeLit(Operand& x, CompositeLit* e, Type* hint) {
  Type* T = nullptr;
  Type* resultType = nullptr;  // differs from T for an elided &T{...}
  if (e->litType) {
    auto* at = dyn_cast<ArrayTypeExpr>(e->litType);
    if (at && at->dotsLen) {
      // [...]T{...}: length from the elements.
      Type* elem = typExpr(at->elem);
      int64_t maxIdx = 0, idx = 0;
      for (Expr* el : e->elts) {
        if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
          Operand k;
          expr(k, kv->key);
          if (k.mode == ExprMode::Constant) {
            bool ok;
            int64_t v = k.val.int64Val(&ok);
            if (ok) idx = v;
          }
        }
        idx++;
        if (idx > maxIdx) maxIdx = idx;
      }
      T = newArray(elem, maxIdx);
      at->type = T;
      at->mode = ExprMode::TypeExpr;
    } else {
      T = typExpr(e->litType);
    }
  } else if (hint) {
    T = hint;
    if (underlying(T)->kind == TypeKind::Pointer) {  // &T elided
      resultType = T;
      T = underlying(T)->elem;
    }
  } else {
    error(e->pos, "invalid composite literal type: missing type");
    for (Expr* el : e->elts) use(el);
    return;
  }
  if (T == invalidType()) {
    for (Expr* el : e->elts) {
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) use(kv->value);
      else use(el);
    }
    return;
  }
  Type* u = underlying(T);
  std::string litStr = exprString(e);
  switch (u->kind) {
    case TypeKind::Struct: {
      if (e->elts.empty()) break;
      bool keyed = isa<KeyValueExpr>(e->elts[0]);
      if (keyed) {
        std::set<std::string> seen;
        for (Expr* el : e->elts) {
          auto* kv = dyn_cast<KeyValueExpr>(el);
          if (!kv) {
            error(startPos(el), "mixture of field:value and value elements in struct literal");
            use(el);
            continue;
          }
          auto* key = dyn_cast<Ident>(kv->key);
          if (!key) {
            error(startPos(kv->key), "invalid field name " + exprString(kv->key) + " in struct literal");
            use(kv->value);
            continue;
          }
          int fi = -1;
          for (size_t i = 0; i < u->fields.size(); i++)
            if (u->fields[i].name == key->name) fi = int(i);
          if (fi < 0) {
            error(key->pos, "unknown field '" + key->name + "' in struct literal of type " + ts(T));
            use(kv->value);
            continue;
          }
          const TypeField& f = u->fields[fi];
          if (f.pkg != pkg_ && !f.exported()) {
            error(key->pos, "cannot refer to unexported field " + key->name + " in struct literal of type " + ts(T));
          }
          key->type = f.type;
          key->mode = ExprMode::Variable;
          if (!seen.insert(key->name).second) {
            error(key->pos, "duplicate field name " + key->name + " in struct literal");
            use(kv->value);
            continue;
          }
          Operand v;
          exprWithHint(v, kv->value, f.type);
          if (!v.invalid()) assignment(v, f.type, "struct literal");
        }
      } else {
        size_t i = 0;
        for (Expr* el : e->elts) {
          if (isa<KeyValueExpr>(el)) {
            error(startPos(el), "mixture of field:value and value elements in struct literal");
            use(cast<KeyValueExpr>(el)->value);
            i++;
            continue;
          }
          if (i >= u->fields.size()) {
            error(startPos(el), "too many values in " + litStr);
            use(el);
            break;
          }
          const TypeField& f = u->fields[i];
          Operand v;
          exprWithHint(v, el, f.type);
          if (!v.invalid()) {
            if (f.pkg != pkg_ && !f.exported())
              error(startPos(el), "implicit assignment to unexported field " + f.name + " in struct literal of type " + ts(T));
            assignment(v, f.type, "struct literal");
          }
          i++;
        }
        if (i < u->fields.size() && i == e->elts.size())
          error(e->rbrace.valid() ? e->rbrace : e->pos, "too few values in " + litStr);
      }
      break;
    }
    case TypeKind::Array:
    case TypeKind::Slice: {
      Type* elem = u->elem;
      int64_t idx = 0;
      std::set<int64_t> seen;
      for (Expr* el : e->elts) {
        Expr* val = el;
        if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
          Operand k;
          expr(k, kv->key);
          val = kv->value;
          if (!k.invalid()) {
            if (k.mode != ExprMode::Constant) {
              error(startPos(kv->key), "index " + exprString(kv->key) + " must be integer constant");
            } else {
              Value iv = k.val.toInt();
              bool ok = false;
              int64_t v = iv.known() ? iv.int64Val(&ok) : 0;
              if (!ok || !isNumeric(k.type)) {
                error(startPos(kv->key), "index " + exprString(kv->key) + " must be integer constant");
              } else if (v < 0) {
                error(startPos(kv->key), "index " + exprString(kv->key) + " must be non-negative integer constant");
              } else {
                idx = v;
                if (isUntyped(k.type)) convertUntyped(k, basicType(BasicKind::Int));
              }
            }
          }
        }
        if (u->kind == TypeKind::Array && idx >= u->len) {
          error(startPos(val), "index " + std::to_string(idx) + " out of bounds [0:" +
                                   std::to_string(u->len) + "]");
        } else if (!seen.insert(idx).second) {
          error(startPos(el), "duplicate index " + std::to_string(idx) + " in array or slice literal");
        }
        Operand v;
        exprWithHint(v, val, elem);
        if (!v.invalid()) assignment(v, elem, "array or slice literal");
        idx++;
      }
      break;
    }
    case TypeKind::Map: {
      std::set<std::string> seenKeys;
      for (Expr* el : e->elts) {
        auto* kv = dyn_cast<KeyValueExpr>(el);
        if (!kv) {
          error(startPos(el), "missing key in map literal");
          use(el);
          continue;
        }
        Operand k;
        exprWithHint(k, kv->key, u->key);
        if (!k.invalid()) {
          assignment(k, u->key, "map literal");
          if (!k.invalid() && k.mode == ExprMode::Constant) {
            std::string keyStr = typeString(k.type) + ":" + k.val.exactString();
            if (k.val.kind() == Value::String) keyStr = typeString(k.type) + ":" + k.val.stringVal();
            if (!seenKeys.insert(keyStr).second)
              error(startPos(kv->key), "duplicate key " + exprString(kv->key) + " in map literal");
          }
        }
        Operand v;
        exprWithHint(v, kv->value, u->elem);
        if (!v.invalid()) assignment(v, u->elem, "map literal");
      }
      break;
    }
    default:
      if (u != invalidType()) error(e->pos, "invalid composite literal type " + ts(T));
      for (Expr* el : e->elts) {
        if (auto* kv = dyn_cast<KeyValueExpr>(el)) use(kv->value);
        else use(el);
      }
      return;
  }
  x.mode = ExprMode::Value;
  x.type = resultType ? resultType : T;
}

}  // namespace mgo::fe
