payload_kb <- c(12.4, 8.1, 33.7, 5.2, 19.9, 41.0, 7.7, 15.3, 22.8, 9.6)
quantile(payload_kb, c(0.5, 0.9, 0.95, 0.99))
for (t in c(1, 4, 6, 7, 9)) print(quantile(payload_kb, 0.9, type = t))
quantile(payload_kb, 0.9, names = FALSE)
quantile(c(1, 2), probs = c(0.1, 0.333333, 0.5))
quantile(1:9, probs = c(0.001, 0.0125))
quantile(c(NA, 1, 2), na.rm = TRUE)
quantile(integer(0))
quantile(c(x = 5))
q <- quantile(payload_kb)
q[["75%"]] - q[["25%"]]
IQR(payload_kb)
IQR(payload_kb, type = 6)
fivenum(payload_kb)
summary(payload_kb)
r <- tryCatch(quantile(payload_kb, 1.5), error = function(e) conditionMessage(e))
r
r <- tryCatch(quantile(payload_kb, type = 10), error = function(e) conditionMessage(e))
r
