/**
 * Integration with Jitsi meetings for Mentor Hub webinars, on 8x8 JaaS or a self-hosted Jitsi Meet.
 *
 * <p>{@link org.mentorhub.webinar.JitsiClient} is the entry point: it builds a {@link
 * org.mentorhub.webinar.JaasClient} or a {@link org.mentorhub.webinar.SelfHostedJitsiClient}, which
 * turn a {@link org.mentorhub.webinar.JoinRequest} into a signed {@link
 * org.mentorhub.webinar.JoinLink}. {@link org.mentorhub.webinar.RoomNameGenerator} makes
 * unguessable room names, {@link org.mentorhub.webinar.WebhookVerifier} authenticates JaaS webhooks
 * and {@link org.mentorhub.webinar.WebhookEvent} types their bodies. The library needs only the JDK
 * and nimbus-jose-jwt, and reports every failure as an unchecked {@link
 * org.mentorhub.webinar.JitsiException}; bad arguments and incomplete builders throw the usual
 * {@code IllegalArgumentException} and {@code IllegalStateException}.
 */
package org.mentorhub.webinar;
