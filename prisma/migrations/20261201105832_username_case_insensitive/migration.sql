-- Usernames are case-insensitive: `ACCT046` and `acct046` cannot both exist (issue 11).
-- Sign-in and the admin's "already exists" check compare case-insensitively as well.
CREATE UNIQUE INDEX "inv_user_username_lower" ON "User" (lower("username"));
