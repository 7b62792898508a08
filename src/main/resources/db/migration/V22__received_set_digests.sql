-- received_change_set.digest: the check value of a received change set as this installation holds
-- it (the one its file carried, checked against its entries; or worked out from the stored entries
-- the first time a later file carries one for it). A later file whose check value for the same set
-- differs holds another copy of it: one of the two was altered on its way. Its entries are never
-- used (the copy received first is kept), but the merge names it, where a file altered without its
-- check values, merged first, left every genuine copy after it answered "Nothing new" without a word.
-- Null: not worked out yet.
ALTER TABLE received_change_set ADD COLUMN digest TEXT;
