package org.rlambda.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.Stream;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** Files and connections: file(), textConnection(), readLines/writeLines, paths, temp files, directories. */
public final class FileBuiltins {
    private FileBuiltins() { }

    private static final Map<Interpreter, String> TEMPDIRS = java.util.Collections.synchronizedMap(new WeakHashMap<>());
    private static final java.util.Random RANDOM = new java.util.Random();

    /** Each session's working directory (setwd); absent = the process's own. */
    private static final Map<Interpreter, Path> WORKDIRS = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    /** A path as R sees it: "~" expanded, relative paths against the session's working directory. */
    public static Path path(Interpreter in, String name) {
        Path p = Path.of(expand(name));
        if (p.isAbsolute()) return p;
        Path wd = WORKDIRS.get(in);
        return wd == null ? p : wd.resolve(p);
    }

    /** The session's working directory (getwd()). */
    public static Path workingDirectory(Interpreter in) {
        Path wd = WORKDIRS.get(in);
        return wd != null ? wd : Path.of("").toAbsolutePath();
    }

    static String expand(String name) {
        if (name.equals("~") || name.startsWith("~/")) return System.getProperty("user.home") + name.substring(1);
        return name;
    }

    /** The strerror-like reason GNU R appends to file warnings. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "No such file or directory";
        if (e instanceof AccessDeniedException) return "Permission denied";
        if (e instanceof FileAlreadyExistsException) return "File exists";
        if (e instanceof DirectoryNotEmptyException) return "Directory not empty";
        if (e instanceof NotDirectoryException) return "Not a directory";
        String m = e.getMessage();
        if (m != null && m.contains("Is a directory")) return "Is a directory";
        return m == null ? "Input/output error" : m;
    }

    public static void register(Builtins b) {
        b.add("stdin", "", (in, call, a, rho) -> Connections.std(in, 0));
        b.add("stdout", "", (in, call, a, rho) -> Connections.std(in, 1));
        b.add("stderr", "", (in, call, a, rho) -> Connections.std(in, 2));
        b.add("file", "description, open, blocking, encoding, method, raw", (in, call, a, rho) -> {
            String desc = a[0] == null ? "" : RArgs.string(a[0]);
            if (!(a[0] == null || a[0] instanceof StringVector) || StringVector.isNA(desc)) {
                throw in.error(call, "invalid 'description' argument");
            }
            String open = a[1] == null ? "" : RArgs.string(a[1]);
            Connections.Conn c = Connections.add(in, desc, "file", open.isEmpty() ? "r" : open, true, true);
            if (!open.isEmpty()) {
                try {
                    openConn(in, call, c, open);
                } catch (RuntimeException e) {
                    Connections.remove(in, c);
                    throw e;
                }
            }
            return Connections.object(c);
        });
        b.add("gzfile", "description, open, encoding, compression", (in, call, a, rho) -> {
            String desc = a[0] == null ? "" : RArgs.string(a[0]);
            if (!(a[0] instanceof StringVector) || StringVector.isNA(desc) || desc.isEmpty()) {
                throw in.error(call, "invalid 'description' argument");
            }
            String open = a[1] == null ? "" : RArgs.string(a[1]);
            Connections.Conn c = Connections.add(in, desc, "gzfile", open.isEmpty() ? "rb" : open, true, true);
            if (!open.isEmpty()) {
                try {
                    openConn(in, call, c, open);
                } catch (RuntimeException e) {
                    Connections.remove(in, c);
                    throw e;
                }
            }
            return Connections.object(c);
        });
        b.markClosureLike("gzfile");
        b.add("open", "con, open, ...", (in, call, a, rho) -> {
            Connections.Conn c = conn(in, call, a[0]);
            openConn(in, call, c, a[1] == null ? "r" : RArgs.string(a[1]));
            in.visible = false;
            return Null.NULL;
        });
        b.add("isOpen", "con, rw", (in, call, a, rho) -> LogicalVector.valueOf(conn(in, call, a[0]).open));
        b.add("close", "con, ...", (in, call, a, rho) -> {
            Connections.Conn c = conn(in, call, a[0]);
            if (c.id <= 2) throw in.error(call, "cannot close standard connections");
            if ("textConnection".equals(c.kind)) TextConnections.close(in, c);
            Connections.close(c);
            Connections.remove(in, c);
            in.visible = false;
            return Null.NULL;
        });
        b.add("textConnection", "object, open, local, name, encoding", (in, call, a, rho) -> {
            String open = a[1] == null ? "r" : RArgs.string(a[1]);
            boolean local = RArgs.flag(in, call, a[2], false, "local");
            SEXP obj = a[0] == null ? Null.NULL : a[0];
            String name = a[3] == null ? descriptionOf(in, call, obj) : RArgs.string(a[3]);
            if (open.equals("r") || open.equals("rt") || open.isEmpty()) {
                if (!(obj instanceof StringVector)) throw in.error(call, "invalid 'text' argument");
                return Connections.object(TextConnections.openRead(in, name, (StringVector) obj));
            }
            if (open.equals("w") || open.equals("a") || open.equals("wt") || open.equals("at")) {
                String var = obj == Null.NULL ? null : RArgs.string(obj);
                org.rlambda.sexp.Environment env = local ? rho : in.globalEnv;
                return Connections.object(TextConnections.openWrite(in, var == null ? "NULL" : var, var, env,
                        open.startsWith("a")));
            }
            throw in.error(call, "unsupported mode");
        });
        b.markClosureLike("file", "textConnection");
        b.add("textConnectionValue", "con", (in, call, a, rho) -> {
            Connections.Conn c = conn(in, call, a[0]);
            if (!"textConnection".equals(c.kind) || c.written == null) throw in.error(call, "'con' is not an output textConnection");
            return TextConnections.value(c);
        });
        b.add("summary.connection", "object, ...", (in, call, a, rho) -> {
            Connections.Conn c = conn(in, call, a[0]);
            String mode = c.mode == null || c.mode.isEmpty() ? "r" : c.mode;
            boolean read, write;
            if (c.open && c.id > 2 && Connections.isFile(c)) {
                // an open file can do what its mode says
                read = mode.startsWith("r") || mode.contains("+");
                write = mode.startsWith("w") || mode.startsWith("a") || mode.contains("+");
            } else {
                read = c.canRead;
                write = c.canWrite;
            }
            String[] names = {"description", "class", "mode", "text", "opened", "can read", "can write"};
            String[] values = {c.description, c.kind, mode, "text", c.open ? "opened" : "closed", read ? "yes" : "no", write ? "yes" : "no"};
            SEXP[] items = new SEXP[values.length];
            for (int i = 0; i < items.length; i++) items[i] = StringVector.of(values[i]);
            ListVector r = new ListVector(items);
            r.setAttributeRaw("names", new StringVector(names));
            return r;
        });
        b.add("flush", "con", (in, call, a, rho) -> {
            Connections.Conn c = conn(in, call, a[0]);
            if (c.id == 1) in.out.flush();
            else if (c.id == 2) in.err.flush();
            else if (c.sink != null) {
                try {
                    c.sink.flush();
                } catch (java.io.IOException e) {
                    throw in.error(call, "cannot write to connection");
                }
            }
            in.visible = false;
            return Null.NULL;
        });
        b.add("isatty", "con", (in, call, a, rho) -> {
            conn(in, call, a[0]);
            // scripts run without a terminal (Rscript with redirected output, Lambda)
            return LogicalVector.FALSE;
        });
        b.add("getAllConnections", "", (in, call, a, rho) -> IntVector.of(Connections.ids(in)));
        b.add("closeAllConnections", "", (in, call, a, rho) -> {
            for (int id : Connections.ids(in)) {
                if (id <= 2) continue;
                Connections.Conn c = Connections.byId(in, id);
                if ("textConnection".equals(c.kind)) TextConnections.close(in, c);
                Connections.close(c);
                Connections.remove(in, c);
            }
            in.visible = false;
            return Null.NULL;
        });
        b.add("file.access", "names, mode", (in, call, a, rho) -> {
            StringVector names = RArgs.strings(in, call, a[0], "names");
            int mode = a[1] == null ? 0 : RArgs.integer(a[1]);
            int[] r = new int[names.length()];
            for (int i = 0; i < r.length; i++) {
                if (names.isNA(i)) { r[i] = -1; continue; }
                Path p = path(in, names.get(i));
                boolean ok = Files.exists(p);
                if (ok && (mode & 1) != 0) ok = Files.isExecutable(p);
                if (ok && (mode & 2) != 0) ok = Files.isWritable(p);
                if (ok && (mode & 4) != 0) ok = Files.isReadable(p);
                r[i] = ok ? 0 : -1;
            }
            IntVector v = new IntVector(r);
            v.setAttributeRaw("names", names.copy());
            return v;
        });
        b.add("isIncomplete", "con", (in, call, a, rho) -> LogicalVector.valueOf(TextConnections.incomplete(conn(in, call, a[0]))));
        b.add("readLines", "con, n, ok, warn, encoding, skipNul", FileBuiltins::readLines);
        b.markClosureLike("readLines");
        b.add("writeLines", "text, con, sep, useBytes", (in, call, a, rho) -> {
            SEXP text = a[0] == null ? Null.NULL : a[0];
            if (!(text instanceof StringVector)) throw in.error(call, "can only write character objects");
            String sep = a[2] == null ? "\n" : RArgs.string(a[2]);
            StringBuilder sb = new StringBuilder();
            for (String s : ((StringVector) text).values()) sb.append(StringVector.isNA(s) ? "NA" : s).append(sep);
            SEXP con = a[1] == null ? Connections.std(in, 1) : a[1];
            if (!(con instanceof StringVector && !con.isObject()) && !con.inherits("connection")) {
                throw in.error(call, "'con' is not a connection");
            }
            Connections.write(in, call, con, sb.toString(), false);
            in.visible = false;
            return Null.NULL;
        });
        b.add("file.exists", "...", (in, call, a, rho) -> {
            List<String> files = allStrings(in, call, Builtins.dots(a[0]), "file");
            int[] r = new int[files.size()];
            for (int i = 0; i < r.length; i++) {
                String f = files.get(i);
                r[i] = !StringVector.isNA(f) && !f.isEmpty() && Files.exists(path(in, f)) ? 1 : 0;
            }
            return new LogicalVector(r);
        });
        b.add("file.remove", "...", (in, call, a, rho) -> {
            List<String> files = allStrings(in, call, Builtins.dots(a[0]), "file");
            int[] r = new int[files.size()];
            for (int i = 0; i < r.length; i++) {
                String f = files.get(i);
                try {
                    Files.delete(path(in, f));
                    r[i] = 1;
                } catch (IOException e) {
                    in.warning(call, "cannot remove file '" + f + "', reason '" + reason(e) + "'");
                }
            }
            return new LogicalVector(r);
        });
        b.add("unlink", "x, recursive, force, expand", (in, call, a, rho) -> {
            boolean recursive = RArgs.flag(in, call, a[1], false, "recursive");
            boolean expand = RArgs.flag(in, call, a[3], true, "expand");
            int status = 0;
            if (a[0] instanceof StringVector) {
                List<String> targets = new ArrayList<>();
                for (String f : ((StringVector) a[0]).values()) {
                    if (StringVector.isNA(f)) continue;
                    // wildcards are expanded as Sys.glob does
                    if (expand && FileInfo.hasWildcard(f)) targets.addAll(FileInfo.glob(in, f));
                    else targets.add(f);
                }
                for (String f : targets) {
                    Path p = path(in, f);
                    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                    try {
                        if (Files.isDirectory(p)) {
                            if (!recursive) { status = 1; continue; }
                            try (Stream<Path> s = Files.walk(p)) {
                                for (Path q : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(q);
                            }
                        } else {
                            Files.delete(p);
                        }
                    } catch (IOException e) {
                        status = 1;
                    }
                }
            } else if (a[0] != null && a[0] != Null.NULL) {
                throw in.error(call, "invalid 'x' argument");
            }
            in.visible = false;
            return IntVector.of(status);
        });
        b.add("dir.create", "path, showWarnings, recursive, mode", (in, call, a, rho) -> {
            String p = a[0] instanceof StringVector && a[0].length() == 1 ? RArgs.string(a[0]) : null;
            if (p == null) throw in.error(call, "invalid 'path' argument");
            boolean warn = RArgs.flag(in, call, a[1], true, "showWarnings");
            boolean recursive = RArgs.flag(in, call, a[2], false, "recursive");
            Path dir = path(in, p);
            boolean ok = true;
            if (Files.exists(dir)) {
                if (warn) in.warning(call, "'" + p + "' already exists");
                ok = false;
            } else {
                try {
                    if (recursive) Files.createDirectories(dir);
                    else Files.createDirectory(dir);
                } catch (IOException e) {
                    if (warn) in.warning(call, "cannot create dir '" + p + "', reason '" + reason(e) + "'");
                    ok = false;
                }
            }
            in.visible = false;
            return LogicalVector.valueOf(ok);
        });
        b.add("dir.exists", "paths", (in, call, a, rho) -> {
            StringVector p = RArgs.strings(in, call, a[0], "paths");
            int[] r = new int[p.length()];
            for (int i = 0; i < r.length; i++) r[i] = !p.isNA(i) && Files.isDirectory(path(in, p.get(i))) ? 1 : 0;
            return new LogicalVector(r);
        });
        b.add("basename", "path", (in, call, a, rho) -> mapPaths(in, call, a[0], FileBuiltins::basename));
        b.add("dirname", "path", (in, call, a, rho) -> mapPaths(in, call, a[0], FileBuiltins::dirname));
        b.add("path.expand", "path", (in, call, a, rho) -> mapPaths(in, call, a[0], FileBuiltins::expand));
        b.add("normalizePath", "path, winslash, mustWork", (in, call, a, rho) -> mapPaths(in, call, a[0], s -> {
            try {
                return path(in, s).toRealPath().toString();
            } catch (IOException e) {
                return path(in, s).toAbsolutePath().normalize().toString();
            }
        }));
        b.add("file.path", "..., fsep", (in, call, a, rho) -> {
            ListVector d = Builtins.dots(a[0]);
            String sep = a[1] == null ? "/" : RArgs.string(a[1]);
            List<StringVector> parts = new ArrayList<>();
            int n = 0;
            for (int i = 0; i < d.length(); i++) {
                StringVector s = RArgs.asCharacter(in, d.get(i), rho);
                if (s.length() == 0) return StringVector.EMPTY;
                parts.add(s);
                n = Math.max(n, s.length());
            }
            String[] r = new String[parts.isEmpty() ? 0 : n];
            for (int k = 0; k < r.length; k++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < parts.size(); i++) {
                    if (i > 0) sb.append(sep);
                    StringVector s = parts.get(i);
                    String e = s.get(k % s.length());
                    sb.append(StringVector.isNA(e) ? "NA" : e);
                }
                r[k] = sb.toString();
            }
            return new StringVector(r);
        });
        b.add("tempdir", "check", (in, call, a, rho) -> StringVector.of(tempdir(in)));
        b.add("tempfile", "pattern, tmpdir, fileext", (in, call, a, rho) -> {
            StringVector pat = a[0] == null ? StringVector.of("file") : RArgs.strings(in, call, a[0], "filename");
            StringVector dir = a[1] == null ? StringVector.of(tempdir(in)) : RArgs.strings(in, call, a[1], "tempdir");
            StringVector ext = a[2] == null ? StringVector.of("") : RArgs.strings(in, call, a[2], "fileext");
            if (pat.length() == 0) throw in.error(call, "no 'pattern'");
            if (dir.length() == 0) throw in.error(call, "no 'tempdir'");
            if (ext.length() == 0) throw in.error(call, "no 'fileext'");
            int n = Math.max(pat.length(), Math.max(dir.length(), ext.length()));
            String[] r = new String[n];
            for (int i = 0; i < n; i++) {
                String name;
                do {
                    name = dir.get(i % dir.length()) + "/" + pat.get(i % pat.length())
                            + Long.toHexString(ProcessHandle.current().pid()) + Integer.toHexString(RANDOM.nextInt() & 0x7fffffff)
                            + ext.get(i % ext.length());
                } while (Files.exists(path(in, name)));
                r[i] = name;
            }
            return new StringVector(r);
        });
        b.add("file.size", "...", (in, call, a, rho) -> {
            List<String> files = allStrings(in, call, Builtins.dots(a[0]), "file");
            double[] r = new double[files.size()];
            for (int i = 0; i < r.length; i++) {
                try {
                    r[i] = Files.size(path(in, files.get(i)));
                } catch (IOException | RuntimeException e) {
                    r[i] = org.rlambda.sexp.DoubleVector.NA;
                }
            }
            return new org.rlambda.sexp.DoubleVector(r);
        });
        b.add("getwd", "", (in, call, a, rho) -> StringVector.of(workingDirectory(in).toString()));
        b.add("setwd", "dir", (in, call, a, rho) -> {
            if (!(a[0] instanceof StringVector) || a[0].length() != 1) throw in.error(call, "character argument expected");
            String d = ((StringVector) a[0]).get(0);
            if (StringVector.isNA(d)) throw in.error(call, "missing value is invalid");
            Path target = path(in, d);
            if (!Files.isDirectory(target)) throw in.error(call, "cannot change working directory");
            String old = workingDirectory(in).toString();
            try {
                WORKDIRS.put(in, target.toRealPath());
            } catch (IOException e) {
                throw in.error(call, "cannot change working directory");
            }
            in.visible = false;
            return StringVector.of(old);
        });
    }

    /** The session's next tempdir() is a new directory (each environment restored from a snapshot gets its own). */
    public static void forgetTempdir(Interpreter in) { TEMPDIRS.remove(in); }

