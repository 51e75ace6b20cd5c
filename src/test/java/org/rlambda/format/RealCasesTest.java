package org.rlambda.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rlambda.sexp.DoubleVector;

/** Replays real_cases.txt (made by real_cases.R with GNU R): format.info and format(x, digits=). */
class RealCasesTest {

    static double parse(String s) {
        switch (s) {
            case "NA": return DoubleVector.NA;
            case "NaN": return Double.NaN;
            case "Inf": return Double.POSITIVE_INFINITY;
            case "-Inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(s);
        }
    }

    static List<String> lines(String resource) throws Exception {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RealCasesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) out.add(l);
        }
        return out;
    }

    @Test
    void formatInfoAndFormatMatchGnuR() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> all = lines("/format/real_cases.txt");
        for (String line : all) {
            String[] f = line.split("\\|", -1);
            int digits = Integer.parseInt(f[0]);
            String[] hs = f[1].split(",");
            double[] x = new double[hs.length];
            for (int i = 0; i < hs.length; i++) x[i] = parse(hs[i]);
            RealFormat fmt = RealFormatter.format(x, 0, x.length, digits, 0, 0, 2);
            String info = fmt.width() + "," + fmt.decimals() + "," + fmt.exponentDigits();
            StringBuilder got = new StringBuilder();
            for (double v : x) got.append('|').append(RealFormatter.encode(v, fmt));
            StringBuilder want = new StringBuilder();
            for (int i = 3; i < f.length; i++) want.append('|').append(f[i]);
            if (!info.equals(f[2]) || !got.toString().equals(want.toString())) {
                failures.add(line + "\n   got: " + info + got);
            }
        }
        assertEquals("", String.join("\n", failures.subList(0, Math.min(30, failures.size()))),
                failures.size() + " of " + all.size() + " cases differ");
    }
}
