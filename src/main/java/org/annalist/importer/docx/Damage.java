package org.annalist.importer.docx;

import java.io.CharConversionException;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.nio.BufferUnderflowException;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;

/**
 * What kind of damage an exception from reading a Word file points to, said in Chinese for the editor. The
 * parsers' own messages ("invalid distance too far back", "Index 4096 out of bounds") mean nothing to an editor and
 * would put English into a Chinese message; the exception itself stays the {@link org.annalist.importer.ImportException}'s
 * cause for whoever looks into it.
 */
final class Damage {
    private Damage() {
    }

    /** A short Chinese phrase for what the exception (or one of its causes) says about the file. */
    static String of(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String kind = kind(root);
        for (Throwable t = e; kind == null && t != null && t != root; t = t.getCause()) kind = kind(t);
        return kind != null ? kind : "内部数据有误";
    }

    private static String kind(Throwable t) {
        String n = t.getClass().getName();
        if (t instanceof ZipException || t instanceof DataFormatException || t instanceof EOFException
                || String.valueOf(t.getMessage()).contains("ZLIB")) {
            return "压缩数据损坏";
        }
        if (t instanceof CharConversionException || t instanceof java.io.UnsupportedEncodingException
                || n.endsWith("SAXParseException") || n.endsWith(".XmlException") || n.endsWith("XMLStreamException")) {
            return "其中的 XML 内容不合规范";
        }
        if (n.endsWith("XmlValueOutOfRangeException")) return "其中有取值不合规范的数据";
        if (n.startsWith("org.apache.poi.openxml4j") || n.endsWith("POIXMLException")) return "文件的包结构不合规范";
        if (t instanceof FileNotFoundException) return "缺少必要的组成部分";
        if (t instanceof StackOverflowError) return "内容嵌套过深";
        if (t instanceof OutOfMemoryError) return "内容过大，内存不足";
        if (t instanceof IndexOutOfBoundsException || t instanceof BufferUnderflowException || t instanceof NegativeArraySizeException
                || n.endsWith("RecordFormatException") || n.endsWith("RecordInputStream$LeftoverDataException")) {
            return "内部数据的位置或长度有误";
        }
        return null;
    }
}
