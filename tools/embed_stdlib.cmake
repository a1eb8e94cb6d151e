# Writes OUT: a C++ file holding every stdlib/go/*.go file as a string, so the mgo binary
# carries the Go halves of its standard library. Looked up by mgo::stdlib_source(path).
file(GLOB files ${DIR}/*.go)
list(SORT files)
set(body "#include <string_view>\n#include <cstring>\nnamespace mgo {\nstruct EmbeddedFile { const char* name; const char* text; };\nstatic const EmbeddedFile kFiles[] = {\n")
foreach(f ${files})
  get_filename_component(name ${f} NAME)
  file(READ ${f} text)
  set(body "${body}{\"${name}\", R\"mgo_embed(${text})mgo_embed\"},\n")
endforeach()
set(body "${body}{nullptr, nullptr}};\n// name is the file name, e.g. \"strings.go\", \"unicode_utf8.go\".\nconst char* stdlib_source(const char* name) {\n  for (const EmbeddedFile* f = kFiles; f->name; ++f) if (std::strcmp(f->name, name) == 0) return f->text;\n  return nullptr;\n}\n}\n")
file(WRITE ${OUT} "${body}")
