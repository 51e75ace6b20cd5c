# The Date, POSIXct/POSIXlt and difftime classes. Values: Date = days since 1970-01-01,
# POSIXct = seconds since the epoch (UTC), POSIXlt = broken-down fields. Formatting and
# parsing are the Java primitives .formatDays, .formatSeconds, .parseSeconds, .posixltFields.

.Date <- function(xx, cl = "Date") `class<-`(xx, cl)
.POSIXct <- function(xx, tz = NULL, cl = c("POSIXct", "POSIXt")) {
    class(xx) <- cl
    attr(xx, "tzone") <- tz
    xx
}
.difftime <- function(xx, units, cl = "difftime") {
    class(xx) <- cl
    attr(xx, "units") <- units
    xx
}
.tzName <- function(tz) if (is.null(tz) || !nzchar(tz[1L])) "UTC" else tz[1L]

## ------------------------------------------------------------------ Date

as.Date <- function(x, ...) UseMethod("as.Date")

as.Date.default <- function(x, ...) {
    if (inherits(x, "Date")) x
    else if (is.null(x)) .Date(numeric())
    else if (is.logical(x) && all(is.na(x))) .Date(as.numeric(x))
    else stop(gettextf("do not know how to convert '%s' to class %s",
                       deparse1(substitute(x)), dQuote("Date")), domain = NA)
}

as.Date.character <- function(x, format, tryFormats = c("%Y-%m-%d", "%Y/%m/%d"),
                              optional = FALSE, ...) {
    toDays <- function(secs) floor(secs / 86400)
    # the first format that reads the first known string reads them all (GNU R's charToDate)
    charToDate <- function(x) {
        x[!nzchar(x)] <- NA_character_
        known <- x[!is.na(x)]
        if (!length(known))
            return(.Date(toDays(.parseSeconds(x, "%Y-%m-%d"))))
        for (f in tryFormats)
            if (!is.na(.parseSeconds(known[1L], f)))
                return(.Date(toDays(.parseSeconds(x, f))))
        if (optional) .Date(rep(NA_real_, length(x)))
        else stop("character string is not in a standard unambiguous format")
    }
    if (missing(format)) charToDate(x) else .Date(toDays(.parseSeconds(x, format)))
}

as.Date.factor <- function(x, ...) as.Date(as.character(x), ...)

as.Date.numeric <- function(x, origin, ...) {
    if (missing(origin)) {
        if (!length(x)) return(.Date(numeric()))
        if (!any(is.finite(x))) return(.Date(x))
        stop("'origin' must be supplied")
    }
    as.Date(origin, ...) + x
}

as.Date.POSIXct <- function(x, tz = "UTC", ...) .Date(floor(as.vector(unclass(x)) / 86400))
as.Date.POSIXlt <- function(x, ...) as.Date(as.POSIXct(x))

format.Date <- function(x, format = "%Y-%m-%d", ...) {
    if (is.null(format) || identical(format, "")) format <- "%Y-%m-%d"
    xx <- .formatDays(unclass(x), format)
    names(xx) <- names(x)
    xx
}
as.character.Date <- function(x, ...) format(x, ...)

print.Date <- function(x, max = NULL, ...) {
    if (is.null(max)) max <- getOption("max.print", 9999L)
    if (max < length(x)) {
        print(format(x[seq_len(max)]), max = max + 1, ...)
        cat(" [ reached 'max' / getOption(\"max.print\") -- omitted", length(x) - max, "entries ]\n")
    } else if (length(x))
        print(format(x), max = max, ...)
    else
        cat(class(x)[1L], "of length 0\n")
    invisible(x)
}

.asDays <- function(x) as.vector(round(switch(attr(x, "units"),
    secs = x / 86400, mins = x / 1440, hours = x / 24, days = x, weeks = 7 * x)))

