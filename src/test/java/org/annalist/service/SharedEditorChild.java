package org.annalist.service;

import org.annalist.model.Item;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second editor's program on another PC, for {@link SharedTwoProcessesTest}: opens the archive in H2 server mode
 * ({@code --shared}) as 李编辑, shows the item as open (presence) and obeys the lines on stdin: {@code save TEXT}
 * commits TEXT as the item's next revision from the latest one (prints {@code SAVED n} or {@code CONFLICT author});
 * {@code quit} leaves and closes (prints {@code BYE}).
 */
public final class SharedEditorChild {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        long id = Long.parseLong(args[1]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (AnnalistSession s = AnnalistSession.open(data, true, "李编辑")) {
            s.presence().beat(id);
            out.println("OPEN");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("save ")) {
                    Item item = s.editing().item(id).orElseThrow();
                    try {
                        Item saved = s.editing().commit(item.withBody(line.substring(5) + "\n"), "李改");
                        out.println("SAVED " + saved.revision());
                    } catch (EditConflictException e) {
                        out.println("CONFLICT " + e.latestAuthor());
                    }
                } else if (line.equals("quit")) {
                    s.presence().leave();
                    break;
                }
            }
        }
        out.println("BYE");
    }
}
