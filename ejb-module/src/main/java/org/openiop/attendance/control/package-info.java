/**
 * The arithmetic of credited time (unions of segments, ISO weeks, thresholds, step-down and H0015),
 * and what other components' events leave in the ledger (a redeemed join ticket).
 */
package org.openiop.attendance.control;
