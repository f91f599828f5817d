/** Audit events as written and as read back, and what a verification found. */
package org.openiop.audit.entity;
