package org.openiop.platform.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON every REST error carries: what went wrong, and what the caller can do about it. */
public record ErrorBody(String error, String detail) {

    /** The standard wording for a status, for errors that carry nothing more specific. */
    /** The database is out of reach (stopped, restarting, or no connection to be had in time). */
    public static final ErrorBody DATABASE_UNAVAILABLE =
            new ErrorBody(
                    "Database unavailable",
                    "OpenIOP cannot reach its database just now. Try again in a minute.");

    public static ErrorBody forStatus(int status) {
        return switch (status) {
            case 401 ->
                    new ErrorBody(
                            "Sign-in required",
                            "Send a valid access token from the openiop realm as 'Authorization:"
                                    + " Bearer <token>'.");
            case 403 -> new ErrorBody("Not allowed", "Your roles do not allow this request.");
            case 404 -> new ErrorBody("Not found", "There is nothing at this address.");
            case 405 ->
                    new ErrorBody(
                            "Method not allowed", "This address does not accept that HTTP method.");
            case 503 ->
                    new ErrorBody(
                            "Service unavailable",
                            "OpenIOP cannot answer just now. Try again soon.");
            case 406, 415 ->
                    new ErrorBody("Unsupported format", "This address speaks application/json.");
            default ->
                    status >= 500
                            ? new ErrorBody(
                                    "Unexpected error",
                                    "The server could not complete the request.")
                            : new ErrorBody("Bad request", "The request could not be processed.");
        };
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("error", error)
                .add("detail", detail)
                .build()
                .toString();
    }

    public Response toResponse(int status) {
        Response.ResponseBuilder answer =
                Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(toJson());
        if (status == 401) {
            answer.header("WWW-Authenticate", BEARER_CHALLENGE);
        }
        return answer.build();
    }

    /** RFC 6750 challenge sent with every 401. */
    public static final String BEARER_CHALLENGE = "Bearer realm=\"openiop\"";
}
