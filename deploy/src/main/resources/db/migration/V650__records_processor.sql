-- Processors are regrouped: the light projections' processing groups (people, registry, jobs, subsidy, reports,
-- ledger) run in one processor, "records", and the ratio runs in the plan's processor, "plan", whose day ledger it
-- counts (EventProcessingConfiguration). Tokens belong to processors: on a database that already has the old
-- processors' tokens, the regrouped projections' tables (and the plan's, whose processor now also carries the ratio)
-- are emptied and those tokens removed, so that "records" and "plan" rebuild them from the events exactly as a replay
-- would. On a new database this does nothing. Audit and integrity keep their processors and tokens.
do $$
begin
    if exists (select 1 from token_entry
               where processor_name in ('ratio', 'people', 'registry', 'jobs', 'subsidy', 'reports', 'ledger')) then
        truncate table ratio_cooperative, ratio_breach, ratio_close, ratio_reopening, ratio_applied,
            plan_cooperative, plan_worker, plan_applied, plan_client, plan_membership, plan_district, plan_assignment,
            plan_actual_month, plan_actual_day, plan_day,
            people_district_version, people_district_municipality, people_client, people_membership, people_worker,
            people_worker_skill, people_previous_employer,
            registry_cooperative, registry_certification_term, registry_certification_end,
            registry_assignment_needing_action, registry_district_version, registry_district_municipality,
            jobs_seasonal_job,
            sub_cooperative, sub_district_version, sub_worker, sub_personnel_cost, sub_office_cost,
            rpt_cooperative, rpt_district_version, rpt_client, rpt_membership, rpt_worker, rpt_assignment,
            rpt_actual_month, rpt_year_close, rpt_year_reopen,
            ledger_cooperative, ledger_client, ledger_worker, ledger_assignment, ledger_actual_month, ledger_complaint,
            ledger_training;
        delete from token_entry
        where processor_name in ('plan', 'ratio', 'people', 'registry', 'jobs', 'subsidy', 'reports', 'ledger');
    end if;
end $$;
