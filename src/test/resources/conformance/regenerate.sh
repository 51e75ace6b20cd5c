#!/bin/sh
# Regenerates the expected outputs of the conformance files with GNU R (4.2.2 here):
#   src/test/resources/conformance/regenerate.sh [FILE.R ...]
# With no arguments every conformance/*/*.R is regenerated. Needs Rscript (apt-get install
# r-base-core r-cran-jsonlite); the tests themselves never need GNU R.
set -eu
cd "$(dirname "$0")"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=UTC
# A deep C stack lets GNU R reach its own expressions limit (as rlambda does) instead of
# stopping at the machine's 8 MB default with a machine-dependent C stack message.
ulimit -s unlimited 2>/dev/null || ulimit -s 1048576 2>/dev/null || true
if [ $# -eq 0 ]; then set -- */*.R; fi
for f in "$@"; do
  f=${f#src/test/resources/conformance/}
  dir=$(dirname "$f"); base=$(basename "$f" .R)
  (cd "$dir" && Rscript --vanilla "$base.R" > "$base.out" 2>&1 || true)
done
