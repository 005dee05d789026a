/** Ordering checkpoints into a walk: cost matrices in, an order out. No database, no network graph. */
package org.gridpatrol.engine.route;
