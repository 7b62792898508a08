package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CHECKLIST_ITEM;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistItem;
import com.funnelboard.domain.checklist.DerivedRule;
import com.funnelboard.domain.checklist.Gate;
import java.util.List;
import org.jooq.DSLContext;

/** The qualification checklist templates, editable rows seeded with DOMAIN.md's defaults. */
public final class ChecklistRepository {

    private final DSLContext ctx;

    ChecklistRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The items of one gate, in their configured order. */
    public List<ChecklistItem> forGate(Gate gate) {
        return ctx.selectFrom(CHECKLIST_ITEM)
                .where(CHECKLIST_ITEM.FROM_STAGE.eq(gate.from().key()))
                .and(CHECKLIST_ITEM.TO_STAGE.eq(gate.to().key()))
                .and(CHECKLIST_ITEM.DELETED_AT.isNull())
                .orderBy(CHECKLIST_ITEM.POSITION)
                .fetch(r -> new ChecklistItem(r.getId(), r.getCode(), Stage.fromKey(r.getFromStage()), Stage.fromKey(r.getToStage()),
                        r.getPosition().intValue(), r.getText(), Boolean.TRUE.equals(r.getRequired()),
                        r.getRule() == null ? null : DerivedRule.valueOf(r.getRule())));
    }
}
