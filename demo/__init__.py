"""Demo content and the content generator for benchmarks, apart from the apps they fill.

`manage.py seed_demo` calls one module per area, in order (`core`, `accounts`, `knowledge`,
`training`, `community`, `meeting`, `search`), each with a `seed(log)` function; the areas' texts
live beside them (`knowledge_data.py`, `training_data.py`). `manage.py generate_content` writes
content at scale in bulk (`scale/`). `manage.py demo_totp` prints the demo staff accounts' code.
This app may import any other; no other app imports it.
"""
