where <- function() parent.frame()
caller <- function() {
  here <- environment()
  identical(where(), here)
}
print(caller())
print(identical(where(), globalenv()))
setter <- function(name, value) assign(name, value, envir = parent.frame())
g <- function() {
  setter("made_here", 99)
  made_here
}
print(g())
print(exists("made_here"))
outer_fn <- function() inner_fn()
inner_fn <- function() parent.frame(2)
print(identical(outer_fn(), globalenv()))
