package org.annalist.doc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoundTripTest {

    static List<Corpus.Case> cases() {
        return Corpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void treeToMarkdownToTreeIsIdentity(Corpus.Case c) {
        String markdown = Markdown.write(c.document());
        Document back = Markdown.parse(markdown);
        assertThat(TreeDump.dump(back)).as("Markdown:\n%s", markdown).isEqualTo(TreeDump.dump(c.document()));
        assertThat(back).isEqualTo(c.document());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void markdownIsStable(Corpus.Case c) {
        String markdown = Markdown.write(c.document());
        assertThat(Markdown.write(Markdown.parse(markdown))).isEqualTo(markdown);
    }
}
