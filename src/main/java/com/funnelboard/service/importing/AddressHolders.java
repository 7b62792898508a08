package com.funnelboard.service.importing;

import com.funnelboard.domain.importing.ImportRow;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which of several stored contacts holding a row's addresses the row is (see {@link #holderOf}). */
final class AddressHolders {

    private AddressHolders() {}

    /**
     * Among the stored contacts holding the row's addresses, the one holding most of them, then the one of the row's name:
     * two records holding one address (a person's kept on a colleague's record too) gave the row to the first of them, and
     * "replace" renamed Ann Lee to Bo Berg. {@code first} where the addresses say no more.
     */
    static UUID holderOf(ImportRow.Person p, Map<String, List<com.funnelboard.store.ImportRepository.Holder>> holders, UUID first) {
        Map<UUID, Integer> held = new LinkedHashMap<>();
        Map<UUID, String> names = new HashMap<>();
        for (String e : p.emails()) {
            if (com.funnelboard.domain.importing.RoleAddresses.is(e)) {
                continue;
            }
            for (com.funnelboard.store.ImportRepository.Holder h : holders.getOrDefault(ImportChunk.key(e), List.of())) {
                held.merge(h.id(), 1, Integer::sum);
                names.put(h.id(), h.name());
            }
        }
        if (held.size() <= 1) {
            return first;
        }
        int most = java.util.Collections.max(held.values());
        List<UUID> best = held.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        if (best.size() == 1) {
            return best.getFirst();
        }
        String name = p.name() == null ? "" : ImportChunk.key(p.name());
        return best.stream().filter(id -> names.get(id) != null && ImportChunk.key(names.get(id)).equals(name)).findFirst()
                .orElse(best.contains(first) ? first : best.getFirst());
    }

}
