package org.nbabox.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements at the semicolons that end them, leaving alone semicolons
 * inside quotes, backquoted names and comments. Statements with nothing but comments are dropped.
 */
public final class SqlScript {

    private SqlScript() {
    }

    public static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean code = false;
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            int end;
            if (c == '\'' || c == '"' || c == '`') {
                end = closing(script, i + 1, c);
                code = true;
            } else if (script.startsWith("--", i)) {
                end = script.indexOf('\n', i);
                end = end < 0 ? script.length() : end;
            } else if (script.startsWith("/*", i)) {
                end = script.indexOf("*/", i + 2);
                end = end < 0 ? script.length() : end + 2;
            } else if (c == ';') {
                add(out, current, code);
                current.setLength(0);
                code = false;
                i++;
                continue;
            } else {
                end = i + 1;
                code |= !Character.isWhitespace(c);
            }
            current.append(script, i, end);
            i = end;
        }
        add(out, current, code);
        return out;
    }

    private static int closing(String s, int from, char quote) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static void add(List<String> out, StringBuilder statement, boolean code) {
        if (code) {
            out.add(statement.toString().strip());
        }
    }
}
