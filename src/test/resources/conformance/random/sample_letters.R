set.seed(1)
sample(letters, 5)
sample(LETTERS[1:4])
