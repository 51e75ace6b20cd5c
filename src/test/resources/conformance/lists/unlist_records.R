# flatten API records into columns
records <- list(
  list(id = 1L, name = "alpha", tags = c("x", "y"), score = 9.5),
  list(id = 2L, name = "beta", tags = character(0), score = NA),
  list(id = 3L, name = "gamma", tags = "z", score = 7.25)
)
ids <- unlist(lapply(records, `[[`, "id"))
ids
names <- vapply(records, function(r) r$name, character(1))
names
scores <- unlist(lapply(records, function(r) r$score))
scores
all_tags <- unlist(lapply(records, `[[`, "tags"))
all_tags
tag_counts <- lengths(lapply(records, `[[`, "tags"))
tag_counts
flat <- unlist(records[[1]])
flat
str(flat)
flat_all <- unlist(records)
length(flat_all)
head(names(flat_all), 6)
table(names(flat_all))
nested <- list(user = list(name = "ann", address = list(city = "Oslo", zip = "0150")), active = TRUE)
unlist(nested)
as.list(unlist(nested))
