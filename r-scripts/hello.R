handler <- function(name = "world") list(greeting = paste0("Hello, ", name, "!"))
