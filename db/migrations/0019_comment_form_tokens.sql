-- A form token carries one comment: the token a comment was posted with is kept beside it, and a second post with the
-- same token is refused (a script could otherwise fetch one token and post with it until it expires). A token is not
-- personal data: it names the article and when the form was shown, and is signed by the API.
ALTER TABLE comments ADD COLUMN form_token TEXT NULL;
CREATE UNIQUE INDEX ux_comments_form_token ON comments (form_token) WHERE form_token IS NOT NULL;
