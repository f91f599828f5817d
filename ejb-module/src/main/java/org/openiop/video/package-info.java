/** Video: rooms, join links and attendance events through the group's video plugin. */
package org.openiop.video;
