ok <- require(definitelyNotInstalled)
print(ok)
if (!requireNamespace("alsoNotInstalled", quietly = TRUE)) cat("fallback path\n")
