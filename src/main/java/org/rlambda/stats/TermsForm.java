package org.rlambda.stats;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.parse.Deparser;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.PairList;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * The kernels behind terms.formula and update.formula (formula.R): a model formula expanded
 * into terms coded as bit sets over the model's variables. Follows the algorithm of GNU R's
 * termsform/updateform in src/library/stats/src/model.c (variables in order of appearance,
 * terms sorted by order, the "factors" codes of Statistical Models in S p. 38).
 */
public final class TermsForm {
    private static final Symbol TILDE = Symbol.get("~"), PLUS = Symbol.get("+"), MINUS = Symbol.get("-"),
            TIMES = Symbol.get("*"), SLASH = Symbol.get("/"), COLON = Symbol.get(":"), POWER = Symbol.get("^"),
            DOT = Symbol.get("."), PAREN = Symbol.get("("), IN = Symbol.get("%in%");

    private final Interpreter in;
    private final Call call;
    private final List<SEXP> vars = new ArrayList<>();
    private List<String> frameNames;
    private boolean haveDot, intercept = true, parity = true, response;

    private TermsForm(Interpreter in, Call call) {
        this.in = in;
        this.call = call;
    }

    public static void register(Builtins b) {
        b.add(".rlambda_termsform", "x, specials, data, keep.order, allowDotAsName",
                (in, call, a, rho) -> new TermsForm(in, call).terms(a[0], a[1], a[2], truth(a[3]), truth(a[4])));
        b.add(".rlambda_updateform", "old, new", (in, call, a, rho) -> new TermsForm(in, call).update(a[0], a[1]));
    }

    private static boolean truth(SEXP x) {
        if (x instanceof LogicalVector && x.length() > 0) {
            int v = ((LogicalVector) x).get(0);
            return v != LogicalVector.NA && v != 0;
        }
        if (x instanceof DoubleVector && x.length() > 0) return ((DoubleVector) x).get(0) != 0;
        if (x instanceof IntVector && x.length() > 0) return ((IntVector) x).get(0) == 1;
        return false;
    }

    // ------------------------------------------------------------------ helpers on language objects

    private static boolean isNumber(SEXP x) {
        return (x instanceof DoubleVector || x instanceof IntVector)
                && x.length() >= 1 && !x.isObject();
    }

    private static double number(SEXP x) {
        if (x instanceof DoubleVector) return ((DoubleVector) x).get(0);
        int v = ((IntVector) x).get(0);
        return v == IntVector.NA ? Double.NaN : v;
    }

    private static boolean isZero(SEXP x) { return isNumber(x) && number(x) == 0.0; }

    private static boolean isOne(SEXP x) { return isNumber(x) && number(x) == 1.0; }

    private static boolean isCallOf(SEXP x, Symbol op) { return x instanceof Call && ((Call) x).function == op; }

    private static SEXP arg(SEXP x, int i) { return ((Call) x).arg(i); }

    private static int nargs(SEXP x) { return ((Call) x).argCount(); }

    /** Deep copy of a language object without its attributes. */
    static SEXP copy(SEXP x) {
        if (!(x instanceof Call)) return x;
        Call c = (Call) x;
        SEXP[] a = new SEXP[c.argCount()];
        for (int i = 0; i < a.length; i++) a[i] = copy(c.arg(i));
        return new Call(copy(c.function), a, c.namesOrNull() == null ? null : c.namesOrNull().clone());
    }

    private static Call withArgs(Call c, SEXP... args) {
        return new Call(c.function, args, c.namesOrNull() == null ? null : c.namesOrNull().clone());
    }

    /** MatchVar: structural equality of two variables. */
    static boolean same(SEXP a, SEXP b) {
        if (a == b) return true;
        if (a instanceof Call && b instanceof Call) {
            Call x = (Call) a, y = (Call) b;
            if (x.argCount() != y.argCount() || !same(x.function, y.function)) return false;
            for (int i = 0; i < x.argCount(); i++) {
                if (!x.argName(i).equals(y.argName(i)) || !same(x.arg(i), y.arg(i))) return false;
            }
            return true;
        }
        if (a instanceof Symbol || b instanceof Symbol) return false;
        if (isNumber(a) && isNumber(b)) return number(a) == number(b);
        if (a instanceof StringVector && b instanceof StringVector && a.length() > 0 && b.length() > 0)
            return ((StringVector) a).get(0).equals(((StringVector) b).get(0));
        return a == Null.NULL && b == Null.NULL;
    }

