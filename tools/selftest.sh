#!/usr/bin/env bash
# selftest.sh — tests of the test tools themselves (golden.sh, badinput.sh, conformance.sh,
# bench.sh), run against stand-ins for mgo so they need only bash, perl and go:
#   - tools/fake-mgo.sh (go build underneath) must pass what Go passes;
#   - a deliberately broken stand-in must be caught, with the right one-line reason;
#   - the errorcheck matcher must accept Go's own compiler and reject a missing error.
# Usage: tools/selftest.sh        (prints ok/FAIL per check, then `N passed, N failed`)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() {  # check NAME COMMAND-OUTPUT-FILE GREP-PATTERN...: every pattern must be in the output
  local name=$1 out=$2; shift 2
  for p in "$@"; do
    if ! grep -qE -- "$p" "$out"; then
      echo "FAIL $name: no line matches /$p/"; sed 's/^/    /' "$out" | tail -n 5; failed=$((failed + 1)); return
    fi
  done
  echo "ok   $name"; passed=$((passed + 1))
}

# 1. The fake passes golden programs of each kind (plain, args, exit status, panic, gomaxprocs).
for n in const_iota os_args os_exit index_oob go_pingpong; do
  "$here/golden.sh" "$here/fake-mgo.sh" "$root/tests/golden" "$n"
done >"$tmp/g1" 2>&1
check "golden: fake mgo passes" "$tmp/g1" '^PASS const_iota$' '^PASS os_args$' '^PASS os_exit$' '^PASS index_oob$' \
  '^PASS go_pingpong \[GOMAXPROCS=2\]$'

# 2. A broken stand-in is caught: wrong line, wrong status, lost stderr, signal, hang,
#    stdout buffered until exit (seen by a `// stderr: stdout` program).
cat >"$tmp/broken-mgo" <<EOS
#!/usr/bin/env bash
case \$2 in
  const_iota.go) "$here/fake-mgo.sh" "\$@" | sed '3s/.*/wrong line/' ;;
  index_oob.go) "$here/fake-mgo.sh" "\$@" 2>/dev/null; exit 2 ;;
  os_exit.go) "$here/fake-mgo.sh" "\$@"; exit 1 ;;
  for_forms.go) kill -SEGV \$\$ ;;
  if_else.go) sleep 100 ;;
  pkg_os_interleave.go) out=\$("$here/fake-mgo.sh" "\$@"); st=\$?; printf '%s' "\$out"; exit \$st ;;  # stdout held to the end
esac
EOS
chmod +x "$tmp/broken-mgo"
for n in const_iota index_oob os_exit for_forms if_else pkg_os_interleave; do
  GOLDEN_TIMEOUT=3 "$here/golden.sh" "$tmp/broken-mgo" "$root/tests/golden" "$n"
done >"$tmp/g2" 2>&1
check "golden: broken mgo caught" "$tmp/g2" \
  '^FAIL const_iota: stdout differs at line 3: got "wrong line", want "0 0 1 10 2 20"' \
  "^FAIL index_oob: stderr first line: got '', want 'panic: runtime error: index out of range \[5\] with length 3'" \
  '^FAIL os_exit: exit status 1, want 3' '^FAIL for_forms: exit status 139 \(killed by signal SIGSEGV\)' \
  '^FAIL if_else: time limit reached' '^FAIL pkg_os_interleave: stdout differs at line 1: got "stderr: println builtin 2", want "stdout: Println 1"' \
  '^0 passed, 1 failed$'

# 3. Bad input: the fake reproduces go build's first error lines.
"$here/badinput.sh" "$here/fake-mgo.sh" "$root/tests/bad" 'syntax_missing_brace' >"$tmp/b1" 2>&1
"$here/badinput.sh" "$here/fake-mgo.sh" "$root/tests/bad" 'undefined' >>"$tmp/b1" 2>&1
# A generated input (the 10 MB one takes go build over 30 s on a loaded machine; mgo's own run covers it).
"$here/badinput.sh" "$here/fake-mgo.sh" "$root/tests/bad" 'gen_nest_blocks' >>"$tmp/b1" 2>&1
check "badinput: fake mgo" "$tmp/b1" '^PASS syntax_missing_brace$' '^PASS undefined$' '^PASS gen_nest_blocks'
"$here/badinput.sh" "$here/fake-mgo.sh" "$root/tests/bad" 'generic_func' >"$tmp/b2" 2>&1
check "badinput: a program that compiles is caught" "$tmp/b2" '^FAIL generic_func: exit status 0, want 1'

