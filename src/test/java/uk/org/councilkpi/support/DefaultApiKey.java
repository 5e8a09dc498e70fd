package uk.org.councilkpi.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Before each {@code @QuarkusTest} method: requests go with the test administrator's key (see {@link Keys}). Runs in
 * the class loader of the test instance, where the test's RestAssured lives.
 */
public class DefaultApiKey implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Object test = context.getTestInstance();
        try {
            Class<?> keys = Class.forName(Keys.class.getName(), true, test.getClass().getClassLoader());
            keys.getMethod("useDefault", Class.class).invoke(null, test.getClass());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not set the default API key for " + test.getClass(), e);
        }
    }
}
