package uk.org.councilkpi.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.org.councilkpi.comparator.ComparatorService;
import uk.org.councilkpi.indicator.IndicatorRepository;
import uk.org.councilkpi.indicator.IndicatorService;
import uk.org.councilkpi.override.OverrideService;
import uk.org.councilkpi.target.TargetService;
import uk.org.councilkpi.value.ValueService;

/**
 * Loads the demo data set at first start (an empty database), through the same services the API uses, in
 * one transaction: all of it or none.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final DemoConfig config;
    private final IndicatorRepository repository;
    private final DemoServices services;

    public DemoDataLoader(DemoConfig config, IndicatorRepository repository, IndicatorService indicators,
                          TargetService targets, ValueService values, ComparatorService comparators,
                          OverrideService overrides) {
        this.config = config;
        this.repository = repository;
        this.services = new DemoServices(indicators, targets, values, comparators, overrides);
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
        CheshireEastDemo.load(services);
        HaltonDemo.load(services);
        LOG.infof("Demo data set loaded: %d indicators from Cheshire East (2017-18 Q2) and Halton (2015-16 Q1, Q2)",
                repository.count());
    }
}
