"""The annual good-practices meeting: editions, call for nominations, jury review, showcase."""
