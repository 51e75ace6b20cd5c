scores <- c(alice = 91.5, bob = 78.25, carol = 85)
for (nm in names(scores)) cat(sprintf("%-6s %6.2f\n", nm, scores[[nm]]))
cat(sprintf("Average: %.1f\n", mean(scores)))
