# The fidelity corpus: each entry is an expression evaluated in the global environment.
# `corpus` entries are built by GNU R (make-corpus.R) and by rlambda (check.R), whose
# saveRDS(compress = FALSE) bytes must agree; `models` are only built by GNU R and read back.
corpus <- list(
  null = quote(NULL),
  lgl = quote(c(TRUE, FALSE, NA)),
  int = quote(c(1L, NA, -2147483647L, 0L)),
  int_seq = quote(1:20),
  int_rev = quote(10:-5),
  dbl = quote(c(0, -0.5, 1e300, 5e-324, NA, NaN, Inf, -Inf, pi)),
  dbl_named = quote(c(a = 1, b = NA, c = 3)),
  chr = quote(c("a", NA, "", "multi word", "\u00e9t\u00e9", "\u4e2d\u6587", "tab\tquote\"")),
  cplx = quote(c(1+2i, NA, 0-1i)),
  raw = quote(as.raw(c(0, 1, 127, 128, 255))),
  fac = quote(factor(c("lo", "hi", NA, "lo"), levels = c("lo", "hi", "mid"))),
  ord = quote(factor(c("S", "M", "L", "M"), levels = c("S", "M", "L"), ordered = TRUE)),
  lst = quote(list(1, "two", list(3L, NULL), c(x = TRUE))),
  lst_named = quote(list(alpha = 1:3, beta = list(gamma = "g"), delta = NULL)),
  nested = quote(list(a = list(b = list(c = list(d = 1))))),
  df = quote(data.frame(id = 1:4, name = c("a", "b", NA, "d"), score = c(1.5, NA, 3, 4.25),
                        flag = c(TRUE, FALSE, NA, TRUE))),
  df_factor = quote(data.frame(g = factor(c("x", "y", "x")), v = c(10, 20, 30))),
  df_rownames = quote(data.frame(v = c(1, 2), row.names = c("first", "second"))),
  mat = quote(matrix(1:6, nrow = 2)),
  mat_dimnames = quote(matrix(c(1.5, NA, 3, 4), 2, dimnames = list(c("r1", "r2"), c("c1", "c2")))),
  arr = quote(array(1:24, dim = c(2, 3, 4))),
  date = quote(as.Date(c("2024-01-15", NA, "1970-01-01"))),
  posixct = quote(as.POSIXct(c("2024-01-15 10:30:00", "2000-02-29 23:59:59"), tz = "UTC")),
  formula = quote(y ~ x + log(z)),
  formula1 = quote(~ a | b),
  call = quote(quote(f(x, y = 2, ...))),
  sym = quote(as.name("a_symbol")),
  expr = quote(expression(a + 1, b * 2)),
  closure = quote(function(x, y = 2) x + y),
  closure_body = quote(function(n) { s <- 0; for (i in seq_len(n)) s <- s + i; s }),
  env = quote({ e <- new.env(); assign("a", 1, envir = e); assign("b", "bee", envir = e); e }),
  attrs = quote(structure(c(1.5, 2.5), class = "myclass", note = "custom attribute")),
  int_na = quote(NA_integer_),
  chr_na = quote(NA_character_),
  empty_list = quote(list()),
  empty_chr = quote(character(0)),
  long = quote(seq(0, 1, length.out = 1000))
)
models <- list(
  lm = quote(lm(mpg ~ wt + hp, data = mtcars)),
  glm = quote(glm(am ~ wt, data = mtcars, family = binomial))
)
