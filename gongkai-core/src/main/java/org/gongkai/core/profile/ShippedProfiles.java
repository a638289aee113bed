package org.gongkai.core.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The profiles on the classpath, cached: see {@link ProfileSource#shipped()}. */
final class ShippedProfiles implements ProfileSource {

    static final ShippedProfiles INSTANCE = new ShippedProfiles();

    /** An id names a resource file: letters, digits, '-' and '_' only, never a path. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    private final Map<String, Profile> cache = new ConcurrentHashMap<>();

    /** The profiles shipped as resources, the default first. */
    private static final List<String> IDS = List.of(DEFAULT_ID, "shanghai-9");

    private ShippedProfiles() {
    }

    @Override
    public List<String> ids() {
        return IDS;
    }

    @Override
    public Optional<Profile> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(cache.computeIfAbsent(id, ShippedProfiles::read));
    }

    /** The profile resource, or null when there is none. */
    private static Profile read(String id) {
        String resource = "/org/gongkai/core/profile/" + id + ".json";
        try (InputStream in = Profile.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return Profile.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read profile " + resource, e);
        }
    }
}
