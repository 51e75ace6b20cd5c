make.names(c("a b", "1x", "_y", ".2z", "ok", "if", "", NA, "a-b", "TRUE"))
make.names(c("a", "a", "a.1"), unique = TRUE)
make.names("x_y", allow_ = FALSE)
