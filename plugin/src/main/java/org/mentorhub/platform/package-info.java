/**
 * What every feature shares: the REST application, configuration, problem details, security,
 * persistence and health.
 */
package org.mentorhub.platform;
