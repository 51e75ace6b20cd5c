# Counts the top-level expressions of an R test file that evaluate without error, one line per
# expression ("<index> OK" / "<index> ERROR: <message>") and a total. Run it with GNU R and with
# rlambda on the same file and compare:
#   Rscript bench/peer_count.R FILE.R
#   java -jar target/rlambda.jar bench/peer_count.R FILE.R
# The test file is read from the path given; it is never copied here.
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1L) stop("usage: peer_count.R FILE.R")
exprs <- parse(file = args[1L], keep.source = FALSE)
ok <- 0L
sink(tempfile())  # the expressions' own printing is not what is counted
results <- character(length(exprs))
for (i in seq_along(exprs)) {
    r <- tryCatch({
        withVisible(eval(exprs[[i]], globalenv()))
        "OK"
    }, error = function(e) paste("ERROR:", conditionMessage(e)))
    if (r == "OK") ok <- ok + 1L
    results[i] <- paste(i, gsub("\n", " ", r))
}
sink()
writeLines(results)
cat(sprintf("%d of %d expressions evaluated without error\n", ok, length(exprs)))
