package org.mentorhub.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the training feature, keys {@code mentorhub.training.*}. */
@ApplicationScoped
public class TrainingConfig {

  @Inject
  @ConfigProperty(
      name = "mentorhub.training.require-foundations-for-mentors",
      defaultValue = "true")
  boolean requireFoundationsForMentors;

  @Inject
  @ConfigProperty(name = "mentorhub.training.content-dir")
  Optional<String> contentDir;

  /**
   * Whether a mentor appears in the directory only after completing {@value
   * TrainingService#MENTORING_FOUNDATIONS}; the directory reads this.
   */
  public boolean requireFoundationsForMentors() {
    return requireFoundationsForMentors;
  }

  /**
   * A directory of the host's own tracks, laid out like the content module's resources; empty means
   * the shipped tracks.
   */
  public Optional<Path> contentDir() {
    return contentDir.filter(dir -> !dir.isBlank()).map(Path::of);
  }
}