    private static String deparse1(SEXP x) {
        return String.join("", Deparser.deparse(x, 500));
    }

    // ------------------------------------------------------------------ step 1: the variables

    private int installVar(SEXP v) {
        if (!(v instanceof Symbol) && !(v instanceof Call) && !(isZero(v) || isOne(v)))
            throw in.errorInCurrentCall("invalid term in model formula");
        for (int i = 0; i < vars.size(); i++) if (same(v, vars.get(i))) return i;
        vars.add(v);
        return vars.size() - 1;
    }

    private void extractVars(SEXP f) {
        if (f == Null.NULL || isZero(f) || isOne(f)) return;
        if (f instanceof Symbol) {
            if (f == DOT) haveDot = true;
            if (haveDot && frameNames != null) {
                for (String n : frameNames) {
                    Symbol s = Symbol.get(n);
                    if (vars.isEmpty() || !same(s, vars.get(0))) installVar(s);
                }
            } else {
                installVar(f);
            }
            return;
        }
        if (f instanceof Call) {
            Call c = (Call) f;
            SEXP op = c.function;
            if (op == TILDE) {
                if (response) throw in.errorInCurrentCall("invalid model formula");
                if (c.argCount() == 1) {
                    extractVars(c.arg(0));
                } else {
                    response = true;
                    installVar(c.arg(0));
                    extractVars(c.arg(1));
                }
                return;
            }
            if (op == POWER) {
                if (!isNumber(c.arg(1))) throw in.errorInCurrentCall("invalid power in formula");
                extractVars(c.arg(0));
                return;
            }
            if (op == PLUS || op == COLON || op == TIMES || op == IN || op == SLASH || op == MINUS || op == PAREN) {
                for (SEXP a : c.args()) extractVars(a);
                return;
            }
            installVar(f);
            return;
        }
        throw in.errorInCurrentCall("invalid model formula in ExtractVars");
    }

    // ------------------------------------------------------------------ step 2: the terms

    private BitSet bit(SEXP v) {
        BitSet b = new BitSet();
        b.set(installVar(v));
        return b;
    }

    private static List<BitSet> trimRepeats(List<BitSet> list) {
        List<BitSet> out = new ArrayList<>();
        for (BitSet t : list) if (!t.isEmpty() && !out.contains(t)) out.add(t);
        return out;
    }

    private static BitSet or(BitSet a, BitSet b) {
        BitSet r = (BitSet) a.clone();
        r.or(b);
        return r;
    }

    private static List<BitSet> interact(List<BitSet> l, List<BitSet> r) {
        List<BitSet> out = new ArrayList<>();
        for (BitSet x : l) for (BitSet y : r) out.add(or(x, y));
        return out;
    }

