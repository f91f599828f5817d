package org.openiop.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that follows redirects itself, so that tests can see every hop, and
 * signs in through Keycloak's real login form as a browser would.
 */
public final class Browserless {

    private static final Pattern LOGIN_FORM =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http;
    private final LocalCookieJar cookies = new LocalCookieJar();
    public final List<HttpResponse<String>> hops = new ArrayList<>();

    public Browserless() {
        http =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The application's session cookie as this client holds it now. */
    public String sessionId() {
        return cookies.value(URI.create(Target.app()).getHost(), "JSESSIONID").orElse("");
    }

    /** One GET, no redirects followed. */
    public HttpResponse<String> get(String url) {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build());
    }

    /** GET and follow redirects; every response is kept in {@link #hops}. */
    public HttpResponse<String> follow(String url) {
        hops.clear();
        return followFrom(get(url));
    }

    private HttpResponse<String> followFrom(HttpResponse<String> response) {
        hops.add(response);
        for (int i = 0; i < 15 && isRedirect(response); i++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = get(response.uri().resolve(location).toString());
            hops.add(response);
        }
        return response;
    }

    private static String resolvedLocation(HttpResponse<?> response) {
        return response.uri()
                .resolve(response.headers().firstValue("Location").orElseThrow())
                .toString();
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() >= 301 && response.statusCode() <= 308;
    }

