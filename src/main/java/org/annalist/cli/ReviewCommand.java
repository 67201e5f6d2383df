package org.annalist.cli;

import org.annalist.doc.Suggestions;
import org.annalist.service.AnnalistSession;
import org.annalist.service.SuggestionService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * 修订建议 and 三审: lists an item's pending suggestions, or accepts or rejects them all as a new revision; or, with
 * {@code --to} (or {@code --decision}), signs the next step of review as the session's user.
 */
@Command(name = "review", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class ReviewCommand implements Callable<Integer> {
    @ParentCommand
    AnnalistCommand top;

    @Parameters(paramLabel = "ITEM", descriptionKey = "review.item")
    String item;

    static final class Action {
        @Option(names = "--accept-all", descriptionKey = "review.accept")
        boolean accept;

        @Option(names = "--reject-all", descriptionKey = "review.reject")
        boolean reject;
    }

    @ArgGroup(exclusive = true)
    Action action;

    @Option(names = "--to", paramLabel = "STATE", descriptionKey = "review.to")
    String to;

    @Option(names = "--decision", paramLabel = "DECISION", descriptionKey = "review.decision")
    String decision;

    @Option(names = "--opinion", paramLabel = "TEXT", descriptionKey = "review.opinion")
    String opinion;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "review.reason")
    String reason;

    @Option(names = "--sheet", paramLabel = "FILE", descriptionKey = "review.sheet")
    java.nio.file.Path sheet;

    @Option(names = "--due", paramLabel = "YYYY-MM-DD", descriptionKey = "review.due")
    String due;

    @Override
    public Integer call() {
        Long id = top.itemNumber(item);
        if (id == null) return 2;
        try (AnnalistSession s = top.open()) {
            if (s.queries().item(id).isEmpty()) {
                top.err().println(Msg.get("msg.no.item", item));
                return 1;
            }
            if (due != null) {
                java.time.LocalDate day;
                String d = due.strip();
                if (d.equalsIgnoreCase("none") || d.equals("无") || d.equals("清除")) {
                    day = null;
                } else {
                    try {
                        day = java.time.LocalDate.parse(d);
                    } catch (java.time.format.DateTimeParseException e) {
                        top.err().println(Msg.get("msg.review.badDue", due));
                        return 2;
                    }
                }
                s.setDue(false, id, day);
                top.out().println(day == null ? Msg.get("msg.review.dueCleared", String.valueOf(id))
                        : Msg.get("msg.review.dueSet", String.valueOf(id), day.toString()));
                if (to == null && decision == null && action == null) return 0;
            }
            if (to != null || decision != null) {
                if (action != null) {
                    top.err().println(Msg.get("msg.review.both"));
                    return 2;
                }
                return step(s, id);
            }
            SuggestionService service = s.suggestions();
            if (action == null) {
                List<Suggestions.Suggestion> pending = service.pending(id);
                if (pending.isEmpty()) {
                    top.out().println(Msg.get("msg.review.none", id));
                    return 0;
                }
                top.out().println(Msg.get("msg.review.list", id, Suggestions.tally(pending).total()));
                for (Suggestions.Suggestion sg : pending) {
                    top.out().println(ShowCommand.suggestion(sg));
                }
                return 0;
            }
            SuggestionService.Outcome o = action.accept ? service.acceptAll(id) : service.rejectAll(id);
            if (o.resolved() == 0) {
                top.out().println(Msg.get("msg.review.none", id));
            } else {
                top.out().println(Msg.get("msg.review.done", id, Msg.get(action.accept ? "msg.review.accepted" : "msg.review.rejected"),
                        o.resolved(), o.item().revision()));
            }
            return 0;
        }
    }

    private int step(AnnalistSession s, long id) {
        org.annalist.model.ItemStatus target = to == null ? null : org.annalist.model.ItemStatus.parse(to);
        org.annalist.service.ReviewWorkflow.ScannedSheet scan = sheet == null ? null : org.annalist.service.ReviewWorkflow.ScannedSheet.read(sheet);
        SignIn.signIn(s);
        org.annalist.model.ReviewSheet done = decision != null
                ? s.review().decide(id, org.annalist.model.ReviewDecision.parse(decision), target, opinion, reason, null, scan)
                : s.review().moveTo(id, target, opinion, reason, null, scan);
        top.out().println(Msg.get("msg.review.step", String.valueOf(id), Msg.label(done.level()), done.decision().label(),
                Msg.label(done.to()), done.personName(), String.valueOf(done.seq()), String.valueOf(done.revisionNumber()),
                done.revisionSha256().substring(0, 12)));
        return 0;
    }
}
