package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.annalist.model.Credit;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Role;
import org.junit.jupiter.api.Test;

class ContentHashTest {
    @Test
    void theCanonicalTextIsDocumentedLineByLine() throws Exception {
        ItemMetadata m = ItemMetadata.EMPTY.withContributor("统计局")
                .withCredits(List.of(new Credit("王五", Role.AUTHOR, null)));
        String canonical = ContentHash.canonical("标题", null, "第一行\n第二行\t\\", ContentHash.metadataText(m));
        assertThat(canonical).isEqualTo("""
                annalist-content-v1
                title\t标题
                subtitle\t\\N
                contributor\t统计局
                period\t\\N
                place\t\\N
                source\t\\N
                collectedOn\t\\N
                credit\tAUTHOR\t王五\t\\N
                body\t第一行\\n第二行\\t\\\\
                """);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(ContentHash.sha256("标题", null, "第一行\n第二行\t\\", ContentHash.metadataText(m))).isEqualTo(expected);
    }

    @Test
    void nullAndEmptyAndEscapesStayDistinct() {
        String meta = ContentHash.metadataText(ItemMetadata.EMPTY);
        assertThat(ContentHash.sha256("t", null, "", meta)).isNotEqualTo(ContentHash.sha256("t", "", "", meta));
        assertThat(ContentHash.sha256("t", "\\N", "", meta)).isNotEqualTo(ContentHash.sha256("t", null, "", meta));
        assertThat(ContentHash.sha256("a\tb", null, "", meta)).isNotEqualTo(ContentHash.sha256("a\\tb", null, "", meta));
        for (String s : new String[] {"", "\\", "\\N", "a\\nb", "行一\n行二\r\n\t末尾\\"}) {
            assertThat(ContentHash.unescape(ContentHash.escape(s))).isEqualTo(s);
        }
        assertThat(ContentHash.unescape(ContentHash.escape(null))).isNull();
    }

    @Test
    void metadataTextParsesBack() {
        assertThat(ContentHash.parseMetadata(ContentHash.metadataText(ItemRevisionTest.META))).isEqualTo(ItemRevisionTest.META);
        assertThat(ContentHash.parseMetadata(ContentHash.metadataText(ItemMetadata.EMPTY))).isEqualTo(ItemMetadata.EMPTY);
    }
}
