counts <- c()
for (w in c("apple", "pear", "apple", "fig", "apple", "pear")) {
  if (!(w %in% names(counts))) counts[w] <- 0
  counts[w] <- counts[w] + 1
}
counts
counts[c("fig", "kiwi")] <- c(10, 1)
counts
counts[["pear"]] <- -1
counts
