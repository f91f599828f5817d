/**
 * Bundled video plugin {@code video-bigbluebutton}: meetings through the BigBlueButton API
 * (docs.bigbluebutton.org/development/api), every call signed with the shared secret's checksum;
 * recording off, the waiting room on, pseudonyms and session-scoped ids only; bbb-webhooks
 * callbacks and the end-meeting callback verified by checksum and read as attendance.
 */
package org.openiop.plugin.video.bigbluebutton;
