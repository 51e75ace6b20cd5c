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

    protected RLambdaHandler(FunctionHost host) {
        this.host = host;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] response = host.handle(input.readAllBytes(), InvocationInfo.from(context));
        output.write(response);
    }
}
