package uk.org.councilkpi.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.period.Period;
import uk.org.councilkpi.signoff.SignoffRequest;
import uk.org.councilkpi.signoff.SignoffService;
import org.jboss.logging.Logger;
import uk.org.councilkpi.comparator.ComparatorService;
import uk.org.councilkpi.importing.ImportResult;
import uk.org.councilkpi.importing.ImportService;
import uk.org.councilkpi.indicator.IndicatorRepository;
import uk.org.councilkpi.indicator.IndicatorService;
import uk.org.councilkpi.override.OverrideService;
import uk.org.councilkpi.publication.PublicationService;

/**
 * Loads the demo data set at first start (an empty database), through the same services the API uses, in
 * one transaction: all of it or none. Indicators, comparators and overrides go through their services; figures
 * and targets through the bulk import, as one batch.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final DemoConfig config;
    private final IndicatorRepository repository;
    private final IndicatorService indicators;
    private final ComparatorService comparators;
    private final OverrideService overrides;
    private final ImportService imports;
    private final PublicationService publication;
    private final Audit audit;
    private final SignoffService signoffs;
    private final EntityManager em;
    private static final String CHESHIRE_EAST_QUARTER = "2017-18-Q2";

    public DemoDataLoader(DemoConfig config, IndicatorRepository repository, IndicatorService indicators,
                          ComparatorService comparators, OverrideService overrides, ImportService imports, PublicationService publication,
                          Audit audit, SignoffService signoffs, EntityManager em) {
        this.em = em;
        this.audit = audit;
        this.signoffs = signoffs;
        this.config = config;
        this.repository = repository;
        this.indicators = indicators;
        this.comparators = comparators;
        this.overrides = overrides;
        this.imports = imports;
        this.publication = publication;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        if (repository.count() > 0) {
            LOG.info("Demo data set not loaded: the database already holds indicators");
            return;
        }
        audit.actor(DemoServices.LOADER); // no request at start: every row of the demo data set names the loader
        DemoServices services = new DemoServices(indicators, comparators, overrides, new DemoBatch());
        CheshireEastDemo.load(services);
        HaltonDemo.load(services);
        HaltonPlansDemo.indicators(services);
        ImportResult figures = imports.importRows(services.batch().rows(), DemoServices.LOADER);
        int published = publication.publishAllWithFigures(DemoServices.LOADER,
                "Published in the council's report; loaded with the demo data set");
        LOG.infof("Demo data set loaded: %d indicators from Cheshire East (2017-18 Q2) and Halton (2015-16 Q1, Q2),"
                + " %d figures and %d targets in import batch %d", repository.count(), figures.values().created(),
                figures.targets().created(), figures.batchId());
        em.flush();
        PlanRows plans = new PlanRows(em);
        HaltonPlansDemo.plans(plans);
        published += plans.publishProgressPeriods("Published in the council's report; loaded with the demo data set");
        LOG.infof("Demo data set: %d periods published (viewers and partners see their figures)", published);
        LOG.infof("Demo data set: Halton's plans and milestones; the 2024/25 Q1 report is GET /api/v1/reports/2024-25-Q1"
                + "?directorate=%s, its collection round GET /api/v1/periods/2024-25-Q1/collection?directorate=%s"
                + " (editor role)", HaltonPlansDemo.DIRECTORATE_2024_URL, HaltonPlansDemo.DIRECTORATE_2024_URL);
        if (config.signOff()) {
            signoffs.signOff(Period.parse(CHESHIRE_EAST_QUARTER), new SignoffRequest(DemoServices.LOADER,
                    "Reported to the Children and Families Overview and Scrutiny Committee, 27 November 2017"));
            LOG.infof("Demo data set: %s signed off (GET /api/v1/scorecards/%s?asSignedOff=first)",
                    CHESHIRE_EAST_QUARTER, CHESHIRE_EAST_QUARTER);
        }
    }
}
