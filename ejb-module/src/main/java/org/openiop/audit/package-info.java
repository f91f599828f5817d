/**
 * The audit trail: append-only, hash-chained events that say who did what, to which record, and
 * why.
 */
package org.openiop.audit;
