package jp.yui.query.calendar;

import jp.yui.command.api.ActualHoursRecorded;
import jp.yui.command.api.AssignmentCancelled;
import jp.yui.command.api.AssignmentPlanned;
import jp.yui.command.api.AssignmentRescheduled;
import jp.yui.command.api.DistrictChangeCertified;
import jp.yui.command.api.MemberAdmitted;
import jp.yui.command.api.MembershipEnded;
import jp.yui.command.api.NonMemberClientRegistered;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * The event handlers a projection built on an {@link AssignmentLedger} shares: district, membership, clients,
 * assignments and actual hours go into the ledger's per-day tables (once per event: {@link
 * AssignmentLedger#firstDelivery}), then {@link #changed} tells the subclass its answers may have changed (after the
 * ledger's changes are written: inside a processor's batch, when the batch is written).
 */
public abstract class DayLedgerProjection {

    /** The per-day tables of this projection's processing group. */
    protected abstract AssignmentLedger ledger();

    /** Called after each event that changed the ledger (e.g. to update subscription queries). */
    protected abstract void changed(String cooperativeId, ReplayStatus replay);

    /**
     * Calls {@link #changed} once the ledger's changes are written (inside a processor's batch: when the batch is
     * written, once per cooperative), so that the answers computed there see them.
     */
    protected final void changedAfterWrite(String cooperativeId, ReplayStatus replay) {
        ledger().afterWrite(cooperativeId, () -> changed(cooperativeId, replay));
    }

    @EventHandler
    public void on(DistrictChangeCertified e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (ledger().firstDelivery(e.cooperativeId(), seq)) {
            ledger().districtCertified(e.cooperativeId(), seq == null ? Long.MAX_VALUE / 2 : seq, e.effectiveOn(),
                    e.districtMunicipalities());
            changedAfterWrite(e.cooperativeId(), replay);
        }
    }

    @EventHandler
    public void on(MemberAdmitted e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (ledger().firstDelivery(e.cooperativeId(), seq)) {
            ledger().memberAdmitted(e.cooperativeId(), e.clientId(), e.name(), e.joinedOn());
            changedAfterWrite(e.cooperativeId(), replay);
        }
    }

    @EventHandler
    public void on(MembershipEnded e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (ledger().firstDelivery(e.cooperativeId(), seq)) {
            ledger().membershipEnded(e.cooperativeId(), e.clientId(), e.lastDay());
            changedAfterWrite(e.cooperativeId(), replay);
        }
    }

    @EventHandler
    public void on(NonMemberClientRegistered e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (ledger().firstDelivery(e.cooperativeId(), seq)) {
            ledger().clientRegistered(e.cooperativeId(), e.clientId(), e.name(), e.kind(), e.municipalityCode());
            changedAfterWrite(e.cooperativeId(), replay);
        }
    }

    @EventHandler
    public void on(AssignmentPlanned e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (ledger().firstDelivery(e.cooperativeId(), seq)) {
            ledger().assignmentPlanned(e);
            changedAfterWrite(e.cooperativeId(), replay);
        }
    }

    @EventHandler
    public void on(AssignmentRescheduled e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (ledger().firstDelivery(e.cooperativeId(), seq)) {
            ledger().assignmentRescheduled(e.cooperativeId(), e.assignmentId(), e.period(), e.pattern());
            changedAfterWrite(e.cooperativeId(), replay);
        }
    }

    @EventHandler
    public void on(AssignmentCancelled e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (ledger().firstDelivery(e.cooperativeId(), seq)) {
            ledger().assignmentCancelled(e.cooperativeId(), e.assignmentId(), e.reason());
            changedAfterWrite(e.cooperativeId(), replay);
        }
    }

    @EventHandler
    public void on(ActualHoursRecorded e, @SequenceNumber Long seq, ReplayStatus replay) {
        if (ledger().firstDelivery(e.cooperativeId(), seq)) {
            ledger().actualHoursRecorded(e.cooperativeId(), e.assignmentId(), e.month(), e.minutesPerDay());
            changedAfterWrite(e.cooperativeId(), replay);
        }
    }
}
