r <- try(stopifnot(all.equal(1, 1.1)))
r <- try(stopifnot(all.equal(pi, 3.14159, tolerance = 1e-10)))
stopifnot(all.equal(1, 1 + 1e-10))
print("close enough")
