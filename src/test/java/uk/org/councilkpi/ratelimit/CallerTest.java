package uk.org.councilkpi.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void aBearerKeyIsKnownByItsSha256Only() {
        Caller caller = Caller.of("Bearer s3cret-key", "192.0.2.1");
        assertEquals("key:817b823905cc7853f381992575a9041fcdb17fc70e776707abfb4d7c59ecbf3f", caller.id()); // sha256sum
        assertFalse(caller.id().contains("s3cret"));
        assertEquals(caller, Caller.of("bearer  s3cret-key ", "198.51.100.7"));
        assertNotEquals(caller, Caller.of("Bearer other-key", "192.0.2.1"));
    }

    @Test
    void withoutABearerKeyTheCallerIsItsAddress() {
        assertEquals(new Caller("address:192.0.2.1"), Caller.of(null, "192.0.2.1"));
        assertEquals(new Caller("address:192.0.2.1"), Caller.of("Bearer   ", "192.0.2.1"));
        assertEquals(new Caller("address:192.0.2.1"), Caller.of("Basic dXNlcjpwYXNz", "192.0.2.1"));
        assertEquals(new Caller("address:unknown"), Caller.of(null, null));
    }
}
