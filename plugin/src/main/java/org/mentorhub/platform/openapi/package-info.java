/** The OpenAPI document: the error responses every operation can give, added in one place. */
package org.mentorhub.platform.openapi;
