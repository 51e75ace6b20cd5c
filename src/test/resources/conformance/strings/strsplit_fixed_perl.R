strsplit("a.b.c", ".", fixed = TRUE)
strsplit("a.b.c", ".")
strsplit("aXbxc", "x", perl = TRUE)
strsplit("one  two   three", " +")
strsplit("2024-01-15", "-", fixed = TRUE)[[1]]
