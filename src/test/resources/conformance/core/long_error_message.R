a_function_with_a_rather_long_name <- function(argument_one, argument_two) {
  stop("this message is long enough that GNU R moves it onto its own line")
}
a_function_with_a_rather_long_name(1, 2)
