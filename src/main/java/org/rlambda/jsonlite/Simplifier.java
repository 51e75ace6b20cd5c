package org.rlambda.jsonlite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * jsonlite's simplification of parsed JSON (the lists {@link RValueBuilder} makes) into vectors,
 * data frames, matrices and arrays, following its rules: arrays of scalars become atomic
 * vectors (null becomes NA, "NA"/"NaN"/"Inf"/"-Inf" strings become those values unless the
 * array holds real strings), arrays of records become data frames, arrays of equal-length
 * scalar arrays become matrices (by row), arrays of equal arrays become higher arrays, and
 * empty arrays among vectors/data frames take their siblings' type.
 */
final class Simplifier {
    private final Consumer<String> warnings;

    Simplifier(Consumer<String> warnings) { this.warnings = warnings; }

    /**
     * {@code simplify(x, simplifyVector, simplifyDataFrame, simplifyMatrix, simplifyDate,
     * homoList = TRUE, flatten, columnmajor = FALSE, simplifySubMatrix)}.
     */
    SEXP simplify(SEXP x, boolean vector, boolean dataFrame, boolean matrix, boolean date,
                  boolean flatten, boolean subMatrix) {
        if (!(x instanceof ListVector) || x.length() == 0) return x;
        ListVector list = (ListVector) x;
        if (dataFrame && isRecordList(list)) {
            SEXP df = simplifyDataFrame(list, flatten, subMatrix);
            if (date && RValues.isDataFrame(df) && isDateList(df)) return parseDate(((ListVector) df).get(0));
            return df;
        }
        if (vector && RValues.names(list) == null && isScalarList(list)) return listToVector(list);

        int n = list.length();
        SEXP[] outValues = new SEXP[n];
        for (int i = 0; i < n; i++) {
            outValues[i] = simplify(list.get(i), vector, dataFrame, subMatrix, vector, flatten, subMatrix);
        }
        ListVector out = new ListVector(outValues);
        StringVector names = RValues.names(list);
        if (names != null) out.setAttributeRaw("names", names);

        // mongo-style dates that only became scalars after simplifying their elements
        if (vector && isScalarList(out) && allInherit(out, "POSIXt")) {
            Vector v = listToVector(out);
            if (v != null) v.setAttributeRaw("class", RValues.strings("POSIXct", "POSIXt"));
            return v == null ? Null.NULL : v;
        }
        if (matrix && vector && isMatrixList(out) && allScalarLists(list)) return rbindRows(out);
        if (matrix && isArrayList(out)) return stackArrays(out);

        if (names == null) {
            SEXP homogeneous = fillEmptyLists(out);
            if (homogeneous != null) return homogeneous;
        }
        if (date && isDateList(out)) return parseDate(out.get(0));
        return out;
    }

    // ---------------------------------------------------------------- predicates

    private static boolean isNamedList(SEXP x) { return x instanceof ListVector && RValues.names(x) != null; }

    /** An unnamed list of records (named lists) and nulls, with at least one record. */
    static boolean isRecordList(ListVector x) {
        if (RValues.names(x) != null || x.length() == 0) return false;
        boolean record = false;
        for (int i = 0; i < x.length(); i++) {
            SEXP e = x.get(i);
            if (isNamedList(e)) record = true;
            else if (e != Null.NULL) return false;
        }
        return record;
    }

    /** A list whose elements are all NULL or atomic of length at most one. */
    static boolean isScalarList(SEXP x) {
        if (!(x instanceof ListVector)) return false;
        ListVector l = (ListVector) x;
        for (int i = 0; i < l.length(); i++) {
            SEXP e = l.get(i);
            if (!RValues.isAtomic(e) || e.length() >= 2) return false;
        }
        return true;
    }

    private static boolean allScalarLists(ListVector x) {
        for (int i = 0; i < x.length(); i++) if (!isScalarList(x.get(i))) return false;
        return true;
    }

    private static boolean allInherit(ListVector x, String cls) {
        for (int i = 0; i < x.length(); i++) if (!x.get(i).inherits(cls)) return false;
        return true;
    }

    private static boolean isMatrixList(ListVector x) {
        if (x.length() == 0 || RValues.names(x) != null) return false;
        int len = -1;
        for (int i = 0; i < x.length(); i++) {
            SEXP e = x.get(i);
            if (!RValues.isAtomic(e)) return false;
            if (len >= 0 && e.length() != len) return false;
            len = e.length();
        }
        return true;
    }

    private static int[] dim(SEXP x) { return x instanceof Vector ? ((Vector) x).dim() : null; }

