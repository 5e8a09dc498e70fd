package uk.org.councilkpi.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How tokens are told from API keys, and how the identity provider's roles and groups become ours (no Quarkus). */
class StaffSignOnRolesTest {

    private static StaffSignOnConfig config(Map<String, String> roleMap) {
        return new StaffSignOnConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public String roleClaim() {
                return "roles";
            }

            @Override
            public String principalClaim() {
                return "preferred_username";
            }

            @Override
            public Map<String, String> roleMap() {
                return roleMap;
            }
        };
    }

    private static StaffSignOn signOn(Map<String, String> roleMap) {
        return new StaffSignOn(Optional.of("https://sso.example.gov.uk/realms/council"), true, config(roleMap));
    }

    @Test
    void shouldTellTokensFromApiKeys() {
        assertTrue(StaffSignOn.looksLikeJwt("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl"));
        assertFalse(StaffSignOn.looksLikeJwt(ApiKeys.generate()), "a generated key has no dot");
        assertFalse(StaffSignOn.looksLikeJwt("test-admin-key-for-the-test-suite-000"));
        assertFalse(StaffSignOn.looksLikeJwt("a.b"), "two parts");
        assertFalse(StaffSignOn.looksLikeJwt("a.b.c.d.e"), "an encrypted token's five parts are not taken");
        assertFalse(StaffSignOn.looksLikeJwt("a..c"), "an empty part");
        assertFalse(StaffSignOn.looksLikeJwt("some key.with a.space"));
    }

    @Test
    void shouldGiveEachRoleTheRolesItIncludes() {
        StaffSignOn signOn = signOn(Map.of());
        assertEquals(Set.of("viewer", "partner", "editor", "admin"), signOn.roles(List.of("admin")));
        assertEquals(Set.of("viewer", "partner", "editor"), signOn.roles(List.of("editor", "viewer")));
        assertEquals(Set.of("viewer"), signOn.roles(List.of("viewer", "offline_access", "Admin")));
        assertEquals(Set.of(), signOn.roles(List.of("uma_authorization")));
    }

    @Test
    void shouldMapTheIdentityProvidersNames() {
        StaffSignOn signOn = signOn(Map.of("performance-team", "editor", "/council/it-admins", " admin"));
        assertEquals(Set.of("viewer", "partner", "editor"), signOn.roles(List.of("performance-team")));
        assertEquals(Set.of("viewer", "partner", "editor", "admin"), signOn.roles(List.of("/council/it-admins")));
        assertEquals(Set.of("viewer", "partner"), signOn.roles(List.of("partner")), "our own names still count");
    }

    @Test
    void shouldRefuseAMappingOntoNoRole() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> signOn(Map.of("performance-team", "writer")));
        assertTrue(e.getMessage().contains("performance-team"), e.getMessage());
    }
}
