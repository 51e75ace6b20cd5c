package org.rlambda.engine;

import java.util.List;

/** An R error that was not caught by R code, as seen from Java. */
public class RException extends RuntimeException {
    private final String conditionClass;
    private final String rMessage;
    private final List<String> rStackTrace;
    private final String formatted;

    public RException(String conditionClass, String rMessage, List<String> rStackTrace, String formatted) {
        super(formatted.endsWith("\n") ? formatted.substring(0, formatted.length() - 1) : formatted, null, false, false);
        this.conditionClass = conditionClass;
        this.rMessage = rMessage;
        this.rStackTrace = List.copyOf(rStackTrace);
        this.formatted = this.getMessage();
    }

    /** The first class of the condition (e.g. "simpleError" or the script's own class). */
    public String conditionClass() { return conditionClass; }

    /** conditionMessage() of the condition. */
    public String rMessage() { return rMessage; }

    /** Deparsed calls on the R stack when the error happened, innermost first. */
    public List<String> rStackTrace() { return rStackTrace; }

    /** "Error in f(x) : msg" as GNU R prints it (without the trailing newline). */
    public String formatted() { return formatted; }
}
