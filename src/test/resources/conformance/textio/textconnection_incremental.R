# process a text payload line by line from a connection
payload <- c("event,ms", "start,0", "load,125", "parse,340", "done,410")
con <- textConnection(payload)
header <- readLines(con, n = 1)
total <- 0
repeat {
  line <- readLines(con, n = 1)
  if (length(line) == 0) break
  parts <- strsplit(line, ",")[[1]]
  total <- total + as.numeric(parts[2])
  cat(sprintf("%-6s %5s\n", parts[1], parts[2]))
}
close(con)
header
total
# a text connection over multi-line elements splits them
con <- textConnection(c("a\nb", "c"))
readLines(con)
close(con)
con <- textConnection("x,y\n1,2\n3,4")
read.csv(con)
