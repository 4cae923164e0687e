/**
 * What several Mentor Hub nodes on one database need to agree on: which node this is, how long a
 * node may stay silent before the others treat it as gone, and the secrets a single node would
 * otherwise make up for itself. Coordination goes through the database, the one thing every node
 * already shares; nothing here needs the nodes to reach each other.
 */
package org.mentorhub.platform.cluster;
