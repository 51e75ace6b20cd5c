#!/usr/bin/env bash
# Benchmarks rlambda against GNU R on this machine, in the same run.
#   bench/run.sh [RUNS]          (default 3 runs each; needs a built target/rlambda.jar)
# For each bench/*.R prints the median wall time of `java -jar target/rlambda.jar FILE`
# and of `Rscript --vanilla FILE` and their ratio (rlambda / GNU R: below 1 means faster),
# then the same for startup (`-e 1`). Outputs of both are compared too.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=target/rlambda.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
export LC_ALL=C.UTF-8
have_r=0; command -v Rscript >/dev/null 2>&1 && have_r=1

median_ms() { # command... -> median wall ms over $RUNS runs
  local times=() t0 t1
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    times+=( $(( (t1 - t0) / 1000000 )) )
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

printf '%-20s %12s %12s %8s %s\n' program rlambda_ms gnuR_ms ratio output
row() {
  local name=$1; shift
  local ours theirs ratio same="-"
  ours=$(median_ms java -jar "$JAR" "$@")
  if [ $have_r = 1 ]; then
    theirs=$(median_ms Rscript --vanilla "$@")
    ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    if [ "$(java -jar "$JAR" "$@" 2>&1)" = "$(Rscript --vanilla "$@" 2>&1)" ]; then same=same; else same=DIFFERENT; fi
  else
    theirs=n/a; ratio=n/a
  fi
  printf '%-20s %12s %12s %8s %s\n' "$name" "$ours" "$theirs" "$ratio" "$same"
}
row "startup (-e 1)" -e 1
for f in bench/*.R; do row "$(basename "$f" .R)" "$f"; done
