# Generates print_cases.txt: objects described field by field, followed by GNU R's print() output.
# Run: LC_ALL=C.UTF-8 Rscript --vanilla print_cases.R > print_cases.txt
hexs <- function(s) vapply(s, function(e) if (is.na(e)) "NA" else
  paste0("s", paste(as.character(charToRaw(enc2utf8(e))), collapse = "")), "", USE.NAMES = FALSE)
hexd <- function(v) vapply(v, function(x) {
  if (is.na(x) && !is.nan(x)) "NA" else if (is.nan(x)) "NaN"
  else if (is.infinite(x)) (if (x > 0) "Inf" else "-Inf") else sprintf("%a", x)
}, "", USE.NAMES = FALSE)
vals <- function(x) {
  if (is.factor(x)) return(as.character(as.integer(x)))
  switch(typeof(x),
    double = hexd(x), integer = ifelse(is.na(x), "NA", as.character(x)),
    logical = ifelse(is.na(x), "NA", ifelse(x, "T", "F")),
    character = hexs(x), complex = if (length(x)) paste0(hexd(Re(x)), "/", hexd(Im(x))) else character(0),
    raw = as.character(x))
}
emit <- function(name, x, digits = NULL, quote = TRUE, right = FALSE, na.print = NULL, width = NULL,
                 max.levels = NULL) {
  cat("@case ", name, "\n", sep = "")
  cat("@opts", if (is.null(digits)) 7 else digits, if (is.null(width)) 80 else width, as.integer(quote),
      as.integer(right), if (is.null(na.print)) "-" else hexs(na.print),
      if (is.null(max.levels)) "-" else max.levels, "\n")
  cat("@type", if (is.ordered(x)) "ordered" else if (is.factor(x)) "factor" else typeof(x), "\n")
  cat("@values", vals(x), "\n")
  if (is.factor(x)) cat("@levels", hexs(levels(x)), "\n")
  if (!is.null(names(x)) && is.null(dim(x))) cat("@names", hexs(names(x)), "\n")
  if (!is.null(dim(x))) cat("@dim", dim(x), "\n")
  dn <- dimnames(x)
  if (!is.null(dn)) {
    for (k in seq_along(dn)) cat("@dimnames", k, if (is.null(dn[[k]])) "NULL" else hexs(dn[[k]]), "\n")
    if (!is.null(names(dn))) cat("@dnn", hexs(names(dn)), "\n")
  }
  cat("@output\n")
  if (is.factor(x)) print(x, max.levels = max.levels, width = if (is.null(width)) 80 else width)
  else print(x, digits = digits, quote = quote, right = right, na.print = na.print, width = width)
  cat("@end\n")
}
# vectors
emit("dbl1", 1/3); emit("dbl2", c(1/3, 2/3)); emit("pi1e5", pi * 1e5); emit("1e5", 1e5)
emit("123456.7", 123456.7); emit("1e-5", 1e-5); emit("sum", 0.1 + 0.2); emit("na", c(1.5, NA, 3))
emit("pow10", c(1, 10, 100)); emit("1e15", 1e15); emit("1e16", 1e16); emit("big", 123456789012)
emit("eps", .Machine$double.eps); emit("tiny", 1e-300); emit("denorm", 5e-324); emit("mixed", c(0.00001, 123))
emit("1to30", as.numeric(1:30)); emit("int1to30", 1:30); emit("int100to130", 100:130); emit("seq", seq(0, 1, 0.1))
emit("neg", c(-1.5, 2.25, -3)); emit("special", c(NA, NaN, Inf, -Inf, 1)); emit("allna", NA_real_)
emit("nanonly", c(NaN, NA)); emit("negzero", -0); emit("int1to100", 1:100); emit("dbl1to100", seq(0.5, 50, 0.5))
for (d in 1:15) emit(paste0("digits", d), c(pi, exp(1), 1/7) * 100, digits = d)
emit("digits3", c(123.456, 0.001234), digits = 3)
emit("rnorm", { set.seed(1); rnorm(25) }); emit("runif", { set.seed(2); runif(17) * 1000 })
emit("large", c(1e10, 1e-10, 1)); emit("intna", c(1L, NA, -300L)); emit("intneg", -5:5)
emit("lgl", c(TRUE, FALSE, NA)); emit("lgl2", c(TRUE, NA)); emit("lglmany", rep(c(TRUE, FALSE), 30))
emit("chr", c("a", "bb", NA, "ccc")); emit("chrnoq", c("a", "bb", NA, "ccc"), quote = FALSE)
emit("letters", letters); emit("LETTERS", c(LETTERS, letters)); emit("esc", c("a\nb", "tab\t", "q\"", "\001", "back\\slash"))
emit("utf8", c("\u4e2d\u6587", "ab", "e\u0301t\u00e9")); emit("emptystr", c("", "x"))
emit("chrright", c("a", "bbb"), right = TRUE); emit("longstr", strrep("abcdefghij", 10))
emit("cplx", c(1+2i, -1.5-0.5i, NA)); emit("cplx2", complex(real = pi, imaginary = -exp(1)))
emit("cplx3", c(1e10+1i, 1-1e-10i)); emit("cplx0", 0i); emit("cplxmany", complex(real = 1:12, imaginary = 12:1 / 7))
emit("raw", as.raw(c(0, 15, 255, 16)))
emit("empty_d", numeric(0)); emit("empty_i", integer(0)); emit("empty_l", logical(0)); emit("empty_c", character(0))
emit("empty_z", complex(0)); emit("empty_r", raw(0))
emit("naprint", c(1, NA, 3), na.print = "--"); emit("naprintchr", c("a", NA), na.print = "<missing>")
emit("width40", as.numeric(1:30) / 3, width = 40); emit("width20chr", month.name, width = 20)
# named
emit("named", c(a = 1.5, bb = 2, ccc = NA)); emit("namedint", setNames(1:26, letters))
emit("namedchr", c(first = "x", second = "yy", third = NA)); emit("namedlong", setNames(1:5, c("a", "averyveryverylongname", "b", "c", "d")))
emit("namedlgl", c(yes = TRUE, no = FALSE)); emit("namedcplx", c(a = 1+1i, b = -2.5-3i))
emit("namedwrap", setNames(seq(1000, 30000, by = 1000) + 0.5, paste0("name", 1:30)))
emit("namedNA", setNames(1:3, c("a", NA, "c"))); emit("namedempty", setNames(numeric(0), character(0)))
emit("namedutf8", setNames(1:2, c("\u4e2d\u6587", "x")))
# matrices
emit("mat", matrix(1:6, 2)); emit("matdbl", matrix(c(1.5, 2, 3.25, 4, NA, 6), 2))
emit("matchr", matrix(c("a", "bb", NA, "d"), 2)); emit("matchrright", matrix(c("a", "bb", NA, "d"), 2), right = TRUE)
emit("matchrnoq", matrix(c("a", "bb", NA, "d"), 2), quote = FALSE)
emit("matdn", matrix(1:4, 2, dimnames = list(c("r1", "row2"), c("A", "Bcol"))))
emit("matdnn", matrix(1:4, 2, dimnames = list(rows = c("r1", "row2"), cols = c("A", "Bcol"))))
emit("matdnnlong", matrix(1:4, 2, dimnames = list(averylongrowtitle = c("r1", "row2"), cols = c("A", "Bcol"))))
emit("matrowsonly", matrix(1:4, 2, dimnames = list(c("a", "b"), NULL)))
emit("matcolsonly", matrix(1:4, 2, dimnames = list(NULL, c("a", "b"))))
emit("matwide", matrix(rnorm(60, 1000, 100), 3)); emit("matlgl", matrix(c(TRUE, NA, FALSE, TRUE), 2))
emit("mat10", matrix(1:30, 10)); emit("matempty", matrix(numeric(0), 0, 0)); emit("mat0col", matrix(numeric(0), 2, 0))
emit("mat0row", matrix(numeric(0), 0, 3)); emit("matcplx", matrix(c(1+1i, 2-1i, NA, 0i), 2))
emit("matsci", matrix(c(1e-10, 1, 1e10, 2), 2)); emit("matchrwide", matrix(strrep("x", 1:20), 2))
emit("matchrdn", matrix(c("a", "b", "c", "d"), 2, dimnames = list(c("x", "y"), c("P", "Q"))), right = TRUE)
emit("matemptydnn", matrix(1:4, 2, dimnames = list(c("a", "b"), c("c", "d")) |> setNames(c("", "B"))))
emit("matraw", matrix(as.raw(1:4), 2))
# arrays
emit("arr3", array(1:24, c(2, 3, 4))); emit("arr3dn", array(1:8, c(2, 2, 2), dimnames = list(c("a", "b"), c("c", "d"), c("e", "f"))))
emit("arr3dnn", array(1:8, c(2, 2, 2), dimnames = list(X = c("a", "b"), Y = c("c", "d"), Z = c("e", "f"))))
emit("arr4", array(1:16, c(2, 2, 2, 2))); emit("arr0", array(numeric(0), c(2, 3, 0)))
emit("arr1", array(1:3, 3)); emit("arr1dn", array(1:3, 3, dimnames = list(c("a", "b", "c"))))
emit("arr1dnn", array(1:3, 3, dimnames = list(k = c("a", "b", "c"))))
emit("arrchr", array(c("a", "b", NA, "dd"), c(2, 1, 2)))
# factors
emit("factor", factor(c("a", "b", "a"))); emit("ordered", factor(c("x", "y"), ordered = TRUE))
emit("factorNA", factor(c("a", NA, "b"))); emit("factor0", factor(character(0))); emit("ordered0", factor(character(0), ordered = TRUE))
emit("factormany", factor(paste0("level", 1:40))); emit("factormaxl", factor(letters), max.levels = 5)
emit("factornamed", setNames(factor(c("u", "v")), c("n1", "n2"))); emit("factorwidth", factor(letters), width = 30)
emit("orderedmany", factor(paste0("lv", 1:30), ordered = TRUE))
