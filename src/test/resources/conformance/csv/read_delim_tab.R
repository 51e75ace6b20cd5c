txt <- "name\tage\tcity
Ann\t31\tOslo
Bob\t45\tNew York"
df <- read.delim(text = txt)
df
str(df)
read.table(text = txt, sep = "\t", header = TRUE)
