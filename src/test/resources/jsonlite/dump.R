# Writes an R value as a one-line token stream that the Java test helper RValueDump reads and
# writes back. Doubles use C99 hex notation (lossless); strings are hex-encoded UTF-8 bytes.
# Row names are dumped in their internal (compact) form, as .row_names_info(x, 0L) shows them.
dump_value <- function(x) {
  hexstr <- function(s) if (is.na(s)) "NA" else paste0("s", paste(as.character(charToRaw(enc2utf8(s))), collapse = ""))
  dbl <- function(d) {
    if (is.na(d) && !is.nan(d)) "NA" else if (is.nan(d)) "NaN" else if (d == Inf) "Inf" else if (d == -Inf) "-Inf" else sprintf("%a", d)
  }
  body <- switch(typeof(x),
    "NULL" = return("N"),
    environment = return("E"),
    pairlist = return(paste("P", dump_value(as.list(x)))),
    logical = paste("l", length(x), paste(ifelse(is.na(x), "NA", ifelse(x, "T", "F")), collapse = " ")),
    integer = paste("i", length(x), paste(ifelse(is.na(x), "NA", as.character(as.vector(unclass(x)))), collapse = " ")),
    double = paste("d", length(x), paste(vapply(as.vector(unclass(x)), dbl, ""), collapse = " ")),
    complex = paste("z", length(x), paste(vapply(seq_along(x), function(i) paste(dbl(Re(x[i])), dbl(Im(x[i]))), ""), collapse = " ")),
    character = paste("s", length(x), paste(vapply(as.vector(x), hexstr, ""), collapse = " ")),
    raw = paste("r", length(x), paste(as.character(x), collapse = " ")),
    list = paste("L", length(x), paste(vapply(seq_along(x), function(i) dump_value(.subset2(x, i)), ""), collapse = " ")),
    stop("cannot dump type ", typeof(x)))
  a <- attributes(x)
  if (!is.null(a[["row.names"]])) a[["row.names"]] <- .row_names_info(x, 0L)
  attrs <- if (length(a)) paste(vapply(names(a), function(n) paste(hexstr(n), dump_value(a[[n]])), ""), collapse = " ") else ""
  gsub(" +", " ", trimws(paste(body, "A", length(a), attrs)))
}
