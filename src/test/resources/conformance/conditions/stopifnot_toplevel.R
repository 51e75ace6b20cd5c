validate <- function(df_rows) {
  stopifnot("need at least one row" = df_rows > 0)
  "ok"
}
print(validate(3))
stopifnot("a" == "b")
