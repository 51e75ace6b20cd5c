package org.rlambda.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.format.FormatC;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/** Factors and contingency tables: factor, levels, levels&lt;-, droplevels, cut, table, prop.table, interaction. */
public final class FactorBuiltins {
    private FactorBuiltins() { }

    public static void register(Builtins b) {
        b.add("factor", "x, levels, labels, exclude, ordered, nmax", FactorBuiltins::factor);
        b.addGeneric("levels", "x", (in, call, a, rho) -> {
            SEXP l = a[0] == null ? null : a[0].getAttribute("levels");
            return l == null ? Null.NULL : l;
        });
        b.addGeneric("levels<-", "x, value", FactorBuiltins::setLevels);
        b.add("nlevels", "x", (in, call, a, rho) -> {
            if (a[0] == null) throw in.errorInCurrentCall("argument \"x\" is missing, with no default");
            SEXP l = a[0] == null ? null : a[0].getAttribute("levels");
            return IntVector.of(l == null ? 0 : l.length());
        });
        b.add("is.factor", "x", (in, call, a, rho) -> LogicalVector.valueOf(a[0] != null && a[0].inherits("factor")));
        b.add("is.ordered", "x", (in, call, a, rho) -> LogicalVector.valueOf(a[0] != null && a[0].inherits("ordered")));
        b.add("droplevels.factor", "x, exclude, ...", (in, call, a, rho) -> {
            Vector f = factorArg(in, call, a[0]);
            StringVector lev = levels(f);
            int[] codes = codes(f);
            // levels listed in exclude go too, their values becoming NA
            java.util.Set<String> excluded = new java.util.HashSet<>();
            boolean excludeNA = false;
            if (a[1] != null && a[1] != Null.NULL) {
                for (String e : asStrings(in, a[1], rho).values()) {
                    if (StringVector.isNA(e)) excludeNA = true; else excluded.add(e);
                }
            }
            boolean[] used = new boolean[lev.length()];
            for (int c : codes) if (c != IntVector.NA) used[c - 1] = true;
            List<String> keep = new ArrayList<>();
            for (int i = 0; i < used.length; i++) {
                String l = lev.get(i);
                boolean dropped = StringVector.isNA(l) ? excludeNA : excluded.contains(l);
                if (used[i] && !dropped) keep.add(l);
            }
            return relevel(f, codes, lev, keep.toArray(new String[0]));
        });
        b.add("cut.default", "x, breaks, labels, include.lowest, right, dig.lab, ordered_result, ...", FactorBuiltins::cut);
        b.add("table", "..., exclude, useNA, dnn, deparse.level", FactorBuiltins::table);
        b.add("prop.table", "x, margin", FactorBuiltins::propTable);
        b.add("proportions", "x, margin", FactorBuiltins::propTable);
        b.add("interaction", "..., drop, sep, lex.order", FactorBuiltins::interaction);
        b.add("summary.factor", "object, maxsum, ...", (in, call, a, rho) -> {
            Vector f = factorArg(in, call, a[0]);
            StringVector lev = levels(f);
            int[] codes = codes(f);
            int[] counts = new int[lev.length()];
            int nas = 0;
            for (int c : codes) if (c == IntVector.NA) nas++; else counts[c - 1]++;
            String[] names = lev.values();
            int[] vals = counts;
            // maxsum counts the NA's entry too
            int maxsum = (a[1] == null ? 100 : RArgs.integer(a[1])) - (nas > 0 ? 1 : 0);
            if (names.length > maxsum) {
                // the maxsum - 1 most frequent levels (ties in level order), the rest summed as (Other)
                Integer[] order = new Integer[names.length];
                for (int i = 0; i < order.length; i++) order[i] = i;
                Arrays.sort(order, (p, q) -> Integer.compare(counts[q], counts[p]));
                String[] kn = new String[maxsum];
                int[] kv = new int[maxsum];
                int other = 0;
                for (int i = 0; i < order.length; i++) {
                    if (i < maxsum - 1) { kn[i] = names[order[i]]; kv[i] = counts[order[i]]; }
                    else other += counts[order[i]];
                }
                kn[maxsum - 1] = "(Other)";
                kv[maxsum - 1] = other;
                names = kn;
                vals = kv;
            }
            if (nas > 0) {
                names = Arrays.copyOf(names, names.length + 1);
                names[names.length - 1] = "NA's";
                vals = Arrays.copyOf(vals, vals.length + 1);
                vals[vals.length - 1] = nas;
            }
            IntVector r = new IntVector(vals);
            r.setAttributeRaw("names", new StringVector(names));
            return r;
        });
        // closures in GNU R: they appear in error calls and tracebacks
        b.markClosureLike("factor", "nlevels", "droplevels.factor", "cut.default", "table", "prop.table", "proportions",
                "interaction", "summary.factor");
    }

