package org.rlambda.nmath.random;

/**
 * A random two-way table with given row and column totals, by Patefield's (1981) algorithm
 * AS 159 as GNU R's src/library/stats/src/rcont.c runs it (for {@code r2dtable}): each cell
 * in turn from its conditional distribution, searched outwards from its conditional mean.
 */
public final class ContingencyTable {
    private ContingencyTable() { }

    /**
     * Fills {@code matrix} (column-major, nrow x ncol). {@code logFact[i]} is log(i!) for
     * i = 0..ntotal. Throws for an exp underflow (GNU R's "algorithm failure").
     */
    public static void draw(RandomState rng, int nrow, int ncol, int[] rowTotals, int[] colTotals, int ntotal,
                            double[] logFact, int[] matrix) {
        int nr1 = nrow - 1, nc1 = ncol - 1;
        int[] jwork = new int[ncol];
        System.arraycopy(colTotals, 0, jwork, 0, nc1);
        int jc = ntotal;
        int ib = 0;
        for (int l = 0; l < nr1; ++l) {
            int ia = rowTotals[l], ic = jc;
            jc -= ia;
            for (int m = 0; m < nc1; ++m) {
                int id = jwork[m], ie = ic;
                ib = ie - ia;
                int ii = ib - id;
                ic -= id;
                if (ie == 0) {
                    for (int j = m; j < nc1; ++j) matrix[l + j * nrow] = 0;
                    ia = 0;
                    break;
                }
                int nlm = cell(rng, logFact, ia, ib, ic, id, ie, ii, l, m);
                matrix[l + m * nrow] = nlm;
                ia -= nlm;
                jwork[m] -= nlm;
            }
            matrix[l + nc1 * nrow] = ia;
        }
        for (int m = 0; m < nc1; ++m) matrix[nr1 + m * nrow] = jwork[m];
        matrix[nr1 + nc1 * nrow] = ib - matrix[nr1 + (nc1 - 1) * nrow];
    }

    private static int cell(RandomState rng, double[] fact, int ia, int ib, int ic, int id, int ie, int ii, int l, int m) {
        double u = rng.unifRand();
        while (true) {
            int nlm = (int) (ia * (id / (double) ie) + 0.5);
            double x = Math.exp(fact[ia] + fact[ib] + fact[ic] + fact[id] - fact[ie] - fact[nlm]
                - fact[id - nlm] - fact[ia - nlm] - fact[ii + nlm]);
            if (x >= u) return nlm;
            if (x == 0.) throw new RandomException("rcont2 [" + l + "," + m + "]: exp underflow to 0; algorithm failure");
            double sumprb = x, y = x;
            int nll = nlm;
            boolean lsp;
            do {
                // one step up from the mean, then steps down until the upper side may move again
                double j = (id - nlm) * (double) (ia - nlm);
                lsp = nlm == ia || nlm == id;
                if (!lsp) {
                    ++nlm;
                    x *= j / ((double) nlm * (ii + nlm));
                    sumprb += x;
                    if (sumprb >= u) return nlm;
                }
                boolean lsm;
                do {
                    j = nll * (double) (ii + nll);
                    lsm = nll == 0;
                    if (!lsm) {
                        --nll;
                        y *= j / ((double) (id - nll) * (ia - nll));
                        sumprb += y;
                        if (sumprb >= u) return nll;
                        if (!lsp) break;
                    }
                } while (!lsm);
            } while (!lsp);
            u = sumprb * rng.unifRand();
        }
    }
}
