package org.rlambda.engine;

import org.rlambda.eval.Interpreter;
import org.rlambda.eval.RError;
import org.rlambda.parse.ParseException;
import org.rlambda.parse.Parser;
import org.rlambda.print.ValuePrinter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.Symbol;

/** Rscript's read-eval-print loop over a script, and top-level auto-printing. */
final class TopLevel {
    private TopLevel() { }

    static int run(REngine engine, Interpreter in, String text, String fileName, boolean fromFile) {
        Parser parser = new Parser(text, fileName);
        boolean savedReport = in.reportErrorsAtSignal;
        in.reportErrorsAtSignal = true;
        try {
            while (true) {
                SEXP e;
                try {
                    e = parser.next();
                } catch (ParseException pe) {
                    in.out.flush();
                    if (pe.call() instanceof org.rlambda.sexp.Call) {
                        in.err.print(in.conditions().formatError(org.rlambda.eval.Conditions.make(pe.getMessage(), pe.call(),
                                "simpleError", "error", "condition")));
                    } else {
                        in.err.print("Error: " + pe.getMessage() + "\n");
                    }
                    in.conditions().printWarnings();
                    in.err.print("Execution halted\n");
                    in.err.flush();
                    return 1;
                }
                for (String w : parser.takeWarnings()) in.conditions().deferWarning(null, w);
                if (e == null) break;
                try {
                    in.visible = true;
                    SEXP v = in.eval(e, in.globalEnv);
                    if (in.visible) printValue(in, v, in.globalEnv);
                } catch (org.rlambda.eval.QuitException q) {
                    in.out.flush();
                    return q.status;
                } catch (RError err) {
                    in.out.flush();
                    if (!err.reported) in.conditions().reportUncaught(err);
                    in.err.print("Execution halted\n");
                    in.err.flush();
                    in.resetToTopLevel();
                    return 1;
                }
                in.out.flush();
                in.conditions().printWarnings();
            }
        } finally {
            in.reportErrorsAtSignal = savedReport;
            in.out.flush();
            in.err.flush();
        }
        return 0;
    }

    /** Auto-prints a value: objects through print() and its S3 methods, others directly. */
    static void printValue(Interpreter in, SEXP v, Environment rho) {
        if (v.isObject()) {
            SEXP print = in.findFunction(Symbol.get("print"), in.baseEnv);
            in.callFunction(print, new SEXP[] {v}, null, rho, Call.of("print", Symbol.get("x")));
        } else {
            ValuePrinter.print(in, v, rho);
        }
        in.visible = false;
    }
}
