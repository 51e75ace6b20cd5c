jan <- data.frame(month = "jan", region = c("north", "south"), sales = c(100, 80))
feb <- data.frame(month = "feb", region = c("north", "south"), sales = c(110, 95))
mar <- data.frame(month = "mar", region = c("north", "south"), sales = c(90, 120))
all <- rbind(jan, feb, mar)
all
dim(all)
lst <- list(jan, feb, mar)
combined <- do.call(rbind, lst)
combined
identical(all, combined)
r <- tryCatch(rbind(jan, data.frame(x = 1)), error = function(e) conditionMessage(e))
r
