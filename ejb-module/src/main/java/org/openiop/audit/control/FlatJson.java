package org.openiop.audit.control;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One flat JSON object per line: string, whole-number, boolean and null values only. The audit
 * export and the checkpoint file use it so that {@code openiop audit-verify} needs nothing but a
 * Java runtime; it refuses anything else rather than guessing.
 */
public final class FlatJson {

    private FlatJson() {}

    /** Writes the fields in order; values are String, Long/Integer, Boolean or null. */
    public static String write(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder(256).append('{');
        boolean first = true;
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(out, field.getKey());
            out.append(':');
            Object value = field.getValue();
            if (value == null) {
                out.append("null");
            } else if (value instanceof String text) {
                quote(out, text);
            } else if (value instanceof Long
                    || value instanceof Integer
                    || value instanceof Boolean) {
                out.append(value);
            } else {
                throw new IllegalArgumentException(
                        "not a flat JSON value: " + value.getClass().getSimpleName());
            }
        }
        return out.append('}').toString();
    }

    /**
     * Reads one line written by {@link #write}: strings as String, numbers as Long, booleans as
     * Boolean, null as null.
     *
     * @throws IllegalArgumentException naming the column where the line stops being flat JSON
     */
    public static Map<String, Object> read(String line) {
        Reader reader = new Reader(line);
        Map<String, Object> fields = new LinkedHashMap<>();
        reader.expect('{');
        if (!reader.take('}')) {
            do {
                String name = reader.string();
                reader.expect(':');
                if (fields.put(name, reader.value()) != null) {
                    throw new IllegalArgumentException("the field \"" + name + "\" appears twice");
                }
            } while (reader.take(','));
            reader.expect('}');
        }
        reader.end();
        return fields;
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        void expect(char c) {
            if (!take(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at column " + (at + 1));
            }
        }

        boolean take(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        void end() {
            if (at != text.length()) {
                throw new IllegalArgumentException(
                        "unexpected text after the object at column " + (at + 1));
            }
        }

        Object value() {
            if (at >= text.length()) {
                throw new IllegalArgumentException("a value is missing at the end of the line");
            }
            char c = text.charAt(at);
            if (c == '"') {
                return string();
            }
            for (String word : new String[] {"null", "true", "false"}) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = at;
            if (c == '-') {
                at++;
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (at == start || (at == start + 1 && c == '-')) {
                throw new IllegalArgumentException("expected a value at column " + (start + 1));
            }
            try {
                return Long.parseLong(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "a number out of range at column " + (start + 1));
            }
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw new IllegalArgumentException(
                            "a control character inside a string at column " + at);
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    break;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw new IllegalArgumentException(
                                    "a broken \\u escape at column " + at);
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException(
                                    "a broken \\u escape at column " + at);
                        }
                        at += 4;
                    }
                    default ->
                            throw new IllegalArgumentException("an unknown escape at column " + at);
                }
            }
            throw new IllegalArgumentException("a string is not closed");
        }
    }
}
