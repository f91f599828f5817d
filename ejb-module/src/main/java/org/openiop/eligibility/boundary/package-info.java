/**
 * Coverage checks for one participant or a whole program, their results, and the automatic
 * re-checks.
 */
package org.openiop.eligibility.boundary;
