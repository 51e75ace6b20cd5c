package org.rlambda.base;

import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/** Conversions between calls/pairlists and lists (calls are indexed like lists in R). */
public final class Language {
    private Language() { }

    public static ListVector callToList(Call c) {
        int n = c.argCount() + 1;
        SEXP[] v = new SEXP[n];
        String[] nm = new String[n];
        v[0] = c.function;
        nm[0] = "";
        boolean any = false;
        for (int i = 0; i < c.argCount(); i++) {
            v[i + 1] = c.arg(i);
            nm[i + 1] = c.argName(i);
            if (!nm[i + 1].isEmpty()) any = true;
        }
        ListVector l = new ListVector(v);
        if (any) l.setAttributeRaw("names", new StringVector(nm));
        return l;
    }

    public static SEXP listToCall(Interpreter in, Call call, ListVector l) {
        if (l.length() == 0) throw in.error(call, "invalid subsetting of a call: empty result");
        SEXP[] args = new SEXP[l.length() - 1];
        String[] names = new String[args.length];
        StringVector nm = l.names();
        for (int i = 0; i < args.length; i++) {
            args[i] = l.get(i + 1);
            names[i] = nm == null ? "" : nm.get(i + 1);
        }
        return new Call(l.get(0), args, names);
    }

    public static ListVector pairlistToList(PairList p) {
        ListVector l = new ListVector(p.values().clone());
        boolean any = false;
        String[] nm = new String[p.length()];
        for (int i = 0; i < nm.length; i++) {
            nm[i] = p.tag(i);
            if (!nm[i].isEmpty()) any = true;
        }
        if (any) l.setAttributeRaw("names", new StringVector(nm));
        return l;
    }
}
