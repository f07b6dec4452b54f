package jp.yui.query.security;

import java.util.Objects;

/**
 * The authenticated user of Yui with the scope of their role.
 * <p>
 * Exactly one scope key is set, matching the role: {@code cooperativeId} for {@link Role#MANAGER},
 * {@code municipalityCode} (全国地方公共団体コード, 6 digits) for {@link Role#MUNICIPALITY}, {@code prefectureCode}
 * (2 digits) for {@link Role#PREFECTURE}; none for {@link Role#ADMIN}.
 *
 * @param username         login name, also the {@code userId} written into every event's metadata
 * @param displayName      name shown in the UI
 * @param role             the role
 * @param cooperativeId    the managed cooperative (MANAGER only)
 * @param municipalityCode the reviewing municipality (MUNICIPALITY only)
 * @param prefectureCode   the auditing prefecture (PREFECTURE only)
 */
public record YuiPrincipal(String username, String displayName, Role role, String cooperativeId,
                           String municipalityCode, String prefectureCode) implements java.security.Principal {

    public YuiPrincipal {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (displayName == null || displayName.isBlank()) {
            displayName = username;
        }
        switch (role) {
            case MANAGER -> require(cooperativeId, "cooperativeId", role);
            case MUNICIPALITY -> require(municipalityCode, "municipalityCode", role);
            case PREFECTURE -> require(prefectureCode, "prefectureCode", role);
            case ADMIN -> { }
        }
    }

    private static void require(String value, String field, Role role) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required for role " + role);
        }
    }

    public static YuiPrincipal manager(String username, String displayName, String cooperativeId) {
        return new YuiPrincipal(username, displayName, Role.MANAGER, cooperativeId, null, null);
    }

    public static YuiPrincipal municipality(String username, String displayName, String municipalityCode) {
        return new YuiPrincipal(username, displayName, Role.MUNICIPALITY, null, municipalityCode, null);
    }

    public static YuiPrincipal prefecture(String username, String displayName, String prefectureCode) {
        return new YuiPrincipal(username, displayName, Role.PREFECTURE, null, null, prefectureCode);
    }

    public static YuiPrincipal administrator(String username, String displayName) {
        return new YuiPrincipal(username, displayName, Role.ADMIN, null, null, null);
    }

    @Override
    public String getName() {
        return username;
    }
}
