package org.rlambda.eval;

import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * An R error condition travelling up the Java stack after calling handlers have had their
 * turn. {@link #condition} is the R condition object (a list with message and call and a
 * class attribute).
 */
public final class RError extends ControlFlow {
    public final ListVector condition;
    /** Deparsed R call stack at the point of the error, innermost first. */
    public java.util.List<String> rStack;
    /** True once handlers have seen it (errors raised by builtins are signalled at the builtin boundary). */
    public boolean signaled;
    /** Function names on the call stack at the error, outermost first (for Rscript's "Calls:" line). */
    public java.util.List<String> callNames;
    /** True once the error has been reported as uncaught (Rscript prints it before unwinding). */
    public boolean reported;

    public RError(ListVector condition) {
        super(Conditions.message(condition));
        this.condition = condition;
    }

    public String conditionMessage() { return Conditions.message(condition); }

    public SEXP conditionCall() {
        SEXP c = condition.get("call");
        return c == null ? Null.NULL : c;
    }

    public String conditionClass() {
        StringVector cls = condition.classAttribute();
        return cls == null || cls.length() == 0 ? "simpleError" : cls.get(0);
    }
}
