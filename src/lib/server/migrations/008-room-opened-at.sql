-- When a room's current item opened (epoch ms, the server's clock), so that a restarted server judges an answer
-- kept on a device by when the item really opened: its deadline less its time limit is later once a pause has
-- moved the deadline on. Null for an item opened before this column was added.
ALTER TABLE rooms ADD COLUMN opened_at INTEGER;
