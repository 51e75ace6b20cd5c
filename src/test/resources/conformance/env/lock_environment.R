settings <- new.env()
settings$mode <- "fast"
lockEnvironment(settings)
print(environmentIsLocked(settings))
settings$mode <- "slow"
print(settings$mode)
r <- try(assign("newvar", 1, envir = settings))
frozen <- new.env()
frozen$a <- 1
lockEnvironment(frozen, bindings = TRUE)
r <- try(frozen$a <- 2)
print(frozen$a)
print(bindingIsLocked("a", frozen))
frozen$b <- 1
