package org.openiop.join.rest;

import org.openiop.join.entity.CameraChoice;
import org.openiop.platform.rest.MaxLength;

/** What the join API takes. */
public final class JoinRequests {

    private JoinRequests() {}

    /**
     * A participant's answers before joining: the US state or territory they are in now, that they
     * re-affirm confidentiality (false when absent), and the camera choice. An unknown place or a
     * missing camera is a gate (422) in the boundary's words, not a 400; the length limit is only
     * there to keep an oversized body out.
     */
    public record JoinAnswersBody(
            @MaxLength(64) String location, Boolean reaffirmed, CameraChoice camera) {}
}
