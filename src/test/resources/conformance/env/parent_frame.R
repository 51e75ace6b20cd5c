who_called <- function() parent.frame()
f <- function() {
  e <- who_called()
  identical(e, environment())
}
print(f())
print(identical(who_called(), globalenv()))
set_in_caller <- function(name, value) assign(name, value, envir = parent.frame())
g <- function() {
  set_in_caller("made_here", 42)
  made_here
}
print(g())
set_in_caller("top_level_var", "hi")
print(top_level_var)
h <- function() parent.frame(2)
k <- function() h()
m <- function() { k(); identical(k2(), environment()) }
k2 <- function() h()
print(m())
