scores <- c(math = 90, art = 75, music = 88, sport = 60)
top <- scores[scores > 70]
top
names(top)
scores[order(scores)]
scores[-2]
rev(scores)[1:2]
head(scores, 2)
s2 <- scores[c("art", "art")]
s2
