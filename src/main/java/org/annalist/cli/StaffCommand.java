package org.annalist.cli;

import org.annalist.model.EditorialRole;
import org.annalist.model.StaffMember;
import org.annalist.service.AnnalistSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/**
 * 编辑部: lists the archive's staff and their duties, gives or takes a duty, sets a password. Once the archive has a
 * 主编, only a 主编 (signed in with --user and their password) changes duties.
 */
@Command(name = "staff", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class StaffCommand implements Callable<Integer> {
    @ParentCommand
    AnnalistCommand top;

    static final class Action {
        @Option(names = "--grant", paramLabel = "NAME", descriptionKey = "staff.grant")
        String grant;

        @Option(names = "--revoke", paramLabel = "NAME", descriptionKey = "staff.revoke")
        String revoke;

        @Option(names = "--password", paramLabel = "NAME", descriptionKey = "staff.password")
        String password;

        @Option(names = "--clear-password", paramLabel = "NAME", descriptionKey = "staff.clearPassword")
        String clearPassword;
    }

    @ArgGroup(exclusive = true)
    Action action;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "staff.role")
    String role;

    @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "staff.unit")
    String unit;

    @Override
    public Integer call() {
        try (AnnalistSession s = top.open()) {
            if (action == null) {
                var all = s.staff().staff();
                if (all.isEmpty()) top.out().println(Msg.get("msg.staff.none"));
                for (StaffMember m : all) top.out().println(line(m));
                return 0;
            }
            // a signed-in 主编 (or anyone, while the archive has none: the service decides)
            if (s.staff().member(s.actor()).map(m -> !m.roles().isEmpty()).orElse(false)) SignIn.signIn(s);
            if (action.grant != null || action.revoke != null) {
                if (role == null) {
                    top.err().println(Msg.get("msg.staff.noRole"));
                    return 2;
                }
                EditorialRole r = EditorialRole.parse(role);
                if (action.grant != null) {
                    top.out().println(Msg.get("msg.staff.granted", line(s.staff().grant(action.grant, r, unit))));
                } else {
                    boolean had = s.staff().revoke(action.revoke, r);
                    top.out().println(Msg.get(had ? "msg.staff.revoked" : "msg.staff.notHeld", action.revoke, r.label()));
                }
                return 0;
            }
            if (action.clearPassword != null) {
                s.staff().setPassword(action.clearPassword, null);
                top.out().println(Msg.get("msg.staff.passwordCleared", action.clearPassword));
                return 0;
            }
            char[] pw = SignIn.password(Msg.get("msg.staff.newPassword", action.password));
            if (pw == null || pw.length == 0) {
                top.err().println(Msg.get("msg.staff.noPassword", SignIn.PASSWORD_ENV));
                return 2;
            }
            s.staff().setPassword(action.password, pw);
            java.util.Arrays.fill(pw, '\0');
            top.out().println(Msg.get("msg.staff.passwordSet", action.password));
            return 0;
        }
    }

    private static String line(StaffMember m) {
        return Msg.get("msg.staff.line", m.person().name(), String.join("、", m.roles().stream().sorted().map(EditorialRole::label).toList()),
                m.unit() == null ? "" : Msg.get("msg.staff.unit", m.unit()), m.hasPassword() ? Msg.get("msg.staff.hasPassword") : "");
    }
}
