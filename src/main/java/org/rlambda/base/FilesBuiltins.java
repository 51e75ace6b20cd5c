package org.rlambda.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * Directory listings and file copies: list.files/dir, file.copy, file.rename, file.append
 * (the rest of the file functions are in {@link FileBuiltins}). Listings are sorted in the
 * session's collation, as GNU R sorts them.
 */
public final class FilesBuiltins {
    private FilesBuiltins() { }

    private static final String LIST_FORMALS = "path, pattern, all.files, full.names, recursive, ignore.case, include.dirs, no..";

    public static void register(Builtins b) {
        b.add("list.files", LIST_FORMALS, FilesBuiltins::listFiles);
        b.add("dir", LIST_FORMALS, FilesBuiltins::listFiles);
        b.add("file.copy", "from, to, overwrite, recursive, copy.mode, copy.date", (in, call, a, rho) -> {
            String[] from = strings(in, call, a[0], "from");
            String[] to = strings(in, call, a[1], "to");
            boolean overwrite = flag(a[2], false);
            if (to.length == 1 && Files.isDirectory(FileBuiltins.path(in, to[0])) && from.length >= 1) {
                String dir = to[0];
                to = new String[from.length];
                for (int i = 0; i < from.length; i++) to[i] = dir + "/" + FileBuiltins.path(in, from[i]).getFileName();
            }
            if (to.length != from.length) throw in.error(call, "more 'from' files than 'to' files");
            int[] ok = new int[from.length];
            for (int i = 0; i < from.length; i++) {
                Path src = FileBuiltins.path(in, from[i]), dst = FileBuiltins.path(in, to[i]);
                if (!Files.isRegularFile(src) || (Files.exists(dst) && !overwrite)) continue;
                try {
                    Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
                    ok[i] = 1;
                } catch (IOException e) {
                    ok[i] = 0;
                }
            }
            return new LogicalVector(ok);
        });
        b.add("file.rename", "from, to", (in, call, a, rho) -> {
            String[] from = strings(in, call, a[0], "from");
            String[] to = strings(in, call, a[1], "to");
            if (to.length != from.length) throw in.error(call, "'from' and 'to' are of different lengths");
            int[] ok = new int[from.length];
            for (int i = 0; i < from.length; i++) {
                try {
                    Files.move(FileBuiltins.path(in, from[i]), FileBuiltins.path(in, to[i]), StandardCopyOption.REPLACE_EXISTING);
                    ok[i] = 1;
                } catch (IOException e) {
                    in.warning(call, "cannot rename file '" + from[i] + "' to '" + to[i] + "', reason '"
                            + FileBuiltins.reason(e) + "'");
                }
            }
            return new LogicalVector(ok);
        });
        b.add("file.append", "file1, file2", (in, call, a, rho) -> {
            String[] f1 = strings(in, call, a[0], "file1");
            String[] f2 = strings(in, call, a[1], "file2");
            int n = Math.max(f1.length, f2.length);
            int[] ok = new int[n];
            for (int i = 0; i < n; i++) {
                try {
                    byte[] data = Files.readAllBytes(FileBuiltins.path(in, f2[i % f2.length]));
                    Files.write(FileBuiltins.path(in, f1[i % f1.length]), data, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                    ok[i] = 1;
                } catch (IOException e) {
                    ok[i] = 0;
                }
            }
            return new LogicalVector(ok);
        });
    }

    private static SEXP listFiles(Interpreter in, Call call, SEXP[] a, org.rlambda.sexp.Environment rho) {
        String[] paths = a[0] == null ? new String[] {"."} : strings(in, call, a[0], "path");
        String pattern = a[1] == null || a[1] == org.rlambda.sexp.Null.NULL ? null : ((StringVector) a[1]).get(0);
        boolean all = flag(a[2], false), full = flag(a[3], false), recursive = flag(a[4], false);
        boolean ignoreCase = flag(a[5], false), includeDirs = flag(a[6], false), noDots = flag(a[7], false);
        RRegex re = pattern == null ? null : RRegex.compile(pattern, false, false, ignoreCase);
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            Path dir = FileBuiltins.path(in, p);
            if (!Files.isDirectory(dir)) continue;
            if (all && !recursive && !noDots) {
                add(out, re, p, ".", full);
                add(out, re, p, "..", full);
            }
            walk(out, re, dir, p, "", all, full, recursive, includeDirs);
        }
        out.sort(Collation::compare);
        return new StringVector(out.toArray(new String[0]));
    }

    private static void walk(List<String> out, RRegex re, Path dir, String root, String rel, boolean all, boolean full,
                             boolean recursive, boolean includeDirs) {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(entries::add);
        } catch (IOException e) {
            return;
        }
        for (Path e : entries) {
            String name = e.getFileName().toString();
            if (!all && name.startsWith(".")) continue;
            String relName = rel.isEmpty() ? name : rel + "/" + name;
            boolean isDir = Files.isDirectory(e);
            if (recursive && isDir) {
                if (includeDirs && matches(re, name)) out.add(full ? join(root, relName) : relName);
                walk(out, re, e, root, relName, all, full, true, includeDirs);
            } else if (matches(re, name)) {
                out.add(full ? join(root, relName) : relName);
            }
        }
    }

    private static void add(List<String> out, RRegex re, String root, String name, boolean full) {
        if (matches(re, name)) out.add(full ? join(root, name) : name);
    }

    private static boolean matches(RRegex re, String name) { return re == null || re.find(name, 0); }

    private static String join(String root, String rel) { return root.endsWith("/") ? root + rel : root + "/" + rel; }

    private static String[] strings(Interpreter in, Call call, SEXP x, String what) {
        if (!(x instanceof StringVector)) throw in.error(call, "invalid '" + what + "' argument");
        return ((StringVector) x).values();
    }

    private static boolean flag(SEXP x, boolean dflt) {
        if (!(x instanceof Vector) || x.length() == 0) return dflt;
        int v = Coerce.logicalElement((Vector) x, 0);
        return v == LogicalVector.NA ? dflt : v != 0;
    }
}
