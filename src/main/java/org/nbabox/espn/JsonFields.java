package org.nbabox.espn;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Small helpers for reading ESPN's loosely typed JSON (numbers sometimes as strings). */
final class JsonFields {

    private JsonFields() {
    }

    /** Current scalar as text (numbers and booleans too), null for null or a container (skipped). */
    static String text(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }

    /** Current scalar as an int (strings holding integers accepted), or {@code dflt}. */
    static int integer(JsonParser p, int dflt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getIntValue();
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return (int) p.getDoubleValue();
        }
        String s = text(p);
        return parseInt(s, dflt);
    }

    static Boolean bool(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        String s = text(p);
        return s == null ? null : Boolean.valueOf(s);
    }

    static int parseInt(String s, int dflt) {
        if (s == null || s.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            try {
                return (int) Double.parseDouble(s.trim());
            } catch (NumberFormatException e2) {
                return dflt;
            }
        }
    }

    static String text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
    }

    static int integer(JsonNode node, int dflt, String... path) {
        return parseInt(text(node, path), dflt);
    }

    static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node;
        for (String k : path) {
            if (n == null) {
                return null;
            }
            n = n.get(k);
        }
        return n;
    }
}