`+.Date` <- function(e1, e2) {
    if (nargs() == 1L) return(e1)
    if (inherits(e1, "Date") && inherits(e2, "Date"))
        stop("binary + is not defined for \"Date\" objects")
    if (inherits(e1, "difftime")) e1 <- .asDays(e1)
    if (inherits(e2, "difftime")) e2 <- .asDays(e2)
    .Date(unclass(e1) + unclass(e2))
}

`-.Date` <- function(e1, e2) {
    if (!inherits(e1, "Date")) stop("can only subtract from \"Date\" objects")
    if (nargs() == 1L) stop("unary - is not defined for \"Date\" objects")
    if (inherits(e2, "Date")) return(difftime(e1, e2, units = "days"))
    if (inherits(e2, "difftime")) e2 <- .asDays(e2)
    if (!is.null(attr(e2, "class"))) stop("can only subtract numbers from \"Date\" objects")
    .Date(unclass(as.Date(e1)) - e2)
}

.compareOp <- function(op, a, b)
    switch(op, "<" = a < b, ">" = a > b, "==" = a == b, "!=" = a != b, "<=" = a <= b, ">=" = a >= b)

Ops.Date <- function(e1, e2) {
    if (nargs() == 1L)
        stop(gettextf("unary %s not defined for \"Date\" objects", .Generic), domain = NA)
    if (!(.Generic %in% c("<", ">", "==", "!=", "<=", ">=")))
        stop(gettextf("%s not defined for \"Date\" objects", .Generic), domain = NA)
    if (is.character(e1)) e1 <- as.Date(e1)
    if (is.character(e2)) e2 <- as.Date(e2)
    .compareOp(.Generic, unclass(e1), unclass(e2))
}

Summary.Date <- function(..., na.rm) {
    if (!(.Generic %in% c("max", "min", "range")))
        stop(gettextf("%s not defined for \"Date\" objects", .Generic), domain = NA)
    args <- lapply(list(...), unclass)
    val <- do.call(.Generic, c(args, na.rm = na.rm))
    .Date(val, oldClass(list(...)[[1L]]))
}

`[.Date` <- function(x, ..., drop = TRUE) {
    cl <- oldClass(x)
    val <- unclass(x)[..., drop = drop]
    class(val) <- cl
    val
}
`[[.Date` <- function(x, ..., drop = TRUE) {
    cl <- oldClass(x)
    val <- unclass(x)[[...]]
    class(val) <- cl
    val
}
`[<-.Date` <- function(x, ..., value) {
    if (!length(value)) return(x)
    value <- unclass(as.Date(value))
    cl <- oldClass(x)
    x <- unclass(x)
    x[...] <- value
    .Date(x, cl)
}

c.Date <- function(..., recursive = FALSE)
    .Date(c(unlist(lapply(list(...), function(e) unclass(as.Date(e))))))

rep.Date <- function(x, ...) .Date(rep(unclass(x), ...), oldClass(x))
unique.Date <- function(x, incomparables = FALSE, ...) .Date(unique(unclass(x)), oldClass(x))
rev.Date <- function(x) x[length(x):1L]
mean.Date <- function(x, ...) .Date(mean(unclass(x), ...))
is.numeric.Date <- function(x) FALSE
xtfrm.Date <- function(x) unclass(x)

weekdays <- function(x, abbreviate) UseMethod("weekdays")
weekdays.Date <- function(x, abbreviate = FALSE) format(x, if (abbreviate) "%a" else "%A")
weekdays.POSIXt <- function(x, abbreviate = FALSE) format(x, if (abbreviate) "%a" else "%A")
months <- function(x, abbreviate) UseMethod("months")
months.Date <- function(x, abbreviate = FALSE) format(x, if (abbreviate) "%b" else "%B")
months.POSIXt <- function(x, abbreviate = FALSE) format(x, if (abbreviate) "%b" else "%B")
quarters <- function(x, ...) UseMethod("quarters")
quarters.Date <- function(x, ...) paste0("Q", (as.integer(format(x, "%m")) - 1L) %/% 3L + 1L)
julian <- function(x, ...) UseMethod("julian")
julian.Date <- function(x, origin = as.Date("1970-01-01"), ...) {
    res <- unclass(x) - unclass(origin)
    attr(res, "origin") <- origin
    res
}

