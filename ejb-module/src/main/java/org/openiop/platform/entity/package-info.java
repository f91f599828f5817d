/**
 * What every component's entities share: their key and version columns ({@link
 * org.openiop.platform.entity.Keyed}, {@link org.openiop.platform.entity.Versioned}), and values
 * such as the US jurisdictions.
 */
package org.openiop.platform.entity;