    private List<BitSet> encode(SEXP f) {
        List<BitSet> none = new ArrayList<>();
        if (f == Null.NULL) return none;
        if (isOne(f)) {
            intercept = parity;
            return none;
        }
        if (isZero(f)) {
            intercept = !parity;
            return none;
        }
        if (f instanceof Symbol) {
            if (f == DOT && frameNames != null) {
                for (int i = 0; i < frameNames.size(); i++) {
                    for (int j = 0; j < i; j++) {
                        if (frameNames.get(i).equals(frameNames.get(j)))
                            throw in.errorInCurrentCall("duplicated name '" + frameNames.get(i) + "' in data frame using '.'");
                    }
                    none.add(bit(Symbol.get(frameNames.get(i))));
                }
                return none;
            }
            none.add(bit(f));
            return none;
        }
        if (f instanceof Call) {
            Call c = (Call) f;
            SEXP op = c.function;
            if (op == TILDE) return encode(c.arg(c.argCount() - 1));
            if (op == PLUS) {
                if (c.argCount() == 1) return encode(c.arg(0));
                List<BitSet> l = encode(c.arg(0));
                l.addAll(encode(c.arg(1)));
                return trimRepeats(l);
            }
            if (op == COLON) return trimRepeats(interact(encode(c.arg(0)), encode(c.arg(1))));
            if (op == TIMES) {
                List<BitSet> l = encode(c.arg(0)), r = encode(c.arg(1));
                List<BitSet> all = new ArrayList<>(l);
                all.addAll(r);
                all.addAll(interact(l, r));
                return trimRepeats(all);
            }
            if (op == IN || op == SLASH) {
                List<BitSet> l = encode(c.arg(0)), r = encode(c.arg(1));
                // %in%: each left term with all of the right; /: each right term with all of the left
                List<BitSet> inner = op == IN ? l : r, outer = op == IN ? r : l;
                BitSet all = new BitSet();
                for (BitSet t : outer) all.or(t);
                List<BitSet> nested = new ArrayList<>();
                for (BitSet t : inner) nested.add(or(t, all));
                if (op == IN) return trimRepeats(nested);
                List<BitSet> res = new ArrayList<>(l);
                res.addAll(nested);
                return trimRepeats(res);
            }
            if (op == POWER) {
                SEXP p = c.arg(1);
                int ip = isNumber(p) && !Double.isNaN(number(p)) ? (int) number(p) : IntVector.NA;
                if (ip == IntVector.NA || ip <= 1) throw in.errorInCurrentCall("invalid power in formula");
                List<BitSet> l = encode(c.arg(0)), r = l, term = l;
                for (int i = 1; i < ip; i++) {
                    term = interact(l, r);
                    r = trimRepeats(term);
                }
                return r;
            }
            if (op == MINUS) {
                SEXP left = c.argCount() == 1 ? Null.NULL : c.arg(0), right = c.arg(c.argCount() - 1);
                List<BitSet> l = encode(left);
                parity = !parity;
                List<BitSet> r = encode(right);
                parity = !parity;
                for (BitSet t : r) {
                    if (t.isEmpty()) intercept = false;
                    l.removeIf(t::equals);
                }
                return l;
            }
            if (op == PAREN) return encode(c.arg(0));
            none.add(bit(f));
            return none;
        }
        throw in.errorInCurrentCall("invalid model formula in EncodeVars");
    }

    // ------------------------------------------------------------------ dots

    private static boolean isOp(SEXP op, Symbol... ops) {
        for (Symbol s : ops) if (op == s) return true;
        return false;
    }

    /** The rhs of a formula with '.' replaced by value, parenthesised where precedence needs it. */
    private SEXP expandDots(SEXP object, SEXP value) {
        if (object instanceof Symbol) return object == DOT ? copy(value) : object;
        if (!(object instanceof Call)) return object;
        Call c = (Call) object;
        SEXP op = value instanceof Call ? ((Call) value).function : null;
        SEXP f = c.function;
        int n = c.argCount();
        if (f == PLUS) {
            if (n < 1 || n > 2) throw in.errorInCurrentCall("invalid formula in 'update'");
            SEXP[] a = new SEXP[n];
            for (int i = 0; i < n; i++) a[i] = expandDots(c.arg(i), value);
            return withArgs(c, a);
        }
        Symbol[] leftWrap, rightWrap = {PLUS, MINUS};
        if (f == MINUS) {
            if (n < 1 || n > 2) throw in.errorInCurrentCall("invalid formula in 'update'");
            leftWrap = rightWrap;
        } else if (f == TIMES || f == SLASH) {
            if (n != 2) throw in.errorInCurrentCall("invalid formula in 'update'");
            leftWrap = rightWrap;
        } else if (f == COLON) {
            if (n != 2) throw in.errorInCurrentCall("invalid formula in 'update'");
            leftWrap = new Symbol[] {PLUS, MINUS, TIMES, SLASH};
        } else if (f == POWER) {
            if (n != 2) throw in.errorInCurrentCall("invalid formula in 'update'");
            leftWrap = new Symbol[] {PLUS, MINUS, TIMES, SLASH, COLON};
        } else {
            SEXP[] a = new SEXP[n];
            for (int i = 0; i < n; i++) a[i] = expandDots(c.arg(i), value);
            return new Call(expandDots(c.function, value), a, c.namesOrNull() == null ? null : c.namesOrNull().clone());
        }
        SEXP[] a = new SEXP[n];
        for (int i = 0; i < n; i++) {
            Symbol[] wrap = i == 0 ? leftWrap : rightWrap;
            SEXP e = expandDots(c.arg(i), value);
            a[i] = c.arg(i) == DOT && op != null && isOp(op, wrap) ? new Call(PAREN, e) : e;
        }
        return withArgs(c, a);
    }

