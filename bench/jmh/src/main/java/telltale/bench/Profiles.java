package telltale.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import telltale.configfile.ConfigFiles;
import telltale.json.JsonIntake;
import telltale.linkage.control.Shingles;
import telltale.profile.CandidateProfile;

/**
 * The inputs every benchmark shares: a full candidate profile (every section filled, several
 * phones, e-mails, addresses, positions, interview rounds, onboarding), a minimal one (the
 * candidate id alone), and a 180-word synthetic resume drawn as bench/scale/Linkage.java draws
 * them, from a fixed seed.
 */
final class Profiles {
  static final String MINIMAL_JSON = "{\"candidateId\":\"bench-min\"}";
  static final String RESUME = resume(new Random(20261127L), 180);

  private Profiles() {}

  /** The canonical JSON of the full profile, with the synthetic resume as its resumeText. */
  static byte[] fullJson() {
    try (InputStream in = Profiles.class.getResourceAsStream("/full-profile.json")) {
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String resume = RESUME.replace("\n", "\\n");
      return template.replace("\"RESUME\"", "\"" + resume + "\"").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] minimalJson() {
    return MINIMAL_JSON.getBytes(StandardCharsets.UTF_8);
  }

  static CandidateProfile read(byte[] json) {
    return JsonIntake.read(json, CandidateProfile.class);
  }

  /** Shingles as the service builds them: the packaged boilerplate phrases removed. */
  static Shingles shingles() {
    try (InputStream in = ConfigFiles.packaged().require("reference/resume-boilerplate.txt")) {
      List<String> phrases =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .toList();
      return new Shingles(phrases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Words from Linkage.java's vocabulary (3,000 random words, seed 7), a sentence every 15. */
  static String resume(Random r, int words) {
    String[] vocabulary = vocabulary();
    StringBuilder resume = new StringBuilder();
    for (int i = 0; i < words; i++) {
      resume.append(vocabulary[r.nextInt(vocabulary.length)]).append(i % 15 == 14 ? ".\n" : " ");
    }
    return resume.toString();
  }

  private static String[] vocabulary() {
    Random r = new Random(7);
    String[] w = new String[3000];
    for (int i = 0; i < w.length; i++) {
      StringBuilder s = new StringBuilder();
      int len = 3 + r.nextInt(8);
      for (int j = 0; j < len; j++) {
        s.append((char) ('a' + r.nextInt(26)));
      }
      w[i] = s.toString();
    }
    return w;
  }
}
