/** Calling eligibility plugins under their guard, with UNKNOWN as the answer when they fail. */
package org.openiop.eligibility.control;
