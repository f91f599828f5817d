/**
 * A real identity as intake records it, its sealed form in the vault, break-glass grants and access
 * alerts; and the staff-only records pages and the API read the last two as ({@code
 * BreakGlassEntry}, {@code AccessAlertSummary}).
 */
package org.openiop.identity.entity;
