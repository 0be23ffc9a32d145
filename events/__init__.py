"""Events (webinars, in-person meetings, the annual meeting's day) with RSVP, reminders, a calendar
page and each member's private iCal feed (issue 29)."""
