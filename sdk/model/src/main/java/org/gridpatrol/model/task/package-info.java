/** Tasks a supervisor gives an officer's phone (派发任务), and the phone's steps on them. */
package org.gridpatrol.model.task;
