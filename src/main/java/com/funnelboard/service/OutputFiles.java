package com.funnelboard.service;

import com.funnelboard.store.Store;
import java.nio.file.Path;

/** Rules every export's output file obeys. */
final class OutputFiles {

    private OutputFiles() {}

    /**
     * Refuses an output file that is the open database, its journal files or its lock — whatever
     * path names it (a link, "..", another spelling) — so an export can never overwrite the data.
     *
     * @throws InvalidInputException naming the file
     */
    static void refuseDatabase(Store store, Path target) {
        if (store.isOwnFile(target)) {
            throw new InvalidInputException("file", target + " is the open database (or one of its own files); choose another file name");
        }
    }
}