seq.Date <- function(from, to, by, length.out = NULL, along.with = NULL, ...) {
    if (!missing(along.with)) length.out <- length(along.with)
    start <- unclass(from)
    if (missing(by)) {
        if (missing(to) || is.null(length.out)) stop("exactly two of 'to', 'by' and 'length.out' / 'along.with' must be specified")
        return(.Date(seq(start, unclass(to), length.out = length.out)))
    }
    step <- 1
    unit <- "day"
    if (inherits(by, "difftime")) by <- .asDays(by)
    if (is.character(by)) {
        parts <- strsplit(by, " ", fixed = TRUE)[[1L]]
        if (length(parts) == 2L) { step <- as.integer(parts[1L]); unit <- parts[2L] } else unit <- parts[1L]
        unit <- sub("s$", "", unit)
        if (unit == "DSTday") unit <- "day"
        if (!(unit %in% c("day", "week", "month", "quarter", "year")))
            stop("invalid string for 'by'")
        if (unit == "week") { unit <- "day"; step <- 7 * step }
        if (unit == "quarter") { unit <- "month"; step <- 3 * step }
    } else step <- by
    if (unit == "day") {
        if (!missing(to)) return(.Date(seq(start, unclass(to), by = step)))
        return(.Date(seq(start, by = step, length.out = length.out)))
    }
    months <- if (unit == "year") 12 * step else step
    y <- as.integer(format(from, "%Y")); m <- as.integer(format(from, "%m")); d <- as.integer(format(from, "%d"))
    monthDate <- function(k) {
        mm <- m - 1L + k * months
        first <- .parseSeconds(sprintf("%d-%02d-01", y + mm %/% 12L, mm %% 12L + 1L), "%Y-%m-%d") / 86400
        first + d - 1
    }
    if (!missing(to)) {
        end <- unclass(to)
        k <- 0L; res <- numeric()
        repeat { v <- monthDate(k); if ((months > 0 && v > end) || (months < 0 && v < end)) break; res <- c(res, v); k <- k + 1L }
        return(.Date(res))
    }
    .Date(monthDate(seq_len(length.out) - 1L))
}

## ------------------------------------------------------------------ difftime

difftime <- function(time1, time2, tz, units = c("auto", "secs", "mins", "hours", "days", "weeks")) {
    secs <- function(t) if (inherits(t, "Date")) unclass(t) * 86400 else as.vector(unclass(as.POSIXct(t)))
    z <- secs(time1) - secs(time2)
    attributes(z) <- NULL
    units <- match.arg(units)
    if (units == "auto") {
        zz <- suppressWarnings(min(abs(z), na.rm = TRUE))
        units <- if (!is.finite(zz) || zz < 60) "secs" else if (zz < 3600) "mins"
                 else if (zz < 86400) "hours" else "days"
    }
    switch(units,
           secs = .difftime(z, "secs"), mins = .difftime(z / 60, "mins"),
           hours = .difftime(z / 3600, "hours"), days = .difftime(z / 86400, "days"),
           weeks = .difftime(z / (7 * 86400), "weeks"))
}
as.difftime <- function(tim, format = "%X", units = "auto", tz = "UTC") {
    if (units == "auto") stop("need explicit units for numeric conversion")
    .difftime(tim, units)
}
units <- function(x) UseMethod("units")
units.difftime <- function(x) attr(x, "units")
`units<-` <- function(x, value) UseMethod("units<-")
`units<-.difftime` <- function(x, value) {
    from <- units(x)
    if (from == value) return(x)
    sc <- c(secs = 1, mins = 60, hours = 3600, days = 86400, weeks = 7 * 86400)
    .difftime(as.vector(unclass(x)) * sc[[from]] / sc[[value]], value)
}
as.double.difftime <- function(x, units = "auto", ...) {
    if (units != "auto") units(x) <- units
    as.vector(unclass(x), "double")
}
format.difftime <- function(x, ...) {
    r <- paste(format(unclass(x), ...), units(x))
    names(r) <- names(x)
    r
}
print.difftime <- function(x, digits = getOption("digits"), ...) {
    if (is.array(x) || length(x) > 1L) {
        cat("Time differences in ", attr(x, "units"), "\n", sep = "")
        y <- unclass(x)
        attr(y, "units") <- NULL
        print(y, digits = digits, ...)
    } else
        cat("Time difference of ", format(unclass(x), digits = digits), " ",
            attr(x, "units"), "\n", sep = "")
    invisible(x)
}
`[.difftime` <- function(x, ..., drop = TRUE) {
    cl <- oldClass(x)
    u <- attr(x, "units")
    val <- unclass(x)[..., drop = drop]
    .difftime(val, u, cl)
}
mean.difftime <- function(x, ...) .difftime(mean(unclass(x), ...), attr(x, "units"))

