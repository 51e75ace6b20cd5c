package org.rlambda.lambda.testfn;

import org.rlambda.lambda.FunctionRuntime;
import org.rlambda.lambda.LambdaConfig;
import org.rlambda.lambda.RLambdaHandler;
import org.rlambda.lambda.RequestLog;
import org.rlambda.lambda.S3ObjectStore;

/** The Lambda handler with a plain-Java function in place of R: tests the runtime plumbing alone. */
public class EchoHandler extends RLambdaHandler {
    public EchoHandler() {
        this(LambdaConfig.fromEnvironment(), RequestLog.system(true));
    }

    private EchoHandler(LambdaConfig config, RequestLog log) {
        super(new FunctionRuntime(config, log, S3ObjectStore::fromEnvironment, (c, l) -> new EchoFunction(l), false));
    }
}
