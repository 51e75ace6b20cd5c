e <- new.env()
counter <- 0
makeActiveBinding("ticks", function() { counter <<- counter + 1; counter }, e)
print(e$ticks)
print(e$ticks)
print(get("ticks", envir = e))
print(bindingIsActive("ticks", e))
store <- NULL
makeActiveBinding("celsius", function(v) {
  if (missing(v)) return(store)
  store <<- v
}, globalenv())
celsius <- 25
print(celsius)
print(store)
