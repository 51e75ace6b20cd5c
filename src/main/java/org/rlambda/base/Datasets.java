package org.rlambda.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.serialize.Codecs;
import org.rlambda.serialize.SerializeException;
import org.rlambda.serialize.Unserializer;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;

/**
 * The datasets package: GNU R 4.2.2's 104 objects, each a resource written by GNU R's saveRDS()
 * (src/gnu-r/make-datasets.R) and read with our unserialize on first use. At start-up each
 * name is bound to a promise, nothing is read, so start-up does not grow.
 */
public final class Datasets {
    private Datasets() { }

    private static final String DIR = "/org/rlambda/datasets/";
    private static final String LOADER = ".rlambdaDataset";
    private static volatile Map<String, String> index;

    /** Object name to data file name (data(beavers) loads beaver1 and beaver2). */
    static Map<String, String> index() {
        Map<String, String> m = index;
        if (m != null) return m;
        m = new LinkedHashMap<>();
        String[] p = DatasetIndex.OBJECTS_AND_FILES;
        for (int i = 0; i + 1 < p.length; i += 2) m.put(p[i], p[i + 1]);
        return index = m;
    }

    private static List<String> resourceLines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream s = Datasets.class.getResourceAsStream(DIR + name)) {
            if (s == null) return out;
            for (String l : new String(s.readAllBytes(), StandardCharsets.UTF_8).split("\n")) out.add(l);
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** Binds every dataset in the base environment to a promise that reads it on first use. */
    public static void bind(Interpreter in) {
        for (String name : index().keySet()) {
            Promise p = new Promise(new Call(Symbol.get(LOADER), StringVector.of(name)), in.baseEnv);
            in.baseEnv.putRaw(Symbol.get(name), p);
        }
    }

    static SEXP read(Interpreter in, Call call, String name) {
        if (!index().containsKey(name)) throw in.error(call, "data set '" + name + "' not found");
        try (InputStream s = Datasets.class.getResourceAsStream(DIR + name + ".rds")) {
            if (s == null) throw in.error(call, "data set '" + name + "' not found");
            byte[] bytes = Codecs.decompressFile(s.readAllBytes());
            SEXP v = Unserializer.read(bytes, 0, bytes.length, new SerializeBuiltins.Host(in, call, null, in.globalEnv),
                    "read error", 50_000);
            v.markShared();
            return v;
        } catch (IOException | SerializeException e) {
            throw in.error(call, "cannot read data set '" + name + "'");
        }
    }

    public static void register(Builtins b) {
        b.add(LOADER, "name", (in, call, a, rho) -> {
            SEXP v = read(in, call, RArgs.string(a[0]));
            in.visible = true;
            return v;
        });
        b.add(".rlambdaDataFile", "name", (in, call, a, rho) -> {
            String file = RArgs.string(a[0]);
            List<String> objs = new ArrayList<>();
            for (Map.Entry<String, String> e : index().entrySet()) if (e.getValue().equals(file)) objs.add(e.getKey());
            return new StringVector(objs.toArray(new String[0]));
        });
        b.add(".rlambdaDataListing", "", (in, call, a, rho) ->
                new StringVector(resourceLines("listing.txt").toArray(new String[0])));
    }
}
