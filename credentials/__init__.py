"""Certificates of completed courses and meeting recognitions: issued, verified by anyone at
/verificar/<código>/, revoked with a reason, and downloadable as signed Open Badges 3.0
credentials (issue 29)."""
