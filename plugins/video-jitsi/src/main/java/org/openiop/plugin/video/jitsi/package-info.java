/**
 * Bundled video plugin {@code video-jitsi}: rooms on a self-hosted Jitsi Meet with token
 * authentication (HS256 with the prosody {@code app_secret}) or on 8x8 JaaS (RS256, {@code kid}
 * header). Tokens carry the pseudonym and the session-scoped id only, and turn recording,
 * live-streaming and transcription off; JaaS webhooks are verified (HMAC-SHA256) and read as
 * attendance.
 */
package org.openiop.plugin.video.jitsi;
