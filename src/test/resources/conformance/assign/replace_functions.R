`second<-` <- function(x, value) { x[2] <- value; x }
v <- 1:5
second(v) <- 100L
v
`field<-` <- function(obj, name, value) { obj[[name]] <- value; obj }
o <- list()
field(o, "k") <- "v"
str(o)
l <- list(a = 1:3)
second(l$a) <- 0L
l$a