    private static boolean isArrayList(ListVector x) {
        if (x.length() == 0 || RValues.names(x) != null) return false;
        int[] first = null;
        for (int i = 0; i < x.length(); i++) {
            int[] d = dim(x.get(i));
            if (d == null) return false;
            if (first == null) first = d;
            else if (!Arrays.equals(first, d)) return false;
        }
        return true;
    }

    /** A list with the single name "$date" holding a number or a string (a mongo date). */
    private static boolean isDateList(SEXP x) {
        if (!(x instanceof ListVector)) return false;
        StringVector names = RValues.names(x);
        if (names == null || names.length() != 1 || !"$date".equals(names.get(0))) return false;
        SEXP v = ((ListVector) x).get(0);
        return RValues.isNumeric(v) || v.type() == SexpType.CHARACTER;
    }

    // ---------------------------------------------------------------- vectors

    /**
     * {@code list_to_vec}: NULL becomes NA; unless some element is a real string, the strings
     * "NA", "NaN", "Inf" and "-Inf" become those values; then unlist.
     */
    static Vector listToVector(ListVector x) {
        int n = x.length();
        boolean dates = isDateElements(x);
        boolean character = false;
        for (int i = 0; i < n; i++) {
            SEXP e = x.get(i);
            if (e.type() == SexpType.CHARACTER && e.length() > 0 && !isSpecialString(((StringVector) e).get(0))) {
                character = true;
                break;
            }
        }
        List<SEXP> elements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SEXP e = x.get(i);
            if (e == Null.NULL) {
                e = new LogicalVector(new int[] {LogicalVector.NA});
            } else if (!character && e.type() == SexpType.CHARACTER && e.length() > 0) {
                String s = ((StringVector) e).get(0);
                switch (s) {
                    case "NA": e = new LogicalVector(new int[] {LogicalVector.NA}); break;
                    case "NaN": e = DoubleVector.of(Double.NaN); break;
                    case "Inf": e = DoubleVector.of(Double.POSITIVE_INFINITY); break;
                    case "-Inf": e = DoubleVector.of(Double.NEGATIVE_INFINITY); break;
                    default: break;
                }
            }
            elements.add(e);
        }
        Vector out = RValues.unlistAtomic(elements);
        if (out != null && dates && RValues.isNumeric(out)) {
            out.setAttributeRaw("class", RValues.strings("POSIXct", "POSIXt"));
        }
        return out;
    }

    private static boolean isSpecialString(String s) {
        return s != StringVector.NA && (s.equals("NA") || s.equals("NaN") || s.equals("Inf") || s.equals("-Inf"));
    }

    /** Elements all NULL, the string "NA" or POSIXct numbers, with at least one POSIXct. */
    private static boolean isDateElements(ListVector x) {
        boolean any = false;
        for (int i = 0; i < x.length(); i++) {
            SEXP e = x.get(i);
            if (e == Null.NULL) continue;
            if (e.type() == SexpType.CHARACTER && e.length() > 0 && "NA".equals(((StringVector) e).get(0))) continue;
            if (RValues.isNumeric(e) && e.inherits("POSIXct")) any = true;
            else return false;
        }
        return any;
    }

    private static SEXP parseDate(SEXP x) {
        if (RValues.isNumeric(x)) {
            Vector v = (Vector) x;
            double[] d = new double[v.length()];
            for (int i = 0; i < d.length; i++) {
                if (x instanceof IntVector) {
                    int k = ((IntVector) x).get(i);
                    d[i] = k == IntVector.NA ? DoubleVector.NA : k / 1000.0;
                } else {
                    d[i] = ((DoubleVector) x).get(i) / 1000;
                }
            }
            DoubleVector out = new DoubleVector(d);
            out.setAttributeRaw("class", RValues.strings("POSIXct", "POSIXt"));
            return out;
        }
        if (x.type() == SexpType.CHARACTER) return IsoDates.parseDateTimes((StringVector) x);
        return x;
    }

    // ---------------------------------------------------------------- matrices and arrays

    /** {@code do.call(rbind, rows)} for atomic rows of one length. */
    private static Vector rbindRows(ListVector rows) {
        int k = rows.length();
        int len = rows.get(0).length();
        int rank = RValues.RANK_NULL;
        for (int i = 0; i < k; i++) rank = Math.max(rank, RValues.rank(rows.get(i)));
        if (rank == RValues.RANK_NULL) rank = RValues.RANK_LOGICAL;
        Vector out = RValues.allocate(rank, k * len);
        for (int i = 0; i < k; i++) {
            Vector row = (Vector) rows.get(i);
            for (int j = 0; j < len; j++) RValues.setCoerced(out, i + k * j, row, j);
        }
        out.setAttributeRaw("dim", IntVector.of(k, len));
        return out;
    }

    /** {@code array(do.call(rbind, lapply(x, as.vector)), c(length(x), dim(x[[1]])))}. */
    private static Vector stackArrays(ListVector arrays) {
        int k = arrays.length();
        int[] inner = dim(arrays.get(0));
        int size = arrays.get(0).length();
        int rank = RValues.RANK_NULL;
        for (int i = 0; i < k; i++) rank = Math.max(rank, RValues.rank(arrays.get(i)));
        Vector out = RValues.allocate(rank, k * size);
        for (int i = 0; i < k; i++) {
            Vector a = (Vector) arrays.get(i);
            for (int j = 0; j < size; j++) RValues.setCoerced(out, i + k * j, a, j);
        }
        int[] d = new int[inner.length + 1];
        d[0] = k;
        System.arraycopy(inner, 0, d, 1, inner.length);
        out.setAttributeRaw("dim", new IntVector(d));
        return out;
    }

    // ---------------------------------------------------------------- homogeneous lists

    private static boolean isEmptyList(SEXP x) {
        return x instanceof ListVector && x.length() == 0 && !x.hasAttributes();
    }

    private static boolean isPlainAtomic(SEXP x) {
        if (!RValues.isAtomic(x) || x == Null.NULL) return false;
        if (!x.hasAttributes()) return true;
        return x.attributes().size() == 1 && x.getAttribute("names") != null;
    }

    /** Empty lists ({@code []}) among data frames become empty data frames, among vectors empty vectors. */
    private static SEXP fillEmptyLists(ListVector out) {
        int n = out.length();
        boolean anyEmpty = false;
        boolean allEmpty = true;
        for (int i = 0; i < n; i++) {
            if (isEmptyList(out.get(i))) anyEmpty = true;
            else allEmpty = false;
        }
        if (!anyEmpty || allEmpty) return null;
        boolean allFrames = true;
        boolean allVectors = true;
        SEXP firstOther = null;
        for (int i = 0; i < n; i++) {
            SEXP e = out.get(i);
            if (isEmptyList(e)) continue;
            if (firstOther == null) firstOther = e;
            if (!RValues.isDataFrame(e)) allFrames = false;
            if (!isPlainAtomic(e)) allVectors = false;
        }
        if (allFrames) {
            for (int i = 0; i < n; i++) if (isEmptyList(out.get(i))) out.set(i, emptyDataFrame());
            return out;
        }
        if (allVectors) {
            int rank = RValues.rank(firstOther);
            for (int i = 0; i < n; i++) if (isEmptyList(out.get(i))) out.set(i, RValues.allocate(rank, 0));
            return out;
        }
        return null;
    }

    /** {@code data.frame()}. */
    private static ListVector emptyDataFrame() {
        ListVector df = new ListVector(new SEXP[0]);
        df.setAttributeRaw("names", new StringVector(new String[0]));
        df.setAttributeRaw("row.names", new IntVector(new int[0]));
        df.setAttributeRaw("class", RValues.strings("data.frame"));
        return df;
    }

    // ---------------------------------------------------------------- data frames

    /** {@code simplifyDataFrame(recordlist, flatten, simplifyMatrix)}. */
    SEXP simplifyDataFrame(ListVector records, boolean flatten, boolean matrix) {
        int n = records.length();
        LinkedHashSet<String> columnSet = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            StringVector names = RValues.names(records.get(i));
            if (names != null) for (int j = 0; j < names.length(); j++) columnSet.add(names.get(j));
        }
        if (columnSet.isEmpty()) {
            // only empty records: data.frame(matrix(nrow = n, ncol = 0))
            ListVector df = new ListVector(new SEXP[0]);
            df.setAttributeRaw("names", new StringVector(new String[0]));
            df.setAttributeRaw("class", RValues.strings("data.frame"));
            df.setAttributeRaw("row.names", RValues.compactRowNames(n));
            return df;
        }
        String[] columns = columnSet.toArray(new String[0]);
        SEXP[] values = new SEXP[columns.length];
        for (int c = 0; c < columns.length; c++) {
            SEXP[] cells = new SEXP[n];
            for (int r = 0; r < n; r++) cells[r] = field(records.get(r), columns[c]);
            values[c] = simplify(new ListVector(cells), true, true, false, true, flatten, matrix);
        }
        int[] lengths = new int[values.length];
        for (int c = 0; c < values.length; c++) {
            int[] d = dim(values[c]);
            lengths[c] = d != null && d.length > 1 ? d[0] : RValues.isDataFrame(values[c]) ? rowCount(values[c]) : values[c].length();
        }
        for (int c = 1; c < lengths.length; c++) {
            if (lengths[c] != lengths[0]) {
                StringBuilder sb = new StringBuilder("Elements not of equal length:");
                for (int len : lengths) sb.append(' ').append(len);
                throw new IllegalArgumentException(sb.toString());
            }
        }
        List<String> names = new ArrayList<>(Arrays.asList(columns));
        List<SEXP> cols = new ArrayList<>(Arrays.asList(values));
        if (flatten) flattenColumns(names, cols);

        int rowColumn = names.indexOf("_row");
        SEXP rowNames = null;
        if (rowColumn >= 0) {
            rowNames = rowNamesFrom(cols.get(rowColumn), n);
            names.remove(rowColumn);
            cols.remove(rowColumn);
        }
        ListVector df = new ListVector(cols.toArray(new SEXP[0]));
        df.setAttributeRaw("names", new StringVector(names.toArray(new String[0])));
        df.setAttributeRaw("class", RValues.strings("data.frame"));
        df.setAttributeRaw("row.names", rowNames != null ? rowNames : RValues.rowNamesAttribute(IntVector.sequence(1, 1, n)));
        return df;
    }

    private static int rowCount(SEXP df) {
        SEXP rn = df.getAttribute("row.names");
        if (rn instanceof IntVector && rn.length() == 2 && ((IntVector) rn).get(0) == IntVector.NA) {
            return Math.abs(((IntVector) rn).get(1));
        }
        return rn == null ? 0 : rn.length();
    }

    /** The first field named {@code name} of a record, or NULL. */
    private static SEXP field(SEXP record, String name) {
        if (!(record instanceof ListVector)) return Null.NULL;
        StringVector names = RValues.names(record);
        if (names == null) return Null.NULL;
        for (int k = 0; k < names.length(); k++) {
            if (name.equals(names.get(k))) return ((ListVector) record).get(k);
        }
        return Null.NULL;
    }

    /** Moves nested data frame columns to the end, as columns named outer.inner. */
    private static void flattenColumns(List<String> names, List<SEXP> cols) {
        List<String> plainNames = new ArrayList<>();
        List<SEXP> plain = new ArrayList<>();
        List<String> nestedNames = new ArrayList<>();
        List<SEXP> nested = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            SEXP col = cols.get(c);
            if (RValues.isDataFrame(col)) {
                ListVector df = (ListVector) col;
                StringVector inner = RValues.names(df);
                for (int j = 0; j < df.length(); j++) {
                    nestedNames.add(names.get(c) + "." + inner.get(j));
                    nested.add(df.get(j));
                }
            } else {
                plainNames.add(names.get(c));
                plain.add(col);
            }
        }
        names.clear();
        names.addAll(plainNames);
        names.addAll(nestedNames);
        cols.clear();
        cols.addAll(plain);
        cols.addAll(nested);
    }

    /** Row names from a "_row" column: doubles become integers, NAs "NA_1", ...; duplicates are made unique. */
    private SEXP rowNamesFrom(SEXP column, int n) {
        Vector rn = (Vector) column;
        if (rn.type() == SexpType.DOUBLE) {
            DoubleVector d = (DoubleVector) rn;
            int[] ints = new int[d.length()];
            for (int i = 0; i < ints.length; i++) ints[i] = Double.isNaN(d.get(i)) ? IntVector.NA : (int) d.get(i);
            rn = new IntVector(ints);
        }
        int missing = 0;
        for (int i = 0; i < rn.length(); i++) if (rn.isNA(i)) missing++;
        if (missing > 0) {
            String[] s = new String[rn.length()];
            int k = 0;
            for (int i = 0; i < s.length; i++) s[i] = rn.isNA(i) ? "NA_" + (++k) : RValues.asString(rn, i);
            rn = new StringVector(s);
        }
        if (rn.type() == SexpType.LOGICAL) {
            String[] s = new String[rn.length()];
            for (int i = 0; i < s.length; i++) s[i] = RValues.asString(rn, i);
            rn = new StringVector(s);
        }
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        boolean duplicated = false;
        for (int i = 0; i < rn.length(); i++) if (!seen.add(RValues.asString(rn, i))) duplicated = true;
        if (duplicated) {
            warnings.accept("Duplicate names in \"_row\" field. Data frames must have unique row names.");
            if (rn.type() == SexpType.CHARACTER) return new StringVector(RValues.makeUnique(((StringVector) rn).values()));
            return RValues.rowNamesAttribute(IntVector.sequence(1, 1, n));
        }
        rn.setAttributes(null);
        return rn instanceof IntVector ? RValues.rowNamesAttribute((IntVector) rn) : rn;
    }
}
