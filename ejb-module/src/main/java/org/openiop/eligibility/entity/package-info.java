/**
 * What a coverage check found, and batches of them for a whole program; and the records pages and
 * the API read them as ({@code CoverageCheck}, {@code BatchProgress}).
 */
package org.openiop.eligibility.entity;
