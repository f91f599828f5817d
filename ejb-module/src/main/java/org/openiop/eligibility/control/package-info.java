/**
 * Calling eligibility plugins under their guard, with UNKNOWN as the answer when they fail; and the
 * erasure step for payers' answers sealed before data keys ({@link EligibilityTexts}).
 */
package org.openiop.eligibility.control;
