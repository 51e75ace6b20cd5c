a <- 1; b <- 2; a + b
# a comment line
c_val <- 3 # trailing comment
c_val
x <- "# not a comment"
x
{ 1; 2; 3 }
