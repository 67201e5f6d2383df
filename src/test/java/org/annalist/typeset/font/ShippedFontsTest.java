package org.annalist.typeset.font;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped fallback fonts cover what the issue promises, in every role, and their metrics are sane. */
class ShippedFontsTest {
    static FontBook book;

    static Path fontsDir() {
        return Path.of(System.getProperty("annalist.projectDir", ".")).resolve("fonts");
    }

    @BeforeAll
    static void load() throws FontException {
        book = FontBook.shipped(fontsDir());
    }

    @Test
    void everyRoleCoversAllOfGbkExceptPrivateUse() {
        CharsetEncoder gbk = Charset.forName("GBK").newEncoder();
        for (FontRole role : FontRole.values()) {
            List<String> missing = new ArrayList<>();
            for (int cp = 0x20; cp < 0x10000; cp++) {
                if (cp == 0x7f || Character.isSurrogate((char) cp) || (cp >= 0xE000 && cp <= 0xF8FF)) continue;
                if (gbk.canEncode((char) cp) && !book.chain(role).covers(cp)) missing.add(String.format("U+%04X", cp));
            }
            assertThat(missing).as(role + " misses").isEmpty();
        }
    }

    @Test
    void gbt15834PunctuationIsCovered() {
        String punct = "，。、；：？！“”‘’（）《》〈〉【】〔〕［］｛｝——……·・－～／＿〖〗「」『』｜";
        for (FontRole role : FontRole.values()) {
            punct.codePoints().forEach(cp -> assertThat(book.chain(role).covers(cp)).as(role + " " + Character.toString(cp)).isTrue());
        }
    }

    @Test
    void hanCharactersAreOneEmAndLatinIsProportional() {
        Face song = book.chain(FontRole.SONG).primary();
        assertThat(song.advance('中')).isEqualTo(1.0f);
        assertThat(song.advance('，')).isEqualTo(1.0f);
        assertThat(song.advance('i')).isLessThan(song.advance('M'));
        assertThat(song.ascent()).isBetween(0.7f, 1.0f);
        assertThat(song.descent()).isBetween(0.1f, 0.4f);
        assertThat(song.postScriptName()).isEqualTo("NotoSerifSC-Regular");
    }

    @Test
    void perCharacterFallbackFindsTheFaceThatHasIt() {
        FontChain song = book.chain(FontRole.SONG);
        assertThat(song.faceFor('≒').postScriptName()).startsWith("LXGWWenKai");
        assertThat(song.faceFor('中')).isSameAs(song.primary());
        assertThat(song.faceFor(0x10FFFD)).isNull();
    }
}
