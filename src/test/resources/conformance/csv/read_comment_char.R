txt <- "# sensor export
id value # trailing note
1 10.5
# a comment line in the middle
2 11.25 # another note
3 9"
read.table(text = txt, header = TRUE)
read.table(text = txt, header = TRUE, comment.char = "#")
# read.csv has no comment character by default
csv <- "id,tag\n1,#red\n2,blue # ok"
read.csv(text = csv)
read.csv(text = csv, comment.char = "#")
# a different comment character; quoted text keeps it
read.table(text = "a b\n1 'x;y' ; note\n2 z", header = TRUE, comment.char = ";")
