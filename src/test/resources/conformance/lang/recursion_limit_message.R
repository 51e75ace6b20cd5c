countdown <- function(n) if (n == 0) "liftoff" else countdown(n - 1)
print(countdown(100))
depth_sum <- function(n) if (n == 0) 0 else n + depth_sum(n - 1)
print(depth_sum(500))
