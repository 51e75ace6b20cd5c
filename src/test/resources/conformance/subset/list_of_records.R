people <- list(
  list(name = "Ana", age = 30),
  list(name = "Ben", age = 25),
  list(name = "Cy", age = 35)
)
people[[2]]$name
sapply(people, function(p) p$age)
older <- people[sapply(people, function(p) p$age > 28)]
length(older)
vapply(older, `[[`, character(1), "name")
people[[3]][["age"]]
str(people[1])
