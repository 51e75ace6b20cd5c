package org.rlambda.engine;

import org.rlambda.eval.Interpreter;
import org.rlambda.nmath.random.SessionRng;


/**
 * Notes whether R code chose a seed with {@code set.seed()} while watched: the session's
 * generator counts the seeds chosen, whatever R code set.seed is written in. The RNG's state
 * itself cannot tell a seed the script chose from one drawn from the clock.
 */
final class SeedWatch {
    private int before = -1;
    private boolean called;

    boolean watch(Interpreter in, boolean on) {
        int now = SessionRng.state(in).seedsChosen;
        if (on && before < 0) {
            called = false;
            before = now;
        } else if (!on && before >= 0) {
            called = now != before;
            before = -1;
        }
        return called;
    }
}
