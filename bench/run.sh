#!/usr/bin/env bash
# Benchmarks rlambda against GNU R on this machine, in the same run.
#   bench/run.sh [RUNS]          (default 3 runs each; needs a built target/rlambda.jar)
# For each bench/*.R (and startup, `-e 1`) prints medians over RUNS runs of:
#   wall ms and CPU ms (user + sys, every thread: JIT and GC included) of
#   - rlambda as the Lambda image runs it (the JAVA_TOOL_OPTIONS of jib.yaml),
#   - rlambda under the JVM's defaults (`java -jar`, as a developer runs it locally),
#   - `Rscript --vanilla FILE`,
# and the ratios image/GNU R (below 1 means faster). Lambda bills wall time but gives a
# function a fraction of a core below 1769 MB, so the CPU ratio is the one that predicts it
# best; it is also the one that stays meaningful on a loaded machine. Outputs are compared too.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=target/rlambda.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
export LC_ALL=C.UTF-8
IMAGE_OPTS=$(sed -n 's/^ *JAVA_TOOL_OPTIONS: *"\(.*\)"/\1/p' jib.yaml)
have_r=0; command -v Rscript >/dev/null 2>&1 && have_r=1

# median "wall_ms cpu_ms" over $RUNS runs of a command
measure() {
  local walls=() cpus=() out
  for _ in $(seq "$RUNS"); do
    out=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1 )
    walls+=( "$(awk '{printf "%d", $1 * 1000}' <<<"$out")" )
    cpus+=( "$(awk '{printf "%d", ($2 + $3) * 1000}' <<<"$out")" )
  done
  local mw mc
  mw=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mc=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$mw $mc"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

printf '# image JVM options: %s\n' "$IMAGE_OPTS"
printf '%-16s %18s %18s %18s %10s %10s %s\n' program "image wall/cpu ms" "default wall/cpu" "GNU R wall/cpu" wall_ratio cpu_ratio output
row() {
  local name=$1; shift
  local img def gnu="n/a n/a" rw="n/a" rc="n/a" same="-"
  img=$(JAVA_TOOL_OPTIONS="$IMAGE_OPTS" measure java -jar "$JAR" "$@")
  def=$(measure java -jar "$JAR" "$@")
  if [ $have_r = 1 ]; then
    gnu=$(measure Rscript --vanilla "$@")
    rw=$(ratio "${img% *}" "${gnu% *}")
    rc=$(ratio "${img#* }" "${gnu#* }")
    if [ "$(JAVA_TOOL_OPTIONS="$IMAGE_OPTS" java -jar "$JAR" "$@" 2>&1 | grep -v '^Picked up JAVA_TOOL_OPTIONS')" = \
         "$(Rscript --vanilla "$@" 2>&1)" ]; then same=same; else same=DIFFERENT; fi
  fi
  printf '%-16s %18s %18s %18s %10s %10s %s\n' "$name" "${img/ //}" "${def/ //}" "${gnu/ //}" "$rw" "$rc" "$same"
}
row "startup (-e 1)" -e 1
for f in bench/*.R; do row "$(basename "$f" .R)" "$f"; done
