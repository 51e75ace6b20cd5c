# Regular time series: ts objects, their time base and printing as GNU R's calendar tables
# (GNU R's stats ts.R and lag.R are the specification).

frequency <- function(x, ...) UseMethod("frequency")
time <- function(x, ...) UseMethod("time")
window <- function(x, ...) UseMethod("window")
cycle <- function(x, ...) UseMethod("cycle")
deltat <- function(x, ...) UseMethod("deltat")
start <- function(x, ...) UseMethod("start")
end <- function(x, ...) UseMethod("end")
lag <- function(x, ...) UseMethod("lag")

ts <- function(data = NA, start = 1, end = numeric(), frequency = 1, deltat = 1, ts.eps = getOption("ts.eps"),
               class = if (nseries > 1) c("mts", "ts", "matrix") else "ts",
               names = if (!is.null(dimnames(data))) colnames(data) else paste("Series", seq(nseries))) {
    if (is.data.frame(data)) data <- data.matrix(data)
    if (is.matrix(data)) {
        nseries <- ncol(data)
        ndata <- nrow(data)
        dimnames(data) <- list(NULL, names)
    } else {
        nseries <- 1
        ndata <- length(data)
    }
    if (ndata == 0) stop("'ts' object must have one or more observations")
    if (missing(frequency)) frequency <- 1 / deltat
    else if (missing(deltat)) deltat <- 1 / frequency
    if (frequency > 1 && 0 < (d <- abs(frequency - round(frequency))) && d < ts.eps) frequency <- round(frequency)
    # c(year, period) start and end are turned into times
    if (!missing(start)) start <- as.numeric(start)
    if (length(start) > 1L) start <- start[1L] + (start[2L] - 1) / frequency
    if (!missing(end)) end <- as.numeric(end)
    if (length(end) > 1L) end <- end[1L] + (end[2L] - 1) / frequency
    if (missing(end)) end <- start + (ndata - 1) / frequency
    else if (missing(start)) start <- end - (ndata - 1) / frequency
    if (start > end) stop("'start' cannot be after 'end'")
    cycles <- as.numeric((end - start) * frequency)
    if (abs(round(cycles) - cycles) > ts.eps * max(cycles, 1)) stop("'end' must be a whole number of cycles after 'start'")
    nobs <- floor(cycles + 1.01)
    if (nobs != ndata)
        data <- if (NCOL(data) == 1) {
            if (ndata < nobs) rep_len(data, nobs) else if (ndata > nobs) data[1L:nobs]
        } else {
            if (ndata < nobs) data[rep_len(1L:ndata, nobs), ] else if (ndata > nobs) data[1L:nobs, ]
        }
    attr(data, "tsp") <- c(start, end, frequency)
    if (!is.null(class) && class[[1]] != "none") attr(data, "class") <- class
    data
}

tsp <- function(x) attr(x, "tsp")

`tsp<-` <- function(x, value) {
    cl <- oldClass(x)
    attr(x, "tsp") <- value
    if (is.null(value)) {
        if (inherits(x, "ts")) cl <- cl["ts" != cl]
        if (inherits(x, "mts")) cl <- cl["mts" != cl]
        class(x) <- cl
    }
    x
}

hasTsp <- function(x) {
    if (is.null(attr(x, "tsp"))) attr(x, "tsp") <- c(1, NROW(x), 1)
    x
}

is.ts <- function(x) inherits(x, "ts") && length(x)
is.mts <- function(x) inherits(x, "mts")

as.ts <- function(x, ...) UseMethod("as.ts")
as.ts.default <- function(x, ...) {
    if (is.ts(x)) x
    else if (!is.null(xtsp <- tsp(x))) ts(x, xtsp[1L], xtsp[2L], xtsp[3L])
    else ts(x)
}

# c(year, period) when the time falls on a whole period, else the time itself
.tsCalendarPoint <- function(t, freq, ts.eps) {
    is <- t * freq
    if (abs(freq - round(freq)) < ts.eps && abs(is - round(is)) < ts.eps) {
        is <- floor(t + ts.eps)
        c(is, floor(freq * (t - is) + 0.001) + 1)
    } else t
}

start.default <- function(x, ts.eps = getOption("ts.eps"), ...) {
    tsp <- attr(hasTsp(x), "tsp")
    .tsCalendarPoint(tsp[1L], tsp[3L], ts.eps)
}

end.default <- function(x, ts.eps = getOption("ts.eps"), ...) {
    tsp <- attr(hasTsp(x), "tsp")
    .tsCalendarPoint(tsp[2L], tsp[3L], ts.eps)
}

frequency.default <- function(x, ...) if (!is.null(xtsp <- attr(x, "tsp"))) xtsp[3L] else 1
deltat.default <- function(x, ...) if (!is.null(xtsp <- attr(x, "tsp"))) 1 / xtsp[3L] else 1

