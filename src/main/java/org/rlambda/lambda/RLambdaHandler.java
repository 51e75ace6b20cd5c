package org.rlambda.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda entry point ({@code org.rlambda.lambda.RLambdaHandler::handleRequest}). The runtime
 * creates one instance per execution environment, so the constructor is the init phase: it reads
 * the configuration and sources the R script ({@link FunctionRuntime}); each event then runs in an
 * R session of its own. With {@code AWS_LAMBDA_MAX_CONCURRENCY} set (Lambda Managed Instances) the
 * runtime calls {@link #handleRequest} from that many threads at once.
 */
public class RLambdaHandler implements RequestStreamHandler {
    private final FunctionRuntime runtime;

    /** Called by the Lambda runtime once per environment: configuration, then the script is sourced. */
    public RLambdaHandler() {
        this(initialise(System.getenv()));
    }

    private static FunctionRuntime initialise(java.util.Map<String, String> env) {
        LambdaConfig config = null;
        try {
            config = LambdaConfig.from(env);
            RequestLog log = RequestLog.system(config.prefixLogLines(), config.outputBudgetBytes());
            return new FunctionRuntime(config, log, S3ObjectStore::fromEnvironment, RScriptFunction::load,
                    "snap-start".equals(env.get("AWS_LAMBDA_INITIALIZATION_TYPE")));
        } catch (FunctionFailure f) {
            // reported by the runtime through /init/error: errorType and the R error text
            throw ErrorTypes.exception(f, config == null ? "init" : config.script().getFileName().toString());
        } catch (IllegalStateException e) {
            // a configuration refused before any R code ran: the message says what to change
            throw ErrorTypes.exception("ConfigurationError", e.getMessage(), java.util.List.of(), "environment");
        }
    }

    protected RLambdaHandler(FunctionRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] response = runtime.handle(input.readAllBytes(), InvocationInfo.from(context));
        output.write(response);
    }
}
