package org.rlambda.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda entry point ({@code org.rlambda.lambda.RLambdaHandler::handleRequest}). The runtime
 * creates one instance per container, so the constructor is the init phase: it reads the
 * configuration and sources the R script once; each event then goes through {@link FunctionHost}.
 */
public class RLambdaHandler implements RequestStreamHandler {
    private final FunctionHost host;

    /** Called by the Lambda runtime once per container: configuration, then the script is sourced. */
    public RLambdaHandler() {
        this(initialise(LambdaConfig.fromEnvironment()));
    }

    private static FunctionHost initialise(LambdaConfig config) {
        OutputRouting.checkConfiguration(config);   // refuse a re-triggering setup before any R code runs
        RequestLog log = RequestLog.system(config.prefixLogLines());
        ScriptFunction function;
        try {
            function = RScriptFunction.load(config, log);
        } catch (FunctionFailure f) {
            throw ErrorTypes.exception(f, config.script().getFileName().toString());
        }
        return new FunctionHost(config, function, S3ObjectStore::fromEnvironment, log);
    }

    protected RLambdaHandler(FunctionHost host) {
        this.host = host;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] response = host.handle(input.readAllBytes(), InvocationInfo.from(context));
        output.write(response);
    }
}