time.default <- function(x, offset = 0, ...) {
    xtsp <- attr(hasTsp(x), "tsp")
    y <- seq.int(xtsp[1L], xtsp[2L], length.out = NROW(x)) + offset / xtsp[3L]
    tsp(y) <- xtsp
    y
}
time.ts <- function(x, ...) as.ts(time.default(x, ...))

cycle.default <- function(x, ...) {
    p <- tsp(hasTsp(x))
    m <- round((p[1L] %% 1) * p[3L])
    x <- (1L:NROW(x) + m - 1) %% p[3L] + 1
    tsp(x) <- p
    x
}
cycle.ts <- function(x, ...) as.ts(cycle.default(x, ...))

lag.default <- function(x, k = 1, ...) {
    if (k != round(k)) {
        k <- round(k)
        warning("'k' is not an integer")
    }
    x <- hasTsp(x)
    p <- tsp(x)
    tsp(x) <- p - (k / p[3L]) * c(1, 1, 0)
    x
}

diff.ts <- function(x, lag = 1, differences = 1, ...) {
    if (lag < 1 || differences < 1) stop("bad value for 'lag' or 'differences'")
    if (lag * differences >= NROW(x)) return(x[0L])
    xtsp <- attr(x, "tsp")
    r <- unclass(x)
    attr(r, "tsp") <- NULL
    for (i in 1L:differences) {
        n <- NROW(r)
        r <- if (is.matrix(r)) r[-(1L:lag), , drop = FALSE] - r[-((n - lag + 1L):n), , drop = FALSE]
             else r[-(1L:lag)] - r[-((n - lag + 1L):n)]
    }
    if (is.matrix(x)) colnames(r) <- colnames(x)
    ts(r, end = xtsp[2L], frequency = xtsp[3L])
}

window.default <- function(x, start = NULL, end = NULL, frequency = NULL, deltat = NULL, extend = FALSE,
                           ts.eps = getOption("ts.eps"), ...) {
    x <- hasTsp(x)
    xtsp <- tsp(x)
    xfreq <- xtsp[3L]
    xtime <- time(x)
    if (!is.null(frequency) && !is.null(deltat) && abs(frequency * deltat - 1) > ts.eps)
        stop("'frequency' and 'deltat' are both not NULL and are inconsistent")
    noFreq <- is.null(frequency) && is.null(deltat)
    yfreq <- if (noFreq) xfreq else if (is.null(deltat)) frequency else 1 / deltat
    eps_ <- ts.eps / xfreq
    thin <- round(xfreq / yfreq)
    if (yfreq > 0 && abs(xfreq / yfreq - thin) < ts.eps) yfreq <- xfreq / thin
    else if (!noFreq) {
        thin <- 1
        yfreq <- xfreq
        warning("'frequency' not changed")
    }
    asTime <- function(v, default, what) {
        if (is.null(v)) default
        else switch(length(v), v, v[1L] + (v[2L] - 1) / xfreq, stop(gettextf("bad value for '%s'", what), domain = NA))
    }
    start <- asTime(start, xtsp[1L], "start")
    if (start < xtsp[1L] - eps_ && !extend) {
        start <- xtsp[1L]
        warning("'start' value not changed")
    }
    end <- asTime(end, xtsp[2L], "end")
    if (end > xtsp[2L] + eps_ && !extend) {
        end <- xtsp[2L]
        warning("'end' value not changed")
    }
    if (start > end + eps_) stop("'start' cannot be after 'end'")
    if (!extend) {
        if (all(abs(start - xtime) > eps_)) start <- xtime[(xtime > start) & ((start + 1 / xfreq) > xtime)]
        if (all(abs(end - xtime) > eps_)) end <- xtime[(xtime < end) & ((end - 1 / xfreq) < xtime)]
        i <- seq.int(trunc((start - xtsp[1L]) * xfreq + 1.5), trunc((end - xtsp[1L]) * xfreq + 1.5), by = thin)
        y <- if (is.matrix(x)) unclass(x)[i, , drop = FALSE] else unclass(x)[i]
        attr(y, "tsp") <- c(xtime[i[1L]], xtime[i[length(i)]], yfreq)
    } else {
        stoff <- ceiling((start - xtsp[1L]) * xfreq - ts.eps)
        enoff <- floor((end - xtsp[2L]) * xfreq + ts.eps)
        ystart <- stoff / xfreq + xtsp[1L]
        yend <- enoff / xfreq + xtsp[2L]
        if (ystart > yend && (ystart - yend) * xfreq < ts.eps) yend <- ystart
        nold <- round(xfreq * (xtsp[2L] - xtsp[1L])) + 1
        i <- if (start > xtsp[2L] + eps_ || end < xtsp[1L] - eps_) rep(nold + 1, floor(1 + (end - start) * xfreq + ts.eps))
             else {
                 i0 <- 1 + max(0, stoff)
                 i1 <- nold + min(0, enoff)
                 c(rep.int(nold + 1, max(0, -stoff)), if (i0 <= i1) i0:i1, rep.int(nold + 1, max(0, enoff)))
             }
        y <- if (is.matrix(x)) rbind(unclass(x), NA)[i, , drop = FALSE] else c(unclass(x), NA)[i]
        attr(y, "tsp") <- c(ystart, yend, xfreq)
        if (yfreq != xfreq) y <- Recall(y, frequency = yfreq)
    }
    y
}
window.ts <- function(x, ...) as.ts(window.default(x, ...))

