#!/usr/bin/env bash
# clitest.sh MGO — the mgo command's own behaviour: exit statuses and usage messages, and
# the compiled-code cache (docs/CACHE.md): a re-run hits and behaves identically, changed
# source/-O/GODEBUG misses, corrupt entries and unusable cache dirs still run, compile
# errors are never cached, untrusted dirs (others' writes, relative, symlinked) are unused
# and symlinks planted in the cache are not followed; a long default-level run tiers up
# to -O1 on its next run (and an explicit -O, ir and asm do not). Prints PASS/FAIL per check and ends with `N passed, N failed`.
set -u
mgo=$(realpath -m "$1")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# Every run here uses a fresh cache of its own (the cache checks below use others).
export MGO_CACHE="$tmp/cache"
unset MGO_CACHE_DEBUG
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
# A direct mu.Lock()/mu.Unlock() gets its fast path inline (Lock: a load, then the CAS from
# 0; Unlock: an atomic add) with calls of the runtime's slow paths, at every -O level
# (jit/codegen_intrinsics.cc).
printf 'package main\n\nimport "sync"\n\nfunc main() {\n\tvar mu sync.Mutex\n\tmu.Lock()\n\tmu.Unlock()\n}\n' >"$tmp/mu.mgo"
for o in -O0 -O1; do
  check "mutex-inline$o" 0 '^5$' sh -c '"$0" ir "$1" "$2" | grep -cE "load atomic i32, ptr %[0-9]+ seq_cst|cmpxchg ptr|atomicrmw sub ptr|call void @mgo_sync_Mutex_lockSlow|call void @mgo_sync_Mutex_unlockSlow"' "$mgo" "$o" "$tmp/mu.mgo"
done

# --- compiled-code cache -------------------------------------------------------------
cache=$tmp/c1
# crun TAG CMD...: runs CMD with the test cache and MGO_CACHE_DEBUG=1; $tmp/TAG.{out,err,st}.
crun() {
  local tag=$1; shift
  MGO_CACHE=$cache MGO_CACHE_DEBUG=1 "$@" >"$tmp/$tag.out" 2>"$tmp/$tag.err" </dev/null
  echo $? >"$tmp/$tag.st"
}
ok() { echo "PASS $1"; pass=$((pass+1)); }
bad() { echo "FAIL $1: $2"; fail=$((fail+1)); }
# expect NAME TAG EVENT [STATUS]: TAG's stderr has "mgo: cache EVENT" (and exit status).
expect() {
  local name=$1 tag=$2 ev=$3 st=${4:-}
  if ! grep -q "^mgo: cache $ev " "$tmp/$tag.err"; then bad "$name" "no 'cache $ev' in: $(head -c 300 "$tmp/$tag.err")"; return 1; fi
  if [ -n "$st" ] && [ "$(cat "$tmp/$tag.st")" != "$st" ]; then bad "$name" "exit status $(cat "$tmp/$tag.st"), want $st"; return 1; fi
  return 0
}
# same NAME A B: A and B printed the same stdout, exit status and first stderr line after
# the cache's own lines.
same() {
  local a b
  a=$(grep -v '^mgo: cache ' "$tmp/$2.err" | head -n 1); b=$(grep -v '^mgo: cache ' "$tmp/$3.err" | head -n 1)
  if ! cmp -s "$tmp/$2.out" "$tmp/$3.out"; then bad "$1" "stdout differs"; return; fi
  if [ "$(cat "$tmp/$2.st")" != "$(cat "$tmp/$3.st")" ]; then bad "$1" "exit status $(cat "$tmp/$2.st") vs $(cat "$tmp/$3.st")"; return; fi
  if [ "$a" != "$b" ]; then bad "$1" "stderr '$a' vs '$b'"; return; fi
  ok "$1"
}
entries() { find "$cache" -name '*.o' 2>/dev/null | wc -l; }
printf 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\ntype T struct{ a []int }\n\nfunc main() {\n\tt := T{make([]int, 3)}\n\tfmt.Println("args", os.Args[1:], t)\n\tfmt.Println(t.a[len(os.Args)+2])\n}\n' >"$tmp/pan.mgo"
crun miss "$mgo" run "$tmp/pan.mgo" x y
expect cache-first-run-misses miss miss 2 && expect cache-first-run-stores miss stored && ok cache-first-run-stores
crun hit "$mgo" run "$tmp/pan.mgo" x y
expect cache-second-run-hits hit hit 2 && ok cache-second-run-hits
same cache-hit-same-output-status-panic miss hit
grep -q '^panic: runtime error: index out of range \[5\] with length 3' "$tmp/hit.err" && ok cache-hit-panic-line || bad cache-hit-panic-line "$(head -c 300 "$tmp/hit.err")"
crun hitargs "$mgo" run "$tmp/pan.mgo" z
expect cache-hit-new-args hitargs hit 2 && grep -q '^args \[z\]' "$tmp/hitargs.out" && ok cache-hit-new-args || bad cache-hit-new-args "$(head -c 200 "$tmp/hitargs.out")"
crun o1 "$mgo" run -O1 "$tmp/pan.mgo" x y
expect cache-O-level-misses o1 miss 2 && ok cache-O-level-misses
crun o1b "$mgo" run -O1 "$tmp/pan.mgo" x y
expect cache-O1-rerun-hits o1b hit 2 && ok cache-O1-rerun-hits
crun polls env GODEBUG=mgoloopPolls=0 "$mgo" run "$tmp/pan.mgo" x y
expect cache-godebug-codegen-knob-misses polls miss 2 && ok cache-godebug-codegen-knob-misses
echo '// changed' >>"$tmp/pan.mgo"
crun edit "$mgo" run "$tmp/pan.mgo" x y
expect cache-source-change-misses edit miss 2 && ok cache-source-change-misses
same cache-source-change-same-output miss edit
# Corrupt entries: a flipped payload byte (checksum), a truncated file, garbage.
n=0
for how in flip truncate garbage; do
  n=$((n+1))
  printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("corrupt %s", %d) }\n' "$how" "$n" >"$tmp/cor.mgo"
  crun cor0 "$mgo" run "$tmp/cor.mgo"
  f=$(sed -n 's/^mgo: cache stored //p' "$tmp/cor0.err")
  if [ ! -f "$f" ]; then bad "cache-corrupt-$how" "no stored entry: $(head -c 300 "$tmp/cor0.err")"; continue; fi
  case $how in
    flip) printf '\xff\xff\xff\xff' | dd of="$f" bs=1 seek=200 conv=notrunc status=none ;;
    truncate) truncate -s 100 "$f" ;;
    garbage) head -c 5000 /dev/urandom >"$f" ;;
  esac
  crun cor1 "$mgo" run "$tmp/cor.mgo"
  expect "cache-corrupt-$how-detected" cor1 corrupt 0 && expect "cache-corrupt-$how-restored" cor1 stored &&
    same "cache-corrupt-$how-still-runs" cor0 cor1
  crun cor2 "$mgo" run "$tmp/cor.mgo"
  expect "cache-corrupt-$how-replaced" cor2 hit 0 && ok "cache-corrupt-$how-replaced"
