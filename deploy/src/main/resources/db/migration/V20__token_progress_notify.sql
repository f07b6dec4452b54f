-- Live screens on several nodes (jp.yui.deploy.live.ReadModelChangeListener): whenever a processor's token moves (its
-- projection committed a batch of events, in the same transaction), PostgreSQL notifies channel yui_progress with the
-- processor's name; every node listens and refreshes its own subscription queries of that read model. Claim renewals
-- (owner/timestamp only) do not notify. PostgreSQL delivers the notification on commit, once per transaction and name.
create or replace function yui_notify_token_progress() returns trigger language plpgsql as
$$
begin
    perform pg_notify('yui_progress', new.processor_name);
    return new;
end
$$;

create trigger token_entry_progress_notify
    after update on token_entry
    for each row
    when (old.token is distinct from new.token)
execute function yui_notify_token_progress();
