package org.openiop.plugin.eligibility.x12;

/** A 271 (or a 270) that could not be used; the message names why, without PHI. */
final class X12Exception extends RuntimeException {

    private static final long serialVersionUID = 1L;

    X12Exception(String message) {
        super(message);
    }
}
