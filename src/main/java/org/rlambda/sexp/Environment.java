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
    /** Frames up to this size are kept in arrays and searched by identity; larger ones in a map. */
    private static final int SMALL = 12;

    private Symbol[] keys;             // small representation (null once hashed)
    private SEXP[] vals;
    private int size;
    private HashMap<Symbol, SEXP> map; // large representation (insertion-ordered)
    private Environment parent;
    private String name;
    private boolean locked;
    private Set<Symbol> lockedBindings;
    private Set<Symbol> activeBindings;
    /**
     * GNU R's frame layout, which decides the order of ls(sorted = FALSE) and as.list(env):
     * a hashed frame (new.env(), the global environment) lists by hash bucket; an unhashed one
     * (a function's frame) lists later bindings newest first, then the first {@code initialBindings}
     * (the arguments) in order.
     */
    public boolean hashed;
    /** The initial hash table size of a hashed frame (new.env(size = )). */
    public int hashSize = 29;
    public int initialBindings;
    /** True for an engine's global environment, whose bindings are counted on the symbols. */
    private boolean global;
    /** True for an engine's base environment, whose builtin bindings are cached on the symbols. */
    private boolean base;

    public Environment(Environment parent) { this(parent, 4); }

    public Environment(Environment parent, int expectedSize) {
        this.parent = parent;
        if (expectedSize > SMALL) {
            map = new java.util.LinkedHashMap<>(expectedSize * 2);
        } else {
            keys = new Symbol[Math.max(2, expectedSize)];
            vals = new SEXP[keys.length];
        }
        this.named = 2;
    }

    /** The empty environment has no parent. */
    public static Environment newEmpty() {
        Environment e = new Environment(null);
        e.name = "R_EmptyEnv";
        return e;
    }

    @Override public SexpType type() { return SexpType.ENVIRONMENT; }

    @Override public int length() { return map != null ? map.size() : size; }

    public Environment parent() { return parent; }

    public void setParent(Environment p) { this.parent = p; }

    public String name() { return name; }

    /** Marks this as a global environment (see {@link Symbol#maybeInGlobal()}). */
    public void markGlobal() { this.global = true; }

    public boolean isGlobal() { return global; }

    /** Marks this as a base environment (see {@link Symbol#baseBuiltin()}). */
    public void markBase() { this.base = true; }

    private static void baseBinding(Symbol s, SEXP v) {
        synchronized (s) {
            if (s.baseOverridden) return;
            // only builtins (types builtin/special) are shared by every engine's base environment
            boolean builtin = v != null && (v.type() == SexpType.BUILTIN || v.type() == SexpType.SPECIAL);
            if (builtin && (s.baseBuiltin == null || s.baseBuiltin == v)) {
                s.baseBuiltin = v;
                return;
            }
            s.baseBuiltin = null;
            s.baseOverridden = true;
        }
    }

    public void setName(String name) { this.name = name; }

    /** The raw binding in this frame (maybe a promise or active binding function), or null. */
    public SEXP getLocal(Symbol s) {
        if (map != null) return map.get(s);
        Symbol[] k = keys;
        for (int i = 0, n = size; i < n; i++) if (k[i] == s) return vals[i];
        return null;
    }

    public boolean hasLocal(Symbol s) {
        if (map != null) return map.containsKey(s);
        for (int i = 0; i < size; i++) if (keys[i] == s) return true;
        return false;
    }

    /** Binds without checks (used by the evaluator for arguments of fresh frames). */
    public void putRaw(Symbol s, SEXP v) {
        if (base) baseBinding(s, v);
        if (map != null) {
            if (map.put(s, v) == null && global) counted(s, 1);
            return;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i] == s) {
                vals[i] = v;
                return;
            }
        }
        if (size == keys.length) {
            if (size >= SMALL) {
                map = new java.util.LinkedHashMap<>(SMALL * 4);
                for (int i = 0; i < size; i++) map.put(keys[i], vals[i]);
                map.put(s, v);
                keys = null;
                vals = null;
                size = 0;
                return;
            }
            keys = java.util.Arrays.copyOf(keys, Math.min(SMALL, size * 2));
            vals = java.util.Arrays.copyOf(vals, keys.length);
        }
        keys[size] = s;
        vals[size] = v;
        size++;
        if (global) counted(s, 1);
    }

    private static void counted(Symbol s, int delta) {
        synchronized (s) {
            s.globalBindings += delta;
        }
    }

    public boolean isLocked() { return locked; }

    public void lock(boolean bindings) {
        locked = true;
        if (bindings) {
            if (lockedBindings == null) lockedBindings = new HashSet<>();
            lockedBindings.addAll(symbols());
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
        putRaw(s, fun);
    }

    public boolean remove(Symbol s) {
        if (base) baseBinding(s, null);
        if (activeBindings != null) activeBindings.remove(s);
        if (map != null) {
            boolean removed = map.remove(s) != null;
            if (removed && global) counted(s, -1);
            return removed;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i] == s) {
                if (global) counted(s, -1);
                System.arraycopy(keys, i + 1, keys, i, size - i - 1);
                System.arraycopy(vals, i + 1, vals, i, size - i - 1);
                size--;
                keys[size] = null;
                vals[size] = null;
                return true;
            }
        }
        return false;
    }

    /** A snapshot of the bound symbols, in binding order for small frames. */
    public Set<Symbol> symbols() {
        if (map != null) return new java.util.LinkedHashSet<>(map.keySet());
        Set<Symbol> set = new java.util.LinkedHashSet<>();
        for (int i = 0; i < size; i++) set.add(keys[i]);
        return set;
    }

    public List<Symbol> symbolList() { return new ArrayList<>(symbols()); }

    /** A read-only snapshot of the frame's bindings (raw values: promises are not forced). */
    public Map<Symbol, SEXP> frameView() {
        Map<Symbol, SEXP> m = new java.util.LinkedHashMap<>();
        if (map != null) m.putAll(map);
        else for (int i = 0; i < size; i++) m.put(keys[i], vals[i]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