done
# Compile errors are reported anew every time and never stored.
before=$(entries)
crun err1 "$mgo" run "$tmp/bad.mgo"
crun err2 "$mgo" run "$tmp/bad.mgo"
if [ "$(cat "$tmp/err2.st")" = 1 ] && grep -q 'bad.mgo:4:2: x declared but not used' "$tmp/err2.err" &&
   ! grep -q '^mgo: cache \(hit\|stored\)' "$tmp/err1.err" "$tmp/err2.err" && [ "$(entries)" = "$before" ]; then
  ok cache-compile-errors-not-cached
else bad cache-compile-errors-not-cached "status $(cat "$tmp/err2.st"), entries $before -> $(entries): $(head -c 300 "$tmp/err2.err")"; fi
# ir/asm print freshly compiled code and store nothing.
before=$(entries)
printf 'package main\n\nfunc main() { println(42) }\n' >"$tmp/ir.mgo"
if MGO_CACHE=$cache "$mgo" ir "$tmp/ir.mgo" 2>&1 | grep -q stackguard0 &&
   MGO_CACHE=$cache "$mgo" asm "$tmp/ir.mgo" 2>&1 | grep -q ret &&
   [ "$(entries)" = "$before" ]; then ok cache-ir-asm-store-nothing; else bad cache-ir-asm-store-nothing "entries $before -> $(entries)"; fi