    public HttpResponse<String> postForm(String url, Map<String, String> fields) {
        String body =
                fields.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    /**
     * Opens {@code startUrl}, expects Keycloak's login form, submits the credentials there and
     * follows the redirects back; returns the last response (normally the app's page).
     */
    public HttpResponse<String> signIn(String startUrl, String username, String password) {
        HttpResponse<String> loginPage = follow(startUrl);
        return continueFrom(submitLogin(loginPage, username, password));
    }

    /** Follows the redirects that start at {@code response}; the hops are kept in {@link #hops}. */
    public HttpResponse<String> continueFrom(HttpResponse<String> response) {
        hops.clear();
        return followFrom(response);
    }

    /**
     * Posts credentials to the Keycloak login form on {@code loginPage}, then the second factor
     * when Keycloak asks for one (staff): the current code, or, the first time, sets one up with
     * the secret Keycloak shows. Does not follow the redirect back to the application.
     */
    public HttpResponse<String> submitLogin(
            HttpResponse<String> loginPage, String username, String password) {
        return secondFactor(submitPassword(loginPage, username, password), username);
    }

    /**
     * Posts credentials only: the answer is Keycloak's next page (a second factor) or its redirect.
     */
    public HttpResponse<String> submitPassword(
            HttpResponse<String> loginPage, String username, String password) {
        return postForm(
                loginFormAction(loginPage),
                Map.of("username", username, "password", password, "credentialId", ""));
    }

    // Keycloak writes the form's attributes in either order: find the tag by its id, then read its
    // action.
    private static final Pattern OTP_FORM =
            Pattern.compile("<form[^>]*id=\"kc-otp-login-form\"[^>]*>");
    private static final Pattern TOTP_SETUP_FORM =
            Pattern.compile("<form[^>]*id=\"kc-totp-settings-form\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern TOTP_SECRET =
            Pattern.compile(
                    "name=\"totpSecret\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"totpSecret\"");

    public static boolean asksForCode(HttpResponse<String> page) {
        return OTP_FORM.matcher(page.body()).find();
    }

    public static boolean asksToSetUpCode(HttpResponse<String> page) {
        return TOTP_SETUP_FORM.matcher(page.body()).find();
    }

    /**
     * Follows Keycloak's redirects to its own pages (not those back to OpenIOP): the page it shows
     * next.
     */
    public HttpResponse<String> withinKeycloak(HttpResponse<String> answer) {
        HttpResponse<String> page = answer;
        for (int i = 0;
                i < 5 && isRedirect(page) && resolvedLocation(page).startsWith(Target.keycloak());
                i++) {
            page = get(resolvedLocation(page));
        }
        return page;
    }

    /** The action of Keycloak's one-time code form on {@code page}. */
    public static String codeFormAction(HttpResponse<String> page) {
        Matcher otp = OTP_FORM.matcher(page.body());
        if (!otp.find()) {
            throw new AssertionError("Keycloak's code form is not on " + page.uri());
        }
        return actionOf(otp.group());
    }

    /**
     * Answers Keycloak's second-factor page, if it shows one (after any redirect inside Keycloak).
     */
    public HttpResponse<String> secondFactor(HttpResponse<String> answer, String username) {
        HttpResponse<String> page = withinKeycloak(answer);
        if (!asksForCode(page) && !asksToSetUpCode(page)) {
            return answer;
        }
        Matcher otp = OTP_FORM.matcher(page.body());
        if (otp.find()) {
            return postForm(actionOf(otp.group()), Map.of("otp", Totp.now(username)));
        }
        Matcher setup = TOTP_SETUP_FORM.matcher(page.body());
        if (setup.find()) {
            Matcher secret = TOTP_SECRET.matcher(page.body());
            if (!secret.find()) {
                throw new AssertionError("Keycloak's second-factor set-up page shows no secret");
            }
            String value = secret.group(1) != null ? secret.group(1) : secret.group(2);
            Totp.remember(username, value);
            return postForm(
                    actionOf(setup.group()),
                    Map.of(
                            "totp",
                            Totp.now(username),
                            "totpSecret",
                            value,
                            "userLabel",
                            "OpenIOP test"));
        }
        return page;
    }

    private static String actionOf(String formTag) {
        Matcher action = ACTION.matcher(formTag);
        if (!action.find()) {
            throw new AssertionError("A Keycloak form without an action: " + formTag);
        }
        return action.group(1).replace("&amp;", "&");
    }

    /**
     * Posts the Faces form {@code formId} found on {@code page} (its action, its view state) as a
     * press of {@code button} would; does not follow the redirect.
     */
    public HttpResponse<String> submitFacesForm(
            HttpResponse<String> page, String formId, String button) {
        Matcher form =
                Pattern.compile(
                                "<form id=\""
                                        + Pattern.quote(formId)
                                        + "\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>",
                                Pattern.DOTALL)
                        .matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("No form " + formId + " on " + page.uri());
        }
        Matcher state =
                Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                        .matcher(form.group(2));
        if (!state.find()) {
            throw new AssertionError("Form " + formId + " carries no view state");
        }
        String action = page.uri().resolve(form.group(1).replace("&amp;", "&")).toString();
        return postForm(
                action,
                Map.of(formId, formId, button, button, "jakarta.faces.ViewState", state.group(1)));
    }

    /**
     * Follows a page's {@code <meta http-equiv="refresh">} (and the redirects after it), as a
     * browser would.
     */
    public HttpResponse<String> followRefresh(HttpResponse<String> page) {
        Matcher refresh =
                Pattern.compile("<meta http-equiv=\"refresh\" content=\"0;url=([^\"]+)\"")
                        .matcher(page.body());
        if (!refresh.find()) {
            throw new AssertionError(
                    "No refresh on " + page.uri() + " (status " + page.statusCode() + ")");
        }
        return follow(page.uri().resolve(refresh.group(1).replace("&amp;", "&")).toString());
    }

    public static String loginFormAction(HttpResponse<String> page) {
        Matcher m = LOGIN_FORM.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError(
                    "Expected Keycloak's login form at "
                            + page.uri()
                            + " (status "
                            + page.statusCode()
                            + ")");
        }
        return m.group(1).replace("&amp;", "&");
    }

    public static boolean isKeycloakLoginForm(HttpResponse<String> page) {
        return LOGIN_FORM.matcher(page.body()).find();
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
