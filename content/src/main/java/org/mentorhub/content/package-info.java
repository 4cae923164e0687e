/**
 * Training tracks and programme surveys shipped as files, with their immutable model, loader and
 * validator.
 *
 * <p>Content lives under {@code tracks/} and {@code surveys/} on the classpath (or in a host's
 * directory). {@link org.mentorhub.content.ContentLoader} turns the files into records and reports
 * what it could not read, {@link org.mentorhub.content.ContentValidator} checks the rules a member
 * would otherwise trip over (broken links, quizzes without a right answer, prerequisite cycles),
 * and {@link org.mentorhub.content.TrackCatalog} is the validated result the plugin serves from.
 * The plugin renders lesson Markdown itself; this package hands it the body without front matter.
 */
package org.mentorhub.content;
