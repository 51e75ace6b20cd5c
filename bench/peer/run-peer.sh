#!/bin/sh
# Runs GNU R test files (e.g. tests/d-p-q-r-tests.R of the R 4.2.2 sources, given by path)
# expression by expression under GNU R and under rlambda, and counts: of the top-level
# expressions GNU R evaluates without error, how many rlambda evaluates without error too.
#   bench/peer/run-peer.sh path/to/d-p-q-r-tests.R [more files]
# Needs Rscript and a built target/rlambda.jar.
set -u
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../../target/rlambda.jar"
out=${PEER_OUT:-/tmp/rlambda-peer}
mkdir -p "$out"
export LC_ALL=C.UTF-8 TZ=UTC
for f in "$@"; do
  name=$(basename "$f" .R)
  dir=$(cd "$(dirname "$f")" && pwd)
  (cd "$dir" && PEER_STATUS="$out/$name.gnur" timeout 600 Rscript --vanilla "$here/eval-each.R" "$dir/$name.R" > "$out/$name.gnur.log" 2>&1)
  (cd "$dir" && PEER_STATUS="$out/$name.rlambda" timeout 900 java -jar "$jar" "$here/eval-each.R" "$dir/$name.R" > "$out/$name.rlambda.log" 2>&1)
  total=$(wc -l < "$out/$name.gnur" 2>/dev/null || echo 0)
  gnur_ok=$(grep -c ' ok$' "$out/$name.gnur" 2>/dev/null || echo 0)
  touch "$out/$name.rlambda"
  # expression number -> rlambda's status, then GNU R's ok lines looked up in it
  awk 'NR == FNR { st[$1] = $0; next } $2 == "ok" { s = ($1 in st) ? st[$1] : $1 " not reached"; print s }' \
    "$out/$name.rlambda" "$out/$name.gnur" > "$out/$name.compared"
  both_ok=$(grep -c ' ok$' "$out/$name.compared")
  grep -v ' ok$' "$out/$name.compared" > "$out/$name.failing"
  echo "$name: $total expressions, GNU R ok $gnur_ok, rlambda ok $both_ok of those"
done
