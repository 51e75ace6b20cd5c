r <- try(options(digits = 30))
r <- try(options(digits = 0))
print(getOption("digits"))
options(list(tmp.a = 1, tmp.b = "x"))
print(getOption("tmp.b"))
f <- function() {
  op <- options(digits = 4)
  on.exit(options(op))
  print(22/7)
}
f()
print(22/7)
options(digits = 25)
