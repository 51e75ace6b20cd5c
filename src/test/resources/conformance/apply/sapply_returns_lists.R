people <- list(
  list(name = "Ann", age = 31, tags = c("a", "b")),
  list(name = "Bob", age = 25, tags = character(0)),
  list(name = "Cy", age = 40, tags = "z"))
print(sapply(people, `[[`, "name"))
print(sapply(people, function(p) p$age))
print(sapply(people, function(p) length(p$tags)))
print(sapply(people, function(p) p$tags))
ages <- vapply(people, function(p) p$age, numeric(1))
print(people[[which.max(ages)]]$name)
print(Filter(function(p) p$age > 30, people)[[2]]$name)
