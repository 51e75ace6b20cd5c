`my variable` <- 10
`my variable` * 2
`+`(2, 3)
`if`(TRUE, "yes", "no")
f <- function(`odd name`) `odd name` + 1
f(1)
l <- list(`a b` = 1, `c-d` = 2)
names(l)
l$`a b`
`[`(c(5, 6, 7), 2)
sapply(1:3, `-`)