    // ------------------------------------------------------------------ helpers

    static StringVector levels(SEXP f) {
        SEXP l = f.getAttribute("levels");
        return l instanceof StringVector ? (StringVector) l : StringVector.EMPTY;
    }

    static int[] codes(Vector f) {
        int[] c = new int[f.length()];
        for (int i = 0; i < c.length; i++) c[i] = Coerce.intElement(f, i, null);
        return c;
    }

    private static Vector factorArg(Interpreter in, Call call, SEXP x) {
        if (!(x instanceof Vector) || !x.inherits("factor")) throw in.error(call, "argument is not a factor");
        return (Vector) x;
    }

    /** A factor with the given codes (1-based, NA allowed), levels and class. */
    static IntVector makeFactor(int[] codes, String[] levels, boolean ordered) {
        IntVector f = new IntVector(codes);
        f.setAttributeRaw("levels", new StringVector(levels));
        f.setAttributeRaw("class", ordered ? StringVector.of("ordered", "factor") : StringVector.of("factor"));
        return f;
    }

    /** Recodes a factor to a subset (or reordering) of its levels; values not kept become NA. */
    private static IntVector relevel(Vector f, int[] codes, StringVector oldLevels, String[] newLevels) {
        // old level index -> new code (NA matches only NA)
        int[] map = new int[oldLevels.length()];
        for (int i = 0; i < map.length; i++) {
            String o = oldLevels.get(i);
            map[i] = IntVector.NA;
            for (int j = 0; j < newLevels.length; j++) {
                String nl = newLevels[j];
                if (StringVector.isNA(o) ? StringVector.isNA(nl) : !StringVector.isNA(nl) && o.equals(nl)) { map[i] = j + 1; break; }
            }
        }
        int[] r = new int[codes.length];
        for (int i = 0; i < r.length; i++) {
            int c = codes[i];
            r[i] = c == IntVector.NA || c < 1 || c > map.length ? IntVector.NA : map[c - 1];
        }
        IntVector out = new IntVector(r);
        out.copyAttributesFrom(f);
        out.setAttributeRaw("levels", new StringVector(newLevels));
        return out;
    }

    /** Sorted unique values of x as strings (numbers in numeric order, strings by collation), NA last. */
    static String[] sortedUniqueLevels(Vector x) { return sortedUniqueLevels(x, null); }

