package org.openiop.join.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openiop.consent.boundary.Agreements;
import org.openiop.consent.entity.ConsentType;
import org.openiop.consent.web.AgreementSigning;
import org.openiop.join.boundary.Joins;
import org.openiop.join.entity.CameraChoice;
import org.openiop.join.entity.Gate;
import org.openiop.platform.boundary.RequestRefused;
import org.openiop.platform.web.PageMessages;
import org.openiop.security.web.SignedInUser;

/**
 * The portal's join page for one session. It shows the first gate that stops the participant, with
 * what to do (the agreement is signed right here), and otherwise asks where they are, the one-tap
 * re-affirmation and the camera; Join then sends the browser to {@code /portal/join/{ticket}}.
 */
@Named
@ViewScoped
public class JoinBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB transient Joins joins;

    @EJB transient Agreements agreements;

    @Inject SignedInUser user;

    private String session;
    private UUID sessionId;
    private transient Joins.Status status;

    /** The stop after pressing Join (licensing, re-affirmation...), shown in place of the form. */
    private Joins.Stop stopped;

    private String location;
    private boolean reaffirm;
    private CameraChoice camera;
    private boolean agree;
    private String signature;
    private String go;

    public void load() {
        try {
            sessionId = UUID.fromString(session);
            refresh();
            location = status.lastLocation();
            camera = status.camera();
        } catch (IllegalArgumentException | NullPointerException | RequestRefused e) {
            sessionId = null;
            PageMessages.error(PageMessages.text("join.noSession"));
        }
    }

    private void refresh() {
        status = joins.status(sessionId, user.actor());
    }

    private Joins.Status status() {
        if (status == null && sessionId != null) {
            refresh();
        }
        return status;
    }

    /** Presses Join: on success the browser goes straight to the ticket's redirect. */
    public void join() throws IOException {
        Joins.Outcome outcome;
        try {
            outcome =
                    joins.join(
                            sessionId, new Joins.Answers(location, reaffirm, camera), user.actor());
        } catch (RequestRefused e) {
            PageMessages.error(e.getMessage());
            return;
        }
        if (outcome instanceof Joins.Outcome.Ticket t) {
            // Not straight to the vendor: the page's form-action 'self' would stop a form's
            // redirect to
            // another origin. The page shown next goes on by itself (and offers a link).
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(
                    external.getRequestContextPath()
                            + "/portal/join.xhtml?session="
                            + sessionId
                            + "&go="
                            + t.ticket());
            return;
        }
        Joins.Stop stop = ((Joins.Outcome.Stopped) outcome).stop();
        if (stop.gate() == Gate.LICENSING) {
            stopped = stop;
        } else {
            PageMessages.error(stopText(stop));
        }
    }

    /**
     * A stop in the viewer's language; "{minutes}" is how long before the start joining opens,
     * which is configurable.
     */
    private String stopText(Joins.Stop stop) {
        String text = PageMessages.text("join.stop." + stop.code());
        Joins.Status s = status();
        if (s == null) {
            return text;
        }
        return text.replace(
                "{minutes}",
                String.valueOf(Duration.between(s.opensAt(), s.session().startsAt()).toMinutes()));
    }

    public String getStopText() {
        return getStop() == null ? null : stopText(getStop());
    }

    /** Signs the program's current agreement inline, then shows the next gate. */
    public void signAgreement() {
        if (AgreementSigning.sign(
                agreements,
                user.actor(),
                status().session().programId(),
                status().agreement().sha256(),
                agree,
                signature)) {
            PageMessages.info(PageMessages.text("agreement.thanks"));
            refresh();
        }
    }

    public String getAgreementHtml() {
        return status() == null || status().agreement() == null
                ? null
                : agreements.html(status().agreement());
    }

    /**
     * The ticket to go on with, once Join succeeded; only a well-formed one is put back on the
     * page.
     */
    public String getGo() {
        return go;
    }

    public void setGo(String v) {
        go = Joins.ticketWellFormed(v) ? v : null;
    }

    public boolean isFound() {
        return sessionId != null && status() != null;
    }

    public Joins.Stop getStop() {
        return stopped != null ? stopped : status() == null ? null : status().stop();
    }

    /** Whether this is their own group's session (otherwise not even its name is shown). */
    public boolean isMember() {
        return isFound() && (status().stop() == null || status().stop().gate() != Gate.MEMBERSHIP);
    }

    public boolean isReady() {
        return isFound() && getStop() == null && go == null;
    }

    public boolean isAgreementStop() {
        return stopped == null
                && isFound()
                && status().stop() != null
                && status().stop().gate() == Gate.AGREEMENT;
    }

    public List<ConsentType> getMissingConsents() {
        return status() == null ? List.of() : status().missingConsents();
    }

    public Joins.Status getStatus() {
        return status();
    }

    public List<CameraChoice> getCameraChoices() {
        return List.of(CameraChoice.values());
    }

    public String getSession() {
        return session;
    }

    public void setSession(String v) {
        session = v;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String v) {
        location = v;
    }

    public boolean isReaffirm() {
        return reaffirm;
    }

    public void setReaffirm(boolean v) {
        reaffirm = v;
    }

    public CameraChoice getCamera() {
        return camera;
    }

    public void setCamera(CameraChoice v) {
        camera = v;
    }

    public boolean isAgree() {
        return agree;
    }

    public void setAgree(boolean v) {
        agree = v;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String v) {
        signature = v;
    }
}
