package org.annalist.service;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataLocationTest {
    @Test
    void optionWinsOverEnvironment() {
        assertThat(DataLocation.resolve("/tmp/x", Map.of("ANNALIST_HOME", "/tmp/y"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void environmentWinsOverDefault() {
        assertThat(DataLocation.resolve(null, Map.of("ANNALIST_HOME", "/tmp/y"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/tmp/y"));
    }

    @Test
    void linuxDefaultIsAnnalistInHome() {
        assertThat(DataLocation.resolve(null, Map.of(), "Linux", "/home/u")).isEqualTo(Path.of("/home/u/Annalist"));
    }

    @Test
    void windowsDefaultIsInDocuments() {
        Path p = DataLocation.resolve(null, Map.of("USERPROFILE", "/users/zhang"), "Windows 10", "/users/zhang");
        assertThat(p).isEqualTo(Path.of("/users/zhang", "Documents", "Annalist"));
    }
}
