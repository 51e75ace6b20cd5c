package org.rlambda.nmath.random;

/**
 * The sampling algorithms behind {@code sample.int}, with GNU R's exact order of random draws:
 * uniform sampling by swapping the drawn element with the last remaining one, and unequal
 * probabilities by a descending heap sort followed by inversion (with replacement, or Walker's
 * alias method when more than 200 probabilities are "large"), or by successive removal
 * (without replacement). Results are 1-based indices. The algorithms of GNU R's
 * src/main/random.c (do_sample) and src/main/unique.c (do_sample2, the hashed variant).
 */
public final class Sampling {
    private Sampling() { }

    /** Uniform sampling of k indices from 1..n. */
    public static int[] uniform(RandomState rng, int n, int k, boolean replace) {
        int[] y = new int[k];
        if (replace || k < 2) {
            for (int i = 0; i < k; i++) y[i] = (int) (rng.unifIndex(n) + 1);
            return y;
        }
        int[] x = new int[n];
        for (int i = 0; i < n; i++) x[i] = i;
        int remaining = n;
        for (int i = 0; i < k; i++) {
            int j = (int) rng.unifIndex(remaining);
            y[i] = x[j] + 1;
            x[j] = x[--remaining];
        }
        return y;
    }

    /** Uniform sampling for populations beyond the int range (results as doubles). */
    public static double[] uniformLarge(RandomState rng, double dn, int k, boolean replace) {
        double[] y = new double[k];
        if (replace || k < 2) {
            for (int i = 0; i < k; i++) y[i] = rng.unifIndex(dn) + 1;
            return y;
        }
        // without replacement only the touched slots of the virtual identity array are stored
        java.util.HashMap<Double, Double> moved = new java.util.HashMap<>();
        double remaining = dn;
        for (int i = 0; i < k; i++) {
            double j = rng.unifIndex(remaining);
            y[i] = moved.getOrDefault(j, j) + 1;
            remaining--;
            moved.put(j, moved.getOrDefault(remaining, remaining));
        }
        return y;
    }

    /**
     * Uniform sampling without replacement for k <= n/2 by redrawing duplicates (up to 100
     * times each), remembering drawn values in a hash set: {@code sample.int(useHash = TRUE)}.
     */
    public static double[] hashed(RandomState rng, double dn, int k) {
        double[] y = new double[k];
        java.util.HashSet<Double> seen = new java.util.HashSet<>();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < 100; j++) {
                y[i] = rng.unifIndex(dn) + 1;
                if (seen.add(y[i])) break;
            }
        }
        return y;
    }

    /** Unequal probabilities; p must already be normalised (see {@link #normalise}) and is consumed. */
    public static int[] withProbabilities(RandomState rng, double[] p, int k, boolean replace) {
        int n = p.length;
        int[] ans = new int[k];
        if (replace) {
            int large = 0;
            for (double v : p) if (n * v > 0.1) large++;
            if (large > 200) walker(rng, p, k, ans);
            else replaceByInversion(rng, p, k, ans);
        } else {
            noReplace(rng, p, k, ans);
        }
        return ans;
    }

    /**
     * Checks and normalises probabilities; returns an error message (GNU R's wording) or null.
     */
    public static String normalise(double[] p, int k, boolean replace) {
        double sum = 0.0;
        int positive = 0;
        for (double v : p) {
            if (Double.isNaN(v) || Double.isInfinite(v)) return "NA in probability vector";
            if (v < 0.0) return "negative probability";
            if (v > 0.0) {
                positive++;
                sum += v;
            }
        }
        if (positive == 0 || (!replace && k > positive)) return "too few positive probabilities";
        for (int i = 0; i < p.length; i++) p[i] /= sum;
        return null;
    }

    private static int[] identity(int n) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i + 1;
        return perm;
    }

    private static void replaceByInversion(RandomState rng, double[] p, int k, int[] ans) {
        int n = p.length;
        int[] perm = identity(n);
        sortDescending(p, perm);
        for (int i = 1; i < n; i++) p[i] += p[i - 1];
        for (int i = 0; i < k; i++) {
            double u = rng.unifRand();
            int j = 0;
            while (j < n - 1 && u > p[j]) j++;
            ans[i] = perm[j];
        }
    }

    private static void noReplace(RandomState rng, double[] p, int k, int[] ans) {
        int n = p.length;
        int[] perm = identity(n);
        sortDescending(p, perm);
        double total = 1;
        int last = n - 1;
        for (int i = 0; i < k; i++, last--) {
            double target = total * rng.unifRand();
            double mass = 0;
            int j;
            for (j = 0; j < last; j++) {
                mass += p[j];
                if (target <= mass) break;
            }
            ans[i] = perm[j];
            total -= p[j];
            System.arraycopy(p, j + 1, p, j, last - j);
            System.arraycopy(perm, j + 1, perm, j, last - j);
        }
    }

    /** Walker's alias method (Ripley 1987, Alg 3.13B) as R sets up its tables. */
    private static void walker(RandomState rng, double[] p, int k, int[] ans) {
        int n = p.length;
        double[] q = new double[n];
        int[] alias = new int[n];
        // small (q < 1) entries fill the front of hl in order, large ones the back in reverse order
        int[] hl = new int[n];
        int h = -1, l = n;
        for (int i = 0; i < n; i++) {
            q[i] = p[i] * n;
            if (q[i] < 1.) hl[++h] = i;
            else hl[--l] = i;
        }
        if (h >= 0 && l < n) {
            for (int s = 0; s < n - 1; s++) {
                int i = hl[s];
                int j = hl[l];
                alias[i] = j;
                q[j] += q[i] - 1;
                if (q[j] < 1.) l++;
                if (l >= n) break;
            }
        }
        for (int i = 0; i < n; i++) q[i] += i;
        for (int i = 0; i < k; i++) {
            double u;
            int slot;
            if (rng.sampleKind == SampleKind.ROUNDING) {
                u = rng.unifRand() * n;
                slot = (int) u;
            } else {
                slot = (int) rng.unifIndex(n);
                u = slot + rng.unifRand();
            }
            ans[i] = u < q[slot] ? slot + 1 : alias[slot] + 1;
        }
    }

    /**
     * Heap sort into descending order carrying {@code idx} along. The exact heap discipline
     * matters: it decides the order of equal probabilities, and so which element a draw picks.
     */
    static void sortDescending(double[] a, int[] idx) {
        int n = a.length;
        if (n <= 1) return;
        // 1-based heap positions: element i lives at a[i - 1]
        int l = (n >> 1) + 1;
        int ir = n;
        while (true) {
            double ra;
            int ii;
            if (l > 1) {
                l--;
                ra = a[l - 1];
                ii = idx[l - 1];
            } else {
                ra = a[ir - 1];
                ii = idx[ir - 1];
                a[ir - 1] = a[0];
                idx[ir - 1] = idx[0];
                if (--ir == 1) {
                    a[0] = ra;
                    idx[0] = ii;
                    return;
                }
            }
            // sift ra down from position l: a min-heap, so the smallest values go to the end
            int i = l;
            int j = l << 1;
            while (j <= ir) {
                if (j < ir && a[j - 1] > a[j]) j++;
                if (ra > a[j - 1]) {
                    a[i - 1] = a[j - 1];
                    idx[i - 1] = idx[j - 1];
                    i = j;
                    j += j;
                } else {
                    j = ir + 1;
                }
            }
            a[i - 1] = ra;
            idx[i - 1] = ii;
        }
    }
}