# 4. Conformance: `run` files with the fake; errorcheck with Go's own compiler as the
#    stand-in, and with a copy of a test that wants one error too many.
"$here/conformance.sh" --gomaxprocs "1 2" "$here/fake-mgo.sh" ken/simpvar.go ken/string.go >"$tmp/c1" 2>&1
check "conformance: run files" "$tmp/c1" '^PASS ken/string.go \[GOMAXPROCS=1\]$' '^4 passed, 0 failed$'
cat >"$tmp/compile-mgo" <<'EOS'
#!/usr/bin/env bash
# stand-in for `mgo ir -e FILE`: Go's compiler as run.go runs it, with columns, errors on stderr
t=$(mktemp -d); go tool compile -p=p -e -o "$t/a.o" "${@: -1}" >&2; st=$?; rm -rf "$t"; [ $st = 0 ] || exit 1
EOS
chmod +x "$tmp/compile-mgo"
suite=/usr/share/go-1.19/test
sed 's|^func main() {$|func main() { // ERROR "this error is never reported"|' "$suite/fixedbugs/bug037.go" >"$tmp/bug037x.go"
"$here/conformance.sh" "$tmp/compile-mgo" fixedbugs/bug037.go label1.go import1.go "$tmp/bug037x.go" >"$tmp/c2" 2>&1
check "conformance: errorcheck matcher" "$tmp/c2" '^PASS fixedbugs/bug037.go$' '^PASS label1.go$' '^PASS import1.go$' \
  'FAIL .*bug037x.go: .*missing error "this error is never reported"'

# 5. Bench: a row per program, FAIL rows instead of a crash.
"$here/bench.sh" --small --runs 1 --mgo "$here/fake-mgo.sh" hello fib >"$tmp/k1" 2>&1
"$here/bench.sh" --small --runs 1 --mgo "$tmp/broken-mgo" fib >>"$tmp/k1" 2>&1
check "bench: rows and FAIL rows" "$tmp/k1" '^hello +- +- +[0-9.]+ +[0-9.]+ +[0-9.]+ ' '^hello \(go run\)' '^fib +20 .*FAIL mgo: wrong output'

# 6. `// stdin: PATH` (relative to the repository root) feeds a file to both go build's binary
#    (recording) and the program under test, wherever the runner is started from; a missing
#    file is a FAIL naming it.
mkdir -p "$tmp/gs"
cat >"$tmp/gs/stdin_count.go" <<'EOS'
// stdin: samples/data/wordfreq.txt
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	b, err := io.ReadAll(os.Stdin)
	fmt.Println(len(b), err)
}
EOS
sed 's|^// stdin: .*|// stdin: samples/data/no-such-file.txt|' "$tmp/gs/stdin_count.go" >"$tmp/gs/stdin_missing.go"
echo 'x' >"$tmp/gs/stdin_missing.out"
(cd / && "$here/golden-record.sh" "$tmp/gs" stdin_count && "$here/golden.sh" "$here/fake-mgo.sh" "$tmp/gs") >"$tmp/s1" 2>&1
check "golden: // stdin: header" "$tmp/s1" '^recorded stdin_count' '^PASS stdin_count$' \
  '^FAIL stdin_missing: .*stdin file .*samples/data/no-such-file.txt .*cannot be read'
want="$(wc -c <"$root/samples/data/wordfreq.txt") <nil>"
if [ "$(cat "$tmp/gs/stdin_count.out")" = "$want" ]; then echo "ok   golden: recorded stdin is the file"; passed=$((passed + 1))
else echo "FAIL golden: recorded stdin is the file: got '$(cat "$tmp/gs/stdin_count.out")', want '$want'"; failed=$((failed + 1)); fi

# 7. The golden copies of the samples (tests/golden/sample_NAME.go) are byte-for-byte copies
#    of samples/NAME.mgo (samples/README.md).
: >"$tmp/m1"
for f in "$root"/tests/golden/sample_*.go; do
  n=$(basename "$f" .go); n=${n#sample_}
  cmp -s "$f" "$root/samples/$n.mgo" || echo "tests/golden/sample_$n.go is not a copy of samples/$n.mgo" >>"$tmp/m1"
done
if [ -s "$tmp/m1" ]; then echo "FAIL samples: golden copies"; sed 's/^/    /' "$tmp/m1"; failed=$((failed + 1))
else echo "ok   samples: golden copies are identical"; passed=$((passed + 1)); fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
