# Generates misc_cases.txt: as.character, cat, format, formatC, sprintf and toString results of GNU R.
# Each case: "@k kind", one "@x type tokens" per vector argument, "@a name type value" per scalar option,
# "@e" with the result strings hex-encoded (or "@err message"), then "@end".
# Run: LC_ALL=C.UTF-8 Rscript --vanilla misc_cases.R > misc_cases.txt
hexs <- function(s) vapply(s, function(e) if (is.na(e)) "NA" else
  paste0("s", paste(as.character(charToRaw(enc2utf8(e))), collapse = "")), "", USE.NAMES = FALSE)
hexd <- function(v) vapply(v, function(x) {
  if (is.na(x) && !is.nan(x)) "NA" else if (is.nan(x)) "NaN"
  else if (is.infinite(x)) (if (x > 0) "Inf" else "-Inf") else sprintf("%a", x)
}, "", USE.NAMES = FALSE)
vec <- function(x) paste(c("@x", typeof(x), switch(typeof(x),
    double = hexd(x), integer = ifelse(is.na(x), "NA", as.character(x)),
    logical = ifelse(is.na(x), "NA", ifelse(x, "T", "F")), character = hexs(x),
    complex = if (length(x)) paste0(hexd(Re(x)), "/", hexd(Im(x))) else character(0))), collapse = " ")
case <- function(kind, xs, args = list(), f) {
  cat("@k", kind, "\n")
  for (x in xs) cat(vec(x), "\n")
  for (nm in names(args)) {
    v <- args[[nm]]
    cat("@a", nm, if (is.null(v)) "NULL NULL" else paste(typeof(v), vec(v)), "\n")
  }
  r <- tryCatch(f(), error = function(e) e)
  if (inherits(r, "error")) cat("@err", hexs(conditionMessage(r)), "\n")
  else cat("@e", hexs(r), "\n")
  cat("@end\n")
}
ascii <- function(x) case("ascharacter", list(x), f = function() as.character(x))
catc <- function(x) case("cat", list(x), f = function() vapply(seq_along(x), function(i) paste(capture.output(cat(x[i])), collapse = "\n"), ""))
fmt <- function(x, ...) { a <- list(...); case("format", list(x), a, function() do.call(format, c(list(x), a))) }
fmtC <- function(x, ...) { a <- list(...); case("formatC", list(x), a, function() suppressWarnings(do.call(formatC, c(list(x), a)))) }
spf <- function(f, ...) { xs <- list(...); case("sprintf", c(list(f), xs), f = function() suppressWarnings(do.call(sprintf, c(list(f), xs)))) }
tostr <- function(x, ...) { a <- list(...); case("toString", list(x), a, function() do.call(toString, c(list(x), a))) }

for (v in list(0.1 + 0.2, 1e5, 100000, 123456, 1e15, 1e16, 0.1234567890123456, 1/3, 2/3, 1e-20, 123456789.123, 2^53, -1.5,
               pi, exp(1), 1e-5, 0.0001, 1234567890123456789, 1e300, 5e-324, .Machine$double.xmax, 100, 15, 1e-15,
               123456789012345, 1234567890123456, 0.1, 1 - 1e-16, 3.14159265358979, 1e5 + 0.1, c(NA, NaN, Inf, -Inf), -0,
               99999.99999999999, 0.3 - 0.1, 1e-300 * 3, 2^-1074, 33.3, 1/7 * 1e10))
  ascii(v)
