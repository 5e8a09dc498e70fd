package uk.org.councilkpi.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Keys and anonymous reading ({@code councilkpi.security.*}); staff sign-on has its own ({@link StaffSignOnConfig}). */
@ConfigMapping(prefix = "councilkpi.security")
public interface SecurityConfig {

    /**
     * The first administrator's key, stored hashed at start if new (at least {@link ApiKeys#MIN_LENGTH} characters);
     * unset in a real deployment once named keys exist.
     */
    Optional<String> bootstrapAdminKey();

    /** Callers without a key read published data as viewers ({@link AnonymousRead}). */
    @WithDefault("false")
    boolean anonymousRead();
}