## ------------------------------------------------------------------ POSIXct / POSIXlt

as.POSIXct <- function(x, tz = "", ...) UseMethod("as.POSIXct")
as.POSIXct.default <- function(x, tz = "", ...) {
    if (inherits(x, "POSIXct")) return(if (missing(tz)) x else .POSIXct(unclass(x), tz))
    if (is.null(x)) return(.POSIXct(numeric(), tz))
    if (is.character(x) || is.factor(x)) return(as.POSIXct(as.POSIXlt(as.character(x), tz, ...), tz, ...))
    if (is.logical(x) && all(is.na(x))) return(.POSIXct(as.numeric(x), tz))
    stop(gettextf("do not know how to convert '%s' to class %s",
                  deparse1(substitute(x)), dQuote("POSIXct")), domain = NA)
}
as.POSIXct.numeric <- function(x, tz = "", origin, ...) {
    if (missing(origin)) .POSIXct(x, tz) else as.POSIXct(origin, tz = "GMT", ...) + x
}
as.POSIXct.Date <- function(x, tz = "UTC", ...) .POSIXct(unclass(x) * 86400)
as.POSIXct.POSIXlt <- function(x, tz = "", ...) {
    if (missing(tz) && !is.null(attr(x, "tzone"))) tz <- attr(x, "tzone")[1L]
    .POSIXct(.makeSeconds(x$year + 1900, x$mon + 1, x$mday, x$hour, x$min, x$sec), tz)
}

as.POSIXlt <- function(x, tz = "", ...) UseMethod("as.POSIXlt")
.posixlt <- function(secs, tz) {
    r <- .posixltFields(secs)
    class(r) <- c("POSIXlt", "POSIXt")
    attr(r, "tzone") <- tz
    r
}
as.POSIXlt.POSIXct <- function(x, tz = "", ...) {
    if (missing(tz) && !is.null(attr(x, "tzone"))) tz <- attr(x, "tzone")[1L]
    .posixlt(as.vector(unclass(x)), tz)
}
as.POSIXlt.Date <- function(x, ...) .posixlt(unclass(x) * 86400, "UTC")
as.POSIXlt.POSIXlt <- function(x, tz = "", ...) x
as.POSIXlt.numeric <- function(x, tz = "", origin, ...)
    as.POSIXlt(as.POSIXct(x, tz = tz, origin = origin), tz = tz)
