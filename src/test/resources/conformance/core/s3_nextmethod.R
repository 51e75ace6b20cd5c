speak <- function(x, ...) UseMethod("speak")
speak.animal <- function(x, ...) cat("I am an animal\n")
speak.dog <- function(x, ...) {
  cat("Woof\n")
  NextMethod()
}
speak.puppy <- function(x, loud = FALSE, ...) {
  cat(if (loud) "YIP\n" else "yip\n")
  NextMethod()
}
p <- structure(list(), class = c("puppy", "dog", "animal"))
speak(p)
speak(p, loud = TRUE)
gen <- function(x) UseMethod("gen")
gen.a <- function(x) c(.Generic, .Class)
gen(structure(1, class = c("a", "b")))
r <- tryCatch(speak(42), error = function(e) conditionMessage(e))
r
