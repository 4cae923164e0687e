/**
 * Identity from host-issued RS256 bearer tokens (the MicroProfile JWT claim set), roles from their
 * {@code groups}, and the dev-mode token issuer.
 */
package org.mentorhub.platform.security;
