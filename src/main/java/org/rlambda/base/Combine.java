package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.ExpressionVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * {@code c()}: concatenation with type promotion (NULL < raw < logical < integer < double <
 * complex < character < list < expression), optional recursive flattening of lists, and GNU R's
 * rules for building names from argument tags and element names ({@code a.b}, {@code a1}, {@code a2}).
 * The same engine serves any flattening of lists into one vector.
 */
public final class Combine {
    private Combine() { }

    public static void register(Builtins b) {
        b.addGeneric("c", (in, call, args, names, rho) -> {
            boolean recursive = false, useNames = true;
            List<SEXP> vals = new ArrayList<>(args.length);
            List<String> tags = new ArrayList<>(args.length);
            for (int i = 0; i < args.length; i++) {
                String nm = names == null || names[i] == null ? "" : names[i];
                if (nm.equals("recursive")) { recursive = Scalars.flag(in, call, args[i]); continue; }
                if (nm.equals("use.names")) { useNames = Scalars.flag(in, call, args[i]); continue; }
                if (args[i] == org.rlambda.sexp.Symbol.MISSING_ARG) continue;
                vals.add(args[i]);
                tags.add(nm);
            }
            return combine(vals.toArray(new SEXP[0]), tags.toArray(new String[0]), recursive, useNames);
        });
    }

    /** Concatenates {@code values} (with argument tags, "" when untagged) as {@code c()} does. */
    public static SEXP combine(SEXP[] values, String[] tags, boolean recursive, boolean useNames) {
        Scan scan = new Scan(recursive);
        for (int i = 0; i < values.length; i++) {
            scan.visit(values[i]);
            if (tags != null && !tags[i].isEmpty()) scan.hasNames = true;
        }
        if (scan.rank == 0) return Null.NULL;
        SexpType type = typeOfRank(scan.rank);
        boolean flatten = recursive || (type != SexpType.LIST && type != SexpType.EXPRESSION);
        Vector result;
        if (flatten && type != SexpType.LIST && type != SexpType.EXPRESSION) {
            result = fillAtomic(values, type, scan.length);
        } else {
            List<SEXP> out = new ArrayList<>(scan.length);
            for (SEXP v : values) collectElements(v, recursive, out);
            SEXP[] arr = out.toArray(new SEXP[0]);
            result = type == SexpType.EXPRESSION ? new ExpressionVector(arr) : new ListVector(arr);
        }
        if (useNames && scan.hasNames && result.length() > 0) {
            Namer namer = new Namer(result.length(), recursive);
            for (int i = 0; i < values.length; i++) {
                namer.top(values[i], tags == null ? "" : tags[i]);
            }
            result.setAttributeRaw("names", new StringVector(namer.names));
        }
        return result;
    }

    static SexpType typeOfRank(int rank) {
        switch (rank) {
            case 1: return SexpType.RAW;
            case 2: return SexpType.LOGICAL;
            case 3: return SexpType.INTEGER;
            case 4: return SexpType.DOUBLE;
            case 5: return SexpType.COMPLEX;
            case 6: return SexpType.CHARACTER;
            case 7: return SexpType.LIST;
            default: return SexpType.EXPRESSION;
        }
    }

    /** First pass: result type (as a rank), length, and whether any names occur. */
    private static final class Scan {
        final boolean recursive;
        int rank;
        int length;
        boolean hasNames;

        Scan(boolean recursive) { this.recursive = recursive; }

        void visit(SEXP v) {
            if (v == Null.NULL) return;
            if (v instanceof Vector && ((Vector) v).names() != null) hasNames = true;
            if (v instanceof ListVector) {
                ListVector l = (ListVector) v;
                if (recursive) {
                    if (v instanceof ExpressionVector) rank = Math.max(rank, 8);
                    for (int i = 0; i < l.length(); i++) visit(l.get(i));
                } else {
                    rank = Math.max(rank, v instanceof ExpressionVector ? 8 : 7);
                    length += l.length();
                }
                return;
            }
            if (v instanceof PairList) {
                PairList p = (PairList) v;
                for (int i = 0; i < p.length(); i++) if (!p.tag(i).isEmpty()) hasNames = true;
                if (recursive) {
                    for (int i = 0; i < p.length(); i++) visit(p.value(i));
                } else {
                    rank = Math.max(rank, 7);
                    length += p.length();
                }
                return;
            }
            if (v instanceof Vector) {
                rank = Math.max(rank, Coerce.rank(v.type()));
                length += v.length();
                return;
            }
            rank = Math.max(rank, 7);
            length += 1;
        }
    }

