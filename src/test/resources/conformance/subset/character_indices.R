ages <- c(alice = 31, bob = 25, carol = 47)
ages["bob"]
ages[c("carol", "alice")]
ages["dave"]
ages[c("bob", "zed", "bob")]
ages[NA_character_]
u <- c(x = 1, x = 2, y = 3)
u["x"]
ages[["carol"]]
p <- c(apple = "red", banana = "yellow")
p[c("banana", "apple")]
