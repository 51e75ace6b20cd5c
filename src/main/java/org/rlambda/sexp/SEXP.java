package org.rlambda.sexp;

/**
 * Every R value. Attributes live on the value; {@link #named} tracks sharing the way GNU R's
 * NAMED does (0: temporary, 1: bound to one variable, 2: possibly shared), so that replacement
 * functions can modify an unshared vector in place instead of copying it.
 */
public abstract class SEXP {
    protected Attributes attributes;
    /** 0 = fresh temporary, 1 = bound once, 2 = shared: must copy before modifying. */
    public int named;

    public abstract SexpType type();

    public int length() { return 1; }

    public final Attributes attributes() { return attributes; }

    public final boolean hasAttributes() { return attributes != null && !attributes.isEmpty(); }

    public SEXP getAttribute(String name) {
        if (attributes == null) return null;
        return attributes.get(name);
    }

    /** Sets (or with {@code null} / {@link Null}, removes) an attribute without any validation. */
    public void setAttributeRaw(String name, SEXP value) {
        if (value == null || value == Null.NULL) {
            if (attributes != null) {
                attributes.remove(name);
                if (attributes.isEmpty()) attributes = null;
            }
            return;
        }
        if (attributes == null) attributes = new Attributes();
        attributes.put(name, value);
    }

    public void setAttributes(Attributes a) { this.attributes = (a == null || a.isEmpty()) ? null : a; }

    public void copyAttributesFrom(SEXP other) {
        this.attributes = other.attributes == null ? null : other.attributes.copy();
    }

    /** The explicit class attribute, or null. */
    public StringVector classAttribute() {
        SEXP c = getAttribute("class");
        return c instanceof StringVector ? (StringVector) c : null;
    }

    /** True when the value has a class attribute (GNU R's OBJECT bit). */
    public boolean isObject() { return attributes != null && attributes.get("class") != null; }

    public boolean inherits(String cls) {
        StringVector c = classAttribute();
        if (c == null) return false;
        for (int i = 0; i < c.length(); i++) if (cls.equals(c.get(i))) return true;
        return false;
    }

    public boolean isShared() { return named > 1; }

    public void markShared() { named = 2; }

    /** Called when the value is bound to a variable. */
    public void markBound() { if (named < 2) named++; }

    public String typeName() { return type().rName; }
}
