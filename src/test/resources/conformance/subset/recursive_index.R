tree <- list(a = list(b = list(c = 42, d = "deep"), e = 1:3), f = "top")
tree[[c("a", "b", "c")]]
tree[[c(1, 1, 2)]]
tree[[c("a", "e")]]
tree[[c(1, 2)]][2]
tree[["a"]][["b"]][["d"]]
tree[[c("a", "e", "x")]]
