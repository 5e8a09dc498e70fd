package uk.org.councilkpi.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * What dev mode sets and the test profile does not: anonymous read, and the demo's sign-off of Cheshire East's Q2
 * 2017-18 as its committee received it. The test classes that need either share this one profile, so that Quarkus
 * starts the application once for all of them (each profile is a start of its own, with a fresh demo data set).
 */
public class AsInDevMode implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("councilkpi.security.anonymous-read", "true",
                "councilkpi.demo.sign-off", "true");
    }
}
