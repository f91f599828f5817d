/**
 * Audit events as written and as read back, what a verification found, and a checkpoint as signed.
 */
package org.openiop.audit.entity;
