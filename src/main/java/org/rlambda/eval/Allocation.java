package org.rlambda.eval;

import java.util.Locale;
import org.rlambda.sexp.SexpType;

/**
 * The memory-safe failure for absurd vector lengths. GNU R attempts the allocation and reports
 * "cannot allocate vector of size 7450.6 Gb" (no call) when it fails; Java arrays cannot exceed
 * 2^31 - 1 elements and a Lambda heap is small, so a length that cannot fit the array limit or the
 * JVM's maximum heap gets R's message before anything is allocated. Vector constructors call
 * {@link #check} with the requested length.
 */
public final class Allocation {
    private Allocation() { }

    /** R_XLEN_T_MAX: beyond this GNU R refuses the length itself. */
    private static final double R_XLEN_T_MAX = 4503599627370496.0;
    /** The largest Java array most VMs allow. */
    private static final long JAVA_ARRAY_MAX = Integer.MAX_VALUE - 8L;

    /** Bytes per element as GNU R counts them on 64-bit platforms. */
    public static int elementBytes(SexpType type) {
        switch (type) {
            case RAW: return 1;
            case LOGICAL: case INTEGER: return 4;
            case COMPLEX: return 16;
            default: return 8; // double, and pointers for character, list, expression
        }
    }

    /** Throws GNU R's error when a vector of {@code n} elements of {@code type} cannot be made; returns n as an int. */
    public static int check(Interpreter in, double n, SexpType type) {
        if (n > R_XLEN_T_MAX) throw in.errorInCurrentCall("vector size specified is too large");
        double bytes = n * elementBytes(type);
        if (n > JAVA_ARRAY_MAX || bytes > Runtime.getRuntime().maxMemory()) throw in.error(null, cannotAllocate(bytes));
        return (int) n;
    }

    /** "cannot allocate vector of size ..." with R's units: Gb and Mb to one decimal, Kb whole. */
    public static String cannotAllocate(double bytes) {
        // GNU R counts in 8-byte units, rounding up.
        double size = Math.ceil(bytes / 8) * 8;
        if (size > 1024.0 * 1024 * 1024) return String.format(Locale.ROOT, "cannot allocate vector of size %.1f Gb", size / 1024 / 1024 / 1024);
        if (size > 1024.0 * 1024) return String.format(Locale.ROOT, "cannot allocate vector of size %.1f Mb", size / 1024 / 1024);
        return String.format(Locale.ROOT, "cannot allocate vector of size %.0f Kb", size / 1024);
    }
}
