/** Values every component's entities share, such as the US jurisdictions. */
package org.openiop.platform.entity;
