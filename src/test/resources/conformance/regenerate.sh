#!/bin/sh
# Regenerates the expected outputs of the conformance files with GNU R (4.2.2 here):
#   src/test/resources/conformance/regenerate.sh [FILE.R ...]
# With no arguments every conformance/*/*.R is regenerated. Needs Rscript (apt-get install
# r-base-core r-cran-jsonlite); the tests themselves never need GNU R.
set -eu
cd "$(dirname "$0")"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=UTC
if [ $# -eq 0 ]; then set -- */*.R; fi
for f in "$@"; do
  f=${f#src/test/resources/conformance/}
  dir=$(dirname "$f"); base=$(basename "$f" .R)
  (cd "$dir" && Rscript --vanilla "$base.R" > "$base.out" 2>&1 || true)
done
