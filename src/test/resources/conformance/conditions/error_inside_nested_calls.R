load_config <- function(path) parse_config(read_raw(path))
read_raw <- function(path) {
  if (!nzchar(path)) stop("empty path")
  paste("contents of", path)
}
parse_config <- function(txt) list(raw = txt)
print(load_config("app.yml")$raw)
load_config("")
