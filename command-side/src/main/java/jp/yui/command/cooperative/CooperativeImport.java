package jp.yui.command.cooperative;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.yui.command.api.AdmitMember;
import jp.yui.command.api.CommandRefusedException;
import jp.yui.command.api.HireWorker;
import jp.yui.command.api.ImportRecords;
import jp.yui.command.api.ImportSummary;
import jp.yui.command.api.ImportedRow;
import jp.yui.command.api.InvalidCommandException;
import jp.yui.command.api.PlanAssignment;
import jp.yui.command.api.RecordActualHours;
import jp.yui.command.api.RecordPreviousEmployer;
import jp.yui.command.api.RegisterNonMemberClient;
import jp.yui.command.domain.CapLaw;
import jp.yui.command.domain.Municipalities;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregate;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * {@link ImportRecords} for the {@link Cooperative} aggregate: all rows or none.
 * <p>
 * Every row's commands are first run through the very handlers of the single commands on a <em>scratch copy</em> of
 * the cooperative, wrapped in its own Axon aggregate lifecycle without an event bus: its {@code apply} calls change
 * only the copy (so later rows see what earlier rows did — hire, then plan, then record results) and reach no event
 * store. Each refused row becomes an outcome with its row number, rule id or field, and messages. Only when no row was
 * refused and it is not a dry run are the commands run again on the aggregate itself, inside the command's unit of
 * work; the events are then exactly those the single commands produce, and should anything still fail the unit of
 * work rolls back and nothing is written.
 */
final class CooperativeImport {

    static final int MAX_ROWS = 10_000;
    private static volatile AggregateModel<Cooperative> scratchModel;

    private CooperativeImport() {
    }

    static ImportSummary handle(Cooperative self, String cooperativeId, ImportRecords c, Municipalities municipalities,
                                CapLaw law, Clock clock) {
        Check.optionalText("importId", c.importId(), 100);
        if (c.rows().isEmpty()) {
            throw Check.invalid("rows", "取り込む行がありません", "there are no rows to import");
        }
        if (c.rows().size() > MAX_ROWS) {
            throw Check.invalid("rows", "一度に取り込めるのは " + MAX_ROWS + " 行までです（" + c.rows().size() + "行）",
                    "at most " + MAX_ROWS + " rows per import (got " + c.rows().size() + ")");
        }
        AnnotatedAggregate<Cooperative> scratch = AnnotatedAggregate.initialize(scratchCopy(self), scratchModel(), null);
        List<ImportSummary.RowOutcome> outcomes = new ArrayList<>();
        for (ImportedRow row : c.rows()) {
            outcomes.add(scratch.invoke(root -> judge(root, cooperativeId, c.cooperativeId(), row, municipalities, law,
                    clock)));
        }
        boolean refused = outcomes.stream().anyMatch(o -> !o.accepted());
        if (!refused && !c.dryRun()) {
            for (ImportedRow row : c.rows()) {
                for (Object command : row.commands()) {
                    run(self, cooperativeId, c.cooperativeId(), command, municipalities, law, clock);
                }
            }
        }
        return new ImportSummary(cooperativeId, c.importId(), c.dryRun(), !refused && !c.dryRun(), c.rows().size(),
                outcomes);
    }

    private static ImportSummary.RowOutcome judge(Cooperative root, String cooperativeId, String importCooperativeId,
                                                  ImportedRow row, Municipalities municipalities, CapLaw law,
                                                  Clock clock) {
        if (row.commands().isEmpty()) {
            return new ImportSummary.RowOutcome(row.row(), false, null, InvalidCommandException.CODE, null,
                    "行に取り込む内容がありません", "the row holds nothing to import");
        }
        for (Object command : row.commands()) {
            String name = command == null ? null : command.getClass().getSimpleName();
            try {
                run(root, cooperativeId, importCooperativeId, command, municipalities, law, clock);
            } catch (CommandRefusedException e) {
                return new ImportSummary.RowOutcome(row.row(), false, name, e.code(), e.field(), e.messageJa(),
                        e.messageEn());
            } catch (RuntimeException e) {
                return new ImportSummary.RowOutcome(row.row(), false, name, InvalidCommandException.CODE, null,
                        "行を処理できません（" + e + "）", "the row cannot be processed (" + e + ")");
            }
        }
        return ImportSummary.RowOutcome.ok(row.row());
    }

