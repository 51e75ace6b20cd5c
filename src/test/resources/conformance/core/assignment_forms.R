x = 5
x
10 -> y
y
z <<- 3
z
assign("w", 7)
w
f <- function() { q <<- "set from f"; invisible() }
f()
q
`my var` <- 1:3
`my var`
"s" <- "string target"
s