crun irhit "$mgo" run "$tmp/pan.mgo"
MGO_CACHE=$cache MGO_CACHE_DEBUG=1 "$mgo" ir "$tmp/pan.mgo" >"$tmp/irhit.out" 2>"$tmp/irhit.err"
if grep -q stackguard0 "$tmp/irhit.out" && ! grep -q '^mgo: cache hit' "$tmp/irhit.err"; then ok cache-ir-of-cached-program-compiles
else bad cache-ir-of-cached-program-compiles "$(head -c 200 "$tmp/irhit.err")"; fi
# An unusable cache never fails a run: a path under a regular file, an unreadable
# entry replaced by a directory, MGO_CACHE=off (nothing written).
: >"$tmp/afile"
MGO_CACHE="$tmp/afile/sub" "$mgo" run "$tmp/args.mgo" a >"$tmp/uw.out" 2>"$tmp/uw.err"; st=$?
if [ $st = 3 ] && [ "$(cat "$tmp/uw.out")" = "2 [a]" ] && [ ! -s "$tmp/uw.err" ]; then ok cache-unwritable-dir
else bad cache-unwritable-dir "status $st, stdout '$(head -c 100 "$tmp/uw.out")', stderr '$(head -c 200 "$tmp/uw.err")'"; fi
cache=$tmp/c2
crun dir0 "$mgo" run "$tmp/args.mgo" a
f=$(sed -n 's/^mgo: cache stored //p' "$tmp/dir0.err")
rm -f "$f"; mkdir -p "$f/x"; chmod 000 "$cache" 2>/dev/null
crun dir1 "$mgo" run "$tmp/args.mgo" a
chmod 755 "$cache"
same cache-entry-is-a-directory dir0 dir1
(cd "$tmp" && MGO_CACHE=off MGO_CACHE_DEBUG=1 "$mgo" run "$tmp/args.mgo" a >"$tmp/off.out" 2>"$tmp/off.err"); st=$?
if [ $st = 3 ] && [ "$(cat "$tmp/off.out")" = "2 [a]" ] && [ ! -s "$tmp/off.err" ] && [ ! -e "$tmp/off" ]; then ok cache-off
else bad cache-off "status $st, stderr '$(head -c 200 "$tmp/off.err")'"; fi
# Trimming, at most hourly on a store: entries unused for 5 days and stale temp files go,
# recently used entries stay.
cache=$tmp/c3; mkdir -p "$cache"
old=$cache/$(printf 'a%.0s' $(seq 64)).o fresh=$cache/$(printf 'b%.0s' $(seq 64)).o
echo x >"$old"; echo x >"$fresh"; echo x >"$cache/.tmp-1-1"; echo 0 >"$cache/trim.txt"
touch -d '6 days ago' "$old"; touch -d '2 hours ago' "$cache/.tmp-1-1" "$cache/trim.txt"; touch -d '4 days ago' "$fresh"
printf 'package main\n\nfunc main() { println("trim") }\n' >"$tmp/trim.mgo"
crun trim "$mgo" run "$tmp/trim.mgo"
if [ ! -e "$old" ] && [ ! -e "$cache/.tmp-1-1" ] && [ -e "$fresh" ] && [ "$(entries)" = 2 ]; then ok cache-trim-unused
else bad cache-trim-unused "left: $(ls -A "$cache" | tr '\n' ' ')"; fi
echo x >"$old"; touch -d '6 days ago' "$old"
printf 'package main\n\nfunc main() { println("trim2") }\n' >"$tmp/trim.mgo"
crun trim2 "$mgo" run "$tmp/trim.mgo"
if [ -e "$old" ] && [ "$(entries)" = 4 ]; then ok cache-trim-at-most-hourly
else bad cache-trim-at-most-hourly "left: $(ls -A "$cache" | tr '\n' ' ')"; fi
# A cache directory others may write to is not trusted: the run compiles and stores nothing
# ...
cache=$tmp/c4; mkdir -p "$cache"; chmod 777 "$cache"
crun priv "$mgo" run "$tmp/args.mgo" a
if [ "$(cat "$tmp/priv.st")" = 3 ] && grep -q '^mgo: cache off ' "$tmp/priv.err" && [ "$(entries)" = 0 ]; then ok cache-world-writable-dir-unused
else bad cache-world-writable-dir-unused "status $(cat "$tmp/priv.st"), entries $(entries): $(head -c 200 "$tmp/priv.err")"; fi
# ... nor one its group may write to (chmod 775), nor a relative MGO_CACHE (as Go's GOCACHE).
cache=$tmp/c6; mkdir -p "$cache"; chmod 775 "$cache"
crun grp "$mgo" run "$tmp/args.mgo" a
if [ "$(cat "$tmp/grp.st")" = 3 ] && grep -q '^mgo: cache off ' "$tmp/grp.err" && [ "$(entries)" = 0 ]; then ok cache-group-writable-dir-unused
else bad cache-group-writable-dir-unused "status $(cat "$tmp/grp.st"), entries $(entries): $(head -c 200 "$tmp/grp.err")"; fi
mkdir -p "$tmp/rel"
(cd "$tmp/rel" && MGO_CACHE=relcache MGO_CACHE_DEBUG=1 "$mgo" run "$tmp/args.mgo" a >"$tmp/rel.out" 2>"$tmp/rel.err"); st=$?
if [ $st = 3 ] && [ "$(cat "$tmp/rel.out")" = "2 [a]" ] && grep -q '^mgo: cache off relcache: not an absolute path' "$tmp/rel.err" &&
   [ -z "$(ls -A "$tmp/rel")" ]; then ok cache-relative-dir-unused
