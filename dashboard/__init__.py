"""The demand dashboard for the offering entities (issue 18): what the territories ask for, what
served them and what they apply, and how training goes, over a period, in aggregates only."""
