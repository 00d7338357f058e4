package telltale.catalogue.entity;

import java.util.List;

/**
 * The trainer handbook's own material (catalogue/handbook.yaml): the signals Telltale refuses to
 * use, documented cases, quiz questions and training modules. The signs themselves come from the
 * rules.
 */
public record Handbook(
    List<Refused> refused, List<Case> cases, List<Question> quiz, List<Module> modules) {

  public Handbook {
    refused = List.copyOf(refused);
    cases = List.copyOf(cases);
    quiz = List.copyOf(quiz);
    modules = List.copyOf(modules);
  }

  /** A signal no rule may use, and why. */
  public record Refused(String signal, String why) {}

  /** A documented public case, told as a teaching story. */
  public record Case(
      String title,
      int year,
      String story,
      List<String> indicators,
      String whatCaughtIt,
      List<String> sources) {
    public Case {
      indicators = List.copyOf(indicators);
      sources = List.copyOf(sources);
    }
  }

  /** A scenario question; {@code answer} is the position of the right option, from 0. */
  public record Question(String question, List<String> options, int answer, String explanation) {
    public Question {
      options = List.copyOf(options);
    }

    public String correct() {
      return options.get(answer);
    }
  }

  /** A training module with its objective and key points. */
  public record Module(
      String id, String title, String objective, List<String> keyPoints, List<String> sources) {
    public Module {
      keyPoints = List.copyOf(keyPoints);
      sources = List.copyOf(sources);
    }
  }
}
