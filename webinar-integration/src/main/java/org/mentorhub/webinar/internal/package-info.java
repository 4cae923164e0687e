/**
 * Implementation details of {@code org.mentorhub.webinar}: token signing, PEM reading, HTTP with
 * retries and JSON reading; public only so the API package can reach them, not for other callers.
 */
package org.mentorhub.webinar.internal;
