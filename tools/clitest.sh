#!/usr/bin/env bash
# clitest.sh MGO — the mgo command's own behaviour: exit statuses and usage messages.
# Prints PASS/FAIL per check and ends with `N passed, N failed`.
set -u
mgo=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() {  # name, want-status, grep-pattern-on-combined-output, command...
  local name=$1 want=$2 pat=$3; shift 3
  "$@" >"$tmp/out" 2>&1 </dev/null; local st=$?
  if [ "$st" -ne "$want" ]; then echo "FAIL $name: exit status $st, want $want"; fail=$((fail+1)); return; fi
  if ! grep -qE -- "$pat" "$tmp/out"; then echo "FAIL $name: output lacks /$pat/: $(head -c 200 "$tmp/out")"; fail=$((fail+1)); return; fi
  echo "PASS $name"; pass=$((pass+1))
}
printf 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println(len(os.Args), os.Args[1:])\n\tos.Exit(3)\n}\n' >"$tmp/args.mgo"
printf 'package main\n\nfunc main() {\n\tx := 1\n}\n' >"$tmp/bad.mgo"
{ printf 'package main\n\nfunc main() {\n'; for i in 1 2 3 4 5 6 7 8 9 10 11 12; do printf '\tvar v%d int = "s"\n' "$i"; done; printf '}\n'; } >"$tmp/many.mgo"
lastline() { "$@" 2>&1 >/dev/null | tail -n 1; }
check version        0 '^mgo [0-9]'                 "$mgo" version
check help           0 '^usage: mgo'                "$mgo" help
check no-command     2 '^usage: mgo'                "$mgo"
check unknown-cmd    2 '^usage: mgo'                "$mgo" frobnicate
check unknown-flag   2 'unknown flag -Q'            "$mgo" run -Q "$tmp/args.mgo"
check missing-file   2 'usage: mgo'                 "$mgo" run "$tmp/nope.mgo"
check args-and-exit  3 '^3 \[a b\]$'                "$mgo" run "$tmp/args.mgo" a b
check opt-levels     3 '^2 \[x\]$'                  "$mgo" run -O0 "$tmp/args.mgo" x
check compile-error  1 'bad.mgo:4:2: x declared but not used' "$mgo" run "$tmp/bad.mgo"
# go build's ending after 10 errors: the 10th error's position, then "too many errors".
check too-many-errors 0 'many.mgo:13:16: too many errors$' lastline "$mgo" run "$tmp/many.mgo"
# -e (go tool compile -e): all 12 errors, the last one on line 15, no "too many errors".
check all-errors     0 'many.mgo:15:16: cannot use' lastline "$mgo" run -e "$tmp/many.mgo"
check all-errors-count 0 '^12$' sh -c '"$0" run -e "$1" 2>&1 | grep -c "cannot use"' "$mgo" "$tmp/many.mgo"
check ir-has-guard   0 'stackguard0'                "$mgo" ir "$tmp/args.mgo"
check asm            0 'ret'                        "$mgo" asm "$tmp/args.mgo"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
