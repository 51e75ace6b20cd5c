scores <- c(alice = 90, bob = 75, carol = 82)
scores["bob"]
scores[c("carol", "alice")]
scores[c("bob", "dave")]
scores[["alice"]]
unname(scores["carol"])
names(scores)[scores > 80]
