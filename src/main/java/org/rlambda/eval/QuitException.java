package org.rlambda.eval;

/** quit()/q(): ends the script with an exit status (the top level catches it). */
public final class QuitException extends ControlFlow {
    public final int status;

    public QuitException(int status) { this.status = status; }
}
