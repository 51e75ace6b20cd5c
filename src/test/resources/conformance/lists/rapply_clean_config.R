# trim strings and round numbers anywhere in a nested configuration
cfg <- list(
  name = "  service  ",
  limits = list(cpu = 0.3333333, memory = 512.75, labels = c(" a ", "b ")),
  stages = list(list(id = " build ", weight = 1 / 3), list(id = "test", weight = 2 / 3))
)
clean <- rapply(cfg, trimws, classes = "character", how = "replace")
clean <- rapply(clean, function(v) round(v, 2), classes = "numeric", how = "replace")
str(clean)
leaves <- rapply(cfg, function(v) length(v), how = "unlist")
leaves
sum(leaves)
chars <- rapply(cfg, function(v) v, classes = "character", how = "unlist")
chars
count_leaves <- function(x) if (is.list(x)) sum(vapply(x, count_leaves, numeric(1))) else 1
count_leaves(cfg)
