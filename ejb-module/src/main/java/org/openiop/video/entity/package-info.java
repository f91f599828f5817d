/** The vendor room kept for each session. */
package org.openiop.video.entity;
