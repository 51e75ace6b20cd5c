#!/bin/bash
# Runs print(head(x)), str(x) and summary(x) for every object of GNU R's datasets package under
# GNU R (Rscript) and rlambda, and lists the datasets whose output differs.
# usage: src/gnu-r/compare-datasets-print.sh [path/to/rlambda.jar]   (needs GNU R; build first)
JAR=$(realpath "${1:-target/rlambda.jar}")
W=$(mktemp -d)
mkdir -p "$W/s" "$W/r" "$W/j"
LC_ALL=C.UTF-8 Rscript -e 'cat(ls("package:datasets"), sep = "\n")' > "$W/names"
while read -r n; do
  printf 'print(head(`%s`))\nstr(`%s`)\nsummary(`%s`)\n' "$n" "$n" "$n" > "$W/s/$n.R"
  LC_ALL=C.UTF-8 Rscript "$W/s/$n.R" > "$W/r/$n.out" 2>&1
  LC_ALL=C.UTF-8 timeout 60 java -jar "$JAR" "$W/s/$n.R" > "$W/j/$n.out" 2>&1
  cmp -s "$W/r/$n.out" "$W/j/$n.out" || echo "differs: $n"
done < "$W/names"
echo "outputs in $W"
