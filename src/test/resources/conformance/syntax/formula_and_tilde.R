fo <- y ~ x + z
class(fo)
length(fo)
fo[[1]]
fo[[2]]
fo[[3]]
one <- ~ a
length(one)