else bad cache-relative-dir-unused "status $st, left: $(ls -A "$tmp/rel"), stderr '$(head -c 200 "$tmp/rel.err")'"; fi
# Symlinks planted in the cache are never followed: a trim.txt pointing at an old file is
# not truncated (the link is replaced), an entry pointing at a valid entry elsewhere is not
# loaded nor its target touched (it is replaced by a fresh entry); a symlinked cache dir is
# unused.
cache=$tmp/c7; mkdir -p "$cache"
echo precious >"$tmp/victim"; touch -d '2 hours ago' "$tmp/victim"; ln -s "$tmp/victim" "$cache/trim.txt"
crun sym0 "$mgo" run "$tmp/args.mgo" a
if [ "$(cat "$tmp/victim")" = precious ] && [ -f "$cache/trim.txt" ] && [ ! -L "$cache/trim.txt" ] &&
   expect cache-symlink-trim-not-followed sym0 stored 3; then ok cache-symlink-trim-not-followed
else bad cache-symlink-trim-not-followed "victim '$(head -c 50 "$tmp/victim")', $(ls -l "$cache/trim.txt")"; fi
f=$(sed -n 's/^mgo: cache stored //p' "$tmp/sym0.err")
if [ -f "$f" ]; then
  mv "$f" "$tmp/planted"; touch -d '2 hours ago' "$tmp/planted"; ln -s "$tmp/planted" "$f"
  sum=$(cksum <"$tmp/planted")$(stat -c %Y "$tmp/planted")
  crun sym2 "$mgo" run "$tmp/args.mgo" a
  if [ "$(cat "$tmp/sym2.out")" = "2 [a]" ] && ! grep -q '^mgo: cache hit' "$tmp/sym2.err" &&
     expect cache-symlink-entry-not-followed sym2 stored 3 && [ -f "$f" ] && [ ! -L "$f" ] &&
     [ "$(cksum <"$tmp/planted")$(stat -c %Y "$tmp/planted")" = "$sum" ]; then ok cache-symlink-entry-not-followed
  else bad cache-symlink-entry-not-followed "stdout '$(head -c 100 "$tmp/sym2.out")': $(head -c 300 "$tmp/sym2.err")"; fi
else bad cache-symlink-entry-not-followed "no stored entry: $(head -c 300 "$tmp/sym0.err")"; fi
ln -s "$tmp/c7" "$tmp/c8"; cache=$tmp/c8
crun symdir "$mgo" run "$tmp/args.mgo" a
if [ "$(cat "$tmp/symdir.st")" = 3 ] && grep -q '^mgo: cache off ' "$tmp/symdir.err"; then ok cache-symlinked-dir-unused
else bad cache-symlinked-dir-unused "status $(cat "$tmp/symdir.st"): $(head -c 200 "$tmp/symdir.err")"; fi
# A directory created by store() is private (0700).
cache=$tmp/c9/sub
crun mk "$mgo" run "$tmp/args.mgo" a
if expect cache-created-private mk stored 3 && [ "$(stat -c %a "$cache")" = 700 ]; then ok cache-created-private
else bad cache-created-private "mode $(stat -c %a "$cache" 2>&1)"; fi
# Concurrent first runs of one program all store the same entry (temp file + rename): all
# succeed, and the entry left is whole.
cache=$tmp/c5
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("race") }\n' >"$tmp/race.mgo"
for k in 1 2 3 4; do (MGO_CACHE=$cache "$mgo" run "$tmp/race.mgo" >"$tmp/race$k.out" 2>&1; echo $? >"$tmp/race$k.st") & done; wait
crun race "$mgo" run "$tmp/race.mgo"
okr=1; for k in 1 2 3 4; do [ "$(cat "$tmp/race$k.st")" = 0 ] && [ "$(cat "$tmp/race$k.out")" = race ] || okr=0; done
if [ $okr = 0 ]; then bad cache-concurrent-stores "a concurrent run failed: $(cat "$tmp"/race?.out | head -c 200)"
elif [ "$(entries)" != 1 ] || [ -n "$(find "$cache" -name '.tmp-*')" ]; then bad cache-concurrent-stores "left: $(ls -A "$cache" | tr '\n' ' ')"
elif expect cache-concurrent-stores race hit 0 && [ "$(cat "$tmp/race.out")" = race ]; then ok cache-concurrent-stores
else bad cache-concurrent-stores "the hit printed $(head -c 100 "$tmp/race.out")"; fi
# Tier-up (docs/CACHE.md): a run at the default level that used over 0.5 s of CPU marks
# the program hot; its next run compiles at -O1 (a miss under the -O1 key, then stored),
# the one after hits that entry. An explicit -O0 keeps -O0; ir and asm print the -O0
# code; short runs never mark; a symlink planted at the mark is not taken for a mark (its
# target is a regular file) and is replaced by a mark of its own.
cache=$tmp/c10
cat >"$tmp/burn.mgo" <<'GO'
package main

