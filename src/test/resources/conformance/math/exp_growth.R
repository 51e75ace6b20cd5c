rate <- 0.05
years <- 0:5
balance <- 1000 * exp(rate * years)
round(balance, 2)
log(balance / 1000) / years
doubling <- log(2) / rate
round(doubling, 3)
compound <- 1000 * (1 + rate)^years
round(compound - balance, 4)
