"""Colleagues who already applied it (issue 30): on a guide or practice, "¿Quién ya lo aplicó en
un municipio como el mío?" lists the entities that adopted it or shared it in the community,
nearest first, with their members who agreed to be contacted; a member asks one of them a question
through the site, the colleague answers, and with both consents the exchange is published on the
item. Reports go to the moderators, who may block a sender."""