    /**
     * As {@link #sortedUniqueLevels(Vector)}, numbers shown by {@code labels} (x's as.character, which
     * classed values such as dates format their own way); values with equal labels give one level.
     */
    static String[] sortedUniqueLevels(Vector x, StringVector labels) {
        int n = x.length();
        if (x instanceof StringVector) {
            LinkedHashMap<String, Boolean> seen = new LinkedHashMap<>();
            boolean na = false;
            for (int i = 0; i < n; i++) {
                String s = ((StringVector) x).get(i);
                if (StringVector.isNA(s)) na = true; else seen.put(s, true);
            }
            List<String> l = new ArrayList<>(seen.keySet());
            l.sort(Collation::compare);
            if (na) l.add(StringVector.NA);
            return l.toArray(new String[0]);
        }
        if (x instanceof LogicalVector || x instanceof IntVector || x instanceof DoubleVector) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) d[i] = Coerce.doubleElement(x, i, null);
            boolean na = false, nan = false, naFirst = false;
            List<Double> vals = new ArrayList<>();
            Map<Double, Integer> first = new HashMap<>();
            for (int i = 0; i < n; i++) {
                double v = d[i];
                if (DoubleVector.isNA(v)) { if (!nan) naFirst = true; na = true; continue; }
                if (Double.isNaN(v)) { nan = true; continue; }
                if (v == 0) v = 0.0;
                if (first.putIfAbsent(v, i) == null) vals.add(v);
            }
            vals.sort(Double::compare);
            java.util.LinkedHashSet<String> shown = new java.util.LinkedHashSet<>();
            for (double v : vals) {
                shown.add(labels != null ? labels.get(first.get(v)) : Coerce.stringElement(singleOfType(x, v), 0));
            }
            List<String> out = new ArrayList<>(shown);
            // NA and NaN go last, in the order they first appear (sort() is stable)
            if (na && naFirst) out.add(StringVector.NA);
            if (nan) out.add("NaN");
            if (na && !naFirst) out.add(StringVector.NA);
            return out.toArray(new String[0]);
        }
        StringVector s = (StringVector) Coerce.coerce(x, org.rlambda.sexp.SexpType.CHARACTER, null);
        return sortedUniqueLevels(s);
    }

    private static Vector singleOfType(Vector x, double v) {
        if (x instanceof LogicalVector) return new LogicalVector(new int[] {(int) v});
        if (x instanceof IntVector) return IntVector.of((int) v);
        return DoubleVector.of(v);
    }

    static StringVector asStrings(Interpreter in, SEXP x, Environment rho) {
        return RArgs.asCharacter(in, x, rho);
    }

    // ------------------------------------------------------------------ factor()

    private static final Call FACTOR_LEVELS_CALL =
            (Call) org.rlambda.parse.Parser.parseAll("`levels<-`(`*tmp*`, value = as.character(levels))").get(0);

    /** Index of the first element equal to an earlier one (NA equal only to NA), or -1. */
    static int firstDuplicate(String[] values) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean na = false;
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (StringVector.isNA(v)) {
                if (na) return i;
                na = true;
            } else if (!seen.add(v)) {
                return i;
            }
        }
        return -1;
    }

    private static SEXP factor(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0] == null || a[0] == Null.NULL ? StringVector.EMPTY : a[0];
        if (!(x instanceof Vector)) throw in.error(call, "'x' must be atomic");
        Vector xv = (Vector) x;
        boolean ordered = a[4] == null ? x.inherits("ordered") : RArgs.flag(in, call, a[4], false, "ordered");
        String[] levels;
        if (a[1] == null) {
            if (x.inherits("factor")) {
                // unique(x) in order of its levels: the levels present, as sort() of a factor gives
                StringVector lev = levels(x);
                boolean[] used = new boolean[lev.length()];
                boolean na = false;
                for (int c : codes(xv)) if (c == IntVector.NA) na = true; else used[c - 1] = true;
                List<String> l = new ArrayList<>();
                for (int i = 0; i < used.length; i++) if (used[i]) l.add(lev.get(i));
                if (na) l.add(StringVector.NA);
                levels = l.toArray(new String[0]);
            } else {
                levels = sortedUniqueLevels(xv, x.isObject() ? asStrings(in, x, rho) : null);
            }
        } else {
            levels = asStrings(in, a[1], rho).values().clone();
        }
        StringVector xs = x.inherits("factor") ? RArgs.factorLabels(xv) : asStrings(in, x, rho);
        // exclude (default NA)
        SEXP exclude = a[3] == null ? StringVector.of(StringVector.NA) : a[3];
        if (exclude != Null.NULL && exclude.length() > 0) {
            StringVector ex = asStrings(in, exclude, rho);
            List<String> kept = new ArrayList<>();
            for (String l : levels) {
                boolean drop = false;
                for (String e : ex.values()) {
                    if (StringVector.isNA(e) ? StringVector.isNA(l) : e.equals(l) && !StringVector.isNA(l)) { drop = true; break; }
                }
                if (!drop) kept.add(l);
            }
            levels = kept.toArray(new String[0]);
        }
        Map<String, Integer> pos = new HashMap<>();
        int naPos = -1;
        for (int i = 0; i < levels.length; i++) {
            if (StringVector.isNA(levels[i])) { if (naPos < 0) naPos = i + 1; }
            else pos.putIfAbsent(levels[i], i + 1);
        }
        int n = xs.length();
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            String s = xs.get(i);
            Integer p = StringVector.isNA(s) ? (naPos > 0 ? naPos : null) : pos.get(s);
            codes[i] = p == null ? IntVector.NA : p;
        }
        String[] finalLevels = levels;
        if (a[2] != null) {
            StringVector labels = asStrings(in, a[2], rho);
            int nlab = labels.length();
            if (nlab == levels.length) {
                // duplicated labels merge their levels
                LinkedHashMap<String, Integer> uniq = new LinkedHashMap<>();
                int[] map = new int[nlab];
                for (int i = 0; i < nlab; i++) {
                    String l = labels.get(i);
                    Integer p = uniq.get(l);
                    if (p == null) { p = uniq.size() + 1; uniq.put(l, p); }
                    map[i] = p;
                }
                for (int i = 0; i < n; i++) if (codes[i] != IntVector.NA) codes[i] = map[codes[i] - 1];
                finalLevels = uniq.keySet().toArray(new String[0]);
            } else if (nlab == 1) {
                finalLevels = new String[levels.length];
                for (int i = 0; i < levels.length; i++) finalLevels[i] = labels.get(0) + (i + 1);
            } else {
                throw in.errorInCurrentCall("invalid 'labels'; length " + nlab + " should be 1 or " + levels.length);
            }
        } else {
            // duplicated levels are an error in the levels<- call GNU R's factor() makes
            int dup = firstDuplicate(finalLevels);
            if (dup >= 0) throw in.error(FACTOR_LEVELS_CALL, "factor level [" + (dup + 1) + "] is duplicated");
        }
        IntVector f = makeFactor(codes, finalLevels, ordered);
        StringVector nx = xv.names();
        if (nx != null) {
            IntVector g = new IntVector(codes);
            g.setAttributeRaw("names", nx);
            g.setAttributeRaw("levels", f.getAttribute("levels"));
            g.setAttributeRaw("class", f.getAttribute("class"));
            return g;
        }
        return f;
    }

    private static SEXP setLevels(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0];
        SEXP value = a[1] == null ? Null.NULL : a[1];
        if (!(x instanceof Vector)) throw in.error(call, "invalid argument");
        Vector v = ((Vector) x).modifiable();
        if (!x.inherits("factor")) {
            if (value instanceof StringVector) {
                int dup = firstDuplicate(((StringVector) value).values());
                if (dup >= 0) {
                    throw in.error(replacementCall(call, "levels<-", value), "factor level [" + (dup + 1) + "] is duplicated");
                }
            }
            v.setAttributeRaw("levels", value == Null.NULL ? null : value);
            return v;
        }
        StringVector old = levels(x);
        String[] newNames;   // the new name of each old level (NA: the level's values become NA)
        if (value instanceof ListVector) {
            // list(new = c("old1", "old2"), ...): the list's names are the new levels, old levels not listed give NA
            ListVector l = (ListVector) value;
            StringVector names = l.names();
            newNames = new String[old.length()];
            Arrays.fill(newNames, StringVector.NA);
            List<String> order = new ArrayList<>();
            for (int i = 0; i < l.length(); i++) {
                String nm = names == null ? "" : names.get(i);
                order.add(nm);
                for (String o : asStrings(in, l.get(i), rho).values()) {
                    int p = Arrays.asList(old.values()).indexOf(o);
                    if (p >= 0) newNames[p] = nm;
                }
            }
            return recode(v, x, codes(v), newNames, order);
        }
        StringVector nv = asStrings(in, value, rho);
        if (nv.length() < old.length()) {
            throw in.error(replacementCall(call, "levels<-.factor", value), "number of levels differs");
        }
        return recode(v, x, codes(v), nv.values(), null);
    }

    /**
     * Renames level i to newNames[i]: equal names merge, NA names drop their level (values become NA);
     * the new levels are the unique non-NA names in order of first appearance (after {@code first}).
     */
    private static IntVector recode(Vector v, SEXP x, int[] codes, String[] newNames, List<String> first) {
        LinkedHashMap<String, Integer> uniq = new LinkedHashMap<>();
        if (first != null) {
            for (String f : first) uniq.computeIfAbsent(f, k -> uniq.size() + 1);
        }
        int[] map = new int[newNames.length];
        for (int i = 0; i < newNames.length; i++) {
            String nm = newNames[i];
            map[i] = StringVector.isNA(nm) ? IntVector.NA : uniq.computeIfAbsent(nm, k -> uniq.size() + 1);
        }
        int[] r = new int[codes.length];
        for (int i = 0; i < r.length; i++) {
            int c = codes[i];
            r[i] = c == IntVector.NA || c < 1 || c > map.length ? IntVector.NA : map[c - 1];
        }
        IntVector out = new IntVector(r);
        out.copyAttributesFrom(x);
        out.setAttributeRaw("levels", new StringVector(uniq.keySet().toArray(new String[0])));
        return out;
    }

    /** {@code `fn`(`*tmp*`, value = v)}: the call GNU R reports for an error inside a replacement. */
    private static Call replacementCall(Call call, String fn, SEXP value) {
        if (!call.isCallTo("<-") && !call.isCallTo("<<-") && !call.isCallTo("=")) return call;
        SEXP v = value instanceof Symbol || value instanceof Call ? Call.of("quote", value) : value;
        return new Call(Symbol.get(fn), new SEXP[] {Symbol.get("*tmp*"), v}, new String[] {"", "value"});
    }

    // ------------------------------------------------------------------ cut

    private static SEXP cut(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP xArg = a[0];
        if (!(xArg instanceof IntVector || xArg instanceof DoubleVector) || xArg.inherits("factor")) {
            throw in.errorInCurrentCall("'x' must be numeric");
        }
        Vector xv = (Vector) xArg;
        double[] x = new double[xv.length()];
        for (int i = 0; i < x.length; i++) x[i] = Coerce.doubleElement(xv, i, null);
        if (a[1] == null) throw in.error(call, "argument \"breaks\" is missing, with no default");
        Vector bv = (Vector) a[1];
        boolean right = RArgs.flag(in, call, a[4], true, "right");
        boolean includeLowest = RArgs.flag(in, call, a[3], false, "include.lowest");
        int digLab = a[5] == null ? 3 : RArgs.integer(a[5]);
        boolean ordered = RArgs.flag(in, call, a[6], false, "ordered_result");
        double[] breaks;
        if (bv.length() == 1) {
            double nbD = Coerce.doubleElement(bv, 0, null);
            if (Double.isNaN(nbD) || nbD < 2) throw in.errorInCurrentCall("invalid number of intervals");
            int nb = (int) (nbD + 1);
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (double v : x) if (!Double.isNaN(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
            if (lo == Double.POSITIVE_INFINITY) {
                // no data: GNU R's range() warns twice and the break sequence cannot start at Inf
                in.warning(Call.of("min", Symbol.get("x")), "no non-missing arguments to min; returning Inf");
                in.warning(Call.of("max", Symbol.get("x")), "no non-missing arguments to max; returning -Inf");
                throw in.error(SEQ_CALL, "'from' must be a finite number");
            }
            double dx = hi - lo;
            breaks = new double[nb];
            if (dx == 0) {
                dx = lo != 0 ? Math.abs(lo) : 1;
                sequence(breaks, lo - dx / 1000, hi + dx / 1000);
            } else {
                sequence(breaks, lo, hi);
                breaks[0] = lo - dx / 1000;
                breaks[nb - 1] = hi + dx / 1000;
            }
        } else {
            // sorting drops NA breaks
            breaks = new double[bv.length()];
            int k = 0;
            for (int i = 0; i < breaks.length; i++) {
                double d = Coerce.doubleElement(bv, i, null);
                if (!Double.isNaN(d)) breaks[k++] = d;
            }
            breaks = Arrays.copyOf(breaks, k);
            Arrays.sort(breaks);
        }
        int nb = breaks.length;
        for (int i = 1; i < nb; i++) if (breaks[i] == breaks[i - 1]) throw in.errorInCurrentCall("'breaks' are not unique");
        boolean codesOnly = false;
        String[] labels = null;
        SEXP labArg = a[2];
        if (RArgs.isNull(labArg)) {
            String[] ch = null;
            boolean ok = false;
            for (int dig = digLab; dig <= Math.max(12, digLab); dig++) {
                FormatC.Options fo = new FormatC.Options();
                fo.digits = dig;
                fo.width = 1;
                ch = FormatC.formatC(new DoubleVector(breaks.clone()), fo);
                ok = true;
                for (int i = 1; i < nb; i++) if (ch[i].equals(ch[i - 1])) { ok = false; break; }
                if (ok) break;
            }
            labels = new String[nb - 1];
            for (int i = 0; i < nb - 1; i++) {
                labels[i] = ok ? (right ? "(" : "[") + ch[i] + "," + ch[i + 1] + (right ? "]" : ")") : "Range_" + (i + 1);
            }
            if (ok && includeLowest && nb > 1) {
                if (right) labels[0] = "[" + labels[0].substring(1);
                else labels[nb - 2] = labels[nb - 2].substring(0, labels[nb - 2].length() - 1) + "]";
            }
        } else if (labArg instanceof LogicalVector && labArg.length() == 1 && RArgs.logical(labArg) == 0) {
            codesOnly = true;
        } else {
            labels = asStrings(in, labArg, rho).values();
            if (labels.length != nb - 1) throw in.errorInCurrentCall("lengths of 'breaks' and 'labels' differ");
        }
        int[] codes = new int[x.length];
        for (int i = 0; i < x.length; i++) codes[i] = bin(x[i], breaks, right, includeLowest);
        if (codesOnly) return new IntVector(codes);
        // duplicated labels merge their intervals, as factor(codes, labels = labels) does
        LinkedHashMap<String, Integer> uniq = new LinkedHashMap<>();
        int[] map = new int[labels.length];
        for (int i = 0; i < labels.length; i++) map[i] = uniq.computeIfAbsent(labels[i], l -> uniq.size() + 1);
        for (int i = 0; i < codes.length; i++) if (codes[i] != IntVector.NA) codes[i] = map[codes[i] - 1];
        return makeFactor(codes, uniq.keySet().toArray(new String[0]), ordered);
    }

    /** The call GNU R's cut.default reports when the data have no range. */
    private static final Call SEQ_CALL = (Call) org.rlambda.parse.Parser.parseAll("seq.int(rx[1L], rx[2L], length.out = nb)").get(0);

    /** seq(from, to, length.out = n) with exact end points. */
    private static void sequence(double[] out, double from, double to) {
        int n = out.length;
        double by = (to - from) / (n - 1);
        for (int i = 0; i < n; i++) out[i] = from + i * by;
        out[n - 1] = to;
    }

    /** .bincode: the 1-based interval containing v, NA outside the breaks. */
    private static int bin(double v, double[] b, boolean right, boolean includeLowest) {
        if (Double.isNaN(v)) return IntVector.NA;
        int nb = b.length;
        int lo = 0, hi = nb - 1;
        if (v < b[lo] || b[hi] < v || (v == b[lo] && !includeLowest && right) || (v == b[hi] && !includeLowest && !right)) {
            return IntVector.NA;
        }
        while (hi - lo >= 2) {
            int mid = (hi + lo) / 2;
            if (v > b[mid] || (!right && v == b[mid])) lo = mid;
            else hi = mid;
        }
        return lo + 1;
    }

    // ------------------------------------------------------------------ table

    private static SEXP table(Interpreter in, Call call, SEXP[] a, Environment rho) {
        ListVector dots = Builtins.dots(a[0]);
        String useNA = "no";
        if (a[2] != null) {
            String u = RArgs.string(a[2]);
            if (a[2].length() > 1) u = ((StringVector) a[2]).get(0);
            if ("no".startsWith(u) && !u.isEmpty()) useNA = "no";
            else if ("ifany".startsWith(u) && !u.isEmpty()) useNA = "ifany";
            else if ("always".startsWith(u) && !u.isEmpty()) useNA = "always";
            else throw in.error(call, "'arg' should be one of \u201cno\u201d, \u201cifany\u201d, \u201calways\u201d");
        }
        // exclude: by default NA and NaN unless NAs are wanted; an exclude without NA counts NAs
        boolean excludeNA;
        java.util.Set<String> excluded = new java.util.HashSet<>();
        if (a[1] == null) {
            excludeNA = useNA.equals("no");
            if (excludeNA) excluded.add("NaN");
        } else {
            excludeNA = false;
            if (a[1] != Null.NULL) {
                for (String e : asStrings(in, a[1], rho).values()) {
                    if (StringVector.isNA(e)) excludeNA = true; else excluded.add(e);
                }
            }
            if (a[2] == null && !excludeNA) useNA = "ifany";
        }
        List<SEXP> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int deparseLevel = a[4] == null ? 1 : RArgs.integer(a[4]);
        List<String> exprNames = argumentNames(call, dots.length(), deparseLevel);
        for (int i = 0; i < dots.length(); i++) {
            SEXP e = dots.get(i);
            String nm = Builtins.dotName(dots, i);
            if (e instanceof ListVector && !e.isObject() || e.inherits("data.frame")) {
                ListVector l = (ListVector) e;
                StringVector ln = l.names();
                for (int k = 0; k < l.length(); k++) {
                    args.add(l.get(k));
                    names.add(ln == null ? "" : ln.get(k));
                }
                continue;
            }
            args.add(e);
            names.add(!nm.isEmpty() ? nm : exprNames.get(i));
        }
        if (args.isEmpty()) throw in.errorInCurrentCall("nothing to tabulate");
        if (!RArgs.isNull(a[3])) {
            StringVector dnn = asStrings(in, a[3], rho);
            for (int i = 0; i < Math.min(dnn.length(), names.size()); i++) names.set(i, dnn.get(i));
        }
        int n = -1;
        List<int[]> codeList = new ArrayList<>();
        List<String[]> levelList = new ArrayList<>();
        for (SEXP e : args) {
            if (!(e instanceof Vector)) throw in.errorInCurrentCall("all arguments must have the same length");
            Vector v = (Vector) e;
            if (n < 0) n = v.length();
            else if (v.length() != n) throw in.errorInCurrentCall("all arguments must have the same length");
            // the factor's levels (or the sorted values) without the excluded ones; NA is a level
            // unless excluded, values outside the levels count as missing
            StringVector xs = v.inherits("factor") ? RArgs.factorLabels(v) : asStrings(in, v, rho);
            String[] all = v.inherits("factor") ? levels(v).values() : sortedUniqueLevels(v, v.isObject() ? xs : null);
            List<String> l = new ArrayList<>();
            for (String s : all) {
                // a factor keeps an NA level unless NA is excluded explicitly
                boolean dropped = StringVector.isNA(s) ? excludeNA && (a[1] != null || !v.inherits("factor"))
                        : excluded.contains(s);
                if (!dropped) l.add(s);
            }
            String[] lev = l.toArray(new String[0]);
            Map<String, Integer> pos = new HashMap<>();
            int naLevel = IntVector.NA;
            for (int i = 0; i < lev.length; i++) {
                if (StringVector.isNA(lev[i])) naLevel = i + 1;
                else pos.putIfAbsent(lev[i], i + 1);
            }
            // codes: NA for excluded values (never counted), MISSING for NA values without an NA level
            final int missing = -1;
            int[] codes = new int[n];
            boolean anyNA = false;
            for (int i = 0; i < n; i++) {
                String s = xs.get(i);
                boolean isNA = StringVector.isNA(s);
                if (isNA && excludeNA && !v.inherits("factor")) { codes[i] = IntVector.NA; continue; }
                Integer p = isNA ? null : pos.get(s);
                codes[i] = p != null ? p : !isNA ? IntVector.NA : naLevel != IntVector.NA ? naLevel : missing;
                if (codes[i] == missing) anyNA = true;
            }
            if (naLevel == IntVector.NA && (useNA.equals("always") || (useNA.equals("ifany") && anyNA))) {
                lev = Arrays.copyOf(lev, lev.length + 1);
                lev[lev.length - 1] = StringVector.NA;
                for (int i = 0; i < codes.length; i++) if (codes[i] == missing) codes[i] = lev.length;
            }
            for (int i = 0; i < codes.length; i++) if (codes[i] == missing) codes[i] = IntVector.NA;
            codeList.add(codes);
            levelList.add(lev);
        }
        int k = args.size();
        int[] dims = new int[k];
        int total = 1;
        for (int j = 0; j < k; j++) { dims[j] = levelList.get(j).length; total *= dims[j]; }
        int[] counts = new int[total];
        for (int i = 0; i < n; i++) {
            int idx = 0, mult = 1;
            boolean skip = false;
            for (int j = 0; j < k; j++) {
                int c = codeList.get(j)[i];
                if (c == IntVector.NA) { skip = true; break; }
                idx += (c - 1) * mult;
                mult *= dims[j];
            }
            if (!skip) counts[idx]++;
        }
        IntVector r = new IntVector(counts);
        r.setAttributeRaw("dim", new IntVector(dims));
        SEXP[] dn = new SEXP[k];
        for (int j = 0; j < k; j++) dn[j] = new StringVector(levelList.get(j));
        ListVector dimnames = new ListVector(dn);
        // an explicit dnn = NULL leaves the dimensions unnamed
        if (!(a[3] == Null.NULL)) dimnames.setAttributeRaw("names", new StringVector(names.toArray(new String[0])));
        r.setAttributeRaw("dimnames", dimnames);
        r.setAttributeRaw("class", StringVector.of("table"));
        return r;
    }

    /**
     * Dimension names from the argument expressions: none for deparse.level 0, symbols only for 1,
     * any expression (deparsed) for 2.
     */
    private static List<String> argumentNames(Call call, int ndots, int deparseLevel) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> formals = java.util.Set.of("exclude", "useNA", "dnn", "deparse.level");
        for (int i = 0; i < call.argCount(); i++) {
            String nm = call.argName(i);
            if (nm != null && formals.contains(nm)) continue;
            SEXP e = call.arg(i);
            if (e instanceof Symbol && e != Symbol.DOTS) out.add(deparseLevel >= 1 ? ((Symbol) e).name : "");
            else out.add(deparseLevel == 2 && e != Symbol.DOTS ? org.rlambda.parse.Deparser.deparseFirstLine(e) : "");
        }
        while (out.size() < ndots) out.add("");
        return out;
    }

    private static SEXP propTable(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0];
        if (!(x instanceof Vector) || !(((Vector) x).isAtomic())) throw in.error(call, "'x' is not an array");
        Vector v = (Vector) x;
        if (v instanceof StringVector) {
            // GNU R's prop.table fails in its sum(x)
            throw in.error(Call.of("sum", Symbol.get("x")), "invalid 'type' (character) of argument");
        }
        int n = v.length();
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = Coerce.doubleElement(v, i, null);
        double[] r = new double[n];
        if (RArgs.isNull(a[1])) {
            double s = 0;
            for (double e : d) s += e;
            for (int i = 0; i < n; i++) r[i] = d[i] / s;
        } else {
            int margin = RArgs.integer(a[1]);
            int[] dim = v.dim();
            if (dim == null || dim.length != 2 || (margin != 1 && margin != 2)) throw in.error(call, "'x' is not an array");
            int nr = dim[0], nc = dim[1];
            double[] sums = new double[margin == 1 ? nr : nc];
            for (int i = 0; i < nr; i++) for (int j = 0; j < nc; j++) sums[margin == 1 ? i : j] += d[i + j * nr];
            for (int i = 0; i < nr; i++) for (int j = 0; j < nc; j++) r[i + j * nr] = d[i + j * nr] / sums[margin == 1 ? i : j];
        }
        DoubleVector out = new DoubleVector(r);
        out.copyAttributesFrom(x);
        return out;
    }

    private static SEXP interaction(Interpreter in, Call call, SEXP[] a, Environment rho) {
        ListVector dots = Builtins.dots(a[0]);
        boolean drop = RArgs.flag(in, call, a[1], false, "drop");
        String sep = a[2] == null ? "." : RArgs.string(a[2]);
        boolean lex = RArgs.flag(in, call, a[3], false, "lex.order");
        List<SEXP> args = new ArrayList<>();
        for (int i = 0; i < dots.length(); i++) {
            SEXP e = dots.get(i);
            if (e instanceof ListVector && !e.inherits("factor")) for (SEXP s : ((ListVector) e).values()) args.add(s);
            else args.add(e);
        }
        if (args.isEmpty()) throw in.errorInCurrentCall("No factors specified");
        int n = 0;
        List<int[]> codes = new ArrayList<>();
        List<String[]> levs = new ArrayList<>();
        for (SEXP e : args) {
            Vector f = e.inherits("factor") ? (Vector) e : (Vector) factor(in, call, new SEXP[] {e, null, null, null, null, null}, rho);
            codes.add(codes(f));
            levs.add(levels(f).values());
            n = Math.max(n, f.length());
        }
        // levels: the first factor varies fastest unless lex.order
        List<String> levels = new ArrayList<>();
        int k = args.size();
        int[] dims = new int[k];
        int total = 1;
        for (int j = 0; j < k; j++) { dims[j] = levs.get(j).length; total *= dims[j]; }
        int[] idx = new int[k];
        for (int t = 0; t < total; t++) {
            int rem = t;
            if (lex) {
                for (int j = k - 1; j >= 0; j--) { idx[j] = rem % dims[j]; rem /= dims[j]; }
            } else {
                for (int j = 0; j < k; j++) { idx[j] = rem % dims[j]; rem /= dims[j]; }
            }
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < k; j++) {
                if (j > 0) sb.append(sep);
                sb.append(levs.get(j)[idx[j]]);
            }
            levels.add(sb.toString());
        }
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            int code = 0, mult = 1;
            boolean na = false;
            if (lex) {
                for (int j = k - 1; j >= 0; j--) {
                    int[] c = codes.get(j);
                    int v = c.length == 0 ? IntVector.NA : c[i % c.length];
                    if (v == IntVector.NA) { na = true; break; }
                    code += (v - 1) * mult;
                    mult *= dims[j];
                }
            } else {
                for (int j = 0; j < k; j++) {
                    int[] c = codes.get(j);
                    int v = c.length == 0 ? IntVector.NA : c[i % c.length];
                    if (v == IntVector.NA) { na = true; break; }
                    code += (v - 1) * mult;
                    mult *= dims[j];
                }
            }
            r[i] = na ? IntVector.NA : code + 1;
        }
        String[] levArr = levels.toArray(new String[0]);
        if (drop) {
            boolean[] used = new boolean[levArr.length];
            for (int c : r) if (c != IntVector.NA) used[c - 1] = true;
            List<String> keep = new ArrayList<>();
            int[] map = new int[levArr.length];
            for (int i = 0; i < levArr.length; i++) if (used[i]) { keep.add(levArr[i]); map[i] = keep.size(); }
            for (int i = 0; i < n; i++) if (r[i] != IntVector.NA) r[i] = map[r[i] - 1];
            levArr = keep.toArray(new String[0]);
        }
        return makeFactor(r, levArr, false);
    }
}
