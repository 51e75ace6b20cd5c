kind <- function(x) UseMethod("kind")
kind.default <- function(x) "default"
kind.numeric <- function(x) "numeric"
kind.integer <- function(x) "integer"
kind.character <- function(x) "character"
kind.matrix <- function(x) "matrix"
kind.function <- function(x) "function"
kind.list <- function(x) "list"
kind.data.frame <- function(x) "data.frame"
kind.logical <- function(x) "logical"
kind(1.5)
kind(1L)
kind("a")
kind(matrix(1:4, 2))
kind(sum)
kind(function(x) x)
kind(list(1))
kind(TRUE)
kind(NULL)
kind(data.frame(a = 1))
kind(array(1:8, c(2, 2, 2)))
