/** Coverage checks over REST for intake and program admins: one participant, or a batch. */
package org.openiop.eligibility.rest;
