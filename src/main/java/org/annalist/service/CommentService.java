package org.annalist.service;

import org.annalist.doc.diff.OffsetMap;
import org.annalist.i18n.LocalizedException;
import org.annalist.model.CommentAnchor;
import org.annalist.model.ReviewComment;
import org.annalist.store.Archive;
import org.annalist.store.Tx;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 批注 of an item as threads: written, answered, resolved, reopened and deleted (by their author) under this
 * service's user name, and placed on the text as it reads now. A comment is anchored to a range of the item's
 * Markdown body as it read when the comment was written (that body is kept with the item); a later text is compared
 * with it ({@link OffsetMap}), so the range stays on the same words through edits before, inside and after it, and a
 * comment whose words are all gone is kept as orphaned (listed first). Comments imported from Word carry the text
 * they mark; they are found in the text the first time their item is shown and anchored from then on.
 */
public final class CommentService {
    /** Where comments written in the program come from ({@link ReviewComment#origin()}). */
    public static final String ORIGIN = "desktop";

    /**
     * A thread: its first comment and the replies in the order written, where it stands in the text given
     * ({@code [from, to)}; both -1 when orphaned) and the words it marks there.
     */
    public record Thread(ReviewComment root, List<ReviewComment> replies, int from, int to, boolean orphaned, String quote) {
        public Thread {
            replies = List.copyOf(replies);
        }

        /** Marked done: by the program's resolve, or by Word (the importer's note on the comment). */
        public boolean resolved() {
            return root.resolved() || resolvedInWord(root.text());
        }

        /** Every comment of the thread, first one first. */
        public List<ReviewComment> comments() {
            List<ReviewComment> all = new ArrayList<>();
            all.add(root);
            all.addAll(replies);
            return all;
        }
    }

    private final Archive archive;
    private final String actor;

    public CommentService(Archive archive, String actor) {
        this.archive = archive;
        this.actor = actor;
    }

    public String actor() {
        return actor;
    }

    /**
     * The item's threads placed on {@code text} (the editor's text, draft or revision): orphaned ones first, then
     * in text order. Comments imported without an anchor that are found in the text are anchored there (stored).
     */
    public List<Thread> threads(long itemId, String text) {
        return archive.inTransaction(tx -> threads(tx, itemId, text, actor));
    }

