package org.rlambda.sexp;

/** The R type of a value, as {@code typeof()} names it. */
public enum SexpType {
    NULL("NULL"), SYMBOL("symbol"), PAIRLIST("pairlist"), CLOSURE("closure"),
    ENVIRONMENT("environment"), PROMISE("promise"), LANGUAGE("language"),
    SPECIAL("special"), BUILTIN("builtin"), LOGICAL("logical"), INTEGER("integer"),
    DOUBLE("double"), COMPLEX("complex"), CHARACTER("character"), DOTS("..."),
    LIST("list"), EXPRESSION("expression"), RAW("raw"), EXTERNALPTR("externalptr"),
    WEAKREF("weakref"), S4("S4");

    public final String rName;

    SexpType(String rName) { this.rName = rName; }

    public boolean isFunctionType() { return this == CLOSURE || this == BUILTIN || this == SPECIAL; }
}
