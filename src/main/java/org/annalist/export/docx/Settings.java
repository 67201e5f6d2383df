package org.annalist.export.docx;

import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

import javax.xml.namespace.QName;

/** Settings POI's schema subset has no bean for, written through the XML cursor in their schema place. */
final class Settings {
    private static final String W = PageSetup.W;
    /** The settings that come after characterSpacingControl in CT_Settings (it must stand before the first of them). */
    private static final java.util.List<String> AFTER = java.util.List.of("hdrShapeDefaults", "footnotePr", "endnotePr",
            "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
            "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
            "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
            "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore",
            "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent",
            "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving",
            "saveThroughXslt", "showXMLTags", "alwaysMergeEmptyNamespace", "updateFields");

    private Settings() {
    }

    /** 标点挤压: w:characterSpacingControl compressPunctuation (Word's "压缩标点符号"). */
    static void compressPunctuation(CTSettings settings) {
        try (XmlCursor c = settings.newCursor()) {
            boolean placed = false;
            if (c.toFirstChild()) {
                do {
                    QName name = c.getName();
                    if (name != null && W.equals(name.getNamespaceURI()) && AFTER.contains(name.getLocalPart())) {
                        placed = true;
                        break;
                    }
                } while (c.toNextSibling());
            }
            if (!placed) {
                c.toEndToken();
            }
            c.beginElement(new QName(W, "characterSpacingControl", "w"));
            c.insertAttributeWithValue(new QName(W, "val", "w"), "compressPunctuation");
        }
    }
}
