packageStartupMessage("Welcome to the package")
suppressPackageStartupMessages(packageStartupMessage("hidden startup message"))
r <- tryCatch(packageStartupMessage("as condition"), packageStartupMessage = function(m) class(m))
print(r)
f <- function() { packageStartupMessage("from f"); message("plain message"); "done" }
print(suppressPackageStartupMessages(f()))
suppressMessages(packageStartupMessage("also hidden"))
cat("end\n")