    /**
     * The commands an import may hold, each handed to its ordinary handler. Extension point: a new importable command
     * (e.g. the planner's seasonal jobs) gets one more branch here and an ImportKind in the UI's csv package.
     */
    private static void run(Cooperative root, String cooperativeId, String importCooperativeId, Object command,
                            Municipalities municipalities, CapLaw law, Clock clock) {
        if (command instanceof AdmitMember x) {
            sameCooperative(cooperativeId, importCooperativeId, x.cooperativeId());
            root.handle(x);
        } else if (command instanceof RegisterNonMemberClient x) {
            sameCooperative(cooperativeId, importCooperativeId, x.cooperativeId());
            root.handle(x, municipalities);
        } else if (command instanceof HireWorker x) {
            sameCooperative(cooperativeId, importCooperativeId, x.cooperativeId());
            root.handle(x, municipalities);
        } else if (command instanceof RecordPreviousEmployer x) {
            sameCooperative(cooperativeId, importCooperativeId, x.cooperativeId());
            root.handle(x);
        } else if (command instanceof PlanAssignment x) {
            sameCooperative(cooperativeId, importCooperativeId, x.cooperativeId());
            root.handle(x, municipalities, law);
        } else if (command instanceof RecordActualHours x) {
            sameCooperative(cooperativeId, importCooperativeId, x.cooperativeId());
            root.handle(x, law, clock);
        } else if (command instanceof jp.yui.command.api.RecordSeasonalJob x) {
            sameCooperative(cooperativeId, importCooperativeId, x.cooperativeId());
            root.handle(x, municipalities);
        } else {
            String name = command == null ? "null" : command.getClass().getSimpleName();
            throw Check.invalid("command", name + " は取り込めません", name + " cannot be imported");
        }
    }

    private static void sameCooperative(String cooperativeId, String importCooperativeId, String commandCooperativeId) {
        if (!cooperativeId.equals(importCooperativeId) || !cooperativeId.equals(commandCooperativeId)) {
            throw Check.invalid("cooperativeId", "別の組合（" + commandCooperativeId + "）の行は取り込めません",
                    "a row of another cooperative (" + commandCooperativeId + ") cannot be imported");
        }
    }

    /**
     * A copy of the cooperative's state: every instance field, with maps, lists and sets copied one level deep. The
     * values in them are immutable records that the event sourcing handlers replace rather than change; a field added
     * later that holds a mutable object changed in place would need a deeper copy here.
     */
    static Cooperative scratchCopy(Cooperative self) {
        Cooperative copy = new Cooperative();
        for (Field f : Cooperative.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            try {
                f.setAccessible(true);
                f.set(copy, shallowCollectionCopy(f.get(self)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot copy " + f.getName(), e);
            }
        }
        return copy;
    }

    private static Object shallowCollectionCopy(Object value) {
        if (value instanceof SortedMap<?, ?> m) {
            return new TreeMap<>(m);
        }
        if (value instanceof Map<?, ?> m) {
            return new LinkedHashMap<>(m);
        }
        if (value instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (value instanceof SortedSet<?> s) {
            return new TreeSet<>(s);
        }
        if (value instanceof Set<?> s) {
            return new LinkedHashSet<>(s);
        }
        return value;
    }

    /**
     * The aggregate model the scratch copy applies its events with: only its event sourcing handlers are used, so
     * handler parameters other than the payload resolve to nothing.
     */
    private static AggregateModel<Cooperative> scratchModel() {
        AggregateModel<Cooperative> model = scratchModel;
        if (model == null) {
            ParameterResolverFactory anyToNull = (executable, parameters, index) -> index == 0 ? null
                    : new ParameterResolver<Object>() {
                        @Override
                        public Object resolveParameterValue(Message<?> message) {
                            return null;
                        }

                        @Override
                        public boolean matches(Message<?> message) {
                            return true;
                        }
                    };
            model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Cooperative.class,
                    MultiParameterResolverFactory.ordered(ClasspathParameterResolverFactory.forClass(Cooperative.class),
                            anyToNull));
            scratchModel = model;
        }
        return model;
    }
}
