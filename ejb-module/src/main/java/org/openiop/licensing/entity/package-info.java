/**
 * Clinicians' credentials and the decisions recorded for sessions as OpenIOP keeps them, and the
 * rule by which the licensing plugins' answers become one decision ({@code DecisionComposer}).
 */
package org.openiop.licensing.entity;
