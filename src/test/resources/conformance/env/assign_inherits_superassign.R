total <- 0
add <- function(v) total <<- total + v
for (i in 1:4) add(i)
print(total)
f <- function() {
  total <- 100
  g <- function() total <<- total + 1
  g()
  total
}
print(f())
print(total)
h <- function() {
  assign("created_global", "yes", envir = globalenv())
  assign("local_only", "no")
  exists("local_only", inherits = FALSE)
}
print(h())
print(created_global)
print(exists("local_only"))