    /** As {@link #threads(long, String)} within a transaction; {@code adopter} null: nothing is stored. */
    static List<Thread> threads(Tx tx, long itemId, String text, String adopter) {
        List<ReviewComment> all = tx.comments(itemId);
        Map<Long, CommentAnchor> anchors = tx.commentAnchors(itemId);
        Map<Long, ReviewComment> byId = new HashMap<>();
        for (ReviewComment c : all) byId.put(c.id(), c);
        Map<Long, List<ReviewComment>> replies = new LinkedHashMap<>();
        List<ReviewComment> roots = new ArrayList<>();
        for (ReviewComment c : all) {
            ReviewComment root = rootOf(c, byId);
            if (root == c) roots.add(c);
            else replies.computeIfAbsent(root.id(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Optional<OffsetMap>> maps = new HashMap<>();
        String textSha = Tx.anchorSha256(text);
        List<Thread> out = new ArrayList<>();
        for (ReviewComment root : roots) {
            int[] range = null;
            CommentAnchor a = anchors.get(root.id());
            if (a != null) {
                if (a.baseSha256().equals(textSha)) {
                    range = a.to() <= text.length() ? new int[] {a.from(), a.to()} : null;
                } else {
                    Optional<OffsetMap> map = maps.computeIfAbsent(a.baseSha256(),
                            sha -> tx.commentAnchorBase(itemId, sha).map(base -> OffsetMap.of(base, text)));
                    range = map.map(m -> m.range(a.from(), a.to())).orElse(null);
                }
            } else {
                range = locate(text, root);
                if (range != null && adopter != null) {
                    tx.setCommentAnchor(root.id(), new CommentAnchor(range[0], range[1], textSha), text, adopter);
                }
            }
            List<ReviewComment> rs = replies.getOrDefault(root.id(), List.of());
            out.add(range == null ? new Thread(root, rs, -1, -1, true, root.quote() == null ? "" : root.quote())
                    : new Thread(root, rs, range[0], range[1], false, shown(text.substring(range[0], range[1]))));
        }
        out.sort(Comparator.comparing((Thread t) -> !t.orphaned()).thenComparingInt(Thread::from)
                .thenComparingLong(t -> t.root().id()));
        return out;
    }

    /**
     * Writes a comment on {@code [from, to)} of {@code text} (the item's text as the editor has it now).
     */
    public ReviewComment add(long itemId, String text, int from, int to, String body) {
        String b = body(body);
        if (from < 0 || to < from || to > text.length()) throw new IllegalArgumentException("range " + from + ".." + to);
        return archive.inTransaction(tx -> {
            tx.item(itemId).orElseThrow(() -> new LocalizedException("comments.noItem", itemId));
            ReviewComment c = new ReviewComment(0, itemId, actor, now(), b, paragraphStart(text, from), ORIGIN, null,
                    shown(text.substring(from, to)), false);
            return tx.insertComment(c, new CommentAnchor(from, to, Tx.anchorSha256(text)), text, actor);
        });
    }

    /** Answers a comment: the reply joins its thread. */
    public ReviewComment reply(long commentId, String body) {
        String b = body(body);
        return archive.inTransaction(tx -> {
            ReviewComment to = comment(tx, commentId);
            return tx.insertComment(new ReviewComment(0, to.itemId(), actor, now(), b, null, ORIGIN, to.id(), null, false), actor);
        });
    }

    /** Marks a thread resolved (true) or open again (false); any comment of the thread names it. */
    public void resolve(long commentId, boolean resolved) {
        archive.inTransaction(tx -> {
            ReviewComment c = comment(tx, commentId);
            Map<Long, ReviewComment> byId = new HashMap<>();
            for (ReviewComment x : tx.comments(c.itemId())) byId.put(x.id(), x);
            tx.setCommentResolved(rootOf(c, byId).id(), resolved, actor);
            return null;
        });
    }

    /** Deletes one's own comment (and the replies under it); someone else's is refused. The number that went. */
    public int delete(long commentId) {
        return archive.inTransaction(tx -> {
            ReviewComment c = comment(tx, commentId);
            if (actor == null || !c.author().equals(actor)) throw new LocalizedException("comments.notOwn", c.author());
            return tx.deleteComment(commentId, actor);
        });
    }

    /**
     * The item's comments as they stand on {@code body} (the text exported): each thread's first comment with the
     * words it marks now and the start of their paragraph, so the Word writer finds them; orphaned ones as stored.
     */
    public static List<ReviewComment> placed(Tx tx, long itemId, String body) {
        List<ReviewComment> out = new ArrayList<>();
        Map<Long, ReviewComment> roots = new HashMap<>();
        for (Thread t : threads(tx, itemId, body, null)) {
            roots.put(t.root().id(), t.orphaned() ? t.root() : t.root().placed(paragraphStart(body, t.from()), t.quote()));
        }
        for (ReviewComment c : tx.comments(itemId)) out.add(roots.getOrDefault(c.id(), c));
        return out;
    }

    private static ReviewComment comment(Tx tx, long commentId) {
        return tx.comment(commentId).orElseThrow(() -> new LocalizedException("comments.noComment", commentId));
    }

    private static ReviewComment rootOf(ReviewComment c, Map<Long, ReviewComment> byId) {
        ReviewComment root = c;
        for (int guard = 0; root.parentId() != null && byId.containsKey(root.parentId()) && guard < byId.size(); guard++) {
            root = byId.get(root.parentId());
        }
        return root;
    }

    private static String body(String body) {
        String b = body == null ? "" : body.strip();
        if (b.isEmpty()) throw new LocalizedException("comments.empty");
        return b;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Where an imported comment stands: its quote in the paragraph that starts like its anchor, else the quote's
     * first place, else (a comment on a point) the start of that paragraph; null when neither is found.
     */
    static int[] locate(String text, ReviewComment c) {
        String quote = c.quote() == null ? "" : c.quote().strip();
        String anchor = c.anchor() == null ? "" : c.anchor().replace("……", "").strip();
        if (anchor.length() > 12) anchor = anchor.substring(0, 12);
        int para = -1;
        if (!anchor.isEmpty()) {
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) end = text.length();
                if (shown(text.substring(start, end)).strip().startsWith(anchor)) {
                    para = start;
                    break;
                }
                start = end + 1;
            }
        }
        if (!quote.isEmpty()) {
            int at = para >= 0 ? text.indexOf(quote, para) : -1;
            if (at < 0) at = text.indexOf(quote);
            if (at >= 0) return new int[] {at, at + quote.length()};
        }
        return para >= 0 && quote.isEmpty() ? new int[] {para, para} : null;
    }

    /** The start of the paragraph (line) the place is in, as a reader reads it: at most 40 characters. */
    static String paragraphStart(String text, int at) {
        int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (at == 0) start = 0;
        int end = text.indexOf('\n', start);
        String line = shown(text.substring(start, end < 0 ? text.length() : end)).strip();
        return line.length() > 40 ? line.substring(0, 40) + "……" : line;
    }

    /** A piece of Markdown as read: emphasis marks and escapes taken out. */
    static String shown(String markdown) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < markdown.length(); i++) {
            char ch = markdown.charAt(i);
            if (ch == '\\' && i + 1 < markdown.length()) {
                sb.append(markdown.charAt(++i));
            } else if (ch != '*') {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Whether a comment carries the importer's note that Word had its thread resolved (in any language of the program). */
    static boolean resolvedInWord(String text) {
        String t = text.strip();
        for (java.util.Locale l : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
            String n = org.annalist.i18n.Texts.bundle(l).getString("report.comments.resolvedNote").strip();
            if (!n.isEmpty() && t.endsWith(n)) return true;
        }
        return false;
    }
}