as.POSIXlt.character <- function(x, tz = "", format,
                                 tryFormats = c("%Y-%m-%d %H:%M:%OS", "%Y/%m/%d %H:%M:%OS",
                                                "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M",
                                                "%Y-%m-%d", "%Y/%m/%d"), optional = FALSE, ...) {
    if (!missing(format)) return(strptime(x, format, tz = tz))
    x[!nzchar(x)] <- NA_character_
    known <- x[!is.na(x)]
    if (!length(known)) return(strptime(x, "%Y/%m/%d", tz = tz))
    for (f in tryFormats)
        if (!is.na(.parseSeconds(known[1L], f))) return(strptime(x, f, tz = tz))
    if (optional) .posixlt(rep(NA_real_, length(x)), tz)
    else stop("character string is not in a standard unambiguous format")
}
as.POSIXlt.default <- function(x, tz = "", optional = FALSE, ...) {
    if (is.logical(x) && all(is.na(x))) return(.posixlt(as.numeric(x), tz))
    stop(gettextf("do not know how to convert '%s' to class %s",
                  deparse1(substitute(x)), dQuote("POSIXlt")), domain = NA)
}

strptime <- function(x, format, tz = "") .posixlt(.parseSeconds(as.character(x), format), tz)
strftime <- function(x, format = "", tz = "", usetz = FALSE, ...)
    format(as.POSIXlt(x, tz = tz), format = format, usetz = usetz, ...)

.secondsOf <- function(x) if (inherits(x, "POSIXlt"))
    .makeSeconds(x$year + 1900, x$mon + 1, x$mday, x$hour, x$min, x$sec) else as.vector(unclass(x))

.defaultTimeFormat <- function(secs) {
    s <- secs[is.finite(secs)]
    if (all(s %% 86400 == 0)) "%Y-%m-%d" else "%Y-%m-%d %H:%M:%S"
}
.formatTime <- function(x, format, tz, usetz) {
    secs <- .secondsOf(x)
    if (is.null(format) || identical(format, "")) format <- .defaultTimeFormat(secs)
    if (missing(tz) || is.null(tz) || !nzchar(tz)) tz <- attr(x, "tzone")
    tzn <- .tzName(tz)
    r <- .formatSeconds(secs, format, tzn)
    if (usetz) r[!is.na(r)] <- paste(r[!is.na(r)], tzn)
    names(r) <- if (inherits(x, "POSIXlt")) names(unclass(x)$year) else names(x)
    r
}
format.POSIXct <- function(x, format = "", tz = "", usetz = FALSE, ...) .formatTime(x, format, tz, usetz)
format.POSIXlt <- function(x, format = "", usetz = FALSE, ...) .formatTime(x, format, NULL, usetz)
as.character.POSIXt <- function(x, ...) format(x, ...)
print.POSIXct <- function(x, tz = "", usetz = TRUE, max = NULL, ...) {
    if (length(x)) print(format(x, tz = tz, usetz = usetz), max = max, ...)
    else cat(class(x)[1L], "of length 0\n")
    invisible(x)
}
print.POSIXlt <- function(x, tz = "", usetz = TRUE, max = NULL, ...) {
    if (length(x$sec)) print(format(x, usetz = usetz), max = max, ...)
    else cat(class(x)[1L], "of length 0\n")
    invisible(x)
}
length.POSIXlt <- function(x) length(unclass(x)[[1L]])
is.na.POSIXlt <- function(x) is.na(as.POSIXct(x))

