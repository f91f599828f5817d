package org.openiop.join.entity;

import org.openiop.plugin.spi.Modality;

/**
 * How a participant joins. The camera is always optional; audio only also changes the modality,
 * which licensing and some payers treat differently (Florida's telehealth excludes audio-only).
 */
public enum CameraChoice {
    CAMERA_ON,
    CAMERA_OFF,
    AUDIO_ONLY;

    public Modality modality() {
        return this == AUDIO_ONLY ? Modality.AUDIO_ONLY : Modality.VIDEO;
    }
}