    private SEXP update(SEXP old, SEXP nu) {
        if (!(old instanceof Call) || !(nu instanceof Call) || ((Call) nu).function != TILDE)
            throw in.errorInCurrentCall("formula expected");
        Call n = (Call) copy(nu);
        Call o = (Call) old;
        Call r;
        if (o.argCount() == 2) {
            SEXP lhs = o.arg(0), rhs = o.arg(1);
            SEXP nl = n.argCount() == 1 ? lhs : n.arg(0), nr = n.arg(n.argCount() - 1);
            r = new Call(TILDE, expandDots(nl, lhs), expandDots(nr, rhs));
        } else {
            SEXP rhs = o.arg(0);
            r = n.argCount() == 2 ? new Call(TILDE, n.arg(0), expandDots(n.arg(1), rhs))
                    : new Call(TILDE, expandDots(n.arg(0), rhs));
        }
        SEXP env = old.getAttribute(".Environment");
        if (env != null) r.setAttributeRaw(".Environment", env);
        return r;
    }

    // ------------------------------------------------------------------ termsform

    private SEXP terms(SEXP x, SEXP specials, SEXP data, boolean keepOrder, boolean allowDot) {
        if (!(x instanceof Call) || ((Call) x).function != TILDE || (x.length() != 2 && x.length() != 3))
            throw in.errorInCurrentCall("argument is not a valid model");
        if (specials != Null.NULL && specials.length() > 0 && !(specials instanceof StringVector))
            throw in.errorInCurrentCall("'specials' must be NULL or a character vector");
        if (data == Null.NULL || data instanceof Environment) {
            frameNames = null;
        } else if (data instanceof ListVector && data.inherits("data.frame")) {
            frameNames = new ArrayList<>();
            SEXP nm = data.getAttribute("names");
            if (nm instanceof StringVector) for (String s : ((StringVector) nm).values()) frameNames.add(s);
        } else {
            throw in.errorInCurrentCall("'data' argument is of the wrong type");
        }
        boolean hadFrameNames = frameNames != null && !frameNames.isEmpty();
        Call formula = (Call) x;
        if (frameNames != null && formula.argCount() == 2) removeLhsNames(formula.arg(0));

        extractVars(formula);
        int nvar = vars.size();
        List<BitSet> terms = encode(formula);
        String[] varnames = new String[nvar];
        for (int i = 0; i < nvar; i++) varnames[i] = deparse1(vars.get(i));

        // offsets are variables but not terms
        List<Integer> offsets = new ArrayList<>();
        for (int l = response ? 1 : 0; l < nvar; l++) if (varnames[l].startsWith("offset(")) offsets.add(l);
        if (!offsets.isEmpty()) terms.removeIf(t -> {
            for (int o : offsets) if (t.get(o)) return true;
            return false;
        });
        int nterm = terms.size();
        int[] ord = new int[nterm];
        if (keepOrder) {
            for (int i = 0; i < nterm; i++) ord[i] = terms.get(i).cardinality();
        } else {
            int max = 0;
            for (BitSet t : terms) max = Math.max(max, t.cardinality());
            List<BitSet> sorted = new ArrayList<>();
            int m = 0;
            for (int k = 0; k <= max; k++) {
                for (BitSet t : terms) {
                    if (t.cardinality() == k) {
                        sorted.add(t);
                        ord[m++] = k;
                    }
                }
            }
            terms = sorted;
        }

        SEXP ans = copy(formula);
        Call vcall = new Call(Symbol.get("list"), vars.stream().map(TermsForm::copy).toArray(SEXP[]::new), null);
        ans.setAttributeRaw("variables", vcall);
        if (!offsets.isEmpty()) ans.setAttributeRaw("offset", new IntVector(offsets.stream().mapToInt(i -> i + 1).toArray()));

        String[] labels = new String[nterm];
        for (int j = 0; j < nterm; j++) {
            StringBuilder sb = new StringBuilder();
            BitSet t = terms.get(j);
            for (int i = t.nextSetBit(0); i >= 0; i = t.nextSetBit(i + 1)) {
                if (sb.length() > 0) sb.append(':');
                sb.append(varnames[i]);
            }
            labels[j] = sb.toString();
        }
        if (nterm > 0) {
            int[] pattern = new int[nvar * nterm];
            for (int j = 0; j < nterm; j++) {
                BitSet t = terms.get(j);
                for (int i = t.nextSetBit(0); i >= 0; i = t.nextSetBit(i + 1)) pattern[i + j * nvar] = termCode(terms, j, i);
            }
            IntVector f = new IntVector(pattern);
            f.setAttributeRaw("dim", new IntVector(new int[] {nvar, nterm}));
            f.setAttributeRaw("dimnames", ListVector.of(new StringVector(varnames.clone()), new StringVector(labels.clone())));
            ans.setAttributeRaw("factors", f);
        } else {
            ans.setAttributeRaw("factors", IntVector.EMPTY);
        }
        ans.setAttributeRaw("term.labels", new StringVector(labels));
        if (specials != Null.NULL) {
            StringVector sp = (StringVector) specials;
            SEXP[] which = new SEXP[sp.length()];
            for (int s = 0; s < sp.length(); s++) {
                String prefix = sp.get(s) + "(";
                List<Integer> hits = new ArrayList<>();
                for (int l = 0; l < nvar; l++) if (varnames[l].startsWith(prefix)) hits.add(l + 1);
                which[s] = hits.isEmpty() ? Null.NULL : new IntVector(hits.stream().mapToInt(Integer::intValue).toArray());
            }
            ans.setAttributeRaw("specials", new PairList(sp.values().clone(), which));
        }
        if (haveDot) {
            if (frameNames != null && !frameNames.isEmpty()) {
                SEXP rhs = Symbol.get(frameNames.get(0));
                for (int i = 1; i < frameNames.size(); i++) rhs = new Call(PLUS, rhs, Symbol.get(frameNames.get(i)));
                Call a = (Call) ans;
                SEXP[] args = a.args().clone();
                args[args.length - 1] = expandDots(args[args.length - 1], rhs);
                Call replaced = new Call(TILDE, args, null);
                replaced.setAttributes(a.attributes());
                ans = replaced;
            } else if (!allowDot && !hadFrameNames) {
                throw in.errorInCurrentCall("'.' in formula and no 'data' argument");
            }
        }
        ans.setAttributeRaw("order", new IntVector(ord));
        ans.setAttributeRaw("intercept", IntVector.of(intercept ? 1 : 0));
        ans.setAttributeRaw("response", IntVector.of(response ? 1 : 0));
        ans.setAttributeRaw("class", StringVector.of("terms", "formula"));
        return ans;
    }

    /** With '.' on the rhs, data frame columns named on the lhs are not model terms (CheckRHS). */
    private void removeLhsNames(SEXP v) {
        if (v instanceof Call) {
            Call c = (Call) v;
            removeLhsNames(c.function);
            for (SEXP a : c.args()) removeLhsNames(a);
        } else if (v instanceof Symbol) {
            frameNames.removeIf(((Symbol) v).name::equals);
        }
    }

    /** 1 when the term without variable i is among the earlier terms (or empty): coded by contrasts. */
    private static int termCode(List<BitSet> terms, int j, int i) {
        BitSet t = (BitSet) terms.get(j).clone();
        t.clear(i);
        if (t.isEmpty()) return 1;
        for (int k = 0; k < j; k++) {
            BitSet rest = (BitSet) t.clone();
            rest.andNot(terms.get(k));
            if (rest.isEmpty()) return 1;
        }
        return 2;
    }
}