    private static Vector fillAtomic(SEXP[] values, SexpType type, int n) {
        Vector result = Coerce.emptyOf(type).resized(n);
        int[] pos = {0};
        for (SEXP v : values) fillLeaves(v, type, result, pos);
        return result;
    }

    private static void fillLeaves(SEXP v, SexpType type, Vector result, int[] pos) {
        if (v == Null.NULL) return;
        if (v instanceof ListVector) {
            ListVector l = (ListVector) v;
            for (int i = 0; i < l.length(); i++) fillLeaves(l.get(i), type, result, pos);
            return;
        }
        if (v instanceof PairList) {
            PairList p = (PairList) v;
            for (int i = 0; i < p.length(); i++) fillLeaves(p.value(i), type, result, pos);
            return;
        }
        Vector src = (Vector) v;
        int m = src.length();
        if (m == 0) return;
        copyInto(src, type, result, pos[0]);
        pos[0] += m;
    }

    /** Copies {@code src}, coerced to {@code type}, into {@code dst} at {@code at}; fast paths avoid per-element coercion. */
    static void copyInto(Vector src, SexpType type, Vector dst, int at) {
        int m = src.length();
        switch (type) {
            case LOGICAL:
                if (src instanceof LogicalVector) {
                    System.arraycopy(((LogicalVector) src).values(), 0, ((LogicalVector) dst).values(), at, m);
                    return;
                }
                break;
            case INTEGER: {
                int[] d = ((IntVector) dst).values();
                if (src instanceof IntVector) {
                    IntVector s = (IntVector) src;
                    if (s.isCompact()) for (int i = 0; i < m; i++) d[at + i] = s.get(i);
                    else System.arraycopy(s.values(), 0, d, at, m);
                    return;
                }
                if (src instanceof LogicalVector) {
                    System.arraycopy(((LogicalVector) src).values(), 0, d, at, m);
                    return;
                }
                break;
            }
            case DOUBLE: {
                double[] d = ((DoubleVector) dst).values();
                if (src instanceof DoubleVector) {
                    System.arraycopy(((DoubleVector) src).values(), 0, d, at, m);
                    return;
                }
                if (src instanceof IntVector || src instanceof LogicalVector) {
                    for (int i = 0; i < m; i++) {
                        int x = src instanceof IntVector ? ((IntVector) src).get(i) : ((LogicalVector) src).get(i);
                        d[at + i] = x == IntVector.NA ? DoubleVector.NA : x;
                    }
                    return;
                }
                break;
            }
            case CHARACTER:
                if (src instanceof StringVector) {
                    System.arraycopy(((StringVector) src).values(), 0, ((StringVector) dst).values(), at, m);
                    return;
                }
                break;
            default:
                break;
        }
        Vector c = Coerce.coerce(src, type, null);
        for (int i = 0; i < m; i++) dst.setFrom(at + i, c, i);
    }

    private static void collectElements(SEXP v, boolean recursive, List<SEXP> out) {
        if (v == Null.NULL) return;
        if (v instanceof ListVector) {
            ListVector l = (ListVector) v;
            for (int i = 0; i < l.length(); i++) {
                SEXP e = l.get(i);
                if (recursive) collectElements(e, true, out);
                else { e.markShared(); out.add(e); }
            }
            return;
        }
        if (v instanceof PairList) {
            PairList p = (PairList) v;
            for (int i = 0; i < p.length(); i++) {
                SEXP e = p.value(i);
                if (recursive) collectElements(e, true, out);
                else { e.markShared(); out.add(e); }
            }
            return;
        }
        if (v instanceof Vector) {
            Vector a = (Vector) v;
            for (int i = 0; i < a.length(); i++) out.add(a.element(i));
            return;
        }
        v.markShared();
        out.add(v);
    }

