/** Calling video plugins under their guard, with a clear "video unavailable" when they fail. */
package org.openiop.video.control;
