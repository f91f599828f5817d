/**
 * The arithmetic of credited time: unions of segments, ISO weeks, thresholds, step-down and H0015.
 */
package org.openiop.attendance.control;
