package org.rlambda.engine;

import org.rlambda.eval.BuiltinFunction;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.Symbol;

/**
 * Notes whether R code called {@code set.seed()}: while watching, the session's base binding of
 * {@code set.seed} is a builtin of the same name that records the call and runs the shared one
 * (which keeps its arguments, errors and call frame). The RNG's state itself cannot tell a seed
 * the script chose from one drawn from the clock, and a snapshot-restoring host must know which.
 */
final class SeedWatch {
    private static final Symbol SET_SEED = Symbol.get("set.seed");
    private SEXP original;
    private boolean called;

    boolean watch(Interpreter in, boolean on) {
        if (on && original == null) {
            called = false;
            SEXP f = in.findFunction(SET_SEED, in.baseEnv);
            if (f instanceof BuiltinFunction shared) {
                original = shared;
                Builtins one = new Builtins();
                one.add("set.seed", (r, call, args, names, rho) -> {
                    called = true;
                    return r.invokeBuiltin(shared, call, args, names, rho);
                });
                in.baseEnv.putRaw(SET_SEED, one.get("set.seed"));
            }
        } else if (!on && original != null) {
            in.baseEnv.putRaw(SET_SEED, original);
            original = null;
        }
        return called;
    }
}
