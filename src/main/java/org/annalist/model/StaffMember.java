package org.annalist.model;

import java.util.Set;

/** A person of the archive with the duties they hold in the 编辑部; {@code unit}: a 供稿单位联系人's unit. */
public record StaffMember(Person person, Set<EditorialRole> roles, String unit, boolean hasPassword) {
    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean has(EditorialRole role) {
        return roles.contains(role);
    }
}
