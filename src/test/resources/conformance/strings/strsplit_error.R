strsplit(123, "2")
