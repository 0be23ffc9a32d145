"""Pages of each municipality and department: what is published from or about it, the practices
applied there, the courses its officials took, and the municipalities comparable to it."""
