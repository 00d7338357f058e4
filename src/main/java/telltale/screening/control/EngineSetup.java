package telltale.screening.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.System.Logger.Level;
import telltale.catalogue.control.CatalogueConfig;
import telltale.catalogue.control.CatalogueLoader;
import telltale.catalogue.control.HandbookLoader;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.Handbook;
import telltale.configfile.ConfigFiles;
import telltale.reference.ReferenceData;
import telltale.reference.ReferenceLoader;
import telltale.screening.rules.Rules;

/**
 * Loads the catalogue and reference data once, at start, and binds them to the evaluators. Any
 * problem stops the deployment with a message naming the file and the entry.
 */
@ApplicationScoped
public class EngineSetup {
  private static final System.Logger LOG = System.getLogger(EngineSetup.class.getName());

  @Inject CatalogueConfig config;

  @Produces
  @Singleton
  ChecklistEngine engine() {
    ConfigFiles files = config.files();
    Catalogue catalogue = new CatalogueLoader(files).load();
    ReferenceData reference = new ReferenceLoader(files).load(config.sanctionedTools());
    ChecklistEngine engine = new ChecklistEngine(catalogue, Rules.all(), reference);
    LOG.log(
        Level.INFO,
        "catalogue "
            + catalogue.version()
            + ": "
            + catalogue.rules().size()
            + " rules from "
            + files.describe("catalogue"));
    return engine;
  }

  @Produces
  Catalogue catalogue(ChecklistEngine engine) {
    return engine.catalogue();
  }

  /** The reference lists, loaded once, for components that look facts up before storing them. */
  @Produces
  @Singleton
  ReferenceData reference(ChecklistEngine engine) {
    return engine.reference();
  }

  @Produces
  @Singleton
  Handbook handbook(ChecklistEngine engine) {
    return new HandbookLoader(config.files()).load(engine.catalogue());
  }

  void loadAtStart(
      @Observes @Initialized(ApplicationScoped.class) Object started,
      ChecklistEngine engine,
      Handbook handbook) {
    // injecting the engine here builds it during deployment, so a bad catalogue fails the start
  }
}
