# typical parsing of text fields
fields <- c("42", "3.5", "", "NA", "seven", "1e2")
nums <- suppressWarnings(as.numeric(fields))
nums
is.na(nums)
ints <- suppressWarnings(as.integer(fields))
ints
sum(!is.na(nums))
as.logical(c("TRUE", "FALSE", "maybe"))
flags <- as.logical(c(1, 0, 1))
flags
as.integer(flags)
as.character(as.integer(c("007", "010")))
