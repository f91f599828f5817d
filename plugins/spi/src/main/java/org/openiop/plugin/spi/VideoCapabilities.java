package org.openiop.plugin.spi;

import java.util.List;

/**
 * What a video vendor can do, as the Plugins page and the join flow need to know.
 *
 * @param endToEndEncryption media is end-to-end encrypted
 * @param recordingControl the plugin can keep recording off for every room it creates
 * @param lobby a waiting room that a facilitator admits people from
 * @param audioOnly participants can join without video
 * @param dialIn participants can join by telephone
 * @param baaAvailable the vendor signs a HIPAA business associate agreement
 * @param notes caveats, such as "camera off is a preference the participant can change"
 */
public record VideoCapabilities(
        boolean endToEndEncryption,
        boolean recordingControl,
        boolean lobby,
        boolean audioOnly,
        boolean dialIn,
        boolean baaAvailable,
        List<String> notes) {

    public VideoCapabilities {
        notes = List.copyOf(notes);
    }
}
