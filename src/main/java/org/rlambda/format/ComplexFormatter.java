package org.rlambda.format;

import org.rlambda.sexp.DoubleVector;

/**
 * Complex numbers as GNU R 4.2 formats them: the number is first rounded to {@code digits}
 * significant digits as a whole (the larger part decides), then real and imaginary parts get
 * separate fixed/scientific layouts, with fixed chosen for both only if it is narrower overall.
 */
public final class ComplexFormatter {
    private ComplexFormatter() {}

    private static final class Side {
        int rt = Integer.MIN_VALUE, mnl = Integer.MAX_VALUE, mxl = Integer.MIN_VALUE;
        int mxsl = Integer.MIN_VALUE, mxns = Integer.MIN_VALUE;
        boolean neg;

        void add(RealFormatter.Sci s, boolean signed) {
            int left = s.kpower() + 1;
            if (s.roundingWidens()) left--;
            int sleft = (signed && s.negative() ? 1 : 0) + (left <= 0 ? 1 : left);
            int right = s.nsig() - left;
            if (signed && s.negative()) neg = true;
            if (right > rt) rt = right;
            if (left > mxl) mxl = left;
            if (left < mnl) mnl = left;
            if (sleft > mxsl) mxsl = sleft;
            if (s.nsig() > mxns) mxns = s.nsig();
        }
    }

    public static ComplexFormat format(double[] re, double[] im, int from, int n, int digits, int nsmall,
                                       int scipen, int naWidth) {
        boolean allReZero = true, allImZero = true, naflag = false;
        boolean rnan = false, rposinf = false, rneginf = false, inan = false, iposinf = false;
        Side r = new Side(), i = new Side();
        for (int k = from; k < from + n; k++) {
            double[] t = RMath.signifComplex(re[k], im[k], digits);
            if (DoubleVector.isNA(t[0]) || DoubleVector.isNA(t[1])) { naflag = true; continue; }
            if (!Double.isFinite(t[0])) {
                if (Double.isNaN(t[0])) rnan = true; else if (t[0] > 0) rposinf = true; else rneginf = true;
            } else {
                if (re[k] != 0) allReZero = false;
                r.add(RealFormatter.scientific(t[0], digits), true);
            }
            if (!Double.isFinite(t[1])) {
                if (Double.isNaN(t[1])) inan = true; else iposinf = true;
            } else {
                if (im[k] != 0) allImZero = false;
                i.add(RealFormatter.scientific(t[1], digits), false);
            }
        }
        int wr, dr, er, wi, di, ei, wF, iwF;
        if (digits == 0) r.rt = 0;
        if (r.mxl != Integer.MIN_VALUE) {
            if (r.mxl < 0) r.mxsl = 1 + (r.neg ? 1 : 0);
            if (r.rt < 0) r.rt = 0;
            wF = r.mxsl + r.rt + (r.rt != 0 ? 1 : 0);
            er = (r.mxl > 100 || r.mnl < -99) ? 2 : 1;
            dr = r.mxns - 1;
            wr = (r.neg ? 1 : 0) + (dr > 0 ? 1 : 0) + dr + 4 + er;
        } else {
            er = 0; wr = 0; dr = 0; wF = 0;
        }
        if (digits == 0) i.rt = 0;
        if (i.mxl != Integer.MIN_VALUE) {
            if (i.mxl < 0) i.mxsl = 1;
            if (i.rt < 0) i.rt = 0;
            iwF = i.mxsl + i.rt + (i.rt != 0 ? 1 : 0);
            ei = (i.mxl > 100 || i.mnl < -99) ? 2 : 1;
            di = i.mxns - 1;
            wi = (di > 0 ? 1 : 0) + di + 4 + ei;
        } else {
            ei = 0; wi = 0; di = 0; iwF = 0;
        }
        if (allReZero) {
            er = dr = 0;
            wr = wF;
            if (iwF <= wi + scipen) {
                ei = 0;
                if (nsmall > i.rt) { i.rt = nsmall; iwF = i.mxsl + i.rt + (i.rt != 0 ? 1 : 0); }
                di = i.rt;
                wi = iwF;
            }
        } else if (allImZero) {
            if (wF <= wr + scipen) {
                er = 0;
                if (nsmall > r.rt) { r.rt = nsmall; wF = r.mxsl + r.rt + (r.rt != 0 ? 1 : 0); }
                dr = r.rt;
                wr = wF;
            }
            ei = di = 0;
            wi = iwF;
        } else if (wF + iwF < wr + wi + 2 * scipen) {
            er = 0;
            if (nsmall > r.rt) { r.rt = nsmall; wF = r.mxsl + r.rt + (r.rt != 0 ? 1 : 0); }
            dr = r.rt;
            wr = wF;
            ei = 0;
            if (nsmall > i.rt) { i.rt = nsmall; iwF = i.mxsl + i.rt + (i.rt != 0 ? 1 : 0); }
            di = i.rt;
            wi = iwF;
        }
        if (wr < 0) wr = 0;
        if (wi < 0) wi = 0;
        if (rnan && wr < 3) wr = 3;
        if (rposinf && wr < 3) wr = 3;
        if (rneginf && wr < 4) wr = 4;
        if (inan && wi < 3) wi = 3;
        if (iposinf && wi < 3) wi = 3;
        if (naflag && wr + wi + 2 < naWidth) wr += naWidth - (wr + wi + 2);
        return new ComplexFormat(wr, dr, er, wi, di, ei);
    }

    /** EncodeComplex with an explicit real-part width (print adds the gap to it). */
    public static String encode(double re, double im, int wr, ComplexFormat f, int digits, String na, String dec) {
        if (DoubleVector.isNA(re) || DoubleVector.isNA(im)) return Pad.left(na, wr + f.wi() + 2);
        if (re == 0.0) re = 0.0;
        if (im == 0.0) im = 0.0;
        double[] y = RMath.signifComplex(re, im, digits);
        String rs = RealFormatter.encode(y[0] == 0. ? y[0] : re, wr, f.dr(), f.er(), na, dec);
        boolean negIm = im < 0;
        if (negIm) im = -im;
        String is = RealFormatter.encode(y[1] == 0. ? y[1] : im, f.wi(), f.di(), f.ei(), na, dec);
        return rs + (negIm ? "-" : "+") + is + "i";
    }

    public static String encode(double re, double im, ComplexFormat f, int digits) {
        return encode(re, im, f.wr(), f, digits, "NA", ".");
    }
}
