# sample.int's size and n arguments: GNU R's vector-size rules and messages
set.seed(17)
for (s in list(NA_real_, Inf, -1, -1L, 2.7, "3", 3e9, NA_integer_, TRUE, 0L))
  print(tryCatch(sample.int(5, s), error = function(e) conditionMessage(e)))
for (n in list(NA, -1, Inf, "5", 5.9, TRUE, 2^31))
  print(tryCatch(sample.int(n, 1), error = function(e) conditionMessage(e)))
sample(5.9)
sample(c(2.5))
sample(0.5)
