package org.rlambda.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.script.Bindings;

/**
 * The ENGINE_SCOPE bindings of an {@link RScriptEngine}: a live view of the R global environment.
 * Values put here are converted with {@link JavaValues#toR} and bound as R variables; values read
 * are converted back with {@link JavaValues#toJava}.
 */
final class RBindings extends AbstractMap<String, Object> implements Bindings {
    private final RScriptEngine owner;

    RBindings(RScriptEngine owner) { this.owner = owner; }

    private REngine r() { return owner.rEngine(); }

    private static String key(Object k) {
        Objects.requireNonNull(k, "key");
        if (!(k instanceof String)) throw new ClassCastException("key must be a String");
        if (((String) k).isEmpty()) throw new IllegalArgumentException("key is empty");
        return (String) k;
    }

    @Override public Object put(String name, Object value) {
        Object old = get(name);
        r().put(key(name), JavaValues.toR(value));
        return old;
    }

    @Override public void putAll(Map<? extends String, ? extends Object> toMerge) {
        for (Map.Entry<? extends String, ? extends Object> e : toMerge.entrySet()) r().put(key(e.getKey()), JavaValues.toR(e.getValue()));
    }

    @Override public boolean containsKey(Object k) { return r().getGlobal(key(k)) != null; }

    @Override public Object get(Object k) { return JavaValues.toJava(r().getGlobal(key(k))); }

    @Override public Object remove(Object k) {
        String name = key(k);
        Object old = get(name);
        r().removeGlobal(name);
        return old;
    }

    @Override public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override public Iterator<Map.Entry<String, Object>> iterator() {
                Iterator<String> names = r().globalNames().iterator();
                return new Iterator<>() {
                    private String last;

                    @Override public boolean hasNext() { return names.hasNext(); }

                    @Override public Map.Entry<String, Object> next() {
                        last = names.next();
                        return new SimpleEntry<>(last, get(last)) {
                            @Override public Object setValue(Object v) {
                                RBindings.this.put(getKey(), v);
                                return super.setValue(v);
                            }
                        };
                    }

                    @Override public void remove() { RBindings.this.remove(last); }
                };
            }

            @Override public int size() { return r().globalNames().size(); }
        };
    }
}
