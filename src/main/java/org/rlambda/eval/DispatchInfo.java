package org.rlambda.eval;

import org.rlambda.sexp.Environment;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/** What a method needs for NextMethod: the generic, the remaining classes, the object. */
public final class DispatchInfo {
    public final String generic;
    /** The class vector being dispatched on; {@link #position} is the index of the current method's class. */
    public final StringVector classes;
    public final int position;
    public final SEXP object;
    public final Environment callEnv;
    public final Environment defEnv;
    /** Name of the method that was called (for .Method/NextMethod). */
    public final String method;

    public DispatchInfo(String generic, StringVector classes, int position, SEXP object,
                        Environment callEnv, Environment defEnv, String method) {
        this.generic = generic;
        this.classes = classes;
        this.position = position;
        this.object = object;
        this.callEnv = callEnv;
        this.defEnv = defEnv;
        this.method = method;
    }
}
