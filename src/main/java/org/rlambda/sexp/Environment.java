package org.rlambda.sexp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An R environment: a frame of bindings and an enclosing environment. Values bound may be
 * promises; the evaluator forces them. Active bindings hold a function called on access.
 */
public final class Environment extends SEXP {
    private final HashMap<Symbol, SEXP> frame;
    private Environment parent;
    private String name;
    private boolean locked;
    private Set<Symbol> lockedBindings;
    private Set<Symbol> activeBindings;

    public Environment(Environment parent) { this(parent, 8); }

    public Environment(Environment parent, int expectedSize) {
        this.parent = parent;
        this.frame = new HashMap<>(Math.max(4, expectedSize * 2));
        this.named = 2;
    }

    /** The empty environment has no parent. */
    public static Environment newEmpty() {
        Environment e = new Environment(null);
        e.name = "R_EmptyEnv";
        return e;
    }

    @Override public SexpType type() { return SexpType.ENVIRONMENT; }

    @Override public int length() { return frame.size(); }

    public Environment parent() { return parent; }

    public void setParent(Environment p) { this.parent = p; }

    public String name() { return name; }

    public void setName(String name) { this.name = name; }

    /** The raw binding in this frame (maybe a promise or active binding function), or null. */
    public SEXP getLocal(Symbol s) { return frame.get(s); }

    public boolean hasLocal(Symbol s) { return frame.containsKey(s); }

    /** Binds without checks (used by the evaluator for arguments of fresh frames). */
    public void putRaw(Symbol s, SEXP v) { frame.put(s, v); }

    public boolean isLocked() { return locked; }

    public void lock(boolean bindings) {
        locked = true;
        if (bindings) {
            if (lockedBindings == null) lockedBindings = new HashSet<>();
            lockedBindings.addAll(frame.keySet());
        }
    }

    public boolean isBindingLocked(Symbol s) { return lockedBindings != null && lockedBindings.contains(s); }

    public void lockBinding(Symbol s) {
        if (lockedBindings == null) lockedBindings = new HashSet<>();
        lockedBindings.add(s);
    }

    public void unlockBinding(Symbol s) { if (lockedBindings != null) lockedBindings.remove(s); }

    public boolean isActiveBinding(Symbol s) { return activeBindings != null && activeBindings.contains(s); }

    public void makeActive(Symbol s, SEXP fun) {
        if (activeBindings == null) activeBindings = new HashSet<>();
        activeBindings.add(s);
        frame.put(s, fun);
    }

    public boolean remove(Symbol s) {
        if (activeBindings != null) activeBindings.remove(s);
        return frame.remove(s) != null;
    }

    public Set<Symbol> symbols() { return frame.keySet(); }

    public List<Symbol> symbolList() { return new ArrayList<>(frame.keySet()); }

    public Map<Symbol, SEXP> frameView() { return frame; }
}
