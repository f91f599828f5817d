package org.openiop.video.boundary;

/**
 * The video vendor could not be reached through its plugin. The message is for people: the
 * participant is told video is unavailable and to wait for their facilitator; the reason is for
 * staff and logs (no PHI in either).
 */
public class VideoUnavailable extends RuntimeException {

    public static final String FOR_PARTICIPANTS =
            "Video is unavailable right now. Please stay on this page; "
                    + "your facilitator has been told and will contact you.";

    private final String reason;

    public VideoUnavailable(String reason) {
        super(FOR_PARTICIPANTS);
        this.reason = reason;
    }

    /** Why, for staff and the Plugins page. */
    public String reason() {
        return reason;
    }
}
