summary(numeric(0))
summary(integer(0))
summary(NULL)
