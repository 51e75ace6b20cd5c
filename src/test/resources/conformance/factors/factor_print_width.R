# long factors wrap like character vectors; long level lists are shortened
cities <- factor(c("Amsterdam", "Barcelona", "Copenhagen", "Dublin", "Edinburgh", "Frankfurt",
                   "Geneva", "Helsinki", "Istanbul", "Johannesburg", "Kyoto", "Lisbon"))
cities
print(cities, max.levels = 3)
print(cities, max.levels = 0)
print(factor(c("a", "b")), max.levels = 1)
f <- factor(sprintf("level_%02d", 1:40))
f[1:3]
print(f[1:3], width = 40)
o <- factor(c("low", "high", "medium"), levels = c("low", "medium", "high"), ordered = TRUE)
o
print(o, quote = TRUE)
named <- factor(c(a = "x", b = "y", c = "x"))
named
options(width = 40)
cities
