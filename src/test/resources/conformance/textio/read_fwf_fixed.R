# fixed-width records, as produced by mainframe and bank exports
txt <- c("A001Smith     0012.50Y",
         "A002Jones     0003.00N",
         "B010Brown     0100.75Y")
path <- tempfile()
writeLines(txt, path)
df <- read.fwf(path, widths = c(4, 10, 7, 1), col.names = c("id", "name", "amount", "flag"))
df
str(df)
sum(df$amount)
# negative widths skip columns
read.fwf(path, widths = c(4, -10, 7))
read.fwf(path, widths = c(1, 3), col.names = c("grp", "num"), colClasses = c("character", "character"))
# strip.white trims the padding of text fields
df2 <- read.fwf(path, widths = c(4, 10, 8), strip.white = TRUE, stringsAsFactors = TRUE)
levels(df2$V2)
read.fwf(textConnection("12345\n67890"), widths = c(2, 3))
unlink(path)