    /** The session's temporary directory, created on first use (like GNU R's /tmp/RtmpXXXXXX). */
    static String tempdir(Interpreter in) {
        return TEMPDIRS.computeIfAbsent(in, k -> {
            try {
                Path base = Path.of(System.getProperty("java.io.tmpdir"));
                Path d = Files.createTempDirectory(base, "Rtmp");
                d.toFile().deleteOnExit();
                return d.toString();
            } catch (IOException e) {
                return System.getProperty("java.io.tmpdir");
            }
        });
    }

    private static String descriptionOf(Interpreter in, Call call, SEXP obj) {
        if (call.argCount() > 0) return in.deparseOneLine(call.arg(0));
        return "NULL";
    }

    static Connections.Conn conn(Interpreter in, Call call, SEXP x) {
        Connections.Conn c = x == null ? null : Connections.lookup(in, call, x);
        if (c == null) throw in.error(call, "invalid connection");
        return c;
    }

    static void openConn(Interpreter in, Call call, Connections.Conn c, String mode) {
        if (c.open) return;
        c.mode = mode;
        if (mode.startsWith("r")) Connections.openForRead(in, call, c);
        else if (mode.startsWith("w")) Connections.openForWrite(in, call, c, false);
        else if (mode.startsWith("a")) Connections.openForWrite(in, call, c, true);
        else throw in.error(call, "invalid 'open' argument");
        c.open = true;
    }

