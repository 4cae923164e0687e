package org.mentorhub.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads content files by their path relative to the content root.
 *
 * <p>Only reading by name is offered, never listing, because resources inside a jar cannot be
 * listed reliably; the index files name everything there is.
 */
interface ContentFiles {

  /** The file's text as UTF-8, or empty if there is no such file. */
  Optional<String> read(String path);

  /** Files packaged as resources, under {@code tracks/} and {@code surveys/}. */
  static ContentFiles classpath(ClassLoader classLoader) {
    return path -> {
      try (InputStream in = classLoader.getResourceAsStream(path)) {
        return in == null
            ? Optional.empty()
            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + path, e);
      }
    };
  }

  /** Files in a directory that has {@code tracks/} and {@code surveys/} below it. */
  static ContentFiles directory(Path root) {
    Path base = root.toAbsolutePath().normalize();
    return path -> {
      Path file = base.resolve(path).normalize();
      // Index entries are author-controlled, but a slug like "../.." must still not escape root.
      if (!file.startsWith(base)) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    };
  }
}
