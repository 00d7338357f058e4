package telltale.card.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the HTML pages from templates/ with Thymeleaf. Every value goes through th:text, which
 * escapes it: candidate data is hostile and never becomes markup, a script or an address.
 */
@ApplicationScoped
public class Pages {
  private final TemplateEngine engine = engine();

  public String render(String template, Map<String, Object> values) {
    return engine.process(template, new Context(Locale.ENGLISH, values));
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