    private static SEXP readLines(Interpreter in, Call call, SEXP[] a, org.rlambda.sexp.Environment rho) {
        SEXP con = a[0] == null ? Connections.std(in, 0) : a[0];
        int n = a[1] == null ? -1 : RArgs.integer(a[1]);
        if (n == IntVector.NA) throw in.error(call, "invalid 'n' argument");
        boolean ok = RArgs.flag(in, call, a[2], true, "ok");
        boolean warn = RArgs.flag(in, call, a[3], true, "warn");
        Connections.Conn c;
        boolean closeAfter = false;
        // a connection readLines made itself (from a file name) is destroyed afterwards, a user's only closed
        boolean destroyAfter = false;
        if (con instanceof StringVector && !con.isObject()) {
            // GNU R's readLines opens the file with file(con, "r"): errors name that call
            SEXP fileFn = in.findFunction(org.rlambda.sexp.Symbol.get("file"), in.baseEnv);
            Call fileCall = Call.of("file", org.rlambda.sexp.Symbol.get("con"), StringVector.of("r"));
            SEXP obj = in.callFunction(fileFn, new SEXP[] {con, StringVector.of("r")}, null, rho, fileCall);
            c = conn(in, call, obj);
            closeAfter = true;
            destroyAfter = true;
        } else {
            c = conn(in, call, con);
            if (!c.open) {
                openConn(in, call, c, "rt");
                closeAfter = true;
            }
            if (!c.canRead) throw in.error(call, "cannot read from this connection");
            if (c.lines == null) Connections.openForRead(in, call, c);
        }
        try {
            List<String> lines = c.lines;
            int avail = lines.size() - c.readPos;
            int take = n < 0 ? avail : Math.min(n, avail);
            String[] r = new String[take];
            for (int i = 0; i < take; i++) r[i] = lines.get(c.readPos + i);
            c.readPos += take;
            if (n > 0 && take < n && !ok) throw in.error(call, "too few lines read in readLines");
            if (warn && c.incompleteLast && take > 0 && c.readPos == lines.size() && Connections.isFile(c)) {
                in.warning(call, "incomplete final line found on '" + c.description + "'");
            }
            return new StringVector(r);
        } finally {
            if (closeAfter) {
                Connections.close(c);
                if (destroyAfter) Connections.remove(in, c);
            }
        }
    }

