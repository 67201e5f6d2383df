package org.annalist.service;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of {@link AnnalistSession#checkIntegrity}: the archive file, how many items were checked, the revisions
 * whose content no longer matches their hash ("item#number") and the 审稿单 whose chain breaks ("item#seq").
 */
public record IntegrityReport(Path file, int items, List<String> badRevisions, List<String> brokenReviewChains) {
    public IntegrityReport {
        badRevisions = List.copyOf(badRevisions);
        brokenReviewChains = List.copyOf(brokenReviewChains);
    }

    public boolean ok() {
        return badRevisions.isEmpty() && brokenReviewChains.isEmpty();
    }
}
