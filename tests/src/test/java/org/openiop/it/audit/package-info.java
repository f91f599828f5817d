/**
 * The audit trail: export and offline verification, the database role that may only append, and
 * tampering found.
 */
package org.openiop.it.audit;
