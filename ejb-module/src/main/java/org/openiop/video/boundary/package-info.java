/** Rooms and join links for sessions, through the group's video plugin: {@code VideoRooms}. */
package org.openiop.video.boundary;
