x <- c(1,
       2,
       3)
x
f <- function(a,
              b = 2) {
  if (a > b) {
    "a bigger"
  }
  else {
    "b bigger or equal"
  }
}
f(1)
f(3)
y <- if (TRUE) "yes" else "no"
y
z <- {
  10
  20
}
z
w <- x[
  2
]
w
v <- 1 +
  2
v
