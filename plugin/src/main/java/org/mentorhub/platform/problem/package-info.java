/**
 * RFC 9457 problem details: the exceptions features throw for each case and the mappers that turn
 * every failure into {@code application/problem+json}.
 */
package org.mentorhub.platform.problem;
