package org.rlambda.stats;

import org.rlambda.eval.Builtins;

/** The noncentral and the remaining special distributions' kernels (see DistributionBuiltins). */
final class NoncentralBuiltins {
    private NoncentralBuiltins() { }

    static void register(Builtins b) {
    }
}
