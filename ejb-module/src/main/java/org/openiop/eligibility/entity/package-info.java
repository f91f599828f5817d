/** What a coverage check found, and batches of them for a whole program. */
package org.openiop.eligibility.entity;
