x <- strptime("2024-03-15 08:05:09", "%Y-%m-%d %H:%M:%S", tz = "UTC")
format(x, "%d.%m.%Y %H:%M")
strftime(as.Date("2024-12-25"), "%A")
class(x)
x$year + 1900
x$mon + 1
x$mday
