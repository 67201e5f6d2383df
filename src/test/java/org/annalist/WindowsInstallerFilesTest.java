package org.annalist;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can be checked here of the Windows installer's files, which only a Windows machine builds and runs
 * (installer/build.ps1, .github/workflows/windows-installer.yml): the script is readable by Windows PowerShell 5.1,
 * every file it names exists, the launcher and association files are well-formed UTF-8 properties jpackage reads,
 * and the workflow builds and smoke-tests what the script makes.
 */
class WindowsInstallerFilesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static String utf8(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(name + " is not UTF-8", e);
        }
    }

    @Test
    void theScriptHasAByteOrderMarkForWindowsPowerShellAndNamesOnlyFilesThatExist() throws Exception {
        byte[] bytes = Files.readAllBytes(ROOT.resolve("installer/build.ps1"));
        // Windows PowerShell 5.1 reads a .ps1 without a BOM in the ANSI code page: the Chinese messages break
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String script = utf8(bytes, "build.ps1").substring(1);
        Matcher m = Pattern.compile("(?<![\\w\\\\])installer\\\\([\\w.-]+)").matcher(script);
        int named = 0;
        while (m.find()) {
            if (m.group(1).equals("build.ps1")) continue;
            assertThat(ROOT.resolve("installer").resolve(m.group(1))).as("named in build.ps1").exists();
            named++;
        }
        assertThat(named).isGreaterThanOrEqualTo(4); // modules.txt, cli.properties, backup-association.properties, annalist.ico
        for (String dir : List.of("fonts", "templates", "archive")) {
            assertThat(script).contains("'" + dir + "'");
            assertThat(ROOT.resolve(dir)).isDirectory();
        }
        assertThat(ROOT.resolve("mvnw.cmd")).exists();
        // the Windows runtime gets the same explicit module list as the Linux one, jdk.localedata included
        assertThat(Files.readAllLines(ROOT.resolve("installer/modules.txt"))).contains("jdk.localedata");
        assertThat(script).contains("--win-per-user-install").contains("--win-menu").contains("--file-associations");
    }

    @Test
    void theLauncherAndAssociationFilesAreUtf8PropertiesJpackageReads() throws Exception {
        Properties cli = properties("installer/cli.properties");
        assertThat(cli.getProperty("win-console")).isEqualTo("true");
        assertThat(cli.getProperty("java-options")).contains("-Dannalist.home=$APPDIR");
        Properties assoc = properties("installer/backup-association.properties");
        assertThat(assoc.getProperty("extension")).isEqualTo("annalist-backup");
        assertThat(assoc.getProperty("description")).isEqualTo("Annalist 档案备份");
    }

    private static Properties properties(String path) throws Exception {
        Properties p = new Properties();
        // jpackage reads them as UTF-8 (Files.newBufferedReader)
        p.load(new StringReader(utf8(Files.readAllBytes(ROOT.resolve(path)), path)));
        return p;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkflowBuildsTheScriptsInstallerOnWindowsAndSmokeTestsItWithoutAJdk() throws Exception {
        Map<String, Object> wf = new Yaml().load(Files.readString(ROOT.resolve(".github/workflows/windows-installer.yml")));
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) wf.get("jobs")).get("installer");
        assertThat(job.get("runs-on")).isEqualTo("windows-latest");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
        String runs = String.join("\n", steps.stream().map(s -> String.valueOf(s.getOrDefault("run", ""))).toList());
        assertThat(runs).contains("installer\\build.ps1 -Type msi");
        assertThat(runs).contains("/qn").contains("annalist-cli.exe").contains("--version").contains("demo");
        assertThat(runs).contains("$env:JAVA_HOME = ''");
        // the smoke test looks for the PDF where the demo writes it
        assertThat(runs).contains("排版\\demo-nianjian-2022.pdf");
        assertThat(Files.readString(ROOT.resolve("installer/smoke-test.sh"))).contains("排版/demo-nianjian-2022.pdf");
    }
}
