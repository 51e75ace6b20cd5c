txt <- "# exported by tool v2
# generated today
a,b
1,2
3,4
5,6
7,8"
read.csv(text = txt, skip = 2)
read.csv(text = txt, skip = 2, nrows = 2)
read.csv(text = txt, comment.char = "#")
