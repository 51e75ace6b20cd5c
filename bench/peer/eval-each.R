# Evaluates an R file one top-level expression at a time, in the global environment, and prints
# one status line per expression: "ok N" or "error N: message". Used by run-peer.sh to compare
# GNU R and rlambda on GNU R's own test files (which are read from a path, never copied here).
args <- commandArgs(trailingOnly = TRUE)
.peer_file <- args[length(args)]
.peer_exprs <- parse(.peer_file, keep.source = FALSE)
.peer_status <- character(length(.peer_exprs))
for (.peer_i in seq_along(.peer_exprs)) {
    .peer_res <- tryCatch({
        withCallingHandlers(eval(.peer_exprs[[.peer_i]], globalenv()),
                            warning = function(w) invokeRestart("muffleWarning"))
        "ok"
    }, error = function(e) paste("error:", gsub("\n", " ", conditionMessage(e))))
    .peer_status[.peer_i] <- paste(.peer_i, .peer_res)
}
writeLines(.peer_status, Sys.getenv("PEER_STATUS", "peer-status.txt"))
