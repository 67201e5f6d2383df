package org.annalist.importer;

/** A file that cannot be imported; the message is Chinese and names the file and the problem. */
public class ImportException extends Exception {
    private final String fileName;

    public ImportException(String fileName, String problem) {
        super("无法导入“" + fileName + "”：" + problem);
        this.fileName = fileName;
    }

    public ImportException(String fileName, String problem, Throwable cause) {
        super("无法导入“" + fileName + "”：" + problem, cause);
        this.fileName = fileName;
    }

    /** A file of 0 bytes: named as empty by every importer, whatever the file is called. */
    public static ImportException emptyFile(String fileName) {
        return new ImportException(fileName, "文件是空的（0 字节），没有可导入的内容。请检查是否选错了文件，或重新获取原文件");
    }

    public String fileName() {
        return fileName;
    }
}
