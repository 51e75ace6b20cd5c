config_dev <- list(db = "dev.sqlite", workers = 1)
config_prod <- list(db = "prod.pg", workers = 8)
for (stage in c("dev", "prod")) {
  cfg <- get(paste0("config_", stage))
  cat(stage, ":", cfg$db, "with", cfg$workers, "workers\n")
}
handlers <- list(add = `+`, mul = `*`)
for (op in names(handlers)) print(handlers[[op]](6, 7))
fname <- "toupper"
print(do.call(fname, list("abc")))
print(match.fun("rev")(1:3))
print(exists("config_test"))
