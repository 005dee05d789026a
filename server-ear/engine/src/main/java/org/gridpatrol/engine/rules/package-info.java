/**
 * Alarm rule sets: thresholds per org unit with a per-grid override, each in force from its
 * time on, and the schedule of thresholds they give one officer. No SQL: the services load the
 * sets and hand the engine a {@link org.gridpatrol.engine.rules.RuleBook}.
 */
package org.gridpatrol.engine.rules;
