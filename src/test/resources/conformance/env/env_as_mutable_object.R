Stack <- function() {
  self <- new.env()
  self$items <- list()
  self$push <- function(x) {
    self$items[[length(self$items) + 1]] <- x
    invisible(self)
  }
  self$pop <- function() {
    n <- length(self$items)
    if (n == 0) stop("stack is empty")
    top <- self$items[[n]]
    self$items[[n]] <- NULL
    top
  }
  self$size <- function() length(self$items)
  self
}
s <- Stack()
s$push(1)$push("two")$push(3)
print(s$size())
print(s$pop())
print(s$pop())
print(s$size())
print(s$pop())
r <- tryCatch(s$pop(), error = function(e) conditionMessage(e))
print(r)
s$pop()
