import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves a running OpenIOP's API document for openapi-generator: java scripts/OpenApiDocument.java
 * URL FILE. Payara 6 adds a top-level "endpoints" member to the document that OpenAPI 3.0 does
 * not have (Payara later renamed it "x-endpoints"), and the generator's validation rightly refuses
 * it; it is left out here and nothing else is changed.
 */
public class OpenApiDocument {

    public static void main(String[] args) throws Exception {
        HttpResponse<String> answer =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(args[0]))
                                        .header("Accept", "application/json")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !answer.body().startsWith("{")) {
            System.err.println("openiop: " + args[0] + " answered " + answer.statusCode() + ", not a JSON document");
            System.exit(1);
        }
        Files.writeString(Path.of(args[1]), withoutMember(answer.body(), "endpoints"));
    }

    /** The JSON object text without its top-level member {@code name}. */
    static String withoutMember(String json, String name) {
        String key = "\"" + name + "\"";
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                if (depth == 1 && json.startsWith(key, i) && json.substring(i + key.length()).stripLeading().startsWith(":")) {
                    int end = endOfValue(json, json.indexOf(':', i) + 1);
                    int from = i;
                    // Take one comma with it: the one after, or else the one before.
                    if (end < json.length() && json.charAt(end) == ',') {
                        end++;
                    } else {
                        int before = json.lastIndexOf(',', i);
                        if (before > json.lastIndexOf('{', i)) {
                            from = before;
                        }
                    }
                    return json.substring(0, from) + json.substring(end);
                }
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return json;
    }

    private static int endOfValue(String json, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth < 0) {
                    return i;
                }
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return json.length();
    }
}
