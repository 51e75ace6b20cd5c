package org.rlambda.eval;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.SEXP;

/** One closure call on R's call stack (what sys.call, sys.function and parent.frame see). */
public final class Context {
    public final Context parent;
    public final Call call;
    public final SEXP function;
    /** The function's evaluation frame. */
    public final Environment cloenv;
    /** The environment the call was evaluated in (parent.frame()). */
    public final Environment callerEnv;
    /** The supplied arguments (promises) and their names, for match.call and NextMethod. */
    public final SEXP[] suppliedArgs;
    public final String[] suppliedNames;
    public final int depth;
    List<SEXP> onExit;
    /** S3 dispatch state for NextMethod, or null. */
    public DispatchInfo dispatch;

    Context(Context parent, Call call, SEXP function, Environment cloenv, Environment callerEnv,
            SEXP[] suppliedArgs, String[] suppliedNames) {
        this.parent = parent;
        this.call = call;
        this.function = function;
        this.cloenv = cloenv;
        this.callerEnv = callerEnv;
        this.suppliedArgs = suppliedArgs;
        this.suppliedNames = suppliedNames;
        this.depth = parent == null ? 1 : parent.depth + 1;
    }

    public void addOnExit(SEXP expr, boolean add, boolean after) {
        if (!add || onExit == null) onExit = new ArrayList<>();
        if (expr == null) return;
        if (after) onExit.add(expr); else onExit.add(0, expr);
    }

    public void clearOnExit() { onExit = null; }

    /** The expressions registered with on.exit, in the order they will run (null when none). */
    public List<SEXP> onExitExpressions() { return onExit == null ? null : java.util.Collections.unmodifiableList(onExit); }
}
