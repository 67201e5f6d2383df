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

    public String fileName() {
        return fileName;
    }
}
