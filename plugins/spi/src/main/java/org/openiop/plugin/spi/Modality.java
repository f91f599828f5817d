package org.openiop.plugin.spi;

/** How a participant takes part in a session. */
public enum Modality {
    /** Audio and video (the camera may still be off). */
    VIDEO,
    /** Audio through the video platform, no video. */
    AUDIO_ONLY,
    /** Dialled in by telephone. */
    PHONE
}
