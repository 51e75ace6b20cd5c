#!/usr/bin/env bash
# CPU time of the random-number and distribution kernels, rlambda against GNU R in the same run.
#   bench/random.sh [RUNS]      (default 3 runs each; needs a built target/rlambda.jar)
# Each case is an R expression run by `java -jar` with the Lambda image's JAVA_TOOL_OPTIONS
# (jib.yaml) and by `Rscript --vanilla`. The CPU time (user + sys, all threads) of a script
# doing only the case's setup is subtracted from that of setup + operation, so the figures
# are the operation's own cost, JVM start-up, interpreter start-up and JIT warm-up of the setup
# excluded on both sides. Medians over RUNS; cpu_ratio = rlambda / GNU R (below 1 is faster).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=target/rlambda.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
export LC_ALL=C.UTF-8
IMAGE_OPTS=$(sed -n 's/^ *JAVA_TOOL_OPTIONS: *"\(.*\)"/\1/p' jib.yaml)
command -v Rscript >/dev/null 2>&1 || { echo "needs GNU R (Rscript) for the comparison"; exit 1; }

# median CPU ms over $RUNS runs of a command
cpu() {
  local cpus=() out
  for _ in $(seq "$RUNS"); do
    out=$( { TIMEFORMAT='%U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1 )
    cpus+=( "$(awk '{printf "%d", ($1 + $2) * 1000}' <<<"$out")" )
  done
  printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
ours() { JAVA_TOOL_OPTIONS="$IMAGE_OPTS" cpu java -jar "$JAR" -e "$1"; }
gnu() { cpu Rscript --vanilla -e "$1"; }

printf '# image JVM options: %s; medians of %s runs\n' "$IMAGE_OPTS" "$RUNS"
printf '%-28s %14s %14s %10s\n' case "rlambda cpu ms" "GNU R cpu ms" cpu_ratio
row() {
  local name=$1 setup=$2 op=$3 o0 o1 g0 g1 o g
  o0=$(ours "$setup"); o1=$(ours "$setup; $op; invisible(NULL)")
  g0=$(gnu "$setup"); g1=$(gnu "$setup; $op; invisible(NULL)")
  o=$((o1 - o0)); g=$((g1 - g0))
  [ $o -lt 0 ] && o=0
  printf '%-28s %14d %14d %10s\n' "$name" "$o" "$g" "$(awk -v a=$o -v b=$g 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')"
}
row "rnorm(1e7)" "set.seed(1)" "x <- rnorm(1e7)"
row "runif(1e7)" "set.seed(1)" "x <- runif(1e7)"
row "pnorm over 1e7 values" "q <- seq(-9, 9, length.out = 1e7)" "y <- pnorm(q)"
row "qnorm over 1e7 values" "p <- seq(0, 1, length.out = 1e7)" "y <- qnorm(p)"
row "dbinom over a 1e6 grid" "x <- rep(0:999, 1000); s <- rep(c(1000, 2000), each = 5e5)" "y <- dbinom(x, s, 0.3)"
