package org.annalist.cli;

import org.annalist.model.StaffMember;
import org.annalist.service.AnnalistSession;

/**
 * Signing the session's user (--user NAME) in before a signed step: a person with a password gives it through the
 * environment variable {@code ANNALIST_PASSWORD}, or types it when a console asks; without either the service refuses.
 */
final class SignIn {
    static final String PASSWORD_ENV = "ANNALIST_PASSWORD";

    private SignIn() {
    }

    static StaffMember signIn(AnnalistSession s) {
        char[] password = null;
        if (s.staff().needsPassword(s.actor())) password = password(Msg.get("msg.signIn.prompt", s.actor()));
        return s.staff().signIn(s.actor(), password);
    }

    /** A password from the environment, else typed at the console; null when neither gives one. */
    static char[] password(String prompt) {
        String env = System.getenv(PASSWORD_ENV);
        if (env != null && !env.isEmpty()) return env.toCharArray();
        java.io.Console console = System.console();
        return console == null ? null : console.readPassword("%s", prompt);
    }
}
