sales <- data.frame(year = c(2020, 2020, 2021, 2021), q = c(1, 2, 1, 2), amt = c(10, 20, 30, 40))
targets <- data.frame(year = c(2021, 2020, 2021), q = c(2, 1, 1), target = c(35, 12, 25))
merge(sales, targets)
merge(sales, targets, by = c("year", "q"), all.x = TRUE)
