/** What a device reports: {@link org.gridpatrol.engine.fix.Fix}. */
package org.gridpatrol.engine.fix;
