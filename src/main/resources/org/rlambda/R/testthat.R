# The subset of testthat that user tests of Lambda functions use (r-scripts/tests/test-*.R).
# RScriptTests loads this before each test file and reports every test_that() block as one
# JUnit test. Failure messages follow testthat's wording.

.testthat <- new.env()
.testthat$results <- list()

.expectation_fail <- function(message) {
  stop(structure(class = c("expectation_failure", "error", "condition"),
                 list(message = message, call = NULL)))
}

.expect_label <- function(expr) paste(deparse(expr), collapse = " ")

# A value as testthat's failure text shows it: its deparsed form, long ones cut.
.expect_show <- function(x) {
  d <- paste(deparse(x), collapse = " ")
  if (nchar(d) > 200) paste0(substr(d, 1, 200), " ...") else d
}

.expect_values <- function(object, expected) {
  paste0("\n\n  `actual`: ", .expect_show(object), "\n`expected`: ", .expect_show(expected))
}

test_that <- function(desc, code) {
  outcome <- tryCatch({
    code
    list(status = "pass", message = "")
  }, expectation_failure = function(e) {
    list(status = "fail", message = conditionMessage(e))
  }, error = function(e) {
    list(status = "error", message = paste0("Error: ", conditionMessage(e)))
  })
  .testthat$results[[length(.testthat$results) + 1L]] <- list(name = desc, status = outcome$status,
                                                               message = outcome$message)
  invisible(outcome$status == "pass")
}

expect_true <- function(object) {
  if (!isTRUE(object)) .expectation_fail(paste0(.expect_label(substitute(object)), " is not TRUE"))
  invisible(object)
}

expect_false <- function(object) {
  if (!identical(object, FALSE)) .expectation_fail(paste0(.expect_label(substitute(object)), " is not FALSE"))
  invisible(object)
}

expect_null <- function(object) {
  if (!is.null(object)) .expectation_fail(paste0(.expect_label(substitute(object)), " is not NULL"))
  invisible(object)
}

expect_equal <- function(object, expected, tolerance = 1.5e-8) {
  comparison <- all.equal(expected, object, tolerance = tolerance)
  if (!isTRUE(comparison)) {
    .expectation_fail(paste0(.expect_label(substitute(object)), " not equal to ",
                             .expect_label(substitute(expected)), ".\n",
                             paste(comparison, collapse = "\n"), .expect_values(object, expected)))
  }
  invisible(object)
}

expect_identical <- function(object, expected) {
  if (!identical(object, expected)) {
    .expectation_fail(paste0(.expect_label(substitute(object)), " not identical to ",
                             .expect_label(substitute(expected)), ".", .expect_values(object, expected)))
  }
  invisible(object)
}

expect_length <- function(object, n) {
  if (length(object) != n) {
    .expectation_fail(paste0(.expect_label(substitute(object)), " has length ", length(object),
                             ", not length ", n, "."))
  }
  invisible(object)
}

expect_named <- function(object, expected) {
  if (!identical(names(object), expected)) {
    .expectation_fail(paste0("Names of ", .expect_label(substitute(object)), " (",
                             paste0("'", names(object), "'", collapse = ", "), ") don't match ",
                             paste0("'", expected, "'", collapse = ", ")))
  }
  invisible(object)
}

expect_match <- function(object, regexp) {
  if (!is.character(object) || length(object) == 0 || !all(grepl(regexp, object))) {
    .expectation_fail(paste0(.expect_label(substitute(object)), " does not match \"", regexp, "\"."))
  }
  invisible(object)
}

expect_s3_class <- function(object, class) {
  if (!inherits(object, class)) {
    .expectation_fail(paste0(.expect_label(substitute(object)), " inherits from '",
                             paste(class(object), collapse = "/"), "' not '", class[1], "'."))
  }
  invisible(object)
}

expect_error <- function(object, regexp = NULL, class = NULL) {
  label <- .expect_label(substitute(object))
  err <- tryCatch({
    object
    NULL
  }, error = function(e) e)
  if (is.null(err)) .expectation_fail(paste0(label, " did not throw an error."))
  if (!is.null(class) && !inherits(err, class)) {
    .expectation_fail(paste0(label, " threw an error with unexpected class.\nExpected class: ", class,
                             "\nActual class:   ", paste(class(err), collapse = "/")))
  }
  if (!is.null(regexp) && !grepl(regexp, conditionMessage(err))) {
    .expectation_fail(paste0(label, " threw an error with unexpected message.\nExpected match: \"", regexp,
                             "\"\nActual message: \"", conditionMessage(err), "\""))
  }
  invisible(err)
}

expect_warning <- function(object, regexp = NULL) {
  label <- .expect_label(substitute(object))
  caught <- NULL
  withCallingHandlers(object, warning = function(w) {
    if (is.null(caught)) caught <<- w
    invokeRestart("muffleWarning")
  })
  if (is.null(caught)) .expectation_fail(paste0(label, " did not produce any warnings."))
  if (!is.null(regexp) && !grepl(regexp, conditionMessage(caught))) {
    .expectation_fail(paste0(label, " produced unexpected warning.\nExpected match: \"", regexp,
                             "\"\nActual message: \"", conditionMessage(caught), "\""))
  }
  invisible(caught)
}

# The outcome of every test_that() block so far, one element per field (read by RScriptTests).
.testthat_outcomes <- function() {
  r <- .testthat$results
  list(name = vapply(r, function(x) x$name, ""),
       status = vapply(r, function(x) x$status, ""),
       message = vapply(r, function(x) x$message, ""))
}
