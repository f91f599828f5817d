package org.openiop.plugin.spi;

/** What kind of authority a credential is. */
public enum CredentialType {
    /** A full license issued by a jurisdiction's board (IMLC licenses are ordinary licenses). */
    LICENSE,
    /**
     * A compact privilege or authority to practise in a remote state (Counseling Compact privilege,
     * PSYPACT APIT).
     */
    COMPACT_PRIVILEGE,
    /** A multistate license issued by the home state under a compact (Nurse Licensure Compact). */
    MULTISTATE_LICENSE,
    /**
     * A state's out-of-state telehealth registration (Florida §456.47, Arizona A.R.S. §36-3606).
     */
    TELEHEALTH_REGISTRATION
}
