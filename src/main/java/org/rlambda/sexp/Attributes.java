package org.rlambda.sexp;

import java.util.Arrays;

/** A small ordered map of attribute name to value; attribute sets are tiny, so arrays beat hashing. */
public final class Attributes {
    private String[] names = new String[2];
    private SEXP[] values = new SEXP[2];
    private int size;

    public int size() { return size; }

    public boolean isEmpty() { return size == 0; }

    public String name(int i) { return names[i]; }

    public SEXP value(int i) { return values[i]; }

    public SEXP get(String name) {
        for (int i = 0; i < size; i++) if (names[i].equals(name)) return values[i];
        return null;
    }

    public void put(String name, SEXP value) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) { values[i] = value; return; }
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
    }

    public void remove(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                System.arraycopy(names, i + 1, names, i, size - i - 1);
                System.arraycopy(values, i + 1, values, i, size - i - 1);
                size--;
                names[size] = null;
                values[size] = null;
                return;
            }
        }
    }

    public Attributes copy() {
        Attributes a = new Attributes();
        a.names = Arrays.copyOf(names, Math.max(2, size));
        a.values = Arrays.copyOf(values, Math.max(2, size));
        a.size = size;
        for (int i = 0; i < size; i++) if (a.values[i] != null) a.values[i].markShared();
        return a;
    }
}
