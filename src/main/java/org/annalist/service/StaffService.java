package org.annalist.service;

import org.annalist.i18n.LocalizedException;
import org.annalist.model.EditorialRole;
import org.annalist.model.Person;
import org.annalist.model.StaffMember;
import org.annalist.store.Archive;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The 编辑部 of an archive: its persons' duties (责任编辑, 编辑部主任, 主编, 校对, 供稿单位联系人), their optional sign-in
 * passwords, and signing in. A password is kept only as a salted PBKDF2 hash (HMAC-SHA-512, {@value #ITERATIONS}
 * iterations, 16-byte random salt, from the JDK); it guards against someone signing as another editor at a shared
 * desk, not against someone who can read the database file.
 */
public final class StaffService {
    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Archive archive;
    private final String actor;

    public StaffService(Archive archive, String actor) {
        this.archive = archive;
        this.actor = actor;
    }

    /** Gives the person of that name (created when the archive has none) a duty; returns them with all their duties. */
    public StaffMember grant(String name, EditorialRole role, String unit) {
        String n = requireName(name);
        return archive.inTransaction(tx -> {
            tx.actAs(actor);
            requireChief(tx, null);
            Person p = tx.personByName(n).orElseGet(() -> tx.savePerson(new Person(0, n, List.of(), null)));
            tx.grantRole(p.id(), role, unit);
            return tx.staff(p.id()).orElseThrow();
        });
    }

    /** Takes a duty away; false when the person did not hold it. */
    public boolean revoke(String name, EditorialRole role) {
        return archive.inTransaction(tx -> {
            tx.actAs(actor);
            requireChief(tx, null);
            Person p = tx.personByName(requireName(name)).orElseThrow(() -> new LocalizedException("workflow.staff.unknown", name));
            return tx.revokeRole(p.id(), role);
        });
    }

    /** Sets the person's password (null or empty: none, anyone may sign in under the name). */
    public void setPassword(String name, char[] password) {
        String secret = password == null || password.length == 0 ? null : hash(password);
        archive.inTransaction(tx -> {
            tx.actAs(actor);
            Person p = tx.personByName(requireName(name)).orElseThrow(() -> new LocalizedException("workflow.staff.unknown", name));
            requireChief(tx, p.name());
            tx.putPersonSecret(p.id(), secret);
            return null;
        });
    }

    /** Everyone holding a duty, by name. */
    public List<StaffMember> staff() {
        return archive.read(tx -> tx.staff());
    }

    /** The person of that name with their duties, if they are in the archive. */
    public Optional<StaffMember> member(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        return archive.read(tx -> tx.personByName(name.strip()).flatMap(p -> tx.staff(p.id())));
    }

    /** True when the person of that name must give a password to sign in. */
    public boolean needsPassword(String name) {
        return member(name).map(StaffMember::hasPassword).orElse(false);
    }

    /**
     * Signs in as the person of that name: they must be in the archive with at least one duty, and give their
     * password when they have one ({@code password} may be null otherwise).
     *
     * @throws LocalizedException naming the person and what is wrong
     */
    public StaffMember signIn(String name, char[] password) {
        StaffMember m = member(name).filter(s -> !s.roles().isEmpty())
                .orElseThrow(() -> new LocalizedException("workflow.refused.notStaff", name == null ? "" : name.strip()));
        if (!m.hasPassword()) return m;
        String secret = archive.read(tx -> tx.personSecret(m.person().id())).orElseThrow();
        if (password == null || password.length == 0) throw new LocalizedException("workflow.signIn.passwordNeeded", m.person().name());
        if (!verify(password, secret)) throw new LocalizedException("workflow.signIn.wrongPassword", m.person().name());
        return m;
    }

    /** {@code PBKDF2WithHmacSHA512$iterations$salt$hash}, salt and hash in Base64. */
    static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] h = pbkdf2(ALGORITHM, password, salt, ITERATIONS, HASH_BITS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(h);
    }

    static boolean verify(char[] password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !parts[0].startsWith("PBKDF2")) return false;
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = pbkdf2(parts[0], password, salt, Integer.parseInt(parts[1]), expected.length * 8);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] pbkdf2(String algorithm, char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * Once the archive has a 主编, only a 主编 changes duties and other people's passwords ({@code self}: the person whose
     * own password this is, who may always change it). Before that anyone may, so that an archive can be set up.
     */
    private void requireChief(org.annalist.store.Tx tx, String self) {
        if (actor != null && actor.strip().equals(self)) return;
        boolean anyChief = tx.staff().stream().anyMatch(m -> m.has(EditorialRole.CHIEF));
        if (!anyChief) return;
        boolean isChief = actor != null && tx.personByName(actor.strip()).flatMap(p -> tx.staff(p.id()))
                .map(m -> m.has(EditorialRole.CHIEF)).orElse(false);
        if (!isChief) throw new LocalizedException("workflow.staff.chiefOnly", actor == null ? "" : actor);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) throw new LocalizedException("workflow.staff.noName");
        return name.strip();
    }
}
