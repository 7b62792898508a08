package com.funnelboard.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (pom.xml, after compiling): writes the latest version's schema model into the
 * classes, so that opening a database compares its schema without first running every migration
 * script on an in-memory database. See {@link SchemaModel#stored}.
 */
public final class SchemaModelFile {

    private SchemaModelFile() {}

    /** @param args the classes folder */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0], SchemaModel.STORED.substring(1));
        Files.createDirectories(file.getParent());
        Files.writeString(file, SchemaModel.storedForm(Migrations.LATEST_VERSION), StandardCharsets.UTF_8);
    }
}