    /**
     * Builds result names. Each tagged argument (or tagged list element, when recursing) opens a
     * scope whose base is the tag (nested: {@code base.tag}). Within a scope every leaf advances a
     * sequence number; a leaf with its own name becomes {@code base.name}, one without becomes
     * {@code base<seq>}, unless it is the only name the scope gives, which is then just {@code base}.
     */
    private static final class Namer {
        final String[] names;
        final boolean recursive;
        int pos;
        int seqno;
        int count;
        int firstpos = -1;

        Namer(int n, boolean recursive) {
            names = new String[n];
            java.util.Arrays.fill(names, "");
            this.recursive = recursive;
        }

        void top(SEXP v, String tag) {
            seqno = 0;
            count = 0;
            firstpos = -1;
            extract(v, "", tag.isEmpty() ? null : tag);
        }

        private void extract(SEXP v, String base, String tag) {
            int saveSeq = 0, saveCount = 0, saveFirst = 0;
            if (tag != null) {
                base = newBase(base, tag);
                saveFirst = firstpos;
                saveSeq = seqno;
                saveCount = count;
                count = 0;
                seqno = 0;
                firstpos = -1;
            }
            if (v == Null.NULL) {
                // contributes nothing
            } else if (v instanceof ListVector) {
                ListVector l = (ListVector) v;
                StringVector nm = l.names();
                for (int i = 0; i < l.length(); i++) {
                    String t = itemName(nm, i);
                    if (recursive) extract(l.get(i), base, t);
                    else name(base, t);
                }
            } else if (v instanceof PairList) {
                PairList p = (PairList) v;
                for (int i = 0; i < p.length(); i++) {
                    String t = p.tag(i).isEmpty() ? null : p.tag(i);
                    if (recursive) extract(p.value(i), base, t);
                    else name(base, t);
                }
            } else if (v instanceof Vector) {
                Vector a = (Vector) v;
                StringVector nm = a.names();
                for (int i = 0; i < a.length(); i++) name(base, itemName(nm, i));
            } else {
                name(base, null);
            }
            if (tag != null) {
                if (firstpos >= 0 && count == 1) names[firstpos] = base;
                firstpos = saveFirst;
                count = saveCount;
            }
            seqno += saveSeq;
        }

        private static String itemName(StringVector nm, int i) {
            if (nm == null) return null;
            String s = nm.get(i);
            return s != StringVector.NA && s.isEmpty() ? null : s;
        }

        private void name(String base, String tag) {
            seqno++;
            String n;
            if (!base.isEmpty() && tag != null) n = base + "." + str(tag);
            else if (!base.isEmpty()) {
                n = base + seqno;
                if (firstpos < 0) firstpos = pos;
            } else if (tag != null) n = tag;
            else n = "";
            count++;
            names[pos++] = n;
        }

        private static String str(String s) { return s == StringVector.NA ? "NA" : s; }

        private static String newBase(String base, String tag) {
            if (!base.isEmpty() && tag != null) return base + "." + str(tag);
            if (!base.isEmpty()) return base;
            return tag == null ? "" : str(tag);
        }
    }

    /** Builds a length-n vector of the given atomic type from raw values (used by callers that assemble results). */
    static Vector allocate(SexpType t, int n) {
        switch (t) {
            case LOGICAL: return new LogicalVector(n);
            case INTEGER: return new IntVector(n);
            case DOUBLE: return new DoubleVector(n);
            case COMPLEX: return new ComplexVector(n);
            case CHARACTER: return new StringVector(n);
            case RAW: return new RawVector(new byte[n]);
            case EXPRESSION: return new ExpressionVector(new ListVector(n).values());
            default: return new ListVector(n);
        }
    }
}
