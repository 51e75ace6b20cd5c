# String functions that are R closures in GNU R: their argument checks (match.arg) and
# vector-level decisions (shQuote quotes all elements alike) follow from the R code.

trimws <- function(x, which = c("both", "left", "right"), whitespace = "[ \t\r\n]") {
    which <- match.arg(which)
    mysub <- function(re, x) sub(re, "", x, perl = TRUE)
    switch(which,
           left = mysub(paste0("^", whitespace, "+"), x),
           right = mysub(paste0(whitespace, "+$"), x),
           both = mysub(paste0(whitespace, "+$"), mysub(paste0("^", whitespace, "+"), x)))
}

shQuote <- function(string, type = c("sh", "csh", "cmd", "cmd2")) {
    type <- match.arg(type)
    if (type == "cmd") {
        string <- gsub("(\\\\*)\"", "\\1\\1\\\\\"", string)
        string <- sub("(\\\\+)$", "\\1\\1", string)
        paste0("\"", string, "\"", recycle0 = TRUE)
    } else if (type == "cmd2") {
        gsub("([()%!^\"<>&|])", "^\\1", string)
    } else if (!any(grepl("'", string))) {
        paste0("'", string, "'", recycle0 = TRUE)
    } else if (type == "sh") {
        paste0("\"", gsub("([\"$`\\])", "\\\\\\1", string), "\"")
    } else if (!any(grepl("([$`])", string))) {
        paste0("\"", gsub("([\"!\\])", "\\\\\\1", string), "\"")
    } else {
        paste0("'", gsub("'", "'\"'\"'", string, fixed = TRUE), "'")
    }
}

# Drops characters (see Abbreviation.java) until the abbreviations are unique, lengthening
# the duplicated ones step by step.
abbreviate <- function(names.arg, minlength = 4L, use.classes = TRUE, dot = FALSE,
                       strict = FALSE, method = c("left.kept", "both.sides"), named = TRUE) {
    if (minlength <= 0L) {
        x <- rep.int("", length(names.arg))
        if (named) names(x) <- names.arg
        return(x)
    }
    names.arg <- sub("^ +", "", sub(" +$", "", as.character(names.arg)))
    dups <- duplicated(names.arg)
    old <- names.arg
    if (any(dups)) names.arg <- names.arg[!dups]
    x <- names.arg
    if (strict) {
        x[] <- .abbreviate(x, minlength, use.classes)
    } else {
        method <- match.arg(method)
        if (method == "both.sides")
            chRev <- function(x) sapply(lapply(strsplit(x, NULL), rev), paste, collapse = "")
        dup2 <- rep.int(TRUE, length(names.arg))
        these <- names.arg
        repeat {
            ans <- .abbreviate(these, minlength, use.classes)
            x[dup2] <- ans
            if (!any(dup2 <- duplicated(x))) break
            if (method == "both.sides") {
                x[dup2] <- chRev(.abbreviate(chRev(names.arg[dup2]), minlength, use.classes))
                if (!any(dup2 <- duplicated(x))) break
            }
            minlength <- minlength + 1
            dup2 <- dup2 | match(x, x[dup2], 0L)
            these <- names.arg[dup2]
        }
    }
    if (any(dups)) x <- x[match(old, names.arg)]
    if (dot) {
        chgd <- x != old
        x[chgd] <- paste0(x[chgd], ".")
    }
    if (named) names(x) <- old
    x
}

c.noquote <- function(..., recursive = FALSE) structure(NextMethod("c"), class = "noquote")

# TRE and fixed patterns use the engine directly; perl = TRUE re-uses regexpr's captures.
regexec <- function(pattern, text, ignore.case = FALSE, perl = FALSE, fixed = FALSE, useBytes = FALSE) {
    if (is.factor(text) && length(levels(text)) < length(text)) {
        out <- regexec(pattern, c(levels(text), NA_character_), ignore.case, perl, fixed, useBytes)
        outna <- out[length(out)]
        out <- out[text]
        out[is.na(text)] <- outna
        return(out)
    }
    if (!is.character(text)) text <- as.character(text)
    if (!perl || fixed) {
        if (perl) warning(gettextf("argument '%s' will be ignored", "perl = TRUE"), domain = NA)
        return(.regexec(as.character(pattern), text, ignore.case, fixed, useBytes))
    }
    m <- regexpr(pattern, text, ignore.case = ignore.case, useBytes = useBytes, perl = TRUE)
    nm <- attr(m, "capture.names")
    nm <- if (any(nzchar(nm))) c("", nm)
    match_data_from_pos_and_len <- function(pos, len, nm = NULL) {
        attr(pos, "match.length") <- len
        names(pos) <- nm
        pos
    }
    y <- vector("list", length(text))
    y[is.na(m)] <- list(match_data_from_pos_and_len(NA_integer_, NA_integer_))
    ind <- !is.na(m) & (m == -1L)
    if (any(ind)) y[ind] <- list(match_data_from_pos_and_len(-1L, -1L))
    ind <- !is.na(m) & !ind
    if (any(ind)) {
        pos <- cbind(m[ind], attr(m, "capture.start")[ind, , drop = FALSE])
        len <- cbind(attr(m, "match.length")[ind], attr(m, "capture.length")[ind, , drop = FALSE])
        y[ind] <- Map(match_data_from_pos_and_len, split(pos, row(pos)), split(len, row(len)), list(nm))
    }
    if (identical(attr(m, "useBytes"), TRUE)) y <- lapply(y, `attr<-`, "useBytes", TRUE)
    lapply(y, `attr<-`, "index.type", attr(m, "index.type"))
}

# Rebuilds each string from the pieces regmatches(invert = !invert) leaves and the values.
`regmatches<-` <- function(x, m, invert = FALSE, value) {
    if (!length(x)) return(x)
    ili <- is.list(m)
    if (!ili && invert && any(m == -1L)) {
        y <- rep_len(list(character()), length(x))
        y[m > -1L] <- as.list(regmatches(x, m, FALSE))
    } else {
        y <- regmatches(x, m, !invert)
    }
    if (!ili && !invert) {
        value <- as.character(value)
        if (anyNA(value)) stop("missing replacement values are not allowed")
        pos <- which(lengths(y) == 2L)
        np <- length(pos)
        nv <- length(value)
        if (np != nv) {
            if (!nv) stop("must have replacement values for matches")
            value <- rep_len(value, np)
        }
        y <- y[pos]
        x[pos] <- paste0(sapply(y, `[`, 1L), value, sapply(y, `[`, 2L))
        return(x)
    }
    value <- lapply(value, as.character)
    if (anyNA(value)) stop("missing replacement values are not allowed")
    if (!length(value)) stop("value does not provide any replacement values")
    value <- rep_len(value, length(x))
    y <- if (invert) {
        Map(function(u, v) {
            nu <- length(u)
            nv <- length(v)
            if (nv != (nu + 1L)) {
                if (!nv) stop("must have replacements for non-matches")
                v <- rep_len(v, nu + 1L)
            }
            paste0(v, c(u, ""), collapse = "")
        }, y, value, USE.NAMES = FALSE)
    } else {
        Map(function(u, v) {
            nu <- length(u)
            nv <- length(v)
            if (nv != (nu - 1L)) {
                if (!nv) stop("must have replacements for matches")
                v <- rep_len(v, nu - 1L)
            }
            paste0(u, c(v, ""), collapse = "")
        }, y, value, USE.NAMES = FALSE)
    }
    y <- unlist(y)
    names(y) <- names(x)
    y
}

casefold <- function(x, upper = FALSE) if (upper) toupper(x) else tolower(x)
