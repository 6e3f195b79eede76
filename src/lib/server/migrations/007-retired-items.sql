-- The items a quiz's maker deleted or replaced (JSON array of items), so that "Another item" on
-- its edit page never offers one of them again.
ALTER TABLE quizzes ADD COLUMN retired TEXT NOT NULL DEFAULT '[]';
