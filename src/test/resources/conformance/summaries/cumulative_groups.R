# running totals per account, then the running maximum balance
acct <- c("a", "b", "a", "a", "b", "c", "b")
amount <- c(100, 50, -30, 20, -10, 5, 40)
running <- ave(amount, acct, FUN = cumsum)
data.frame(acct, amount, running)
unlist(lapply(split(amount, acct), cumsum))
tapply(amount, acct, function(x) max(cumsum(x)))
balance <- cumsum(amount)
balance
cummax(balance)
balance - cummax(balance)
which.min(balance - cummax(balance))
cumprod(1 + c(0.02, -0.01, 0.03))
round(cumprod(1 + c(0.02, -0.01, 0.03)) - 1, 4)
rev(cumsum(rev(amount)))
cumsum(rep(0.1, 10))[10] == 1
print(cumsum(rep(0.1, 10)), digits = 17)
