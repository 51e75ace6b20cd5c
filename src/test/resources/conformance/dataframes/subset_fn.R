cars <- data.frame(model = c("a1", "b2", "c3", "d4", "e5"), mpg = c(21, 32.4, 18.7, 27, 15), cyl = c(6, 4, 8, 4, 8))
subset(cars, mpg > 20)
subset(cars, cyl == 8, select = c(model, mpg))
subset(cars, select = -cyl)
subset(cars, mpg > 20 & cyl == 4, select = model)
subset(cars, mpg > 100)
limit <- 19
subset(cars, mpg < limit)
