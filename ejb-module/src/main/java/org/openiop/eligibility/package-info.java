/** Eligibility: asking a payer, through an eligibility plugin, whether a participant is covered. */
package org.openiop.eligibility;
