set <- 1:3
df <- data.frame(
  a_fairly_long_column_name = set,
  another_quite_long_name = set * 1000,
  third_column_with_long_label = c("alpha", "beta", "gamma"),
  fourth_one = set / 7,
  fifth_column_name_here = c(TRUE, FALSE, TRUE),
  sixth = letters[set]
)
df
