package jp.yui.command.planner;

import java.util.Comparator;

/**
 * Construction order (first fit decreasing): the most important and hardest slots first — member demand before related
 * municipalities before other non-members (so M grows before non-member use is added under the caps), then slots
 * that need skills (few workers can take them), then longer slots, then earlier weeks.
 */
public class JobSlotDifficulty implements Comparator<JobSlot> {

    @Override
    public int compare(JobSlot a, JobSlot b) {
        return Comparator.comparingInt((JobSlot s) -> PlannerConstraints.classWeight(s.getClientClass()))
                .thenComparingInt(s -> s.getJob().requiredSkills().size())
                .thenComparingInt(JobSlot::minutes)
                .thenComparing(JobSlot::getWeekStart, Comparator.reverseOrder())
                .thenComparing(JobSlot::getId, Comparator.reverseOrder())
                .compare(a, b);
    }
}
