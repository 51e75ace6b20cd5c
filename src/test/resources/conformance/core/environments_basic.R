e <- new.env()
assign("a", 1, envir = e)
e$b <- 2
get("a", envir = e)
exists("b", envir = e)
exists("zz", envir = e)
sort(ls(e))
local({
  a <- 100
  a + 1
})
f <- function() {
  x <- "in f"
  g <- function() x
  environment(g)
  g()
}
f()
environmentName(globalenv())
environmentName(baseenv())
environmentName(environment(sum))
