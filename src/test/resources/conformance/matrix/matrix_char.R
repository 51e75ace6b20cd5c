board <- matrix(".", 3, 3)
board[2, 2] <- "X"
board[1, 3] <- "O"
board
apply(board, 1, paste, collapse = "")
cat(apply(board, 1, paste, collapse = " "), sep = "\n")
board == "X"
