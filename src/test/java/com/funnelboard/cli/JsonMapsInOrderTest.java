package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** A JSON document comes out in the same order at every run: a map of no order by its keys, an ordered one in its order. */
class JsonMapsInOrderTest {

    final JsonMapper mapper = JsonMapper.builder().addModule(new SimpleModule().addSerializer(Map.class, new JsonMapsInOrder())).build();

    @Test
    void aMapOfNoOrderIsWrittenByItsKeysAndAnOrderedOneInItsOrder() {
        // Map.of iterates in an order that changes from one run of the JVM to the next.
        Map<String, Object> unordered = Map.of("h", 8, "c", 3, "f", 6, "a", 1, "g", 7, "b", 2, "e", 5, "d", Map.of("z", 0, "y", 1));
        assertThat(mapper.writeValueAsString(unordered)).isEqualTo("{\"a\":1,\"b\":2,\"c\":3,\"d\":{\"y\":1,\"z\":0},\"e\":5,\"f\":6,\"g\":7,\"h\":8}");
        Map<String, Object> funnel = new LinkedHashMap<>();
        funnel.put("lead", 3);
        funnel.put("prospect", 2);
        funnel.put("opportunity", null);
        assertThat(mapper.writeValueAsString(funnel)).isEqualTo("{\"lead\":3,\"prospect\":2,\"opportunity\":null}");
        assertThat(mapper.writeValueAsString(Map.of(java.time.DayOfWeek.MONDAY, 1))).isEqualTo("{\"MONDAY\":1}");
    }
}
