cbind(1:3, 1:2)
rbind(1:4, 1:3)
