package org.openiop.plugin.spi;

/** A payer's answer about coverage. */
public enum EligibilityStatus {
    ACTIVE,
    INACTIVE,
    /** The payer could not say (or could not be asked): a person must check. */
    UNKNOWN,
    /** The request was refused or malformed; the rejections say why. */
    ERROR
}
