response <- list(
  status = "ok",
  meta = list(page = 1L, per_page = 50L, total = 1234L, has_more = TRUE),
  data = list(
    list(id = "u1", score = 0.93, tags = c("new", "vip"), profile = list(age = 31L, city = NA)),
    list(id = "u2", score = NA_real_, tags = character(0), profile = NULL)
  ),
  errors = list()
)
str(response)
str(response, max.level = 2)
str(response$data, list.len = 1)
str(response$data[[1]]$profile)
str(lapply(response$data, `[[`, "score"))
str(unlist(response$meta))
