package org.gongkai.core.profile;

import java.util.List;
import java.util.Optional;

/**
 * Where profiles come from, by id: the ones shipped with Gongkai ({@link #shipped()}), or, in a
 * server, profiles stored or uploaded for a region.
 */
@FunctionalInterface
public interface ProfileSource {

    /** The profile of a document that names none: the seed layout, 山西 with 13 tables. */
    String DEFAULT_ID = "shanxi-13";

    /** The profile with this id; empty when the source has none. */
    Optional<Profile> find(String id);

    /**
     * The ids of every profile this source holds, for recognising a document's layout and for
     * naming the known layouts; a source that cannot list its profiles returns none.
     */
    default List<String> ids() {
        return List.of();
    }

    /**
     * The profile with this id, or the {@link #DEFAULT_ID default} when {@code id} is null.
     *
     * @throws IllegalArgumentException when the source has no such profile
     */
    default Profile profile(String id) {
        String key = id == null ? DEFAULT_ID : id;
        return find(key).orElseThrow(() -> new IllegalArgumentException("unknown profile: " + key));
    }

    /** The profiles shipped as resources ({@code org/gongkai/core/profile/<id>.json}), each read once. */
    static ProfileSource shipped() {
        return ShippedProfiles.INSTANCE;
    }
}
