/** The vendor room kept for each session, and what a vendor's webhook delivery came to. */
package org.openiop.video.entity;
