x <- c("", " 22.2ms", "333.0ms")
y <- gsub("ms$", "", x)
y
as.numeric(y)
as.numeric(c("", " ", "1", "  "))
as.integer(c("", "2"))
as.logical(c("", "T", "yes"))
as.complex(c("", "1+2i"))
x <- c(a = "", b = "7")
storage.mode(x) <- "double"
x
as.numeric("\t\n")