import "fmt"

// About 1.6 s of CPU at -O0 on a 2-core EPYC VM (2026-11), 0.1 s at -O1: over the
// 0.5 s tier-up threshold on a machine 3x faster.
func main() {
	a := make([]int, 1000)
	s := 0
	for r := 0; r < 600000; r++ {
		for i := range a {
			a[i] += i ^ r
			s += a[i] & 7
		}
	}
	fmt.Println("burned", s)
}
GO
crun burn0 "$mgo" run "$tmp/burn.mgo"
mark=$(sed -n 's/^mgo: cache marked hot //p' "$tmp/burn0.err")
o0=$(sed -n 's/^mgo: cache stored //p' "$tmp/burn0.err")
if [ -n "$mark" ] && [ -f "$mark" ] && [ "$(cat "$tmp/burn0.out")" = "burned 2100000000" ]; then ok tierup-long-run-marks
else bad tierup-long-run-marks "$(head -c 300 "$tmp/burn0.err")"; fi
crun burn1 "$mgo" run "$tmp/burn.mgo"
o1=$(sed -n 's/^mgo: cache stored //p' "$tmp/burn1.err")
if expect tierup-next-run-compiles-O1 burn1 hot 0 && [ -n "$o1" ] && [ "$o1" != "$o0" ]; then ok tierup-next-run-compiles-O1
else bad tierup-next-run-compiles-O1 "stored '$o1' (the -O0 entry: '$o0')"; fi
crun burn2 "$mgo" run "$tmp/burn.mgo"
if expect tierup-then-hits burn2 hit 0 && grep -qF "mgo: cache hit $o1" "$tmp/burn2.err"; then ok tierup-then-hits
else bad tierup-then-hits "$(head -c 300 "$tmp/burn2.err")"; fi
same tierup-same-output burn0 burn2
crun burnO0 "$mgo" run -O0 "$tmp/burn.mgo"
if grep -qF "mgo: cache hit $o0" "$tmp/burnO0.err" && ! grep -q '^mgo: cache hot' "$tmp/burnO0.err"; then ok tierup-explicit-O0-pins
else bad tierup-explicit-O0-pins "$(head -c 300 "$tmp/burnO0.err")"; fi
if MGO_CACHE=$cache "$mgo" asm "$tmp/burn.mgo" >"$tmp/burnasm.s" && MGO_CACHE=$cache "$mgo" asm -O0 "$tmp/burn.mgo" | cmp -s - "$tmp/burnasm.s"
then ok tierup-asm-prints-O0; else bad tierup-asm-prints-O0 "mgo asm differs from mgo asm -O0"; fi
if [ -z "$(find "$tmp/c1" "$tmp/c5" -name '*.hot')" ]; then ok tierup-short-runs-never-marked
else bad tierup-short-runs-never-marked "$(find "$tmp/c1" "$tmp/c5" -name '*.hot')"; fi
rm -f "$mark"; echo precious >"$tmp/tier-victim"; ln -s "$tmp/tier-victim" "$mark"
crun burnsym "$mgo" run "$tmp/burn.mgo"
if grep -qF "mgo: cache hit $o0" "$tmp/burnsym.err" && ! grep -q '^mgo: cache hot' "$tmp/burnsym.err" &&
   [ -f "$mark" ] && [ ! -L "$mark" ] && [ "$(cat "$tmp/tier-victim")" = precious ]; then ok tierup-symlinked-mark-not-followed
else bad tierup-symlinked-mark-not-followed "$(ls -l "$mark" 2>&1): $(head -c 300 "$tmp/burnsym.err")"; fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
