# Mask numbers and tokens in place with regmatches<-
x <- c("card 1234 5678", "pin 42", "no digits", NA)
y <- x
regmatches(y, gregexpr("[0-9]+", y)) <- list(c("****", "****"), "**", character(0), character(0))
y
z <- x
m <- gregexpr("[0-9]", z)
regmatches(z, m) <- lapply(regmatches(z, m), function(d) rep("#", length(d)))
z
w <- c("alpha beta", "gamma")
regmatches(w, regexpr("[a-z]+", w)) <- toupper(regmatches(w, regexpr("[a-z]+", w)))
w
v <- c("a1", "b", "c3")
regmatches(v, regexpr("[0-9]", v)) <- c("X", "Y")
v
u <- "one two three"
regmatches(u, gregexpr(" ", u), invert = TRUE) <- list(c("1", "2", "3"))
u
try(regmatches(v, regexpr("[a-z]", v)) <- c("only", "two"))
