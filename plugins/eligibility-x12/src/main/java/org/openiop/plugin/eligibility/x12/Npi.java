package org.openiop.plugin.eligibility.x12;

/**
 * The NPI check digit: Luhn over the number prefixed with 80840 (45 CFR 162.406; CMS NPI check
 * digit guide).
 */
final class Npi {

    private Npi() {}

    static boolean valid(String npi) {
        if (npi == null || !npi.matches("\\d{10}")) {
            return false;
        }
        String digits = "80840" + npi;
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
