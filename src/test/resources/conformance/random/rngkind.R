RNGkind()
set.seed(1)
.Random.seed[1]
