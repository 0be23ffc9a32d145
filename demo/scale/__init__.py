"""Content at scale for benchmarks (`manage.py generate_content`): the policy's own text
(`text.py`), library items (`library.py`) and community threads (`threads.py`), written in bulk."""
