package org.openiop.identity.entity;

import java.util.Map;

/**
 * Where the web tier still looks the jurisdictions up under their old name.
 *
 * @deprecated use {@link org.openiop.platform.entity.UsJurisdictions}: the list is shared by every
 *     component, and kept here only until the web tier's last caller moves.
 */
@Deprecated
public final class UsJurisdictions {

    private UsJurisdictions() {}

    /** Code to name, as {@link org.openiop.platform.entity.UsJurisdictions#all()}. */
    public static Map<String, String> all() {
        return org.openiop.platform.entity.UsJurisdictions.all();
    }

    /** As {@link org.openiop.platform.entity.UsJurisdictions#isCode(String)}. */
    public static boolean isCode(String code) {
        return org.openiop.platform.entity.UsJurisdictions.isCode(code);
    }
}