`+.POSIXt` <- function(e1, e2) {
    if (nargs() == 1L) return(e1)
    if (inherits(e1, "POSIXt") && inherits(e2, "POSIXt"))
        stop("binary '+' is not defined for \"POSIXt\" objects")
    toSecs <- function(d) as.vector(unclass(d)) * c(secs = 1, mins = 60, hours = 3600, days = 86400, weeks = 604800)[[attr(d, "units")]]
    tz <- NULL
    if (inherits(e1, "POSIXt")) { tz <- attr(e1, "tzone"); e1 <- .secondsOf(e1) }
    if (inherits(e2, "POSIXt")) { tz <- attr(e2, "tzone"); e2 <- .secondsOf(e2) }
    if (inherits(e1, "difftime")) e1 <- toSecs(e1)
    if (inherits(e2, "difftime")) e2 <- toSecs(e2)
    .POSIXct(unclass(e1) + unclass(e2), tz)
}
`-.POSIXt` <- function(e1, e2) {
    if (!inherits(e1, "POSIXt")) stop("can only subtract from \"POSIXt\" objects")
    if (nargs() == 1L) stop("unary '-' is not defined for \"POSIXt\" objects")
    if (inherits(e2, "POSIXt")) return(difftime(e1, e2))
    if (inherits(e2, "difftime"))
        e2 <- as.vector(unclass(e2)) * c(secs = 1, mins = 60, hours = 3600, days = 86400, weeks = 604800)[[attr(e2, "units")]]
    if (!is.null(attr(e2, "class"))) stop("can only subtract numbers from \"POSIXt\" objects")
    .POSIXct(.secondsOf(e1) - e2, attr(e1, "tzone"))
}
Ops.POSIXt <- function(e1, e2) {
    if (nargs() == 1L)
        stop(gettextf("unary '%s' not defined for \"POSIXt\" objects", .Generic), domain = NA)
    if (!(.Generic %in% c("<", ">", "==", "!=", "<=", ">=")))
        stop(gettextf("'%s' not defined for \"POSIXt\" objects", .Generic), domain = NA)
    if (is.character(e1)) e1 <- as.POSIXct(e1)
    if (is.character(e2)) e2 <- as.POSIXct(e2)
    .compareOp(.Generic, .secondsOf(e1), .secondsOf(e2))
}
`[.POSIXct` <- function(x, ..., drop = TRUE) {
    cl <- oldClass(x)
    val <- unclass(x)[..., drop = drop]
    .POSIXct(val, attr(x, "tzone"), cl)
}
c.POSIXct <- function(..., recursive = FALSE)
    .POSIXct(c(unlist(lapply(list(...), function(e) .secondsOf(as.POSIXct(e))))))

ISOdatetime <- function(year, month, day, hour, min, sec, tz = "")
    .POSIXct(.makeSeconds(year, month, day, hour, min, sec), tz)
ISOdate <- function(year, month, day, hour = 12, min = 0, sec = 0, tz = "GMT")
    ISOdatetime(year, month, day, hour, min, sec, tz)

# Differences of times are durations: seconds between instants shown in the largest unit
# that keeps the smallest difference at least one (as difftime(units = "auto")); Date
# differences are in days unless units = is given.
diff.POSIXt <- function(x, lag = 1L, differences = 1L, ...) {
    secs <- diff(as.vector(unclass(as.POSIXct(x))), lag = lag, differences = differences)
    units <- list(...)$units
    if (is.null(units) || units == "auto") {
        smallest <- suppressWarnings(min(abs(secs), na.rm = TRUE))
        units <- if (!is.finite(smallest) || smallest < 60) "secs" else if (smallest < 3600) "mins"
                 else if (smallest < 86400) "hours" else "days"
    }
    scale <- c(secs = 1, mins = 60, hours = 3600, days = 86400, weeks = 604800)[[units]]
    .difftime(secs / scale, units)
}
diff.Date <- function(x, lag = 1L, differences = 1L, ...) {
    days <- diff(as.vector(unclass(x)), lag = lag, differences = differences)
    units <- list(...)$units
    if (is.null(units) || units == "auto") units <- "days"
    scale <- c(secs = 1 / 86400, mins = 1 / 1440, hours = 1 / 24, days = 1, weeks = 7)[[units]]
    .difftime(days / scale, units)
}


# The six-number summary of the day numbers, kept as Dates (NA count aside) so that it
# prints and formats as dates.
summary.Date <- function(object, digits = 12L, ...) {
    x <- summary.default(unclass(object), digits = digits, ...)
    if (m <- match("NA's", names(x), 0L)) {
        nas <- as.integer(x[m])
        x <- x[-m]
        attr(x, "NAs") <- nas
    }
    class(x) <- c("summaryDefault", "table", oldClass(object))
    x
}
