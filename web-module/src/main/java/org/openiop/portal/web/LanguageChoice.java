package org.openiop.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language pages are shown in: the one the person chose (remembered in a cookie on their device
 * for a year, so that a shared family phone does not need an account setting), else the browser's
 * preference among those OpenIOP speaks, else English.
 */
@Named
@RequestScoped
public class LanguageChoice {

    static final String COOKIE = "openiop-lang";
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            HttpServletRequest request =
                    (HttpServletRequest)
                            FacesContext.getCurrentInstance().getExternalContext().getRequest();
            locale = chosen(request).orElseGet(() -> preferred(request));
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /**
     * Remembers the choice and reloads the current page in that language. Unknown tags change
     * nothing.
     */
    public void choose(String languageTag) throws IOException {
        Optional<Locale> wanted = supported(languageTag);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (wanted.isPresent()) {
            Cookie cookie = new Cookie(COOKIE, wanted.get().getLanguage());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            ((HttpServletResponse) external.getResponse()).addCookie(cookie);
            locale = wanted.get();
        }
        external.redirect(request.getRequestURI());
    }

    static Optional<Locale> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equalsIgnoreCase(tag.strip()))
                .findFirst();
    }

    private static Optional<Locale> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .flatMap(c -> supported(c.getValue()));
    }

    private static Locale preferred(HttpServletRequest request) {
        for (var it = request.getLocales().asIterator(); it.hasNext(); ) {
            Optional<Locale> match = supported(it.next().getLanguage());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return Locale.ENGLISH;
    }
}
