import org.rlambda.lambda.InvocationInfo;
import org.rlambda.lambda.LambdaConfig;
import org.rlambda.lambda.RScriptFunction;
import org.rlambda.lambda.RequestLog;
import org.rlambda.lambda.ScriptFunction;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Heap used by 1 and by N R sessions of the same script (Lambda Managed Instances keep one per
 * concurrent invocation), each having answered one event, after a full GC:
 *   mvn -q -DskipTests package && java -cp "target/classes:target/lib/*" bench/SessionMemory.java [SCRIPT] [EVENT] [N]
 */
public class SessionMemory {
    public static void main(String[] args) throws Exception {
        String script = args.length > 0 ? args[0] : "r-scripts/hello.R";
        String event = args.length > 1 ? java.nio.file.Files.readString(java.nio.file.Path.of(args[1])) : "{\"name\":\"Ada\",\"numbers\":[1,2]}";
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        LambdaConfig c = LambdaConfig.from(Map.of("LAMBDA_TASK_ROOT", System.getProperty("user.dir"), "RLAMBDA_SCRIPT", script));
        long base = used();
        List<ScriptFunction> sessions = new ArrayList<>();
        long one = 0;
        for (int i = 0; i < n; i++) {
            ScriptFunction f = RScriptFunction.load(c, new RequestLog(() -> sink, () -> sink, true));
            f.invokeJson(event, new InvocationInfo("r" + i, "", "", "", 1024, System.currentTimeMillis() + 60_000, "", ""));
            sessions.add(f);
            if (i == 0) one = used();
        }
        long all = used();
        System.out.printf("heap after GC: JVM with classes loaded %.1f MB; 1 session +%.1f MB; %d sessions +%.1f MB (%.1f MB per extra session)%n",
                base / 1048576.0, (one - base) / 1048576.0, n, (all - base) / 1048576.0, (all - one) / 1048576.0 / (n - 1));
        sessions.forEach(ScriptFunction::close);
    }

    static long used() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
