package org.rlambda.lambda;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/** What is wrong with a local event file, said about the file (the Lambda console refuses such events too). */
final class EventFileCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventFileCheck() {}

    /** Null when the bytes are one JSON value; otherwise what is wrong and where ("is empty", "is not JSON: line 3, column 5: ..."). */
    static String problem(byte[] event) {
        String text = new String(event, java.nio.charset.StandardCharsets.UTF_8);
        if (text.isBlank()) return "is empty: an event is one JSON value, e.g. {} for no fields";
        try {
            JSON.readTree(text);
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String what = e.getOriginalMessage();
            int nl = what.indexOf('\n');
            if (nl > 0) what = what.substring(0, nl);
            return "is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + ": " + what;
        } catch (IOException e) {
            return "cannot be read as JSON: " + e.getMessage();
        }
    }
}
