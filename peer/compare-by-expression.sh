#!/usr/bin/env bash
# Compares GNU R and rlambda on a peer-suite file, expression by expression:
#   peer/compare-by-expression.sh FILE.R        (needs Rscript and a built target/rlambda.jar)
# Runs peer/run-by-expression.R under both in a scratch directory (the files may write there)
# and prints, per expression that fails in rlambda or prints differently, its index and
# status, then the counts: expressions, OK in GNU R, OK in both, and identical output.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/../target/rlambda.jar
file=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8
(cd "$work" && Rscript --vanilla "$here/run-by-expression.R" "$file" > gnu.txt 2>&1 || true)
(cd "$work" && java -jar "$jar" "$here/run-by-expression.R" "$file" > ours.txt 2>&1 || true)
# one record per expression: "index status" followed by its output lines
split() { awk '/^### [0-9]+ (OK|ERROR) $/ { n = $2; print > (FILENAME "." n ".status"); next } { print > (FILENAME "." n ".out") }' "$1"; }
(cd "$work" && split gnu.txt && split ours.txt)
total=0; gnu_ok=0; both_ok=0; same=0
for s in "$work"/gnu.txt.*.status; do
  n=${s#"$work"/gnu.txt.}; n=${n%.status}
  total=$((total + 1))
  g=$(awk '{print $3}' "$s"); o=$(awk '{print $3}' "$work/ours.txt.$n.status" 2>/dev/null || echo MISSING)
  [ "$g" = OK ] || continue
  gnu_ok=$((gnu_ok + 1))
  if [ "$o" = OK ]; then
    both_ok=$((both_ok + 1))
    if cmp -s "$work/gnu.txt.$n.out" "$work/ours.txt.$n.out" 2>/dev/null || { [ ! -e "$work/gnu.txt.$n.out" ] && [ ! -e "$work/ours.txt.$n.out" ]; }; then
      same=$((same + 1))
    else
      echo "expression $n: output differs"
    fi
  else
    echo "expression $n: $o in rlambda: $(head -c 200 "$work/ours.txt.$n.out" 2>/dev/null)"
  fi
done
echo "expressions: $total  OK in GNU R: $gnu_ok  OK in rlambda too: $both_ok  identical output: $same"
