package org.openiop.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls to OpenIOP's REST API with a bearer token, as an integrator's client would make them. */
public final class Api {

    private final String token;
    private final Browserless http = new Browserless();

    public Api(String token) {
        this.token = token;
    }

    public static Api as(String username, String password) {
        return new Api(Tokens.accessToken(username, password));
    }

    public HttpResponse<String> get(String path) {
        return http.send(request(path).GET().build());
    }

    public HttpResponse<String> get(String path, String accept) {
        return http.send(request(path).setHeader("Accept", accept).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return http.send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build());
    }

    public HttpResponse<String> put(String path, String json) {
        return http.send(
                request(path)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build());
    }

    public HttpResponse<String> delete(String path) {
        return http.send(request(path).DELETE().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Target.app() + "/api" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    public static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    public static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
