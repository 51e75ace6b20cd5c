# save()/load()/save.image() over the RDX2/RDX3 file format of SerializeBuiltins, lazyLoad()
# over lazyLoadDBfetch(), and data() for the bundled datasets package.

# the global environment as base code and user scripts name it
.GlobalEnv <- globalenv()

save <- function(..., list = character(), file = stop("'file' must be specified"),
                 ascii = FALSE, version = NULL, envir = parent.frame(),
                 compress = isTRUE(!ascii), compression_level,
                 eval.promises = TRUE, precheck = TRUE) {
    opts <- getOption("save.defaults")
    if (missing(compress) && !is.null(opts$compress)) compress <- opts$compress
    if (missing(ascii) && !is.null(opts$ascii)) ascii <- opts$ascii
    if (missing(version)) version <- opts$version
    if (!is.null(version) && version < 2)
        warning("Use of save versions prior to 2 is deprecated", domain = NA)
    dots <- as.character(substitute(list(...)))[-1L]
    if (missing(list) && !length(dots)) warning("nothing specified to be save()d")
    list <- c(list, dots)
    if (precheck) {
        found <- vapply(list, exists, NA, envir = envir)
        if (!all(found)) {
            k <- sum(!found)
            stop(sprintf(ngettext(k, "object %s not found", "objects %s not found"),
                         paste(sQuote(list[!found]), collapse = ", ")), domain = NA)
        }
    }
    if (is.character(file)) {
        if (!nzchar(file)) stop("'file' must be non-empty string")
        if (!is.character(compress)) {
            if (!is.logical(compress)) stop("'compress' must be logical or character")
            compress <- if (compress) "gzip" else "no compression"
        }
        if (!(compress %in% c("gzip", "bzip2", "xz", "no compression")))
            stop(gettextf("'compress = \"%s\"' is invalid", compress))
    } else if (!inherits(file, "connection")) stop("bad file argument")
    kind <- if (identical(compress, "no compression")) FALSE else compress
    level <- if (missing(compression_level)) { if (identical(kind, "xz")) 9L else NULL } else compression_level
    values <- lapply(list, function(n) get(n, envir = envir, inherits = FALSE))
    .rlambdaSaveData(list, values, file, isTRUE(ascii) || is.na(ascii),
                     if (is.null(version)) 3L else version, kind, level)
}

save.image <- function(file = ".RData", version = NULL, ascii = FALSE, compress = !ascii, safe = TRUE) {
    if (!is.character(file) || file == "") stop("'file' must be non-empty string")
    save(list = names(.GlobalEnv), file = file, version = version, ascii = ascii,
         compress = compress, envir = .GlobalEnv, precheck = FALSE)
}

load <- function(file, envir = parent.frame(), verbose = FALSE) {
    if (!is.character(file) && !inherits(file, "connection")) stop("bad 'file' argument")
    data <- .rlambdaLoadData(file)
    if (is.character(data)) {
        warning(sprintf("file %s has magic number '%s'\n", sQuote(basename(file)), gsub("[\n\r]*", "", data)),
                "  ", "Use of save versions prior to 2 is deprecated", domain = NA, call. = FALSE)
        stop("bad restore file magic number (file may be corrupted) -- no data loaded")
    }
    if (verbose) cat("Loading objects:\n")
    nms <- names(data)
    if (is.null(nms)) nms <- character(0)
    for (i in seq_along(data)) {
        if (verbose) cat("  ", nms[i], "\n", sep = "")
        assign(nms[i], data[[i]], envir = envir)
    }
    invisible(nms)
}

lazyLoadDBexec <- function(filebase, fun, filter) {
    datafile <- paste0(filebase, ".rdb")
    map <- readRDS(paste0(filebase, ".rdx"))
    compressed <- map$compressed
    refs <- map$references
    envenv <- new.env(hash = TRUE, parent = baseenv())
    envhook <- function(n) {
        if (exists(n, envir = envenv, inherits = FALSE)) return(get(n, envir = envenv, inherits = FALSE))
        e <- new.env(hash = TRUE, parent = baseenv())
        assign(n, e, envir = envenv)   # before fetching: the environment may refer to itself
        key <- refs[[n]]
        data <- lazyLoadDBfetch(if (is.list(key)) key$eagerKey else key, datafile, compressed, envhook)
        parent.env(e) <- if (!is.null(data$enclos)) data$enclos else emptyenv()
        vars <- names(data$bindings)
        for (i in seq_along(vars)) assign(vars[i], data$bindings[[i]], envir = e)
        if (!is.null(data$attributes)) attributes(e) <- data$attributes
        if (!is.null(data$locked) && data$locked) lockEnvironment(e, FALSE)
        e
    }
    vars <- names(map$variables)
    vals <- map$variables
    if (!missing(filter)) {
        keep <- filter(vars)
        vars <- vars[keep]
        vals <- vals[keep]
    }
    fun(environment())
}

lazyLoad <- function(filebase, envir = parent.frame(), filter) {
    bind <- function(db) {
        for (i in seq_along(db$vars)) {
            eval(substitute(delayedAssign(V, lazyLoadDBfetch(KEY, FILE, COMP, HOOK), assign.env = ENV),
                            list(V = db$vars[i], KEY = db$vals[[i]], FILE = db$datafile,
                                 COMP = db$compressed, HOOK = db$envhook, ENV = envir)))
        }
        invisible(NULL)
    }
    if (missing(filter)) lazyLoadDBexec(filebase, bind) else lazyLoadDBexec(filebase, bind, filter)
}

data <- function(..., list = character(), package = NULL, lib.loc = NULL,
                 verbose = getOption("verbose"), envir = .GlobalEnv, overwrite = TRUE) {
    names <- c(as.character(substitute(list(...)))[-1L], list)
    if (!is.null(package)) {
        missing_pkgs <- package[!vapply(package, .rlambdaHasPackage, NA)]
        if (length(missing_pkgs))
            warning(sprintf(ngettext(length(missing_pkgs), "there is no package called %s",
                                     "there are no packages called %s"),
                            paste(sQuote(missing_pkgs), collapse = ", ")), domain = NA)
    }
    only_datasets <- is.null(package) || "datasets" %in% package
    if (!length(names)) {
        listing <- if (only_datasets) .rlambdaDataListing() else character()
        return(structure(list(title = "Data sets", header = NULL, listing = listing),
                         class = "packageIQR"))
    }
    for (name in names) {
        objs <- if (only_datasets) .rlambdaDataFile(name) else character()
        if (!length(objs)) {
            warning(gettextf("data set %s not found", sQuote(name)), domain = NA)
            next
        }
        for (o in objs) {
            if (!overwrite && exists(o, envir = envir, inherits = FALSE)) {
                warning(gettextf("an object named %s already exists and will not be overwritten", sQuote(o)), domain = NA)
                next
            }
            assign(o, .rlambdaDataset(o), envir = envir)
        }
    }
    invisible(names)
}

print.packageIQR <- function(x, ...) {
    if (length(x$listing)) writeLines(x$listing)
    else cat("no data sets found\n")
    invisible(x)
}
