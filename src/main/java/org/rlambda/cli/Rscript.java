package org.rlambda.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rlambda.engine.REngine;

/** {@code java -jar rlambda.jar FILE.R} / {@code -e EXPR}: behaves like {@code Rscript --vanilla}. */
public final class Rscript {
    private Rscript() { }

    public static void main(String[] argv) throws Exception {
        if (argv.length > 0 && argv[0].equals("invoke")) {
            // `java -jar rlambda.jar invoke SCRIPT EVENT`: run the script as a Lambda function locally
            org.rlambda.lambda.LocalInvoke.main(java.util.Arrays.copyOfRange(argv, 1, argv.length));
            return;
        }
        List<String> exprs = new ArrayList<>();
        String file = null;
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (a.equals("-e")) {
                if (i + 1 >= argv.length) usage("-e requires an expression");
                exprs.add(argv[++i]);
            } else if (a.equals("--vanilla") || a.equals("--no-echo") || a.equals("--quiet")) {
                // defaults already
            } else if (a.equals("--help") || a.equals("-h")) {
                usage(null);
            } else if (file == null && exprs.isEmpty()) {
                file = a;
                break; // the rest are the script's arguments
            } else {
                break;
            }
        }
        if (file == null && exprs.isEmpty()) usage("file name is missing");
        List<String> cargs = new ArrayList<>(List.of("rlambda", "--no-echo", "--no-restore", "--vanilla"));
        if (file != null) cargs.add("--file=" + file);
        int firstExtra = -1;
        for (int i = 0; i < argv.length; i++) if (argv[i].equals(file)) { firstExtra = i + 1; break; }
        if (firstExtra > 0 && firstExtra < argv.length) {
            cargs.add("--args");
            for (int i = firstExtra; i < argv.length; i++) cargs.add(argv[i]);
        }
        REngine.setCommandArgs(cargs.toArray(new String[0]));
        String text;
        String name;
        if (file != null) {
            Path p = Path.of(file);
            if (!Files.isReadable(p)) {
                System.err.println("Fatal error: cannot open file '" + file + "': No such file or directory");
                System.exit(2);
                return;
            }
            text = Files.readString(p, StandardCharsets.UTF_8);
            name = file;
        } else {
            text = String.join("\n", exprs) + "\n";
            name = "-e";
        }
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        REngine engine = new REngine(out, err);
        int status = engine.runScript(text, name, file != null);
        out.flush();
        engine.close();
        System.exit(status);
    }

    private static void usage(String problem) {
        if (problem != null) System.err.println("Rscript: " + problem);
        System.err.println("Usage: java -jar rlambda.jar [--vanilla] (FILE.R | -e EXPR [-e EXPR ...]) [args]");
        System.err.println("       java -jar rlambda.jar invoke SCRIPT.R EVENT.json [options]   (run as a Lambda function; invoke --help)");
        System.exit(problem == null ? 0 : 2);
    }
}
