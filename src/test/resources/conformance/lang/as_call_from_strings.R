fn_names <- c("min", "max", "mean")
data <- c(4, 8, 15, 16, 23, 42)
for (f in fn_names) {
  cl <- as.call(list(as.name(f), quote(data)))
  cat(deparse(cl), "=", eval(cl), "\n")
}
cl <- str2lang("round(pi, 3)")
print(cl)
print(eval(cl))
print(str2expression("a + 1; b")[[1]])
