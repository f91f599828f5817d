package org.openiop.platform.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The 50 states, the District of Columbia and the five inhabited territories, by USPS code. Shared
 * by every component that records where someone is or may practise (programs, identities, licences,
 * joins, attendance, incidents), so it lives on the platform.
 */
public final class UsJurisdictions {

    private static final Map<String, String> NAMES;

    static {
        String[] pairs = {
            "AL",
            "Alabama",
            "AK",
            "Alaska",
            "AZ",
            "Arizona",
            "AR",
            "Arkansas",
            "CA",
            "California",
            "CO",
            "Colorado",
            "CT",
            "Connecticut",
            "DE",
            "Delaware",
            "DC",
            "District of Columbia",
            "FL",
            "Florida",
            "GA",
            "Georgia",
            "HI",
            "Hawaii",
            "ID",
            "Idaho",
            "IL",
            "Illinois",
            "IN",
            "Indiana",
            "IA",
            "Iowa",
            "KS",
            "Kansas",
            "KY",
            "Kentucky",
            "LA",
            "Louisiana",
            "ME",
            "Maine",
            "MD",
            "Maryland",
            "MA",
            "Massachusetts",
            "MI",
            "Michigan",
            "MN",
            "Minnesota",
            "MS",
            "Mississippi",
            "MO",
            "Missouri",
            "MT",
            "Montana",
            "NE",
            "Nebraska",
            "NV",
            "Nevada",
            "NH",
            "New Hampshire",
            "NJ",
            "New Jersey",
            "NM",
            "New Mexico",
            "NY",
            "New York",
            "NC",
            "North Carolina",
            "ND",
            "North Dakota",
            "OH",
            "Ohio",
            "OK",
            "Oklahoma",
            "OR",
            "Oregon",
            "PA",
            "Pennsylvania",
            "RI",
            "Rhode Island",
            "SC",
            "South Carolina",
            "SD",
            "South Dakota",
            "TN",
            "Tennessee",
            "TX",
            "Texas",
            "UT",
            "Utah",
            "VT",
            "Vermont",
            "VA",
            "Virginia",
            "WA",
            "Washington",
            "WV",
            "West Virginia",
            "WI",
            "Wisconsin",
            "WY",
            "Wyoming",
            "AS",
            "American Samoa",
            "GU",
            "Guam",
            "MP",
            "Northern Mariana Islands",
            "PR",
            "Puerto Rico",
            "VI",
            "U.S. Virgin Islands"
        };
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        NAMES = Collections.unmodifiableMap(names);
    }

    private UsJurisdictions() {}

    /** Code to name, in the order above. */
    public static Map<String, String> all() {
        return NAMES;
    }

    public static boolean isCode(String code) {
        return code != null && NAMES.containsKey(code.toUpperCase(Locale.ROOT));
    }
}
