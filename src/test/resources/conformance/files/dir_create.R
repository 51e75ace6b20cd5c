# work inside the session's temp directory so messages show relative paths
old <- setwd(tempdir())
dir.create("out-dir")
dir.create("out-dir")
dir.create("out-dir", showWarnings = FALSE)
dir.create(file.path("out-dir", "a", "b"), recursive = TRUE)
dir.exists(file.path("out-dir", "a", "b"))
writeLines("z", file.path("out-dir", "a", "b", "f.txt"))
list.files("out-dir", recursive = TRUE)
r <- tryCatch(dir.create(file.path("missing-parent", "child")), warning = function(w) conditionMessage(w))
r
unlink("out-dir", recursive = TRUE)
dir.exists("out-dir")
invisible(setwd(old))
