# Regenerates the expected outputs of the jsonlite conformance cases from GNU R + jsonlite:
#   cd src/test/resources/jsonlite && LC_ALL=C.UTF-8 TZ=UTC Rscript --vanilla gen.R
# Each record: "== <kind> <name>", the input (a value dump for toJSON, escaped text otherwise),
# the arguments as a dump of a named list, "OK <result>" or "ERROR <message>", and "W <warnings>".
library(jsonlite)
source("dump.R")
esc <- function(s) {
  s <- paste(s, collapse = "\n")
  gsub("\r", "\\r", gsub("\n", "\\n", gsub("\\", "\\\\", s, fixed = TRUE), fixed = TRUE), fixed = TRUE)
}
con <- NULL
record <- function(kind, name, input, args, f) {
  warns <- character()
  res <- withCallingHandlers(
    tryCatch(paste("OK", f()), error = function(e) paste("ERROR", esc(conditionMessage(e)))),
    warning = function(w) { warns <<- c(warns, conditionMessage(w)); invokeRestart("muffleWarning") },
    message = function(m) invokeRestart("muffleMessage"))
  writeLines(c(paste("==", kind, name), input, dump_value(args), res, paste("W", esc(paste(warns, collapse = "|")))), con)
}
# toJSON(x, ...): the result text
tcase <- function(label, value, ...) record("T", label, dump_value(value), list(...), function() esc(toJSON(value, ...)))
# fromJSON(txt, ...): a dump of the value
fcase <- function(label, txt, ...) record("F", label, esc(txt), list(...), function() dump_value(fromJSON(txt, ...)))
# prettify / minify / validate / unbox
pcase <- function(label, txt, ...) record("P", label, esc(txt), list(...), function() esc(prettify(txt, ...)))
mcase <- function(name, txt) record("M", name, esc(txt), list(), function() esc(minify(txt)))
vcase <- function(name, txt) record("V", name, esc(txt), list(), function() as.character(validate(txt)))
ucase <- function(name, x) record("U", name, dump_value(x), list(), function() dump_value(unbox(x)))

con <- file("tojson.expected", "w")
source("tojson_cases.R")
close(con)
con <- file("fromjson.expected", "w")
source("fromjson_cases.R")
close(con)
