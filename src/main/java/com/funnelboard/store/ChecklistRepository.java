package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CHECKLIST_ITEM;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistItem;
import com.funnelboard.domain.checklist.DerivedRule;
import com.funnelboard.domain.checklist.Gate;
import com.funnelboard.store.jooq.tables.records.ChecklistItemRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The qualification checklists: editable rows, seeded with the default items. They are shared data: every edit is
 * recorded through the change recorder (so it is in History, undoable and travels in share files), and an item
 * removed is marked deleted, never erased (a move's history names the items it was answered with).
 */
public final class ChecklistRepository {

    private final DSLContext ctx;
    private final Repositories owner;

    ChecklistRepository(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.owner = owner;
    }

    /** The items of one gate, in their configured order. */
    public List<ChecklistItem> forGate(Gate gate) {
        return ctx.selectFrom(CHECKLIST_ITEM)
                .where(CHECKLIST_ITEM.FROM_STAGE.eq(gate.from().key()))
                .and(CHECKLIST_ITEM.TO_STAGE.eq(gate.to().key()))
                .and(CHECKLIST_ITEM.DELETED_AT.isNull())
                // Then by id: two teammates' items added apart get the same place, and every copy must list them alike.
                .orderBy(CHECKLIST_ITEM.POSITION, CHECKLIST_ITEM.ID)
                .fetch(ChecklistRepository::item);
    }

    /** A live item by its id or its code. */
    public Optional<ChecklistItem> find(String idOrCode) {
        return live(idOrCode).map(ChecklistRepository::item);
    }

    /**
     * Adds a checked item at the end of a gate's list. Its code is made from its text ("Legal approved" → "legal-approved"),
     * with a number where an item, live or removed, has it already.
     */
    public ChecklistItem add(Gate gate, String text, boolean required) {
        ChecklistItemRecord r = ctx.newRecord(CHECKLIST_ITEM);
        UUID id = UUID.randomUUID();
        r.setId(id);
        r.setCode(freeCode(text, id));
        r.setFromStage(gate.from().key());
        r.setToStage(gate.to().key());
        Long last = ctx.select(org.jooq.impl.DSL.max(CHECKLIST_ITEM.POSITION)).from(CHECKLIST_ITEM).fetchOne(0, Long.class);
        r.setPosition(last == null ? 0 : last + 1);
        r.setText(text);
        r.setRequired(required);
        r.setSource("checked");
        java.time.Instant now = owner.clock().instant();
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        owner.changes().insert(r);
        return item(r);
    }

    /** Rewords an item and makes it required or optional (null leaves either as it is); false when nothing changed. */
    public boolean edit(UUID id, String text, Boolean required) {
        ChecklistItemRecord r = record(id);
        if (text != null) {
            r.setText(text);
        }
        if (required != null) {
            r.setRequired(required);
        }
        if (!r.changed()) {
            return false;
        }
        r.setUpdatedAt(owner.clock().instant());
        return owner.changes().update(r);
    }

    /** Takes an item off its gate's list: marked deleted, as every shared row is. */
    public void remove(UUID id) {
        ChecklistItemRecord r = record(id);
        java.time.Instant now = owner.clock().instant();
        r.setDeletedAt(now);
        r.setUpdatedAt(now);
        owner.changes().update(r);
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}) its gate's list; false at the list's end. */
    public boolean move(UUID id, int direction) {
        ChecklistItem item = item(record(id));
        List<ChecklistItem> list = forGate(item.gate());
        int at = list.indexOf(list.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow());
        int to = at + Integer.signum(direction);
        if (direction == 0 || to < 0 || to >= list.size()) {
            return false;
        }
        List<ChecklistItem> order = new java.util.ArrayList<>(list);
        order.add(to, order.remove(at));
        // The gate's items numbered anew in the order asked, from the gate's first place (two items of one place, added by two
        // teammates apart, swapped nothing).
        long base = list.stream().mapToLong(ChecklistItem::position).min().orElse(0);
        java.time.Instant now = owner.clock().instant();
        for (int i = 0; i < order.size(); i++) {
            ChecklistItemRecord r = record(order.get(i).id());
            if (r.getPosition() != base + i) {
                r.setPosition(base + i);
                r.setUpdatedAt(now);
                owner.changes().update(r);
            }
        }
        return true;
    }

    private Optional<ChecklistItemRecord> live(String idOrCode) {
        org.jooq.Condition named = CHECKLIST_ITEM.CODE.equalIgnoreCase(idOrCode == null ? "" : idOrCode.strip());
        try {
            named = named.or(CHECKLIST_ITEM.ID.eq(UUID.fromString(idOrCode.strip())));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            // a code
        }
        return ctx.selectFrom(CHECKLIST_ITEM).where(named).and(CHECKLIST_ITEM.DELETED_AT.isNull()).fetchOptional();
    }

    private ChecklistItemRecord record(UUID id) {
        return ctx.selectFrom(CHECKLIST_ITEM).where(CHECKLIST_ITEM.ID.eq(id)).and(CHECKLIST_ITEM.DELETED_AT.isNull()).fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("There is no checklist item " + id));
    }

    /**
     * "legal-approved-9c1e" from "Legal approved!" and the item's id: words to name it by in scripts, and four characters
     * of its id, so that two teammates who each add "Legal approved" make two codes, which a merge of their files keeps
     * apart (codes are unique; a code of the words alone would refuse the second file's item). Longer where it is taken.
     */
    private String freeCode(String text, UUID id) {
        String base = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 30) {
            base = base.substring(0, 30).replaceAll("-+$", "");
        }
        base = base.isEmpty() ? "item" : base;
        String hex = id.toString().replace("-", "");
        java.util.Set<String> taken = new java.util.HashSet<>(ctx.select(CHECKLIST_ITEM.CODE).from(CHECKLIST_ITEM).fetch(CHECKLIST_ITEM.CODE));
        String code = base + "-" + hex.substring(0, 4);
        for (int n = 5; taken.contains(code) && n <= hex.length(); n++) {
            code = base + "-" + hex.substring(0, n);
        }
        return code;
    }

    private static ChecklistItem item(ChecklistItemRecord r) {
        return new ChecklistItem(r.getId(), r.getCode(), Stage.fromKey(r.getFromStage()), Stage.fromKey(r.getToStage()),
                r.getPosition().intValue(), r.getText(), Boolean.TRUE.equals(r.getRequired()),
                r.getRule() == null ? null : DerivedRule.valueOf(r.getRule()));
    }
}
