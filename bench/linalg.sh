#!/usr/bin/env bash
# Dense linear algebra on 500 x 500 matrices: rlambda against GNU R, in the same run.
#   bench/linalg.sh [RUNS] [REPS]     (defaults 3 and 5; needs a built target/rlambda.jar)
# For each operation (%*%, crossprod, solve, qr) two scripts run: the set-up alone (start-up,
# random matrices) and the set-up followed by REPS calls of the operation. The CPU time
# (user + sys, every thread: JIT and GC included) of the difference, divided by REPS, is the
# operation's cost; medians over RUNS runs. rlambda runs with the Lambda image's
# JAVA_TOOL_OPTIONS (jib.yaml). REPS = 1 measures a script's first (cold) call.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
REPS=${2:-5}
JAR=target/rlambda.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
command -v Rscript >/dev/null 2>&1 || { echo "needs GNU R (Rscript)"; exit 1; }
export LC_ALL=C.UTF-8
IMAGE_OPTS=$(sed -n 's/^ *JAVA_TOOL_OPTIONS: *"\(.*\)"/\1/p' jib.yaml)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

setup='set.seed(42); a <- matrix(runif(250000), 500); b <- matrix(runif(250000), 500); v <- runif(500)'
declare -A ops=(
  [matprod]='z <- a %*% b'
  [crossprod]='z <- crossprod(a, b)'
  [solve]='z <- solve(a, v)'
  [solve_inverse]='z <- solve(a)'
  [qr]='z <- qr(a)'
)

cpu_ms() {  # median CPU ms of a command over RUNS runs
  local cpus=() out
  for _ in $(seq "$RUNS"); do
    out=$( { TIMEFORMAT='%U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1 )
    cpus+=( "$(awk '{printf "%d", ($1 + $2) * 1000}' <<<"$out")" )
  done
  printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

echo "$setup" > "$tmp/setup.R"
r0=$(cpu_ms Rscript --vanilla "$tmp/setup.R")
j0=$(JAVA_TOOL_OPTIONS="$IMAGE_OPTS" cpu_ms java -jar "$JAR" "$tmp/setup.R")
printf '# image JVM options: %s; %s runs, %s calls each\n' "$IMAGE_OPTS" "$RUNS" "$REPS"
printf '# set-up alone: GNU R %s ms, rlambda %s ms CPU\n' "$r0" "$j0"
printf '%-14s %14s %14s %10s\n' operation "GNU R ms/call" "rlambda ms" cpu_ratio
for name in matprod crossprod solve solve_inverse qr; do
  { echo "$setup"; for _ in $(seq "$REPS"); do echo "${ops[$name]}"; done; } > "$tmp/$name.R"
  r=$(cpu_ms Rscript --vanilla "$tmp/$name.R")
  j=$(JAVA_TOOL_OPTIONS="$IMAGE_OPTS" cpu_ms java -jar "$JAR" "$tmp/$name.R")
  awk -v n="$name" -v r="$r" -v r0="$r0" -v j="$j" -v j0="$j0" -v k="$REPS" 'BEGIN {
    rr = (r - r0) / k; jj = (j - j0) / k
    printf "%-14s %14.1f %14.1f %10s\n", n, rr, jj, (rr > 0 ? sprintf("%.2f", jj / rr) : "n/a") }'
done
