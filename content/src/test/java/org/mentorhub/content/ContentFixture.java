package org.mentorhub.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small content trees into a temporary directory for loader and validator tests. */
final class ContentFixture {

  private final Path root;

  ContentFixture(Path root) {
    this.root = root;
  }

  /**
   * A valid two-track tree: {@code basics} (lesson, quiz, reflection, webinar) and {@code next}
   * (one lesson, requiring basics), plus one survey. Tests break one thing at a time.
   */
  static ContentFixture valid(Path root) {
    ContentFixture fixture = new ContentFixture(root);
    fixture.write("tracks/index.yaml", "tracks: [basics, next]\n");
    fixture.write(
        "tracks/basics/track.yaml",
        """
        slug: basics
        title: Basics
        audience: everyone
        summary: The basics.
        estimatedMinutes: 30
        version: 1
        prerequisites: []
        steps:
          - id: intro
            kind: lesson
          - id: check
            kind: quiz
            title: Check
            passMark: 50
            questions:
              - id: q1
                text: Which?
                options:
                  - id: a
                    text: This one
                    correct: true
                    feedback: Right, because.
                  - id: b
                    text: That one
                    feedback: No, because.
          - id: think
            kind: reflection
            title: Think
            prompt: What will you change?
          - id: attend
            kind: webinar
            title: Attend
            webinarKind: ONBOARDING
            description: Meet the community.
        """);
    fixture.lesson("basics", "intro", words(450));
    fixture.write(
        "tracks/next/track.yaml",
        """
        slug: next
        title: Next
        audience: mentor
        summary: What comes next.
        estimatedMinutes: 10
        version: 2
        prerequisites: [basics]
        steps:
          - id: more
            kind: lesson
        """);
    fixture.lesson("next", "more", words(450));
    fixture.write("surveys/index.yaml", "surveys: [early-check]\n");
    fixture.write(
        "surveys/early-check.yaml",
        """
        id: early-check
        version: 1
        title: Early check
        intro: Tell us how it is going.
        moment: early-check
        audience: everyone
        scale: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree]
        items:
          - id: clear-goal
            kind: likert
            text: We agreed a goal.
          - id: meetings
            kind: likert
            text: We meet as often as planned.
            scale: [Never, Rarely, Sometimes, Often, Always]
          - id: change
            kind: text
            text: What would you change?
        """);
    return fixture;
  }

  /** Writes a lesson file with front matter around {@code body}. */
  ContentFixture lesson(String slug, String id, String body) {
    return write(
        "tracks/" + slug + "/" + id + ".md", "---\ntitle: " + id + "\nminutes: 5\n---\n" + body);
  }

  ContentFixture write(String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the first occurrence of {@code from} in a file, to break one thing. */
  ContentFixture edit(String path, String from, String to) {
    try {
      Path file = root.resolve(path);
      String text = Files.readString(file);
      int at = text.indexOf(from);
      if (at < 0) {
        throw new IllegalArgumentException(path + " does not contain " + from);
      }
      Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  LoadedContent load() {
    return ContentLoader.fromDirectory(root).load();
  }

  List<ContentProblem> problems() {
    return ContentValidator.validate(load());
  }

  /** A paragraph of {@code count} words. */
  static String words(int count) {
    StringBuilder text = new StringBuilder("# Heading\n\n");
    for (int i = 0; i < count - 1; i++) {
      text.append("word ");
    }
    return text.append('\n').toString();
  }
}
