"""Invitees, the announcement, invitation reminders and their answers."""
