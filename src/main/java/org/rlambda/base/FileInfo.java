package org.rlambda.base;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * What the file system says about files: file.create, file.info/file.mtime, list.dirs and
 * Sys.glob (whose wildcard expansion unlink() shares).
 */
public final class FileInfo {
    private FileInfo() { }

    public static void register(Builtins b) {
        b.add("file.create", "..., showWarnings", (in, call, a, rho) -> {
            ListVector d = Builtins.dots(a[0]);
            boolean warn = RArgs.flag(in, call, a[1], true, "showWarnings");
            List<String> files = new ArrayList<>();
            for (int i = 0; i < d.length(); i++) {
                if (!(d.get(i) instanceof StringVector)) throw in.error(call, "invalid 'file' argument");
                for (String s : ((StringVector) d.get(i)).values()) files.add(s);
            }
            int[] ok = new int[files.size()];
            for (int i = 0; i < ok.length; i++) {
                String f = files.get(i);
                try {
                    Files.write(FileBuiltins.path(in, f), new byte[0]);
                    ok[i] = 1;
                } catch (IOException | RuntimeException e) {
                    if (warn) {
                        String reason = e instanceof IOException ? FileBuiltins.reason((IOException) e) : "Invalid argument";
                        in.warning(call, "cannot create file '" + f + "', reason '" + reason + "'");
                    }
                }
            }
            return new LogicalVector(ok);
        });
        b.add("file.info", "..., extra_cols", (in, call, a, rho) -> {
            ListVector d = Builtins.dots(a[0]);
            List<String> files = new ArrayList<>();
            for (int i = 0; i < d.length(); i++) {
                if (!(d.get(i) instanceof StringVector)) throw in.error(call, "invalid filename argument");
                for (String s : ((StringVector) d.get(i)).values()) files.add(s);
            }
            return info(in, files.toArray(new String[0]), RArgs.flag(in, call, a[1], true, "extra_cols"));
        });
        b.add("list.dirs", "path, full.names, recursive", (in, call, a, rho) -> {
            StringVector paths = a[0] == null ? StringVector.of(".") : RArgs.strings(in, call, a[0], "directory");
            boolean full = RArgs.flag(in, call, a[1], true, "full.names");
            boolean recursive = RArgs.flag(in, call, a[2], true, "recursive");
            List<String> out = new ArrayList<>();
            for (String p : paths.values()) {
                Path dir = FileBuiltins.path(in, p);
                if (!Files.isDirectory(dir)) continue;
                if (recursive) out.add(full ? p : "");
                dirs(dir, p, "", full, recursive, out);
            }
            out.sort(Collation::compare);
            return new StringVector(out.toArray(new String[0]));
        });
        b.add("Sys.glob", "paths, dirmark", (in, call, a, rho) -> {
            StringVector p = RArgs.strings(in, call, a[0], "pattern");
            boolean dirmark = RArgs.flag(in, call, a[1], false, "dirmark");
            List<String> out = new ArrayList<>();
            for (String s : p.values()) {
                if (StringVector.isNA(s)) continue;
                for (String m : glob(in, s)) out.add(dirmark && Files.isDirectory(FileBuiltins.path(in, m)) ? m + "/" : m);
            }
            return new StringVector(out.toArray(new String[0]));
        });
    }