ascii(c(1L, NA, -5L)); ascii(c(TRUE, NA, FALSE)); ascii(c(1+2i, NA, -1.5-0.25i, 1e-20+1i, pi*1i))
catc(c(1/3, 1e5, 123456.7, 1e-20, NA, NaN, Inf, 100, 1e15, 0.1 + 0.2, 1234567.1)); catc(c(1L, NA)); catc(c(TRUE, NA))
catc(c("a\nb", NA)); catc(c(1+1i, 1/3+2i))
fmt(1234567.891, big.mark = ","); fmt(c(1, 1234567), big.mark = ","); fmt(-1234567, big.mark = ",", trim = TRUE)
fmt(c(0, 1.5), zero.print = "-"); fmt(TRUE); fmt(c(TRUE, NA, FALSE)); fmt(c(1L, 100L, NA)); fmt("x", width = 5)
fmt(c("a", "bbb"), justify = "right"); fmt(c("a", "bbb"), justify = "centre"); fmt(c("a", "bbb"), justify = "none")
fmt(NA_character_); fmt(c(NA, "a")); fmt(c(NA, "a"), na.encode = FALSE); fmt(1e-20, scientific = FALSE)
fmt(123456789, scientific = TRUE); fmt(0.1, nsmall = 3); fmt(2, nsmall = 2); fmt(1e10, nsmall = 2)
fmt(c(1.123456789, 2), digits = 3, nsmall = 1); fmt(pi, digits = 3); fmt(c(pi, 1e6), digits = 3); fmt(1e6, big.mark = ",")
fmt(c(10, 200), width = 6); fmt(1:3, width = 4); fmt(c(a = 1, b = 22)); fmt(1e5, scientific = 3); fmt(123456, scientific = -2)
fmt(c(1.5, NA, Inf)); fmt(1+2i); fmt(c(1.5+2i, -1-1i), nsmall = 2); fmt(0.000012345, digits = 2); fmt(1e-10, trim = TRUE)
fmt(c(1, 10, 100), trim = TRUE); fmt(3.14159, nsmall = 2); fmt(1234.5678, big.mark = ",", nsmall = 2)
fmt(c(0.001234, 123), drop0trailing = TRUE); fmt(c(1, 2.5), drop0trailing = TRUE); fmt(1e-15, digits = 17)
fmt(123456.123456, big.mark = " ", small.mark = " ", nsmall = 6); fmt("\u4e2d", width = 4); fmt(c("a\nb", "abcd"))
fmt(-1.5); fmt(c(-1, 1)); fmt(0); fmt(NaN); fmt(c(1e100, 1)); fmt(1/3, digits = 15); fmt(2/3, digits = 16)
fmtC(c(1, 10, 100), width = 6, format = "d", flag = "0"); fmtC(3.14159, digits = 3, format = "fg"); fmtC(0.000012345, digits = 3, format = "fg")
fmtC(c(123.456, NA, Inf), format = "f", digits = 1, width = 8); fmtC(1e6, big.mark = ",", format = "d")
fmtC(3.14159, width = 10, format = "e", digits = 2); fmtC(-5, width = 6, flag = " "); fmtC(42L, width = 8, flag = "-")
fmtC(c("a", "bb"), width = 5); fmtC(c("a", "bb"), width = -5); fmtC(c("a", "bb"), flag = "-", width = 5)
fmtC(123.456, format = "G"); fmtC(0.0001234, format = "g"); fmtC(1234567, format = "fg", big.mark = ",")
fmtC(5, digits = 3, format = "fg", flag = "#"); fmtC(3.14159); fmtC(c(1, 22, 333)); fmtC(123456789); fmtC(1:3)
fmtC(c(1.5, 2.25), format = "f"); fmtC(c(1.5, 2.25), format = "f", digits = 0); fmtC(0.5, format = "f", digits = 0)
fmtC(2.5, format = "f", digits = 0); fmtC(1e-300, format = "e", digits = 3); fmtC(1e10, format = "E", digits = 1)
fmtC(c(-1, 1), flag = "+"); fmtC(255L, width = 5, flag = "0"); fmtC(3.7, format = "d"); fmtC(99.5, format = "fg", digits = 2)
fmtC(0.1, format = "fg", digits = 15); fmtC(123.456, format = "fg", digits = 2); fmtC(100, format = "fg", digits = 2, flag = "#")
fmtC(c(0, 0.5), format = "fg"); fmtC(1234.5678, format = "f", digits = 2, big.mark = ","); fmtC(NaN); fmtC(NA_integer_)
fmtC(1e5, digits = 8, format = "g"); fmtC(1e5, width = 12, format = "g", flag = "-"); fmtC(pi, mode = "integer")
fmtC(x = 1.5, format = "q"); fmtC(1, flag = "x")
spf("%d", 5L); spf("%5d", 42L); spf("%-5d|", 42L); spf("%05d", -42L); spf("%+d", 5L); spf("% d", 5L); spf("%d", 3)
spf("%d", 3.5); spf("%x", 255L); spf("%X", 255L); spf("%o", 8L); spf("%#x", 255L); spf("%#o", 8L); spf("%5.3d", 7L)
spf("%f", pi); spf("%.2f", pi); spf("%10.4f|", pi); spf("%-10.2f|", pi); spf("%e", pi); spf("%.3E", 123456); spf("%g", 1e-5)
spf("%g", 123456789); spf("%G", 1e-10); spf("%#g", 1); spf("%g", 100000); spf("%g", 1e6); spf("%.3g", 0.0001234); spf("%a", 1)
spf("%a", 0.1); spf("%.2a", 1/3); spf("%A", -2.5); spf("%s", "abc"); spf("%5s|", "ab"); spf("%-5s|", "ab"); spf("%.2s", "abcdef")
spf("%s", 1.5); spf("%s", 1e5); spf("%s", 1/3); spf("%s", 123456L); spf("%s", TRUE); spf("%d", TRUE); spf("%s", NA)
spf("%d", NA_integer_); spf("%5d|", NA_integer_); spf("%f", NA_real_); spf("%5.1f|", NA_real_); spf("% f", NA_real_)
spf("%f", NaN); spf("%f", Inf); spf("%+f", Inf); spf("% f", Inf); spf("%f", -Inf); spf("%8.2f|", -Inf); spf("%s", NA_character_)
spf("%5s|", NA_character_); spf("%%"); spf("100%% %s", "sure"); spf("%s and %s", c("a", "b"), c("x", "y"))
spf("%d: %s", 1:3, "z"); spf(c("%d", "[%d]"), 1:4); spf("%2$s %1$s", "world", "hello"); spf("%*d", 5, 42L)
spf("%-*d|", 4, 7L); spf("%.0f", 0.5); spf("%.0f", 1.5); spf("%.0f", 2.5); spf("%.2f", 1.005); spf("%.1f", 0.25)
spf("%.15g", 0.1); spf("%.17g", 0.1); spf("%5.1e", 12345.6789); spf("%d", "a"); spf("%s %s", "a")
spf("%y", 1); spf("%f", 1L); spf("%e", TRUE); spf("%s", 1:3 / 7); spf("%i", 42L); spf("%08.3f", -3.14159); spf("%+.2e", 12345)
spf("%5%"); spf("abc"); spf("%s", character(0)); spf("%10s|", "\u4e2d"); spf("%.3f", 1e20); spf("%f", 1e-320); spf("%.0e", 5e-324)
spf("%g", 0); spf("%e", 0); spf("%f", -0); spf("%g", -0.0); spf("%#.0f", 3); spf("%#.0e", 3); spf("%.10g", 2/3); spf("%.0g", 0.5)
tostr(1:5); tostr(c("a", "b"), width = 3); tostr(c(1.5, NA, 3)); tostr(letters, width = 20); tostr(character(0))
tostr(c(0.1 + 0.2, 1e5)); tostr(c(TRUE, NA))
