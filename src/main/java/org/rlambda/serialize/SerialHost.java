package org.rlambda.serialize;

import org.rlambda.sexp.Environment;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/** What the (un)serializer needs from the session: its special environments and functions. */
public interface SerialHost {
    Environment globalEnv();

    Environment baseEnv();

    Environment emptyEnv();

    /** What BASENAMESPACE_SXP reads as (and is written for). */
    Environment baseNamespace();

    /** The function a serialized builtin/special names, or null when there is none. */
    SEXP primitive(String name);

    /** The namespace a NAMESPACESXP names (c(name, version)); raises the R error when it cannot be loaded. */
    Environment namespace(StringVector spec);

    /** The name GNU R writes for a namespace environment (c(name, version)), or null when {@code env} is none. */
    StringVector namespaceSpec(Environment env);

    /** The {@code refhook} result for a PERSISTSXP, or null when there is no hook. */
    SEXP persistentRestore(StringVector name);

    /** The {@code refhook} of serialize(): a character vector to write instead of {@code x}, or null. */
    StringVector persistentName(SEXP x);

    /** as.character() of a numeric vector (for deferred string ALTREP objects). */
    StringVector asCharacter(SEXP x);

    void warning(String message);
}