    private static List<String> allStrings(Interpreter in, Call call, ListVector d, String what) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < d.length(); i++) {
            SEXP e = d.get(i);
            if (!(e instanceof StringVector)) throw in.error(call, "invalid '" + what + "' argument");
            for (String s : ((StringVector) e).values()) r.add(s);
        }
        return r;
    }

    private static SEXP mapPaths(Interpreter in, Call call, SEXP x, java.util.function.UnaryOperator<String> f) {
        if (!(x instanceof StringVector)) throw in.error(call, "a character vector argument expected");
        StringVector s = (StringVector) x;
        String[] r = new String[s.length()];
        for (int i = 0; i < r.length; i++) r[i] = s.isNA(i) ? StringVector.NA : f.apply(s.get(i));
        return new StringVector(r);
    }

    static String basename(String p) {
        p = expand(p);
        int end = p.length();
        while (end > 0 && p.charAt(end - 1) == '/') end--;
        p = p.substring(0, end);
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }

    static String dirname(String p) {
        if (p.isEmpty()) return "";
        p = expand(p);
        // one trailing separator is dropped, then everything from the last separator on
        if (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
        int slash = p.lastIndexOf('/');
        if (slash < 0) return ".";
        String d = p.substring(0, slash);
        int end = d.length();
        while (end > 0 && d.charAt(end - 1) == '/') end--;
        d = d.substring(0, end);
        return d.isEmpty() ? "/" : d;
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    static SEXP vectorOrNull(Vector v) { return v == null ? Null.NULL : v; }
}
