package vn.nq57.sync.access;

import java.time.OffsetDateTime;

/**
 * A user as admins see it; the password hash never leaves the user store.
 *
 * @param username the login name
 * @param role what the user may do
 * @param enabled false once disabled: the user can no longer log in
 * @param createdBy who created it ({@code configuration} for the seeded accounts)
 * @param createdAt when
 * @param updatedAt when its role, state or password last changed
 */
public record UserView(
    String username,
    UserRole role,
    boolean enabled,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
