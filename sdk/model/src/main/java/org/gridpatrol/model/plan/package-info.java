/** Checkpoints, patrol plans (巡检计划), their visits and suggested routes. */
package org.gridpatrol.model.plan;
