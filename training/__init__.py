"""The training plan: a course catalogue with cohorts, enrolment, waiting lists and progress."""
