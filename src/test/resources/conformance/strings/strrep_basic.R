strrep("ab", 3)
strrep(c("a", "b"), 1:3)
strrep("x", 0)
strrep(NA, 2)
strrep("-", 20)
r <- tryCatch(strrep("x", -1), error = function(e) conditionMessage(e))
r
