package org.rlambda.jsonlite;

/**
 * Receives the events of {@link JsonParser}, in document order. Numbers arrive as their source
 * text so that each consumer decides how to read them (jsonlite's tree builder classifies them
 * as integer or double; prettify copies them verbatim).
 */
public interface JsonHandler {
    void nullValue();

    void booleanValue(boolean value);

    void number(String text);

    void string(String value);

    void startObject();

    void key(String name);

    void endObject();

    void startArray();

    void endArray();
}