    private static void dirs(Path dir, String root, String rel, boolean full, boolean recursive, List<String> out) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path e : s) entries.add(e);
        } catch (IOException e) {
            return;
        }
        for (Path e : entries) {
            if (!Files.isDirectory(e)) continue;
            String relName = rel.isEmpty() ? e.getFileName().toString() : rel + "/" + e.getFileName();
            out.add(full ? (root.endsWith("/") ? root + relName : root + "/" + relName) : relName);
            if (recursive) dirs(e, root, relName, full, true, out);
        }
    }

    /** file.info(): one row per file, NA for files that do not exist. */
    static ListVector info(Interpreter in, String[] files, boolean extra) {
        int n = files.length;
        double[] size = new double[n], mtime = new double[n], ctime = new double[n], atime = new double[n];
        int[] isdir = new int[n], mode = new int[n], uid = new int[n], gid = new int[n];
        String[] uname = new String[n], grname = new String[n];
        for (int i = 0; i < n; i++) {
            size[i] = mtime[i] = ctime[i] = atime[i] = DoubleVector.NA;
            isdir[i] = mode[i] = uid[i] = gid[i] = IntVector.NA;
            uname[i] = grname[i] = StringVector.NA;
            if (StringVector.isNA(files[i])) continue;
            Path p = FileBuiltins.path(in, files[i]);
            try {
                BasicFileAttributes attr = Files.readAttributes(p, BasicFileAttributes.class);
                size[i] = attr.size();
                isdir[i] = attr.isDirectory() ? 1 : 0;
                mtime[i] = seconds(attr.lastModifiedTime());
                atime[i] = seconds(attr.lastAccessTime());
                ctime[i] = mtime[i];
                try {
                    Map<String, Object> unix = Files.readAttributes(p, "unix:mode,uid,gid,ctime");
                    mode[i] = ((Integer) unix.get("mode")) & 07777;
                    uid[i] = (Integer) unix.get("uid");
                    gid[i] = (Integer) unix.get("gid");
                    ctime[i] = seconds((FileTime) unix.get("ctime"));
                } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
                    mode[i] = posixMode(p);
                }
                try {
                    PosixFileAttributes posix = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    uname[i] = posix.owner().getName();
                    grname[i] = posix.group().getName();
                } catch (UnsupportedOperationException | IOException e) {
                    // no owner names on this file system: NA as GNU R gives when they cannot be looked up
                }
            } catch (IOException | RuntimeException e) {
                // a file that does not exist (or cannot be read) is a row of NAs
            }
        }
        List<SEXP> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        cols.add(new DoubleVector(size));
        names.add("size");
        cols.add(new LogicalVector(isdir));
        names.add("isdir");
        IntVector m = new IntVector(mode);
        m.setAttributeRaw("class", StringVector.of("octmode"));
        cols.add(m);
        names.add("mode");
        cols.add(time(mtime));
        names.add("mtime");
        cols.add(time(ctime));
        names.add("ctime");
        cols.add(time(atime));
        names.add("atime");
        if (extra) {
            cols.add(new IntVector(uid));
            names.add("uid");
            cols.add(new IntVector(gid));
            names.add("gid");
            cols.add(new StringVector(uname));
            names.add("uname");
            cols.add(new StringVector(grname));
            names.add("grname");
        }
        for (SEXP c : cols) c.markShared();
        ListVector df = new ListVector(cols.toArray(new SEXP[0]));
        df.setAttributeRaw("names", new StringVector(names.toArray(new String[0])));
        df.setAttributeRaw("class", StringVector.of("data.frame"));
        // file names are the row names; duplicated names would make an invalid frame, so fall back to numbers
        boolean unique = java.util.Arrays.stream(files).distinct().count() == n && n > 0;
        df.setAttributeRaw("row.names", unique ? new StringVector(files.clone()) : IntVector.of(IntVector.NA, -n));   // compact row names 1..n
        return df;
    }

    private static double seconds(FileTime t) { return t.toMillis() / 1000.0; }

    private static DoubleVector time(double[] v) {
        DoubleVector t = new DoubleVector(v);
        t.setAttributeRaw("class", StringVector.of("POSIXct", "POSIXt"));
        return t;
    }

    private static int posixMode(Path p) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            int m = 0;
            for (PosixFilePermission x : perms) m |= 1 << (8 - x.ordinal());
            return m;
        } catch (UnsupportedOperationException | IOException e) {
            return IntVector.NA;
        }
    }

    // ---------------------------------------------------------------- wildcards

    /** True when a path holds glob wildcards (*, ?, [). */
    static boolean hasWildcard(String s) { return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0; }

    /**
     * The existing paths a glob pattern matches, sorted as glob(3) sorts them, spelled as the
     * pattern spells its directories. A pattern without wildcards matches itself if it exists.
     */
    static List<String> glob(Interpreter in, String pattern) {
        String expanded = FileBuiltins.expand(pattern);
        List<String> out = new ArrayList<>();
        if (!hasWildcard(expanded)) {
            if (Files.exists(FileBuiltins.path(in, expanded), LinkOption.NOFOLLOW_LINKS)) out.add(expanded);
            return out;
        }
        boolean absolute = expanded.startsWith("/");
        String[] parts = expanded.split("/+");
        List<String> current = new ArrayList<>();
        current.add(absolute ? "/" : "");
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            if (part.isEmpty()) continue;
            boolean last = k == parts.length - 1;
            List<String> next = new ArrayList<>();
            for (String base : current) {
                if (!hasWildcard(part)) {
                    String cand = join(base, part);
                    if (last ? Files.exists(FileBuiltins.path(in, cand), LinkOption.NOFOLLOW_LINKS)
                             : Files.isDirectory(FileBuiltins.path(in, cand))) next.add(cand);
                    continue;
                }
                Pattern re = Pattern.compile(globRegex(part));
                Path dir = FileBuiltins.path(in, base.isEmpty() ? "." : base);
                List<String> names = new ArrayList<>();
                try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                    for (Path e : s) names.add(e.getFileName().toString());
                } catch (IOException | RuntimeException e) {
                    continue;
                }
                names.sort(null);
                for (String name : names) {
                    if (name.startsWith(".") && !part.startsWith(".")) continue;
                    if (!re.matcher(name).matches()) continue;
                    String cand = join(base, name);
                    if (last || Files.isDirectory(FileBuiltins.path(in, cand))) next.add(cand);
                }
            }
            current = next;
        }
        current.sort(null);
        return current;
    }

    private static String join(String base, String name) {
        if (base.isEmpty()) return name;
        return base.endsWith("/") ? base + name : base + "/" + name;
    }

    /** A glob component as a Java regular expression: * any run, ? one character, [..] a class. */
    private static String globRegex(String g) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') sb.append(".*");
            else if (c == '?') sb.append('.');
            else if (c == '[') {
                int j = g.indexOf(']', i + 2);
                if (j < 0) {
                    sb.append("\\[");
                    continue;
                }
                String body = g.substring(i + 1, j);
                if (body.startsWith("!")) body = "^" + body.substring(1);
                sb.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                i = j;
            } else sb.append(Pattern.quote(String.valueOf(c)));
        }
        return sb.toString();
    }
}