`[.ts` <- function(x, i, j, drop = TRUE) {
    y <- NextMethod("[")
    if (missing(i)) ts(y, start = start(x), frequency = frequency(x)) else y
}

print.ts <- function(x, calendar, ...) {
    x <- as.ts(x)
    Tsp <- tsp(x)
    if (is.null(Tsp)) {
        warning("series is corrupt, with no 'tsp' attribute")
        print(unclass(x), ...)
        return(invisible(x))
    }
    nn <- 1 + round((Tsp[2L] - Tsp[1L]) * Tsp[3L])
    if (NROW(x) != nn) {
        warning(gettextf("series is corrupt: length %d with 'tsp' implying %d", NROW(x), nn), domain = NA, call. = FALSE)
        calendar <- FALSE
    }
    fr.x <- frequency(x)
    if (missing(calendar)) calendar <- any(fr.x == c(4, 12)) && length(start(x)) == 2L
    if (!calendar) {
        if (fr.x != 1)
            cat("Time Series:\nStart =", deparse(start(x)), "\nEnd =", deparse(end(x)), "\nFrequency =", deparse(fr.x), "\n")
        else
            cat("Time Series:\nStart =", format(tsp(x)[1L]), "\nEnd =", format(tsp(x)[2L]), "\nFrequency =", deparse(fr.x), "\n")
    }
    print(.preformat.ts(x, calendar, ...), quote = FALSE, right = TRUE, ...)
    invisible(x)
}

# The series as a character matrix: periods as columns (months, quarters) and years as rows.
.preformat.ts <- function(x, calendar, ...) {
    fr.x <- frequency(x)
    if (missing(calendar)) calendar <- any(fr.x == c(4, 12)) && length(start(x)) == 2L
    Tsp <- tsp(x)
    if (is.null(Tsp)) stop("series is corrupt, with no 'tsp' attribute")
    nn <- 1 + round((Tsp[2L] - Tsp[1L]) * Tsp[3L])
    if (NROW(x) != nn) calendar <- FALSE
    if (NCOL(x) == 1) {
        if (calendar) {
            if (fr.x > 1) {
                dn2 <- if (fr.x == 12) month.abb else if (fr.x == 4) c("Qtr1", "Qtr2", "Qtr3", "Qtr4") else paste0("p", 1L:fr.x)
                if (NROW(x) <= fr.x && start(x)[1L] == end(x)[1L]) {
                    dn1 <- start(x)[1L]
                    dn2 <- dn2[1 + (start(x)[2L] - 2 + seq_along(x)) %% fr.x]
                    x <- matrix(format(x, ...), nrow = 1L, byrow = TRUE, dimnames = list(dn1, dn2))
                } else {
                    start.pad <- start(x)[2L] - 1
                    end.pad <- fr.x - end(x)[2L]
                    dn1 <- start(x)[1L]:end(x)[1L]
                    x <- matrix(c(rep.int("", start.pad), format(x, ...), rep.int("", end.pad)), ncol = fr.x,
                                byrow = TRUE, dimnames = list(dn1, dn2))
                }
            } else {
                tx <- time(x)
                attributes(x) <- NULL
                names(x) <- tx
            }
        } else attr(x, "class") <- attr(x, "tsp") <- attr(x, "na.action") <- NULL
    } else {
        rownames(x) <- if (calendar && fr.x > 1) {
            tm <- time(x)
            t2 <- 1 + round(fr.x * ((tm + 0.001) %% 1))
            p1 <- format(floor(zapsmall(tm, digits = 7)))
            if (fr.x == 12) paste(month.abb[t2], p1)
            else paste(p1, if (fr.x == 4) c("Q1", "Q2", "Q3", "Q4")[t2] else format(t2))
        } else format(time(x))
        attr(x, "class") <- attr(x, "tsp") <- attr(x, "na.action") <- NULL
    }
    x
}
