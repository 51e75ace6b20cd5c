#!/usr/bin/env bash
# Peer-suite harness: runs R test files that no one here wrote (e.g. GNU R 4.2.2's tests/*.R,
# read from wherever they were extracted; never copied into this repository) one top-level
# expression at a time under GNU R and under rlambda, and counts per file: expressions, those
# GNU R evaluates without error, those rlambda evaluates without error too, and those whose
# printed output is identical.
#   bench/peer/compare.sh [-v] FILE.R [FILE.R ...]     (needs Rscript and a built target/rlambda.jar)
# -v also lists each expression that fails in rlambda or prints differently. Each file runs in
# its own directory (test files read their neighbours); the raw logs stay in $PEER_OUT
# (default /tmp/rlambda-peer).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/../../target/rlambda.jar
verbose=0
if [ "${1:-}" = -v ]; then verbose=1; shift; fi
[ $# -gt 0 ] || { echo "usage: $0 [-v] FILE.R ..." >&2; exit 2; }
out=${PEER_OUT:-/tmp/rlambda-peer}
mkdir -p "$out"
export LC_ALL=C.UTF-8 TZ=UTC
# one record per expression: "### <index> OK|ERROR" followed by what it printed
split() { awk -v p="$1" '/^### [0-9]+ (OK|ERROR) $/ { n = $2; print $3 > (p "." n ".status"); next } n != "" { print > (p "." n ".out") }' "$1"; }
printf '%-28s %6s %8s %10s %10s\n' file exprs "GNU R ok" "rlambda ok" identical
for f in "$@"; do
  name=$(basename "$f" .R)
  dir=$(cd "$(dirname "$f")" && pwd)
  w=$out/$name
  rm -rf "$w"; mkdir -p "$w"
  (cd "$dir" && timeout 900 Rscript --vanilla "$here/run-by-expression.R" "$dir/$name.R" > "$w/gnu" 2>&1)
  (cd "$dir" && timeout 900 java -jar "$jar" "$here/run-by-expression.R" "$dir/$name.R" > "$w/ours" 2>&1)
  split "$w/gnu"; split "$w/ours"
  total=0; gnu_ok=0; both_ok=0; same=0
  for s in "$w"/gnu.*.status; do
    [ -e "$s" ] || continue
    n=${s#"$w"/gnu.}; n=${n%.status}
    total=$((total + 1))
    [ "$(cat "$s")" = OK ] || continue
    gnu_ok=$((gnu_ok + 1))
    o=$(cat "$w/ours.$n.status" 2>/dev/null || echo "NOT REACHED")
    if [ "$o" = OK ]; then
      both_ok=$((both_ok + 1))
      if cmp -s "$w/gnu.$n.out" "$w/ours.$n.out" 2>/dev/null || { [ ! -e "$w/gnu.$n.out" ] && [ ! -e "$w/ours.$n.out" ]; }; then
        same=$((same + 1))
      elif [ $verbose = 1 ]; then echo "  $name #$n: output differs"; fi
    elif [ $verbose = 1 ]; then
      echo "  $name #$n: $o in rlambda: $(head -c 200 "$w/ours.$n.out" 2>/dev/null | tr '\n' ' ')"
    fi
  done
  printf '%-28s %6d %8d %10d %10d\n' "$name" $total $gnu_ok $both_ok $same
done
