package org.rlambda.serialize;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * The ALTREP form a value had when it was read (a deferred string conversion, a wrapper, a
 * compact real sequence), so that serializing it again — unmodified — writes the ALTREP object
 * GNU R would write, not its expansion. A value that has been changed since is written plainly.
 */
final class AltrepOrigins {
    private AltrepOrigins() { }

    static final class Origin {
        final String cls;
        final String pkg;
        final int type;
        /** The serialized state: a dotted pair (car, cdr) when {@code dotted}, else {@code car} alone. */
        final SEXP car;
        final SEXP cdr;
        final boolean dotted;
        private final Object snapshot;

        Origin(String cls, String pkg, int type, SEXP car, SEXP cdr, boolean dotted, SEXP value) {
            this.cls = cls;
            this.pkg = pkg;
            this.type = type;
            this.car = car;
            this.cdr = cdr;
            this.dotted = dotted;
            this.snapshot = data(value);
        }

        boolean unchanged(SEXP value) {
            Object now = data(value);
            if (now instanceof int[]) return snapshot instanceof int[] && Arrays.equals((int[]) now, (int[]) snapshot);
            if (now instanceof double[]) return snapshot instanceof double[] && Arrays.equals((double[]) now, (double[]) snapshot);
            if (now instanceof Object[]) return snapshot instanceof Object[] && Arrays.equals((Object[]) now, (Object[]) snapshot);
            if (now instanceof byte[]) return snapshot instanceof byte[] && Arrays.equals((byte[]) now, (byte[]) snapshot);
            return false;
        }
    }

    private static Object data(SEXP v) {
        if (v instanceof IntVector) return ((IntVector) v).toIntArray();
        if (v instanceof LogicalVector) return ((LogicalVector) v).values().clone();
        if (v instanceof DoubleVector) return ((DoubleVector) v).values().clone();
        if (v instanceof StringVector) return ((StringVector) v).values().clone();
        if (v instanceof ListVector) return ((ListVector) v).values().clone();
        if (v instanceof RawVector) return ((RawVector) v).values().clone();
        if (v instanceof ComplexVector) {
            ComplexVector c = (ComplexVector) v;
            double[] d = new double[2 * c.length()];
            for (int i = 0; i < c.length(); i++) {
                d[2 * i] = c.re(i);
                d[2 * i + 1] = c.im(i);
            }
            return d;
        }
        return null;
    }

    private static final Map<SEXP, Origin> ORIGINS = Collections.synchronizedMap(new WeakHashMap<>());

    static void record(SEXP value, Origin o) { ORIGINS.put(value, o); }

    /** The origin of {@code value} if it still holds what was read, else null. */
    static Origin of(SEXP value) {
        Origin o = ORIGINS.get(value);
        if (o == null) return null;
        if (!o.unchanged(value)) {
            ORIGINS.remove(value);
            return null;
        }
        return o;
    }
}
