w <- table(c("a","b","a","c"))
w[2:3]
str(w[2:3])
w["a"]
w[[2]]
t2 <- table(c(1,1,2,3,3,3), c("x","y","x","y","x","x"))
t2[1:2, ]
t2[, "x"]
t2[2, 2]
t2[t2 > 1]
class(t2[1, , drop = FALSE])
sort(w)
rev(w)
w[order(-w)]
w <- table(c("a","b","a","c"))
str(w)
str(w[2:3])
str(array(1:3))
str(table(c(1,1,2), c("x","y","y")))
str(list(t = w, a = array(1:2, 2, list(c("p", "q")))))
