/**
 * Program entities, each keeping its own invariants in its constructor; and the records pages, the
 * API and other components read them as ({@code ProgramSummary}, {@code GroupSummary}, {@code
 * SessionSummary}, {@code Member}, {@code AdminAssignment}).
 */
package org.openiop.program.entity;
