config <- list(retries = -1)
stopifnot("retries must be non-negative" = config$retries >= 0)
