/**
 * The arithmetic of credited time (unions of segments, ISO weeks, thresholds, step-down and H0015),
 * what other components' events leave in the ledger (a redeemed join ticket), and attendance's
 * claim on the sessions it was taken in.
 */
package org.openiop.attendance.control;
